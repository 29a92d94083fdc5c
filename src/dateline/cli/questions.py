"""Questions to the corpus: quotes, search, entity, places, timeline, stats, errors, export.

Each parses arguments, calls one `dateline.store` function, and prints a rich table or --json."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from dateline.cli.common import (
    DEFAULT_DB,
    DbOption,
    JsonOption,
    check_output,
    console,
    country_code,
    emit_json,
    err,
    fail,
    warn_empty_range,
)
from dateline.render import MATCH_MARKERS, marked_markup, marked_plain, shortened

FtsOption = Annotated[bool, typer.Option("--fts", help='read the words as SQLite FTS5 syntax: OR, NOT, NEAR(a b, 5), prefix*, "phrase"')]


def quotes(
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[Optional[str], typer.Option(help="who: a name, alias or surname")] = None,
    about: Annotated[Optional[str], typer.Option(help='words in the quote, as typed (US-China, "a phrase"); FTS5 syntax with --fts')] = None,
    since: Annotated[Optional[str], typer.Option(help="first article date, YYYY-MM-DD")] = None,
    until: Annotated[Optional[str], typer.Option(help="last article date, YYYY-MM-DD")] = None,
    limit: Annotated[int, typer.Option(min=1, help="most quotes to show")] = 50,
    cue_class: Annotated[
        Optional[str], typer.Option("--class", help="speech, belief, finding or intention: what people said, believe, what studies found, what people intend")
    ] = None,
    fts: FtsOption = False,
    json_out: JsonOption = False,
) -> None:
    """Who said what: quotes by speaker, topic, date and cue class, newest first."""
    from dateline.store import StoreError, find_quotes

    try:
        warn_empty_range(since, until)
        rows = find_quotes(db, speaker=speaker, about=about, since=since, until=until, limit=limit, mark=MATCH_MARKERS,
                           cue_class=cue_class, fts=fts)
    except StoreError as exc:
        raise fail(exc)
    if json_out:
        for row in rows:
            if "highlighted" in row:
                row["highlighted"] = marked_plain(row["highlighted"])
        emit_json(rows)
        return
    table = Table("date", "speaker", "quote", "article", title=f"{len(rows)} quote(s)", title_justify="left")
    for row in rows:
        quote = marked_markup(row.get("highlighted")) if row.get("highlighted") else escape(row["text"])
        table.add_row(row["date"] or "-", escape(row["speaker"] or "-"), quote, f"{row['article_id']} {row['quote_id']}")
    console().print(table)


def search(
    query: Annotated[list[str], typer.Argument(help='words as typed: US-China, AT&T, "a phrase" (a leading -word is a word; -- also ends options)')],
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(min=1, help="most articles and quotes to show")] = 20,
    fts: FtsOption = False,
    json_out: JsonOption = False,
) -> None:
    """Articles and quotes containing the words, best first, with highlighted snippets."""
    from dateline.store import StoreError, search as run_search

    try:
        found = run_search(db, " ".join(query), limit=limit, mark=MATCH_MARKERS, fts=fts)
    except StoreError as exc:
        raise fail(exc)
    if json_out:
        for row in found["articles"] + found["quotes"]:
            row["snippet"] = marked_plain(row["snippet"])
        emit_json(found)
        return
    out = console()
    table = Table("date", "title", "snippet", "article", title=f"{len(found['articles'])} article(s)", title_justify="left")
    for row in found["articles"]:
        table.add_row(row["date"] or "-", escape(shortened(row["title"] or row["source_path"], 60)), marked_markup(row["snippet"]), row["id"])
    out.print(table)
    table = Table("date", "speaker", "quote", "article", title=f"{len(found['quotes'])} quote(s)", title_justify="left")
    for row in found["quotes"]:
        table.add_row(row["date"] or "-", escape(row["speaker"] or "-"), marked_markup(row["snippet"]), f"{row['article_id']} {row['quote_id']}")
    out.print(table)
    for kind, ranking in found["ranking"].items():
        if not ranking["complete"]:
            out.print(f"({kind}: the best of the newest {ranking['ranked']:,} matches; add words to narrow the search)")


def entity(
    name: Annotated[str, typer.Argument(help="a name, alias or surname; or #ID for a corpus entity id")],
    db: DbOption = DEFAULT_DB,
    json_out: JsonOption = False,
) -> None:
    """One entity across the corpus: aliases, roles, counts by month, companions, places."""
    from dateline.store import StoreError, entity_profile

    key: str | int = int(name[1:]) if name.startswith("#") and name[1:].isdigit() else name
    try:
        profile = entity_profile(db, key)
    except StoreError as exc:
        raise fail(exc)
    if profile is None:
        err.print(f"dateline: no entity matches {name!r}", markup=False)
        raise typer.Exit(1)
    if json_out:
        emit_json(profile)
        return
    out = console()
    out.print(f"[bold]{escape(profile['name'])}[/bold]  #{profile['id']} {profile['type']}  "
              f"{profile['articles']} article(s), {profile['quotes']} quote(s), "
              f"{profile['first_date'] or '?'} .. {profile['last_date'] or '?'}")
    out.print("aliases: " + escape("; ".join(f"{a['alias']} ({a['articles']})" for a in profile["aliases"])))
    if profile["roles"]:
        out.print("roles: " + escape("; ".join(f"{r['role']} ({r['articles']})" for r in profile["roles"])))
    months = Table("month", "articles", "quotes", title="by month", title_justify="left")
    for m in profile["by_month"]:
        months.add_row(m["month"] or "undated", str(m["articles"]), str(m["quotes"]))
    out.print(months)
    if profile["co_occurring"]:
        out.print("most often with: " + escape("; ".join(f"{c['name']} ({c['articles']})" for c in profile["co_occurring"])))
    if profile["places"]:
        out.print("places: " + escape("; ".join(f"{p['name']} ({p['articles']})" for p in profile["places"])))
    if profile["companions_counted"]["capped"]:
        out.print(f"(companions and places counted in the newest {profile['companions_counted']['articles']:,} of its "
                  f"{profile['articles']:,} articles)")
    for q in profile["recent_quotes"]:
        out.print(f"  {q['date'] or '-'}  \"{escape(shortened(q['text']))}\"")
    if profile["other_matches"]:
        out.print("other entities with this name: " + escape("; ".join(
            f"#{m['id']} {m['name']} ({m['articles']} articles)" for m in profile["other_matches"])))


def places(
    db: DbOption = DEFAULT_DB,
    country: Annotated[Optional[str], typer.Option(help="country: ISO 3166-1 alpha-2 code (UA) or name (Ukraine)")] = None,
    name: Annotated[Optional[str], typer.Option(help="one place by name")] = None,
    limit: Annotated[int, typer.Option(min=1, help="most places to show")] = 50,
    json_out: JsonOption = False,
) -> None:
    """Places named in the corpus, with how many articles name them."""
    from dateline.store import StoreError, find_places

    try:
        rows = find_places(db, country=country_code(country), name=name, limit=limit)
    except StoreError as exc:
        raise fail(exc)
    if json_out:
        emit_json(rows)
        return
    table = Table("place", "country", "articles", "datelines", "mentions", "lat", "lon", "first", "last",
                  title=f"{len(rows)} place(s)", title_justify="left")
    for r in rows:
        table.add_row(escape(r["name"]), r["country"] or "-", str(r["articles"]), str(r["datelines"]), str(r["mentions"]),
                      f"{r['lat']:.2f}" if r["lat"] is not None else "-", f"{r['lon']:.2f}" if r["lon"] is not None else "-",
                      r["first_date"] or "-", r["last_date"] or "-")
    console().print(table)


def timeline(
    db: DbOption = DEFAULT_DB,
    entity: Annotated[Optional[str], typer.Option(help="an entity: its articles in date order; none: the corpus by month")] = None,
    since: Annotated[Optional[str], typer.Option(help="first date, YYYY-MM-DD")] = None,
    until: Annotated[Optional[str], typer.Option(help="last date, YYYY-MM-DD")] = None,
    limit: Annotated[int, typer.Option(min=1, help="most articles to show")] = 200,
    json_out: JsonOption = False,
) -> None:
    """An entity's articles over time (or the corpus per month)."""
    from dateline.store import StoreError, timeline as run_timeline

    try:
        warn_empty_range(since, until)
        found = run_timeline(db, entity=entity, since=since, until=until, limit=limit)
    except StoreError as exc:
        raise fail(exc)
    if json_out:
        emit_json(found)
        return
    if entity is None:
        table = Table("month", "articles", "quotes", title="corpus by month", title_justify="left")
        for m in found["months"]:
            table.add_row(m["month"] or "undated", str(m["articles"]), str(m["quotes"] or 0))
        console().print(table)
        return
    if found["entity"] is None:
        err.print(f"dateline: no entity matches {entity!r}", markup=False)
        raise typer.Exit(1)
    head = found["entity"]
    table = Table("date", "title", "mentions", "quotes", "first quote", "article",
                  title=f"{head['name']} (#{head['id']} {head['type']})", title_justify="left")
    for e in found["events"]:
        table.add_row(e["date"] or "-", escape(shortened(e["title"] or e["source_path"], 60)), str(e["mentions"]),
                      str(e["quotes"]), escape(shortened(e["first_quote"], 80)), e["article_id"])
    console().print(table)


