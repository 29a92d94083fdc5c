"""Reporting nouns as cues: `the claim that ...`, `his plan to ...`, `questions about ...`, with
their content's shapes and the verbs whose subject holds them (dateline.quotes.noun_cues).

Split from lexicons/quotes.py, which imports every name here, so the quote layer reads them as
`quotes.NAME` like the rest. Each group names the real case it serves.
"""

# Reporting nouns whose clause is reported content: `Tulsa police's earlier claim that Crutcher had
# refused`, `amid fears that the bank would fail`, `his pledge to cut taxes` (PolNeAR annotates
# noun cues: dev has 7 gold "claim" nouns, plans, decisions, warnings). A noun is a cue only with
# its content clause: a that-clause (`the claim that ...`, not the relative `the claim that he
# made`) or, for commitments, an infinitive (`his plan to ...`) with a holder (`his`, `the
# party's`); `the fact that` or `the idea that` state no one's words and are not here.
NOUN_CUES_THAT = frozenset({
    "claim", "assertion", "allegation", "statement", "argument", "suggestion", "insistence",
    "warning", "promise", "pledge", "vow", "admission", "acknowledgment", "acknowledgement",
    "announcement", "accusation", "contention", "prediction", "assurance", "belief", "view",
    "hope", "fear", "concern", "worry", "expectation", "suspicion", "conviction", "conclusion",
    "finding", "report", "rumour", "rumor", "speculation", "complaint", "threat", "denial",
    "insinuation", "message", "remark", "comment", "estimate",
})
NOUN_CUES_PREP_ONLY = frozenset({"question", "criticism", "forecast", "mention", "speech", "request", "testimony", "condemnation", "denunciation"})
NOUN_CUES_INFINITIVE = frozenset({"plan", "promise", "pledge", "vow", "threat", "decision", "refusal", "intention", "bid", "proposal", "call", "demand", "offer"})
# The topic a reporting noun takes with a preposition: `questions about his health`, `claims of
# abuse`, `comments on the shooting`, `plans for a new stadium` (PolNeAR dev: 15 gold noun cues
# with a prepositional content).
NOUN_PREP_CONTENT = {
    "question": frozenset({"about", "over"}),
    "claim": frozenset({"about", "of"}),
    "allegation": frozenset({"of", "about"}),
    "accusation": frozenset({"of"}),
    "comment": frozenset({"about", "on"}),
    "remark": frozenset({"about", "on"}),
    "report": frozenset({"of"}),
    "warning": frozenset({"of", "about"}),
    "concern": frozenset({"about", "over"}),
    "criticism": frozenset({"of"}),
    "plan": frozenset({"for"}),
    "hope": frozenset({"of", "for"}),
    "fear": frozenset({"of", "about", "over"}),
    "forecast": frozenset({"for", "of"}),
    "estimate": frozenset({"of", "for"}),
    # `his mention of the deficit`, `a speech on trade`, `a statement on the shooting`, `calls for
    # his resignation`, `a request for comment`, `her testimony about the server`, `condemnation
    # of the attack` (PolNeAR train-300: 18 of 23 such nouns right, dev 4 of 7). Not `attack on`,
    # `opposition to`, `support for`, `praise for`, `defense of`: a third to a half right, mostly
    # acts or stances nobody voiced (`an attack on a convoy`); nor `demand for`, a market's more
    # often than a person's (`demand for thermal coal`).
    "mention": frozenset({"of"}),
    "speech": frozenset({"on", "about"}),
    "statement": frozenset({"on", "about"}),
    "call": frozenset({"for"}),
    "request": frozenset({"for"}),
    "testimony": frozenset({"about", "on"}),
    "condemnation": frozenset({"of"}),
    "denunciation": frozenset({"of"}),
}
# Where a statement or speech was given is no topic of it: `a statement on the band's website`,
# `a speech on television`, `a statement on Twitter` (BBC, round 5).
PUBLICATION_PLACES = frozenset({
    "website", "site", "page", "blog", "twitter", "facebook", "instagram", "television", "tv",
    "radio", "air", "channel", "programme", "program", "show", "steps", "floor", "stage",
})
# Verbs whose subject holds the reporting noun they take: `Trump is raising questions about`,
# `the I.R.S. has questions about`, `Lynch answered questions about`, `she voiced fears that`,
# `sent out a statement that`. Not any verb: `faces questions about`, `sparked fears that` are
# others' questions and fears (PolNeAR dev and train: any verb's subject cost more speakers
# where the gold names no source than it gained).
HOLDING_VERBS = frozenset({
    "raise", "have", "answer", "voice", "express", "make", "issue", "repeat", "air", "send",
    "release", "post", "weigh", "reiterate", "renew", "offer", "put", "lay",
})
# Their plural and singular forms (the lemmatizer is not asked: `claims` is a verb form too).
NOUN_CUE_FORMS = {
    **{noun: noun for noun in NOUN_CUES_THAT | NOUN_CUES_INFINITIVE | NOUN_CUES_PREP_ONLY},
    **{noun + "s": noun for noun in NOUN_CUES_THAT | NOUN_CUES_INFINITIVE | NOUN_CUES_PREP_ONLY if not noun.endswith("s") and not noun.endswith("y") and not noun.endswith("ch")},
    "speeches": "speech", "testimonies": "testimony",
}
# The dependencies the parser gives a noun's content clause: `the claim that ...` (acl; ccomp in
# some parses), `plan to ...` (acl, relcl on a slip).
NOUN_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})
# What completes a clause verb (objects, complements, prepositional phrases), and the passive
# marks: a that-clause after a noun with none of these lacks its object and is relative.
CLAUSE_COMPLETION_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "prep", "dative", "advcl", "prt", "conj", "npadvmod", "agent"})
PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass"})
# The classes of noun cues that are not speech (the verbs' classes cover the rest: hope, fear, ...).
BELIEF_NOUNS = frozenset({"belief", "view", "concern", "expectation", "suspicion", "conviction"})
FINDING_NOUNS = frozenset({"finding", "conclusion"})
INTENTION_NOUNS = frozenset({"plan", "decision", "refusal", "intention", "bid"})
