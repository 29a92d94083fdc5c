"""Who said what: quotes by speaker, words, dates, cue class and facet filters, newest first,
one keyset page at a time."""

from __future__ import annotations

import datetime as dt
import heapq
import itertools

from dateline.lexicons.quotes import CUE_CLASSES
from dateline.store.connection import Reader
from dateline.store.entities import _speaker_streams
from dateline.store.errors import StoreError
from dateline.store.paging import QuoteFilters, keyset_condition, make_cursor
from dateline.store.querying import DEFAULT_MARK, _date_range, _fts, reading
from dateline.store.syntax import plain_query

# Which way to find the newest quotes on a topic: look up each quote the topic matches (cost: the
# number of matches, M), or walk the quotes newest first through an index and keep the matching
# ones until the limit (cost: about limit * N / M for N quotes, as the matches are spread over
# time). Walk when M * M > WALK_FACTOR * limit * N. On the benchmark corpus (N = 1,000,000, limit
# 50) a topic word matches ~15,000 quotes: a lookup of all of them took 55 ms, a walk 5 ms.
WALK_FACTOR = 1.0


# -- quotes --------------------------------------------------------------------------------------
def find_quotes(
    db,
    speaker: str | None = None,
    about: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    limit: int = 50,
    mark: tuple[str, str] = DEFAULT_MARK,
    fts: bool = False,
    cue_class: str | None = None,
) -> list[dict]:
    """Who said what: quotes by speaker (name, alias or surname), by words in the quote (plain
    words and "phrases"; FTS5 syntax with `fts=True`), by article date (inclusive) and by cue class
    (`speech`, `belief`, `finding`, `intention`: what people said, believe, what studies found,
    what people intend), newest first."""
    return quote_page(db, speaker=speaker, about=about, since=since, until=until, limit=limit, mark=mark, fts=fts,
                      cue_class=cue_class)["quotes"]


def quote_page(
    db,
    speaker: str | None = None,
    about: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    limit: int = 50,
    mark: tuple[str, str] = DEFAULT_MARK,
    fts: bool = False,
    speaker_id: int | None = None,
    filters: QuoteFilters | None = None,
    after: str | None = None,
    cue_class: str | None = None,
) -> dict:
    """One page of `find_quotes`, newest first, and the cursor of the next page (None at the end).

    `speaker_id` picks one corpus entity's quotes; `filters` narrow by kind, month, a country
    the article names and an entity it mentions; `after` is a cursor from a previous page (keyset:
    the page starts after that quote in date order, however the corpus grows meanwhile).

    Two steps: the rowids of the newest matching quotes (indexes only), then their details."""
    dates, date_params = _date_range("date", since, until)
    extra, extra_params = (filters or QuoteFilters()).conditions()
    dates, date_params = dates + extra, date_params + extra_params
    if cue_class is not None:
        if cue_class not in CUE_CLASSES:
            raise StoreError(f"cue class {cue_class!r} is not one of {', '.join(CUE_CLASSES)}")
        dates, date_params = dates + ["cue_class = ?"], date_params + [cue_class]
    if after is not None:
        clause, params = keyset_condition("date", "rowid", after)
        dates, date_params = dates + [clause], date_params + params
    if about is not None and not fts:
        about = plain_query(about)
    with reading(db) as reader, reader.limited():
        if speaker_id is not None:
            streams = [("speaker_entity", int(speaker_id))]
        else:
            streams = _speaker_streams(reader, speaker) if speaker else [None]
        if not streams:
            return {"quotes": [], "next": None}
        if about is None:
            picked = _newest_by_stream(reader, streams, None, dates, date_params, limit + 1)
        else:
            found = _fts(reader, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?", (about,), about)[0][0]
            quotes = reader.value("SELECT max(rowid) FROM quotes") or 0
            if not found:
                return {"quotes": [], "next": None}
            if found * found <= WALK_FACTOR * limit * quotes:
                picked = _newest_of_matches(reader, about, streams, dates, date_params, limit + 1)
            else:
                matches = {r[0] for r in reader.cursor("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?", (about,))}
                picked = _newest_by_stream(reader, streams, matches, dates, date_params, limit + 1)
        more = len(picked) > limit
        results = _quote_details(reader, picked[:limit])
        if about and results:
            _highlight_quotes(reader, results, about, mark)
        following = make_cursor(results[-1]["date"], results[-1]["rowid"]) if results and more else None
        for r in results:
            r.pop("rowid", None)
        return {"quotes": results, "next": following}


def _newest_of_matches(reader: Reader, about: str, streams: list, dates: list[str], date_params: list, limit: int) -> list[int]:
    where, params = ["rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", *dates], [about, *date_params]
    if streams != [None]:
        where.append("(" + " OR ".join(
            f"{column} = ?" + (" AND speaker_entity IS NULL" if column == "speaker_norm" else "") for column, _ in streams
        ) + ")")
        params.extend(value for _, value in streams)
    sql = f"SELECT rowid FROM quotes WHERE {' AND '.join(where)} ORDER BY date DESC, rowid DESC LIMIT ?"
    return [r[0] for r in reader.cursor(sql, (*params, limit))]


def _newest_by_stream(reader: Reader, streams: list, matches: set[int] | None, dates: list[str], date_params: list, limit: int) -> list[int]:
    """The newest `limit` quotes over several index walks, merged (each walk is newest first)."""
    walks = []
    for stream in streams:
        where, params = list(dates), list(date_params)
        if stream is not None:
            where.insert(0, f"{stream[0]} = ?" + (" AND speaker_entity IS NULL" if stream[0] == "speaker_norm" else ""))
            params.insert(0, stream[1])
        sql = f"SELECT date, rowid FROM quotes {'WHERE ' + ' AND '.join(where) if where else ''} ORDER BY date DESC, rowid DESC"
        if matches is None:
            sql += f" LIMIT {int(limit)}"
        walk = reader.cursor(sql, params)
        walks.append(walk if matches is None else (row for row in walk if row[1] in matches))
    merged = heapq.merge(*walks, key=lambda row: (row[0] or "", row[1]), reverse=True)
    unique = (rowid for rowid, _ in itertools.groupby(row[1] for row in merged))  # one quote, one row
    return list(itertools.islice(unique, limit))


def _quote_details(reader: Reader, rowids: list[int]) -> list[dict]:
    if not rowids:
        return []
    rows = reader.rows(
        f"""
        SELECT q.rowid AS rowid, q.article_id, q.local_id AS quote_id, q.kind, q.text, q.date,
               q.start, q.end, q.speaker_entity, coalesce(e.name, q.speaker_name) AS speaker,
               q.cue, q.cue_class, a.title, a.source_path
        FROM quotes q
        LEFT JOIN entities e ON e.id = q.speaker_entity
        JOIN articles a ON a.id = q.article_id
        WHERE q.rowid IN ({','.join('?' * len(rowids))})
        """,
        rowids,
    )
    by_rowid = {r["rowid"]: dict(r) for r in rows}
    return [by_rowid[rowid] for rowid in rowids]


def _highlight_quotes(reader: Reader, results: list[dict], about: str, mark: tuple[str, str]) -> None:
    rowids = [r["rowid"] for r in results]
    marks = ",".join("?" * len(rowids))
    rows = reader.rows(
        f"SELECT rowid, highlight(quotes_fts, 0, ?, ?) AS marked FROM quotes_fts WHERE quotes_fts MATCH ? AND rowid IN ({marks})",
        (mark[0], mark[1], about, *rowids),
    )
    marked = {r["rowid"]: r["marked"] for r in rows}
    for r in results:
        r["highlighted"] = marked.get(r["rowid"], r["text"])
