"""The temporal grammar: every rule that finds a temporal expression and says what it means, in
one place.

    RULES      a table of (name, pattern, reader). A pattern matches the TimeML extent of an
               expression (no governing preposition: "Friday" in "on Friday"); its reader turns the
               match into a `Draft` with TIMEX3 type and value, using the article's date (the
               anchor) and the clause's tense, or rejects it.
    find_times runs every rule over the text, keeps the longest non-overlapping readings, takes in
               an amount or point modifier just before an expression ("nearly 20 months",
               "early December"), and resolves the expressions that refer back to an earlier one
               ("the next day", "a year earlier" in a story about a quarter) in document order.

The words come from `dateline.lexicons.times`; the calendar arithmetic from `times.normalise`.
Without an anchor, expressions relative to the article's date keep an underspecified value
("Friday" XXXX-WXX-5, "March" XXXX-03) or none ("yesterday").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from dateline.lexicons import times as lex
from dateline.quantities.numbers import parse_number
from dateline.times import normalise as cal

# -- pattern pieces ----------------------------------------------------------------------------


def _alt(words, case_sensitive: bool = False, escape: bool = True) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    body = "|".join(re.escape(w) if escape else w for w in ordered)
    body = body.replace(r"\ ", r"\s+")
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _month_alt() -> str:
    parts = []
    for name in lex.MONTHS:
        parts.append(re.escape(name) + (r"\.?" if len(name) <= 4 and name not in {"May", "June", "July"} else ""))
    parts.sort(key=len, reverse=True)
    return "(?-i:" + "|".join(parts) + ")"


# Starts: not inside a word, a number ("1,990", "2.5") or an amount ("$1990").
B = r"(?<![\w$£€@#&])(?<!\d[.,/])"
# Ends: not inside a word; numbers not followed by decimals or a percent sign.
E = r"(?!\w)(?!-\w)"
E_NUM = r"(?!\w)(?![.,]\d)(?!\s*(?:%|percent\b|per\s+cent\b))"

MONTH = _month_alt()
WEEKDAY = _alt(lex.WEEKDAYS, case_sensitive=True)
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1\d|20)\d\d(?!\d)"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_W = "one|two|three|four|five|six|seven|eight|nine"
NUMBER_WORD = (
    rf"(?:(?:{_TENS})[- ](?:{_UNITS_W})|(?:{_TENS})|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    rf"seventeen|eighteen|nineteen|{_UNITS_W}|a\s+dozen|dozen|a\s+couple\s+of|a\s+couple|a\s+hundred|hundred)"
)
NUM = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?(?:\s+\d/\d)?|\d/\d|{NUMBER_WORD}|an?)(?:\s+and\s+a\s+half)?"
VAGUE = r"(?:several|a\s+few|few|many|some|a\s+number\s+of|numerous)"
UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries|weekends?)"
UNIT_SG = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|weekend)"
DAYPART = _alt(lex.DAY_PARTS)
SEASON = _alt(lex.SEASONS)
ORDINAL = _alt(lex.ORDINALS)
QUARTER_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
TZ = _alt(lex.TIME_ZONES, case_sensitive=True)
HOLIDAY = _alt(lex.HOLIDAYS, case_sensitive=True)
REFERENCE = _alt(lex.REFERENCE_WORDS)
SET_ADVERB = _alt(lex.SET_ADVERBS)
DIRECTION = r"(?:last|next|this|past|coming|current|upcoming|present)"
ANAPHORIC_DIRECTION = r"(?:next|following|previous|same|preceding|prior)"
AMPM = r"(?:[ap]\.m\.?|[ap]m)(?!\w)"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
# Years as broadcast transcripts spell them: "nineteen ninety-six".
SPOKEN_YEAR = rf"nineteen[- ](?:(?:{_TENS})(?:[- ](?:{_UNITS_W}))?|{_TEENS}|hundred)"


# -- what a rule produces ----------------------------------------------------------------------


@dataclass
class Draft:
    """A temporal expression found in the text, with its TIMEX3 attributes."""

    start: int
    end: int
    type: str
    value: str | None
    mod: str | None = None
    begin: str | None = None  # TIMEX3 beginPoint/endPoint, as values ("1941" for "1941-44")
    finish: str | None = None
    rule: str = ""
    # A reading that depends on what the story mentioned before it ("the next day"): called in
    # document order with the `Discourse` so far, returns the value.
    refer: Callable[["Discourse"], str | None] | None = None


@dataclass
class Discourse:
    """What the story has mentioned so far: the last full date and the last quarter."""

    anchor: dt.date | None
    last_day: dt.date | None = None
    last_quarter: tuple[int, int] | None = None
    last_year: int | None = None


@dataclass
class Context:
    """What a rule's reader may consult: the text, the anchor, and (lazily) tense and words."""

    text: str
    anchor: dt.date | None
    tense_at: Callable[[int, int], str | None]
    pos_at: Callable[[int], str | None]
    tag_at: Callable[[int], str | None]
    cache: dict = field(default_factory=dict)

    def word_before(self, start: int) -> str:
        match = re.search(r"([\w'’$%-]+)\W*$", self.text[max(0, start - 40) : start])
        return match.group(1).lower() if match else ""

    def word_after(self, end: int) -> str:
        match = re.match(r"\W*?([\w'’$%-]+)", self.text[end : end + 40])
        return match.group(1).lower() if match else ""

    def tense(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key not in self.cache:
            self.cache[key] = self.tense_at(start, end)
        return self.cache[key]


Reader = Callable[[re.Match, Context], "Draft | None"]


def _draft(m: re.Match, type_: str, value: str | None, **extra) -> Draft:
    return Draft(m.start(), m.end(), type_, value, **extra)


def _num(text: str | None) -> float | None:
    if text is None:
        return None
    text = " ".join(text.lower().split())
    if text in {"a", "an"}:
        return 1.0
    if re.fullmatch(VAGUE, text):
        return None
    return parse_number(text)


def _year(text: str) -> int:
    text = text.strip("'’")
    if len(text) == 2:
        number = int(text)
        return 1900 + number if number > 30 else 2000 + number
    return int(text)


def _month_number(text: str) -> int:
    return lex.MONTHS[text.rstrip(".")]


def _weekday_number(text: str) -> int:
    return lex.WEEKDAYS[text] if text in lex.WEEKDAYS else lex.WEEKDAYS[text.rstrip(".") + "."]


def _plausible_year(year: int, ctx: Context) -> bool:
    if not lex.YEAR_RANGE_MIN <= year <= lex.YEAR_RANGE_MAX:
        return False
    if ctx.anchor is not None and year > ctx.anchor.year + lex.YEAR_FUTURE_MARGIN:
        return False
    return True


# -- readers -----------------------------------------------------------------------------------


def read_month_day(m: re.Match, ctx: Context) -> Draft | None:
    """"Sept. 30", "Aug. 7, 1998", "Monday, Oct. 26", "13 October 2023"."""
    number, day_number = _month_number(m["mon"]), int(re.match(r"\d+", m["day"]).group())
    year = _year(m["year"]) if m["year"] else None
    if year is None:
        if ctx.anchor is None:
            return _draft(m, "DATE", f"XXXX-{number:02d}-{day_number:02d}")
        year = cal.month_day_year(ctx.anchor, number, day_number, ctx.tense(m.start(), m.end()))
        if year is None:
            return None
    try:
        return _draft(m, "DATE", cal.day(dt.date(year, number, day_number)))
    except ValueError:
        return None


def read_month_year(m: re.Match, ctx: Context) -> Draft | None:
    """"February 2022", "July 1997", "January nineteen ninety-seven"."""
    return _draft(m, "DATE", cal.month(_any_year(m["year"]), _month_number(m["mon"])))


def _any_year(text: str) -> int:
    """A year in digits ("1997", "'97") or spelled ("nineteen ninety-seven")."""
    if text[:1].isdigit() or text[:1] in "'’":
        return _year(text)
    rest = " ".join(text.lower().replace("-", " ").split()[1:])
    return 1900 if rest == "hundred" else 1900 + int(_num(rest) or 0)


def read_month_relative_year(m: re.Match, ctx: Context) -> Draft | None:
    """"June last year", "January this year", "April 5 next year"."""
    if ctx.anchor is None:
        return _draft(m, "DATE", None)
    year = ctx.anchor.year + lex.DIRECTION_WORDS[m["rel"].lower()]
    number = _month_number(m["mon"])
    if m["day"]:
        try:
            return _draft(m, "DATE", cal.day(dt.date(year, number, int(re.match(r"\d+", m["day"]).group()))))
        except ValueError:
            return None
    return _draft(m, "DATE", cal.month(year, number))


def read_month(m: re.Match, ctx: Context) -> Draft | None:
    """A month alone: "in April", "last November", "this September"."""
    name = m["mon"]
    direction = (m["dir"] or "").lower()
    if name in lex.MONTHS and len(name) <= 4 and name not in {"May", "June", "July"}:
        return None  # "Jan Kavan", "Dec" alone: an abbreviation needs its full stop or a day after it
    if name.rstrip(".") in lex.AMBIGUOUS_MONTHS and not direction:
        before = ctx.word_before(m.start())
        # "May" the modal, "March" the verb: a month only after a calendar preposition or a
        # modifier ("in May", "since March", "early May"), or tagged as a proper noun.
        if before not in {"in", "since", "until", "till", "by", "during", "of", "through", "from", "to",
                          "before", "after", "early", "late", "mid", "mid-", "and", "or", "between", "last",
                          "next", "this", "end", "beginning", "middle", "start"}:
            return None
        if ctx.pos_at(m.start()) in {"AUX", "VERB"}:
            return None
    number = _month_number(name)
    if ctx.anchor is None:
        return _draft(m, "DATE", f"XXXX-{number:02d}")
    if direction in {"last", "past"}:
        year = ctx.anchor.year if number < ctx.anchor.month else ctx.anchor.year - 1
    elif direction in {"next", "coming"}:
        year = ctx.anchor.year if number > ctx.anchor.month else ctx.anchor.year + 1
    elif direction == "this":
        year = ctx.anchor.year
    else:
        tense = ctx.tense(m.start(), m.end())
        if ctx.word_before(m.start()) in lex.DEADLINE_PREPOSITIONS and tense == "PAST":
            tense = None  # "gave the bidder until mid-November": a deadline, the nearest one
        year = cal.month_year(ctx.anchor, number, tense)
    return _draft(m, "DATE", cal.month(year, number))


def read_year(m: re.Match, ctx: Context) -> Draft | None:
    """"1990", "fiscal 1989", "'98"."""
    year = _year(m["year"])
    if not _plausible_year(year, ctx):
        return None
    if not m["fiscal"] and not m["year"].startswith(("'", "’")):
        # A 4-digit count ("2000 troops", "1500 people") is a quantity: a plural noun after it.
        following = len(ctx.text) - len(ctx.text[m.end():].lstrip())
        if ctx.tag_at(following) == "NNS" and ctx.word_after(m.end()) not in lex.TIME_UNIT_NOUNS_AFTER_YEAR:
            return None
        if ctx.word_before(m.start()) in lex.COUNT_WORDS_BEFORE_NUMBER:
            return None
    return _draft(m, "DATE", f"{year:04d}")


def read_year_range(m: re.Match, ctx: Context) -> Draft | None:
    """"1941-44", "1990-1995": one period from the first year to the last (TIMEX3 begin/end)."""
    first = _year(m["y1"])
    second_text = m["y2"]
    second = int(str(first)[:2] + second_text) if len(second_text) == 2 else int(second_text)
    if second <= first or second - first > 100 or not _plausible_year(first, ctx):
        return None
    return _draft(m, "DURATION", f"P{second - first + 1}Y", begin=f"{first:04d}", finish=f"{second:04d}")


def read_decade(m: re.Match, ctx: Context) -> Draft | None:
    """"the 1990s" 199, "the '90s" 199, "the 1800s" 18 (a century)."""
    if m["dec"]:
        year = int(m["dec"])
    else:
        year = _year(m["short"])
    if year % 100 == 0 and m["dec"]:
        return _draft(m, "DATE", f"{year // 100:02d}")
    return _draft(m, "DATE", f"{year // 10:03d}")


def read_century(m: re.Match, ctx: Context) -> Draft | None:
    """"the 20th century" 19, "the nineteenth century" 18."""
    number = lex.ORDINALS.get(m["ord"].lower())
    if number is None:
        return None
    return _draft(m, "DATE", f"{number - 1:02d}")


def read_iso(m: re.Match, ctx: Context) -> Draft | None:
    """"2023-10-13", "2023-10-13T09:30"."""
    try:
        dt.date.fromisoformat(m["date"])
    except ValueError:
        return None
    if m["time"]:
        return _draft(m, "TIME", f"{m['date']}T{m['time']}")
    return _draft(m, "DATE", m["date"])


def read_numeric_date(m: re.Match, ctx: Context) -> Draft | None:
    """"10/13/2023" in US order (the wires' order); "13/10/2023" when the first part is above 12."""
    first, second, year = int(m["a"]), int(m["b"]), _year(m["y"])
    month_number, day_number = (first, second) if first <= 12 else (second, first)
    try:
        return _draft(m, "DATE", cal.day(dt.date(year, month_number, day_number)))
    except ValueError:
        return None


def read_weekday(m: re.Match, ctx: Context) -> Draft | None:
    """"Friday" (the story's own day or the latest before it; ahead when the verb looks ahead),
    "last Friday", "next Monday", "Friday morning"."""
    weekday = _weekday_number(m["wd"])
    direction = {"last": -1, "past": -1, "next": 1, "coming": 1}.get((m["dir"] or "").lower())
    part = lex.DAY_PARTS.get((m["part"] or "").lower())
    if ctx.anchor is None:
        value = f"XXXX-WXX-{weekday}"
    else:
        tense = None if direction else ctx.tense(m.start(), m.end())
        if (m["dir"] or "").lower() == "this":
            direction, tense = None, ctx.tense(m.start(), m.end())
        value = cal.day(cal.weekday_date(ctx.anchor, weekday, tense, direction))
    # "Friday morning" is a DATE with its part of day, as TimeBank has it (2000-01-28TMO).
    return _draft(m, "DATE", f"{value}T{part}" if part else value)


def read_deictic_day(m: re.Match, ctx: Context) -> Draft | None:
    """"yesterday", "today", "tomorrow", "tonight", "yesterday morning", "this morning", "last night"."""
    word = (m["word"] or "").lower()
    part = lex.DAY_PARTS.get((m["part"] or "").lower())
    if word == "tonight":
        offset, part = 0, "NI"
    elif word in lex.DAY_DEICTICS:
        offset = lex.DAY_DEICTICS[word]
    else:  # "this morning", "last night"
        offset = -1 if (m["this"] or "").lower() == "last" else 0
    if ctx.anchor is None:
        return _draft(m, "DATE", None)
    value = cal.day(cal.add_days(ctx.anchor, offset))
    # "this morning" is a TIME (TimeBank 1998-02-06TMO); "tonight" a DATE of today (1999-10-24).
    if word == "tonight":
        return _draft(m, "DATE", value)
    return _draft(m, "TIME", f"{value}T{part}") if part else _draft(m, "DATE", value)


def read_relative_unit(m: re.Match, ctx: Context) -> Draft | None:
    """"last week" (ISO week), "this year", "next month", "the past week" (a week up to the
    article's date), "this century", "last fall"."""
    direction = m["dir"].lower()
    unit = m["unit"].lower()
    step = lex.DIRECTION_WORDS[direction]
    anchor = ctx.anchor
    if direction == "past" or (direction == "last" and m["the"]):
        # "the past week", "the last year": the period that ends at the article's date.
        if unit in lex.SEASONS or unit == "weekend":
            step = -1
        else:
            unit_key = unit if unit in lex.DURATION_UNITS else None
            if unit_key is None:
                return None
            draft = _draft(m, "DURATION", cal.duration(1, unit_key))
            if anchor is not None:
                draft.begin, draft.finish = _period_back(anchor, 1, unit_key), cal.day(anchor)
            return draft
    if anchor is None:
        return _draft(m, "DATE", None)
    if unit in lex.SEASONS:
        code = lex.SEASONS[unit]
        year = anchor.year + (step if step else 0)
        if step == -1 and _season_index(code) < _season_index(_season_of(anchor)):
            year = anchor.year
        if step == 1 and _season_index(code) > _season_index(_season_of(anchor)):
            year = anchor.year
        return _draft(m, "DATE", f"{year:04d}-{code}")
    if unit == "day":
        return _draft(m, "DATE", cal.day(cal.add_days(anchor, step)))
    if unit == "week":
        return _draft(m, "DATE", cal.week(cal.add_days(anchor, 7 * step)))
    if unit == "weekend":
        base = cal.add_days(anchor, 7 * step) if step else anchor
        return _draft(m, "DATE", cal.week(base) + "-WE")
    if unit == "month":
        return _draft(m, "DATE", cal.month(*cal.shift_month(anchor.year, anchor.month, step)))
    if unit == "quarter":
        return _draft(m, "DATE", cal.quarter(*cal.shift_quarter(*cal.quarter_of(anchor), step)))
    if unit == "year":
        return _draft(m, "DATE", f"{anchor.year + step:04d}")
    if unit == "decade":
        return _draft(m, "DATE", f"{(anchor.year // 10 + step):03d}")
    if unit == "century":
        return _draft(m, "DATE", f"{(anchor.year // 100 + step):02d}")
    return None


def _period_back(anchor: dt.date, amount: float, unit: str) -> str | None:
    """The start of the `amount` units that end at the anchor ("the past week" from 2023-10-06)."""
    unit = cal.unit_name(unit)
    n = int(amount)
    if amount != n:
        return None
    if unit in {"day", "night"}:
        return cal.day(anchor - dt.timedelta(days=n))
    if unit == "week":
        return cal.day(anchor - dt.timedelta(weeks=n))
    if unit == "fortnight":
        return cal.day(anchor - dt.timedelta(weeks=2 * n))
    if unit in {"month", "quarter", "year", "decade", "century"}:
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit] * n
        year, month_number = cal.shift_month(anchor.year, anchor.month, -months)
        day_number = min(anchor.day, 28)
        return cal.day(dt.date(year, month_number, day_number)) if anchor.day <= 28 else cal.month(year, month_number)
    return None


