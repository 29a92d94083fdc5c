"""The rule table: (name, pattern, reader) for every kind of temporal expression, with the cheap
trigger that says whether a text can hold a match of a rule at all."""

from __future__ import annotations

import re

from dateline.lexicons import times as lex
from dateline.times import normalise as cal
from dateline.times.drafts import Context, Draft, Reader
from dateline.times.patterns import (
    AMPM, BARE_UNIT, DURATION_DIRECTION, DURATION_FILLER, DURATION_SUFFIX, PERIOD_WORD, UNITS_WORD,
    ANAPHORIC_DIRECTION, B, DAYNUM, DAYPART, DIRECTION, E, E_NUM, HOLIDAY, MONTH, NUM, NUMBER_WORD, ORDINAL,
    QUARTER_ORD, REFERENCE, SEASON, SPELLED_DECADE, SET_ADVERB, SPOKEN_YEAR, TZ, UNIT, UNIT_SG, VAGUE, WEEKDAY, YEAR,
)
from dateline.times.readers.calendar import (
    read_century, read_decade, read_spelled_decade, read_holiday, read_iso, read_month, read_month_day, read_month_relative_year,
    read_month_year, read_numeric_date, read_season, read_spoken_year, read_year, read_year_range,
)
from dateline.times.readers.common import Groups, amount_of, new_draft
from dateline.times.readers.days import (
    read_anaphoric, read_anaphoric_weekday, read_clock, read_mid_day_part, read_deictic_day, read_relative_unit, read_the_weekend, read_weekday,
)
from dateline.times.readers.durations import (
    read_adjectival_duration, read_bare_units, read_duration, read_set,
)
from dateline.times.readers.periods import (
    read_fiscal_year, read_period, read_period_of_year, read_quarter, read_reference, read_time_adjective,
    read_year_end,
)
from dateline.times.resolution import year_ago


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
    ("century", _rule(rf"{B}(?:(?P<the>the)\s+)?(?P<ord>{ORDINAL})[\s-]+(?P<unit>century){E}"), read_century),
    ("spelled_decade", _rule(rf"{B}the\s+(?P<dec>{SPELLED_DECADE}){E}"), read_spelled_decade),
    ("iso", _rule(rf"{B}(?P<date>\d{{4}}-\d\d-\d\d)(?:T(?P<time>\d\d:\d\d(?::\d\d)?))?{E_NUM}"), read_iso),
    ("numeric_date", _rule(rf"{B}(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}}|\d\d){E_NUM}"), read_numeric_date),
    ("weekday", _rule(rf"{B}(?:(?P<dir>last|next|this|coming|past)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<part>{DAYPART}))?(?!\w)"), read_weekday),
    ("anaphoric_weekday", _rule(rf"{B}the\s+(?P<rel>previous|preceding|following)\s+(?P<wd>{WEEKDAY}){E}"), read_anaphoric_weekday),
    ("deictic_day", _rule(rf"{B}(?:(?P<word>today|yesterday|tomorrow|tonight)(?:\s+(?P<part>morning|afternoon|evening|night))?|(?P<this>this|last)\s+(?P<part2>morning|afternoon|evening|night)){E}"), None),
    ("relative_unit", _rule(rf"{B}(?P<the>the\s+)?(?P<dir>{DIRECTION})\s+(?:fiscal\s+)?(?P<unit>week|month|year|quarter|decade|century|weekend|day|{SEASON}){E}"), read_relative_unit),
    ("relative_month", _rule(rf"{B}(?P<dir>last|next|this|past|coming)\s+(?P<mon>{MONTH}){E}"), read_month),
    ("duration", _rule(
        rf"{B}(?:(?P<the>the)\s+)?(?:(?P<dir>{DURATION_DIRECTION})\s+)?"
        rf"(?P<num>{VAGUE}|{NUM})(?:\s*(?:to|or|-|–)\s*(?P<upper>{NUM}))?\s+(?:(?:{DURATION_FILLER})\s+)?(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?"
        rf"(?:\s+(?:or\s+so\s+)?(?P<suffix>{DURATION_SUFFIX}))?{E}"), read_duration),
    ("bare_units", _rule(rf"{B}(?:(?P<recent>recent)\s+)?(?P<unit>{BARE_UNIT}){E}"), read_bare_units),
    ("adjectival_duration", _rule(rf"{B}(?:(?P<num>\d+(?:\.\d+)?|{NUMBER_WORD})-)(?P<unit>{UNIT_SG})(?:-old|-long)?{E}|{B}(?P<unit2>year|day|month|week|hour)-long{E}"), None),
    ("quarter", _rule(
        rf"{B}(?:the\s+)?(?:(?P<yr>{YEAR})\s+|(?P<rel>this|last|next)\s+year['’]s\s+|(?P<ago>year-ago|year-earlier)\s+)?(?:(?:fiscal|calendar)\s+)?(?P<ord>{QUARTER_ORD}|(?<=\s)last(?=\s+half)|latter(?=\s+half))[- ](?:fiscal[- ])?(?P<unit>quarter|half)"
        rf"(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?:(?P<yr2>{YEAR})|(?P<rel2>this|last|next)\s+year))?{E}"), None),
    ("quarter_code", _rule(rf"{B}(?-i:(?P<q>Q[1-4]))(?:\s+(?P<yr>{YEAR}))?{E}"), None),
    ("period", _rule(rf"{B}(?:the\s+)?(?:(?:comparable|same|corresponding)\s+)?(?:(?P<w>{PERIOD_WORD})\s+)?(?:(?:fiscal|calendar)\s+)?(?P<unit>quarter|period|year|month|week){E}"), None),
    ("year_ago_period", _rule(rf"{B}(?:the\s+)?(?:(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?:of\s+|in\s+)?last\s+year|last\s+year['’]s\s+(?:quarter|period)|the\s+quarter\s+a\s+year\s+(?:ago|earlier)){E}"), None),
    ("year_ago_adj", _rule(rf"{B}(?P<w>year-ago|year-earlier){E}"), None),
    ("spoken_year", _rule(rf"{B}(?:the\s+year\s+)?(?P<spoken>{SPOKEN_YEAR}|(?<=the\syear\s)two\s+thousand(?:\s+and\s+(?:{UNITS_WORD}|ten))?|twenty[- ](?:{UNITS_WORD}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)){E}"), read_spoken_year),
    ("period_of_year", _rule(rf"{B}the\s+(?P<yr>{YEAR})\s+(?:fiscal\s+)?(?P<unit>quarter|period){E}"), read_period_of_year),
    ("year_end", _rule(rf"{B}(?:the\s+)?(?P<yr>{YEAR}\s+)?year(?:[- ]|['’]s\s+)end{E}"), None),
    ("mid_day_part", _rule(rf"{B}mid-?\s?(?P<part>morning|afternoon|evening)(?:,?\s+(?P<day>today|yesterday|tomorrow|{WEEKDAY}))?(?!\w)"), read_mid_day_part),
    ("fiscal_year", _rule(rf"{B}the\s+fiscal\s+year{E}"), read_fiscal_year),
    ("reference", _rule(rf"{B}{REFERENCE}{E}"), read_reference),
    ("time_adjective", _rule(rf"{B}(?P<adj>current|recent){E}"), None),
    ("weekend", _rule(rf"{B}the\s+weekend{E}"), None),
    ("set", _rule(
        rf"{B}(?:(?P<adverb>{SET_ADVERB})|(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{NUM})\s+)?(?:(?P<unit>{UNIT})|(?P<wd>{WEEKDAY})|(?P<part>{DAYPART})|(?P<mon>{MONTH}))"
        rf"|(?:once|twice|(?:{NUM})\s+times)\s+(?:a|an|per|every|each)\s+(?P<unit_f>{UNIT_SG})|per\s+(?P<unit_p>{UNIT_SG})){E}"), None),
    ("clock", _rule(
        rf"{B}(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5]\d))?\s*(?P<ampm>{AMPM})|(?P<h24>[01]?\d|2[0-3]):(?P<min2>[0-5]\d)(?=\s+{TZ})|(?P<hhmm>(?:[01]\d|2[0-3])[0-5]\d)(?=\s+{TZ})|(?P<word>noon|midday|midnight))"
        rf"(?:\s+(?:\(\d+\s+GMT\)|{TZ}))?(?:,?\s+(?P<day>today|yesterday|tomorrow|{WEEKDAY}))?(?!\w)"), read_clock),
    ("season", _rule(rf"{B}(?:the\s+)?(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<yr>{YEAR}|{SPOKEN_YEAR}))?{E}"), read_season),
    ("holiday", _rule(rf"{B}(?:(?P<dir>last|next|this)\s+)?(?P<h>{HOLIDAY})(?:\s+(?P<week>week))?(?:,?\s+(?P<yr>{YEAR}))?{E}"), read_holiday),
    ("anaphoric", _rule(
        rf"{B}(?:(?:that|the\s+(?P<rel>{ANAPHORIC_DIRECTION}))\s+(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)"
        rf"|the\s+(?P<unit_b>day|night)\s+(?P<ba>before|after)(?!\s+[\w$])){E}"), None),
]


