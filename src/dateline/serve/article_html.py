"""An article's text as HTML with its record drawn on it: each quote highlighted in its speaker's
colour (the cue and the speaker's name marked, speaker and kind on hover or focus), entity names
linked to their pages, places and times marked, noise greyed, dateline, credits and headings set
apart. Every character of the text is escaped; the markup comes only from the record's spans.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from dateline.record import ArticleRecord
from dateline.render import span_segments

# Speakers get these colour classes in order of their first quote (style.css defines them);
# a ninth speaker reuses the first colour, which the side list still tells apart by name.
SPEAKER_COLOURS = 8

# Wrapping order: a lower layer holds the higher ones (a quote holds a name, a name a date).
LAYERS = {"preamble": 0, "noise": 0, "heading": 1, "dateline": 1, "credit": 1, "quote": 2, "cue": 3, "speaker": 3, "place": 4, "mention": 5, "time": 6}

PLACE_TYPES = {"GPE", "LOC", "FAC"}


def speaker_key(quote) -> str:
    if quote.speaker is None:
        return ""
    return quote.speaker.entity or quote.speaker.name or f"@{quote.speaker.span[0]}"


def speaker_label(record: ArticleRecord, quote) -> str:
    if quote.speaker is None:
        return "speaker unknown"
    return quote.speaker.name or record.text[quote.speaker.span[0]:quote.speaker.span[1]]


def speaker_colours(record: ArticleRecord) -> dict[str, int]:
    colours: dict[str, int] = {}
    for q in record.quotes:
        key = speaker_key(q)
        if key and key not in colours:
            colours[key] = len(colours) % SPEAKER_COLOURS
    return colours


def _open(kind: str, data: dict, first: bool) -> str:
    if kind == "quote":
        attrs = f' class="q sp{data["colour"]} k-{data["kind"]}" data-tip="{escape(data["tip"])}" data-quote="{data["id"]}"'
        if first:
            attrs += f' id="{data["id"]}" tabindex="0"'
        return f"<span{attrs}>"
    if kind == "mention":
        if data["href"]:
            return f'<a class="ent t-{data["type"]}" href="{escape(data["href"])}" data-tip="{escape(data["tip"])}">'
        return f'<span class="ent t-{data["type"]}" data-tip="{escape(data["tip"])}">'
    if kind == "speaker":
        return f'<span class="spk sp{data["colour"]}">'
    if kind in {"time", "noise", "place", "credit"}:
        return f'<span class="{kind}" data-tip="{escape(data["tip"])}">'
    return f'<span class="{kind}">'


def _close(kind: str, data: dict) -> str:
    return "</a>" if kind == "mention" and data["href"] else "</span>"


def article_html(record: ArticleRecord, entity_ids: dict[str, int]) -> Markup:
    """The record's text, marked up; `entity_ids` maps its e1, e2 ... to corpus entity ids."""
    text = record.text
    colours = speaker_colours(record)
    entities = {e.id: e for e in record.entities}
    marks: list[tuple[int, int, int, object]] = []

    def add(span, layer: str, **data) -> None:
        if span is not None:
            marks.append((span[0], span[1], LAYERS[layer], (layer, data)))

    # A date header or file preamble before the headline or the dateline: shown, but quietly.
    starts = [x[0] for x in (record.title_span, record.dateline.span if record.dateline else None, record.body) if x]
    if starts and min(starts) > 0:
        add((0, min(starts)), "preamble")
    if record.title_span:
        add(record.title_span, "heading")
    for n in record.noise:
        add(n.span, "noise", tip=f"noise: {n.kind}")
    for s in record.sections:
        add(s.span, "heading")
    if record.dateline:
        add(record.dateline.span, "dateline")
    for c in record.credits:
        add(c.span, "credit", tip=f"credit: {c.role.replace('_', ' ')}")
    for q in record.quotes:
        colour = colours.get(speaker_key(q), "x")
        add(q.span, "quote", colour=colour, kind=q.kind, id=f"quote-{q.id}", tip=f"{speaker_label(record, q)} · {q.kind} quote")
        if q.cue:
            add(q.cue.span, "cue")
        if q.speaker:
            add(q.speaker.span, "speaker", colour=colour)
    for e in record.entities:
        corpus_id = entity_ids.get(e.id)
        href = f"/entity/{corpus_id}" if corpus_id is not None else None
        tip = e.name + (f" · {e.roles[0]}" if e.roles else "") + f" · {e.type}"
        for m in e.mentions:
            add(m.span, "mention", href=href, type=e.type, tip=tip)
    for p in record.places:
        country = entities[p.entity].geo.country if p.entity in entities and entities[p.entity].geo else None
        for span in p.spans or [p.span]:
            add(span, "place", tip=f"place: {p.name}" + (f" ({country})" if country else ""))
    for t in record.times:
        add(t.span, "time", tip=f"{t.type.lower()}: {t.value or '?'}" + (f" {t.mod.lower()}" if t.mod else ""))

    out: list[str] = []
    for start, end, live in span_segments(len(text), marks):
        opened = [data for data, _ in live]
        out.extend(_open(kind, data, first) for (kind, data), first in live)
        out.append(str(escape(text[start:end])))
        out.extend(_close(kind, data) for kind, data in reversed(opened))
    return Markup("".join(out))
