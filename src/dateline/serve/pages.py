"""The web pages: server-rendered Jinja2 templates (autoescaped) over the same store functions as
the API. Every page is a plain URL with query parameters, so a view can be bookmarked and shared;
filters are links that add or drop one parameter."""

from __future__ import annotations

from importlib.resources import files
from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from dateline.render import MATCH_MARKERS, marked_html, shortened
from dateline.serve.api import MAX_ID, Country, Cursor, Day, IdParam, Month, Name, Words
from dateline.serve.article_html import article_html, speaker_colours, speaker_key, speaker_label
from dateline.serve.charts import bar_chart, world_map
from dateline.store import corpus_stats, entity_profile, find_places, search
from dateline.store import timeline as entity_timeline
from dateline.store.browse import article_list, article_view, counts_over_time, quote_facets
from dateline.store.paging import QuoteFilters
from dateline.store.queries import quote_page

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 25
FACET_NAMES = {"speaker": "Speaker", "entity": "Mentioned", "country": "Country", "month": "Month", "kind": "Kind"}
# A facet value becomes this query parameter (speaker and entity by corpus id).
FACET_PARAMS = {"speaker": "speaker_id", "entity": "entity", "country": "country", "month": "month", "kind": "kind"}

_environment = Environment(
    loader=FileSystemLoader(str(files("dateline.serve").joinpath("templates"))),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
_environment.filters["marked"] = lambda text: Markup(marked_html(text))  # marked_html escapes the text itself
_environment.filters["short"] = shortened
templates = Jinja2Templates(env=_environment)


def with_params(request: Request, path: str | None = None, **changes) -> str:
    """The current URL with some query parameters changed (None drops one); a new filter drops
    the cursor, since the pages it named are other pages now."""
    params = {k: v for k, v in request.query_params.items() if k != "cursor" and k != "offset"}
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    query = urlencode(params)
    return (path or request.url.path) + ("?" + query if query else "")


def render(request: Request, name: str, status: int = 200, headers: dict | None = None, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"with_params": lambda **c: with_params(request, **c), **context},
                                      status_code=status, headers=headers)


def error_page(request: Request, status: int, message: str, headers: dict | None = None) -> HTMLResponse:
    return render(request, "error.html", status=status, headers=headers, status_code=status, message=message)


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    reader = request.app.state.corpus.reader()  # this thread's own connection
    corpus = request.app.state.corpus
    stats = corpus.answer("stats", lambda: corpus_stats(reader, top=10))
    recent = article_list(reader, limit=8)["articles"]
    months = corpus.answer("timeline month", lambda: counts_over_time(reader, unit="month"))["periods"]
    return render(request, "home.html", stats=stats, recent=recent, chart=bar_chart(months[-36:], link="/quotes?month={period}"))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request,
                q: Annotated[str, Query(max_length=500)] = "", offset: Annotated[int, Query(ge=0, le=1000)] = 0, fts: bool = False):
    reader = request.app.state.corpus.reader()  # this thread's own connection
    if not q.strip():
        return render(request, "search.html", q=q, found=None, facets=None, offset=0, fts=fts)
    found = search(reader, q, limit=PAGE_SIZE, mark=MATCH_MARKERS, fts=fts, offset=offset)
    facets = quote_facets(reader, about=q, fts=fts) if offset == 0 else None
    more = any(offset + PAGE_SIZE < ranking["ranked"] for ranking in found["ranking"].values())
    return render(request, "search.html", q=q, found=found, facets=facets, offset=offset, fts=fts,
                  facet_names=FACET_NAMES, facet_params=FACET_PARAMS,
                  next_url=with_params(request, offset=offset + PAGE_SIZE) if more and offset + PAGE_SIZE <= 1000 else None)


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, q: Words = None, speaker: Name = None,
                speaker_id: IdParam = None, kind: Literal["direct", "indirect", "mixed"] | None = None,
                month: Month = None, country: Country = None, entity: IdParam = None,
                since: Day = None, until: Day = None, cursor: Cursor = None, fts: bool = False):
    reader = request.app.state.corpus.reader()  # this thread's own connection
    q = q or None
    filters = QuoteFilters(kind=kind, month=month, country=country, entity=entity)
    page = quote_page(reader, speaker=speaker, about=q, since=since, until=until, limit=PAGE_SIZE, mark=MATCH_MARKERS,
                      fts=fts, speaker_id=speaker_id, filters=filters, after=cursor)
    facets = quote_facets(reader, speaker=speaker, about=q, since=since, until=until, fts=fts, speaker_id=speaker_id, filters=filters)
    active = _active_filters(reader, request)
    return render(request, "quotes.html", page=page, facets=facets, active=active, q=q or "", facet_names=FACET_NAMES,
                  facet_params=FACET_PARAMS, next_url=with_params(request, cursor=page["next"]) if page["next"] else None,
                  first_url=with_params(request) if cursor else None)