# -- readers shared between rules, with the groups a rule names differently ---------------------


def _read_deictic(m: re.Match, ctx: Context) -> Draft | None:
    return read_deictic_day(Groups(m, {"part": m["part"] or m["part2"]}), ctx)


def _read_adjectival(m: re.Match, ctx: Context) -> Draft | None:
    if m["unit2"]:
        return new_draft(m, "DURATION", cal.duration(1, m["unit2"]))
    return read_adjectival_duration(m, ctx)


def _read_quarter(m: re.Match, ctx: Context) -> Draft | None:
    groups = {"yr": m["yr"] or m["yr2"], "rel": m["rel"] or m["rel2"], "q": None, "ago": m["ago"]}
    return read_quarter(Groups(m, groups), ctx)


def _read_quarter_code(m: re.Match, ctx: Context) -> Draft | None:
    return read_quarter(Groups(m, {"ord": None, "unit": "quarter", "rel": None, "ago": None}), ctx)


def _read_set(m: re.Match, ctx: Context) -> Draft | None:
    if m["unit_f"]:
        times = re.match(r"\s*(once|twice|.+?)\s+times", m.group(0), re.I)
        word = m.group(0).split()[0].lower()
        freq = {"once": 1, "twice": 2}.get(word) or (amount_of(times.group(1)) if times else None)
        draft = new_draft(m, "SET", cal.duration(1, m["unit_f"]))
        return draft if freq else None
    if m["unit_p"]:
        return new_draft(m, "SET", cal.duration(1, m["unit_p"]))
    return read_set(m, ctx)


