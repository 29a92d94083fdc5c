"""Reported speech: quotation marks, cue verbs and phrases, speaker and addressee forms.

Each group names the real case it serves. The quote layer (`dateline.quotes`) reads only these;
a changed rule comes with a case in tests/test_quotes.py.
"""

import re

# -- quotation marks ------------------------------------------------------------------------------
# Curly marks say which way they face; straight ones are told apart by what is beside them. Wire
# copy (the Reuters sample) uses straight marks, US papers (PolNeAR) curly ones or both in one
# article, the NYT archive two apostrophes ('' ... ''), and Breitbart nests curly quotes inside a
# straight one ("... the question: “As you know, ...?” Forty-three, yes ...").
DOUBLE_OPENERS = frozenset({"\u201c", "\u201e", "\u00ab", "``"})  # “ „ « ``
DOUBLE_CLOSERS = frozenset({"\u201d", "\u00bb"})  # ” »
DOUBLE_EITHER = frozenset({'"', "''", "\uff02"})  # " '' ＂
SINGLE_OPENERS = frozenset({"\u2018", "\u2039"})  # ‘ ‹
SINGLE_CLOSERS = frozenset({"\u2019", "\u203a"})  # ’ ›
SINGLE_EITHER = frozenset({"'"})
# One regex finds every candidate mark; the two-character ones come first so `''` is one mark.
QUOTE_MARK_RE = re.compile(r"``|''|[\"\u201c\u201d\u201e\u00ab\u00bb\uff02\u2018\u2019\u2039\u203a']")

# What may stand right before an opening mark: `said: "`, `(“`, `—"`, `['`, a paragraph start.
OPEN_BEFORE = frozenset(" \t\n\r\u00a0([{\u2014\u2013-/:;,")
# What may stand right after a closing mark: `," he said`, `.”`, `”)`, `"—`, `?"`, `’s` is not.
CLOSE_AFTER = frozenset(" \t\n\r\u00a0)]}.,;:!?\u2014\u2013-/\u2026")

# Nested quotes go two deep in real copy (a quote inside a quote); deeper stacks are broken marks.
MAX_QUOTE_DEPTH = 2