def _active_filters(reader, request: Request) -> list[tuple[str, str, str]]:
    """(label, value shown, URL without it) for each filter in the URL."""
    labels = {"q": "words", "speaker": "speaker", "speaker_id": "speaker", "kind": "kind", "month": "month", "country": "country",
              "entity": "mentions", "since": "since", "until": "until", "place": "place", "source": "source"}
    out = []
    for key, value in request.query_params.items():
        if key not in labels or not value:
            continue
        shown = value
        if key in ("speaker_id", "entity") and value.isdigit():
            rows = reader.rows("SELECT name FROM entities WHERE id = ?", (int(value),))
            shown = rows[0]["name"] if rows else value
        out.append((labels[key], shown, with_params(request, **{key: None})))
    return out


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request, q: Words = None, entity: Name = None, speaker: Name = None,
                  country: Country = None, place: Name = None, source: Name = None, since: Day = None, until: Day = None,
                  month: Month = None, cursor: Cursor = None, fts: bool = False):
    reader = request.app.state.corpus.reader()  # this thread's own connection
    if month:
        since, until = f"{month}-01", f"{month}-31"
    page = article_list(reader, q=q or None, entity=entity, speaker=speaker, country=country, place=place, source=source,
                        since=since, until=until, after=cursor, limit=PAGE_SIZE, fts=fts)
    return render(request, "articles.html", page=page, active=_active_filters(reader, request),
                  next_url=with_params(request, cursor=page["next"]) if page["next"] else None)


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: Annotated[str, PathParam(max_length=64)]):
    reader = request.app.state.corpus.reader()  # this thread's own connection
    view = article_view(reader, article_id)
    if view is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    record = view["record"]
    colours = speaker_colours(record)
    speakers: dict[str, dict] = {}
    for quote in record.quotes:
        key = speaker_key(quote)
        entry = speakers.setdefault(key, {"name": speaker_label(record, quote), "colour": colours.get(key, "x"), "quotes": [],
                                          "id": view["entity_ids"].get(quote.speaker.entity) if quote.speaker and quote.speaker.entity else None})
        entry["quotes"].append(quote)
    entities = [(e, view["entity_ids"].get(e.id)) for e in sorted(record.entities, key=lambda e: -len(e.mentions))]
    return render(request, "article.html", record=record, body=article_html(record, view["entity_ids"]), speakers=speakers,
                  entities=entities, inputs=view["inputs"])


@router.get("/entity/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: Annotated[int, PathParam(ge=1, le=MAX_ID)], cursor: Cursor = None):
    reader = request.app.state.corpus.reader()  # this thread's own connection
    profile = entity_profile(reader, entity_id, top=12)
    if profile is None:
        raise HTTPException(404, f"no entity with id {entity_id}")
    months = [{"period": m["month"], "articles": m["articles"], "quotes": m["quotes"]} for m in profile["by_month"] if m["month"]]
    page = quote_page(reader, speaker_id=entity_id, limit=PAGE_SIZE, after=cursor)
    return render(request, "entity.html", profile=profile, page=page,
                  chart=bar_chart(_fill_months(months), link=f"/quotes?speaker_id={entity_id}&month={{period}}"),
                  next_url=with_params(request, cursor=page["next"]) if page["next"] else None)


def _fill_months(months: list[dict]) -> list[dict]:
    """Months without a story drawn as empty bars, so the chart's time axis is even."""
    if not months:
        return []
    first, last = months[0]["period"], months[-1]["period"]
    by_period = {m["period"]: m for m in months}
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last and len(out) < 240:
        key = f"{year:04d}-{month:02d}"
        out.append(by_period.get(key, {"period": key, "articles": 0, "quotes": 0}))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, country: Country = None):
    reader = request.app.state.corpus.reader()  # this thread's own connection
    places = find_places(reader, country=country, limit=1000)
    return render(request, "map.html", places=places, country=country, picture=world_map(places))


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, entity: Name = None, unit: Literal["day", "month", "year"] = "month",
                  since: Day = None, until: Day = None):
    reader = request.app.state.corpus.reader()  # this thread's own connection
    if entity or since or until:
        counts = counts_over_time(reader, entity=entity or None, unit=unit, since=since, until=until)
    else:  # the whole corpus's: kept until it changes
        counts = request.app.state.corpus.answer(f"timeline {unit}", lambda: counts_over_time(reader, unit=unit))
    periods = _fill_months(counts["periods"]) if unit == "month" else counts["periods"]
    events = None
    if entity and counts["entity"]:
        events = entity_timeline(reader, entity=counts["entity"]["id"], since=since, until=until, limit=200)["events"]
    link = "/articles?month={period}" if unit == "month" else ("/articles?since={period}&until={period}" if unit == "day" else None)
    if link and counts["entity"]:
        link += f"&entity={counts['entity']['id']}"
    return render(request, "timeline.html", counts=counts, entity=entity or "", unit=unit, events=events,
                  chart=bar_chart(periods, link=link))
