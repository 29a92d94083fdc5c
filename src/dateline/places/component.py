"""`dateline_places`: the story's places, geocoded with its context and ranked by focus.

Runs after `dateline_entities` and writes `doc._.dateline_places`: plain dicts shaped like the
record's `Place` item, most central first:

    {"entity": "e7", "name": "Bishkek", "kind": "dateline", "span": [17, 24],
     "spans": [[17, 24]], "mentions": 1, "candidates": 2, "score": 5.0, "rank": 1,
     "geo": {"country": "KG", "admin1": "Bishkek", "lat": 42.87, "lon": 74.59,
             "geonames_id": 1528675, "feature": "city", "name": "Bishkek"}}

An ambiguous or unknown name keeps `geo: null` and adds a warning (W030, W031) to
`doc._.dateline_warnings`. The entities themselves are not touched: the record stage copies each
place's `geo` onto its entity.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.doc import (
    ARTICLE,
    ENTITIES,
    PLACES,
    WARNINGS,
    ArticleInfo,
    add_warnings,
    article_info,
    ensure_extensions,
    entity_id,
    guarded,
    layer,
    set_layer,
)
from dateline.errors import Warnings, warning
from dateline.gazetteer import Gazetteer
from dateline.language import gazetteer_for
from dateline.places.resolve import Resolution, resolve
from dateline.places.toponyms import collect_toponyms

PLACES_EXTENSION = PLACES  # the name this package has always exported


class PlaceResolver:
    """Collects the story's toponyms and geocodes them (see toponyms.py and resolve.py)."""

    def __init__(self, gazetteer: Gazetteer, demonyms: bool = True) -> None:
        self.gazetteer = gazetteer
        self.demonyms = demonyms

    @guarded(Warnings.W032)  # the article goes on without places, and says so
    def __call__(self, doc: Doc) -> Doc:
        resolutions = self.predict(doc)
        self.set_annotations(doc, resolutions)
        return doc

    def predict(self, doc: Doc) -> list[Resolution]:
        entities = layer(doc, ENTITIES) or []
        article = article_info(doc)
        dateline = article.dateline if article is not None else None
        toponyms = collect_toponyms(doc, entities, dateline, self.gazetteer, demonyms=self.demonyms)
        return resolve(self.gazetteer, toponyms, lede_end=_lede_end(doc, article))

    def set_annotations(self, doc: Doc, resolutions: list[Resolution]) -> None:
        items = [to_item(r) for r in sorted(resolutions, key=lambda r: r.rank)]
        set_layer(doc, PLACES, items)
        warnings = []
        for resolution in resolutions:
            toponym = resolution.toponym
            if resolution.ambiguous:
                warnings.append(warning(Warnings.W030, name=toponym.name, count=resolution.candidates))
            elif resolution.candidates == 0 and toponym.kind != "demonym":
                warnings.append(warning(Warnings.W031, name=toponym.name))
        add_warnings(doc, warnings)


def to_item(resolution: Resolution) -> dict:
    toponym = resolution.toponym
    spans = sorted(toponym.spans)
    return {
        "entity": entity_id(toponym.entity) if toponym.entity is not None else None,
        "name": toponym.name,
        "kind": "dateline" if toponym.dateline else toponym.kind,
        "span": list(spans[0]),
        "spans": [list(s) for s in spans],
        "mentions": len(spans),
        "candidates": resolution.candidates,
        "geo": resolution.place.geo() if resolution.place is not None else None,
        "score": resolution.score,
        "rank": resolution.rank,
    }


def _lede_end(doc: Doc, article: ArticleInfo | None) -> int | None:
    paragraphs = article.paragraphs if article is not None else ()
    if paragraphs:
        return paragraphs[0][1]
    for sentence in doc.sents if doc.has_annotation("SENT_START") else ():
        if sentence.text.strip():
            return sentence.end_char
    return None


@Language.factory(
    "dateline_places",
    assigns=[f"doc._.{PLACES}", f"doc._.{WARNINGS}"],
    requires=[f"doc._.{ENTITIES}"],
    default_config={"demonyms": True, "gazetteer": None},
)
def make_place_resolver(nlp: Language, name: str, demonyms: bool, gazetteer: str | None) -> PlaceResolver:
    ensure_extensions(PLACES, WARNINGS, ARTICLE)
    return PlaceResolver(gazetteer_for(nlp, gazetteer), demonyms=demonyms)