# -- cues -----------------------------------------------------------------------------------------
# Verbs that introduce what someone said, wrote or holds (lemma form). Grouped so each group's
# use is visible; all of them take the reported content as a clausal complement ("said Israel
# had ...", "warned that ...") or stand beside a direct quote (`"...," he added`).
SPEECH_VERBS = frozenset({
    # the wire staples: `Putin said`, `told reporters`, `he added`, `cautioned Israel`
    "say", "tell", "add", "warn", "caution", "insist", "argue", "write", "tweet", "post", "state",
    "declare", "announce", "explain", "note", "report", "reply", "respond", "answer", "claim",
    "allege", "assert", "contend", "maintain", "stress", "emphasize", "emphasise", "acknowledge",
    "admit", "concede", "confirm", "deny", "reveal", "disclose", "mention", "remark", "comment",
    "observe", "point", "recall", "recount", "predict", "promise", "pledge", "vow", "threaten",
    "urge", "ask", "complain", "protest", "lament", "boast", "brag", "joke", "quip", "muse",
    "wonder", "speculate", "suggest", "hint", "indicate", "signal", "assure", "reiterate", "repeat",
    "counter", "retort", "interject", "conclude", "continue", "testify", "estimate", "agree",
    "disagree", "charge", "accuse", "demand", "propose", "recommend", "advise", "inform", "notify",
    "shout", "yell", "scream", "whisper", "cry", "exclaim", "describe", "characterize",
    "characterise", "tout", "concur", "affirm", "underline", "underscore", "highlight", "proclaim",
    "pronounce", "forecast", "project", "cite", "clarify", "elaborate", "preach", "plead", "beg",
    "implore", "summarize", "summarise", "text", "email", "e-mail", "blog", "relate", "narrate",
    "call",
    # how people say it, for news that reports tone (issue 13: BBC stories with "blurted out",
    # "scolded", "confessed" had no quote): outbursts, rebukes, admissions, asides
    "blurt", "scold", "confess", "snap", "mutter", "murmur", "mumble", "grumble", "chide",
    "rebuke", "reprimand", "fume", "gush", "rave", "sneer", "scoff", "jibe", "gibe", "sigh",
    "stammer", "stutter", "bark", "growl", "bellow", "rant", "moan", "groan", "whine", "gripe",
    "carp", "bemoan", "huff", "enthuse", "rhapsodise", "rhapsodize", "tease", "taunt", "mock",
    "chuckle", "laugh", "smile", "sob", "posit", "aver", "avow", "attest", "vouch", "profess",
    "divulge", "blab", "apologise", "apologize", "recollect", "reminisce", "declaim", "intone",
    "retract", "reaffirm", "restate", "dispute", "rebut", "refute", "query", "inquire",
    "enquire", "demur",
    # rulings: `the judge ruled that the law was unconstitutional` (PolNeAR dev: 4 gold "rule"
    # cues, none found; a clause or a quotation beside it is needed, so `ruled out` gives none)
    "rule",
    # crowds and songs: `protesters chanted "Hands up, don't shoot"`, `the band leader singing "It's
    # Our Time"` (PolNeAR dev: 5 gold chant/sing cues); urging: `Cruz exhorted Republicans to ...`
    "chant", "sing", "exhort",
    # `as Rosenthal recently put it, "..."` (PolNeAR dev: 4 gold "put it" cues): only with `it`
    "put",
})
# Beliefs and findings: PolNeAR annotates `she believes ...`, `a poll shows ...`, `the survey found
# that ...` as attributions too (train: think 46, believe 38, show 62, found 59 cues).
BELIEF_VERBS = frozenset({"believe", "hope", "worry", "expect", "doubt", "suspect", "reckon"})
# Not cues, though they take clauses: think, know, feel, fear, guess, assume, imagine. On PolNeAR
# train fewer than a third of their clauses were annotated as attributions (think 0.31, know 0.26,
# feel 0.31, fear 0.0), mostly `I think` / `we know` in commentary.
# ... but a third person's thoughts with their clause are reported views: `Cruz thinks the party
# will unite`, `many voters think she was too involved` (PolNeAR train-300: 12 of 18 such cues
# right, dev 1 of 2). `I think`, `we think`, `you think` are the writer's or the speaker's own
# voice inside a quotation and stay out, as does a `think` with no clause after it.
THIRD_PERSON_VIEW_VERBS = frozenset({"think"})
OWN_VOICE_SUBJECTS = frozenset({"i", "we", "you", "one"})
# ... nor a comparison: `not changed as much as people thought it would`, `more than they think`.
COMPARISON_MARKS = frozenset({"as", "than"})
FINDING_VERBS = frozenset({"show", "find", "suggest", "indicate", "conclude", "reveal", "estimate", "predict"})

