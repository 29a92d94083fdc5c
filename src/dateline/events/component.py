"""`dateline_events`: who did what to whom, with PLOVER categories, on the parsed Doc.

Writes `doc._.dateline_events`, plain dicts shaped like the record's `Event`.

    STEPS
    1. predicates  acts each sentence reports (predicates.find_predicates; lexicons/events.py)
    2. actors      source and target from the parse, as entity ids through the entity layer
    3. setting     the clause's time (index into `times`) and place (an entity id)
    4. speech      an act inside a quote is the speaker's claim: linked to that quote

Runs after entities, coreference, quotes and times in dateline's Pipeline; in other pipelines it
works without them (actors then carry only their span).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span

from dateline.doc import ENTITIES, EVENTS, QUOTES, TIMES, WARNINGS, doc_text, ensure_extensions, guarded, layer, sentence_starts, set_layer
from dateline.errors import Warnings
from dateline.events.actors import (
    MentionIndex,
    clause_place,
    clause_time,
    describe_actor,
    find_actors,
    plausible_actor,
    refine_category,
)
from dateline.events.predicates import find_predicates, predicate_candidates, verb_lemma
EVENTS_EXTENSION = EVENTS  # the name this package exports


def _layer(doc: Doc, name: str) -> list[dict]:
    return list(layer(doc, name) or [])


class EventExtractor:
    @guarded(Warnings.W060, empty=EVENTS)  # a bug costs this article's events, never the article
    def __call__(self, doc: Doc) -> Doc:
        set_layer(doc, EVENTS, self.predict(doc))
        return doc

    def predict(self, doc: Doc) -> list[dict]:
        if not doc.has_annotation("DEP"):
            return []
        mentions = MentionIndex(_layer(doc, ENTITIES))
        times = _layer(doc, TIMES)
        quotes = [(q["span"][0], q["span"][1]) for q in _layer(doc, QUOTES)]
        quote_of = _QuoteFinder(quotes)
        times_by_start = sorted((item["span"][0], n) for n, item in enumerate(times))
        events = []
        text = doc_text(doc)
        candidates = predicate_candidates(doc)
        for sentence in _sentences_holding(doc, candidates):
            if not text[sentence.start_char : sentence.end_char].strip():
                continue
            bounds = (sentence.start_char, sentence.end_char)
            predicates = find_predicates(sentence, candidates)
            acts = {w.i for p in predicates for w in p.words}
            for predicate in predicates:
                source, target = find_actors(predicate, mentions)
                if not (plausible_actor(source, mentions) or plausible_actor(target, mentions)):
                    continue
                category = refine_category(predicate, source, mentions)
                if category is None:
                    continue
                subject, subject_span = describe_actor(source, mentions)
                obj, object_span = describe_actor(target, mentions)
                if subject is not None and subject == obj:
                    obj, object_span = None, None
                words = sorted(predicate.words, key=lambda t: t.i)
                head = predicate.head
                negated = any(c.dep_ == "neg" for c in head.children) or any(c.dep_ == "neg" for c in predicate.anchor.children)
                anchor = predicate.anchor
                start = max(bounds[0], min(anchor.left_edge.idx, words[0].idx))
                end = min(bounds[1], max(anchor.right_edge.idx + len(anchor.right_edge.text), words[-1].idx + len(words[-1].text)))
                quote = quote_of(head.idx)
                events.append({
                    "span": [start, end],
                    "predicate": {
                        "span": [words[0].idx, words[-1].idx + len(words[-1].text)],
                        "lemma": " ".join(verb_lemma(w) for w in words),
                    },
                    "category": category,
                    "mode": predicate.mode,
                    "subject": subject,
                    "subject_span": subject_span,
                    "object": obj,
                    "object_span": object_span,
                    "time": clause_time(predicate, times, bounds, acts, by_start=times_by_start),
                    "place": clause_place(predicate, mentions),
                    "negated": negated,
                    "quote": quote,
                })
        return events


def _sentences_holding(doc: Doc, tokens: list[int]) -> Iterator[Span]:
    """The sentences of `doc.sents` that hold one of the tokens (indices, in order): the others
    report no act, and building a Span for each sentence of a story cost more than reading them."""
    if not tokens:
        return
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):  # spaCy's own way then
        for sentence in doc.sents:
            first = bisect_left(tokens, sentence.start)
            if first < len(tokens) and tokens[first] < sentence.end:
                yield sentence
        return
    starts = numpy.flatnonzero(sentence_starts(doc)).tolist()
    ends = [*starts[1:], len(doc)]
    last = -1
    for token in tokens:
        at = bisect_right(starts, token) - 1
        if at != last:
            last = at
            yield doc[starts[at] : ends[at]]


class _QuoteFinder:
    """The id of the first quote (in record order) whose span holds an offset, found by bisection
    over the quotes' starts: a scan of every quote per event made long stories quadratic."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.ordered = all(a[0] <= b[0] for a, b in zip(spans, spans[1:]))
        self.starts = [start for start, _ in spans]
        self.reach: list[int] = []  # the furthest end among quotes 0..n
        for _, end in spans:
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def __call__(self, offset: int) -> str | None:
        if not self.ordered:
            return next((f"q{n + 1}" for n, (qs, qe) in enumerate(self.spans) if qs <= offset < qe), None)
        found = None
        n = bisect_right(self.starts, offset) - 1
        while n >= 0 and self.reach[n] > offset:
            if self.spans[n][1] > offset:
                found = n
            n -= 1
        return None if found is None else f"q{found + 1}"


@Language.factory(
    "dateline_events",
    assigns=[f"doc._.{EVENTS}", f"doc._.{WARNINGS}"],
    requires=["token.dep", "token.lemma", f"doc._.{ENTITIES}", f"doc._.{TIMES}", f"doc._.{QUOTES}"],
)
def make_event_extractor(nlp: Language, name: str) -> EventExtractor:
    ensure_extensions(EVENTS, WARNINGS)
    return EventExtractor()
