"""Helpers every reader shares: making a draft, reading numbers, years, months and weekdays."""

from __future__ import annotations

import re

from dateline.lexicons import times as lex
from dateline.quantities.numbers import parse_number
from dateline.times.drafts import Context, Draft
from dateline.times.patterns import VAGUE


def new_draft(m: re.Match, type_: str, value: str | None, **extra) -> Draft:
    return Draft(m.start(), m.end(), type_, value, **extra)


def amount_of(text: str | None) -> float | None:
    if text is None:
        return None
    text = " ".join(text.lower().split())
    if text in {"a", "an"}:
        return 1.0
    if re.fullmatch(VAGUE, text):
        return None
    return parse_number(text)


def year_of(text: str) -> int:
    text = text.strip("'’")
    if len(text) == 2:
        number = int(text)
        return 1900 + number if number > 30 else 2000 + number
    return int(text)


def any_year(text: str) -> int:
    """A year in digits ("1997", "'97") or spelled ("nineteen ninety-seven")."""
    if text[:1].isdigit() or text[:1] in "'’":
        return year_of(text)
    rest = " ".join(text.lower().replace("-", " ").split()[1:])
    return 1900 if rest == "hundred" else 1900 + int(amount_of(rest) or 0)


def month_number(text: str) -> int:
    return lex.MONTHS[text.rstrip(".")]


def weekday_number(text: str) -> int:
    return lex.WEEKDAYS[text] if text in lex.WEEKDAYS else lex.WEEKDAYS[text.rstrip(".") + "."]


def plausible_year(year: int, ctx: Context) -> bool:
    if not lex.YEAR_RANGE_MIN <= year <= lex.YEAR_RANGE_MAX:
        return False
    if ctx.anchor is not None and year > ctx.anchor.year + lex.YEAR_FUTURE_MARGIN:
        return False
    return True


class Groups:
    """A match with some groups overridden, for readers shared between rules."""

    def __init__(self, match: re.Match, overrides: dict) -> None:
        self._match, self._overrides = match, overrides

    def __getitem__(self, key):
        if key in self._overrides:
            return self._overrides[key]
        try:
            return self._match[key]
        except IndexError:
            return None

    def __getattr__(self, name):
        return getattr(self._match, name)
