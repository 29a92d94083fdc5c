"""Read-only questions a browser asks: article lists with filters, quote facets with counts, one
article with its corpus entity ids, counts over time, failures page by page.

Lists are paged by keyset cursors (store/paging.py) and capped by the caller's `limit`; facets
count over at most FACET_SAMPLE matching quotes (the newest), so a facet over a million quotes
costs what one over ten thousand does. Like queries.py, every function takes a `Reader` or a
path and returns plain JSON-ready data.
"""

from __future__ import annotations

import datetime as dt

from dateline.store.connection import Reader
from dateline.store.errors import StoreError
from dateline.store.paging import QuoteFilters, keyset_condition, make_cursor, read_cursor
from dateline.store.queries import (
    PLACE_TYPES,
    _date_range,
    _fts,
    _speaker_streams,
    matching_entities,
    reading,
)
from dateline.store.records import record_from_row
from dateline.store.syntax import plain_query

# Facets count over this many matching quotes: the counts a reader scans to pick a filter,
# bounded so that facets over a large corpus stay affordable. On the 1,000,000-quote benchmark
# corpus a topic word matches ~15,000 quotes; facets over 10,000 of them cost about 270 ms of CPU.
FACET_SAMPLE = 3_000

# How many values each facet shows.
FACET_TOP = 12

# Characters of an article's opening shown in lists (the lead, before any highlighting).
LEAD_CHARS = 280

TIME_UNITS = {"month": 7, "day": 10, "year": 4}


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


# -- articles ----------------------------------------------------------------------------------------
def article_list(
    db,
    q: str | None = None,
    entity: str | int | None = None,
    speaker: str | None = None,
    country: str | None = None,
    place: str | None = None,
    source: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    after: str | None = None,
    limit: int = 20,
    fts: bool = False,
) -> dict:
    """Articles newest first, narrowed by words (as typed; FTS5 with `fts`), an entity they
    mention (id or name), a speaker quoted in them, a country or place they name, their agency or
    source path prefix, and a date range; one page and the next page's cursor."""
    where, params = _date_range("a.date", since, until)
    with reading(db) as reader, reader.limited():
        if q is not None and q.strip():
            match = q if fts else plain_query(q)
            if not match:
                raise StoreError(f"nothing to search for in {q!r}: type some words")
            where.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            params.append(match)
        entity_id = resolve_entity(reader, entity)
        if entity_id is not None:
            where.append("EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id AND ae.entity_id = ?)")
            params.append(entity_id)
        if speaker:
            clauses, speaker_params = _speaker_condition(reader, speaker, None, "sq")
            where.append(f"EXISTS (SELECT 1 FROM quotes sq WHERE sq.article_id = a.id AND {' AND '.join(clauses)})")
            params.extend(speaker_params)
        if country:
            where.append("EXISTS (SELECT 1 FROM places p WHERE p.article_id = a.id AND p.country = ?)")
            params.append(country.upper())
        if place:
            where.append("EXISTS (SELECT 1 FROM places p LEFT JOIN entities pe ON pe.id = p.entity_id WHERE p.article_id = a.id "
                         "AND (p.name = ? COLLATE NOCASE OR pe.name = ? COLLATE NOCASE))")
            params.extend([place, place])
        if source:
            escaped = source.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where.append("(a.agency = ? COLLATE NOCASE OR a.source_path LIKE ? ESCAPE '\\')")
            params.extend([source, escaped + "%"])
        if after is not None:
            clause, cursor_params = keyset_condition("a.date", "a.rowid", after)
            where.append(clause)
            params.extend(cursor_params)
        sql = f"""
            SELECT a.rowid AS rowid, a.id, a.date, a.title, a.source_path, a.dateline_place, a.agency,
                   a.n_quotes AS quotes, a.n_entities AS entities,
                   substr(a.text, coalesce(json_extract(a.record, '$.body[0]'), 0) + 1, {LEAD_CHARS}) AS lead
            FROM articles a {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY a.date DESC, a.rowid DESC LIMIT ?
        """
        rows = _fts(reader, sql, (*params, limit + 1), q) if q and q.strip() else reader.rows(sql, (*params, limit + 1))
        found = [dict(r) for r in rows]
        following = make_cursor(found[limit - 1]["date"], found[limit - 1]["rowid"]) if len(found) > limit else None
        found = found[:limit]
        for row in found:
            row.pop("rowid")
            row["lead"] = " ".join((row["lead"] or "").split())
        return {"articles": found, "next": following}


