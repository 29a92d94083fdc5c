"""Readers of calendar dates: days of months, months, years, decades, centuries, numeric dates,
spoken years, seasons and holidays."""

from __future__ import annotations

import datetime as dt
import re

from dateline.lexicons import times as lex
from dateline.times import normalise as cal
from dateline.times.drafts import Context, Discourse, Draft
from dateline.times.patterns import SENTENCE_BREAK
from dateline.times.readers.common import any_year, month_number, new_draft, plausible_year, year_of, amount_of


def read_month_day(m: re.Match, ctx: Context) -> Draft | None:
    """"Sept. 30", "Aug. 7, 1998", "Monday, Oct. 26", "13 October 2023"."""
    number, day_number = month_number(m["mon"]), int(re.match(r"\d+", m["day"]).group())
    year = year_of(m["year"]) if m["year"] else None
    if year is None:
        if ctx.anchor is None:
            return new_draft(m, "DATE", f"XXXX-{number:02d}-{day_number:02d}")
        tense = ctx.tense(m.start(), m.end())
        year = cal.month_day_year(ctx.anchor, number, day_number, tense)
        if year is None:
            return None
        if tense == "PAST" and dt.date(year, number, day_number) > ctx.anchor:
            return _past_day_in_context(m, ctx, dt.date(year, number, day_number))
    try:
        return new_draft(m, "DATE", cal.day(dt.date(year, number, day_number)))
    except ValueError:
        return None


def _past_day_in_context(m: re.Match, ctx: Context, ahead: dt.date) -> Draft:
    """A day in a past-tense clause that the article's year puts after the article: its own
    sentence decides when it names an earlier time ("arrested in April for a March 21 call" in a
    story of March 5: April is last year's, so is March 21); else the day just ahead stands."""
    start = m.start()

    def refer(d: Discourse) -> str | None:
        point = d.last_point
        if point is not None and d.last_point_end is not None and point[1].year < ahead.year \
                and not SENTENCE_BREAK.search(ctx.text, d.last_point_end, start):
            try:
                earlier = ahead.replace(year=point[1].year)
            except ValueError:
                earlier = None
            if earlier is not None and earlier <= ctx.anchor:
                return cal.day(earlier)
        return cal.day(ahead)

    return Draft(m.start(), m.end(), "DATE", None, refer=refer)


def read_month_year(m: re.Match, ctx: Context) -> Draft | None:
    """"February 2022", "July 1997", "January nineteen ninety-seven"."""
    return new_draft(m, "DATE", cal.month(any_year(m["year"]), month_number(m["mon"])))


def read_month_relative_year(m: re.Match, ctx: Context) -> Draft | None:
    """"June last year", "January this year", "April 5 next year"."""
    if ctx.anchor is None:
        return new_draft(m, "DATE", None)
    year = ctx.anchor.year + lex.DIRECTION_WORDS[m["rel"].lower()]
    number = month_number(m["mon"])
    if m["day"]:
        try:
            return new_draft(m, "DATE", cal.day(dt.date(year, number, int(re.match(r"\d+", m["day"]).group()))))
        except ValueError:
            return None
    return new_draft(m, "DATE", cal.month(year, number))


def read_month(m: re.Match, ctx: Context) -> Draft | None:
    """A month alone: "in April", "last November", "this September"."""
    name = m["mon"]
    direction = (m["dir"] or "").lower()
    if name in lex.MONTH_ABBREVIATIONS:
        return None  # "Jan Kavan", "Dec" alone: an abbreviation needs its full stop or a day after it
    if name.rstrip(".") in lex.AMBIGUOUS_MONTHS and not direction:
        before = ctx.word_before(m.start())
        # "May" the modal, "March" the verb: a month only after a calendar preposition or a
        # modifier ("in May", "since March", "early May"), or tagged as a proper noun.
        if before not in lex.MONTH_CONTEXT_BEFORE:
            return None
        if ctx.pos_at(m.start()) in {"AUX", "VERB"}:
            return None
    number = month_number(name)
    if ctx.anchor is None:
        return new_draft(m, "DATE", f"XXXX-{number:02d}")
    if direction in {"last", "past"}:
        year = ctx.anchor.year if number < ctx.anchor.month else ctx.anchor.year - 1
    elif direction in {"next", "coming"}:
        year = ctx.anchor.year if number > ctx.anchor.month else ctx.anchor.year + 1
    elif direction == "this":
        year = ctx.anchor.year
    else:
        tense = ctx.tense(m.start(), m.end())
        if _word_before_modifier(ctx, m.start()) in lex.DEADLINE_PREPOSITIONS and tense == "PAST":
            tense = None  # "gave the bidder until mid-November": a deadline, the nearest one
        year = cal.month_year(ctx.anchor, number, tense)
    return new_draft(m, "DATE", cal.month(year, number))


