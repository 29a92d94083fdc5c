"""Articles: lists newest first with filters (words, entity, speaker, place, source, dates),
one article with its corpus entity ids, and a stored record exactly as the analysis produced it."""

from __future__ import annotations

import datetime as dt

from dateline.store.entities import _speaker_condition, resolve_entity
from dateline.store.errors import StoreError
from dateline.store.paging import keyset_condition, make_cursor
from dateline.store.querying import _date_range, _fts, reading
from dateline.store.quotes import WALK_FACTOR
from dateline.store.records import record_from_row
from dateline.store.syntax import plain_query

# Characters of an article's opening shown in lists (the lead, before any highlighting).
LEAD_CHARS = 280


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
        # An entity or a speaker: look up its articles when it has few, else walk the articles
        # newest first and test each (the rule of quotes.WALK_FACTOR, with M its rows and N the
        # articles). Walking to the 21 newest of an entity's 59 articles read 40 ms of the 50,000
        # of the 1M-quote corpus, a speaker's 150 ms; looking them up, under 1 ms.
        picks: list[tuple[str, list]] = []
        articles = None
        entity_id = resolve_entity(reader, entity)
        if entity_id is not None:
            rows = "FROM article_entities ae WHERE ae.entity_id = ?"
            articles = reader.value("SELECT max(rowid) FROM articles") or 0
            if _few(reader.value(f"SELECT count(*) {rows}", (entity_id,)), limit, articles):
                picks.append((f"SELECT ae.article_id {rows}", [entity_id]))
            else:
                where.append(f"EXISTS (SELECT 1 {rows} AND ae.article_id = a.id)")
                params.append(entity_id)
        if speaker:
            clauses, speaker_params = _speaker_condition(reader, speaker, None, "sq")
            rows = f"FROM quotes sq WHERE {' AND '.join(clauses)}"
            articles = articles if articles is not None else reader.value("SELECT max(rowid) FROM articles") or 0
            if _few(reader.value(f"SELECT count(*) {rows}", speaker_params), limit, articles):
                picks.append((f"SELECT sq.article_id {rows}", speaker_params))
            else:
                where.append(f"EXISTS (SELECT 1 {rows} AND sq.article_id = a.id)")
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
        source = "articles a"
        if picks:  # CROSS JOIN: from the picked articles to their rows, never the other way
            chosen = " INTERSECT ".join(sql for sql, _ in picks) if len(picks) > 1 else picks[0][0].replace("SELECT", "SELECT DISTINCT", 1)
            source = f"({chosen}) AS pick CROSS JOIN articles a ON a.id = pick.article_id"
        sql = f"""
            SELECT a.rowid AS rowid, a.id, a.date, a.title, a.source_path, a.dateline_place, a.agency,
                   a.n_quotes AS quotes, a.n_entities AS entities,
                   substr(a.text, coalesce(json_extract(a.record, '$.body[0]'), 0) + 1, {LEAD_CHARS}) AS lead
            FROM {source} {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY a.date DESC, a.rowid DESC LIMIT ?
        """
        params = [p for _, pick_params in picks for p in pick_params] + params
        rows = _fts(reader, sql, (*params, limit + 1), q) if q and q.strip() else reader.rows(sql, (*params, limit + 1))
        found = [dict(r) for r in rows]
        following = make_cursor(found[limit - 1]["date"], found[limit - 1]["rowid"]) if len(found) > limit else None
        found = found[:limit]
        for row in found:
            row.pop("rowid")
            row["lead"] = " ".join((row["lead"] or "").split())
        return {"articles": found, "next": following}


def _few(rows: int, limit: int, articles: int) -> bool:
    """Whether looking up `rows` rows costs less than walking `articles` articles for `limit`."""
    return rows * rows <= WALK_FACTOR * (limit + 1) * articles


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


def get_record(db, article_id: str):
    """The stored record of one article, exactly as the analysis produced it."""
    with reading(db) as reader:
        rows = reader.rows("SELECT text, record FROM articles WHERE id = ?", (article_id,))
        return record_from_row(rows[0]["text"], rows[0]["record"]) if rows else None
