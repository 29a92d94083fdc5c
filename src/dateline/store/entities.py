"""Entities: which corpus entities a name can mean, the quotes a speaker's name selects, and
everything the corpus knows about one entity (its profile)."""

from __future__ import annotations

from dateline.store.connection import Reader
from dateline.store.merging import name_key
from dateline.store.querying import PLACE_TYPES, reading

# -- entities by name --------------------------------------------------------------------------
def _name_norms(name: str) -> list[str]:
    norms = {name_key(name, "PERSON").norm, name_key(name, "ORG").norm}
    return sorted(n for n in norms if n)


def matching_entities(db, name: str, limit: int = 20) -> list[dict]:
    """Corpus entities a name can mean, most-mentioned first: exact names and aliases, and for a
    single word, people with that surname ("Jones" -> every Jones). A surname counts as the
    person's name: "Blair" is first the Blair the corpus mentions most (Tony Blair in 147
    articles, not a 13-article "Blair" bucket)."""
    with reading(db) as reader:
        norms = _name_norms(name)
        if not norms:
            return []
        marks = ",".join("?" * len(norms))
        surname = norms[0] if len(norms[0].split()) == 1 else None
        rows = reader.rows(
            f"""
            WITH ids(id, exact) AS (
                SELECT id, 1 FROM entities WHERE norm IN ({marks})
                UNION SELECT entity_id, 1 FROM entity_aliases WHERE norm IN ({marks})
                UNION SELECT id, 1 FROM entities WHERE surname = ? AND type = 'PERSON'
            )
            SELECT e.id, e.name, e.type, max(ids.exact) AS exact,
                   (SELECT count(DISTINCT article_id) FROM article_entities ae WHERE ae.entity_id = e.id) AS articles
            FROM ids JOIN entities e ON e.id = ids.id
            GROUP BY e.id
            HAVING articles > 0
            ORDER BY exact DESC, articles DESC, e.type = 'PERSON' DESC, e.id
            LIMIT ?
            """,
            (*norms, *norms, surname, limit),
        )
        return [dict(r) for r in rows]


def _speaker_streams(reader: Reader, speaker: str) -> list[tuple[str, object]]:
    """(column, value) pairs that select a speaker's quotes: each corpus entity the name can mean
    (exact name, alias, surname), and quotes whose speaker has that name but no entity."""
    norms = _name_norms(speaker)
    if not norms:
        return []
    marks = ",".join("?" * len(norms))
    surname = norms[0] if len(norms[0].split()) == 1 else None
    ids = [r[0] for r in reader.rows(
        f"""SELECT id FROM entities WHERE norm IN ({marks})
            UNION SELECT entity_id FROM entity_aliases WHERE norm IN ({marks})
            UNION SELECT id FROM entities WHERE surname = ?""",
        (*norms, *norms, surname),
    )]
    return [("speaker_entity", i) for i in sorted(ids)] + [("speaker_norm", n) for n in norms]


def resolve_entity(reader: Reader, entity: str | int | None) -> int | None:
    """A corpus entity id from an id ("42", 42) or a name (its best match); -1 when no entity
    has that name, so that a filter on it finds nothing."""
    if entity is None or entity == "":
        return None
    if isinstance(entity, int) or str(entity).lstrip("#").isdigit():
        number = int(str(entity).lstrip("#"))
        return number if number < 2**63 else -1  # SQLite's integers are 64-bit
    matches = matching_entities(reader, str(entity), limit=1)
    return matches[0]["id"] if matches else -1


def _speaker_condition(reader: Reader, speaker: str | None, speaker_id: int | None, table: str) -> tuple[list[str], list]:
    if speaker_id is not None:
        return [f"{table}.speaker_entity = ?"], [int(speaker_id)]
    if not speaker:
        return [], []
    streams = _speaker_streams(reader, speaker)
    if not streams:
        return ["0"], []
    ids = [v for c, v in streams if c == "speaker_entity"]
    norms = [v for c, v in streams if c == "speaker_norm"]
    parts = []
    if ids:
        parts.append(f"{table}.speaker_entity IN ({','.join('?' * len(ids))})")
    parts.append(f"({table}.speaker_norm IN ({','.join('?' * len(norms))}) AND {table}.speaker_entity IS NULL)")
    return ["(" + " OR ".join(parts) + ")"], [*ids, *norms]


# -- one entity ------------------------------------------------------------------------------------
# An entity's companions and places are counted over at most this many of its articles (the
# newest): the most-quoted speaker of the 1M-quote benchmark corpus is in 12,700 articles, and
# counting over all of them cost 110 ms of a 230 ms profile; over 2,000, ~20 ms. The ranking of
# companions over the newest 2,000 articles is what a reader of recent news asks for anyway.
COMPANION_SAMPLE = 2_000


