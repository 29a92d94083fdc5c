"""Search (articles and quotes, best first, with snippets) and the facets of a set of quotes
(counts by speaker, entity, country, month and kind). Both are bounded, and say so: search ranks
the newest SEARCH_WINDOW matches, facets count the newest FACET_SAMPLE quotes."""

from __future__ import annotations

import datetime as dt

from dateline.store.connection import Reader
from dateline.store.entities import _speaker_condition
from dateline.store.errors import StoreError
from dateline.store.paging import QuoteFilters
from dateline.store.querying import DEFAULT_MARK, FTS_HELP, PLACE_TYPES, SNIPPET_TOKENS, SearchSyntaxError, _date_range, _fts, reading
from dateline.store.syntax import plain_query

# Title matches weigh more than body matches in article search (bm25 column weights).
TITLE_WEIGHT = 5.0

# Facets count over this many matching quotes: the counts a reader scans to pick a filter,
# bounded so that facets over a large corpus stay affordable. On the 1,000,000-quote benchmark
# corpus a topic word matches ~15,000 quotes; facets over 10,000 of them cost about 270 ms of CPU.
FACET_SAMPLE = 3_000

# How many values each facet shows.
FACET_TOP = 12


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