# Public stances whose content is the verb's object and what completes it: `accused Trump of
# lying`, `called Clinton a "champion"`, `endorsed Clinton`, `described the plan as reckless`.
# PolNeAR annotates these as attributions (train: call 120, support 43, want 38, criticize 27,
# endorse 26, describe 21, accuse 20, mention 23, announce 39 gold cues), and for a reader they are
# reported positions. Left out for precision under 0.35 on PolNeAR train: see 0.31, speak 0.21,
# seek 0.29, view 0.25, oppose 0.27, favor 0.29, reject 0.2, condemn 0.22 (seek, oppose,
# reject and condemn are back with a person for subject: PERSON_STANCE_VERBS) (their objects are
# mostly not what was said: `see a doctor`, `seek office`), and push (0 of 18 verbs on PolNeAR dev
# were cues: `pushed the mound`, `pushed a bill through the Senate`).
OBJECT_CONTENT_VERBS = frozenset({
    "call", "describe", "accuse", "announce", "mention", "cite", "criticize", "criticise",
    "praise", "endorse", "support", "back", "defend", "denounce", "attack",
    "blast", "slam", "mock", "dismiss", "applaud", "question", "challenge", "echo",
    "prefer", "propose", "express", "want", "discuss", "talk",
    "refer", "plan", "refuse", "decide", "encourage", "urge", "recommend",
    "demand", "blame", "credit", "highlight", "tout", "hail", "laud", "decry", "lament",
    "acknowledge", "admit", "deny", "confirm", "predict", "promise", "pledge", "vow", "threaten",
    "label", "brand", "dub", "characterize", "characterise", "portray", "ask", "recall", "report",
    "reveal", "disclose", "note", "stress", "emphasize", "emphasise", "suggest", "show", "find",
    # `the ad references four cases in which ...` (PolNeAR dev: 5 of 5 "reference" verbs are cues)
    "reference",
    # `likened the rules to burning the Constitution`
    "liken",
    # `explained his reasons`, `recounted the night`, `disputed the idea that ...`, `rebutted the
    # charge`, `answered the question of ...`, `professed his faith` (PolNeAR train-300: 14 of 25
    # such objects are gold contents, dev 3 of 6). Not `clarify`: `clarified the matter` took the
    # direct quotation beside it, and an editor's `has been clarified to reflect` is no one's words.
    "explain", "recount", "dispute", "rebut", "answer", "profess",
    # a person's stances (PERSON_STANCE_VERBS below)
    "offer", "recognize", "recognise", "embrace", "reject", "condemn", "seek", "oppose",
})
# Stances a person takes with an object: `offered an apology`, `offered his assessment`,
# `recognized the danger`, `embraced the idea of an E.U. force` (PolNeAR train-300: 41 of 75
# right for any subject, dev 13 of 21). Only with a person for subject (a name, he, she, I, we,
# they, who): a firm `offers internet access`, a resort `offers amenities`, and those are wares,
# not words (the BBC's business and technology stories; PolNeAR train-300: 20 of 30 right then,
# dev 4 of 8). An offer is an intention; recognizing and embracing are beliefs (cue classes).
# The same gate lets in the stances left out above for their precision with any subject
# (`rejected the deal`, `condemned the attack`, `seeks a recount`, `opposes the bill`): with a
# person for subject PolNeAR train-300 has 19 of 26 right, dev 4 of 7.
# `Recounted` goes with them: `the film recounts the life of Ray Charles` is a plot, not words
# (BBC, round 5). Not `view` (`viewing 1,444 pages a month`).
# So does `answer` (`the search engine can answer specific queries`; PolNeAR: neutral).
PERSON_STANCE_VERBS = frozenset({"offer", "recognize", "recognise", "embrace", "reject", "condemn", "seek", "oppose", "recount", "answer"})
# `This helps to explain the number of net cafes`, `which explains why ...`: a cause, not a
# speaker, explains (BBC, round 5); a person, a paper or a film may (PolNeAR: gating `explain` on
# a person cost 0.002 of dev indirect F1).
CAUSE_VERBS = frozenset({"explain"})
CAUSAL_SUBJECTS = frozenset({"this", "that", "it", "which", "what"})
PERSON_SUBJECTS = frozenset({"he", "she", "i", "we", "they", "who"})
# Stances whose bare object is not what was said: `called 911`, `called the police`, `called an
# election` (issue 13); the content needs a completion (`called him a liar`, `called for talks`).
OBJECT_NEEDS_COMPLETION = frozenset({"call"})
# The object's completions that belong to the content: `called him a liar` (oprd), `urged
# Congress to act` (xcomp), `accused Trump of lying`, `described it as`, `talked about`.
OBJECT_CONTENT_DEPS = frozenset({"dobj", "oprd", "xcomp", "ccomp", "dative"})
OBJECT_CONTENT_PREPS = frozenset({"of", "for", "as", "about", "on", "against", "over", "to"})
# Phrases the parser hangs on the verb after its object that modify the object and belong to the
# reported stance: `cited her work after the Sept. 11 attacks`, `described crass behavior by
# Trump`, `cited endorsements from 88 generals` (PolNeAR dev: 14 object contents cut before such a
# phrase, Jaccard < 0.5). Not framing phrases (`during the debate`, `since Monday`, `in July`,
# `on social media`), which the annotators leave out; up to the first comma.
OBJECT_ADJUNCT_PREPS = frozenset({"by", "from", "of", "out", "behind", "after", "between", "among"})
TIME_ENT_TYPES = frozenset({"DATE", "TIME"})
# Subjects that stand for no one: `it is expected that ...`, `there were said to be ...`.
EXPLETIVES = frozenset({"it", "there"})
# Finite verb tags: a bare verb (VB) coordinated with one of these goes with its infinitive.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})

# Verbs whose reported content may be an infinitive (`urged Congress to act`, `vowed to fight`,
# `told him to leave`): the xcomp is the content when no clause is given.
INFINITIVE_CONTENT_VERBS = frozenset({
    "urge", "ask", "tell", "vow", "pledge", "promise", "threaten", "warn", "advise", "beg", "exhort",
    "implore", "plead", "demand", "propose", "recommend", "expect", "hope", "agree", "refuse",
    "decline",
})