def _read_anaphoric(m: re.Match, ctx: Context) -> Draft | None:
    return read_anaphoric(Groups(m, {"unit": m["unit"] or m["unit_b"]}), ctx)


def _read_period(m: re.Match, ctx: Context) -> Draft | None:
    words = " ".join((m["w"] or "").lower().split())
    text = m.group(0).lower()
    if not text.startswith("the") and words not in {"year-ago", "year-earlier"}:
        return None  # "quarter", "year" alone are nouns, not expressions
    if not words and (m["unit"] or "").lower() in {"week", "month"} and ctx.word_before(m.start()) not in lex.PERIOD_WEEK_MONTH_BEFORE:
        return None
    return read_period(m, ctx)


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
    "year_ago_period": lambda m, ctx: Draft(m.start(), m.end(), "DATE", None, rule="year-ago",
                                            refer=lambda d, q="quarter" in m.group(0).lower(): year_ago(d, 1, "year", named_quarter=q)),
    "year_ago_adj": lambda m, ctx: read_period(Groups(m, {"unit": None}), ctx),
}
RULES = [(name, pattern, reader or _OVERRIDDEN_READERS[name]) for name, pattern, reader in RULES]

# The words one of which every match of a rule contains (lower case, whole words in the sense of
# `\w+`); rules in DIGIT_RULES also run around any word holding a digit. A rule runs only in
# windows around these words (`times.scan`): measured on 200 BBC stories, a search of the whole
# text by every rule cost most of the layer's time.
DIGIT_RULES = frozenset({"year", "year_range", "decade", "iso", "numeric_date", "clock"})


