"""Referring expressions: the pronouns and definite nominals coreference resolves.

Third-person pronouns outside quotations and outside the story's mentions ("he", "its"; not the
"it" of "it emerged that", nor the "its" of a thing named by a common noun), and definite
nominals from the lexicons ("the president", "the ministry") that are no title before a name, no
description of another ("the president of France") and no apposition beside a name.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.doc import token_table
from dateline.entities.doc_structure import DocStructure
from dateline.lexicons.organisations import ORGANISATION_NOMINALS
from dateline.lexicons.pronouns import DUMMY_IT_VERBS, PRONOUNS
from dateline.lexicons.titles import PERSON_NOMINALS


@dataclass(frozen=True)
class Referring:
    """A pronoun or nominal waiting for an antecedent."""

    start: int
    end: int
    token: Token  # the pronoun, or the nominal's head noun
    kind: str  # pronoun | nominal
    key: str  # the pronoun (lower case) or the nominal's lexicon key


def covered_chars(entities: list[dict]) -> list[tuple[int, int]]:
    return sorted((m["span"][0], m["span"][1]) for e in entities for m in e["mentions"])


# -- referring expressions -------------------------------------------------------------------
_NOMINAL_KEYS = {tuple(k.split()): k for k in list(PERSON_NOMINALS) + list(ORGANISATION_NOMINALS)}
_NOMINAL_HEADS = {k[-1] for k in _NOMINAL_KEYS}
# The words that may start a referring expression: one look-up per word of the story.
_REFERRING_WORDS = frozenset(PRONOUNS) | frozenset(_NOMINAL_HEADS)


def referring_expressions(doc: Doc, context: DocStructure, covered: list[tuple[int, int]]) -> list[Referring]:
    """Pronouns and definite nominals outside quotations and outside existing mentions."""
    starts = [c[0] for c in covered]

    def inside_mention(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        while i >= 0 and i >= bisect.bisect_right(starts, start) - 8:
            a, b = covered[i]
            if a <= start and end <= b:
                return True
            i -= 1
        return False

    found = []
    # Only pronouns and nominal heads become Tokens (the rest of the story's words are skipped on
    # their strings: a Token per word cost more than the search).
    lowers = token_table(doc).lowers
    for i in [i for i, lower in enumerate(lowers) if lower in _REFERRING_WORDS]:
        token, lower = doc[i], lowers[i]
        if lower in PRONOUNS and token.tag_ in {"PRP", "PRP$", ""}:
            if context.in_quote(token.idx) or inside_mention(token.idx, token.idx + len(token)):
                continue
            if lower in {"it", "its", "itself"} and _dummy_it(token):
                continue
            if lower == "it" and token.dep_ not in {"nsubj", "nsubjpass", ""}:
                continue  # "it" as an object is most often an event or a thing
            if lower in {"it", "its", "itself"} and _owned_by_common_noun(token):
                continue
            found.append(Referring(token.idx, token.idx + len(token), token, "pronoun", lower))
        elif lower in _NOMINAL_HEADS and token.tag_ in {"NN", "NNP"}:
            nominal = _nominal(doc, token)
            if nominal is None:
                continue
            span, key = nominal
            if context.in_quote(span.start_char) or inside_mention(span.start_char, span.end_char):
                continue
            found.append(Referring(span.start_char, span.end_char, token, "nominal", key))
    return found


def _dummy_it(token: Token) -> bool:
    """"it is unacceptable", "it's hard for anyone to agree", "it emerged that": no referent."""
    if token.lower_ != "it" or token.dep_ not in {"nsubj", "nsubjpass", "expl"}:
        return token.dep_ == "expl"
    head = token.head
    if token.dep_ == "expl":
        return True
    if head.lemma_ in DUMMY_IT_VERBS:
        return any(c.dep_ in {"acomp", "attr", "ccomp", "xcomp", "oprd"} for c in head.children)
    return False


def _owned_by_common_noun(token: Token) -> bool:
    """"a Palestinian state with East Jerusalem as its capital": "its" inside a phrase hanging
    from a common noun ("state") is that thing's, not a named entity's."""
    noun = token.head if token.dep_ == "poss" else token
    if noun.dep_ != "pobj":
        return False
    attach = noun.head.head
    return attach.tag_ == "NN" and not attach.ent_type_ and attach.i != noun.i


def _nominal(doc: Doc, head: Token) -> tuple[Span, str] | None:
    """"the president", "the Kremlin chief", "the foreign ministry": a definite noun phrase
    that is not itself a title before a name, a description of another ("the president of
    France"), or an apposition beside a name."""
    if head.ent_type_ in {"PERSON", "ORG", "GPE"}:
        return None
    lefts = list(head.lefts)
    det = [t for t in lefts if t.dep_ == "det"]
    if not det or det[0].lower_ != "the":
        return None
    if head.dep_ in {"compound", "appos"} or head.head.ent_type_ == "PERSON" and head.dep_ != "nsubj":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights):
        return None
    if head.i + 1 < len(doc) and doc[head.i + 1].ent_type_ == "PERSON":
        return None
    if head.i + 2 < len(doc) and doc[head.i + 1].text == "," and doc[head.i + 2].ent_type_ == "PERSON":
        return None
    start = det[0].i
    words = tuple(t.lower_ for t in doc[start + 1 : head.i + 1])
    for size in range(len(words), 0, -1):
        key = _NOMINAL_KEYS.get(words[-size:])
        if key is not None:
            return doc[start : head.i + 1], key
    return None