# Content given as a prepositional phrase: `cautioned Israel against laying siege to Gaza` (the
# sample's lead), `warned of ...`, `called for negotiations` (PolNeAR train: 26 "called for").
PREPOSITION_CONTENT = {
    "caution": frozenset({"against"}),
    "warn": frozenset({"against", "of", "about"}),
    "call": frozenset({"for"}),
    "argue": frozenset({"for", "against"}),
    "complain": frozenset({"about", "of"}),
    "point": frozenset({"to"}),
    "liken": frozenset({"to"}),
    # `responded with attacks on Machado`, `responded by citing Chicago`, `did not respond to
    # requests for comment` (PolNeAR dev: 7 gold
    # "respond" cues, 1 found)
    "respond": frozenset({"with", "by", "to"}),
}

# `spoke about her ties to black churches`, `spoke of the legacy of racism`, `speaking out against
# injustice`: what someone spoke about is reported content (PolNeAR dev: 11 gold "speak" cues, none
# found before). Not `spoke to reporters`, `spoke on Tuesday` or `spoke against a backdrop`.
PREPOSITION_CONTENT["speak"] = frozenset({"about", "of"})
# ... and the other speech verbs that name their topic with a preposition: `talked about racial
# healing`, `bragged about his wealth`, `did not comment on the reason`, `apologized for his past
# statements`, `wondered about his ability to continue` (PolNeAR: 15 such gold cues with no
# content found on dev, 44 on 300 train articles; `talked about` was found with the preposition
# in it, which a short topic cannot carry to Jaccard 0.5). Not `agree on`, `disagree on`, `insist
# on` or `speculate about`, under a third right on PolNeAR train (`agreed on a deal`, `insisted on
# anonymity` are acts, not words).
PREPOSITION_CONTENT.update({
    "talk": frozenset({"about", "of"}), "boast": frozenset({"about", "of"}), "brag": frozenset({"about", "of"}),
    "comment": frozenset({"on"}), "apologize": frozenset({"for"}), "apologise": frozenset({"for"}),
    "testify": frozenset({"about", "on"}), "joke": frozenset({"about"}), "hint": frozenset({"at"}),
    "vouch": frozenset({"for"}), "wonder": frozenset({"about"}), "plead": frozenset({"for"}),
    "tweet": frozenset({"about"}), "write": frozenset({"about", "of"}), "muse": frozenset({"about", "on"}),
    "rant": frozenset({"about"}),
})

# Cues only through the content the rules above give them: `declined to comment`, `declined to
# appeal` (an infinitive; PolNeAR dev: 5 gold "decline" cues) and `spoke about ...`. `Shares
# declined 3%` or `she spoke at the rally` have no such content, so no quote.
CONTENT_ONLY_VERBS = frozenset({"decline", "speak"})

# `said yes`, `said the same of Trump`, `has said as much`, `said nothing`: a speech verb's
# object is what was said when no clause is given (PolNeAR dev: 8 gold "say" attributions with an
# object content, none found before). Not a bare `it`/`this` (`said it at the rally`), nor an
# object that introduces a colon (`said the following: "..."`: the quotation is the content).
OBJECT_SPEECH_VERBS = frozenset({"say"})
OBJECT_SPEECH_SKIP = frozenset({"it", "this", "that", "so", "these", "those"})

# Naming participles are not speech: `a group called Lashkar-e-Taiba`, `a memoir entitled ...`.
NAMING_VERBS = frozenset({"call", "name", "dub", "label", "entitle", "title", "brand"})

# A past participle hanging from another clause with no auxiliary is a reduced passive: `when
# asked about the timetable, she quipped`, `a report, described as damning, ...`: the subject of
# the clause is the one spoken to or of, not the speaker; the text names no source (PolNeAR
# annotates `Asked about ...` as an attribution with no source).
REDUCED_PASSIVE_DEPS = frozenset({"advcl", "acl"})

# Phrasal cues: `pointed out that ...`, `pointed to the polls` (lemma "point" needs one of these
# as its particle or preposition; PolNeAR train: 29 "point" cues, recall 0.34 with "out" alone).
PARTICLE_REQUIRED = {"point": frozenset({"out", "to"})}
# Cues that need a given object: `as she put it` (not `put the plan to voters`).
OBJECT_REQUIRED = {"put": frozenset({"it"})}

# `according to X`: the cue is the two words, the speaker the object of "to".
ACCORDING_TO_RE = re.compile(r"\baccording\s+to\b", re.I)
# `X, according to Y, ...`: the content is what comes before the phrase when there is a clause
# there, else what follows it (`According to Y, X`); both when the phrase interrupts the clause
# between commas with words on each side (`The top 1 percent paid 25.4 percent, according to the
# CBO, and the top 10 percent paid 69 percent`: PolNeAR dev and train gain more such cases than
# they lose, like `... 19.9 percent, according to the Tax Foundation, more than twice ...`).
ACCORDING_MIN_LEFT_WORDS = 3

