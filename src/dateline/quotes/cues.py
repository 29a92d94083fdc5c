"""Cues: the words that introduce reported speech, with what the parse says hangs from them.

A cue is a reporting verb (`said`, `told`, `warned`, `tweeted`, ...; lexicons/quotes.py), the
phrase `according to` (cues without a verb are in layout_cues.py, those of pipelines without a
parser in surface.py). For each one we find, from the dependency parse:
- its speaker's head token: the verb's subject (`Putin said`, `said Putin`), the subject of the
  verb it hangs from for participles and coordinated verbs (`..., saying ...`, `and added ...`),
  the object of `according to`, or a relative pronoun whose antecedent is known (`who said`);
- its clausal complement, the reported content of indirect speech (`said Israel had ...`), or the
  clause it interrupts (`The wards, he said, are full.`);
- the addressee (`told reporters`, `said to supporters`);
- its clause: the words around the cue that belong to it (speaker, cue, adverbials), which a
  direct quotation must touch to be attributed by adjacency (`"...," Putin told reporters`).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from dateline.lexicons import quotes as lex
from dateline.record import Span
from dateline.quotes.cue import Cue, QuoteIndex, cue_class, cue_lemma, in_runs
from dateline.quotes.layout_cues import colon_intro_cues, label_cues, signature_cues
from dateline.quotes.surface import surface_cues
from dateline.quotes.tree import Tree


CUE_VERBS = lex.SPEECH_VERBS | lex.BELIEF_VERBS | lex.FINDING_VERBS | lex.OBJECT_CONTENT_VERBS | lex.CONTENT_ONLY_VERBS

__all__ = ["CUE_VERBS", "Cue", "QuoteIndex", "cue_class", "cue_lemma", "find_cues", "surface_cues"]


def _is_cue_verb(token: Token, lemma: str, tree: Tree) -> bool:
    if lemma not in CUE_VERBS:
        return False
    if token.pos_ not in ("VERB",) and not token.tag_.startswith("VB"):
        # Tagger slips on the commonest cues (`says` as a noun after a long quote) are let through.
        if not (token.lower_ in lex.TAGGER_SLIP_FORMS and token.pos_ in ("NOUN", "PROPN", "ADJ", "AUX")):
            return False
    particles = lex.PARTICLE_REQUIRED.get(lemma)
    if particles and not any(c.dep_ in ("prt", "prep") and c.lower_ in particles for c in tree.children(token)):
        return False
    objects = lex.OBJECT_REQUIRED.get(lemma)
    if objects and not any(c.dep_ == "dobj" and c.lower_ in objects for c in tree.children(token)):
        return False
    if token.dep_ in ("amod", "compound", "nmod"):  # `the said agreement`, `a warning shot`, `backing singers`
        return False
    if lemma in lex.NAMING_VERBS and token.dep_ == "acl" and token.tag_ != "VBG":
        return False  # `a group called X`; not `issued a statement calling the test a violation`
    return True


def _reduced_passive(token: Token, tree: Tree) -> bool:
    """`when asked about the timetable, she quipped`: a past participle hanging from another
    clause with no auxiliary or subject of its own."""
    return token.tag_ == "VBN" and token.dep_ in lex.REDUCED_PASSIVE_DEPS and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "agent") for c in tree.children(token)
    )


def find_cues(doc: Doc, index: QuoteIndex, paragraphs: list[Span] | None = None, tree: Tree | None = None) -> list[Cue]:
    """Cues of a parsed Doc, in text order."""
    cues: list[Cue] = []
    tree = tree or Tree(doc)
    labels = label_cues(doc, index, paragraphs or [])
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            cue = _according_cue(doc, token, tree)
        elif token.pos_ == "NOUN":
            if token.lower_ not in lex.NOUN_CUE_FORMS:
                continue
            cue = _noun_cue(token, tree)
        else:
            lemma = cue_lemma(token)
            if not _is_cue_verb(token, lemma, tree):
                continue
            cue = _verb_cue(token, lemma, tree)
            if lemma in lex.CONTENT_ONLY_VERBS and not cue.complement:
                continue  # `shares declined 3%`, `she spoke at the rally`
        if cue is None:
            continue
        cue.inside_quote = index.at(token.idx) is not None
        if cue.inside_quote and not lex.NESTED_SPEECH:
            continue
        if cue.speaker is not None and not cue.according and index.at(cue.speaker.idx) is not None:
            # `"My reaction, that was outrageous," the strategist said`: the parser took a word of
            # the quotation for the subject; the speaker stands between the quotation and the verb.
            cue.speaker, cue.antecedent = _speaker_before(doc, token, index), None
        cues.append(cue)
    # A participle cue inside another cue's clause (`warned that X, saying Y`) starts a new
    # attribution: it is cut out of the other's content.
    participles = sorted(c.token.i for c in cues if _starts_attribution(c, tree))
    for cue in cues:
        _content(doc, cue, participles, tree)
    # A report inside someone's reported content is part of what they said, not a quote of its
    # own (lexicons.quotes.NESTED_SPEECH): `Russia has said the West has ignored ... while
    # supporting Israel`. Participles that start their own attribution were cut out above.
    if not lex.NESTED_SPEECH:
        reported = _merged([run for cue in cues if cue.parenthetical is None for run in cue.content_runs])
        starts = [s for s, _ in reported]
        cues = [c for c in cues if not _inside_merged(reported, starts, c.token.i)]
    owners = _owners(doc, cues)
    for cue in cues:
        cue.clause = _clause(doc, cue, owners, index, tree)
    cues.extend(labels)
    cues.extend(colon_intro_cues(doc, index, paragraphs or [], cues, tree))
    cues.extend(signature_cues(doc, index))
    cues.sort(key=lambda c: c.span)
    return cues


def _speaker_before(doc: Doc, verb: Token, index: QuoteIndex) -> Token | None:
    """The head of the noun phrase right before a verb, outside quotation marks (`," Obama's
    former campaign strategist said`): its last noun, name or pronoun; else the name right after
    it (`," said Trump`)."""
    i = verb.i - 1
    stop = max(-1, verb.i - lex.SPEAKER_BEFORE_MAX_WORDS - 1)
    while i > stop:
        token = doc[i]
        i -= 1
        if token.text == ")":
            # `," Rep. Elijah E. Cummings (D-Md.) said`: over the party and state
            opening = next((j for j in range(token.i - 1, max(-1, token.i - lex.SPEAKER_BEFORE_MAX_WORDS - 1), -1) if doc[j].text == "("), None)
            if opening is not None:
                i, stop = opening - 1, max(-1, opening - lex.SPEAKER_BEFORE_MAX_WORDS - 1)
                continue
        if token.is_punct or token.is_space or index.at(token.idx) is not None:
            break
        if token.pos_ in ("NOUN", "PROPN", "PRON") and token.ent_type_ not in lex.TIME_ENT_TYPES:
            return token
    found = None
    for i in range(verb.i + 1, min(len(doc), verb.i + lex.SPEAKER_BEFORE_MAX_WORDS + 1)):
        token = doc[i]
        if token.pos_ not in ("NOUN", "PROPN", "DET", "ADJ") or token.ent_type_ in lex.TIME_ENT_TYPES or index.at(token.idx) is not None:
            break  # `said in a phone interview`, `said Thursday`: no name follows
        if token.pos_ in ("NOUN", "PROPN"):
            found = token  # the last word of the name: its head
    return found


def _merged(runs: list[Span]) -> list[Span]:
    """Token ranges merged into disjoint ones, in order."""
    merged: list[list[int]] = []
    for start, end in sorted(runs):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _inside_merged(runs: list[Span], starts: list[int], i: int) -> bool:
    k = bisect_right(starts, i) - 1
    return k >= 0 and i < runs[k][1]


def _starts_attribution(cue: Cue, tree: Tree) -> bool:
    """A cue hanging inside another cue's clause that reports on its own: `..., saying ...`,
    `... and added that ...`; not `while supporting Israel` (a subordinate clause of the content)."""
    token = cue.token
    if cue.according or not cue.complement:
        return False
    if token.dep_ == "conj":
        return True
    if token.dep_ != "advcl" or any(c.dep_ == "mark" for c in tree.children(token)):
        return False
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    return before is not None and before.text in lex.ASIDE_OPENERS


def _content(doc: Doc, cue: Cue, participles: list[int], tree: Tree) -> None:
    """The cue's reported content from the parse, as char ranges (and their token ranges).

    Subtrees are taken as the token range between their edges (spaCy keeps `left_edge` and
    `right_edge` on every token), never walked: a cue nested in another's content would otherwise
    walk the same tokens again, and quote-dense text nests hundreds deep (issue 18)."""
    runs: list[list[Span]] = []
    if cue.parenthetical is not None:
        own = (cue.token.left_edge.i, cue.token.right_edge.i + 1)
        whole = (cue.parenthetical.left_edge.i, cue.parenthetical.right_edge.i + 1)
        left = (whole[0], min(own[0], whole[1]))
        right = (max(own[1], whole[0]), whole[1])
        if cue.according:
            # `X happened, according to Y` -> X; `According to Y, X happened` -> X.
            words = _count_words(doc, left, lex.ACCORDING_MIN_LEFT_WORDS)
            if words < lex.ACCORDING_MIN_LEFT_WORDS:
                runs.append([right])
            elif _count_words(doc, right, lex.ACCORDING_MIN_LEFT_WORDS) >= lex.ACCORDING_MIN_LEFT_WORDS and own[1] < len(doc) and doc[own[1]].text == ",":
                # `The top 1 percent paid 25.4 percent, according to the CBO, and the top 10
                # percent paid 69 percent`: the phrase interrupts the clause it reports.
                runs.append([left, right])
            else:
                runs.append([left])
        else:
            runs.append([left, right])
    for head in cue.complement:
        start, end = head.left_edge.i, head.right_edge.i + 1
        k = bisect_right(participles, head.i)
        if k < len(participles) and participles[k] < end:
            end = participles[k]  # the rest is the participle's own attribution
        if start <= cue.token.i < end:
            # A crossing arc (`the paper which the paper said could be announced`: "which" hangs
            # from the clause, left of the cue): the edges cover the cue's own words, so the
            # subtree is read token by token.
            runs.append(_subtree_runs(head, participles))
            continue
        if start > cue.token.i:
            end = _before_semicolon(doc, start, end)
        runs.append([_without_trailing_aside(doc, (start, end), tree, head.i)])
    for pieces in runs:
        pieces = [p for p in pieces if p[1] > p[0]]
        if not pieces:
            continue
        first, last = pieces[0][0], pieces[-1][1] - 1
        while first <= last and (doc[first].is_punct or doc[first].is_space):
            first += 1
        while last >= first and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        if first > last:
            continue
        kept = [(max(s, first), min(e, last + 1)) for s, e in pieces]
        kept = [p for p in kept if p[1] > p[0]]
        cue.ranges.append((doc[first].idx, doc[last].idx + len(doc[last])))
        cue.content_runs.extend(kept)


def _before_semicolon(doc: Doc, start: int, end: int) -> int:
    """`said the timing was not intentional; they only learned on Friday ...`: a semicolon after
    the reported clause starts the writer's next one, which the parser hangs inside it."""
    for i in range(start + 1, end):
        if doc[i].text == ";":
            return i
    return end