def stats(db: DbOption = DEFAULT_DB, json_out: JsonOption = False) -> None:
    """Corpus size, date range, top speakers, places and entities."""
    from dateline.store import StoreError, corpus_stats

    try:
        found = corpus_stats(db)
    except StoreError as exc:
        raise fail(exc)
    if json_out:
        emit_json(found)
        return
    out = console()
    out.print(f"[bold]{escape(str(db))}[/bold]: {found['articles']} article(s) from {found['inputs']} input(s) "
              f"({found['duplicates']} duplicate(s)), {found['errors']} failed input(s)")
    out.print(f"dates {found['first_date'] or '?'} .. {found['last_date'] or '?'} ({found['undated']} undated); "
              f"{found['entities']} entities, {found['quotes']} quotes, {found['places']} place mentions, "
              f"{found['times']} times, {found['quantities']} quantities, {found['tokens']} tokens")
    for title, key, count in (("top speakers", "top_speakers", "quotes"), ("top places", "top_places", "articles"),
                              ("top entities", "top_entities", "articles")):
        if found[key]:
            table = Table("name", count, title=title, title_justify="left")
            for row in found[key]:
                table.add_row(escape(row["name"]), str(row[count]))
            out.print(table)
    if found["errors_by_code"]:
        out.print("failures: " + ", ".join(f"{e['code']} {e['inputs']}" for e in found["errors_by_code"]))