# Lemmatizer slips on cue forms, corrected whatever the lemmatizer says: the small English model
# lemmatizes "hopes" and "hoped" to "hop" (PolNeAR dev: 4 gold "hope" cues lost to it).
LEMMA_SLIP_FORMS = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}

# Surface forms of the commonest cues, for pipelines without a lemmatizer (spacy.blank("en") in
# someone else's project) and for tagger slips (`says` tagged as a plural noun after a quote).
CUE_FORMS = {
    "said": "say", "says": "say", "say": "say", "saying": "say",
    "told": "tell", "tells": "tell", "telling": "tell",
    "added": "add", "adds": "add", "adding": "add",
    "warned": "warn", "warns": "warn", "warning": "warn",
    "wrote": "write", "writes": "write", "writing": "write",
    "tweeted": "tweet", "tweets": "tweet",
    "asked": "ask", "asks": "ask",
    "insisted": "insist", "insists": "insist",
    "argued": "argue", "argues": "argue",
    "explained": "explain", "explains": "explain",
    "noted": "note", "notes": "note",
    "cautioned": "caution", "cautions": "caution",
    "declared": "declare", "announced": "announce",
    "claimed": "claim", "claims": "claim",
    "continued": "continue", "replied": "reply", "responded": "respond",
    "stated": "state", "states": "state",
}

# Forms let through when the tagger calls them nouns or adjectives (`"...," says Smith` after a
# long quote); never nominal-looking forms such as "warning", "saying" or "writing".
TAGGER_SLIP_FORMS = frozenset({"says", "said", "told", "adds", "added", "tweeted", "wrote", "insisted", "argued"})

# Cues that have no subject of their own: `..., saying ...` (advcl), `and added ...` (conj),
# `..., adding that ...`. Their speaker is the subject of the verb they hang from.
INHERIT_SUBJECT_DEPS = frozenset({"advcl", "conj", "xcomp", "pcomp", "acl", "acomp"})  # acomp: `is unable to ... and accuse`
INHERIT_MAX_HOPS = 3
# Climbs up the parse (a participle's clause to its reporting verb, a noun to its verb, a clause's
# last word to the aside that ends it) stop after this many steps. Real copy needs a handful; the
# bound keeps the work per cue constant where a parse nests hundreds deep (issue 18: a text of
# quote-dense lines parses as one sentence, each `said` the complement of the one before).
CLIMB_MAX_HOPS = 10
ASIDE_MAX_HOPS = 40

# Asides the writer hangs on the end of a reported clause (`..., the presumed Putin favorite`,
# `..., which forced her to leave early`, `... — something a 911 caller also said`): cut from
# the content. PolNeAR dev had 9 indirect quotes missed at Jaccard 0.39-0.49 for these alone.
ASIDE_DEPS = frozenset({"appos", "relcl", "acl"})
# ... and the writer's circumstance clauses: `..., as it massed tanks for an expected invasion`.
ASIDE_MARKS = frozenset({"as", "while", "whereas", "although", "though"})
# ... and participles hung on the end: `..., focusing on people under 30`, `..., engaging in what
# analysts describe as ...`. Not `..., including Friday's tweets` (the parser's "prep"): the
# examples belong to what was said (PolNeAR round 4: cutting them cost 3 quotes on dev
# and 6 on 300 train articles, Jaccard < 0.5).
PARTICIPLE_ASIDE_DEPS = frozenset({"advcl", "acl"})
ASIDE_OPENERS = frozenset({",", "\u2014", "\u2013", "--", "-"})