def _season_of(d: dt.date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")


def _season_index(code: str) -> int:
    return {"WI": 0, "SP": 1, "SU": 2, "FA": 3}[code]


def read_duration(m: re.Match, ctx: Context) -> Draft | None:
    """"nearly 20 months" (the modifier is added later), "24 hours", "the past two months",
    "several years", "a year ago", "three days earlier", "the first nine months"."""
    unit = cal.unit_name(m["unit"])
    number_text = m["num"]
    if re.fullmatch(YEAR, number_text) and not unit.startswith(("hour", "minute", "second")):
        return None  # "the 1988 quarter" is a quarter of 1988, read by `period_of_year`
    amount = _num(number_text)
    if amount is not None and m["half"]:
        amount += 0.5  # "a minute and a half" PT1M30S
    vague = amount is None
    if vague and not re.fullmatch(VAGUE, " ".join(number_text.lower().split())):
        return None
    plural = m["unit"].lower().endswith("s") or m["unit"].lower() == "centuries"
    if not vague and amount == 1 and plural and number_text.lower() not in {"1", "one"}:
        return None
    if number_text.lower() in {"a", "an"} and plural:
        return None
    if m["unit"].lower() == "years" and ctx.word_after(m.end()) == "old":
        return None  # "Mr. Reupke, 52 years old": an age, which TimeBank leaves untagged
    suffix = " ".join((m["suffix"] or "").lower().split())
    direction = (m["dir"] or "").lower()
    if number_text.lower() in {"a", "an"} and not suffix and not direction and not m["the"]:
        before = ctx.word_before(m.start())
        # "$5 a year", "twice a week", "40 hours a week": a rate, a TIMEX3 SET.
        if _RATE_BEFORE.search(ctx.text[max(0, m.start() - RATE_REACH) : m.start()]) or before in {"once", "twice", "thrice"}:
            return _draft(m, "SET", cal.duration(1, unit))
    if suffix in {"ago", "earlier", "later", "from now", "hence", "back", "before", "previously"} and not direction:
        sign = 1 if suffix in {"later", "from now", "hence"} else -1
        if vague:
            return _draft(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        if suffix in {"earlier", "later"}:
            # "a year earlier": relative to the time the story is talking about (its last date, or
            # the quarter it reports on), which only the discourse knows.
            return Draft(m.start(), m.end(), "DATE", None, rule="shift",
                         refer=lambda d, a=amount, u=unit, s=sign: _shift_from_discourse(d, a, u, s))
        if ctx.anchor is None:
            return _draft(m, "DATE", None)
        if unit == "year" and amount == 1 and suffix == "ago":
            return Draft(m.start(), m.end(), "DATE", None, rule="shift",
                         refer=lambda d, a=amount, u=unit: _year_ago(d, a, u))
        return _draft(m, "DATE", cal.shift_by_units(ctx.anchor, amount, unit, sign))
    if unit == "weekend" and not vague and amount == 1:
        return None  # "a weekend" is left to the weekend rules
    value = cal.duration(amount, unit)
    draft = _draft(m, "DURATION", value)
    if ctx.anchor is not None and not vague and direction in {"past", "last", "previous"} and m["the"] is not None or (direction == "past" and not vague and ctx.anchor is not None):
        draft.begin, draft.finish = _period_back(ctx.anchor, amount, unit), cal.day(ctx.anchor)
    return draft


# An amount just before "a year" makes a rate, a TIMEX3 SET: "$33 million a year", "fifty thousand
# CDs a year", "hundreds of interviews a day" (the amount, then at most two words).
_RATE_BEFORE = re.compile(
    r"(?:\d[\d,.]*%?|percent|cents?|dollars?|million|billion|thousand|hundred|hundreds|thousands|dozens|"
    r"times|once|twice)(?:\s+(?:of\s+)?[A-Za-z'-]+){0,2}\s+$", re.I)
RATE_REACH = 45


def _shift_from_discourse(d: Discourse, amount: float, unit: str, sign: int) -> str | None:
    if unit == "year" and d.last_quarter is not None:
        year, number = _reported_quarter(d)
        return cal.quarter(year + int(amount) * sign, number)
    base = d.last_day or d.anchor
    if base is None:
        return None
    return cal.shift_by_units(base, amount, unit, sign)


def _year_ago(d: Discourse, amount: float, unit: str) -> str | None:
    """"a year ago": in a story reporting a quarter, that quarter a year before (TimeBank 1988-Q3
    in a story on 1989-Q3 results), else the year before the article's."""
    if d.last_quarter is not None:
        year, number = _reported_quarter(d)
        return cal.quarter(year - 1, number)
    if d.anchor is None:
        return None
    return cal.shift_by_units(d.anchor, amount, unit, -1)


def _reported_quarter(d: Discourse) -> tuple[int, int]:
    """The quarter an earnings story reports on: the last one it named that had begun by the
    article's date (tried on TBAQ: always taking the last closed quarter instead scores the same)."""
    return d.last_quarter


def read_bare_units(m: re.Match, ctx: Context) -> Draft | None:
    """"for years", "within weeks", "in recent months": a duration of unknown length (PXY)."""
    before = ctx.word_before(m.start())
    if not m["recent"] and before not in {"for", "within", "over", "in", "after", "coming", "past", "last", "next", "take", "takes", "took", "lasted"}:
        return None
    unit = cal.unit_name(m["unit"])
    if m["recent"] and unit in {"year", "decade"}:
        return None  # "recent years" is PAST_REF (the reference rule)
    return _draft(m, "DURATION", cal.duration(None, unit))


def read_adjectival_duration(m: re.Match, ctx: Context) -> Draft | None:
    """"two-year", "16-hour", "year-long". Ages ("a 6-year-old boy") are not times: TimeBank leaves
    them untagged, and a reader wants them with the person."""
    if m.group(0).lower().endswith("-old"):
        return None
    amount = _num(m["num"].replace("-", " ")) if m["num"] else 1.0
    if amount is None:
        amount = _num(m["num"])
    if amount is None:
        return None
    return _draft(m, "DURATION", cal.duration(amount, m["unit"]))


def read_quarter(m: re.Match, ctx: Context) -> Draft | None:
    """"the third quarter", "third-quarter", "the fourth quarter of 1989", "Q3 2023",
    "this year's third quarter", "the first half" (H1)."""
    ordinal = (m["ord"] or m["q"] or "").lower().lstrip("q")
    is_half = (m["unit"] or "").lower() == "half"
    number = 2 if is_half and ordinal in {"last", "latter"} else lex.ORDINALS.get(ordinal) or (int(ordinal) if ordinal.isdigit() else None)
    if number is None or number > (2 if is_half else 4):
        return None
    year = None
    if m["yr"]:
        year = _year(m["yr"])
    elif m["rel"] and ctx.anchor is not None:
        year = ctx.anchor.year + lex.DIRECTION_WORDS[m["rel"].lower()]
    elif ctx.anchor is not None:
        anchor_year, anchor_quarter = cal.quarter_of(ctx.anchor)
        current = anchor_quarter if not is_half else (1 if ctx.anchor.month <= 6 else 2)
        tense = ctx.tense(m.start(), m.end())
        # The latest such quarter that has begun, unless the clause looks ahead.
        year = anchor_year if number <= current or tense == "FUTURE" else anchor_year - 1
    if m["ago"] and year is not None:
        year -= 1
    label = f"H{number}" if is_half else f"Q{number}"
    if year is None:
        return _draft(m, "DATE", f"XXXX-{label}")
    return _draft(m, "DATE", f"{year:04d}-{label}")


def read_period(m: re.Match, ctx: Context) -> Draft | None:
    """Earnings-story periods: "the quarter", "the latest quarter" (the last one closed before the
    article), "the year-ago quarter", "year-earlier" (the same quarter a year before), "the year"."""
    words = " ".join((m["w"] or "").lower().split())
    unit = (m["unit"] or "quarter").lower()
    anchor = ctx.anchor
    if words in {"year-ago", "year-earlier", "year ago", "year earlier"}:
        if unit in {"quarter", "period", ""} or not m["unit"]:
            return Draft(m.start(), m.end(), "DATE", None, rule="year-ago",
                         refer=lambda d: _year_ago(d, 1, "year"))
        if unit == "year":
            return _draft(m, "DATE", f"{anchor.year - 1:04d}" if anchor else None)
        return None
    if anchor is None:
        return _draft(m, "DATE", None)
    if unit in {"quarter", "period"}:
        if unit == "period" and not words:
            return None  # "the period" alone is any period
        last = cal.shift_quarter(*cal.quarter_of(anchor), -1)
        if words in {"current", "present"}:
            return _draft(m, "DATE", cal.quarter(*cal.quarter_of(anchor)))
        if words in {"latest", "most recent", "just-ended", "recent"}:
            return _draft(m, "DATE", cal.quarter(*last))  # the last quarter closed before the article
        return Draft(m.start(), m.end(), "DATE", None, rule="period",
                     refer=lambda d, q=last: cal.quarter(*(d.last_quarter or q)))
    if unit == "year":
        after = ctx.word_after(m.end())
        if after in {"before", "earlier", "after", "later"}:
            return None  # "the year before": relative to another time, which the text gives
        if after in {"ending", "ended", "to", "through"} and not words:
            return _draft(m, "DURATION", "P1Y")  # "in the year ended March 31": a fiscal year's length
        # "for the year", "a high for the year", "the first nine months of the year": this year.
        return _draft(m, "DATE", f"{anchor.year:04d}")
    if unit == "month":
        return _draft(m, "DATE", cal.month(anchor.year, anchor.month))
    if unit == "week":
        return _draft(m, "DATE", cal.week(anchor))
    return None


def read_spoken_year(m: re.Match, ctx: Context) -> Draft | None:
    """Years as broadcast transcripts spell them: "nineteen ninety-six", "the year two thousand"."""
    words = m["spoken"].lower().replace("-", " ").split()
    if words[0] == "nineteen":
        rest = " ".join(words[1:])
        year = 1900 if rest == "hundred" else 1900 + int(_num(rest) or 0)
    elif words[0] == "two":
        tail = [w for w in words[2:] if w != "and"]
        year = 2000 + int(_num(" ".join(tail)) or 0) if tail else 2000
    else:  # "twenty ten" style
        year = 2000 + int(_num(" ".join(words[1:])) or 0)
        if not m.group(0).lower().startswith("the year") and year < 2010:
            return None  # "twenty five" is a count
    if m["spoken"].lower().startswith("nineteen") and len(words) == 1:
        return None
    return _draft(m, "DATE", f"{year:04d}")


def read_period_of_year(m: re.Match, ctx: Context) -> Draft | None:
    """"the 1988 quarter", "the 1989 period": the quarter the story reports on, in that year."""
    year = _year(m["yr"])
    anchor_quarter = cal.shift_quarter(*cal.quarter_of(ctx.anchor), -1)[1] if ctx.anchor else None
    return Draft(m.start(), m.end(), "DATE", None, rule="year-ago",
                 refer=lambda d: cal.quarter(year, (d.last_quarter or (0, anchor_quarter))[1]) if (d.last_quarter or anchor_quarter) else None)


def read_year_end(m: re.Match, ctx: Context) -> Draft | None:
    """"year-end", "the 1989 year-end": the end of the year (mod END); in the first quarter
    of a year, the year-end just past."""
    if m["yr"]:
        year = int(m["yr"])
    elif ctx.anchor is None:
        return _draft(m, "DATE", None, mod="END")
    else:
        year = ctx.anchor.year - 1 if ctx.anchor.month <= 3 and ctx.tense(m.start(), m.end()) != "FUTURE" else ctx.anchor.year
    return _draft(m, "DATE", f"{year:04d}", mod="END")


def read_fiscal_year(m: re.Match, ctx: Context) -> Draft | None:
    """"the fiscal year" (a year's duration in an earnings story), "this fiscal year"."""
    return _draft(m, "DURATION", "P1Y")


def read_reference(m: re.Match, ctx: Context) -> Draft | None:
    """"now" PRESENT_REF, "recently" PAST_REF, "the future" FUTURE_REF."""
    phrase = " ".join(m.group(0).lower().split())
    if phrase in lex.ADVERB_ONLY_REFERENCES and ctx.pos_at(m.start()) not in {"ADV"}:
        return None
    if phrase == "now" and ctx.word_after(m.end()) in {"that"} and ctx.pos_at(m.start()) == "SCONJ":
        return None
    if phrase in {"future", "the future"} and ctx.pos_at(m.end() - 1) not in {None, "NOUN"}:
        return None
    if phrase == "future" and ctx.word_before(m.start()) not in {"in", "near", "foreseeable", "distant", "for"}:
        return None
    return _draft(m, "DATE", lex.REFERENCE_WORDS[phrase])


def read_time_adjective(m: re.Match, ctx: Context) -> Draft | None:
    """"the current crisis" PRESENT_REF, "recent attacks" PAST_REF (TimeML tags the adjective)."""
    if ctx.pos_at(m.start()) not in {None, "ADJ"}:
        return None
    after = ctx.word_after(m.end())
    if after in lex.NOT_TIME_ADJECTIVE_BEFORE or not re.match(r"\s+[a-z]", ctx.text[m.end() : m.end() + 3]):
        return None
    return _draft(m, "DATE", lex.TIME_ADJECTIVES[m["adj"].lower()])


def read_the_weekend(m: re.Match, ctx: Context) -> Draft | None:
    """"the weekend": the one just past (the current one on a Saturday or Sunday), or the next
    when the clause looks ahead; the ISO week's weekend (2000-W15-WE)."""
    if ctx.anchor is None:
        return _draft(m, "DATE", None)
    anchor = ctx.anchor
    if anchor.isoweekday() >= 6:
        saturday = anchor - dt.timedelta(days=anchor.isoweekday() - 6)
    elif ctx.tense(m.start(), m.end()) == "FUTURE":
        saturday = anchor + dt.timedelta(days=6 - anchor.isoweekday())
    else:
        saturday = anchor - dt.timedelta(days=anchor.isoweekday() + 1)
    return _draft(m, "DATE", cal.week(saturday) + "-WE")


def read_set(m: re.Match, ctx: Context) -> Draft | None:
    """"daily", "every week", "each year", "twice a week", "every Monday", "per year"."""
    if m["adverb"]:
        word = " ".join(m["adverb"].lower().split())
        if ctx.word_after(m.end()) in lex.SET_NOT_BEFORE or ctx.word_before(m.start()) in {"the", "a", "its", "their"}:
            return None
        return _draft(m, "SET", lex.SET_ADVERBS[word])
    if m["wd"]:
        return _draft(m, "SET", f"XXXX-WXX-{_weekday_number(m['wd'])}")
    if m["mon"]:
        return _draft(m, "SET", f"XXXX-{_month_number(m['mon']):02d}")
    if m["part"]:
        return _draft(m, "SET", f"T{lex.DAY_PARTS[m['part'].lower()]}")
    unit = cal.unit_name(m["unit"])
    amount = _num(m["num"]) if m["num"] else 1.0
    if m["other"]:
        amount = 2.0
    if amount is None:
        return None
    return _draft(m, "SET", cal.duration(amount, unit))


def read_clock(m: re.Match, ctx: Context) -> Draft | None:
    """"10 a.m.", "6:30 p.m. EDT", "9 a.m. Tuesday", "noon", "midnight"."""
    if m["word"]:
        hour, minute = (12, 0) if m["word"].lower() == "noon" else (24, 0)
    else:
        hour = int(m["h"] or m["h24"])
        minute = int(m["min"] or m["min2"] or 0)
        ampm = (m["ampm"] or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        if ampm.startswith("a") and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            return None
    if m["day"] is not None:
        day_word = m["day"]
        if day_word.lower() in lex.DAY_DEICTICS:
            base = cal.add_days(ctx.anchor, lex.DAY_DEICTICS[day_word.lower()]) if ctx.anchor else None
        else:
            base = cal.weekday_date(ctx.anchor, _weekday_number(day_word), ctx.tense(m.start(), m.end())) if ctx.anchor else None
    else:
        base = ctx.anchor
    if base is None:
        return _draft(m, "TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}")
    return _draft(m, "TIME", f"{cal.day(base)}T{hour:02d}:{minute:02d}")


def read_season(m: re.Match, ctx: Context) -> Draft | None:
    """"the summer of 1998", "spring 2000", "in the summer" (this year's)."""
    code = lex.SEASONS[m["s"].lower()]
    if m["yr"]:
        return _draft(m, "DATE", f"{_any_year(m['yr']):04d}-{code}")
    before = ctx.word_before(m.start())
    if m["s"].lower() == "fall" and before != "the":
        return None
    if before not in {"in", "the", "during", "by", "until", "since", "early", "late", "mid", "this", "over",
                      "for", "through", "throughout", "of", "last", "next", "into"}:
        return None
    if ctx.anchor is None:
        return _draft(m, "DATE", f"XXXX-{code}")
    # "in the summer", "in summer": this year's (TimeBank 1989-SU). A generic season ("the passes
    # are open only in summer") reads the same way: a known limit.
    return _draft(m, "DATE", f"{ctx.anchor.year:04d}-{code}")


def read_holiday(m: re.Match, ctx: Context) -> Draft | None:
    """"Christmas", "Thanksgiving Day", "Easter 2024", "last Thanksgiving"."""
    key = lex.HOLIDAYS[" ".join(m["h"].split())]
    year = _year(m["yr"]) if m["yr"] else None
    if year is None and ctx.anchor is None:
        return _draft(m, "DATE", None)
    if year is None:
        year = ctx.anchor.year
        day_ = cal.holiday_date(year, key)
        direction = (m["dir"] or "").lower()
        tense = ctx.tense(m.start(), m.end())
        if day_ and (direction == "last" or (tense == "PAST" and not direction)) and day_ > ctx.anchor:
            year -= 1
        elif day_ and (direction == "next" or (tense == "FUTURE" and not direction)) and day_ < ctx.anchor:
            year += 1
    found = cal.holiday_date(year, key)
    return _draft(m, "DATE", cal.day(found) if found else None)


def read_anaphoric(m: re.Match, ctx: Context) -> Draft | None:
    """"the next day", "that day", "the following week", "earlier that day": relative to the last
    date the story gave (the article's date if none)."""
    unit = m["unit"].lower()
    rel = (m["rel"] or "that").lower()
    step = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1}.get(rel, 0)
    if m["ba"]:
        step = -1 if m["ba"].lower() == "before" else 1
    part = lex.DAY_PARTS.get(unit)
    type_ = "TIME" if part else "DATE"

    def refer(d: Discourse) -> str | None:
        base = d.last_day or d.anchor
        if base is None:
            return None
        if unit in {"day", "morning", "afternoon", "evening", "night"}:
            value = cal.day(cal.add_days(base, step))
            return f"{value}T{part}" if part else value
        if unit in {"week", "weekend"}:
            return cal.week(cal.add_days(base, 7 * step)) + ("-WE" if unit == "weekend" else "")
        if unit == "month":
            return cal.month(*cal.shift_month(base.year, base.month, step))
        if unit == "year":
            return f"{(d.last_year or base.year) + step:04d}"
        return None

    return Draft(m.start(), m.end(), type_, None, rule="anaphoric", refer=refer)


# -- the rules ---------------------------------------------------------------------------------


def _rule(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


RULES: list[tuple[str, re.Pattern[str], Reader]] = [
    ("month_day", _rule(rf"{B}(?:{WEEKDAY},?\s+)?(?P<mon>{MONTH})\s*(?P<day>{DAYNUM})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?{E_NUM}"), read_month_day),
    ("day_month", _rule(rf"{B}(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{DAYNUM})\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR}))?{E_NUM}"), read_month_day),
    ("month_year", _rule(rf"{B}(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR}|{SPOKEN_YEAR}){E_NUM}"), read_month_year),
    ("month_relative_year", _rule(rf"{B}(?P<mon>{MONTH})(?:\s+(?P<day>{DAYNUM}))?,?\s+(?P<rel>last|this|next)\s+year{E}"), None),
    ("month", _rule(rf"{B}(?:(?P<dir>last|next|this|past|coming)\s+)?(?P<mon>{MONTH}){E}"), read_month),
    ("year", _rule(rf"{B}(?:(?P<fiscal>fiscal(?:\s+year)?|FY|calendar(?:\s+year)?)\s*)?(?P<year>{YEAR}|['’]\d\d(?!\w|['’]?s)){E_NUM}"), read_year),
    ("year_range", _rule(rf"{B}(?P<y1>{YEAR})\s*[-–—/]\s*(?P<y2>{YEAR}|\d\d(?!\d)){E_NUM}"), read_year_range),
    ("decade", _rule(rf"{B}(?:(?P<dec>(?:1\d|20)\d0)['’]?s|['’](?P<short>\d0)['’]?s){E}"), read_decade),
    ("century", _rule(rf"{B}the\s+(?P<ord>{ORDINAL})\s+century{E}"), read_century),
    ("iso", _rule(rf"{B}(?P<date>\d{{4}}-\d\d-\d\d)(?:T(?P<time>\d\d:\d\d(?::\d\d)?))?{E_NUM}"), read_iso),
    ("numeric_date", _rule(rf"{B}(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}}|\d\d){E_NUM}"), read_numeric_date),
    ("weekday", _rule(rf"{B}(?:(?P<dir>last|next|this|coming|past)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<part>{DAYPART}))?(?!\w)"), read_weekday),
    ("deictic_day", _rule(rf"{B}(?:(?P<word>today|yesterday|tomorrow|tonight)(?:\s+(?P<part>morning|afternoon|evening|night))?|(?P<this>this|last)\s+(?P<part2>morning|afternoon|evening|night)){E}"), None),
    ("relative_unit", _rule(rf"{B}(?P<the>the\s+)?(?P<dir>{DIRECTION})\s+(?:fiscal\s+)?(?P<unit>week|month|year|quarter|decade|century|weekend|day|{SEASON}){E}"), read_relative_unit),
    ("relative_month", _rule(rf"{B}(?P<dir>last|next|this|past|coming)\s+(?P<mon>{MONTH}){E}"), read_month),
    ("duration", _rule(
        rf"{B}(?:(?P<the>the)\s+)?(?:(?P<dir>past|last|next|coming|first|previous|following|final|remaining|latest|initial|preceding|ensuing|last\s+few|past\s+few|next\s+few|same)\s+)?"
        rf"(?P<num>{VAGUE}|{NUM})(?:\s*(?:to|or|-|–)\s*(?P<upper>{NUM}))?\s+(?:(?:more|additional|further|straight|consecutive|full|long|short)\s+)?(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?"
        rf"(?:\s+(?:or\s+so\s+)?(?P<suffix>ago|earlier|later|from\s+now|hence|back))?{E}"), read_duration),
    ("bare_units", _rule(rf"{B}(?:(?P<recent>recent)\s+)?(?P<unit>years|months|weeks|days|decades|hours|minutes){E}"), read_bare_units),
    ("adjectival_duration", _rule(rf"{B}(?:(?P<num>\d+(?:\.\d+)?|{NUMBER_WORD})-)(?P<unit>{UNIT_SG})(?:-old|-long)?{E}|{B}(?P<unit2>year|day|month|week|hour)-long{E}"), None),
    ("quarter", _rule(
        rf"{B}(?:the\s+)?(?:(?P<yr>{YEAR})\s+|(?P<rel>this|last|next)\s+year['’]s\s+|(?P<ago>year-ago|year-earlier)\s+)?(?:(?:fiscal|calendar)\s+)?(?P<ord>{QUARTER_ORD}|(?<=\s)last(?=\s+half)|latter(?=\s+half))[- ](?:fiscal[- ])?(?P<unit>quarter|half)"
        rf"(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?:(?P<yr2>{YEAR})|(?P<rel2>this|last|next)\s+year))?{E}"), None),
    ("quarter_code", _rule(rf"{B}(?-i:(?P<q>Q[1-4]))(?:\s+(?P<yr>{YEAR}))?{E}"), None),
    ("period", _rule(rf"{B}(?:the\s+)?(?:(?:comparable|same|corresponding)\s+)?(?:(?P<w>latest|most\s+recent|recent|current|year-ago|year-earlier|full|whole|entire|just-ended)\s+)?(?:(?:fiscal|calendar)\s+)?(?P<unit>quarter|period|year|month|week){E}"), None),
    ("year_ago_period", _rule(rf"{B}(?:the\s+)?(?:(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?:of\s+|in\s+)?last\s+year|last\s+year['’]s\s+(?:quarter|period)|the\s+quarter\s+a\s+year\s+(?:ago|earlier)){E}"), None),
    ("year_ago_adj", _rule(rf"{B}(?P<w>year-ago|year-earlier){E}"), None),
    ("spoken_year", _rule(rf"{B}(?:the\s+year\s+)?(?P<spoken>{SPOKEN_YEAR}|(?<=the\syear\s)two\s+thousand(?:\s+and\s+(?:{_UNITS_W}|ten))?|twenty[- ](?:{_UNITS_W}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)){E}"), read_spoken_year),
    ("period_of_year", _rule(rf"{B}the\s+(?P<yr>{YEAR})\s+(?:fiscal\s+)?(?P<unit>quarter|period){E}"), read_period_of_year),
    ("year_end", _rule(rf"{B}(?:the\s+)?(?P<yr>{YEAR}\s+)?year[- ]end{E}"), None),
    ("fiscal_year", _rule(rf"{B}the\s+fiscal\s+year{E}"), read_fiscal_year),
    ("reference", _rule(rf"{B}{REFERENCE}{E}"), read_reference),
    ("time_adjective", _rule(rf"{B}(?P<adj>current|recent){E}"), None),
    ("weekend", _rule(rf"{B}the\s+weekend{E}"), None),
    ("set", _rule(
        rf"{B}(?:(?P<adverb>{SET_ADVERB})|(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{NUM})\s+)?(?:(?P<unit>{UNIT})|(?P<wd>{WEEKDAY})|(?P<part>{DAYPART})|(?P<mon>{MONTH}))"
        rf"|(?:once|twice|(?:{NUM})\s+times)\s+(?:a|an|per|every|each)\s+(?P<unit_f>{UNIT_SG})|per\s+(?P<unit_p>{UNIT_SG})){E}"), None),
    ("clock", _rule(
        rf"{B}(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>{AMPM})|(?P<h24>[01]?\d|2[0-3]):(?P<min2>[0-5]\d)(?=\s+{TZ})|(?P<word>noon|midnight))"
        rf"(?:\s+(?:\(\d+\s+GMT\)|{TZ}))?(?:,?\s+(?P<day>today|yesterday|tomorrow|{WEEKDAY}))?(?!\w)"), read_clock),
    ("season", _rule(rf"{B}(?:the\s+)?(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<yr>{YEAR}|{SPOKEN_YEAR}))?{E}"), read_season),
    ("holiday", _rule(rf"{B}(?:(?P<dir>last|next|this)\s+)?(?P<h>{HOLIDAY})(?:,?\s+(?P<yr>{YEAR}))?{E}"), read_holiday),
    ("anaphoric", _rule(
        rf"{B}(?:(?:that|the\s+(?P<rel>{ANAPHORIC_DIRECTION}))\s+(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)"
        rf"|the\s+(?P<unit_b>day|night)\s+(?P<ba>before|after)(?!\s+(?:the|a|his|her|their|its|\w+ing)\b)){E}"), None),
]


def _read_deictic(m: re.Match, ctx: Context) -> Draft | None:
    return read_deictic_day(_Groups(m, {"part": m["part"] or m["part2"]}), ctx)


def _read_adjectival(m: re.Match, ctx: Context) -> Draft | None:
    if m["unit2"]:
        return _draft(m, "DURATION", cal.duration(1, m["unit2"]))
    return read_adjectival_duration(m, ctx)


def _read_quarter(m: re.Match, ctx: Context) -> Draft | None:
    groups = {"yr": m["yr"] or m["yr2"], "rel": m["rel"] or m["rel2"], "q": None, "ago": m["ago"]}
    return read_quarter(_Groups(m, groups), ctx)


def _read_quarter_code(m: re.Match, ctx: Context) -> Draft | None:
    return read_quarter(_Groups(m, {"ord": None, "unit": "quarter", "rel": None, "ago": None}), ctx)


def _read_set(m: re.Match, ctx: Context) -> Draft | None:
    if m["unit_f"]:
        times = re.match(r"\s*(once|twice|.+?)\s+times", m.group(0), re.I)
        word = m.group(0).split()[0].lower()
        freq = {"once": 1, "twice": 2}.get(word) or (_num(times.group(1)) if times else None)
        draft = _draft(m, "SET", cal.duration(1, m["unit_f"]))
        return draft if freq else None
    if m["unit_p"]:
        return _draft(m, "SET", cal.duration(1, m["unit_p"]))
    return read_set(m, ctx)


def _read_anaphoric(m: re.Match, ctx: Context) -> Draft | None:
    return read_anaphoric(_Groups(m, {"unit": m["unit"] or m["unit_b"]}), ctx)


def _read_period(m: re.Match, ctx: Context) -> Draft | None:
    words = " ".join((m["w"] or "").lower().split())
    text = m.group(0).lower()
    if not text.startswith("the") and words not in {"year-ago", "year-earlier"}:
        return None  # "quarter", "year" alone are nouns, not expressions
    if not words and (m["unit"] or "").lower() in {"week", "month"} and ctx.word_before(m.start()) not in {"this", "of", "during", "in", "for", "earlier", "later"}:
        return None
    return read_period(m, ctx)


class _Groups:
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


_OVERRIDDEN_READERS: dict[str, Reader] = {
    "deictic_day": _read_deictic,
    "adjectival_duration": _read_adjectival,
    "quarter": _read_quarter,
    "quarter_code": _read_quarter_code,
    "period": _read_period,
    "set": _read_set,
    "anaphoric": _read_anaphoric,
    "time_adjective": read_time_adjective,
    "weekend": read_the_weekend,
    "year_end": read_year_end,
    "month_relative_year": read_month_relative_year,
    "year_ago_period": lambda m, ctx: Draft(m.start(), m.end(), "DATE", None, rule="year-ago", refer=lambda d: _year_ago(d, 1, "year")),
    "year_ago_adj": lambda m, ctx: read_period(_Groups(m, {"unit": None}), ctx),
}
RULES = [(name, pattern, reader or _OVERRIDDEN_READERS[name]) for name, pattern, reader in RULES]

# A cheap test per rule of whether the text can hold a match at all: a rule whose trigger words do
# not occur is not run (speed: the rules' look-behinds are tried at every character; measured on
# 200 BBC stories, skipping rules without triggers halves the grammar's time).
_UNITS_ALT = "second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|weekend"
RULE_TRIGGERS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.I)
    for name, pattern in {
        "month_day": MONTH, "day_month": MONTH, "month_year": MONTH, "month": MONTH, "relative_month": MONTH,
        "month_relative_year": MONTH,
        "weekday": WEEKDAY, "year_range": r"\d{4}\s*[-–—/]", "decade": r"\d0['’]?s\b", "century": "century",
        "iso": r"\d{4}-\d\d-\d\d", "numeric_date": r"\d/\d+/\d", "deictic_day": "today|yesterday|tomorrow|tonight|morning|afternoon|evening|night",
        "adjectival_duration": rf"\w-(?:{_UNITS_ALT})|(?:{_UNITS_ALT})-long", "quarter": "quarter|half",
        "quarter_code": r"(?-i:Q[1-4])", "year_ago_adj": "year-(?:ago|earlier)", "year_ago_period": "last year|a year|period",
        "fiscal_year": "fiscal", "spoken_year": "nineteen|thousand|twenty", "period_of_year": r"\d{4} (?:fiscal )?(?:quarter|period)",
        "time_adjective": "current|recent", "weekend": "weekend", "year_end": "year[- ]end",
        "set": r"every|each|per\b|once|twice|times|" + SET_ADVERB, "clock": r"\d\s*[ap]\.?m|\d:\d\d|noon|midnight",
        "season": SEASON, "holiday": HOLIDAY, "anaphoric": r"\bthat\s|next|following|previous|same|preceding|prior|before|after",
        "bare_units": r"(?:years|months|weeks|days|decades|hours|minutes)\b",
    }.items()
}

# Modifiers taken into an expression's extent from just before it.
_AMOUNT_MOD_RE = re.compile(r"(?<![\w-])(?P<mod>" + _alt(lex.TIME_AMOUNT_MODIFIERS) + r")\s+$", re.I)
_POINT_MOD_RE = re.compile(r"(?<![\w-])(?P<mod>" + _alt(k for k in lex.POINT_MODIFIERS if not k.endswith("-")) + r")(?:\s+|-)$|(?<![\w-])(?P<glued>mid-)$", re.I)
_POINT_ADVERB_RE = re.compile(r"(?<![\w-])(?P<mod>" + _alt(lex.POINT_ADVERBS) + r")\s+$", re.I)
# Which expressions an "earlier"/"later" may join: "earlier this year", "later this month".
_JOINS_ADVERB = re.compile(r"^(?:this|that|next|last)\s", re.I)
# Reach of the modifier look-behind (the longest modifier, "the latter part of", fits).
MODIFIER_REACH = 30


# -- the algorithm -----------------------------------------------------------------------------


def find_times(ctx: Context) -> list[Draft]:
    """Temporal expressions in the text, in document order, with resolved values."""
    candidates = list(_candidates(ctx))
    chosen = _longest_first(candidates)
    for draft in chosen:
        _take_modifier(draft, ctx.text)
    return _resolve_in_order(chosen, ctx.anchor)


def _candidates(ctx: Context) -> Iterator[Draft]:
    for name, pattern, reader in RULES:
        trigger = RULE_TRIGGERS.get(name)
        if trigger is not None and not trigger.search(ctx.text):
            continue
        for match in pattern.finditer(ctx.text):
            if not match.group(0).strip():
                continue
            draft = reader(match, ctx)
            if draft is not None:
                draft.rule = draft.rule or name
                yield draft


def _longest_first(candidates: list[Draft]) -> list[Draft]:
    candidates.sort(key=lambda d: (-(d.end - d.start), d.start))
    taken: list[Draft] = []
    occupied: list[tuple[int, int]] = []
    for draft in candidates:
        if any(draft.start < e and s < draft.end for s, e in occupied):
            continue
        taken.append(draft)
        occupied.append((draft.start, draft.end))
    taken.sort(key=lambda d: d.start)
    return taken


def _take_modifier(draft: Draft, text: str) -> None:
    before = text[max(0, draft.start - MODIFIER_REACH) : draft.start]
    own = text[draft.start : draft.end]
    if draft.type == "DURATION" or re.match(r"\d|" + NUMBER_WORD + r"\b|an?\s", own, re.I):
        match = _AMOUNT_MOD_RE.search(before)
        if match and not own.lower().startswith(("the ", "a few", "several", "some ")):
            draft.mod = lex.TIME_AMOUNT_MODIFIERS[" ".join(match["mod"].lower().split())]
            draft.start -= len(before) - match.start()
            return
    if draft.type in {"DATE", "TIME"} and draft.value not in {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}:
        match = _POINT_MOD_RE.search(before)
        if match:
            key = "mid" if match["glued"] else " ".join(match["mod"].lower().split())
            draft.mod = lex.POINT_MODIFIERS[key]
            draft.start -= len(before) - match.start()
            return
        match = _POINT_ADVERB_RE.search(before)
        if match and _JOINS_ADVERB.match(own):
            draft.mod = lex.POINT_ADVERBS[match["mod"].lower()]
            draft.start -= len(before) - match.start()


def _resolve_in_order(drafts: list[Draft], anchor: dt.date | None) -> list[Draft]:
    discourse = Discourse(anchor=anchor)
    for draft in drafts:
        if draft.refer is not None:
            draft.value = draft.refer(discourse)
            draft.refer = None
        if draft.rule not in _COMPARISON_RULES:
            _remember(discourse, draft.value)
    return drafts


# Comparisons ("a year earlier", "the year-ago quarter") do not move the story's reference time.
_COMPARISON_RULES = frozenset({"shift", "year-ago"})
_DAY_VALUE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR_VALUE = re.compile(r"^(\d{4})")


def _remember(discourse: Discourse, value: str | None) -> None:
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
