"""`dateline_entities`: named entities from the NER, grouped into one entity per name and type.

The first wave's entity layer: exact-name grouping only. Clustering of name variants, roles,
pronoun and nominal coreference and NER corrections build on this contract (issue 3).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.language import ensure_doc_extension

ENTITIES_EXTENSION = "dateline_entities"

# Dates and numbers are the business of the times and quantities layers, not entities.
ENTITY_TYPES = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)


def entity_id(index: int) -> str:
    return f"e{index + 1}"


class EntityClusterer:
    def __init__(self, types: frozenset[str] = ENTITY_TYPES) -> None:
        self.types = types

    def __call__(self, doc: Doc) -> Doc:
        clusters: dict[tuple[str, str], dict] = {}
        for ent in doc.ents:
            if ent.label_ not in self.types:
                continue
            key = (ent.label_, " ".join(ent.text.split()))
            cluster = clusters.setdefault(
                key, {"type": ent.label_, "name": key[1], "roles": [], "mentions": [], "geo": None}
            )
            cluster["mentions"].append({"span": [ent.start_char, ent.end_char], "kind": "name"})
        doc._.set(ENTITIES_EXTENSION, list(clusters.values()))
        return doc


@Language.factory(
    "dateline_entities",
    assigns=[f"doc._.{ENTITIES_EXTENSION}"],
    requires=["doc.ents"],
    default_config={},
)
def make_entity_clusterer(nlp: Language, name: str) -> EntityClusterer:
    ensure_doc_extension(ENTITIES_EXTENSION)
    return EntityClusterer()