# Reported content as a clause: `said (that) Israel had ...` (ccomp), `said, "..."`, and the
# spaCy parse of a quote before its cue: `"...," he said` (the quote's verb is a ccomp of "said").
CLAUSE_DEPS = frozenset({"ccomp", "csubj"})
# Dependencies the parser gives a that-clause after an adverbial (`tweeted in the early morning
# hours that ...`): content when the clause starts with `that`.
MISPARSED_CLAUSE_DEPS = frozenset({"advcl", "dep", "parataxis"})
# `The wards, he said, are full.`: the cue hangs from the reported clause as parataxis.
PARENTHETICAL_DEPS = frozenset({"parataxis"})
# `Hawaii, as one of his advisers pointed out, does not get ...`, `..., as police have said`: a
# cue in an `as` clause with a subject and nothing to report of its own reports the clause it
# hangs from (PolNeAR dev: 6 of 7 such asides right, train-300: 11 of 19). Not with an object or a
# clause of its own (`as the party challenged it`, `as they continued to rake in fees`: time, not
# words), nor `as if to say`, `as predicted` (no one named), or beside a quotation (`as the
# magazine put it, "..."`: the quotation is the content).
AS_ASIDE_MARK = "as"
# ... nor a performance or a manner of speaking, which `as` puts in time: `did nothing more racy
# than remove his jacket as he sang` (BBC, round 5).
AS_ASIDE_TIME_VERBS = frozenset({
    "sing", "chant", "laugh", "smile", "sob", "cry", "chuckle", "shout", "yell", "scream", "whisper",
    "continue", "speak", "talk",
})
AS_ASIDE_BLOCKING_DEPS = frozenset({"xcomp", "ccomp", "advcl", "attr", "acomp", "oprd", "dative", "dobj"})

# Speech reported inside someone's quotation (`"I think we will win," he said`) or inside their
# indirect content (`Russia said the West ignored them while supporting Israel`) is part of that
# quote, not a quote of its own: PolNeAR's annotators leave it (dev: 140 of 230 cues inside
# quotations were false positives; dropping cues inside reported clauses raised Jaccard F1 from
# 0.642 to 0.659 on dev and 0.617 to 0.629 on train), and a reader wants the outer speaker.
NESTED_SPEECH = False

# -- cue classes ----------------------------------------------------------------------------------
# What kind of attribution a quote is, so a reader can ask for what people *said* and leave out
# what studies *found*, officials *believe* or parties *plan* (issue 13: across the BBC stories the
# cues of stored quotes included find 347, show 336, expect 320, want 267). PolNeAR counts every
# class as an attribution; newsroom tools count speech only.
SPEECH = "speech"
BELIEF = "belief"
FINDING = "finding"
INTENTION = "intention"
CUE_CLASSES = (SPEECH, BELIEF, FINDING, INTENTION)
# Beliefs, opinions and stances held rather than uttered: `she believes ...`, `Labour backs the
# plan`, `economists expect rates to rise`.
BELIEF_CUES = frozenset({
    "believe", "hope", "worry", "expect", "doubt", "suspect", "reckon", "think", "feel", "fear",
    "support", "back", "prefer", "favour", "favor", "oppose", "trust", "consider", "assume",
    "recognize", "recognise", "embrace",
})
# Findings and reports of data, studies and investigations: `the survey found ...`, `figures
# show ...`, `a study suggests ...`.
FINDING_CUES = frozenset({"show", "find", "estimate", "calculate", "indicate", "conclude", "reveal", "suggest", "predict", "forecast", "project"})
# Intentions and plans: `the firm wants to ...`, `ministers plan to ...`, `he refused to ...`.
INTENTION_CUES = frozenset({"want", "plan", "intend", "aim", "decide", "refuse", "push", "seek", "mean", "wish", "decline", "offer"})
# Cues that are findings whoever uses them; the rest of FINDING_CUES are speech from a person
# (`he suggested`, `she revealed`) and findings only from a document or data (below).
FINDING_ONLY = frozenset({"show", "find", "calculate"})
# Speakers that are documents, data or inquiries: a speech verb with one of these as its subject
# reports a finding (`the report said`, `a poll suggests`, `according to the figures`).
DOCUMENT_SPEAKERS = frozenset({
    "study", "studies", "report", "reports", "survey", "surveys", "poll", "polls", "research",
    "data", "figures", "figure", "statistics", "stats", "analysis", "review", "inquiry", "audit",
    "census", "paper", "findings", "results", "numbers", "index", "evidence", "investigation",
    "research", "model", "forecast", "forecasts", "estimates", "estimate", "records", "document",
    "documents", "tests", "trial", "experiment",
})
# Findings need a clause, or a document saying them: `the survey found that ...`, `figures show
# rising debt`; an object alone is an event, not a report (issue 13: "police found the child",
# "video showing the protest").
FINDING_OBJECT_NEEDS_DOCUMENT = FINDING_ONLY

