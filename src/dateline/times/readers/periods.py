"""Readers of reporting periods (quarters, halves, "the year-ago quarter", "year-end", "the fiscal
year") and of vague references to the present, past and future ("now", "recent attacks")."""

from __future__ import annotations

import re

from dateline.lexicons import times as lex
from dateline.times import normalise as cal
from dateline.times.drafts import Context, Draft
from dateline.times.readers.common import new_draft, year_of
from dateline.times.resolution import year_ago


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
        year = year_of(m["yr"])
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
        return new_draft(m, "DATE", f"XXXX-{label}")
    return new_draft(m, "DATE", f"{year:04d}-{label}")


def read_period(m: re.Match, ctx: Context) -> Draft | None:
    """Earnings-story periods: "the quarter", "the latest quarter" (the last one closed before the
    article), "the year-ago quarter", "year-earlier" (the same quarter a year before), "the year"."""
    words = " ".join((m["w"] or "").lower().split())
    unit = (m["unit"] or "quarter").lower()
    anchor = ctx.anchor
    if words in lex.YEAR_AGO_WORDS:
        if unit in {"quarter", "period", ""} or not m["unit"]:
            named = unit == "quarter" and bool(m["unit"])  # "the year-ago quarter" stays a quarter
            return Draft(m.start(), m.end(), "DATE", None, rule="year-ago",
                         refer=lambda d: year_ago(d, 1, "year", named_quarter=named))
        if unit == "year":
            return new_draft(m, "DATE", f"{anchor.year - 1:04d}" if anchor else None)
        return None
    if anchor is None:
        return new_draft(m, "DATE", None)
    if unit in {"quarter", "period"}:
        if unit == "period" and not words:
            return None  # "the period" alone is any period
        last = cal.shift_quarter(*cal.quarter_of(anchor), -1)
        if words in lex.CURRENT_PERIOD_WORDS:
            return new_draft(m, "DATE", cal.quarter(*cal.quarter_of(anchor)))
        if words in lex.LATEST_PERIOD_WORDS:
            return new_draft(m, "DATE", cal.quarter(*last))  # the last quarter closed before the article
        return Draft(m.start(), m.end(), "DATE", None, rule="period",
                     refer=lambda d, q=last: cal.quarter(*(d.last_quarter or q)))
    if unit == "year":
        after = ctx.word_after(m.end())
        if after in lex.RELATIVE_AFTER_YEAR:
            return None  # "the year before": relative to another time, which the text gives
        if after in lex.FISCAL_AFTER_YEAR and not words:
            return new_draft(m, "DURATION", "P1Y")  # "in the year ended March 31": a fiscal year's length
        # "for the year", "a high for the year", "the first nine months of the year": this year.
        return new_draft(m, "DATE", f"{anchor.year:04d}")
    if unit == "month":
        return new_draft(m, "DATE", cal.month(anchor.year, anchor.month))
    if unit == "week":
        return new_draft(m, "DATE", cal.week(anchor))
    return None


def read_period_of_year(m: re.Match, ctx: Context) -> Draft | None:
    """"the 1988 quarter", "the 1989 period": the quarter the story reports on, in that year."""
    year = year_of(m["yr"])
    anchor_quarter = cal.shift_quarter(*cal.quarter_of(ctx.anchor), -1)[1] if ctx.anchor else None
    return Draft(m.start(), m.end(), "DATE", None, rule="year-ago",
                 refer=lambda d: cal.quarter(year, (d.last_quarter or (0, anchor_quarter))[1]) if (d.last_quarter or anchor_quarter) else None)


def read_year_end(m: re.Match, ctx: Context) -> Draft | None:
    """"year-end", "the 1989 year-end": the end of the year (mod END); in the first quarter
    of a year, the year-end just past."""
    if m["yr"]:
        year = int(m["yr"])
    elif ctx.anchor is None:
        return new_draft(m, "DATE", None, mod="END")
    else:
        year = ctx.anchor.year - 1 if ctx.anchor.month <= 3 and ctx.tense(m.start(), m.end()) != "FUTURE" else ctx.anchor.year
    return new_draft(m, "DATE", f"{year:04d}", mod="END")


def read_fiscal_year(m: re.Match, ctx: Context) -> Draft | None:
    """"the fiscal year" (a year's duration in an earnings story), "this fiscal year"."""
    return new_draft(m, "DURATION", "P1Y")


def read_reference(m: re.Match, ctx: Context) -> Draft | None:
    """"now" PRESENT_REF, "recently" PAST_REF, "the future" FUTURE_REF."""
    phrase = " ".join(m.group(0).lower().split())
    if phrase in lex.ADVERB_ONLY_REFERENCES and ctx.pos_at(m.start()) not in {"ADV"}:
        return None
    if phrase == "now" and ctx.word_after(m.end()) in {"that"} and ctx.pos_at(m.start()) == "SCONJ":
        return None
    if phrase in {"future", "the future"} and ctx.pos_at(m.end() - 1) not in {None, "NOUN"}:
        return None
    if phrase == "future" and ctx.word_before(m.start()) not in lex.FUTURE_NOUN_AFTER:
        return None
    return new_draft(m, "DATE", lex.REFERENCE_WORDS[phrase])


def read_time_adjective(m: re.Match, ctx: Context) -> Draft | None:
    """"the current crisis" PRESENT_REF, "recent attacks" PAST_REF (TimeML tags the adjective)."""
    if ctx.pos_at(m.start()) not in {None, "ADJ"}:
        return None
    after = ctx.word_after(m.end())
    if after in lex.NOT_TIME_ADJECTIVE_BEFORE or not re.match(r"\s+[a-z]", ctx.text[m.end() : m.end() + 3]):
        return None
    then = _THEN_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start())
    if then and m["adj"].lower() == "current":
        return Draft(then.start(), m.end(), "DATE", "PAST_REF")  # "the then current price": a past present
    return new_draft(m, "DATE", lex.TIME_ADJECTIVES[m["adj"].lower()])


_THEN_BEFORE = re.compile(r"\bthen[\s-]+$", re.I)