def _subtree_runs(head: Token, participles: list[int]) -> list[Span]:
    """The head's subtree up to the first participle after it, as runs of consecutive tokens."""
    stops = set(participles)
    runs: list[list[int]] = []
    for token in head.subtree:
        if token.i in stops and token.i > head.i:
            break
        if runs and token.i == runs[-1][1]:
            runs[-1][1] += 1
        else:
            runs.append([token.i, token.i + 1])
    return [(s, e) for s, e in runs]


def _count_words(doc: Doc, run: Span, enough: int) -> int:
    """Words (not punctuation or space) in a token range, counted up to `enough`."""
    count = 0
    for i in range(run[0], run[1]):
        if not (doc[i].is_punct or doc[i].is_space):
            count += 1
            if count >= enough:
                break
    return count


def _verb_cue(token: Token, lemma: str, tree: Tree) -> Cue:
    end = token.idx + len(token)
    children = tree.children(token)
    for child in children:
        if child.dep_ == "prt" and child.i == token.i + 1:
            end = child.idx + len(child)
    cue = Cue(token=token, span=(token.idx, end), lemma=lemma)
    if _reduced_passive(token, tree):
        cue.speaker, cue.antecedent = None, None  # the one asked is not the one speaking: no source
        cue.no_source = True
    else:
        cue.speaker, cue.antecedent = _speaker_of(token, tree)
    complement = [c for c in children if c.dep_ in lex.CLAUSE_DEPS]
    if not complement:
        # `tweeted in the early hours that Machado was "disgusting"`: a that-clause the parser
        # hung as an adverbial clause is still the reported content.
        complement = [c for c in children if c.i > token.i and c.dep_ in lex.MISPARSED_CLAUSE_DEPS and c.left_edge.lower_ == "that" and c.left_edge.i > token.i]
    if not complement and lemma in lex.ADDRESSEE_OBJECT_VERBS:
        complement = _clause_on_addressee(children, tree)
    if not complement and lemma in lex.INFINITIVE_CONTENT_VERBS:
        complement = [c for c in children if c.dep_ == "xcomp"]
    if not complement and lemma in lex.PREPOSITION_CONTENT:
        complement = [c for c in children if c.dep_ == "prep" and c.lower_ in lex.PREPOSITION_CONTENT[lemma] and not _names_a_time(c, tree)]
        if complement:
            complement += _completions(token, complement[-1], tree)
            # `called for talks`, `spoke about the pressure`: the preposition goes with the cue,
            # its object is what was said.
            objects = [g for g in tree.children(complement[0]) if g.dep_ in ("pobj", "pcomp")]
            if objects and objects[0].left_edge.i == complement[0].i + 1:
                complement[0] = objects[0]
    if not complement and lemma in lex.OBJECT_CONTENT_VERBS and _by_agent(token, children):
        # `The nominee has been endorsed by dozens of papers`: the passive's subject is the content.
        complement = [c for c in children if c.dep_ in lex.PASSIVE_SUBJECT_DEPS]
    if not complement and lemma in lex.OBJECT_SPEECH_VERBS:
        complement = _speech_object(token, tree)
    if not complement and lemma in lex.OBJECT_CONTENT_VERBS:
        complement = _object_content(token, lemma, tree)
        if complement and lemma in lex.FINDING_OBJECT_NEEDS_DOCUMENT and not _document_speaker(token, cue.speaker):
            complement = []  # `police found the child`, `video showing the protest`
        if complement and lemma in lex.OBJECT_NEEDS_COMPLETION and all(c.dep_ == "dobj" for c in complement):
            complement = []  # `called 911`, `called an election`; not `called him a liar`
    if complement and lemma not in lex.ADDRESSEE_OBJECT_VERBS:
        # `saying a ground offensive there would lead to ...`: the parser takes the reported
        # clause's subject for the verb's object; it is part of the content.
        first = min(c.left_edge.i for c in complement)
        for child in children:
            if child.dep_ == "dobj" and child.right_edge.i + 1 == first and child.i > token.i:
                complement.append(child)
    subjects = [c for c in children if c.dep_ == "nsubjpass" and c.lower_ not in lex.EXPLETIVES]
    if complement and subjects and subjects[0] not in complement and any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children):
        # `About one in nine voters is expected to be Latino`, `Pence was dubbed the debate
        # winner`, `Reagan was once asked how the Cold War would end`: a passive with no one
        # named doing it reports its subject with the rest; the text names no source.
        complement = subjects[:1] + complement
    if complement and all(c.dep_ == "xcomp" for c in complement) and token.tag_ in lex.FINITE_TAGS:
        complement += _coordinated_infinitives(token, complement[-1], children, tree)
    cue.complement = complement
    if not complement and token.dep_ in lex.PARENTHETICAL_DEPS:
        cue.parenthetical = token.head
    cue.addressee = _addressee(token, lemma, tree)
    return cue


