"""The top of an article: date header, dateline and plain-text headline."""

from __future__ import annotations

import re

from dateline.lexicons.agencies import AGENCY_NAMES, NOT_AGENCIES
from dateline.lexicons.layout import (
    DATE_HEADER_RE,
    DATELINE_MIN_PLACE_LETTERS,
    DATELINE_RE,
    TITLE_MAX_CHARS,
    TITLE_MAX_WORDS,
)
from dateline.record import Dateline, Span


def find_date_header(text: str) -> tuple[str, Span, int] | None:
    """(ISO date, span of `date YYYY-MM-DD`, where the text after it starts)."""
    match = DATE_HEADER_RE.match(text)
    if not match:
        return None
    start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
    return match.group(1), (start, match.end(1)), match.end()


def find_dateline(text: str, pos: int) -> tuple[Dateline, int] | None:
    """The dateline at `pos`, and where the story text after it starts."""
    match = DATELINE_RE.match(text, pos)
    if not match:
        return None
    group = "place" if match.group("place") else "mixed"
    place_raw = match.group(group)
    agency_raw = match.group("agency")
    if agency_raw and agency_raw.strip().lower() in NOT_AGENCIES:
        agency_raw = None
    if sum(c.isalpha() for c in place_raw) < DATELINE_MIN_PLACE_LETTERS:
        return None
    # Without an agency or a date, the dash must be followed by a space: BBC headlines open with
    # hyphenated words ("UK-based bank ...", "EU-US seeking deal") that are not datelines.
    if not agency_raw and not match.group("date") and not text[match.end("dash") : match.end("dash") + 1].isspace():
        return None
    # ... and the opener must be a short run of capital words; "A - B" fails the letter count above.
    if group == "place" and not agency_raw and not match.group("date") and not _looks_like_place(place_raw):
        return None
    start = match.start(group)
    end = match.end("dash")
    place_span = (match.start(group), match.end(group))
    dateline = Dateline(
        span=(start, end),
        place=place_name(place_raw),
        place_span=place_span,
        region=match.group("region"),
        agency=AGENCY_NAMES.get(agency_raw.strip().lower(), agency_raw.strip()) if agency_raw else None,
        agency_span=(match.start("agency"), match.end("agency")) if agency_raw else None,
        date_text=match.group("date"),
        date_span=(match.start("date"), match.end("date")) if match.group("date") else None,
    )
    return dateline, match.end()


def _looks_like_place(raw: str) -> bool:
    """An all-caps opener with neither agency nor date: accept only a short run of capital words."""
    words = raw.split()
    return 1 <= len(words) <= 4 and all(w.isupper() for w in words)


# Words kept as written when a dateline place is put in ordinary capitalisation.
_KEEP_UPPER = re.compile(r"^(?:[A-Z]\.)+$")  # U.S., D.C.
_LOWER_PARTICLES = frozenset({"of", "de", "la", "el", "al", "on", "upon", "du", "des", "der", "da"})


def place_name(raw: str) -> str:
    """`NEW YORK` -> `New York`, `ST. LOUIS` -> `St. Louis`, `U.S.` and `US` stay, `BISHKEK` -> `Bishkek`."""
    if not raw.isupper():
        return raw
    words = []
    for i, word in enumerate(raw.split(" ")):
        if _KEEP_UPPER.match(word) or (len(raw) <= 2 and raw.isalpha()):  # a lone US, UK, EU, UN
            words.append(word)
        elif i and word.lower() in _LOWER_PARTICLES:
            words.append(word.lower())
        else:
            words.append(re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), word.lower()))
    return " ".join(words)


def find_title_line(text: str, pos: int, known_title: str | None) -> tuple[str, Span, int] | None:
    """A headline on the first line: (title, span, where the text after it starts)."""
    line_end = text.find("\n", pos)
    if line_end < 0:
        return None
    line = text[pos:line_end]
    stripped = line.strip()
    if not stripped:
        return None
    start = pos + (len(line) - len(line.lstrip()))
    span = (start, start + len(stripped))
    rest = text[line_end:]
    after = line_end + (len(rest) - len(rest.lstrip()))
    if known_title is not None:
        if stripped == known_title.strip():
            return stripped, span, after
        return None
    if not rest.startswith(("\n\n", "\r\n\r\n")) and not re.match(r"\n[ \t]*\n", rest):
        return None
    if len(stripped) > TITLE_MAX_CHARS or len(stripped.split()) > TITLE_MAX_WORDS:
        return None
    if stripped.endswith((".", ",", ";", ":", '"', "”")) or stripped.startswith(("\"", "“", "(")):
        return None
    if not rest.strip():
        return None
    return stripped, span, after
