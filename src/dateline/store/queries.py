"""The questions people ask a corpus, as read-only query functions.

Each function takes a `Reader` (or a path, opened read-only for the call) and returns plain
JSON-ready data (lists and dicts), which the CLI prints as a table or as JSON. All SQL is
parameterised; user text reaches SQLite only as a bound value (FTS5 queries included).
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dateline.lexicons.ner import PLACE_TYPES as NER_PLACE_TYPES
from dateline.lexicons.quotes import CUE_CLASSES
from dateline.record import iso_date
from dateline.store.connection import Reader
from dateline.store.errors import StoreError
from dateline.store.merging import name_key
from dateline.store.paging import QuoteFilters, keyset_condition, make_cursor
from dateline.store.syntax import plain_query

# Snippet markers the functions put around matched words unless told otherwise.
DEFAULT_MARK = ("[", "]")

# Words of context either side of a match in a search snippet (FTS5 counts tokens).
SNIPPET_TOKENS = 16

# Title matches weigh more than body matches in article search (bm25 column weights).
TITLE_WEIGHT = 5.0

# Entity types whose entities are places, in a fixed order for SQL parameters.
PLACE_TYPES = tuple(sorted(NER_PLACE_TYPES))


class SearchSyntaxError(StoreError):
    """A full-text query SQLite's FTS5 cannot parse, explained for a person."""


FTS_HELP = (
    'FTS5 syntax: words are matched as given (all of them); "double quotes" for a phrase, OR / NOT / AND in '
    "capitals, word* for a prefix, NEAR(a b, 5) for nearness"
)

@contextmanager
def reading(db: str | os.PathLike | Reader) -> Iterator[Reader]:
    """The reader given, or one opened read-only on the path for the duration of a call."""
    if isinstance(db, Reader):
        yield db
        return
    reader = Reader(Path(db))
    try:
        yield reader
    finally:
        reader.close()


