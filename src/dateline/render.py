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
    if record.events:
        table = Table("category", "source", "act", "target", "when", title="events", title_justify="left")
        for event in record.events:
            table.add_row(*event_row(record, event))
        console.print(table)
    for w in record.warnings:
        console.print(f"warning {w.code}: {w.message}")
    console.print()


def event_row(record: ArticleRecord, event) -> tuple[str, str, str, str, str]:
    """An event as (category, source, act, target, when) for people: entity names where the
    event has them, else the words of the mention; a claimed act is marked as such."""
    names = {e.id: e.name for e in record.entities}
    t = record.text

    def actor(entity_id, span) -> str:
        return names.get(entity_id) or (" ".join(t[span[0]:span[1]].split()) if span else "-")

    act = ("not " if event.negated else "") + " ".join(t[event.predicate.span[0]:event.predicate.span[1]].split())
    if event.quote:
        act += f" (claimed, {event.quote})"
    when = record.times[event.time].text if event.time is not None and event.time < len(record.times) else ""
    category = event.category or "-"
    if event.mode:
        category += f"/{event.mode}"
    return category, actor(event.subject, event.subject_span), act[:60], actor(event.object, event.object_span), when


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


def marked_html(text: str | None) -> str:
    """Query text with match markers as HTML: the text escaped, matches in <mark>."""
    from markupsafe import escape as html_escape

    if not text:
        return ""
    return str(html_escape(text)).replace(MATCH_MARKERS[0], "<mark>").replace(MATCH_MARKERS[1], "</mark>")


def span_segments(length: int, marks: list[tuple[int, int, int, object]]) -> list[tuple[int, int, list[tuple[object, bool]]]]:
    """A text of `length` cut at every boundary of `marks` ((start, end, layer, data); lower
    layers wrap higher ones): each piece as (start, end, [(data, first piece of its mark)]), the
    marks in wrapping order. Lets a page nest highlights that overlap (a quote holding a name
    and a date) without ever cutting the text or reordering it."""
    marks = sorted((max(0, s), min(length, e), layer, i, data) for i, (s, e, layer, data) in enumerate(marks) if s < e and s < length)
    bounds = sorted({0, length, *(m[0] for m in marks), *(m[1] for m in marks)})
    pieces = []
    started: set[int] = set()
    active: list[tuple] = []
    at = 0
    for left, right in zip(bounds, bounds[1:]):
        while at < len(marks) and marks[at][0] <= left:
            active.append(marks[at])
            at += 1
        active = [m for m in active if m[1] > left]
        live = sorted((m for m in active if m[0] <= left and m[1] >= right), key=lambda m: (m[2], m[0], -m[1], m[3]))
        pieces.append((left, right, [(m[4], m[3] not in started) for m in live]))
        started.update(m[3] for m in live)
    return pieces
