"""Readers of lengths of time and of frequencies: "nearly 20 months", "three days ago", "for
years", "two-year", "every week", "$5 a year"."""

from __future__ import annotations

import re

from dateline.lexicons import times as lex
from dateline.times import normalise as cal
from dateline.times.drafts import Context, Draft
from dateline.times.patterns import RATE_BEFORE, RATE_REACH, VAGUE, YEAR
from dateline.times.readers.common import amount_of, new_draft, month_number, weekday_number
from dateline.times.resolution import shift_from_discourse, year_ago


def read_duration(m: re.Match, ctx: Context) -> Draft | None:
    """"nearly 20 months" (the modifier is added later), "24 hours", "the past two months",
    "several years", "a year ago", "three days earlier", "the first nine months"."""
    unit = cal.unit_name(m["unit"])
    number_text = m["num"]
    if re.fullmatch(YEAR, number_text) and not unit.startswith(("hour", "minute", "second")):
        return None  # "the 1988 quarter" is a quarter of 1988, read by `period_of_year`
    amount = amount_of(number_text)
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
    if unit in lex.ORDINAL_UNITS and number_text.lower() in {"a", "an"} and not plural and not suffix:
        following = len(ctx.text) - len(ctx.text[m.end():].lstrip())
        if ctx.pos_at(following) in lex.ORDINAL_BEFORE_POS:
            return None  # "a second reading", "a second straight win": the ordinal, not one second
    if number_text.lower() in {"a", "an"} and not suffix and not direction and not m["the"]:
        before = ctx.word_before(m.start())
        # "$5 a year", "twice a week", "40 hours a week": a rate, a TIMEX3 SET.
        if RATE_BEFORE.search(ctx.text[max(0, m.start() - RATE_REACH) : m.start()]) or before in lex.FREQUENCY_WORDS:
            return new_draft(m, "SET", cal.duration(1, unit))
    if suffix in {"ago", "earlier", "later", "from now", "hence", "back", "before", "previously"} and not direction:
        sign = 1 if suffix in {"later", "from now", "hence"} else -1
        if vague and suffix in {"earlier", "later"} and unit in lex.GAP_UNITS:
            return _gap(m, None, unit, sign)
        if vague:
            return new_draft(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
        if suffix in {"earlier", "later"} and unit in lex.GAP_UNITS:
            return _gap(m, amount, unit, sign)
        if suffix in {"earlier", "later"}:
            # "a year earlier": relative to the time the story is talking about (its last date, or
            # the quarter it reports on), which only the discourse knows.
            return Draft(m.start(), m.end(), "DATE", None, rule="shift",
                         refer=lambda d, a=amount, u=unit, s=sign: shift_from_discourse(d, a, u, s))
        if ctx.anchor is None:
            return new_draft(m, "DATE", None)
        if unit == "year" and amount == 1 and suffix == "ago":
            return Draft(m.start(), m.end(), "DATE", None, rule="shift",
                         refer=lambda d, a=amount, u=unit: year_ago(d, a, u))
        return new_draft(m, "DATE", cal.shift_by_units(ctx.anchor, amount, unit, sign))
    if unit == "weekend" and not vague and amount == 1:
        return None  # "a weekend" is left to the weekend rules
    value = cal.duration(amount, unit)
    draft = new_draft(m, "DURATION", value)
    if ctx.anchor is not None and not vague and direction in {"past", "last", "previous"} and m["the"] is not None or (direction == "past" and not vague and ctx.anchor is not None):
        draft.begin, draft.finish = cal.period_start(ctx.anchor, amount, unit), cal.day(ctx.anchor)
    return draft


def _gap(m: re.Match, amount: float | None, unit: str, sign: int) -> Draft:
    """"three days later", "a few hours earlier": the time between two events of the story, a
    DURATION (TimeML reads "later" as the signal after it); the day it reaches, counted from the
    story's last date, is kept as the duration's end ("later") or beginning ("earlier")."""
    draft = Draft(m.start(), m.end(), "DURATION", None, rule="shift")

    def refer(d, draft=draft) -> str | None:
        if amount is not None:
            reached = shift_from_discourse(d, amount, unit, sign)
            if sign > 0:
                draft.finish = reached
            else:
                draft.begin = reached
        return cal.duration(amount, unit)

    draft.refer = refer
    return draft


def read_bare_units(m: re.Match, ctx: Context) -> Draft | None:
    """"for years", "within weeks", "in recent months": a duration of unknown length (PXY)."""
    before = ctx.word_before(m.start())
    if not m["recent"] and before not in lex.BARE_UNITS_AFTER:
        return None
    unit = cal.unit_name(m["unit"])
    if m["recent"] and unit in {"year", "decade"}:
        return None  # "recent years" is PAST_REF (the reference rule)
    return new_draft(m, "DURATION", cal.duration(None, unit))


def read_adjectival_duration(m: re.Match, ctx: Context) -> Draft | None:
    """"two-year", "16-hour", "year-long". Ages ("a 6-year-old boy") are not times: TimeBank leaves
    them untagged, and a reader wants them with the person."""
    if m.group(0).lower().endswith("-old"):
        return None
    amount = amount_of(m["num"].replace("-", " ")) if m["num"] else 1.0
    if amount is None:
        amount = amount_of(m["num"])
    if amount is None:
        return None
    return new_draft(m, "DURATION", cal.duration(amount, m["unit"]))


def read_set(m: re.Match, ctx: Context) -> Draft | None:
    """"daily", "every week", "each year", "twice a week", "every Monday", "per year"."""
    if m["adverb"]:
        word = " ".join(m["adverb"].lower().split())
        if ctx.word_after(m.end()) in lex.SET_NOT_BEFORE or ctx.word_before(m.start()) in lex.SET_NOT_AFTER:
            return None
        return new_draft(m, "SET", lex.SET_ADVERBS[word])
    if m["wd"]:
        return new_draft(m, "SET", f"XXXX-WXX-{weekday_number(m['wd'])}")
    if m["mon"]:
        return new_draft(m, "SET", f"XXXX-{month_number(m['mon']):02d}")
    if m["part"]:
        return new_draft(m, "SET", f"T{lex.DAY_PARTS[m['part'].lower()]}")
    unit = cal.unit_name(m["unit"])
    amount = amount_of(m["num"]) if m["num"] else 1.0
    if m["other"]:
        amount = 2.0
    if amount is None:
        return None
    return new_draft(m, "SET", cal.duration(amount, unit))