def _coordinated_infinitives(verb: Token, infinitive: Token, children: list[Token], tree: Tree) -> list[Token]:
    """`She wants to triple X, grow Y and create Z`: the parser hangs `grow` on `wants`, but a bare
    verb with no subject cannot go with a finite one: it goes on with the infinitive. (The tagger
    may call the bare verb a present form, VBP, which cannot agree with a VBZ or VBD verb either.)"""
    found = []
    bare = {"VB"} if verb.tag_ == "VBP" else {"VB", "VBP"}
    for child in children:
        if child.i > infinitive.i and child.dep_ == "conj" and child.tag_ in bare and not any(
            g.dep_ in lex.SUBJECT_DEPS for g in tree.children(child)
        ):
            found.append(child)
    return found


def _names_a_time(prep: Token, tree: Tree) -> bool:
    """`in July`, `on Tuesday`: a preposition whose object is a date or time frames the report."""
    return any(g.dep_ == "pobj" and g.ent_type_ in lex.TIME_ENT_TYPES for g in tree.children(prep))


def _by_agent(verb: Token, children: list[Token]) -> bool:
    """A passive with its subject and a `by` agent: `was endorsed by`, `is supported by`."""
    return any(c.dep_ == "agent" for c in children) and any(c.dep_ in lex.PASSIVE_SUBJECT_DEPS for c in children)


