"""The tense of the clause a temporal expression sits in: whether "on Monday" looks back (news
reports the past) or ahead ("will meet on Monday", "is due to sign on Monday").

With a dependency parse the governing finite verb is found by walking up the heads; without one
(a blank pipeline, a tagger only) the words around the expression in its sentence decide.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.lexicons.times import (
    CONDITIONAL_FUTURE,
    FUTURE_AUXILIARIES,
    FUTURE_VERBS,
    SCHEDULED_NOUNS,
    SCHEDULING_PARTICIPLES,
)

PAST, PRESENT, FUTURE = "PAST", "PRESENT", "FUTURE"

# How many tokens before an expression a parser-less look-up searches for a verb group.
WINDOW_TOKENS = 8

_FINITE_PAST = frozenset({"VBD"})
_FINITE_PRESENT = frozenset({"VBZ", "VBP"})


def clause_tense(doc: Doc, start_char: int, end_char: int) -> str | None:
    """PAST, PRESENT, FUTURE or None for the expression at [start_char, end_char)."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or not len(span):
        return None
    if doc.has_annotation("DEP"):
        return _tense_from_parse(span)
    return _tense_from_window(doc, span)


def _tense_from_parse(span: Span | Token) -> str | None:
    token: Token = span.root if isinstance(span, Span) else span
    if token.dep_ in _NOMINAL_MODIFIER:
        # "Saturday's attack", "the Jan. 14 deadline": the date of a thing, not of the clause's
        # verb. A thing in a past-tense clause happened before it ("arrested in April for a March
        # 21 call"), unless it is a thing that is scheduled ("gave no reason for the Jan. 14
        # deadline"): then, and elsewhere, unknown.
        head = token.head
        if head is token or head.lemma_.lower() in SCHEDULED_NOUNS:
            return None
        return PAST if _tense_from_parse(head) == PAST else None
    infinitive = False
    for _ in range(MAX_HEAD_STEPS):
        if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB") or token.tag_ == "MD":
            tense = _verb_group_tense(token)
            if tense == _INFINITIVE:
                infinitive = True
            elif tense is not None:
                if infinitive:
                    # "has decided to admit them in early March" looks ahead; "staged celebrations
                    # to mark the entry on Friday" does not: an infinitive is future only under a
                    # present or future verb.
                    return FUTURE if tense in {PRESENT, FUTURE, _PERFECT} else None
                return PAST if tense == _PERFECT else tense
        if token.head is token:
            break
        token = token.head
    return None


# How far up the dependency tree the governing verb is looked for.
MAX_HEAD_STEPS = 12
# Dependency labels of a noun's modifiers ("Saturday" in "Saturday's attack").
_NOMINAL_MODIFIER = frozenset({"poss", "compound", "nmod", "amod"})
_INFINITIVE, _PERFECT = "INFINITIVE", "PERFECT"


def _verb_group_tense(verb: Token) -> str | None:
    """Tense of a verb from its auxiliaries; None when only its head can tell."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {a.lower_ for a in auxiliaries}
    lemma = verb.lemma_.lower()
    tags = {a.tag_ for a in auxiliaries} | {verb.tag_}
    past = bool(tags & _FINITE_PAST) or "had" in words
    if words & FUTURE_AUXILIARIES or verb.lower_ in FUTURE_AUXILIARIES:
        return FUTURE
    if words & CONDITIONAL_FUTURE:
        return FUTURE  # "said it would vote on Tuesday": the future of a past saying
    if lemma in FUTURE_VERBS or verb.lower_ in FUTURE_VERBS:
        # "plans a rally on Monday", "planned a demonstration on Saturday", "results expected
        # Tuesday"; in the past perfect ("had been scheduled to expire at midnight Friday") the plan
        # is over: unknown.
        return None if "had" in words else FUTURE
    if "to" in words:
        return _INFINITIVE
    if verb.tag_ == "VBG" and any(a.tag_ in _FINITE_PRESENT and a.lemma_ == "be" for a in auxiliaries):
        return FUTURE  # "are meeting on Monday": the present progressive of an arrangement
    if past:
        return PAST
    if verb.tag_ == "VBN":
        if not auxiliaries and lemma in SCHEDULING_PARTICIPLES:
            return FUTURE  # "a NATO summit set for April"
        if words & {"has", "have", "'s", "'ve"}:
            return _PERFECT  # "has said on Friday"
        if not auxiliaries:
            return PAST  # "announced Wednesday by the minister"
    if tags & _FINITE_PRESENT:
        return PRESENT
    return None


def _tense_from_window(doc: Doc, span: Span) -> str | None:
    sentence_start = span.sent.start if doc.has_annotation("SENT_START") else max(0, span.start - WINDOW_TOKENS)
    start = max(sentence_start, span.start - WINDOW_TOKENS)
    before = [t.lower_ for t in doc[start : span.start]]
    if any(w in FUTURE_AUXILIARIES or w in CONDITIONAL_FUTURE for w in before):
        return FUTURE
    if any(w in FUTURE_VERBS for w in before):
        return FUTURE
    if doc.has_annotation("TAG"):
        window = doc[start : min(len(doc), span.end + WINDOW_TOKENS)]
        if any(t.tag_ == "VBD" for t in window):
            return PAST
    return None
