"""Cues: the words that introduce reported speech, with what the parse says hangs from them.

A cue is a reporting verb (`said`, `told`, `warned`, `tweeted`, ...; lexicons/quotes.py), the
phrase `according to` or a reporting noun (`the claim that`: noun_cues.py); cues without a word
are in layout_cues.py, those of pipelines without a parser in surface.py. For each one we find,
from the dependency parse (content.py for what it reports, subjects.py for whose words):
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

from spacy.attrs import HEAD, LEMMA, LOWER
from spacy.tokens import Doc, Token

from dateline.lexicons import quotes as lex
from dateline.record import Span
from dateline.quotes.content import (
    as_aside_host, by_agent, clause_on_addressee, completions, coordinated_infinitives, names_a_time, object_content,
    reported_content, speech_object, stray_conjuncts,
)
from dateline.quotes.cue import CUE_VERBS, Cue, QuoteIndex, cue_class, cue_lemma, cue_lemma_of, in_runs
from dateline.quotes.layout_cues import colon_intro_cues, label_cues, signature_cues
from dateline.quotes.noun_cues import noun_cue
from dateline.quotes.subjects import speaker_before, speaker_of
from dateline.quotes.surface import surface_cues
from dateline.quotes.tree import Tree

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
    if lemma in lex.THIRD_PERSON_VIEW_VERBS and not _third_person_view(token, tree):
        return False
    if lemma in lex.NAMING_VERBS and token.dep_ == "acl" and token.tag_ != "VBG":
        return False  # `a group called X`; not `issued a statement calling the test a violation`
    return True


def _third_person_view(token: Token, tree: Tree) -> bool:
    """`Cruz thinks the party will unite`: a subject that is not the voice of the text (`I`,
    `we`, `you`) and a clause after the verb (lexicons/quotes.py THIRD_PERSON_VIEW_VERBS)."""
    children = tree.children(token)
    subjects = [c for c in children if c.dep_ in lex.SUBJECT_DEPS]
    if not subjects or subjects[0].lower_ in lex.OWN_VOICE_SUBJECTS:
        return False
    if any(c.dep_ == "mark" and c.lower_ in lex.COMPARISON_MARKS for c in children):
        return False  # `the net has not changed as much as people thought it would`
    return any(c.dep_ in lex.CLAUSE_DEPS and c.i > token.i for c in children)


def _a_person(cue: Cue) -> bool:
    """The cue's speaker (or a relative pronoun's antecedent) is a person: a name or a personal
    pronoun (lexicons/quotes.py PERSON_SUBJECTS)."""
    who = cue.antecedent if cue.antecedent is not None else cue.speaker
    if cue.token.dep_ == "acl":
        who = cue.token.head  # `a tournament offering $1m in prize money`: the tournament offers
    return who is not None and (who.ent_type_ == "PERSON" or who.lower_ in lex.PERSON_SUBJECTS)


def _reduced_passive(token: Token, tree: Tree) -> bool:
    """`when asked about the timetable, she quipped`: a past participle hanging from another
    clause with no auxiliary or subject of its own."""
    return token.tag_ == "VBN" and token.dep_ in lex.REDUCED_PASSIVE_DEPS and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "agent") for c in tree.children(token)
    )


def cue_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that may be cues, read from the Doc's arrays: "according", a
    reporting noun's form, or a word whose cue lemma is a cue verb. `find_cues` decides on these
    alone; building a Token for every word of a story cost more than deciding (issue 16)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    found = []
    for i, pair in enumerate(doc.to_array([LEMMA, LOWER]).tolist()):
        may = _MAY_CUE.get(tuple(pair))
        if may is None:
            lemma, lower = pair
            word = strings[lower]
            may = word == "according" or word in lex.NOUN_CUE_FORMS or cue_lemma_of(strings[lemma], word) in CUE_VERBS
            if len(_MAY_CUE) >= _MAY_CUE_SIZE:
                _MAY_CUE.clear()
            _MAY_CUE[tuple(pair)] = may
        if may:
            found.append(i)
    return found


# The answer of `cue_candidates` per (lemma, lower-case form) hash pair: a story repeats its words,
# and news repeats a vocabulary, so most words are decided once per run. Bounded: cleared when full.
_MAY_CUE: dict[tuple[int, int], bool] = {}
_MAY_CUE_SIZE = 200_000


def find_cues(doc: Doc, index: QuoteIndex, paragraphs: list[Span] | None = None, tree: Tree | None = None, text: str | None = None) -> list[Cue]:
    """Cues of a parsed Doc, in text order."""
    cues: list[Cue] = []
    tree = tree or Tree(doc)
    labels = label_cues(doc, index, paragraphs or [])
    for token in (doc[i] for i in cue_candidates(doc)):
        lower = token.lower_
        cue = None
        if lower == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            cue = _according_cue(doc, token, tree)
        elif lower in lex.NOUN_CUE_FORMS and token.pos_ == "NOUN":
            cue = noun_cue(token, tree)
        if cue is None and lower != "according":
            # (a noun that reports nothing may still be a verb the tagger slipped on: `says`)
            lemma = cue_lemma(token)
            if not _is_cue_verb(token, lemma, tree):
                continue
            cue = _verb_cue(token, lemma, tree)
            if lemma in lex.CONTENT_ONLY_VERBS and not cue.complement:
                continue  # `shares declined 3%`, `she spoke at the rally`
            if lemma in lex.PERSON_STANCE_VERBS and not _a_person(cue):
                continue  # `the firm offers internet access`
            if lemma in lex.CAUSE_VERBS and cue.speaker is not None and cue.speaker.lower_ in lex.CAUSAL_SUBJECTS:
                continue  # `this helps to explain the number of net cafes`
        if cue is None:
            continue
        cue.inside_quote = index.at(token.idx) is not None
        if cue.inside_quote and not lex.NESTED_SPEECH:
            continue
        if cue.speaker is not None and not cue.according and index.at(cue.speaker.idx) is not None:
            # `"My reaction, that was outrageous," the strategist said`: the parser took a word of
            # the quotation for the subject; the speaker stands between the quotation and the verb.
            cue.speaker, cue.antecedent = speaker_before(doc, token, index), None
        cues.append(cue)
    # A participle cue inside another cue's clause (`warned that X, saying Y`) starts a new
    # attribution: it is cut out of the other's content.
    participles = sorted(c.token.i for c in cues if _starts_attribution(c, tree))
    for cue in cues:
        reported_content(doc, cue, participles, tree)
    # A report inside someone's reported content is part of what they said, not a quote of its
    # own (lexicons.quotes.NESTED_SPEECH): `Russia has said the West has ignored ... while
    # supporting Israel`. Participles that start their own attribution were cut out above.
    if not lex.NESTED_SPEECH:
        reported = _merged([run for cue in cues if cue.parenthetical is None for run in cue.content_runs])
        starts = [s for s, _ in reported]
        cues = [c for c in cues if not _inside_merged(reported, starts, c.token.i)]
    owners = _Owners(doc, cues)
    for cue in cues:
        cue.clause = _clause(doc, cue, owners, index, tree)
    cues.extend(labels)
    cues.extend(colon_intro_cues(doc, index, paragraphs or [], cues, tree))
    cues.extend(signature_cues(doc, index, text))
    cues.sort(key=lambda c: c.span)
    return cues


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
        cue.speaker, cue.antecedent = speaker_of(token, tree)
    complement = [c for c in children if c.dep_ in lex.CLAUSE_DEPS]
    if len(complement) > 1 and any(c.i > token.i and c.left_edge.lower_ == "that" for c in complement):
        # `Writing for a panel that agreed Pence won, Barabak noted that the way ...`: a clause
        # that opens with `that` after the verb is what it reports; a clause the parser also hung
        # on it before its subject is the writer's.
        complement = [c for c in complement if c.i > token.i]
    if not complement:
        # `tweeted in the early hours that Machado was "disgusting"`: a that-clause the parser
        # hung as an adverbial clause is still the reported content.
        complement = [c for c in children if c.i > token.i and c.dep_ in lex.MISPARSED_CLAUSE_DEPS and c.left_edge.lower_ == "that" and c.left_edge.i > token.i]
    if not complement and lemma in lex.ADDRESSEE_OBJECT_VERBS:
        complement = clause_on_addressee(children, tree)
    if not complement and lemma in lex.INFINITIVE_CONTENT_VERBS:
        complement = [c for c in children if c.dep_ == "xcomp"]
    if not complement and lemma in lex.PREPOSITION_CONTENT:
        # (not a stranded preposition: `what she pleaded for`)
        complement = [c for c in children if c.dep_ == "prep" and c.lower_ in lex.PREPOSITION_CONTENT[lemma] and not tree.is_leaf(c) and not names_a_time(c, tree)]
        if complement:
            complement += completions(token, complement[-1], tree)
            # `called for talks`, `spoke about the pressure`: the preposition goes with the cue,
            # its object is what was said.
            objects = [g for g in tree.children(complement[0]) if g.dep_ in ("pobj", "pcomp")]
            if objects and objects[0].left_edge.i == complement[0].i + 1:
                complement[0] = objects[0]
    if not complement and lemma in lex.OBJECT_CONTENT_VERBS and by_agent(token, children):
        # `The nominee has been endorsed by dozens of papers`: the passive's subject is the content.
        complement = [c for c in children if c.dep_ in lex.PASSIVE_SUBJECT_DEPS]
    if not complement and lemma in lex.OBJECT_SPEECH_VERBS:
        complement = speech_object(token, tree)
    if not complement and lemma in lex.OBJECT_CONTENT_VERBS:
        complement = object_content(token, lemma, tree)
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
        complement += coordinated_infinitives(token, complement[-1], children, tree)
    if complement:
        complement += stray_conjuncts(token, complement, tree)
    cue.complement = complement
    if not complement and token.dep_ in lex.PARENTHETICAL_DEPS:
        cue.parenthetical = token.head
    elif not complement:
        cue.parenthetical = as_aside_host(token, lemma, tree)
    cue.addressee = _addressee(token, lemma, tree)
    return cue


def _document_speaker(verb: Token, speaker: Token | None) -> bool:
    """The verb's speaker, or the noun a participle describes (`a report showing`), is a document
    or data (lexicons/quotes.py DOCUMENT_SPEAKERS)."""
    if speaker is not None:
        return speaker.lower_ in lex.DOCUMENT_SPEAKERS
    return verb.dep_ == "acl" and verb.head.lower_ in lex.DOCUMENT_SPEAKERS


def _according_cue(doc: Doc, token: Token, tree: Tree) -> Cue | None:
    to = doc[token.i + 1]
    objects = [c for c in tree.children(to) if c.dep_ == "pobj"] or [c for c in tree.children(token) if c.dep_ == "pobj"]
    if not objects:
        # `according to show insiders`: the tagger read the source's first word as a verb; its
        # object is the source's head.
        verbs = [c for c in tree.children(to) if c.dep_ == "pcomp" and c.i == to.i + 1 and not any(g.dep_ in lex.SUBJECT_DEPS for g in tree.children(c))]
        # (a bare singular noun is no whole source: `according to blog analysis firm X` misread)
        objects = [g for v in verbs for g in tree.children(v) if g.dep_ == "dobj" and g.tag_ in lex.BARE_SOURCE_TAGS]
    cue = Cue(token=token, span=(token.idx, to.idx + len(to)), lemma="according to", according=True)
    cue.speaker = objects[0] if objects else None
    # The content is the clause the phrase hangs from, minus the phrase: `X happened, according to Y`.
    head = token.head if token.head.i != token.i else None
    while head is not None and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head is not None and head.i != token.i:
        cue.parenthetical = head
    return cue


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


class _Owners:
    """For a token index, the index of the nearest cue among the token and its ancestors (-1:
    none). Walked on demand, with memoisation, for the tokens `_clause` reads: the clauses of a
    story's cues are a small part of it, and a walk over every token cost more than the rest of
    the clause work (issue 16). Each token's walk stops at the first token already known."""

    def __init__(self, doc: Doc, cues: list[Cue]) -> None:
        self.by_token = {cue.token.i: n for n, cue in enumerate(cues)}
        self.offsets = doc.to_array(HEAD).view("int64").tolist()  # head - index
        self.known: dict[int, int] = {}
        self.size = len(doc)

    def __getitem__(self, start: int) -> int:
        known, by_token = self.known, self.by_token
        if start in known:
            return known[start]
        path = []
        current = start
        found = -1
        while current not in known:
            if current in by_token:
                found = by_token[current]
                break
            path.append(current)
            head = current + self.offsets[current]
            if head == current or len(path) > self.size:
                break
            current = head
        else:
            found = known[current]
        if current in by_token:
            known[current] = found
        for i in path:
            known[i] = found
        return found


def _clause(doc: Doc, cue: Cue, owners: _Owners, index: QuoteIndex, tree: Tree) -> Span:
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