def _speech_object(verb: Token, tree: Tree) -> list[Token]:
    """`said yes`, `said the same of Trump`: the object after a speech verb with no clause, unless
    a bare pronoun or an object that announces a colon (`said the following: "..."`)."""
    doc = verb.doc
    for child in tree.rights(verb):
        if child.dep_ != "dobj":
            continue
        if child.lower_ in lex.OBJECT_SPEECH_SKIP and tree.is_leaf(child):
            return []
        after = child.right_edge.i + 1
        if after < len(doc) and doc[after].text == ":":
            return []
        return [child]
    return []


def _noun_cue(token: Token, tree: Tree) -> Cue | None:
    """A reporting noun with its content (lexicons/quotes.py NOUN_CUES_THAT): `the claim that X`
    (a clause opened by `that`), `his plan to X` (an infinitive, with a holder), `questions about
    X` (a preposition the noun takes its topic with). The holder, when the text gives one, is the
    speaker: `Tulsa police's claim`, `claims by officials`, `Trump is raising questions about`."""
    lemma = lex.NOUN_CUE_FORMS[token.lower_]
    children = tree.children(token)
    holder = None
    for child in children:
        if child.dep_ == "poss":
            holder = child
        elif child.dep_ == "prep" and child.lower_ in ("by", "from") and child.i > token.i:
            objects = [g for g in tree.children(child) if g.dep_ == "pobj"]
            holder = holder or (objects[0] if objects else None)
    if holder is None:
        # `Trump is raising questions about`, `the I.R.S. has questions about`: the subject of a
        # verb that voices or holds the noun; `said in a statement that`: of the cue verb.
        verb = token.head
        if token.dep_ == "dobj" and verb.lemma_ in lex.HOLDING_VERBS:
            holder = _speaker_of(verb, tree)[0]
        elif token.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "in" and cue_lemma(verb.head) in CUE_VERBS:
            holder = _speaker_of(verb.head, tree)[0]
    complement = []
    for child in children:
        if child.i < token.i:
            continue
        if child.dep_ == "prep":
            if child.lower_ in lex.NOUN_PREP_CONTENT.get(lemma, ()) and any(g.dep_ in ("pobj", "pcomp") for g in tree.children(child)) and not _names_a_time(child, tree):
                complement = [g for g in tree.children(child) if g.dep_ in ("pobj", "pcomp")][:1]
                break
            continue
        if child.dep_ not in lex.NOUN_CLAUSE_DEPS:
            continue
        kids = tree.children(child)
        if lemma in lex.NOUN_CUES_THAT and any(k.dep_ == "mark" and k.lower_ == "that" for k in kids):
            if _has_gap(child, kids):
                break  # `a claim that the inspector later withdrew`: a relative clause
            complement.append(child)
        elif lemma in lex.NOUN_CUES_INFINITIVE and holder is not None and any(k.dep_ == "aux" and k.lower_ == "to" for k in kids):
            complement.append(child)
        break  # only the clause right after the noun
    if not complement:
        return None
    cue = Cue(token=token, span=(token.idx, token.idx + len(token)), lemma=lemma)
    cue.speaker = holder
    cue.no_source = holder is None
    cue.complement = complement
    return cue


