"""Readers of days and parts of days relative to the article or the story: weekdays, "yesterday",
clock times, "the weekend", "last week", and "the next day"."""

from __future__ import annotations

import datetime as dt
import re

from dateline.lexicons import times as lex
from dateline.times import normalise as cal
from dateline.times.drafts import Context, Discourse, Draft
from dateline.times.readers.common import new_draft, weekday_number


def read_weekday(m: re.Match, ctx: Context) -> Draft | None:
    """"Friday" (the story's own day or the latest before it; ahead when the verb looks ahead),
    "last Friday", "next Monday", "Friday morning"."""
    weekday = weekday_number(m["wd"])
    direction = {"last": -1, "past": -1, "next": 1, "coming": 1}.get((m["dir"] or "").lower())
    part = lex.DAY_PARTS.get((m["part"] or "").lower())
    if ctx.anchor is None:
        value = f"XXXX-WXX-{weekday}"
    else:
        tense = None if direction else ctx.tense(m.start(), m.end())
        if (m["dir"] or "").lower() == "this":
            direction, tense = None, ctx.tense(m.start(), m.end())
        if direction is None and looks_ahead_to(m.start(), ctx):
            tense = "FUTURE"
        value = cal.day(cal.weekday_date(ctx.anchor, weekday, tense, direction))
    # "Friday morning" is a DATE with its part of day, as TimeBank has it (2000-01-28TMO).
    return new_draft(m, "DATE", f"{value}T{part}" if part else value)


_EARLIEST = re.compile(r"(?:" + "|".join(lex.WEEKDAY_EARLIEST) + r")\s+$", re.I)
_UNTIL = re.compile(r"\b(?:" + "|".join(lex.DEADLINE_UNTIL) + r")\s+$", re.I)
_DEADLINE_WORD = re.compile(r"\b(?:" + "|".join(lex.DEADLINE_VERBS) + r")", re.I)


def looks_ahead_to(start: int, ctx: Context) -> bool:
    """Whether the words before a day make it the coming one: "as soon as Tuesday", "postponed
    until Tuesday", "gave them until 9 a.m. Friday" (a deadline, ahead whatever the tense)."""
    before = ctx.text[max(0, start - lex.DEADLINE_REACH) : start]
    if _EARLIEST.search(before):
        return True
    until = _UNTIL.search(before)
    return until is not None and _DEADLINE_WORD.search(before, 0, until.start()) is not None


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
        return new_draft(m, "DATE", None)
    value = cal.day(cal.add_days(ctx.anchor, offset))
    # "this morning" is a TIME (TimeBank 1998-02-06TMO); "tonight" a DATE of today (1999-10-24).
    if word == "tonight":
        return new_draft(m, "DATE", value)
    return new_draft(m, "TIME", f"{value}T{part}") if part else new_draft(m, "DATE", value)


def read_clock(m: re.Match, ctx: Context) -> Draft | None:
    """"10 a.m.", "6:30 p.m. EDT", "9 a.m. Tuesday", "noon", "midday", "midnight", "2010 GMT" (the 24-hour
    clock of the wires, not the year 2010)."""
    if m["word"]:
        hour, minute = (24, 0) if m["word"].lower() == "midnight" else (12, 0)  # noon, midday
    elif m["hhmm"]:
        hour, minute = int(m["hhmm"][:2]), int(m["hhmm"][2:])
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
            tense = "FUTURE" if looks_ahead_to(m.start(), ctx) else ctx.tense(m.start(), m.end())
            base = cal.weekday_date(ctx.anchor, weekday_number(day_word), tense) if ctx.anchor else None
    else:
        base = ctx.anchor
    clock = f"{hour:02d}:{minute:02d}"
    if base is None:
        draft = new_draft(m, "TIME", f"XXXX-XX-XXT{clock}")
    else:
        draft = new_draft(m, "TIME", f"{cal.day(base)}T{clock}")
    if m["day"] is None:
        draft.clock = clock  # its day may come from a date next to it ("on Saturday, May 18")
    return draft


