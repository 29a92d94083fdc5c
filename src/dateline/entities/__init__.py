"""Entities: who and what the story is about, as clusters of mentions with a name and roles.

The component writes `doc._.dateline_entities`, a list of plain dicts shaped like the record's
`Entity` without its id (an entity's id is `entity_id(index)` in that list), so the data is
serialised with the Doc and any other component can refer to an entity by id.
"""

from dateline.entities.component import ENTITIES_EXTENSION, EntityClusterer, entity_id

__all__ = ["ENTITIES_EXTENSION", "EntityClusterer", "entity_id"]