# Reporting nouns (`the claim that`, `his plan to`, `questions about`): lexicons/quote_nouns.py.
from dateline.lexicons.quote_nouns import (  # noqa: E402,F401  (one namespace for the quote layer)
    NOUN_CUES_THAT,
    NOUN_CUES_PREP_ONLY,
    NOUN_CUES_INFINITIVE,
    NOUN_PREP_CONTENT,
    PUBLICATION_PLACES,
    HOLDING_VERBS,
    NOUN_CUE_FORMS,
    NOUN_CLAUSE_DEPS,
    CLAUSE_COMPLETION_DEPS,
    PASSIVE_DEPS,
    BELIEF_NOUNS,
    FINDING_NOUNS,
    INTENTION_NOUNS,
)

# -- addressees -----------------------------------------------------------------------------------
# `told reporters` (the object of tell), `said to reporters`, `wrote to supporters`.
ADDRESSEE_OBJECT_VERBS = frozenset({"tell", "inform", "assure", "notify", "remind", "brief", "email", "text", "warn", "urge", "ask", "advise", "exhort"})
ADDRESSEE_TO_VERBS = frozenset({"say", "write", "explain", "tweet", "post", "announce", "declare", "complain", "speak", "talk", "insist", "add", "confirm", "report", "admit", "reply"})