def read_the_weekend(m: re.Match, ctx: Context) -> Draft | None:
    """"the weekend": the one just past (the current one on a Saturday or Sunday), or the next
    when the clause looks ahead; the ISO week's weekend (2000-W15-WE)."""
    if ctx.anchor is None:
        return new_draft(m, "DATE", None)
    anchor = ctx.anchor
    if anchor.isoweekday() >= 6:
        saturday = anchor - dt.timedelta(days=anchor.isoweekday() - 6)
    elif ctx.tense(m.start(), m.end()) == "FUTURE":
        saturday = anchor + dt.timedelta(days=6 - anchor.isoweekday())
    else:
        saturday = anchor - dt.timedelta(days=anchor.isoweekday() + 1)
    return new_draft(m, "DATE", cal.week(saturday) + "-WE")


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
            draft = new_draft(m, "DURATION", cal.duration(1, unit_key))
            if anchor is not None:
                draft.begin, draft.finish = cal.period_start(anchor, 1, unit_key), cal.day(anchor)
            return draft
    if anchor is None:
        return new_draft(m, "DATE", None)
    if unit in lex.SEASONS:
        code = lex.SEASONS[unit]
        year = anchor.year + (step if step else 0)
        if step == -1 and _season_index(code) < _season_index(_season_of(anchor)):
            year = anchor.year
        if step == 1 and _season_index(code) > _season_index(_season_of(anchor)):
            year = anchor.year
        return new_draft(m, "DATE", f"{year:04d}-{code}")
    if unit == "day":
        return new_draft(m, "DATE", cal.day(cal.add_days(anchor, step)))
    if unit == "week":
        return new_draft(m, "DATE", cal.week(cal.add_days(anchor, 7 * step)))
    if unit == "weekend":
        base = cal.add_days(anchor, 7 * step) if step else anchor
        return new_draft(m, "DATE", cal.week(base) + "-WE")
    if unit == "month":
        return new_draft(m, "DATE", cal.month(*cal.shift_month(anchor.year, anchor.month, step)))
    if unit == "quarter":
        return new_draft(m, "DATE", cal.quarter(*cal.shift_quarter(*cal.quarter_of(anchor), step)))
    if unit == "year":
        return new_draft(m, "DATE", f"{anchor.year + step:04d}")
    if unit == "decade":
        return new_draft(m, "DATE", f"{(anchor.year // 10 + step):03d}")
    if unit == "century":
        return new_draft(m, "DATE", f"{(anchor.year // 100 + step):02d}")
    return None


def _season_of(d: dt.date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")


def _season_index(code: str) -> int:
    return {"WI": 0, "SP": 1, "SU": 2, "FA": 3}[code]


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


def read_anaphoric_weekday(m: re.Match, ctx: Context) -> Draft | None:
    """"the previous Friday", "the following Monday": the weekday before or after the last day
    the story gave ("down 4.5% from the previous Friday" after Friday's close is a week earlier)."""
    weekday = weekday_number(m["wd"])
    direction = 1 if m["rel"].lower() == "following" else -1

    def refer(d: Discourse) -> str | None:
        base = d.last_day or d.anchor
        return cal.day(cal.weekday_date(base, weekday, None, direction)) if base else None

    return Draft(m.start(), m.end(), "DATE", None, rule="anaphoric", refer=refer)


def read_mid_day_part(m: re.Match, ctx: Context) -> Draft | None:
    """"mid-afternoon", "by mid afternoon", "at mid-morning yesterday": the part of the day (mod
    MID) of the day named after it, else of the article's day."""
    part = lex.DAY_PARTS[m["part"].lower()]
    if ctx.anchor is None:
        return new_draft(m, "TIME", None, mod="MID")
    day_word = (m["day"] or "").lower()
    if day_word in lex.DAY_DEICTICS:
        day = cal.add_days(ctx.anchor, lex.DAY_DEICTICS[day_word])
    elif m["day"]:
        day = cal.weekday_date(ctx.anchor, weekday_number(m["day"]), ctx.tense(m.start(), m.end()))
    else:
        day = ctx.anchor
    return new_draft(m, "TIME", f"{cal.day(day)}T{part}", mod="MID")
