"""Entities: who and what the story is about, as clusters of mentions with a name and roles.

Three spaCy components, in this order after the model's `ner`:
- `dateline_ner_corrections` (corrections.py): fixes the statistical NER where news makes it
  wrong (gazetteer places, demonyms, well-known organisations, one label per name in a story);
- `dateline_entities` (component.py): clusters mentions into entities with names and roles
  (clustering.py, roles.py) and writes `doc._.dateline_entities`, a list of plain dicts shaped
  like the record's `Entity` without its id (an entity's id is `entity_id(index)`);
- `dateline_coreference` (coreference.py): adds pronoun and nominal mentions to those entities.
"""

from dateline.entities import coreference, corrections  # noqa: F401  (register their factories)
from dateline.doc import entity_id
from dateline.entities.component import ENTITIES_EXTENSION, EntityClusterer

__all__ = ["ENTITIES_EXTENSION", "EntityClusterer", "entity_id"]
