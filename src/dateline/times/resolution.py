"""Resolution in document order: the expressions that refer back to an earlier one ("the next
day", "a year earlier" in a story about a quarter) take their value from the `Discourse`, what
the story has mentioned so far."""

from __future__ import annotations

import datetime as dt
import re

from dateline.times import normalise as cal
from dateline.times.drafts import Discourse, Draft


def resolve_in_order(drafts: list[Draft], anchor: dt.date | None) -> list[Draft]:
    discourse = Discourse(anchor=anchor)
    for draft in drafts:
        if draft.refer is not None:
            draft.value = draft.refer(discourse)
            draft.refer = None
        if draft.rule not in COMPARISON_RULES:
            remember(discourse, draft.value)
    return drafts


# Comparisons ("a year earlier", "the year-ago quarter") do not move the story's reference time.
COMPARISON_RULES = frozenset({"shift", "year-ago"})


_DAY_VALUE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")


_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")


_YEAR_VALUE = re.compile(r"^(\d{4})")


def remember(discourse: Discourse, value: str | None) -> None:
    if not value:
        return
    day_match = _DAY_VALUE.match(value)
    if day_match:
        try:
            discourse.last_day = dt.date(*(int(g) for g in day_match.groups()))
        except ValueError:
            pass
    quarter_match = _QUARTER_VALUE.match(value)
    if quarter_match:
        quarter = (int(quarter_match.group(1)), int(quarter_match.group(2)))
        # Only a quarter that has begun is one the story reports on ("expects fourth-quarter
        # profit to fall" in October does not make Q4 the quarter of "a year ago").
        if discourse.anchor is None or quarter <= cal.quarter_of(discourse.anchor):
            discourse.last_quarter = quarter
    year_match = _YEAR_VALUE.match(value)
    if year_match:
        discourse.last_year = int(year_match.group(1))


def shift_from_discourse(d: Discourse, amount: float, unit: str, sign: int) -> str | None:
    if unit == "year" and d.last_quarter is not None:
        year, number = reported_quarter(d)
        return cal.quarter(year + int(amount) * sign, number)
    base = d.last_day or d.anchor
    if base is None:
        return None
    return cal.shift_by_units(base, amount, unit, sign)


def year_ago(d: Discourse, amount: float, unit: str) -> str | None:
    """"a year ago": in a story reporting a quarter, that quarter a year before (TimeBank 1988-Q3
    in a story on 1989-Q3 results), else the year before the article's."""
    if d.last_quarter is not None:
        year, number = reported_quarter(d)
        return cal.quarter(year - 1, number)
    if d.anchor is None:
        return None
    return cal.shift_by_units(d.anchor, amount, unit, -1)


def reported_quarter(d: Discourse) -> tuple[int, int]:
    """The quarter an earnings story reports on: the last one it named that had begun by the
    article's date (tried on TBAQ: always taking the last closed quarter instead scores the same)."""
    return d.last_quarter