def _clause_on_addressee(children: list[Token], tree: Tree) -> list[Token]:
    """`told a meeting of island leaders that few people understood ...`: the parser hangs the
    reported clause on the addressee as a relative clause; its `that` is the conjunction (a
    `mark`) and the clause is whole, so it is what was told."""
    for child in children:
        if child.dep_ not in ("dobj", "dative"):
            continue
        for clause in tree.children(child):
            kids = tree.children(clause)
            if clause.dep_ in ("relcl", "acl") and any(k.dep_ == "mark" and k.lower_ == "that" for k in kids) and not _has_gap(clause, kids):
                return [clause]
    return []


def _has_gap(verb: Token, kids: list[Token]) -> bool:
    """An active clause verb with nothing after it to complete it (`that the inspector withdrew`)
    is a relative clause whose `that` is the missing object, which the parser reads as `that` the
    conjunction; a content clause says something whole (`that the march was illegal`)."""
    if verb.pos_ not in ("VERB",) or any(k.dep_ in lex.PASSIVE_DEPS for k in kids):
        return False
    return not any(k.dep_ in lex.CLAUSE_COMPLETION_DEPS for k in kids)


def _document_speaker(verb: Token, speaker: Token | None) -> bool:
    """The verb's speaker, or the noun a participle describes (`a report showing`), is a document
    or data (lexicons/quotes.py DOCUMENT_SPEAKERS)."""
    if speaker is not None:
        return speaker.lower_ in lex.DOCUMENT_SPEAKERS
    return verb.dep_ == "acl" and verb.head.lower_ in lex.DOCUMENT_SPEAKERS


