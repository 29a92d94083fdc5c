"""Actors, time and place of a predicate: who did it, to whom, when and where the clause says.

Pure functions over the parse; entity ids come through `MentionIndex`, built once per Doc from
the entity layer's mentions (so "they said", resolved by coreference, points to the rebels).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Token

from dateline.doc import entity_id
from dateline.events.predicates import Predicate, verb_lemma
from dateline.lexicons import events as lex

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "iobj", "dative", "obj"})
# Left dependents that belong to a noun phrase naming an actor ("Russian Deputy Foreign Minister").
PHRASE_LEFT_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "case", "punct"})


class MentionIndex:
    """The entity layer's mentions by offset: which entity, of which type, covers a token."""

    def __init__(self, entities: list[dict]) -> None:
        rows = []
        for n, entity in enumerate(entities):
            for mention in entity.get("mentions") or []:
                start, end = mention["span"]
                rows.append((int(start), int(end), n))
        rows.sort()
        self.rows = rows
        self.starts = [r[0] for r in rows]
        self.longest = max((r[1] - r[0] for r in rows), default=0)
        self.entities = entities

    def at(self, start: int, end: int) -> tuple[int, tuple[int, int]] | None:
        """The entity (index) and mention span overlapping [start, end), the longest mention first."""
        best = None
        i = bisect_right(self.starts, end)
        while i > 0:
            i -= 1
            s, e, n = self.rows[i]
            if s < start - self.longest:
                break
            if s < end and start < e and (best is None or e - s > best[1][1] - best[1][0]):
                best = (n, (s, e))
        return best

    def type_of(self, n: int) -> str | None:
        return self.entities[n].get("type")


def phrase_span(head: Token) -> tuple[int, int]:
    """The noun phrase an actor's head token stands for, without clauses or long modifiers."""
    left = head
    for child in head.lefts:
        if child.dep_ in PHRASE_LEFT_DEPS:
            left = min(left, child.left_edge, key=lambda t: t.i)
    right = head
    for child in head.rights:
        if child.dep_ in ("compound", "flat") or (child.dep_ == "prep" and child.lower_ == "of" and head.pos_ != "PROPN"):
            right = max(right, child.right_edge, key=lambda t: t.i)
    while left.i < head.i and (left.is_punct or left.dep_ == "case"):
        left = left.doc[left.i + 1]
    return left.idx, right.idx + len(right.text)


def _is_actor(token: Token, mentions: MentionIndex) -> bool:
    if token.ent_type_ in lex.NOT_ACTOR_TYPES or token.ent_type_ in lex.THING_TYPES or token.dep_ == "expl":
        return False
    if token.pos_ == "PRON" and token.lower_.endswith(("self", "selves")):
        return False
    hit = mentions.at(token.idx, token.idx + len(token.text))
    if hit is not None and mentions.type_of(hit[0]) in lex.ACTOR_TYPES:
        return True
    if hit is not None and mentions.type_of(hit[0]) in lex.THING_TYPES:
        return False
    if token.ent_type_ in lex.ACTOR_TYPES or token.pos_ == "PROPN":
        return True
    if token.pos_ == "PRON":
        return token.lower_ in ("he", "she", "they", "we", "i", "you")
    if token.lemma_.lower() in lex.ACTOR_NOUNS or token.tag_ == "NNPS":
        return True
    if token.tag_ == "NNS" and token.lower_.endswith(lex.PERSON_NOUN_ENDINGS) and token.lower_ not in lex.NOT_PERSON_NOUNS:
        return True
    # "Security forces in Guinea", "Hungarian officials": an actor adjective or compound names it
    return any(c.ent_type_ in lex.ACTOR_TYPES for c in token.children if c.dep_ in ("amod", "compound", "poss"))


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, climbing through xcomp, conjunction ("agreed and signed") and a
    preposition's clause ("resorted to throwing stones")."""
    seen = 0
    while verb is not None and seen < 4:
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                return counted(child)
        if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head is not verb:
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head
        else:
            return None
        seen += 1
    return None


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def _object(verb: Token, exclude: set[int]) -> Token | None:
    """The direct object, else the object of a target preposition, of a verb or event noun
    ("of" too for a noun: "criticism of Israel"); never a date or a number ("talks on Friday")."""
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS and child.i not in exclude and child.ent_type_ not in lex.NOT_ACTOR_TYPES:
            return counted(child)
    prepositions = lex.TARGET_PREPOSITIONS + (("of",) if verb.pos_ in ("NOUN", "PROPN") else ())
    candidates = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in prepositions and child.i not in exclude:
            for grand in child.children:
                if grand.dep_ == "pobj" and grand.i not in exclude and grand.ent_type_ not in lex.NOT_ACTOR_TYPES:
                    candidates.append((prepositions.index(child.lower_), grand.i, grand))
    return counted(min(candidates)[2]) if candidates else None