def entity_profile(db, name: str | int, top: int = 10) -> dict | None:
    """Everything the corpus knows about one entity: the best match for `name` (or a corpus
    entity id), with its aliases, roles, counts by month, companions and places. None if unknown."""
    with reading(db) as reader, reader.limited():
        matches = matching_entities(reader, str(name)) if not isinstance(name, int) else []
        entity_id = name if isinstance(name, int) else (matches[0]["id"] if matches else None)
        if entity_id is None:
            return None
        rows = reader.rows("SELECT id, type, name FROM entities WHERE id = ?", (entity_id,))
        if not rows:
            return None
        profile = dict(rows[0])
        profile["aliases"] = [dict(r) for r in reader.rows(
            "SELECT alias, count(*) AS articles FROM entity_aliases WHERE entity_id = ? GROUP BY alias ORDER BY articles DESC, alias",
            (entity_id,),
        )]
        profile["roles"] = [dict(r) for r in reader.rows(
            "SELECT role, count(*) AS articles FROM entity_roles WHERE entity_id = ? GROUP BY role ORDER BY articles DESC, role",
            (entity_id,),
        )]
        # Counts by month, and the totals as their sums, each from one index ((entity, month) for
        # articles; (speaker, date) for quotes, grouped by the date the index is sorted by and
        # summed to months here, which spares SQLite a sort: 66,000 quotes for the most-quoted
        # speaker of the 1M-quote corpus). A month is its articles' date[:7] (writer.py), and an
        # article has one month, so the per-month article counts add up to the distinct total.
        months: dict[str | None, dict] = {}
        for r in reader.rows(
            "SELECT month, count(DISTINCT article_id) AS n FROM article_entities WHERE entity_id = ? GROUP BY month", (entity_id,)
        ):
            months.setdefault(r["month"], {"month": r["month"], "articles": 0, "quotes": 0})["articles"] = r["n"]
        for date, n in reader.cursor("SELECT date, count(*) FROM quotes WHERE speaker_entity = ? GROUP BY date", (entity_id,)):
            month = date[:7] if date else None
            months.setdefault(month, {"month": month, "articles": 0, "quotes": 0})["quotes"] += n
        profile["articles"] = sum(m["articles"] for m in months.values())
        profile["quotes"] = sum(m["quotes"] for m in months.values())
        profile["by_month"] = sorted(months.values(), key=lambda m: (m["month"] is None, m["month"] or ""))
        # The first and last dates: the articles of its first and last months only, not every
        # article (12,700 lookups, 30 ms, for that speaker).
        dated = [m["month"] for m in profile["by_month"] if m["month"] and m["articles"]]
        edge = ("SELECT {}(a.date) FROM article_entities ae JOIN articles a ON a.id = ae.article_id "
                "WHERE ae.entity_id = ? AND ae.month = ?")
        profile["first_date"] = reader.value(edge.format("min"), (entity_id, dated[0])) if dated else None
        profile["last_date"] = reader.value(edge.format("max"), (entity_id, dated[-1])) if dated else None
        # Companions and places are counted over the entity's newest COMPANION_SAMPLE articles,
        # and the profile says so ("companions_counted"): exact for all but the most-mentioned.
        mine = ("(SELECT DISTINCT article_id FROM article_entities WHERE entity_id = ? "
                "ORDER BY month DESC, article_id DESC LIMIT ?) AS mine")
        type_marks = ",".join("?" * len(PLACE_TYPES))
        profile["co_occurring"] = [dict(r) for r in reader.rows(
            f"""
            SELECT e.id, e.name, e.type, count(DISTINCT other.article_id) AS articles
            FROM {mine}
            CROSS JOIN article_entities other ON other.article_id = mine.article_id AND other.entity_id != ?
            CROSS JOIN entities e ON e.id = other.entity_id
            WHERE e.type NOT IN ({type_marks})
            GROUP BY e.id ORDER BY articles DESC, e.id LIMIT ?
            """,
            (entity_id, COMPANION_SAMPLE, entity_id, *PLACE_TYPES, top),
        )]
        profile["places"] = [dict(r) for r in reader.rows(
            f"""
            SELECT coalesce(e.name, p.name) AS name, p.country, p.entity_id, count(DISTINCT p.article_id) AS articles
            FROM {mine}
            CROSS JOIN places p ON p.article_id = mine.article_id
            LEFT JOIN entities e ON e.id = p.entity_id
            WHERE p.entity_id IS NULL OR p.entity_id != ?
            GROUP BY coalesce(CAST(p.entity_id AS TEXT), p.name) ORDER BY articles DESC, name LIMIT ?
            """,
            (entity_id, COMPANION_SAMPLE, entity_id, top),
        )]
        counted = min(profile["articles"], COMPANION_SAMPLE)
        profile["companions_counted"] = {"articles": counted, "capped": profile["articles"] > COMPANION_SAMPLE}
        profile["recent_quotes"] = [dict(r) for r in reader.rows(
            "SELECT article_id, local_id AS quote_id, date, text FROM quotes WHERE speaker_entity = ? ORDER BY date DESC, rowid DESC LIMIT 5",
            (entity_id,),
        )]
        from dateline.store.events import event_counts

        profile["events"] = event_counts(reader, entity_id)
        profile["other_matches"] = [m for m in matches if m["id"] != entity_id]
        return profile
