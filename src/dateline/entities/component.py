"""`dateline_entities`: the NER's mentions clustered into entities, named, typed and given roles.

Writes `doc._.dateline_entities`: a list of plain dicts shaped like the record's `Entity` without
its id (`entity_id(index)` is the id), ordered by first mention, each with its mentions sorted:

    {"type": "PERSON", "name": "Vladimir Putin", "roles": ["Russian President"],
     "mentions": [{"span": [36, 50], "kind": "name"}, ...], "geo": None}

`dateline_coreference` (after this component) adds pronoun and nominal mentions to these dicts.
When the article's facts (`dateline.doc.article_info`) have a dateline place, the dateline's place
span becomes a name mention of that place (the dateline is blanked from the text the NER reads).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.doc import ARTICLE, ENTITIES, WARNINGS, article_info, doc_ents, ensure_extensions, guarded, set_layer
from dateline.entities.clustering import (
    ENTITY_TYPES,
    Cluster,
    Mention,
    _key,
    cluster_institutions,
    cluster_mentions,
    display_name,
    institution_mentions,
    name_mention,
)
from dateline.entities.places import GazetteerPlaces, NoPlaces, PlaceNames
from dateline.entities.roles import roles_of
from dateline.errors import Warnings
from dateline.language import gazetteer_for
from dateline.lexicons.ner import PLACE_TYPES

ENTITIES_EXTENSION = ENTITIES  # the name this package has always exported


class EntityClusterer:
    """Clusters `doc.ents` into entities (see `dateline.entities.clustering`)."""

    def __init__(self, types: frozenset[str] = ENTITY_TYPES, places: PlaceNames | None = None) -> None:
        self.types = types
        self.places = places if places is not None else NoPlaces()

    @guarded(Warnings.W042, empty=ENTITIES)  # the article goes on without entities, and says so
    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.predict(doc))
        return doc

    def predict(self, doc: Doc) -> list[Cluster]:
        mentions: list[Mention] = []
        spans = {}
        for ent in doc_ents(doc):
            if ent.label_ not in self.types:
                continue
            mention = name_mention(ent)
            if mention is not None:
                mentions.append(mention)
                spans[mention.start] = ent
        clusters = cluster_mentions(doc, mentions)
        clusters += cluster_institutions(institution_mentions(doc))
        for cluster in clusters:
            if cluster.type != "PERSON":
                continue
            for mention in cluster.names:
                for role in roles_of(doc[mention.token_start : mention.token_end]):
                    cluster.add_role(role)
        self._add_dateline_place(doc, clusters)
        clusters.sort(key=lambda c: c.first)
        return clusters

    def set_annotations(self, doc: Doc, clusters: list[Cluster]) -> None:
        set_layer(doc, ENTITIES, [to_record(c) for c in clusters])

    def _add_dateline_place(self, doc: Doc, clusters: list[Cluster]) -> None:
        article = article_info(doc)
        dateline = article.dateline if article is not None else None
        if dateline is None or not dateline.place_span or not dateline.place:
            return
        span, place = dateline.place_span, dateline.place
        words = tuple(place.lower().split())
        key = _key(words)
        for cluster in clusters:
            if cluster.type in PLACE_TYPES and any(_key(m.words) == key for m in cluster.names):
                cluster.add(Mention(span[0], span[1], "name", cluster.type, display_name(place), words))
                return
        # The story never names its dateline place: an entity of its own, when the dateline is a
        # real one (an agency or a date with it) or the gazetteer knows the name. "SOCCER -" at
        # the head of a sports brief is a dateline only in form.
        if dateline.confirmed or self.places.is_place_name(place):
            cluster = Cluster(type="GPE")
            cluster.add(Mention(span[0], span[1], "name", "GPE", display_name(place), words))
            clusters.append(cluster)


def to_record(cluster: Cluster) -> dict:
    """The record's Entity (without id) as plain data."""
    mentions = sorted({(m.start, m.end, m.kind) for m in cluster.mentions})
    return {
        "type": cluster.type,
        "name": cluster.name,
        "roles": list(cluster.roles),
        "mentions": [{"span": [s, e], "kind": k} for s, e, k in mentions],
        "geo": None,
    }


@Language.factory(
    "dateline_entities",
    assigns=[f"doc._.{ENTITIES}", f"doc._.{WARNINGS}"],
    requires=["doc.ents", "token.dep", "token.tag"],
    default_config={"gazetteer": None},
)
def make_entity_clusterer(nlp: Language, name: str, gazetteer: str | None) -> EntityClusterer:
    ensure_extensions(ENTITIES, ARTICLE, WARNINGS)
    return EntityClusterer(places=GazetteerPlaces(gazetteer_for(nlp, gazetteer)))
