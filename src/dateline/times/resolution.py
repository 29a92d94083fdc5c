"""Resolution in document order: the expressions that refer back to an earlier one ("the next
day", "a year earlier" in a story about a quarter) take their value from the `Discourse`, what
the story has mentioned so far."""

from __future__ import annotations

import datetime as dt
import re

from dateline.lexicons.times import YEAR_TO_DATE_MONTHS
from dateline.times import normalise as cal
from dateline.times.drafts import Discourse, Draft


def resolve_in_order(drafts: list[Draft], anchor: dt.date | None) -> list[Draft]:
    discourse = Discourse(anchor=anchor)
    later_days = []  # clock times whose day is a date after them, resolved in its turn
    for draft in drafts:
        if draft.refer is not None:
            try:
                draft.value = draft.refer(discourse)
            except (OverflowError, ValueError):
                draft.value = None  # past the calendar's ends (year 1 or 9999): no value
            draft.refer = None
        if draft.day_from is not None:
            if draft.day_from.refer is not None:
                later_days.append(draft)
            else:
                _take_day(draft)
        draft.value = within_calendar(draft.value)
        if draft.rule not in COMPARISON_RULES:
            remember(discourse, draft.value, draft.end)
    for draft in later_days:
        _take_day(draft)
    return [d for d in drafts if not d.absorbed]


# Between a clock time and the date that gives its day: "6:38 p.m. on Saturday, May 18",
# "at 7 p.m. Friday, Nov. 3"; and between a date and its clock time: "Saturday at 6:38 p.m.",
# "May 18, 6:38 p.m.".
_CLOCK_THEN_DAY = re.compile(r"\s*,?\s*(?:on\s+)?")
_DAY_THEN_CLOCK = re.compile(r"\s*,?\s*(?:at\s+|from\s+)?")
_DAY_OF_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")
# A date straight after a clock time, with nothing or a comma between ("5 p.m. EST Nov. 9", "10
# a.m., Oct. 3"), is one TIMEX3 with it; after "on" it is an expression of its own.
_CLOCK_JOINS_DAY = re.compile(r"\s*,?\s*")
_DAY_RULES = frozenset({"month_day", "day_month", "iso", "numeric_date"})


def attach_clock_days(drafts: list[Draft], text: str) -> None:
    """Give a clock time without a day of its own the date expression next to it: its own
    context, before the article's date ("at 6:38 p.m. on Saturday, May 18" is May 18)."""
    for index, draft in enumerate(drafts):
        if draft.clock is None:
            continue
        after = drafts[index + 1] if index + 1 < len(drafts) else None
        before = drafts[index - 1] if index > 0 else None
        if after is not None and after.type == "DATE" and _CLOCK_THEN_DAY.fullmatch(text, draft.end, after.start):
            draft.day_from = after
            if after.rule in _DAY_RULES and _CLOCK_JOINS_DAY.fullmatch(text, draft.end, after.start):
                draft.end, after.absorbed = after.end, True  # "5 p.m. EST Nov. 9": one expression
        elif before is not None and before.type == "DATE" and _DAY_THEN_CLOCK.fullmatch(text, before.end, draft.start):
            draft.day_from = before


def _take_day(draft: Draft) -> None:
    day_from, draft.day_from = draft.day_from, None
    day_match = _DAY_OF_VALUE.match(day_from.value or "")
    if day_match and draft.clock is not None:
        draft.value = f"{day_match.group()}T{draft.clock}"


_CALENDAR_YEAR = re.compile(r"^(?:-|0000(?!\d))|^\d{5}")


def within_calendar(value: str | None) -> str | None:
    """The value, or None where arithmetic left the calendar (year 0, negative or five-digit years
    from an article dated 0001-01-01 or 9999-12-31)."""
    if value and _CALENDAR_YEAR.match(value):
        return None
    return value


# Comparisons ("a year earlier", "the year-ago quarter") do not move the story's reference time.
COMPARISON_RULES = frozenset({"shift", "year-ago"})


_DAY_VALUE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")


_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")


_YEAR_VALUE = re.compile(r"^(\d{4})")
_MONTHS_VALUE = re.compile(r"^P(\d+)M$")


def remember(discourse: Discourse, value: str | None, end: int | None = None) -> None:
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
            discourse.year_to_date = False
    months_match = _MONTHS_VALUE.match(value)
    if months_match and int(months_match.group(1)) in YEAR_TO_DATE_MONTHS:
        discourse.year_to_date = True
    year_match = _YEAR_VALUE.match(value)
    if year_match:
        discourse.last_year = int(year_match.group(1))
    point = _point_of(value)
    if point is not None:
        discourse.last_point, discourse.last_point_end = point, end


_MONTH_VALUE = re.compile(r"^(\d{4})-(\d\d)$")
_BARE_YEAR_VALUE = re.compile(r"^(\d{4})$")


def _point_of(value: str) -> tuple[str, dt.date] | None:
    """A value as a point at its own granularity: ("day", date), ("month", its 1st), ("year", Jan 1)."""
    try:
        if match := _DAY_VALUE.match(value):
            return "day", dt.date(*(int(g) for g in match.groups()))
        if match := _MONTH_VALUE.match(value):
            return "month", dt.date(int(match.group(1)), int(match.group(2)), 1)
        if match := _BARE_YEAR_VALUE.match(value):
            return "year", dt.date(int(match.group(1)), 1, 1)
    except ValueError:
        return None
    return None


# The units a shift from a point of each granularity can be counted in ("a year later" after
# "2018" is 2019; "two weeks later" after "March 2018" cannot be placed from the month).
_UNITS_FROM = {
    "year": frozenset({"year", "decade", "century"}),
    "month": frozenset({"month", "quarter", "year", "decade", "century"}),
}


def shift_from_discourse(d: Discourse, amount: float, unit: str, sign: int) -> str | None:
    if unit == "year" and d.last_quarter is not None:
        year, number = reported_quarter(d)
        if d.year_to_date:
            return f"{year + int(amount) * sign:04d}"  # "the nine months ... a year earlier": that year
        return cal.quarter(year + int(amount) * sign, number)
    if d.last_point is not None and unit in _UNITS_FROM.get(d.last_point[0], ()):
        # "In 2018 ... a year later": from the nearest preceding explicit time, at its granularity.
        return cal.shift_by_units(d.last_point[1], amount, unit, sign)
    base = d.last_day or d.anchor
    if base is None:
        return None
    return cal.shift_by_units(base, amount, unit, sign)


def year_ago(d: Discourse, amount: float, unit: str, named_quarter: bool = False) -> str | None:
    """"a year ago": in a story reporting a quarter, that quarter a year before (TimeBank 1988-Q3
    in a story on 1989-Q3 results), else the year before the article's."""
    if d.last_quarter is not None:
        year, number = reported_quarter(d)
        if d.year_to_date and not named_quarter:
            return f"{year - 1:04d}"  # "For the nine months ... a year ago": the year before
        return cal.quarter(year - 1, number)
    if d.anchor is None:
        return None
    return cal.shift_by_units(d.anchor, amount, unit, -1)


def reported_quarter(d: Discourse) -> tuple[int, int]:
    """The quarter an earnings story reports on: the last one it named that had begun by the
    article's date (tried on TBAQ: always taking the last closed quarter instead scores the same)."""
    return d.last_quarter
