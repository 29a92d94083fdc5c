"""The rules run only in windows around their trigger words (`times.scan`), tried only at the words
they can begin with (`times.starts`): the matches must be the ones a search of the whole text
gives, in the same order."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dateline.times.grammar import TRIGGERS, Context, rule_starts, find_times
from dateline.times.patterns import NOT_AFTER_WORD
from dateline.times.rules import RULE_KEYWORDS, RULES
from dateline.times.scan import StartsSearch, Words, windowed_matches
from dateline.times.starts import first_words

# An invented story with one of most kinds of expression, and the awkward places: an expression at
# the very start and end, long runs of spaces and lines inside one, digits glued to words.
STORY = (
    "March 3, 2021 was a Wednesday. On Friday, Sept. 30, the council met at 6:30 p.m. EDT and again at "
    "noon on Tuesday. The past few twenty-seven to thirty-three more years saw a two-year plan, a year-long "
    "review and the 1990s boom; in the third quarter of 2019 and Q4 2020, the year-ago period and year-end "
    "results fell. Fiscal 1989 ended; 1941-44 was war. Now, currently and in the near future, twice a week "
    "and every Monday, weekly. Christmas Eve, last summer, the 20th century, nineteen ninety-six, "
    "2023-10-13T09:30, 10/13/2023, the next day, that week, a year earlier, three days ago.\n\n"
    "In      March\n\n   2022 the   two\n   years    ahead; 2000 troops and 5G, mid-2010s, FY2019, "
    "the last  \n  six  months, in May"
)


def _whole(pattern, text):
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", [STORY, STORY * 40, "", "2019", "   \n  "])
def test_windows_find_what_a_whole_search_finds(text):
    windows = TRIGGERS.windows(text)
    for name, pattern, _ in RULES:
        found = [(m.start(), m.end()) for m in windowed_matches(pattern, text, windows.get(name, []))]
        assert found == _whole(pattern, text), name


# Starts in other cases and scripts, apostrophes, a word glued to a number, an amount.
ODD_STARTS = (
    "THE PAST TWO YEARS, the Past Two Years; '90s and ’90s, the 1990’s, mid-1990s, x1990, $1990, 1.1990. "
    "İstanbul, 3 İyi days, ＴＨＥ past week, the past  \n two weeks, ſeptember 3, Kelvin 3 K days. "
    "Twenty-one years; a-year-long; the  year-end; Q3 2021; 12:30 GMT; noon Friday."
)


@pytest.mark.parametrize("text", [STORY, ODD_STARTS, STORY + ODD_STARTS * 5, "", "2019"])
def test_rules_tried_at_their_first_words_find_what_a_whole_search_finds(text):
    words = Words(text)
    windows = TRIGGERS.windows(text, words)
    starts = rule_starts().starts(words)
    assert all(tried is not None for tried in starts)  # every rule's first words are read
    for (name, pattern, _), tried in zip(RULES, starts):
        search = StartsSearch(pattern, tried)
        found = [(m.start(), m.end()) for m in windowed_matches(pattern, text, windows.get(name, []), search)]
        assert found == _whole(pattern, text), name


def test_first_words_are_read_from_the_pattern():
    pattern = re.compile(NOT_AFTER_WORD + r"(?:the\s+)?(?:last|next)\s+(?:week|\d+s)(?!\w)|" + NOT_AFTER_WORD + r"['’]\d0s", re.I)
    first = first_words(pattern, NOT_AFTER_WORD)
    assert first.exact == {"the", "last", "next"}
    assert first.others == {"'", "’"}
    assert [word for word in ("the", "last", "lastly", "week", "The".lower()) if first.allows(word)] == ["the", "last", "the"]
    digits = first_words(re.compile(NOT_AFTER_WORD + r"(?:19|20)\d\d(?!\d)"), NOT_AFTER_WORD)
    assert [word for word in ("1990", "2001s", "19", "2100", "x1990") if digits.allows(word)] == ["1990", "2001s"]


def test_the_rules_a_word_can_start_are_those_whose_first_words_allow_it():
    starts = rule_starts()
    for word in ["the", "a", "an", "last", "1990", "1990s", "20", "q3", "mid", "midmorning", "noon", "sept",
                 "said", "x1990", "twenty", "İstanbul".lower(), "", "year", "years", "'"]:
        expected = tuple(n for n, first in enumerate(starts.firsts) if first is not None and first.allows(word))
        assert starts.rules_at(word) == expected, word
    assert starts.rules_at("the") and not starts.rules_at("said")


def test_a_pattern_without_the_guard_is_searched_the_plain_way():
    assert first_words(re.compile(r"(?:last|next)\s+week"), NOT_AFTER_WORD) is None
    assert first_words(re.compile(NOT_AFTER_WORD + r"(?:last)?"), NOT_AFTER_WORD) is None  # may match nothing
    assert first_words(re.compile(NOT_AFTER_WORD + r".week"), NOT_AFTER_WORD) is None  # any first character


def test_every_rule_has_trigger_words():
    assert {name for name, _, _ in RULES} <= set(RULE_KEYWORDS)


def test_overlapping_readings_keep_the_longest():
    ctx = Context(text="He left on Friday, Sept. 30, 2022 and the past two years.", anchor=dt.date(2022, 10, 3),
                  tense_at=lambda s, e: None, pos_at=lambda c: None, tag_at=lambda c: None)
    found = [ctx.text[d.start : d.end] for d in find_times(ctx)]
    assert found == ["Friday, Sept. 30, 2022", "the past two years"]
