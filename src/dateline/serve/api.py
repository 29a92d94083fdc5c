"""The JSON API: the corpus as the CLI's query functions see it, over HTTP.

Lists are paged by keyset cursors: a page's `next` is the `cursor` of the following page (null
at the end). Every list has a row cap (`limit` at most MAX_LIMIT) and every query the reader's
time limit. Search results are ranked, so their pages go by offset, up to MAX_SEARCH_OFFSET.
Highlighted text marks matches with [brackets], as the CLI's --json does.

What is approximate, and says so: search ranks the newest 2,000 matches of each kind
(`ranking.*.complete` is false when there were more); quote facets count the newest 3,000 matching
quotes (`facets.capped`); an entity's companions and places count its newest 2,000 articles
(`companions_counted.capped`). Everything else is exact."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import Response

from dateline.render import MATCH_MARKERS, marked_plain
from dateline.serve.security import require_token
from dateline.store import corpus_stats, entity_profile, find_places, get_record, matching_entities, search
from dateline.store.browse import FACET_SAMPLE, article_list, counts_over_time, error_page, quote_facets
from dateline.store.paging import QuoteFilters
from dateline.store.queries import COMPANION_SAMPLE, SEARCH_WINDOW, quote_page

router = APIRouter(prefix="/api")

# Each handler takes its reader inside its own body: FastAPI runs a sync dependency and the sync
# handler as two thread-pool calls, possibly on two threads, and a connection must not be shared.

# The row cap of every list (datasette's max_returned_rows, at the scale of a page).
MAX_LIMIT = 200
MAX_SEARCH_OFFSET = 1000

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"rows per page (at most {MAX_LIMIT})")]
Cursor = Annotated[str | None, Query(max_length=200, description="the `next` of the previous page")]
Day = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD, inclusive")]
Words = Annotated[str | None, Query(max_length=500, description='words as typed (US-China, "a phrase"); FTS5 syntax with fts=true')]
Fts = Annotated[bool, Query(description="read the words as SQLite FTS5 syntax (OR, NOT, NEAR, prefix*)")]
Month = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}$", description="YYYY-MM")]
Country = Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code, e.g. UA")]
Name = Annotated[str | None, Query(max_length=200)]
# SQLite integers are 64-bit: a larger id is a 422, not an OverflowError (found by schemathesis).
MAX_ID = 2**63 - 1
IdParam = Annotated[int | None, Query(ge=1, le=MAX_ID)]


def _unmark(rows: list[dict], *keys: str) -> list[dict]:
    for row in rows:
        for key in keys:
            if key in row:
                row[key] = marked_plain(row[key])
    return rows


@router.get("/articles", summary="Articles, newest first, with filters")
def articles(request: Request, q: Words = None, entity: Name = None, speaker: Name = None, country: Country = None,
             place: Name = None, source: Name = None, since: Day = None, until: Day = None, cursor: Cursor = None,
             limit: Limit = 20, fts: Fts = False) -> dict:
    reader = request.app.state.corpus.reader()  # this thread's own connection
    return article_list(reader, q=q, entity=entity, speaker=speaker, country=country, place=place, source=source,
                        since=since, until=until, after=cursor, limit=limit, fts=fts)


@router.get("/articles/{article_id}", summary="One article: its full record (FORMAT.md, schema dateline/1)")
def article(article_id: Annotated[str, PathParam(max_length=64)], request: Request) -> Response:
    reader = request.app.state.corpus.reader()  # this thread's own connection
    record = get_record(reader, article_id)
    if record is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return Response(record.to_json(), media_type="application/json")


@router.get("/quotes", summary="Quotes, newest first: by speaker, words, kind, month, country, entity, dates")
def quotes(request: Request, speaker: Name = None, speaker_id: IdParam = None,
           about: Words = None, kind: Literal["direct", "indirect", "mixed"] | None = None, month: Month = None,
           country: Country = None, entity: IdParam = None, since: Day = None, until: Day = None,
           cursor: Cursor = None, limit: Limit = 50, fts: Fts = False,
           facets: Annotated[bool, Query(description="add counts by speaker, entity, country, month and kind, over the newest "
                                                     f"{FACET_SAMPLE:,} matching quotes (`facets.capped` says when there were more)")] = False) -> dict:
    reader = request.app.state.corpus.reader()  # this thread's own connection
    filters = QuoteFilters(kind=kind, month=month, country=country, entity=entity)
    page = quote_page(reader, speaker=speaker, about=about, since=since, until=until, limit=limit, mark=MATCH_MARKERS,
                      fts=fts, speaker_id=speaker_id, filters=filters, after=cursor)
    _unmark(page["quotes"], "highlighted")
    if facets:
        page["facets"] = quote_facets(reader, speaker=speaker, about=about, since=since, until=until, fts=fts,
                                      speaker_id=speaker_id, filters=filters)
    return page


@router.get("/search", summary="Articles and quotes containing the words, best first, with highlighted snippets",
            description="Ranked by bm25 (ties newest first) among the newest "
                        f"{SEARCH_WINDOW:,} matching articles and the newest {SEARCH_WINDOW:,} matching quotes. "
                        "`ranking.articles` and `ranking.quotes` say how many were ranked and whether that was every match "
                        "(`complete`); when it was not, more words narrow the search, and /api/quotes and /api/articles "
                        "list every match, newest first. Pages go by `offset` and are stable while the corpus does not change.")
def search_corpus(q: Annotated[str, Query(min_length=1, max_length=500, description='words as typed; FTS5 syntax with fts=true')],
                  request: Request, limit: Annotated[int, Query(ge=1, le=100)] = 20,
                  offset: Annotated[int, Query(ge=0, le=MAX_SEARCH_OFFSET)] = 0, fts: Fts = False) -> dict:
    reader = request.app.state.corpus.reader()  # this thread's own connection
    found = search(reader, q, limit=limit, mark=MATCH_MARKERS, fts=fts, offset=offset)
    _unmark(found["articles"], "snippet")
    _unmark(found["quotes"], "snippet")
    more = any(offset + limit < ranking["ranked"] for ranking in found["ranking"].values())
    found["next_offset"] = offset + limit if more and offset + limit <= MAX_SEARCH_OFFSET else None
    return found


@router.get("/entities", summary="Corpus entities a name can mean, most-mentioned first")
def entities(name: Annotated[str, Query(min_length=1, max_length=200)], request: Request, limit: Limit = 20) -> list[dict]:
    reader = request.app.state.corpus.reader()  # this thread's own connection
    return matching_entities(reader, name, limit=limit)


@router.get("/entities/{entity_id}", summary="One entity: aliases, roles, counts by month, companions, places",
            description=f"Companions and places are counted over the entity's newest {COMPANION_SAMPLE:,} articles "
                        "(`companions_counted.capped` says when it has more); every other count is exact.")
def entity(entity_id: Annotated[int, PathParam(ge=1, le=MAX_ID)], request: Request) -> dict:
    reader = request.app.state.corpus.reader()  # this thread's own connection
    profile = entity_profile(reader, entity_id)
    if profile is None:
        raise HTTPException(404, f"no entity with id {entity_id}")
    return profile


@router.get("/places", summary="Places with how many articles name them")
def places(request: Request, country: Country = None, name: Name = None, limit: Limit = 50) -> list[dict]:
    reader = request.app.state.corpus.reader()  # this thread's own connection
    return find_places(reader, country=country, name=name, limit=limit)


@router.get("/timeline", summary="Articles and quotes per day, month or year; with an entity, its own")
def timeline(request: Request, entity: Name = None, unit: Literal["day", "month", "year"] = "month",
             since: Day = None, until: Day = None) -> dict:
    reader = request.app.state.corpus.reader()  # this thread's own connection
    if not (entity or since or until):  # the whole corpus's: kept until it changes
        return request.app.state.corpus.answer(f"timeline {unit}", lambda: counts_over_time(reader, unit=unit))
    return counts_over_time(reader, entity=entity, unit=unit, since=since, until=until)


@router.get("/stats", summary="Corpus size, date range, top speakers, places and entities")
def stats(request: Request) -> dict:
    reader = request.app.state.corpus.reader()  # this thread's own connection
    return request.app.state.corpus.answer("stats", lambda: corpus_stats(reader))


@router.get("/errors", summary="Inputs that did not become articles, and why")
def errors(request: Request, code: Annotated[str | None, Query(pattern=r"^[EeWw]\d{3}$")] = None,
           cursor: Cursor = None, limit: Limit = 50) -> dict:
    reader = request.app.state.corpus.reader()  # this thread's own connection
    return error_page(reader, code=code, after=cursor, limit=limit)


ANALYZE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"type": "object", "required": ["text"], "properties": {
                "text": {"type": "string"}, "title": {"type": "string"}, "date": {"type": "string"}, "url": {"type": "string"}}}},
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        },
    }
}


@router.post("/analyze", summary="Analyse one article (text, HTML or a JSON article) into its record; not stored",
             dependencies=[Depends(require_token)], openapi_extra=ANALYZE_BODY)
async def analyze(request: Request, date: Day = None) -> Response:
    from starlette.concurrency import run_in_threadpool

    body = await request.body()
    kind = request.headers.get("content-type", "text/plain").split(";")[0].strip().lower()
    name = {"application/json": "request.json", "text/html": "request.html"}.get(kind, "request.txt")
    record = await run_in_threadpool(request.app.state.corpus.analyze, lambda pipeline: _analyze_one(pipeline, body, name, date))
    return Response(record.to_json(), media_type="application/json")


def _analyze_one(pipeline, body: bytes, name: str, date: str | None):
    import dataclasses
    import datetime as dt

    from dateline.context import InputFailure
    from dateline.errors import InputError
    from dateline.reading import read_bytes

    try:
        date = dt.date.fromisoformat(date).isoformat() if date else None
    except ValueError:
        raise HTTPException(400, f"date {date!r} is not a date in YYYY-MM-DD form") from None
    try:
        items = list(read_bytes(body, name))
    except InputError as exc:
        raise HTTPException(400, f"{exc.code}: {exc.message}") from None
    if len(items) != 1:
        raise HTTPException(400, f"send one article, not {len(items)}")
    if isinstance(items[0], InputFailure):
        raise HTTPException(400, f"{items[0].code}: {items[0].message}")
    item = items[0] if date is None or items[0].date else dataclasses.replace(items[0], date=date)
    result = next(pipeline.run([item]))
    if isinstance(result, InputFailure):
        raise HTTPException(400, f"{result.code}: {result.message}")
    return result