def _without_trailing_aside(doc: Doc, run: Span, tree: Tree, head: int) -> Span:
    """The reported clause without an aside hung on its end after a comma or dash: `he did not
    support Mr. Trump, the presumed Putin favorite`, `... pneumonia, which forced her to leave`.
    PolNeAR's annotators leave these out of the content; they are the writer's, not the speaker's.

    An aside reaches the clause's last word, so it is one of that word's ancestors: they are
    climbed up to the clause's head (at most ASIDE_MAX_HOPS) instead of reading the clause."""
    first, stop = run
    if stop - first < 4:
        return run
    end = stop - 1
    while end > first and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    found: Span | None = None
    found_at = stop
    token = doc[end]
    for _ in range(lex.ASIDE_MAX_HOPS):
        if first + 2 <= token.i < stop:
            aside = token.dep_ in lex.ASIDE_DEPS or (
                token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lex.ASIDE_MARKS for c in tree.children(token))
            ) or (
                # `..., focusing on people under 30`, `..., including Mitt Romney`: a participle
                # the writer adds after a comma (a participle cue was cut out before this).
                token.dep_ in lex.PARTICIPLE_ASIDE_DEPS and token.tag_ == "VBG" and not any(c.dep_ in ("mark", "nsubj") for c in tree.children(token))
            )
            start = token.left_edge.i - first
            if aside and first <= token.left_edge.i < stop and start >= 3 and token.right_edge.i >= end:
                if doc[token.left_edge.i - 1].text in lex.ASIDE_OPENERS and token.i < found_at:
                    found = (first, token.left_edge.i - 1)  # the first such word in text order wins
                    found_at = token.i
        if token.head.i == token.i or token.i == head:
            break
        token = token.head
    if found is None:
        return run
    return found


def _completions(verb: Token, after: Token, tree: Tree) -> list[Token]:
    """What completes a prepositional content after it: `called for all civilians of Gaza City,
    more than 1 million people, to relocate south` (the parser hangs both on the verb)."""
    found = []
    for child in tree.rights(verb):
        if child.i <= after.i or child.dep_ == "punct":
            continue
        infinitive = child.dep_ in ("advcl", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in tree.children(child))
        if child.dep_ in ("dobj", "npadvmod", "appos") or infinitive:
            found.append(child)
        else:
            break
    return found


