"""Metadata: where the date header, dateline, headline, paragraphs, subheadings, noise and credits
are in the unmodified text. Regular expressions only, no NLP, so it is cheap and predictable.

`locate_layout` reads like the algorithm: header, then opener, then blocks, then the tail.
"""

from __future__ import annotations

import datetime as dt

from dateline.context import Layout, RawArticle
from dateline.errors import Warnings, warning
from dateline.metadata.blocks import split_blocks
from dateline.metadata.dates import dateline_date, file_name_date, file_name_year
from dateline.metadata.furniture import classify_blocks
from dateline.metadata.headline import find_head
from dateline.metadata.opener import find_date_header
from dateline.record import Credit, Span, iso_date

__all__ = ["locate_layout", "parse_iso_date"]

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

    # 3. Blocks of the rest: story paragraphs, and the furniture around them (noise lines,
    #    subheadings, credit and contributor lines, link lists, embedded posts, author bios).
    found = classify_blocks(text, split_blocks(text, pos, len(text)))
    paragraphs, noise, sections = found.paragraphs, found.noise, found.sections
    credit_spans: list[Span] = list(head.bylines) + found.credit_spans
    credits: list[Credit] = head.credits + found.credits

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


def parse_iso_date(value: str, origin: str, warnings: list[dict]) -> dt.date | None:
    """The date of an ISO date or datetime string ("2023-10-13", "2023-10-13T08:00:00Z")."""
    try:
        return iso_date(value)
    except ValueError:
        warnings.append(warning(Warnings.W003, value=value, origin=origin))
        return None