def counted(token: Token) -> Token:
    """What a counting word counts ("thousands of civilians" -> civilians), else the token."""
    if token.like_num or token.lemma_.lower() in lex.COUNTING_WORDS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        return grand
    return token


def direct_object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in OBJECT_DEPS), None)


def _actor_in(token: Token | None, mentions: MentionIndex, exclude: set[int]) -> Token | None:
    """An actor a target phrase names: itself, else one in its prepositions ("calls by Belarus's
    rulers", "further action against Russia", "a camp for Congolese refugees"), else None: a
    PLOVER target is an actor, not the thing acted on ("rejected the proposal")."""
    if token is None:
        return None
    if _is_actor(token, mentions):
        return token
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.i not in exclude:
            for grand in child.children:
                if grand.dep_ == "pobj" and grand.i not in exclude and _is_actor(counted(grand), mentions):
                    return counted(grand)
    return None


def _first_actor(candidates, mentions: MentionIndex, exclude: set[int]) -> Token | None:
    for candidate in candidates:
        found = _actor_in(candidate, mentions, exclude)
        if found is not None:
            return found
    return None


def _clause_subjects(predicate: Predicate) -> list[Token]:
    """Subjects of the clauses a control or speech verb governs ("demanded that [the US] cancel")."""
    found = []
    for word in predicate.words[1:]:
        if word.pos_ in ("VERB", "AUX", "ADJ"):
            found.extend(c for c in word.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
    return [counted(t) for t in found]


def find_actors(predicate: Predicate, mentions: MentionIndex) -> tuple[Token | None, Token | None]:
    """(source, target) head tokens of a predicate, or None where the clause names none."""
    head, anchor = predicate.head, predicate.anchor
    own = {w.i for w in predicate.words}
    if head.pos_ in ("NOUN", "PROPN") and head is anchor:
        # "Hamas's attack", "the Israeli blockade", "an attack by Hamas militants"; a date that
        # owns the act ("Saturday's attack") is its time, not its actor
        owners = [c for c in head.children if c.dep_ in ("poss", "amod", "compound")
                  and c.ent_type_ not in lex.NOT_ACTOR_TYPES and (c.dep_ == "poss" or c.ent_type_ in lex.ACTOR_TYPES)]
        source = owners[0] if owners else None
        if source is None:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in lex.AGENT_PREPOSITIONS:
                    source = next((g for g in child.children if g.dep_ == "pobj"), None)
        target = _first_actor([_object(head, own | ({source.i} if source is not None else set()))], mentions, own)
        return source, target
    passive = next((c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
    verbs = [w for w in predicate.words if w.pos_ in ("VERB", "AUX", "ADJ")]
    if anchor is not head and verb_lemma(anchor) in lex.SPEECH_VERBS:
        speaker = _subject(anchor)
        inner = _subject(head)
        objects = [_object(v, own) for v in verbs[1:]]
        if predicate.category == "DEMAND":
            # "Russia said Sudan must return the helicopter": the speaker demands of the subject
            target = _first_actor([inner] + objects, mentions, own)
            return speaker, target if not _same_actor(target, speaker, mentions) else None
        # "Syria says it is willing to withdraw", "Finland will give Tanzania a grant, a statement
        # said": the one who commits is the clause's subject where it names an actor
        source = inner if inner is not None and _is_actor(inner, mentions) else speaker
        return source, _first_actor(objects, mentions, own)
    if passive is not None and head is anchor:
        return _agent(head), _first_actor([counted(passive)], mentions, own)
    source = _subject(anchor)
    if source is None and passive is not None:
        source = _agent(head)
    candidates = [_object(anchor, own)]
    if head is not anchor or len(verbs) > 1:
        candidates += [s for s in _clause_subjects(predicate) if not _same_actor(s, source, mentions)]
        candidates += [_object(v, own) for v in verbs[1:]]
    # "held talks with X", "the demonstration staged by students": the act's noun has its own target
    candidates += [_object(w, own) for w in predicate.words[1:] if w.pos_ == "NOUN"]
    if passive is not None:
        candidates.insert(0, counted(passive))
    target = _first_actor([c for c in candidates if c is not None], mentions, own | ({source.i} if source is not None else set()))
    if _same_actor(target, source, mentions):
        target = None
    return source, target


def _same_actor(a: Token | None, b: Token | None, mentions: MentionIndex) -> bool:
    if a is None or b is None:
        return False
    if a.i == b.i:
        return True
    ha = mentions.at(a.idx, a.idx + len(a.text))
    hb = mentions.at(b.idx, b.idx + len(b.text))
    return ha is not None and hb is not None and ha[0] == hb[0]


def describe_actor(token: Token | None, mentions: MentionIndex) -> tuple[str | None, list[int] | None]:
    """(entity id or None, span) of the actor a head token stands for ("Hamas militants" is Hamas)."""
    if token is None:
        return None, None
    hit = mentions.at(token.idx, token.idx + len(token.text))
    if hit is None and token.pos_ != "PRON":
        start, end = phrase_span(token)
        # a name that modifies the head ("Hamas militants", "Israel's military"), not one in a
        # phrase after it ("the ambassadors of Israel, Lebanon and Iran" are no one country)
        inner = mentions.at(start, token.idx)
        if inner is not None and start <= inner[1][0] and inner[1][1] <= token.idx:
            return entity_id(inner[0]), [start, end]
    if hit is not None:
        n, span = hit
        if token.pos_ == "PRON":
            return entity_id(n), [token.idx, token.idx + len(token.text)]
        return entity_id(n), list(phrase_span(token)) if span[1] - span[0] < 2 else [span[0], span[1]]
    return None, list(phrase_span(token))


def plausible_actor(token: Token | None, mentions: MentionIndex) -> bool:
    return token is not None and _is_actor(token, mentions)


def _governed_by(token: Token, own: set[int], others: set[int]) -> bool:
    """Whether a token hangs from the predicate's own words before any other verb's clause or
    another act ("killed ... in the war that Putin launched in February 2022": February is the
    launch's; "massed tanks ... in response to Saturday's attack": Saturday is the attack's)."""
    for _ in range(40):
        if token.i in own:
            return True
        if token.i in others or token.head is token or (token.pos_ in ("VERB", "AUX") and token.dep_ != "aux"):
            return False
        token = token.head
    return False


def clause_time(
    predicate: Predicate, times: list[dict], sentence_bounds: tuple[int, int], others: set[int] = frozenset(),
    *, by_start: list[tuple[int, int]],
) -> int | None:
    """Index in `times` of the date or time the clause gives ("on Friday"), nearest the predicate;
    `others` are the tokens of the sentence's other acts. `by_start`, the sorted (start, index)
    pairs of `times` (built once per Doc), lets a long story look only at the clause's times."""
    anchor = predicate.anchor
    own = {w.i for w in predicate.words} | {anchor.i, predicate.head.i}
    doc = anchor.doc
    lo, hi = anchor.left_edge.idx, anchor.right_edge.idx + len(anchor.right_edge.text)
    lo, hi = max(lo, sentence_bounds[0]), min(hi, sentence_bounds[1])
    best = None
    for n in sorted(n for _, n in by_start[bisect_left(by_start, (lo, -1)) : bisect_right(by_start, (hi, len(times)))]):
        item = times[n]
        start, end = item["span"]
        if item.get("type") not in ("DATE", "TIME") or not (lo <= start and end <= hi):
            continue
        first = doc.char_span(start, end, alignment_mode="expand")
        if first is None or not _governed_by(first.root, own, others - own):
            continue
        distance = abs(start - anchor.idx)
        if best is None or distance < best[0]:
            best = (distance, n)
    return best[1] if best else None


def clause_place(predicate: Predicate, mentions: MentionIndex) -> str | None:
    """The entity id of a place the clause puts the act in ("in Moscow", "near Samarra")."""
    for verb in (predicate.head, predicate.anchor, *predicate.words):
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in lex.PLACE_PREPOSITIONS:
                for grand in child.children:
                    if grand.dep_ != "pobj":
                        continue
                    hit = mentions.at(grand.idx, grand.idx + len(grand.text))
                    if hit is not None and mentions.type_of(hit[0]) in lex.PLACE_TYPES_FOR_EVENTS:
                        return entity_id(hit[0])
    return None



def refine_category(predicate: Predicate, source: Token | None, mentions: MentionIndex) -> str | None:
    """The category once the actors are known, or None where the act is a figure of speech:
    violence done by a person to words or to a thing is criticism or nothing."""
    category = predicate.category
    if category not in ("ASSAULT", "FIGHT", "COERCE") or predicate.head is not predicate.anchor:
        return category
    obj = direct_object(predicate.head)
    thing = obj is not None and not _is_actor(counted(obj), mentions) and obj.ent_type_ not in lex.ACTOR_TYPES
    lemma = verb_lemma(predicate.head)
    if lemma in lex.VERBAL_ATTACK_VERBS:
        person = source is not None and (
            source.ent_type_ == "PERSON" or (
                (hit := mentions.at(source.idx, source.idx + len(source.text))) is not None and mentions.type_of(hit[0]) == "PERSON"
            )
        )
        if person or thing:
            return "DISAPPROVE"
    if thing and category == "ASSAULT" and obj.lemma_.lower() not in lex.ACTOR_NOUNS:
        return None
    return category
