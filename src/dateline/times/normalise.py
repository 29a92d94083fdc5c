"""Calendar arithmetic behind TIMEX3 values: resolving a weekday, a month, a quarter or a
"N units ago" against the article's date, and writing durations in ISO 8601.

Pure functions of an anchor date and the expression's parts; the grammar decides which to call.
Tense is one of "PAST", "PRESENT", "FUTURE" or None (unknown), as `times.tense` finds it.
"""

from __future__ import annotations

import datetime as dt

from dateline.lexicons.times import DURATION_UNITS, UNIT_MULTIPLIER, UNIT_PLURALS


def day(d: dt.date) -> str:
    return d.isoformat()


def month(year: int, number: int) -> str:
    return f"{year:04d}-{number:02d}"


def week(d: dt.date) -> str:
    year, number, _ = d.isocalendar()
    return f"{year:04d}-W{number:02d}"


def quarter_of(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def quarter(year: int, number: int) -> str:
    return f"{year:04d}-Q{number}"


def shift_quarter(year: int, number: int, by: int) -> tuple[int, int]:
    index = year * 4 + (number - 1) + by
    return index // 4, index % 4 + 1


def shift_month(year: int, number: int, by: int) -> tuple[int, int]:
    index = year * 12 + (number - 1) + by
    return index // 12, index % 12 + 1


def add_days(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def weekday_date(anchor: dt.date, weekday: int, tense: str | None, direction: int | None = None) -> dt.date:
    """The date of a weekday (ISO number) near the anchor.

    direction -1 ("last Friday") and +1 ("next Friday") are strictly before / after the anchor.
    A bare weekday is the article's own day when it names it ("on Friday" in a Friday story), else
    the latest one before it, as news reports the past; forward when the verb looks ahead.
    """
    delta = weekday - anchor.isoweekday()
    if direction == -1:
        return anchor + dt.timedelta(days=delta - 7 if delta >= 0 else delta)
    if direction == 1:
        return anchor + dt.timedelta(days=delta + 7 if delta <= 0 else delta)
    if delta == 0:
        return anchor
    if tense == "FUTURE":
        return anchor + dt.timedelta(days=delta if delta > 0 else delta + 7)
    return anchor + dt.timedelta(days=delta if delta < 0 else delta - 7)


def month_year(anchor: dt.date, number: int, tense: str | None) -> int:
    """The year of a month named without one: the latest such month up to the anchor's in the
    past tense, the next one from it in the future tense; in the present tense or with none to go
    by, the nearest (the past one on a tie): "properties worth $130 million in October are worth
    half that now" in January is last October: "an agreement to acquire the bank in January" in November is the
    coming January."""
    if tense == "PAST":
        return anchor.year - 1 if number > anchor.month else anchor.year
    if tense == "FUTURE":
        return anchor.year + 1 if number < anchor.month else anchor.year
    ahead = (number - anchor.month) % 12
    back = (anchor.month - number) % 12
    if ahead < back:
        return anchor.year if number >= anchor.month else anchor.year + 1
    return anchor.year if number <= anchor.month else anchor.year - 1


# A day and month named without a year more than this many days from the article's date, in the
# direction the tense contradicts, belongs to the neighbouring year ("Dec. 28" in a January story).
MONTH_DAY_WINDOW = 183


# The tense moves a day and month to the neighbouring year only when the anchor's year puts it more
# than this far on the wrong side: "gave no reason for the Jan. 14 deadline" in a story of Jan. 5 is
# this January (TBAQ NYT20000105.0325), and past-tense talk of a date days ahead is common
# ("payable Dec. 1", "the offer expired Nov. 10" in November stories: measured on TBAQ, dropping
# this margin costs 1.1 points of value F1). Where the sentence itself names an earlier time, the
# grammar takes that year instead (`readers.calendar.read_month_day`).
MONTH_DAY_TENSE_DAYS = 90


def month_day_year(anchor: dt.date, number: int, day_number: int, tense: str | None) -> int | None:
    """The year of a "Sept. 30" without one: the anchor's year unless that puts it more than half a
    year away or against the tense."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, number, day_number))
        except ValueError:
            continue
    if not candidates:
        return None
    same = [c for c in candidates if c.year == anchor.year]
    best = same[0] if same else min(candidates, key=lambda c: abs((c - anchor).days))
    if abs((best - anchor).days) > MONTH_DAY_WINDOW:
        best = min(candidates, key=lambda c: abs((c - anchor).days))
    if tense == "PAST" and best > anchor and (best - anchor).days > MONTH_DAY_TENSE_DAYS:
        earlier = [c for c in candidates if c <= anchor]
        if earlier and (anchor - max(earlier)).days <= MONTH_DAY_WINDOW * 2:
            best = max(earlier)
    elif tense == "FUTURE" and best < anchor and (anchor - best).days > MONTH_DAY_TENSE_DAYS:
        later = [c for c in candidates if c >= anchor]
        if later:
            best = min(later)
    return best.year


def unit_name(word: str) -> str:
    """'Months' -> 'month', 'centuries' -> 'century'."""
    word = word.lower()
    if word in UNIT_PLURALS:
        return UNIT_PLURALS[word]
    return word[:-1] if word.endswith("s") and word[:-1] in DURATION_UNITS else word


def duration(amount: float | None, unit: str) -> str:
    """ISO 8601 duration: (20, 'month') P20M, (24, 'hour') PT24H, (None, 'year') PXY,
    (1.5, 'hour') PT1H30M, (1, 'decade') P10Y, (None, 'decade') PXDE."""
    unit = unit_name(unit)
    designator, timelike = DURATION_UNITS[unit]
    if unit in UNIT_MULTIPLIER:
        if amount is None:
            return f"PX{designator}"
        designator, factor = UNIT_MULTIPLIER[unit]
        amount *= factor
    prefix = "PT" if timelike else "P"
    if amount is None:
        return f"{prefix}X{designator}"
    if amount == int(amount):
        return f"{prefix}{int(amount)}{designator}"
    whole, fraction = int(amount), amount - int(amount)
    smaller = {"H": ("M", 60), "M": ("S", 60) if timelike else ("D", 30), "D": ("H", 24), "Y": ("M", 12), "W": ("D", 7)}
    if designator in smaller:
        small, factor = smaller[designator]
        part = fraction * factor
        if part == int(part):
            if designator == "D" and not timelike:
                return f"P{whole}DT{int(part)}H" if whole else f"PT{int(part)}H"
            head = f"{whole}{designator}" if whole else ""
            return f"{prefix}{head}{int(part)}{small}"
    return f"{prefix}{amount:g}{designator}"


def shift_by_units(anchor: dt.date, amount: float, unit: str, sign: int) -> str | None:
    """The point `amount` units before (sign -1) or after (+1) the anchor, at the unit's
    granularity: "three days ago" a day, "six weeks ago" a week, "two years ago" a year."""
    unit = unit_name(unit)
    n = int(round(amount)) * sign
    if unit in {"day", "night"}:
        return day(anchor + dt.timedelta(days=n))
    if unit in {"week", "weekend"}:
        return week(anchor + dt.timedelta(weeks=n))
    if unit == "fortnight":
        return week(anchor + dt.timedelta(weeks=2 * n))
    if unit == "month":
        return month(*shift_month(anchor.year, anchor.month, n))
    if unit == "quarter":
        return quarter(*shift_quarter(*quarter_of(anchor), n))
    if unit == "year":
        return f"{anchor.year + n:04d}"
    if unit == "decade":
        return f"{anchor.year + 10 * n:04d}"
    if unit == "century":
        return f"{anchor.year + 100 * n:04d}"
    if unit in {"hour", "minute", "second"}:
        return day(anchor)
    return None


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month_number = (h + l - 7 * m + 114) // 31
    return dt.date(year, month_number, (h + l - 7 * m + 114) % 31 + 1)


def nth_weekday(year: int, month_number: int, weekday: int, n: int) -> dt.date:
    """The n-th weekday of a month (n = -1 for the last): Thanksgiving is the 4th Thursday of November."""
    if n > 0:
        first = dt.date(year, month_number, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    following = dt.date(*shift_month(year, month_number, 1), 1)
    last = following - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday_date(year: int, key: str) -> dt.date | None:
    if key == "easter":
        return easter(year)
    if key == "good-friday":
        return easter(year) - dt.timedelta(days=2)
    if key == "thanksgiving":
        return nth_weekday(year, 11, 4, 4)
    if key == "labor-day":
        return nth_weekday(year, 9, 1, 1)
    if key == "memorial-day":
        return nth_weekday(year, 5, 1, -1)
    if key == "election-day":
        return nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    try:
        month_number, day_number = (int(p) for p in key.split("-"))
        return dt.date(year, month_number, day_number)
    except ValueError:
        return None


def period_start(anchor: dt.date, amount: float, unit: str) -> str | None:
    """The start of the `amount` units that end at the anchor ("the past week" from 2023-10-06)."""
    unit = unit_name(unit)
    n = int(amount)
    if amount != n:
        return None
    if unit in {"day", "night"}:
        return day(anchor - dt.timedelta(days=n))
    if unit == "week":
        return day(anchor - dt.timedelta(weeks=n))
    if unit == "fortnight":
        return day(anchor - dt.timedelta(weeks=2 * n))
    if unit in {"month", "quarter", "year", "decade", "century"}:
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit] * n
        year, month_number = shift_month(anchor.year, anchor.month, -months)
        day_number = min(anchor.day, 28)
        return day(dt.date(year, month_number, day_number)) if anchor.day <= 28 else month(year, month_number)
    return None