def _object_content(token: Token, lemma: str, tree: Tree) -> list[Token]:
    """The object and its completions after the verb (`accused Trump of lying`)."""
    found = []
    rights = tree.rights(token)
    for child in rights:
        if found and child.dep_ == "punct":
            break  # `called X a champion, citing ...`: what follows the comma is not the object's
        if found and child.dep_ == "prep" and child.lower_ in lex.OBJECT_ADJUNCT_PREPS and not _names_a_time(child, tree):
            found.append(child)  # `cited her work after the attacks`, `described behavior by Trump`
            continue
        if child.dep_ in lex.OBJECT_CONTENT_DEPS:
            if child.dep_ == "dative" and lemma in lex.ADDRESSEE_OBJECT_VERBS:
                continue
            if child.dep_ == "dobj" and lemma in lex.ADDRESSEE_OBJECT_VERBS and len(found) == 0 and any(
                c.dep_ in ("xcomp", "ccomp") for c in rights
            ):
                continue  # `urged Congress to act`: Congress is the addressee
            found.append(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ in lex.OBJECT_CONTENT_PREPS and (found or child.i == token.i + 1 or lemma in lex.PREPOSITION_CONTENT):
            if tree.is_leaf(child) or _names_a_time(child, tree):
                continue  # `who Republicans talked to about ...`, `was announced on Friday`
            found.append(child)
    if all(c.pos_ == "PRON" and tree.is_leaf(c) for c in found):
        return []  # `answer it calmly`: a bare pronoun says nothing about what was said
    return found


def _according_cue(doc: Doc, token: Token, tree: Tree) -> Cue | None:
    to = doc[token.i + 1]
    objects = [c for c in tree.children(to) if c.dep_ == "pobj"] or [c for c in tree.children(token) if c.dep_ == "pobj"]
    cue = Cue(token=token, span=(token.idx, to.idx + len(to)), lemma="according to", according=True)
    cue.speaker = objects[0] if objects else None
    # The content is the clause the phrase hangs from, minus the phrase: `X happened, according to Y`.
    head = token.head if token.head.i != token.i else None
    while head is not None and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head is not None and head.i != token.i:
        cue.parenthetical = head
    return cue


def _speaker_of(verb: Token, tree: Tree) -> tuple[Token | None, Token | None]:
    """The head of the speaker's mention, and an antecedent when that head is a relative pronoun."""
    current = verb
    for _ in range(lex.INHERIT_MAX_HOPS + 1):
        children = tree.children(current)
        subjects = [c for c in children if c.dep_ in lex.SUBJECT_DEPS]
        if current is not verb and not subjects:
            # `he was quoted as saying`: the passive subject of the verb we climbed to.
            subjects = [c for c in children if c.dep_ in lex.PASSIVE_SUBJECT_DEPS]
        if not subjects and current is verb:
            agents = [g for c in children if c.dep_ == "agent" for g in tree.children(c) if g.dep_ == "pobj"]
            if agents:
                return agents[0], None
            # `But Trump claims that ...`: the tagger took the verb for a noun and its subject
            # for a compound; a name right before the verb is its subject.
            names = [c for c in children if c.dep_ == "compound" and c.i == verb.i - 1 and c.pos_ == "PROPN"]
            if names:
                return names[0], None
        if subjects:
            subject = subjects[0]
            if subject.lower_ in lex.RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return subject, current.head
            return subject, None
        if current.dep_ not in lex.INHERIT_SUBJECT_DEPS or current.head.i == current.i:
            return None, None
        if current.dep_ == "xcomp":
            # `pressed Stumpf to admit ...`, `urged voters to say ...`: the object speaks.
            objects = [c for c in tree.children(current.head) if c.dep_ == "dobj" and c.i < current.i]
            if objects and objects[0].pos_ in ("PROPN", "NOUN", "PRON"):
                return objects[0], None
        current = current.head
        if current.dep_ == "prep" and current.head.i != current.i:
            # `published the results by announcing ...`, `for refusing to ...`: through the
            # preposition to the verb or noun it hangs from.
            current = current.head
        # `warned that X would ..., saying ...`: the parser may hang the participle from the
        # reported clause; its speaker is the reporting verb's, not the clause's subject.
        comma = verb.dep_ == "conj" or (verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text in lex.ASIDE_OPENERS)
        climbs = 0
        while comma and current.dep_ in lex.CLAUSE_DEPS and current.head.i != current.i and cue_lemma(current.head) in CUE_VERBS:
            current = current.head
            climbs += 1
            if climbs >= lex.CLIMB_MAX_HOPS:
                break
        # `issued a statement saying ...`: climb from the noun to the verb it depends on.
        climbs = 0
        while current.pos_ in ("NOUN", "PROPN") and current.head.i != current.i and current.dep_ in ("dobj", "pobj", "attr", "appos"):
            current = current.head
            if current.pos_ == "ADP":
                current = current.head
            climbs += 1
            if climbs >= lex.CLIMB_MAX_HOPS:
                break
    return None, None


def _addressee(verb: Token, lemma: str, tree: Tree) -> Token | None:
    if lemma in lex.ADDRESSEE_OBJECT_VERBS:
        for child in tree.children(verb):
            if child.dep_ in ("dative", "dobj") and child.pos_ in ("NOUN", "PROPN", "PRON"):
                return child
    if lemma in lex.ADDRESSEE_OBJECT_VERBS or lemma in lex.ADDRESSEE_TO_VERBS:
        for child in tree.children(verb):
            if child.dep_ in ("prep", "dative") and child.lower_ == "to":
                objects = [g for g in tree.children(child) if g.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return None


def _owners(doc: Doc, cues: list[Cue]) -> list[int]:
    """For each token, the index of the nearest cue among itself and its ancestors (-1: none).
    One pass over integer heads with memoisation: linear in the Doc's length."""
    by_token = {cue.token.i: n for n, cue in enumerate(cues)}
    heads = [token.head.i for token in doc]
    owners: list[int | None] = [None] * len(doc)
    for start in range(len(doc)):
        path = []
        current = start
        found = -1
        while owners[current] is None:
            if current in by_token:
                found = by_token[current]
                break
            path.append(current)
            if heads[current] == current or len(path) > len(doc):
                break
            current = heads[current]
        else:
            found = owners[current]
        if current in by_token:
            owners[current] = found
        for i in path:
            owners[i] = found
    return [o if o is not None else -1 for o in owners]


def _clause(doc: Doc, cue: Cue, owners: list[int], index: QuoteIndex, tree: Tree) -> Span:
    """The cue's own words: the run of tokens around it that hang from it, outside quotations and
    outside its reported content, in its sentence. Also sets the cue's `sentence_end` and, for a
    cue that follows its indirect content and is followed by a comma (`The top 1 percent would see
    a cut of $275,000, the group said, compared with $2,700 for ...`), the `tail` of the content
    after the comma, which the parser hangs from the cue. Reads only the tokens it keeps (and
    one more on each side): never the whole sentence, which may be the whole text."""
    me = owners[cue.token.i]
    sent_start, sent_end = tree.sentence(cue.token)
    inside = index.at(cue.token.idx)
    content_last = max((e - 1 for _, e in cue.content_runs), default=-1)
    content_first = content_last >= 0 and content_last < cue.token.i and not cue.according
    if content_first and index.at(doc[content_last].idx) is not None:
        content_first = False  # a direct quote before its cue: `"...," said Don Fowler, who ...`
    if cue.speaker is not None and cue.speaker.doc is doc:
        speaker_words = (cue.speaker.left_edge.i, cue.speaker.right_edge.i + 1)
    else:
        speaker_words = (0, 0)

    def belongs(token: Token) -> bool:
        if token.is_space or index.at(token.idx) != inside:
            return False
        if in_runs(cue.content_runs, token.i):
            return False
        if cue.parenthetical is not None and not cue.according and owners[token.i] != me:
            return False
        return owners[token.i] == me or token.is_punct

    first = last = cue.token.i
    if cue.according:
        last = cue.token.right_edge.i
        first = cue.token.left_edge.i
    while first - 1 >= sent_start and belongs(doc[first - 1]):
        first -= 1
    while last + 1 < sent_end and belongs(doc[last + 1]):
        if content_first and doc[last + 1].text == "," and doc[last + 1].i > cue.token.i and not _speaker_follows(doc, last + 1, speaker_words):
            break
        last += 1
    if content_first and last + 1 < sent_end and doc[last + 1].text == ",":
        mine = []
        for token in doc[last + 2 : sent_end]:
            if token.is_space:
                continue
            if owners[token.i] != me or speaker_words[0] <= token.i < speaker_words[1] or index.at(token.idx) != inside:
                break
            mine.append(token)
        else:
            while mine and mine[-1].is_punct:  # the sentence's own closing punctuation
                mine.pop()
        if len(mine) >= 2:
            cue.tail = (mine[0].idx, mine[-1].idx + len(mine[-1]))
    cue.sentence_start, cue.sentence_end = _sentence_words(doc, sent_start, sent_end, cue.span)
    # Punctuation at the clause's ends belongs to what is around it.
    while first < last and doc[first].is_punct:
        first += 1
    while last > first and doc[last].is_punct:
        last -= 1
    return (doc[first].idx, doc[last].idx + len(doc[last]))


def _sentence_words(doc: Doc, start: int, end: int, fallback: Span) -> Span:
    """Chars from the first to the end of the last non-space token of a sentence."""
    first, last = start, end - 1
    while first <= last and doc[first].is_space:
        first += 1
    while last >= first and doc[last].is_space:
        last -= 1
    if first > last:
        return fallback
    return (doc[first].idx, doc[last].idx + len(doc[last]))


def _speaker_follows(doc: Doc, comma: int, speaker_words: Span) -> bool:
    """The comma opens a description of the speaker (`said Fowler, who helmed the DNC`)."""
    return comma + 1 < len(doc) and speaker_words[0] <= comma + 1 < speaker_words[1]


