"""Metadata: where the date header, dateline, headline, paragraphs, subheadings, noise and credits
are in the unmodified text. Regular expressions only, no NLP, so it is cheap and predictable.

`locate_layout` reads like the algorithm: header, then opener, then blocks, then the tail.
"""

from __future__ import annotations

import datetime as dt

from dateline.context import Layout, RawArticle
from dateline.errors import Warnings, warning
from dateline.metadata.blocks import is_section_heading, line_spans, noise_kind, split_blocks
from dateline.metadata.credits import glued_credit_start, is_credit_line, parse_credits
from dateline.metadata.dates import dateline_date, file_name_date, file_name_year
from dateline.metadata.headline import contributor_credits, find_head
from dateline.metadata.opener import find_date_header
from dateline.record import Credit, Noise, Section, Span

__all__ = ["locate_layout", "parse_iso_date"]

# Credit lines close a story; only this many final blocks are considered, so a paragraph that
# happens to start with "Reporting by" in the middle of a story stays story text.
CREDIT_TAIL_BLOCKS = 3


def locate_layout(
    raw: RawArticle,
    fallback_date: dt.date | None = None,
    *,
    date_from_name: bool = False,
    year: int | None = None,
) -> tuple[Layout, list[dict]]:
    """Where everything is in the article text. `fallback_date` is the caller's --date,
    `date_from_name` lets an ISO-like date in the file name date the article, and `year`
    completes a dateline's own "March 30" (else a year in the file name does)."""
    text = raw.text
    warnings: list[dict] = []
    pos = len(text) - len(text.lstrip())

    # 1. `date YYYY-MM-DD` header, glued to what follows.
    header_span = None
    header_date = None
    header = find_date_header(text)
    if header:
        iso, header_span, pos = header
        header_date = parse_iso_date(iso, "the date header", warnings)

    # 2. The head: headline lines, bylines and the dateline, in any of the usual arrangements.
    head = find_head(text, pos, raw.title)
    title, title_span, dateline, pos = head.title, head.title_span, head.dateline, head.start

    # 3. Blocks of the rest: noise lines, subheadings, credit lines and story paragraphs.
    blocks = split_blocks(text, pos, len(text))
    noise: list[Noise] = []
    sections: list[Section] = []
    credit_spans: list[Span] = list(head.bylines)
    tail_credits: list[Credit] = []
    paragraphs: list[Span] = []
    for index, block in enumerate(blocks):
        content = text[block[0] : block[1]]
        in_tail = index >= len(blocks) - CREDIT_TAIL_BLOCKS
        if in_tail and is_credit_line(content):
            credit_spans.append(block)
            tail_credits.extend(parse_credits(text, block))
        elif in_tail and contributor_credits(text, block):
            credit_spans.append(block)
            tail_credits.extend(contributor_credits(text, block))
        elif noise_kind(content):
            noise.append(Noise(kind=noise_kind(content), span=block))
        elif is_section_heading(content):
            sections.append(Section(heading=content.strip(), span=block))
        else:
            paragraphs.extend(_story_lines(text, block, noise))

    # 4. A credit line glued to the end of the last paragraph.
    if paragraphs and not tail_credits:
        glued = glued_credit_start(text, paragraphs[-1])
        if glued is not None:
            last = paragraphs.pop()
            credit_spans.append((glued, last[1]))
            tail_credits.extend(parse_credits(text, (glued, last[1])))
            kept = text[last[0] : glued].rstrip()
            if kept:
                paragraphs.append((last[0], last[0] + len(kept)))
    credits: list[Credit] = head.credits + tail_credits

    # 5. The date: the text's own header, the input's metadata, the file name (if asked), the
    #    dateline's own date (with a year), and last the caller's option.
    date, origin = header_date, "header" if header_date else None
    meta_date = parse_iso_date(raw.date, "the input's metadata", warnings) if raw.date else None
    if date and meta_date and meta_date != date:
        warnings.append(warning(Warnings.W004, header=date.isoformat(), other=meta_date.isoformat()))
    if date is None and meta_date:
        date, origin = meta_date, "metadata"
    if date is None and date_from_name:
        named = file_name_date(raw.source.path)
        if named:
            date, origin = named, "file_name"
    if date is None and dateline is not None and dateline.date_text:
        own = dateline_date(dateline.date_text, year or file_name_year(raw.source.path))
        if own:
            date, origin = own, "dateline"
    if date is None and fallback_date:
        date, origin = fallback_date, "option"

    body = (paragraphs[0][0], paragraphs[-1][1]) if paragraphs else None
    layout = Layout(
        date=date,
        date_origin=origin,
        header_span=header_span,
        title=title,
        title_span=title_span,
        dateline=dateline,
        credits=tuple(credits),
        credit_spans=tuple(credit_spans),
        body=body,
        paragraphs=tuple(paragraphs),
        sections=tuple(sorted(sections, key=lambda s: s.span)),
        noise=tuple(sorted(noise, key=lambda n: n.span)),
    )
    return layout, warnings


def _story_lines(text: str, block: Span, noise: list[Noise]) -> list[Span]:
    """A block as story paragraphs, with any noise lines inside it marked and left out."""
    lines = line_spans(text, block)
    kinds = [noise_kind(text[a:b]) for a, b in lines]
    if not any(kinds):
        return [block]
    out: list[Span] = []
    run: list[Span] = []
    for span, kind in zip(lines, kinds):
        if kind:
            noise.append(Noise(kind=kind, span=span))
            if run:
                out.append((run[0][0], run[-1][1]))
                run = []
        else:
            run.append(span)
    if run:
        out.append((run[0][0], run[-1][1]))
    return out


def parse_iso_date(value: str, origin: str, warnings: list[dict]) -> dt.date | None:
    """The date of an ISO date or datetime string ("2023-10-13", "2023-10-13T08:00:00Z")."""
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        warnings.append(warning(Warnings.W003, value=value, origin=origin))
        return None
