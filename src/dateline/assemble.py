"""The record stage: one `ArticleRecord` built once, at the end, from the context.

Components leave plain data on the Doc (`doc._.dateline_<field>`), shaped like the record's items
without ids; this module gives ids, validates against the record models and adds the layout.
"""

from __future__ import annotations

from dateline.context import ArticleContext
from dateline.language import ARTICLE_EXTENSION, WARNINGS_EXTENSION
from dateline.record import (
    ArticleRecord,
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

# Record field -> (Doc extension a component fills, id prefix or None, item model).
EXTRACTED_FIELDS = {
    "entities": ("dateline_entities", "e", Entity),
    "quotes": ("dateline_quotes", "q", Quote),
    "times": ("dateline_times", None, Time),
    "quantities": ("dateline_quantities", None, Quantity),
    "events": ("dateline_events", None, Event),
    "places": ("dateline_places", None, Place),
}



def article_info(ctx: ArticleContext) -> dict:
    """What components may know about the article, as `doc._.dateline_article`."""
    layout = ctx.layout
    assert layout is not None
    dateline = layout.dateline
    return {
        "date": layout.date.isoformat() if layout.date else None,
        "dateline": dateline.model_dump(mode="json") if dateline else None,
        "paragraphs": [list(p) for p in layout.paragraphs],
        "body": list(layout.body) if layout.body else None,
    }


def build_record(ctx: ArticleContext) -> ArticleRecord:
    layout = ctx.layout
    assert layout is not None
    doc = ctx.doc
    fields: dict[str, list] = {}
    warnings = list(ctx.raw.warnings) + ctx.warnings
    for name, (extension, prefix, model) in EXTRACTED_FIELDS.items():
        items = (doc._.get(extension) if doc is not None and doc.has_extension(extension) else None) or []
        built = []
        for index, item in enumerate(items):
            data = dict(item)
            if prefix and "id" not in data:
                data["id"] = f"{prefix}{index + 1}"
            built.append(model.model_validate(data))
        fields[name] = built
    if doc is not None and doc.has_extension(WARNINGS_EXTENSION):
        warnings.extend(doc._.get(WARNINGS_EXTENSION) or [])

    fields["entities"] = _with_geo(fields["entities"], fields["places"])

    dateline = layout.dateline
    if dateline is not None and dateline.place_span is not None:
        place_span = tuple(dateline.place_span)
        for entity in fields["entities"]:
            if any(tuple(m.span) == place_span for m in entity.mentions):
                dateline = dateline.model_copy(update={"place_entity": entity.id})
                break
        else:
            # The places stage tied the dateline's place to an entity the story names.
            for place in fields["places"]:
                if place.kind == "dateline" and place.entity is not None:
                    dateline = dateline.model_copy(update={"place_entity": place.entity})
                    break

    stats = Stats()
    if doc is not None:
        stats = Stats(
            tokens=len(doc) - int(doc.to_array("IS_SPACE").sum()),
            sentences=sum(1 for s in doc.sents if s.text.strip()) if doc.has_annotation("SENT_START") else 0,
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


def _with_geo(entities: list[Entity], places: list[Place]) -> list[Entity]:
    """Entities with the geo of their place: the places stage geocodes, the entity stage names;
    the record combines the two lists without either stage rewriting the other's output."""
    geo = {p.entity: p.geo for p in places if p.entity is not None and p.geo is not None and p.kind != "demonym"}
    return [
        entity.model_copy(update={"geo": geo[entity.id]}) if entity.geo is None and entity.id in geo else entity
        for entity in entities
    ]


__all__ = ["build_record", "article_info", "EXTRACTED_FIELDS", "ARTICLE_EXTENSION", "WARNINGS_EXTENSION"]
