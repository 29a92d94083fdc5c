"""The temporal grammar's algorithm: find every rule's readings, keep the longest, take in modifiers,
resolve in document order.

    find_times runs the rules of `times.rules` over the text (each only around its trigger words,
               and only at the words it can begin with),
               keeps the longest non-overlapping readings, drops those that are not times where
               they stand (a name, "Now," opening a sentence: `times.filters`), takes in an
               amount or point modifier just before an expression ("nearly 20 months", "early
               December"), and resolves the
               expressions that refer back to an earlier one ("the next day", "a year earlier" in a
               story about a quarter) in document order (`times.resolution`).

Where the parts live:
    lexicons/times.py   the words (months, units, modifiers, context words), as named data
    times/patterns.py   regular-expression pieces built from those words
    times/readers/      one module per family of expressions, turning a match into a `Draft`
    times/filters.py    the readings that are not times where they stand ("This Week" on ABC)
    times/rules.py      the rule table: (name, pattern, reader), and each rule's trigger
    times/scan.py       the windows around trigger words; times/starts.py a rule's first words
    times/resolution.py the discourse: "the next day", "a year earlier", "the year-ago quarter"
    times/normalise.py  calendar arithmetic and ISO 8601 values

Without an anchor, expressions relative to the article's date keep an underspecified value
("Friday" XXXX-WXX-5, "March" XXXX-03) or none ("yesterday").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from dateline.lexicons import times as lex
from dateline.times.drafts import Context, Draft
from dateline.times.filters import drop_non_times
from dateline.times.patterns import (
    AMOUNT_MODIFIER, JOINS_ADVERB, MODIFIER_REACH, NOT_AFTER_WORD, NUMBER_WORD, POINT_ADVERB, POINT_MODIFIER,
)
from dateline.times.resolution import attach_clock_days, resolve_in_order
from dateline.times.rules import DIGIT_RULES, RULE_KEYWORDS, RULES
from dateline.times.scan import RuleStarts, StartsSearch, Triggers, Words, windowed_matches
from dateline.times.starts import first_words

__all__ = ["Context", "Draft", "find_times"]

TRIGGERS = Triggers(RULE_KEYWORDS, DIGIT_RULES)
_STARTS: list[RuleStarts] = []  # the rules' first words, read at the first text


def rule_starts() -> RuleStarts:
    """Where each rule's match can start (`times.starts`), for all texts."""
    if not _STARTS:  # parsing the rules again costs ~30 ms: not at import, for commands that never tag
        _STARTS.append(RuleStarts([first_words(pattern, NOT_AFTER_WORD) for _, pattern, _ in RULES]))
    return _STARTS[0]


def find_times(ctx: Context) -> list[Draft]:
    """Temporal expressions in the text, in document order, with resolved values."""
    candidates = list(_candidates(ctx))
    chosen = _with_second_days(drop_non_times(_longest_first(candidates), ctx.text), ctx.text)
    for draft in chosen:
        _take_modifier(draft, ctx.text)
    attach_clock_days(chosen, ctx.text)
    return resolve_in_order(chosen, ctx.anchor)


def _candidates(ctx: Context) -> Iterator[Draft]:
    words = Words(ctx.text)
    windows = TRIGGERS.windows(ctx.text, words)
    starts = rule_starts().starts(words)
    for (name, pattern, reader), tried in zip(RULES, starts):
        rule_windows = windows.get(name)
        if not rule_windows:
            continue
        search = StartsSearch(pattern, tried) if tried is not None else None
        for match in windowed_matches(pattern, ctx.text, rule_windows, search):
            if not match.group(0).strip():
                continue
            try:
                draft = reader(match, ctx)
            except (OverflowError, ValueError):
                continue  # a date past the calendar's ends (an article dated 9999-12-31): no reading
            if draft is not None:
                draft.rule = draft.rule or name
                yield draft


def _longest_first(candidates: list[Draft]) -> list[Draft]:
    """The longest readings that overlap no longer (or earlier, of equal length) one, in text order."""
    candidates.sort(key=lambda d: (-(d.end - d.start), d.start))
    taken: list[Draft] = []
    starts: list[int] = []  # the taken spans, kept sorted by start (they never overlap)
    ends: list[int] = []
    for draft in candidates:
        at = bisect.bisect_left(starts, draft.start)
        if at < len(starts) and starts[at] < draft.end:
            continue  # a taken span starts inside this one
        if at > 0 and ends[at - 1] > draft.start:
            continue  # the taken span before this one reaches into it
        starts.insert(at, draft.start)
        ends.insert(at, draft.end)
        taken.append(draft)
    taken.sort(key=lambda d: d.start)
    return taken


_ORDINAL_START = re.compile(r"\d+(?:st|nd|rd|th)\b", re.I)
_AMOUNT_START = re.compile(r"\d|" + NUMBER_WORD + r"\b|an?\s", re.I)  # an expression that opens with a count


# The second day of a pair after a full date: "on April 24 and 25", "March 3 or 4" (the summit's
# two days): a date of its own in the same month.
_SECOND_DAY = re.compile(r"\s+(?:and|or|&)\s+(?P<day>3[01]|[12]\d|0?[1-9])(?!\d|[.,]\d|\s*(?:%|percent|per\s+cent)\b)(?:\s+(?P<next>[a-z]+))?")
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-")


def _with_second_days(drafts: list[Draft], text: str) -> list[Draft]:
    added = []
    for index, draft in enumerate(drafts):
        if draft.rule not in {"month_day", "day_month"}:
            continue
        match = _SECOND_DAY.match(text, draft.end)
        following = drafts[index + 1] if index + 1 < len(drafts) else None
        if match is None or (following is not None and following.start < match.end("day")):
            continue
        if match["next"] and match["next"] not in lex.SECOND_DAY_FOLLOWERS:
            continue  # "April 24 and 12 boats": a count

        def refer(_discourse, first=draft, number=int(match["day"])) -> str | None:
            day = _DAY_VALUE.match(first.value or "")
            return f"{day.group()}{number:02d}" if day and number > int(first.value[8:10]) else None

        added.append(Draft(match.start("day"), match.end("day"), "DATE", None, rule="second_day", refer=refer))
    if not added:
        return drafts
    return sorted(drafts + added, key=lambda d: d.start)


def _take_modifier(draft: Draft, text: str) -> None:
    before = text[max(0, draft.start - MODIFIER_REACH) : draft.start]
    own = text[draft.start : draft.end]
    # An amount modifier sizes a count ("about 20 months"), never an ordinal ("about 1st century
    # history": "about" is the preposition there).
    if (draft.type == "DURATION" or _AMOUNT_START.match(own)) and not _ORDINAL_START.match(own):
        match = AMOUNT_MODIFIER.search(before)
        if match and not own.lower().startswith(("the ", "a few", "several", "some ")):
            draft.mod = lex.TIME_AMOUNT_MODIFIERS[" ".join(match["mod"].lower().split())]
            draft.start -= len(before) - match.start()
            return
    if draft.type in {"DATE", "TIME"} and draft.value not in {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}:
        match = POINT_MODIFIER.search(before)
        if match:
            key = "mid" if match["glued"] else " ".join(match["mod"].lower().split())
            draft.mod = lex.POINT_MODIFIERS[key]
            draft.start -= len(before) - match.start()
            return
        match = POINT_ADVERB.search(before)
        if match and JOINS_ADVERB.match(own):
            draft.mod = lex.POINT_ADVERBS[match["mod"].lower()]
            draft.start -= len(before) - match.start()