def _longest_word(phrase: str) -> str:
    """The word of a phrase that stands for it ("the near future" -> "future")."""
    return max(re.findall(r"\w+", phrase.lower()), key=len)


_MONTH_WORDS = frozenset(name.lower() for name in lex.MONTHS)
_UNIT_WORDS = frozenset(lex.TIME_UNITS)
_ALL_UNIT_WORDS = _UNIT_WORDS | {unit + "s" for unit in lex.TIME_UNITS} | set(lex.UNIT_PLURALS)
_DAY_PART_WORDS = frozenset({"morning", "afternoon", "evening", "night"})
RULE_KEYWORDS: dict[str, frozenset[str]] = {
    "month_day": _MONTH_WORDS, "day_month": _MONTH_WORDS, "month_year": _MONTH_WORDS, "month": _MONTH_WORDS,
    "month_relative_year": _MONTH_WORDS, "relative_month": _MONTH_WORDS,
    "year": frozenset(), "year_range": frozenset(), "decade": frozenset(), "iso": frozenset(),
    "numeric_date": frozenset(), "clock": frozenset({"noon", "midday", "midnight"}),
    "century": frozenset({"century"}),
    "spelled_decade": frozenset(lex.SPELLED_DECADES),
    "weekday": frozenset(name.rstrip(".").lower() for name in lex.WEEKDAYS),
    "anaphoric_weekday": frozenset(name.rstrip(".").lower() for name in lex.WEEKDAYS),
    "deictic_day": frozenset(lex.DAY_DEICTICS) | _DAY_PART_WORDS,
    "relative_unit": frozenset({"week", "month", "year", "quarter", "decade", "century", "weekend", "day"}) | set(lex.SEASONS),
    "duration": _ALL_UNIT_WORDS,
    "bare_units": frozenset(lex.BARE_PLURAL_UNITS),
    "adjectival_duration": _UNIT_WORDS,
    "quarter": frozenset({"quarter", "half"}),
    "quarter_code": frozenset({"q1", "q2", "q3", "q4"}),
    "period": frozenset({"quarter", "period", "year", "month", "week"}),
    "year_ago_period": frozenset({"period", "quarter"}),
    "year_ago_adj": frozenset({"ago", "earlier"}),
    "spoken_year": frozenset({"nineteen", "thousand", "twenty"}),
    "period_of_year": frozenset({"quarter", "period"}),
    "year_end": frozenset({"end"}),
    "mid_day_part": frozenset({"morning", "afternoon", "evening", "midmorning", "midafternoon", "midevening"}),
    "fiscal_year": frozenset({"fiscal"}),
    "reference": frozenset(_longest_word(phrase) for phrase in lex.REFERENCE_WORDS),
    "time_adjective": frozenset(lex.TIME_ADJECTIVES),
    "weekend": frozenset({"weekend"}),
    "set": frozenset({"every", "each", "per", "once", "twice", "times"}) | {_longest_word(w) for w in lex.SET_ADVERBS},
    "season": frozenset(lex.SEASONS),
    "holiday": frozenset(_longest_word(name) for name in lex.HOLIDAYS),
    "anaphoric": _DAY_PART_WORDS | {"day", "week", "weekend", "month", "year"},
}