_MODIFIED_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:mid-|mid\s+|early\s+|late\s+)$", re.I)


def _word_before_modifier(ctx: Context, start: int) -> str:
    """The word before an expression, past a point modifier ("until" in "until mid-November")."""
    before = ctx.word_before(start)
    if before in {"mid-", "mid", "early", "late"}:
        match = _MODIFIED_BEFORE.search(ctx.text, max(0, start - 40), start)
        return match.group(1).lower() if match else before
    return before


def read_year(m: re.Match, ctx: Context) -> Draft | None:
    """"1990", "fiscal 1989", "'98"."""
    year = year_of(m["year"])
    if not plausible_year(year, ctx):
        return None
    if not m["fiscal"] and not m["year"].startswith(("'", "’")):
        # A 4-digit count ("2000 troops", "1500 people") is a quantity: a plural noun after it.
        following = len(ctx.text) - len(ctx.text[m.end():].lstrip())
        if ctx.tag_at(following) == "NNS" and ctx.word_after(m.end()) not in lex.TIME_UNIT_NOUNS_AFTER_YEAR:
            return None
        if ctx.word_before(m.start()) in lex.COUNT_WORDS_BEFORE_NUMBER:
            return None
    return new_draft(m, "DATE", f"{year:04d}")


def read_year_range(m: re.Match, ctx: Context) -> Draft | None:
    """"1941-44", "1990-1995": one period from the first year to the last (TIMEX3 begin/end)."""
    first = year_of(m["y1"])
    second_text = m["y2"]
    second = int(str(first)[:2] + second_text) if len(second_text) == 2 else int(second_text)
    if second <= first or second - first > 100 or not plausible_year(first, ctx):
        return None
    return new_draft(m, "DURATION", f"P{second - first + 1}Y", begin=f"{first:04d}", finish=f"{second:04d}")


def read_decade(m: re.Match, ctx: Context) -> Draft | None:
    """"the 1990s" 199, "the '90s" 199, "the 1800s" 18 (a century)."""
    if m["dec"]:
        year = int(m["dec"])
    else:
        year = year_of(m["short"])
    if year % 100 == 0 and m["dec"]:
        return new_draft(m, "DATE", f"{year // 100:02d}")
    return new_draft(m, "DATE", f"{year // 10:03d}")


def read_century(m: re.Match, ctx: Context) -> Draft | None:
    """"the 20th century" 19, "the nineteenth century" 18, "an 11th century temple" 10 (not
    "21st Century Fox", a name)."""
    number = lex.ORDINALS.get(m["ord"].lower())
    if number is None:
        return None
    if not m["the"] and (m["ord"].lower() not in lex.CENTURY_ORDINALS_WITHOUT_THE or m["unit"] != "century"):
        return None
    return new_draft(m, "DATE", f"{number - 1:02d}")


def read_spelled_decade(m: re.Match, ctx: Context) -> Draft | None:
    """"the nineties" 199: the decade of the article's century, or of the one before when it is
    still ahead ("the nineties" in 2005); "temperatures in the twenties" are degrees."""
    if ctx.word_after(m.end()) in lex.SPELLED_DECADE_NOT_AFTER:
        return None
    decade = lex.SPELLED_DECADES[m["dec"].lower()]
    if ctx.anchor is None:
        return new_draft(m, "DATE", f"XX{decade}")
    century = ctx.anchor.year // 100
    if century * 10 + decade > ctx.anchor.year // 10:
        century -= 1
    return new_draft(m, "DATE", f"{century:02d}{decade}")


