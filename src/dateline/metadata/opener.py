"""The top of an article: the date header and the dateline (headline and byline: headline.py)."""

from __future__ import annotations

import re

from dateline.lexicons.agencies import AGENCY_NAMES, NOT_AGENCIES
from dateline.lexicons.layout import (
    AGENCY_OPENER_RE,
    DATE_HEADER_RE,
    DATELINE_LOOSE_RE,
    DATELINE_MIN_PLACE_LETTERS,
    DATELINE_RE,
)
from dateline.metadata.dates import month_number
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
    found = _dateline_from(DATELINE_RE.match(text, pos), text)
    if found is None:
        # Misspelt months and mistyped days ("Macrh 31", "March 187"): a looser pattern, kept
        # only when its month word is a month.
        loose = DATELINE_LOOSE_RE.match(text, pos)
        if loose and loose.group("date") and month_number(loose.group("date")) is not None:
            found = _dateline_from(loose, text)
    if found is None:
        found = _agency_opener(text, pos)
    return found


def _dateline_from(match: re.Match[str] | None, text: str) -> tuple[Dateline, int] | None:
    if not match:
        return None
    group = next(name for name in ("place", "mixed", "lower") if match.group(name))
    place_raw = match.group(group)
    agency_group = "agency" if match.group("agency") else "reuter"
    agency_raw = match.group(agency_group)
    if agency_raw and agency_raw.strip().lower() in NOT_AGENCIES:
        agency_raw = None
    if sum(c.isalpha() for c in place_raw) < DATELINE_MIN_PLACE_LETTERS:
        return None
    # Without an agency or a date, the dash must be followed by a space: BBC headlines open with
    # hyphenated words ("UK-based bank ...", "EU-US seeking deal") that are not datelines.
    if not agency_raw and not match.group("date") and not text[match.end("dash") : match.end("dash") + 1].isspace():
        return None
    # A dash between numbers is a range ("the March 1-10 period"), not a dateline's dash.
    if text[match.end("dash") : match.end("dash") + 1].isdigit() and text[match.start("dash") - 1 : match.start("dash")].isdigit():
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
        agency=_agency_name(agency_raw) if agency_raw else None,
        agency_span=(match.start(agency_group), match.end(agency_group)) if agency_raw else None,
        date_text=match.group("date"),
        date_span=(match.start("date"), match.end("date")) if match.group("date") else None,
    )
    return dateline, match.end()


def _agency_opener(text: str, pos: int) -> tuple[Dateline, int] | None:
    """`(CNN) —`, `(Bloomberg) --`: an agency with no place, for known agencies only."""
    match = AGENCY_OPENER_RE.match(text, pos)
    if not match or match.group("agency").strip().lower() not in AGENCY_NAMES:
        return None
    dateline = Dateline(
        span=(match.start("agency") - 1, match.end("dash")),
        agency=_agency_name(match.group("agency")),
        agency_span=(match.start("agency"), match.end("agency")),
    )
    return dateline, match.end()


def _agency_name(raw: str) -> str:
    return AGENCY_NAMES.get(raw.strip().lower(), raw.strip())


def _looks_like_place(raw: str) -> bool:
    """An all-caps opener with neither agency nor date: accept only a short run of capital words."""
    words = raw.split()
    return 1 <= len(words) <= 4 and all(w.isupper() for w in words)


# Words kept as written when a dateline place is put in ordinary capitalisation.
_KEEP_UPPER = re.compile(r"^(?:[A-Z]\.)+$")  # U.S., D.C.
_LOWER_PARTICLES = frozenset({"of", "de", "la", "el", "al", "on", "upon", "du", "des", "der", "da"})


def place_name(raw: str) -> str:
    """`NEW YORK` -> `New York`, `ST. LOUIS` -> `St. Louis`, `U.S.` and `US` stay, `BISHKEK` -> `Bishkek`."""
    if raw.islower():  # "omaha", "la paz": a hand-typed dateline
        return " ".join(w if i and w in _LOWER_PARTICLES else w.capitalize() for i, w in enumerate(raw.split(" ")))
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
