"""Events in the corpus: who did what to whom, filtered by actor, category and date."""

from __future__ import annotations

import datetime as dt

from dateline.lexicons.events import CATEGORIES
from dateline.store.entities import matching_entities
from dateline.store.errors import StoreError
from dateline.store.querying import _date_range, reading

ROLES = ("any", "source", "target")


def find_events(
    db,
    actor: str | None = None,
    role: str = "any",
    category: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    include_reported: bool = True,
    limit: int = 50,
) -> list[dict]:
    """Events newest first. `actor` is a name (every corpus entity it can mean, and mentions
    written so that are no entity) as `role` source, target or either; `category` a PLOVER
    category; `include_reported=False` leaves out acts that are only claimed inside a quote."""
    if role not in ROLES:
        raise StoreError(f"role {role!r} is not one of {', '.join(ROLES)}")
    if category is not None and category.upper() not in CATEGORIES:
        raise StoreError(f"category {category!r} is not a PLOVER category: {', '.join(CATEGORIES)}")
    with reading(db) as reader:
        clauses, params = _date_range("ev.date", since, until)
        if category:
            clauses.append("ev.category = ?")
            params.append(category.upper())
        if not include_reported:
            clauses.append("ev.quote_local_id IS NULL")
        if actor:
            ids = [m["id"] for m in matching_entities(reader, actor)]
            sides = ("source", "target") if role == "any" else (role,)
            alternatives = []
            for side in sides:
                if ids:
                    alternatives.append(f"ev.{side}_entity IN ({','.join('?' * len(ids))})")
                    params.extend(ids)
                alternatives.append(f"(ev.{side}_entity IS NULL AND ev.{side}_text = ? COLLATE NOCASE)")
                params.append(" ".join(actor.split()))
            clauses.append("(" + " OR ".join(alternatives) + ")")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = reader.rows(
            f"""
            SELECT ev.article_id, ev.n, ev.date, ev.category, ev.mode, ev.lemma, ev.negated,
                   coalesce(se.name, ev.source_text) AS source, ev.source_entity,
                   coalesce(te.name, ev.target_text) AS target, ev.target_entity,
                   pe.name AS place, ev.time_value, ev.quote_local_id AS quote_id,
                   substr(a.text, ev.start + 1, ev.end - ev.start) AS text
            FROM events ev
            JOIN articles a ON a.id = ev.article_id
            LEFT JOIN entities se ON se.id = ev.source_entity
            LEFT JOIN entities te ON te.id = ev.target_entity
            LEFT JOIN entities pe ON pe.id = ev.place_entity
            {where}
            ORDER BY ev.date IS NULL, ev.date DESC, ev.article_id, ev.n
            LIMIT ?
            """,
            (*params, limit),
        )
        return [dict(r) for r in rows]


def event_counts(reader, entity_id: int) -> dict:
    """How often an entity acts and is acted on, by category."""
    out = {"as_source": 0, "as_target": 0, "by_category": []}
    by: dict[str, dict] = {}
    for side in ("source", "target"):
        for row in reader.rows(
            f"SELECT category, count(*) AS n FROM events WHERE {side}_entity = ? GROUP BY category", (entity_id,)
        ):
            out[f"as_{side}"] += row["n"]
            by.setdefault(row["category"], {"category": row["category"], "as_source": 0, "as_target": 0})[f"as_{side}"] = row["n"]
    out["by_category"] = sorted(by.values(), key=lambda c: -(c["as_source"] + c["as_target"]))
    return out
