"""A record as text for people: what `dateline analyze --format text` prints."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table

from dateline.record import ArticleRecord


def render_text(record: ArticleRecord, out: TextIO) -> None:
    console = Console(file=out, highlight=False, soft_wrap=True, width=110)
    t = record.text
    head = record.title or (record.source.path or record.id)
    console.print(f"[bold]{head}[/bold]  ({record.id})")
    line = [f"date {record.date or 'unknown'}"]
    if record.dateline:
        line.append(f"dateline {record.dateline.place or '?'}" + (f" / {record.dateline.agency}" if record.dateline.agency else ""))
    line.append(f"{len(record.paragraphs)} paragraphs, {record.stats.tokens} tokens")
    console.print(" | ".join(line))
    if record.credits:
        console.print("credits: " + "; ".join(f"{c.role} {c.name}" for c in record.credits))
    if record.sections:
        console.print("sections: " + "; ".join(s.heading for s in record.sections))
    if record.noise:
        console.print("noise: " + "; ".join(f"{n.kind}: {t[n.span[0]:n.span[1]]!r}" for n in record.noise))
    if record.entities:
        table = Table("id", "type", "name", "roles", "mentions", title="entities", title_justify="left")
        for e in record.entities:
            table.add_row(e.id, e.type, e.name, ", ".join(e.roles), str(len(e.mentions)))
        console.print(table)
    if record.quotes:
        table = Table("speaker", "kind", "quote", title="quotes", title_justify="left")
        for q in record.quotes:
            # An unresolved pronoun has no name: show the words the attribution rests on.
            speaker = (q.speaker.name or t[q.speaker.span[0] : q.speaker.span[1]]) if q.speaker else "-"
            table.add_row(speaker, q.kind, q.text[:120])
        console.print(table)
    if record.times:
        console.print("times: " + "; ".join(
            f"{x.text} = {x.value}" + (f" {x.mod}" if x.mod else "") + (f" ({x.begin}..{x.end})" if x.begin or x.end else "")
            for x in record.times))
    if record.quantities:
        console.print("quantities: " + "; ".join(
            f"{x.text} = {_amount(x.value)} {x.unit or ''}".strip() + (f" {x.mod}" if x.mod else "") if x.value is not None
            else f"{x.text} = ? {x.unit or ''}".strip() for x in record.quantities))
    for w in record.warnings:
        console.print(f"warning {w.code}: {w.message}")
    console.print()


def _amount(value: float) -> str:
    """2000000.0 as 2,000,000; 5.5 as 5.5."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"
