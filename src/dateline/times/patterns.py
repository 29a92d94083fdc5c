"""The pieces the temporal rules are written with, built from the words in `dateline.lexicons.times`.

Each piece is a regular-expression fragment (a non-capturing group) for one kind of word: a month,
a weekday, a count, a unit. `B` and `E` are the boundaries every rule starts and ends with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dateline.lexicons import times as lex


def alternation(words: Iterable[str], case_sensitive: bool = False, escape: bool = True) -> str:
    """A group matching any of the words, longest first; a space matches any run of spaces."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))  # a fixed order, run to run
    body = "|".join(re.escape(w) if escape else w for w in ordered)
    body = body.replace(r"\ ", r"\s+")
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def in_order(words: Iterable[str]) -> str:
    """The words joined in the order given (the order the rules try them), spaces as \\s+."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def _month_alt() -> str:
    parts = [re.escape(name) + (r"\.?" if name in lex.MONTH_ABBREVIATIONS else "") for name in lex.MONTHS]
    parts.sort(key=len, reverse=True)
    return "(?-i:" + "|".join(parts) + ")"


def _units(plural: bool) -> str:
    if not plural:
        return "(?:" + in_order(lex.TIME_UNITS) + ")"
    irregular = {singular: word for word, singular in lex.UNIT_PLURALS.items()}
    forms = [f"{unit}|{irregular[unit]}" if unit in irregular else f"{unit}s?" for unit in lex.TIME_UNITS]
    return "(?:" + "|".join(forms) + ")"


# Starts: not inside a word, a number ("1,990", "2.5") or an amount ("$1990"). The first half
# also tells the scan that a match starting with a word character starts a word (`times.starts`).
NOT_AFTER_WORD = r"(?<![\w$£€@#&])"
B = NOT_AFTER_WORD + r"(?<!\d[.,/])"
# Ends: not inside a word; numbers not followed by decimals or a percent sign.
E = r"(?!\w)(?!-\w)"
E_NUM = r"(?!\w)(?![.,]\d)(?!\s*(?:%|percent\b|per\s+cent\b))"

MONTH = _month_alt()
WEEKDAY = alternation(lex.WEEKDAYS, case_sensitive=True)
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?:1\d|20)\d\d(?!\d)"
TENS = "|".join(lex.SPELLED_TENS)
UNITS_WORD = "|".join(lex.SPELLED_UNITS)
TEENS = "|".join(lex.SPELLED_TEENS)
NUMBER_WORD = rf"(?:(?:{TENS})[- ](?:{UNITS_WORD})|(?:{TENS})|{TEENS}|{UNITS_WORD}|{in_order(lex.SPELLED_AMOUNTS)})"
NUM = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?(?:\s+\d/\d)?|\d/\d|{NUMBER_WORD}|an?)(?:\s+and\s+a\s+half)?"
VAGUE = rf"(?:{in_order(lex.VAGUE_AMOUNTS)})"
UNIT = _units(plural=True)
UNIT_SG = _units(plural=False)
DAYPART = alternation(lex.DAY_PARTS)
SEASON = alternation(lex.SEASONS)
ORDINAL = alternation(lex.ORDINALS)
SPELLED_DECADE = alternation(lex.SPELLED_DECADES)
QUARTER_ORD = rf"(?:{in_order(lex.QUARTER_ORDINALS)})"
TZ = alternation(lex.TIME_ZONES, case_sensitive=True)
HOLIDAY = alternation(lex.HOLIDAYS, case_sensitive=True)
REFERENCE = alternation(lex.REFERENCE_WORDS)
SET_ADVERB = alternation(lex.SET_ADVERBS)
DIRECTION = rf"(?:{in_order(lex.UNIT_DIRECTIONS)})"
ANAPHORIC_DIRECTION = rf"(?:{in_order(lex.ANAPHORIC_DIRECTIONS)})"
DURATION_DIRECTION = in_order(lex.DURATION_DIRECTIONS)
DURATION_FILLER = in_order(lex.DURATION_FILLERS)
DURATION_SUFFIX = in_order(lex.DURATION_SUFFIXES)
PERIOD_WORD = in_order(lex.PERIOD_WORDS)
BARE_UNIT = in_order(lex.BARE_PLURAL_UNITS)
AMPM = r"(?:[ap]\.m\.?|[ap]m)(?!\w)"
# Years as broadcast transcripts spell them: "nineteen ninety-six".
SPOKEN_YEAR = rf"nineteen[- ](?:(?:{TENS})(?:[- ](?:{UNITS_WORD}))?|{TEENS}|hundred)"

# An amount just before "a year" makes a rate ("$33 million a year"): the amount, then at most two words.
RATE_BEFORE = re.compile(
    rf"(?:\d[\d,.]*%?|{in_order(lex.RATE_AMOUNT_WORDS)})(?:\s+(?:of\s+)?[A-Za-z'-]+){{0,2}}\s+$", re.I)
RATE_REACH = 45

# Modifiers taken into an expression's extent from just before it.
AMOUNT_MODIFIER = re.compile(r"(?<![\w-])(?P<mod>" + alternation(lex.TIME_AMOUNT_MODIFIERS) + r")\s+$", re.I)
POINT_MODIFIER = re.compile(
    r"(?<![\w-])(?P<mod>" + alternation(k for k in lex.POINT_MODIFIERS if not k.endswith("-"))
    + r")(?:\s+|-)$|(?<![\w-])(?P<glued>mid-)$", re.I)
POINT_ADVERB = re.compile(r"(?<![\w-])(?P<mod>" + alternation(lex.POINT_ADVERBS) + r")\s+$", re.I)
# Which expressions an "earlier"/"later" may join: "earlier this year", "later this month".
JOINS_ADVERB = re.compile(r"^(?:this|that|next|last)\s", re.I)
# Reach of the modifier look-behind (the longest modifier, "the latter part of", fits).
MODIFIER_REACH = 30

# The end of a sentence between two expressions ("... in April. On March 21 ..."), or a paragraph
# break: an expression's own context stops there.
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“‘(])|\n\s*\n")
