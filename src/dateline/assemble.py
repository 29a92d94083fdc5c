"""The record stage: one `ArticleRecord` built once, at the end, from the context.

Components leave plain data on the Doc (`doc._.dateline_<field>`), shaped like the record's items
without ids; this module gives ids, validates against the record models and adds the layout.
"""

from __future__ import annotations

import numpy

from dateline.context import ArticleContext
from dateline.doc import ENTITIES, EVENTS, PLACES, QUANTITIES, QUOTES, TIMES, WARNINGS, layer, sentence_starts
from dateline.record import (
    ArticleRecord,
    Dateline,
    Entity,
    Event,
    Place,
    Quantity,
    Quote,
    RecordWarning,
    Stats,
    Time,
    record_id,
)

# Record field -> (Doc extension a component fills, id prefix or None, item model). An entity's
# id is `dateline.doc.entity_id(index)`: "e" and its 1-based index.
EXTRACTED_FIELDS = {
    "entities": (ENTITIES, "e", Entity),
    "quotes": (QUOTES, "q", Quote),
    "times": (TIMES, None, Time),
    "quantities": (QUANTITIES, None, Quantity),
    "events": (EVENTS, None, Event),
    "places": (PLACES, None, Place),
}


def _sentence_count(doc, spaces: numpy.ndarray) -> int:
    """Sentences with any text: a sentence is blank when all its tokens are whitespace (`spaces`:
    the Doc's IS_SPACE array). Read from the Doc's arrays (`doc.sents` builds a Span per
    sentence, `Span.text` every Token)."""
    sentence = numpy.cumsum(sentence_starts(doc))[spaces == 0]  # the sentence of each word, in order
    return int(len(sentence) > 0) + int(numpy.count_nonzero(numpy.diff(sentence)))


def build_record(ctx: ArticleContext) -> ArticleRecord:
    layout = ctx.layout
    assert layout is not None
    doc = ctx.doc
    fields: dict[str, list] = {}
    warnings = list(ctx.raw.warnings) + ctx.warnings
    for name, (extension, prefix, model) in EXTRACTED_FIELDS.items():
        items = (layer(doc, extension) if doc is not None else None) or []
        built = []
        for index, item in enumerate(items):
            data = dict(item)
            if prefix and "id" not in data:
                data["id"] = f"{prefix}{index + 1}"
            built.append(model.model_validate(data))
        fields[name] = built
    if doc is not None:
        warnings.extend(layer(doc, WARNINGS) or [])

    fields["entities"] = _with_geo(fields["entities"], fields["places"])

    dateline = _dateline_with_entity(layout.dateline, fields["entities"], fields["places"])
    stats = Stats()
    if doc is not None:
        spaces = doc.to_array("IS_SPACE")
        stats = Stats(
            tokens=len(doc) - int(spaces.sum()),
            sentences=_sentence_count(doc, spaces) if doc.has_annotation("SENT_START") else 0,
            seconds=round(ctx.seconds, 4),
        )
    return ArticleRecord(
        id=record_id(ctx.text),
        source=ctx.raw.source,
        text=ctx.text,
        date=layout.date.isoformat() if layout.date else None,
        date_source=layout.date_origin if layout.date else None,
        title=layout.title,
        title_span=layout.title_span,
        dateline=dateline,
        credits=list(layout.credits),
        body=layout.body,
        paragraphs=list(layout.paragraphs),
        sections=list(layout.sections),
        noise=list(layout.noise),
        stats=stats,
        warnings=[RecordWarning(**w) for w in warnings],
        **fields,
    )


def _dateline_with_entity(dateline: Dateline | None, entities: list[Entity], places: list[Place]) -> Dateline | None:
    """The dateline with the id of its place's entity: the entity that has the dateline's place
    as a mention (the entity layer adds it), else the one the places stage tied it to (a story
    that names the place where the entity layer did not take the dateline's span)."""
    if dateline is None or dateline.place_span is None:
        return dateline
    place_span = tuple(dateline.place_span)
    for entity in entities:
        if any(tuple(m.span) == place_span for m in entity.mentions):
            return dateline.model_copy(update={"place_entity": entity.id})
    for place in places:
        if place.kind == "dateline" and place.entity is not None:
            return dateline.model_copy(update={"place_entity": place.entity})
    return dateline


def _with_geo(entities: list[Entity], places: list[Place]) -> list[Entity]:
    """Entities with the geo of their place: the places stage geocodes, the entity stage names;
    the record combines the two lists without either stage rewriting the other's output."""
    geo = {p.entity: p.geo for p in places if p.entity is not None and p.geo is not None and p.kind != "demonym"}
    return [
        entity.model_copy(update={"geo": geo[entity.id]}) if entity.geo is None and entity.id in geo else entity
        for entity in entities
    ]


__all__ = ["build_record", "EXTRACTED_FIELDS"]