# -- quote facets --------------------------------------------------------------------------------------
def quote_facets(
    db,
    speaker: str | None = None,
    about: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    fts: bool = False,
    speaker_id: int | None = None,
    filters: QuoteFilters | None = None,
    top: int = FACET_TOP,
    sample: int = FACET_SAMPLE,
) -> dict:
    """Counts of the matching quotes by speaker, kind, month, country (of the article's places) and
    entity (mentioned in the article), over `sample` of them: the newest, or with words, the
    last stored (the corpus's latest ingests)."""
    where, params = _date_range("quotes.date", since, until)
    extra, extra_params = (filters or QuoteFilters()).conditions()
    where, params = where + extra, params + extra_params
    with reading(db) as reader, reader.limited():
        clauses, speaker_params = _speaker_condition(reader, speaker, speaker_id, "quotes")
        where, params = where + clauses, params + speaker_params
        condition = "WHERE " + " AND ".join(where) if where else ""
        if about is not None:
            match = about if fts else plain_query(about)
            if not match:
                raise StoreError(f"nothing to search for in {about!r}: type some words")
            # The last stored matches, in the full-text index's own order: sorting every match
            # by date first cost 50-150 ms for a topic word on the 1M-quote corpus, this 16 ms.
            source = ("(SELECT rowid AS hit FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC) AS f "
                      f"CROSS JOIN quotes ON quotes.rowid = f.hit {condition}")
            params = [match, *params]
        else:
            source = f"quotes {condition} ORDER BY quotes.date DESC, quotes.rowid DESC"
        type_marks = ",".join("?" * len(PLACE_TYPES))
        # CROSS JOIN fixes the join order: from the sampled quotes to their articles' rows. Left
        # to itself the planner walked every entity's article_entities rows (the whole table)
        # and probed the sample: 150 ms on the 1M-quote corpus, this way ~30 ms.
        sql = f"""
            WITH m AS MATERIALIZED (
                SELECT quotes.rowid AS rowid, article_id, speaker_entity, speaker_name, kind, month FROM {source} LIMIT ?)
            SELECT 'kind', kind, NULL, count(*) FROM m GROUP BY kind
            UNION ALL SELECT 'month', month, NULL, count(*) FROM m GROUP BY month
            UNION ALL SELECT 'speaker', coalesce(e.name, m.speaker_name), m.speaker_entity, count(*)
                FROM m LEFT JOIN entities e ON e.id = m.speaker_entity
                WHERE m.speaker_entity IS NOT NULL OR m.speaker_name IS NOT NULL
                GROUP BY m.speaker_entity, coalesce(e.name, m.speaker_name)
            UNION ALL SELECT 'country', p.country, NULL, count(DISTINCT m.rowid)
                FROM m CROSS JOIN places p ON p.article_id = m.article_id WHERE p.country IS NOT NULL GROUP BY p.country
            UNION ALL SELECT 'entity', e.name, e.id, count(DISTINCT m.rowid)
                FROM m CROSS JOIN article_entities ae ON ae.article_id = m.article_id CROSS JOIN entities e ON e.id = ae.entity_id
                WHERE e.type NOT IN ({type_marks}) GROUP BY e.id
            UNION ALL SELECT 'total', NULL, NULL, count(*) FROM m
        """
        rows = _fts(reader, sql, (*params, sample, *PLACE_TYPES), about) if about is not None else reader.rows(sql, (*params, sample, *PLACE_TYPES))
    facets: dict[str, list[dict]] = {"speaker": [], "entity": [], "country": [], "month": [], "kind": []}
    counted = 0
    for facet, value, ident, count in (tuple(r) for r in rows):
        if facet == "total":
            counted = count
        elif value is not None:
            facets[facet].append({"value": value, "id": ident, "count": count})
    for facet, values in facets.items():
        if facet == "month":
            values.sort(key=lambda v: v["value"], reverse=True)
        else:
            values.sort(key=lambda v: (-v["count"], str(v["value"])))
        del values[top:]
    return {"counted": counted, "capped": counted >= sample, "facets": facets}


