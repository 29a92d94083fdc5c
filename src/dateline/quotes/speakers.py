"""Speakers: the mention a quote's attribution rests on, and the entity it resolves to.

The mention is the subject's noun phrase without what only describes it: `Hugh Hill, a doctor at
the clinic, said` -> `Hugh Hill`; `Russian President Vladimir Putin said` -> the name `Vladimir
Putin` (the entity mention inside the phrase); `the foreign ministry said` -> `the foreign ministry`;
`he said` -> `he`. Resolution goes through the entity layer (`doc._.dateline_entities`, when the
pipeline has it): the entity one of whose mentions covers the speaker's head. No coreference is
done here: a pronoun resolves only when the entity layer lists it as a mention; otherwise its
entity and name stay null. A relative pronoun (`Trump, who said ...`) resolves through its
antecedent, which the parse gives.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.doc import ENTITIES, doc_ents, entity_id, layer
from dateline.lexicons import quotes as lex
from dateline.record import Span
from dateline.quotes.tree import Tree, children_of




@dataclass(frozen=True)
class EntityMention:
    span: Span
    entity: int  # index in doc._.dateline_entities
    kind: str


class EntityLookup:
    """The entity layer's mentions of one Doc, for finding the entity behind a span."""

    def __init__(self, doc: Doc) -> None:
        self.entities: list[dict] = []
        self.mentions: list[EntityMention] = []
        self.entities = list(layer(doc, ENTITIES) or [])
        for n, entity in enumerate(self.entities):
            for mention in entity.get("mentions") or []:
                try:
                    start, end = mention["span"]
                except (KeyError, TypeError, ValueError):
                    continue
                self.mentions.append(EntityMention((int(start), int(end)), n, mention.get("kind", "name")))
        self.mentions.sort(key=lambda m: m.span)
        self.starts = [m.span[0] for m in self.mentions]
        self.longest = max((m.span[1] - m.span[0] for m in self.mentions), default=0)
        # Without an entity layer, the NER's own entities still give a name's extent.
        self.ents = sorted((e.start_char, e.end_char) for e in doc_ents(doc))
        self.ent_starts = [start for start, _ in self.ents]

    def at(self, span: Span, head: Span | None = None) -> EntityMention | None:
        """The mention overlapping `span` that covers `head` (else overlaps most)."""
        best = None
        best_key = None
        first = bisect_left(self.starts, span[0] - self.longest)
        for k in range(first, len(self.mentions)):  # never a copy of the list's tail per call
            mention = self.mentions[k]
            if mention.span[0] >= span[1]:
                break
            overlap = min(span[1], mention.span[1]) - max(span[0], mention.span[0])
            if overlap <= 0:
                continue
            covers_head = head is not None and mention.span[0] <= head[0] and head[1] <= mention.span[1]
            key = (covers_head, overlap, -(mention.span[1] - mention.span[0]))
            if best_key is None or key > best_key:
                best, best_key = mention, key
        if best is not None and head is not None and not best_key[0]:
            # A mention beside the head (`a spokesman for Gazprom`) is not the speaker.
            return None
        return best

    def ent_at(self, head: Span) -> Span | None:
        k = bisect_right(self.ent_starts, head[0]) - 1  # entities do not overlap
        if k >= 0 and self.ents[k][0] <= head[0] and head[1] <= self.ents[k][1]:
            return self.ents[k]
        return None


def _span_of(token: Token) -> Span:
    return (token.idx, token.idx + len(token))


def noun_phrase(token: Token, keep_preps: bool | None = None, tree: Tree | None = None) -> Span:
    """The token's phrase without appositions, relative clauses and the like."""
    if keep_preps is None:
        keep_preps = token.pos_ == "NOUN"  # `a spokesman for the ministry`, not `Trump on Tuesday`
    tokens = [token]
    stack = [token]
    while stack:
        current = stack.pop()
        for child in children_of(current, tree):
            kept_prep = child.dep_ == "prep" and keep_preps and current is token and child.i > token.i
            if child.dep_ in lex.SPEAKER_CUT_DEPS and not kept_prep:
                continue
            tokens.append(child)
            stack.append(child)
    start = min(t.i for t in tokens)
    end = max(t.i for t in tokens)
    doc = token.doc
    # Never run over a comma: a phrase is contiguous and a comma ends it (`Hill, a doctor`).
    for i in range(token.i - 1, start - 1, -1):
        if doc[i].is_punct and doc[i].text in ",;()":
            start = i + 1
            break
    for i in range(token.i + 1, end + 1):
        if doc[i].is_punct and doc[i].text in ",;()":
            end = i - 1
            break
    while end > start and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return (doc[start].idx, doc[end].idx + len(doc[end]))


def is_pronoun(token: Token) -> bool:
    return token.lower_ in lex.PERSONAL_PRONOUNS or token.lower_ in lex.RELATIVE_PRONOUNS or token.pos_ == "PRON"


def speaker_record(text: str, head: Token, antecedent: Token | None, lookup: EntityLookup, extent: Span | None = None, tree: Tree | None = None) -> dict:
    """`{entity, name, span}` for the speaker whose mention has `head` as its head token
    (`text` is the Doc's text, passed in: `doc.text` is rebuilt on every access)."""
    head_span = _span_of(head)
    if is_pronoun(head):
        span = head_span
        mention = lookup.at(span, head_span)
        if mention is None and antecedent is not None:
            # `Trump, who said`: the antecedent is in the parse, not a guess.
            ante_span = noun_phrase(antecedent, tree=tree)
            mention = lookup.at(ante_span, _span_of(antecedent))
            if mention is None:
                return {"entity": None, "name": _clean(text[ante_span[0]:ante_span[1]]), "span": list(span)}
        if mention is None:
            return {"entity": None, "name": None, "span": list(span)}
        entity = lookup.entities[mention.entity]
        return {"entity": entity_id(mention.entity), "name": entity.get("name"), "span": list(span)}
    appositions = [c for c in children_of(head, tree) if c.dep_ == "appos"]
    if appositions and extent is None and _describes(head):
        # `One red-state Democrat, Montana Sen. Jon Tester, said`: the description's apposition
        # names the speaker (issue 13); its mention is the name, not the description.
        for token in appositions:
            if token.pos_ == "PROPN" or token.ent_type_ == "PERSON":
                return speaker_record(text, token, None, lookup, None, tree)
    phrase = extent or noun_phrase(head, tree=tree)
    candidates = [head] + appositions
    for token in candidates:
        mention = lookup.at(phrase if token is head else noun_phrase(token, tree=tree), _span_of(token))
        if mention is not None:
            break
    if mention is not None:
        entity = lookup.entities[mention.entity]
        span = mention.span if mention.kind == "name" else phrase
        return {"entity": entity_id(mention.entity), "name": entity.get("name"), "span": list(span)}
    ent = lookup.ent_at(head_span)
    span = ent if ent is not None and phrase[0] <= ent[0] and ent[1] <= phrase[1] else phrase
    return {"entity": None, "name": _clean(text[span[0]:span[1]]), "span": list(span)}


def _describes(head: Token) -> bool:
    """The head describes someone rather than naming them: a common noun (`a spokesman`) or a
    group word (`Democrat`, tagged NORP)."""
    return head.pos_ != "PROPN" or head.ent_type_ in lex.DESCRIPTION_ENT_TYPES


def _clean(value: str) -> str:
    return " ".join(value.split())