def read_iso(m: re.Match, ctx: Context) -> Draft | None:
    """"2023-10-13", "2023-10-13T09:30"."""
    try:
        dt.date.fromisoformat(m["date"])
    except ValueError:
        return None
    if m["time"]:
        return new_draft(m, "TIME", f"{m['date']}T{m['time']}")
    return new_draft(m, "DATE", m["date"])


def read_numeric_date(m: re.Match, ctx: Context) -> Draft | None:
    """"10/13/2023" in US order (the wires' order); "13/10/2023" when the first part is above 12."""
    first, second, year = int(m["a"]), int(m["b"]), year_of(m["y"])
    month_number, day_number = (first, second) if first <= 12 else (second, first)
    try:
        return new_draft(m, "DATE", cal.day(dt.date(year, month_number, day_number)))
    except ValueError:
        return None


def read_spoken_year(m: re.Match, ctx: Context) -> Draft | None:
    """Years as broadcast transcripts spell them: "nineteen ninety-six", "the year two thousand"."""
    words = m["spoken"].lower().replace("-", " ").split()
    if words[0] == "nineteen":
        rest = " ".join(words[1:])
        year = 1900 if rest == "hundred" else 1900 + int(amount_of(rest) or 0)
    elif words[0] == "two":
        tail = [w for w in words[2:] if w != "and"]
        year = 2000 + int(amount_of(" ".join(tail)) or 0) if tail else 2000
    else:  # "twenty ten" style
        year = 2000 + int(amount_of(" ".join(words[1:])) or 0)
        if not m.group(0).lower().startswith("the year") and year < 2010:
            return None  # "twenty five" is a count
    if m["spoken"].lower().startswith("nineteen") and len(words) == 1:
        return None
    return new_draft(m, "DATE", f"{year:04d}")


def read_season(m: re.Match, ctx: Context) -> Draft | None:
    """"the summer of 1998", "spring 2000", "in the summer" (this year's)."""
    code = lex.SEASONS[m["s"].lower()]
    if m["yr"]:
        return new_draft(m, "DATE", f"{any_year(m['yr']):04d}-{code}")
    before = ctx.word_before(m.start())
    if m["s"].lower() == "fall" and before != "the":
        return None
    if before not in lex.SEASON_CONTEXT_BEFORE:
        return None
    if ctx.anchor is None:
        return new_draft(m, "DATE", f"XXXX-{code}")
    # "in the summer", "in summer": this year's (TimeBank 1989-SU). A generic season ("the passes
    # are open only in summer") reads the same way: a known limit.
    return new_draft(m, "DATE", f"{ctx.anchor.year:04d}-{code}")


def read_holiday(m: re.Match, ctx: Context) -> Draft | None:
    """"Christmas", "Thanksgiving Day", "Easter 2024", "last Thanksgiving", "Easter week" (the ISO
    week of the day: "as Easter week began" on its Monday is this Easter's, not last year's)."""
    key = lex.HOLIDAYS[" ".join(m["h"].split())]
    year = year_of(m["yr"]) if m["yr"] else None
    if year is None and ctx.anchor is None:
        return new_draft(m, "DATE", None)
    if year is None:
        year = ctx.anchor.year
        day_ = cal.holiday_date(year, key)
        # A week is under way up to six days before its holiday.
        reference = ctx.anchor + dt.timedelta(days=6) if m["week"] else ctx.anchor
        direction = (m["dir"] or "").lower()
        tense = ctx.tense(m.start(), m.end())
        if day_ and (direction == "last" or (tense == "PAST" and not direction)) and day_ > reference:
            year -= 1
        elif day_ and (direction == "next" or (tense == "FUTURE" and not direction)) and day_ < ctx.anchor:
            year += 1
    found = cal.holiday_date(year, key)
    if found and m["week"]:
        return new_draft(m, "DATE", cal.week(found))
    return new_draft(m, "DATE", cal.day(found) if found else None)