def errors(
    db: DbOption = DEFAULT_DB,
    code: Annotated[Optional[str], typer.Option(help="only this error code, e.g. E013")] = None,
    limit: Annotated[Optional[int], typer.Option(min=1, help="most failures to show")] = None,
    json_out: JsonOption = False,
) -> None:
    """Inputs that did not become articles, and why."""
    from dateline.store import StoreError, list_errors

    try:
        rows = list_errors(db, code=code, limit=limit)
    except StoreError as exc:
        raise fail(exc)
    if json_out:
        emit_json(rows)
        return
    table = Table("input", "code", "reason", title=f"{len(rows)} failed input(s)", title_justify="left")
    for r in rows:
        table.add_row(escape(r["input"]), r["code"], escape(r["message"]))
    console().print(table)


def export(
    db: DbOption = DEFAULT_DB,
    table: Annotated[str, typer.Option(help="articles (JSONL: the full records), quotes, entities, mentions, places, times, quantities, article_entities, sources, errors")] = "articles",
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="file to write (default: standard output; parquet needs one)")] = None,
) -> None:
    """Export a corpus table for pandas, DuckDB or a spreadsheet."""
    from dateline.store import StoreError, export_table

    check_output(output)
    try:
        count = export_table(db, table, format, out=None if output else sys.stdout, path=output)
    except StoreError as exc:
        raise fail(exc)
    err.print(f"dateline: exported {count} row(s) of {table} as {format}" + (f" to {output}" if output else ""), markup=False)