# -- speakers ------------------------------------------------------------------------------------
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "me", "us"})
# `"...," said Francis, as he called for ...`: in a speaker's own description, "he" or "she" is
# the speaker.
SINGULAR_PERSONAL_PRONOUNS = frozenset({"he", "she"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Children of a speaker's head that are not part of the mention: `Hugh Hill, a doctor at the
# clinic, said` (appos), `Trump, who ...` (relcl), commas around them.
SPEAKER_CUT_DEPS = frozenset({"appos", "relcl", "acl", "punct", "cc", "conj", "advcl", "parataxis", "prep"})
# A he/she speaker beside quotation marks goes on with the person last quoted (issue 13: `Mr
# Blair had been "hurt" ..., he added` given to Blair, `"Wouldn't this be ...?" he asked` given
# to the wrong Charles), unless that person is known in the story by the other pronoun.
CONTINUING_PRONOUNS = frozenset({"he", "she"})
# A they/we speaker goes on with the group the story was last quoting, not the nearest singular
# organisation (issue 13: `the Tories insisted ... They said ... whether the Home Office would
# deliver them. And they pledged ...` gave the pledge to the Home Office).
GROUP_PRONOUNS = frozenset({"they", "we"})
# Entity types that are groups of people whatever their name's number: `Conservatives`, `Tories`.
GROUP_ENT_TYPES = frozenset({"NORP"})
# Speaker head tags that name a plural group: `officials`, `the Conservatives`, `Tories`.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# The words that can be a source with no determiner after `according to` (`show insiders`, `Reuters`).
BARE_SOURCE_TAGS = frozenset({"NNS", "NNP", "NNPS"})
PRONOUN_GENDERS = {
    "he": frozenset({"he", "him", "his", "himself"}),
    "she": frozenset({"she", "her", "hers", "herself"}),
}
# Entity types of a speaker's head that describe rather than name (`One red-state Democrat,
# Montana Sen. Jon Tester, said`): an apposition naming a person is the speaker instead.
DESCRIPTION_ENT_TYPES = frozenset({"NORP", ""})
# How far before a cue verb its speaker's head may stand when the parse gives a word of the
# quotation as the subject (`," the former campaign strategist for the senator also said`).
SPEAKER_BEFORE_MAX_WORDS = 4
# Subject dependencies: active, and the clausal form spaCy gives some inverted orders.
SUBJECT_DEPS = frozenset({"nsubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass"})
# Where the parser hangs a subject it took for the end of a fronted phrase (`In a meeting with the
# board of the Post Trump said that ...`: "Trump" the object of "of"; PolNeAR dev and train).
SUBJECT_HUNG_IN_PHRASE_DEPS = frozenset({"pobj"})
# ... unless the name is the phrase's own place (`a student who had been in Montana asked ...`).
PLACE_ENT_TYPES = frozenset({"GPE", "LOC", "FAC"})

# -- quotations that are not speech ---------------------------------------------------------------
# A quotation not tied to a cue is speech only when it is a whole paragraph (news style for a
# second paragraph of the same speaker). A shorter one inside other prose is a scare quote, a title
# or a term (`the 'Western partners'`, a film's name) and is left alone.
# Most quotes continued on a floating paragraph follow the speaker's quote directly; PolNeAR train
# has floating paragraphs up to 3 paragraphs after the last attributed quote.
FLOATING_MAX_PARAGRAPH_GAP = 3
# A floating quotation needs two words: web copy puts a quoted one-word "Related" between blocks.
FLOATING_MIN_WORDS = 2
# A quoted paragraph in title case is a title or heading (`"Coal Isn't the Villain"` between the
# sections of a profile; PolNeAR dev: 3 floating quotes that were headings): words up to this
# length (`in`, `the`, `of`) may stay lower-case, and a title is short.
TITLE_SHORT_WORD = 3
TITLE_MAX_WORDS = 12
# Text around a whole-paragraph quotation that still leaves it "only a quotation": closing
# punctuation outside the marks (`"...".`), a dash before a bulleted quote.
FLOATING_SLACK_RE = re.compile(r"^[\s.,;:!?\u2014\u2013\-\u2026)(\[\]]*$")

# Speaker labels: `TAPPER: And obviously, you're ...` (transcripts), `Clinton: "Our goal is ..."`,
# `Graham: Trump's 'Incredibly Hateful Rhetoric' ...` (PolNeAR train: 64 colon cues, recall 0.14
# before this rule). A label is a few capitalised words at a paragraph's start, then a colon.
LABEL_MAX_WORDS = 5
# Lower-case pieces a label's name may have: `Rep. Jim Banks:`, `Beto O'Rourke:`, `Ursula von der Leyen:`.
LABEL_CONNECTORS = frozenset({".", "-", "'", "\u2019", "of", "de", "der", "van", "von", "la", "le", "da", "bin", "al"})
# A transcript quoted whole, each speaker's paragraph opening with a quotation mark and a label
# in capitals (`"WALLACE: ...` / `"PENCE: ...`; PolNeAR dev: 9 gold attributions lost when the
# paragraphs were read as one quotation going on).
TRANSCRIPT_LABEL_RE = re.compile(r"[A-Z][A-Z.'\u2019\-]+(?: [A-Z][A-Z.'\u2019\-]+){0,3}:\s")
# Labels that head a paragraph but name no speaker (`Note:`, `UPDATE:`, `Related:`).
NON_SPEAKER_LABELS = frozenset({
    "note", "update", "updated", "correction", "clarification", "related", "photo", "photos",
    "video", "watch", "read", "read more", "see also", "source", "sources", "background",
    "analysis", "opinion", "live", "breaking", "exclusive", "editor's note", "editor’s note",
    "q", "a", "question", "answer", "caption", "image", "listen", "subscribe", "warning", "ps",
})
# A quotation signed with a dash and a name ending its line: readers' voices and pull quotes
# (`“... makes me afraid for the future.” ― Krystal Correa`; PolNeAR dev: 24 gold attributions
# with a dash cue, none found before this rule), embedded posts (`— Jane Doe (@jdoe) May 2`).
SIGNATURE_RE = re.compile(
    r"[ \t\u00a0]*(?P<dash>[\u2015\u2014\u2013]|--)[ \t\u00a0]*"
    r"(?P<name>[A-Z][\w.'\u2019-]*(?:[ \t\u00a0]+(?:[A-Z][\w.'\u2019-]*|de|van|von|al|bin)){0,4})"
    r"(?=[ \t\u00a0]*(?:\(|,|\.?[ \t\u00a0]*(?:\n|$)))"
)
SIGNATURE_LEMMA = "\u2015"
# The lemma a colon cue gets in the record: the colon itself is the cue (no verb was used).
COLON_LEMMA = ":"

# A cue word directly after a colon-ended paragraph: `Caddell continued:` then a quoted paragraph.
COLON_INTRO_RE = re.compile(r":\s*$")

# What ends a sentence: the description of a speaker after `"...," said X, ...` ends with one of
# these before the speaker's quote goes on (attribution._after_speaker_description).
SENTENCE_END_MARKS = (".", "!", "?")
# Words that end with a full stop inside a name or a title, not a sentence: `Mr. Netanyahu`,
# `Sen. Kelly Ayotte`, `Martin Luther King Jr. said`.
NAME_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "sen", "rep", "gov", "gen", "col", "sgt", "lt", "capt",
    "prof", "rev", "maj", "adm", "supt",
})

# Conjuncts of a cue's content that the parser hung on the cue or on the verb above it
# (content.stray_conjuncts): `started off by emphasizing economic fairness, and a need to ...`
# hangs "need" on "started", two steps up through "by". Climbed through these dependencies, at
# most this many steps; what may stand between the content and the conjunct.
STRAY_CONJUNCT_HOPS = 2
STRAY_CONJUNCT_CLIMB_DEPS = frozenset({"advcl", "pcomp", "prep", "xcomp"})
CONJUNCT_JOINERS = frozenset({"and", "or"})
