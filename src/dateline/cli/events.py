"""`dateline events`: who did what to whom in the corpus."""

from __future__ import annotations

from typing import Annotated, Optional

import typer
from rich.markup import escape
from rich.table import Table

from dateline.cli.common import DEFAULT_DB, DbOption, JsonOption, console, emit_json, fail
from dateline.render import shortened


def events(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[Optional[str], typer.Option(help="who acts or is acted on: a name, alias or surname")] = None,
    role: Annotated[str, typer.Option(help="the actor as source, target or any")] = "any",
    category: Annotated[Optional[str], typer.Option(help="PLOVER category: AGREE, CONSULT, ..., ASSAULT, FIGHT, INVESTIGATE")] = None,
    since: Annotated[Optional[str], typer.Option(help="first article date, YYYY-MM-DD")] = None,
    until: Annotated[Optional[str], typer.Option(help="last article date, YYYY-MM-DD")] = None,
    reported: Annotated[bool, typer.Option(help="include acts only claimed inside a quote")] = True,
    limit: Annotated[int, typer.Option(min=1, help="most events to show")] = 50,
    json_out: JsonOption = False,
) -> None:
    """Events (who did what to whom) by actor, category and date, newest first."""
    from dateline.store import StoreError, find_events

    try:
        rows = find_events(db, actor=actor, role=role, category=category, since=since, until=until,
                           include_reported=reported, limit=limit)
    except StoreError as exc:
        raise fail(exc)
    if json_out:
        emit_json(rows)
        return
    table = Table("date", "category", "source", "act", "target", "where / when", "article",
                  title=f"{len(rows)} event(s)", title_justify="left")
    for r in rows:
        act = ("not " if r["negated"] else "") + r["lemma"] + (" (claimed)" if r["quote_id"] else "")
        setting = " ".join(x for x in (r["place"], r["time_value"]) if x) or "-"
        table.add_row(r["date"] or "-", r["category"] + (f"/{r['mode']}" if r["mode"] else ""), escape(r["source"] or "-"),
                      escape(shortened(act, 40)), escape(r["target"] or "-"), escape(setting), f"{r['article_id']} #{r['n']}")
    console().print(table)