# -- one article ---------------------------------------------------------------------------------------
def article_view(db, article_id: str) -> dict | None:
    """An article's record with the corpus entity id of each of its entities (e1 -> 42), for links."""
    with reading(db) as reader, reader.limited():
        rows = reader.rows("SELECT text, record FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        record = record_from_row(rows[0]["text"], rows[0]["record"])
        ids = {r["local_id"]: r["entity_id"] for r in reader.rows(
            "SELECT local_id, entity_id FROM article_entities WHERE article_id = ?", (article_id,))}
        inputs = [r["input"] for r in reader.rows("SELECT input FROM sources WHERE article_id = ? ORDER BY input", (article_id,))]
        return {"record": record, "entity_ids": ids, "inputs": inputs}


# -- time ------------------------------------------------------------------------------------------------
def counts_over_time(db, entity: str | int | None = None, unit: str = "month",
                     since: str | dt.date | None = None, until: str | dt.date | None = None) -> dict:
    """Articles and quotes per day, month or year; with an entity, the articles that mention it
    and the quotes it said."""
    if unit not in TIME_UNITS:
        raise StoreError(f"unit {unit!r} is not one of {', '.join(TIME_UNITS)}")
    width = TIME_UNITS[unit]
    with reading(db) as reader, reader.limited():
        entity_id = resolve_entity(reader, entity)
        head = None
        if entity_id is not None:
            found = reader.rows("SELECT id, name, type FROM entities WHERE id = ?", (entity_id,))
            if not found:
                return {"entity": None, "unit": unit, "periods": []}
            head = dict(found[0])
        a_where, a_params = _date_range("a.date", since, until)
        q_where, q_params = _date_range("q.date", since, until)
        a_where.append("a.date IS NOT NULL")
        q_where.append("q.date IS NOT NULL")
        if entity_id is None:
            articles = reader.rows(f"SELECT substr(a.date, 1, {width}) AS period, count(*) AS n FROM articles a "
                                   f"WHERE {' AND '.join(a_where)} GROUP BY period", a_params)
            quotes = reader.rows(f"SELECT substr(q.date, 1, {width}) AS period, count(*) AS n FROM quotes q "
                                 f"WHERE {' AND '.join(q_where)} GROUP BY period", q_params)
        else:
            articles = reader.rows(
                f"SELECT substr(a.date, 1, {width}) AS period, count(*) AS n FROM articles a "
                f"WHERE a.id IN (SELECT article_id FROM article_entities WHERE entity_id = ?) AND {' AND '.join(a_where)} "
                "GROUP BY period", (entity_id, *a_params))
            quotes = reader.rows(f"SELECT substr(q.date, 1, {width}) AS period, count(*) AS n FROM quotes q "
                                 f"WHERE q.speaker_entity = ? AND {' AND '.join(q_where)} GROUP BY period", (entity_id, *q_params))
    periods: dict[str, dict] = {}
    for kind, rows in (("articles", articles), ("quotes", quotes)):
        for r in rows:
            periods.setdefault(r["period"], {"period": r["period"], "articles": 0, "quotes": 0})[kind] = r["n"]
    return {"entity": head, "unit": unit, "periods": sorted(periods.values(), key=lambda p: p["period"])}


# -- failures ----------------------------------------------------------------------------------------------
def error_page(db, code: str | None = None, after: str | None = None, limit: int = 50) -> dict:
    """Inputs that failed, by input name, one page and the next page's cursor."""
    where, params = [], []
    if code:
        where.append("code = ?")
        params.append(code.upper())
    if after is not None:
        last, _ = read_cursor(after)
        where.append("input > ?")
        params.append(last or "")
    with reading(db) as reader:
        rows = [dict(r) for r in reader.rows(
            f"SELECT input, code, message, article_id FROM errors {'WHERE ' + ' AND '.join(where) if where else ''} "
            "ORDER BY input LIMIT ?", (*params, limit + 1))]
    following = make_cursor(rows[limit - 1]["input"], 0) if len(rows) > limit else None
    return {"errors": rows[:limit], "next": following}