def _date(value: str | dt.date | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        return iso_date(value).isoformat()
    except ValueError:
        raise StoreError(f"{name} {value!r} is not a date in YYYY-MM-DD form") from None


def _date_range(column: str, since: str | dt.date | None, until: str | dt.date | None) -> tuple[list[str], list[str]]:
    """SQL conditions (inclusive) and their parameters for `column` between `since` and `until`."""
    clauses, params = [], []
    for bound, operator, name in ((since, ">=", "since"), (until, "<=", "until")):
        value = _date(bound, name)
        if value:
            clauses.append(f"{column} {operator} ?")
            params.append(value)
    return clauses, params


def _fts(reader: Reader, sql: str, params: tuple, query: str) -> list[sqlite3.Row]:
    """Run an FTS5 query, turning its parse errors into SearchSyntaxError."""
    if not query or not query.strip():
        raise SearchSyntaxError(f"empty search: {FTS_HELP}")
    try:
        return reader.rows(sql, params)
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if "fts5" in text or "no such column" in text or "unterminated string" in text or "unknown special query" in text:
            detail = text.replace("fts5: ", "")
            raise SearchSyntaxError(f"cannot read the search {query!r} ({detail}): {FTS_HELP}") from None
        raise


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


# -- search --------------------------------------------------------------------------------------
# Search ranks (bm25) at most this many matches per table, the last stored (the newest ingests):
# bm25 costs about 1.6 us per match, and a topic word of the 1M-quote benchmark corpus matches
# 15,000 quotes and 13,000 articles, so ranking them all cost 47 ms of CPU per search; ranking
# 2,000 of each, 5 ms. A search that matches more says so (`ranking`): its results are the best
# of the newest SEARCH_WINDOW matches, which is what a reader of news mostly wants; narrowing
# the words, or `quote_page`/`article_list` (every match, newest first), reach the rest. At
# least MAX_SEARCH_OFFSET (serve/api.py) + a page, so every page offered comes from one window.
SEARCH_WINDOW = 2_000


def search(db, query: str, limit: int = 20, mark: tuple[str, str] = DEFAULT_MARK, fts: bool = False, offset: int = 0) -> dict:
    """Articles and quotes matching the words of `query` (plain words and "phrases"; FTS5 syntax
    with `fts=True`), best first (bm25; ties newest first), with highlighted snippets; `offset`
    skips the best ones. Ranked among the newest SEARCH_WINDOW matches of each kind: `ranking`
    says, for articles and quotes, how many were ranked and whether that was all of them."""
    match = query if fts else plain_query(query)
    if not match or not match.strip():
        raise SearchSyntaxError(f"nothing to search for in {query!r}: type some words" if query and query.strip() else f"empty search: {FTS_HELP}")
    with reading(db) as reader, reader.limited():
        articles, article_ranking = _search_articles(reader, match, limit, mark, offset)
        quotes, quote_ranking = _search_quotes(reader, match, limit, mark, offset)
        return {"query": query, "articles": articles, "quotes": quotes,
                "ranking": {"articles": article_ranking, "quotes": quote_ranking}}


def _best_matches(reader: Reader, table: str, query: str, limit: int, offset: int, weights: str | None = None) -> tuple[list[tuple], dict]:
    """(rowid, score) of one page of the best matches among the newest SEARCH_WINDOW, and how
    many were ranked. FTS5 computes `rank` only for the rows the inner query returns."""
    weighting = "AND rank MATCH ?" if weights else ""
    rows = _fts(
        reader,
        f"""
        SELECT rowid, score, count(*) OVER () AS ranked
        FROM (SELECT rowid, rank AS score FROM {table} WHERE {table} MATCH ? {weighting} ORDER BY rowid DESC LIMIT ?)
        ORDER BY score, rowid DESC LIMIT ? OFFSET ?
        """,
        (query, *([weights] if weights else []), SEARCH_WINDOW, limit, offset),
        query,
    )
    if rows:
        ranked = rows[0]["ranked"]
    else:  # past the last page: count the window alone
        ranked = reader.value(f"SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC LIMIT ?)",
                              (query, SEARCH_WINDOW))
    return [(r["rowid"], r["score"]) for r in rows], {"ranked": ranked, "complete": ranked < SEARCH_WINDOW}


def _snippets(reader: Reader, table: str, column: int, tokens: int, query: str, rowids: list[int], mark: tuple[str, str]) -> dict[int, str]:
    """Highlighted snippets of a page of matches, made for those rows only."""
    marks = ",".join("?" * len(rowids))
    return {r[0]: r[1] for r in reader.rows(
        f"SELECT rowid, snippet({table}, {column}, ?, ?, '…', {tokens}) FROM {table} WHERE {table} MATCH ? AND rowid IN ({marks})",
        (mark[0], mark[1], query, *rowids),
    )}


def _search_articles(reader: Reader, query: str, limit: int, mark: tuple[str, str], offset: int = 0) -> tuple[list[dict], dict]:
    # Title matches weigh TITLE_WEIGHT times body matches.
    best, ranking = _best_matches(reader, "articles_fts", query, limit, offset, weights=f"bm25({TITLE_WEIGHT}, 1.0)")
    if not best:
        return [], ranking
    rowids = [rowid for rowid, _ in best]
    snippets = _snippets(reader, "articles_fts", -1, SNIPPET_TOKENS, query, rowids, mark)
    details = {r["rowid"]: r for r in reader.rows(
        f"SELECT rowid, id, date, title, source_path FROM articles WHERE rowid IN ({','.join('?' * len(rowids))})", rowids)}
    return [{"id": details[rowid]["id"], "date": details[rowid]["date"], "title": details[rowid]["title"],
             "source_path": details[rowid]["source_path"], "snippet": snippets.get(rowid), "score": score}
            for rowid, score in best], ranking


def _search_quotes(reader: Reader, query: str, limit: int, mark: tuple[str, str], offset: int = 0) -> tuple[list[dict], dict]:
    best, ranking = _best_matches(reader, "quotes_fts", query, limit, offset)
    if not best:
        return [], ranking
    rowids = [rowid for rowid, _ in best]
    snippets = _snippets(reader, "quotes_fts", 0, SNIPPET_TOKENS * 2, query, rowids, mark)
    details = {r["rowid"]: dict(r) for r in reader.rows(
        f"""
        SELECT q.rowid AS rowid, q.article_id, q.local_id AS quote_id, q.date, coalesce(e.name, q.speaker_name) AS speaker,
               q.speaker_entity, q.kind, q.text, a.title
        FROM quotes q
        LEFT JOIN entities e ON e.id = q.speaker_entity
        JOIN articles a ON a.id = q.article_id
        WHERE q.rowid IN ({','.join('?' * len(rowids))})
        """,
        rowids,
    )}
    found = []
    for rowid, score in best:
        row = details[rowid]
        del row["rowid"]
        found.append({**{k: row[k] for k in ("article_id", "quote_id", "date", "speaker", "speaker_entity", "kind", "text")},
                      "snippet": snippets.get(rowid), "score": score, "title": row["title"]})
    return found, ranking


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


# -- places and time -------------------------------------------------------------------------------
def find_places(db, country: str | None = None, name: str | None = None, limit: int = 50) -> list[dict]:
    """Places in the corpus with how many articles name them (datelines counted apart)."""
    with reading(db) as reader:
        where, params = [], []
        if country:
            where.append("p.country = ?")
            params.append(country.upper())
        if name:
            where.append("p.name = ? COLLATE NOCASE")
            params.append(name)
        rows = reader.rows(
            f"""
            SELECT coalesce(e.name, p.name) AS name, p.entity_id, max(p.country) AS country, max(p.admin1) AS admin1,
                   max(p.feature) AS feature, max(p.lat) AS lat, max(p.lon) AS lon, max(p.geonames_id) AS geonames_id,
                   count(DISTINCT p.article_id) AS articles, sum(p.n_mentions) AS mentions,
                   sum(p.is_dateline) AS datelines, min(p.date) AS first_date, max(p.date) AS last_date
            FROM places p LEFT JOIN entities e ON e.id = p.entity_id
            {"WHERE " + " AND ".join(where) if where else ""}
            GROUP BY coalesce(CAST(p.entity_id AS TEXT), 'name:' || p.name)
            ORDER BY articles DESC, name
            LIMIT ?
            """,
            (*params, limit),
        )
        return [dict(r) for r in rows]


def timeline(db, entity: str | int | None = None, since: str | dt.date | None = None, until: str | dt.date | None = None, limit: int = 200) -> dict:
    """With an entity: its articles in date order, with its mentions and quotes in each.
    Without: articles and quotes per month."""
    where, params = _date_range("a.date", since, until)
    with reading(db) as reader:
        if entity is None:
            rows = reader.rows(
                f"""
                SELECT a.month, count(*) AS articles, sum(a.n_quotes) AS quotes FROM articles a
                {"WHERE " + " AND ".join(where) if where else ""}
                GROUP BY a.month ORDER BY a.month IS NULL, a.month
                """,
                params,
            )
            return {"entity": None, "months": [dict(r) for r in rows]}
        matches = matching_entities(reader, str(entity)) if not isinstance(entity, int) else [{"id": entity}]
        if not matches:
            return {"entity": None, "events": []}
        entity_id = matches[0]["id"]
        head = dict(reader.rows("SELECT id, name, type FROM entities WHERE id = ?", (entity_id,))[0])
        rows = reader.rows(
            f"""
            SELECT a.date, a.id AS article_id, a.title, a.source_path, ae.n_mentions AS mentions,
                   (SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.speaker_entity = ae.entity_id) AS quotes,
                   (SELECT q.text FROM quotes q WHERE q.article_id = a.id AND q.speaker_entity = ae.entity_id
                    ORDER BY q.start LIMIT 1) AS first_quote
            FROM article_entities ae JOIN articles a ON a.id = ae.article_id
            WHERE ae.entity_id = ? {"AND " + " AND ".join(where) if where else ""}
            ORDER BY a.date IS NULL, a.date, a.id
            LIMIT ?
            """,
            (entity_id, *params, limit),
        )
        return {"entity": head, "events": [dict(r) for r in rows]}


# -- the corpus as a whole ---------------------------------------------------------------------------
def corpus_stats(db, top: int = 10) -> dict:
    """Corpus size, date range, top speakers and places, failures."""
    with reading(db) as reader:
        one = reader.rows(
            """
            SELECT (SELECT count(*) FROM articles) AS articles,
                   (SELECT count(*) FROM sources) AS inputs,
                   (SELECT count(*) FROM errors) AS errors,
                   (SELECT count(*) FROM articles WHERE date IS NULL) AS undated,
                   (SELECT min(date) FROM articles) AS first_date,
                   (SELECT max(date) FROM articles) AS last_date,
                   (SELECT count(DISTINCT entity_id) FROM article_entities) AS entities,
                   (SELECT count(*) FROM quotes) AS quotes,
                   (SELECT count(*) FROM places) AS places,
                   (SELECT count(*) FROM times) AS times,
                   (SELECT count(*) FROM quantities) AS quantities,
                   (SELECT sum(tokens) FROM articles) AS tokens
            """
        )[0]
        stats = dict(one)
        stats["tokens"] = stats["tokens"] or 0
        stats["duplicates"] = stats["inputs"] - stats["articles"]
        stats["top_speakers"] = [dict(r) for r in reader.rows(
            """
            SELECT e.id, e.name, count(*) AS quotes FROM quotes q JOIN entities e ON e.id = q.speaker_entity
            GROUP BY e.id ORDER BY quotes DESC, e.id LIMIT ?
            """,
            (top,),
        )]
        stats["top_places"] = [dict(r) for r in reader.rows(
            """
            SELECT coalesce(e.name, p.name) AS name, max(p.country) AS country, count(DISTINCT p.article_id) AS articles
            FROM places p LEFT JOIN entities e ON e.id = p.entity_id
            GROUP BY coalesce(CAST(p.entity_id AS TEXT), 'name:' || p.name) ORDER BY articles DESC, name LIMIT ?
            """,
            (top,),
        )]
        stats["top_entities"] = [dict(r) for r in reader.rows(
            """
            SELECT e.id, e.name, e.type, count(DISTINCT ae.article_id) AS articles
            FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
            GROUP BY e.id ORDER BY articles DESC, e.id LIMIT ?
            """,
            (top,),
        )]
        stats["errors_by_code"] = [dict(r) for r in reader.rows(
            "SELECT code, count(*) AS inputs FROM errors GROUP BY code ORDER BY inputs DESC, code"
        )]
        return stats


def list_errors(db, code: str | None = None, limit: int | None = None) -> list[dict]:
    """Inputs that did not become articles, with the reason."""
    with reading(db) as reader:
        sql = "SELECT input, code, message, article_id FROM errors"
        params: list = []
        if code:
            sql += " WHERE code = ?"
            params.append(code.upper())
        sql += " ORDER BY input"
        if limit:
            sql += " LIMIT ?"
            params.append(limit)
        return [dict(r) for r in reader.rows(sql, params)]


def get_record(db, article_id: str):
    """The stored record of one article, exactly as the analysis produced it."""
    from dateline.store.records import record_from_row

    with reading(db) as reader:
        rows = reader.rows("SELECT text, record FROM articles WHERE id = ?", (article_id,))
        return record_from_row(rows[0]["text"], rows[0]["record"]) if rows else None
