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
    line = [f"date {record.date or 'unknown'}" + (f" (from {record.date_source.replace('_', ' ')})" if record.date_source else "")]
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


class JsonRecordWriter:
    """`--format json`: one record as an object, several as an array, written as they come (not
    held in memory until the end)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.count = 0
        self._first: ArticleRecord | None = None

    def add(self, record: ArticleRecord) -> None:
        self.count += 1
        if self.count == 1:
            self._first = record
            return
        if self.count == 2:
            self.out.write("[\n" + self._first.to_json(indent=2))
            self._first = None
        self.out.write(",\n" + record.to_json(indent=2))

    def close(self) -> None:
        if self.count == 1:
            self.out.write(self._first.to_json(indent=2) + "\n")
        elif self.count > 1:
            self.out.write("\n]\n")


# -- query results for people: the terminal and the web server share these -----------------------
# Private markers the store's queries put around matched words (its `mark` argument).
MATCH_MARKERS = ("\x02", "\x03")


def marked_markup(text: str | None) -> str:
    """Query text with match markers, as rich markup (the text itself escaped)."""
    from rich.markup import escape

    if not text:
        return ""
    return escape(text).replace(MATCH_MARKERS[0], "[bold yellow]").replace(MATCH_MARKERS[1], "[/bold yellow]")


def marked_plain(text: str | None) -> str | None:
    """Match markers as square brackets, for JSON output."""
    return text.replace(MATCH_MARKERS[0], "[").replace(MATCH_MARKERS[1], "]") if text else text


def shortened(text: str | None, width: int = 160) -> str:
    """Whitespace folded, cut to `width` characters with an ellipsis."""
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def eta(total: int | None, done: int, rate: float) -> str:
    """Time left as H:MM:SS at `rate` items per second, or '-' when it cannot be told."""
    if total is None or rate <= 0:
        return "-"
    seconds = int((total - done) / rate)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
