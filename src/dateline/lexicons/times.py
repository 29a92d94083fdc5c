"""Words of the calendar and of time reference: what the patterns and readers of `dateline.times`
are built from.

Each table names the TIMEX3 value it maps to (TimeML 1.2.1 guidelines). Month and weekday names
are matched with a capital first letter only: "may", "march", "sun" and "wed" are words too.
"""

# Month names and wire abbreviations ("Sept. 30", "Aug. 7, 1998", "Oct 13") -> month number.
MONTHS: dict[str, int] = {
    "January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3, "April": 4, "Apr": 4,
    "May": 5, "June": 6, "Jun": 6, "July": 7, "Jul": 7, "August": 8, "Aug": 8, "September": 9,
    "Sept": 9, "Sep": 9, "October": 10, "Oct": 10, "November": 11, "Nov": 11, "December": 12, "Dec": 12,
}

# Wire abbreviations of months, which need their full stop or a day after them ("Jan Kavan" is a
# name, "Dec" alone a word); "May", "June" and "July" are full names.
MONTH_ABBREVIATIONS = frozenset({"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"})

# Month names that are also common words ("May" the modal at a sentence start, "March" the verb):
# accepted alone only with calendar context around them (a day, a year, "in", "last", "early").
AMBIGUOUS_MONTHS = frozenset({"May", "March", "Mar", "Jan", "Jun", "Sep", "Dec"})
# The calendar context that makes an ambiguous month a month: a preposition or modifier just
# before it ("in May", "since March", "early May", "the end of March").
MONTH_CONTEXT_BEFORE = frozenset({
    "in", "since", "until", "till", "by", "during", "of", "through", "from", "to", "before", "after", "early",
    "late", "mid", "mid-", "and", "or", "between", "last", "next", "this", "end", "beginning", "middle", "start",
})

# Weekday names -> ISO weekday (Monday 1). Abbreviations only with their full stop ("Tues.").
WEEKDAYS: dict[str, int] = {
    "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5, "Saturday": 6, "Sunday": 7,
    "Mon.": 1, "Tue.": 2, "Tues.": 2, "Wed.": 3, "Thu.": 4, "Thur.": 4, "Thurs.": 4, "Fri.": 5, "Sat.": 6, "Sun.": 7,
}

# Parts of the day -> TIMEX3 codes: "Friday morning" is 1998-08-07TMO; "tonight" is today's TNI.
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "noon": "MI", "daytime": "DT",
}

# Seasons -> TIMEX3 codes ("last fall" is 1998-FA in TimeBank).
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Units of time in the order the patterns try them (each also with a plural "s", except
# "century", whose plural is in UNIT_PLURALS): "24 hours", "the past two quarters", "a decade".
TIME_UNITS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year",
              "decade", "century", "weekend")
# Plural units that stand alone as a duration of unknown length ("for years", "within weeks").
BARE_PLURAL_UNITS = ("years", "months", "weeks", "days", "decades", "hours", "minutes")
# ... only after a word that makes them a span of time: "for years" PXY, not "years of war".
BARE_UNITS_AFTER = frozenset({"for", "within", "over", "in", "after", "coming", "past", "last", "next", "take",
                              "takes", "took", "lasted"})

# Units that are also ordinals: "a second reading", "a second term" are the second of something,
# not one second; they are the ordinal before a word of these parts of speech (spaCy's POS).
ORDINAL_UNITS = frozenset({"second"})
ORDINAL_BEFORE_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})

# Units of duration -> (ISO 8601 designator, is it a time-of-day unit: PT24H, not P24H).
DURATION_UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False), "fortnight": ("W", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False),
    "century": ("CE", False), "weekend": ("WE", False),
}
# How many of the designator one unit is ("a fortnight" is P2W, "a decade" P10Y: TimeBank writes
# decades and centuries as years, and quarters as Q: "the past two quarters" P2Q).
UNIT_MULTIPLIER: dict[str, tuple[str, int]] = {
    "fortnight": ("W", 2), "decade": ("Y", 10), "century": ("Y", 100), "weekend": ("D", 2),
}
UNIT_PLURALS: dict[str, str] = {"centuries": "century"}

# Ordinals a quarter or half can take ("third-quarter", "the 2nd quarter", "Q3").
QUARTER_ORDINALS = ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th")

# Ordinals for quarters, halves and centuries ("the third quarter" is 1989-Q3).
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "latter": 2, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6,
    "7th": 7, "8th": 8, "9th": 9, "10th": 10, "11th": 11, "12th": 12, "13th": 13, "14th": 14, "15th": 15,
    "16th": 16, "17th": 17, "18th": 18, "19th": 19, "20th": 20, "21st": 21, "last": 4, "final": 4,
}

# Deictic day words -> offset in days from the article's date.
DAY_DEICTICS: dict[str, int] = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}

# Relative direction words in front of a calendar unit: "last week", "next month", "this year",
# "the coming year". "past" and "last" in front of a number make a duration ("the past two months").
DIRECTION_WORDS: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "preceding": -1, "prior": -1,
    "this": 0, "current": 0, "present": 0, "same": 0,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1,
}

# The directions a calendar unit takes ("last week", "the coming year", "this century").
UNIT_DIRECTIONS = ("last", "next", "this", "past", "coming", "current", "upcoming", "present")
# The directions that refer back to a time the story gave ("the next day", "the previous week").
ANAPHORIC_DIRECTIONS = ("next", "following", "previous", "same", "preceding", "prior")
# Words before a count of units that place it ("the past two months", "the first nine months",
# "the remaining three years"): the duration keeps them inside its extent.
DURATION_DIRECTIONS = ("past", "last", "next", "coming", "first", "previous", "following", "final", "remaining",
                       "latest", "initial", "preceding", "ensuing", "last few", "past few", "next few", "same")
# Words between a count and its unit that leave the length as it is ("two more years", "72 straight hours").
DURATION_FILLERS = ("more", "additional", "further", "straight", "consecutive", "full", "long", "short")
# Words after a duration that make it a point before or after a reference time ("three days ago").
DURATION_SUFFIXES = ("ago", "earlier", "later", "from now", "hence", "back")
# Counts in words a duration may have ("twenty-five years", "a couple of weeks", "a dozen days").
SPELLED_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
SPELLED_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
SPELLED_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                 "nineteen")
SPELLED_AMOUNTS = ("a dozen", "dozen", "a couple of", "a couple", "a hundred", "hundred")
# Counts without a number: "several years", "a few days", "many months" (PXY, PXD).
VAGUE_AMOUNTS = ("several", "a few", "few", "many", "some", "a number of", "numerous")

# Vague reference to the present, past and future (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF):
# TimeBank tags "now" 59 times, "recently" 12, "currently" 10, "the future" 10.
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "these days": "PRESENT_REF",
    "right now": "PRESENT_REF", "just now": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "recent years": "PAST_REF", "recent decades": "PAST_REF",
    "past years": "PAST_REF",
    "some time ago": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the coming years": "FUTURE_REF",
    "the coming months": "FUTURE_REF", "coming years": "FUTURE_REF", "coming months": "FUTURE_REF",
    "the coming weeks": "FUTURE_REF", "coming weeks": "FUTURE_REF", "the coming days": "FUTURE_REF", "coming days": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
}
# Left out on purpose: "earlier", "later", "once", "previously", "soon", "shortly", "eventually".
# TimeBank tags them rarely (soon 4 times, previously 2) and leaves them untagged far more often
# (measured on TBAQ: 13 untagged "soon", 20 "previously", 24 "earlier", 17 "later", 18 "once").
# "future" without its article is a time only after these ("in future", "the foreseeable future").
FUTURE_NOUN_AFTER = frozenset({"in", "near", "foreseeable", "distant", "for"})
# Of the ones kept, these must be adverbs (the parser's ADV) where there is a tagger.
ADVERB_ONLY_REFERENCES = frozenset({"lately"})
# "recent" and "current" before a noun are PAST_REF / PRESENT_REF only when the noun is a time
# unit ("in recent weeks" is a duration, "current quarter" a quarter); a "current account" is not a time.

# "current" and "recent" before a noun are PRESENT_REF and PAST_REF in TimeML ("the current
# crisis", "recent attacks"; TBAQ tags 13 of 21 "current" and 18 of 29 "recent"), except where
# they name a thing rather than a time ("current account", "the current" of a river) or stand
# before a time unit, which the duration and period rules read ("the current quarter").
TIME_ADJECTIVES: dict[str, str] = {"current": "PRESENT_REF", "recent": "PAST_REF"}
NOT_TIME_ADJECTIVE_BEFORE = frozenset({"account", "accounts", "affairs", "events", "flows", "flow", "assets",
                                       "liabilities", "ratio", "density", "limit", "source", "meter", "and", "or"})

# Sets: "daily" is P1D, "every week" P1W, "annually" P1Y, "quarterly" P3M (TimeBank tags these).
SET_ADVERBS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "fortnightly": "P2W",
    "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "biannually": "P6M",
    "semiannually": "P6M", "every day": "P1D",
}
# Adjectival sets that are not (a "daily newspaper" is a name more than a frequency): skipped.
SET_NOT_BEFORE = frozenset({"newspaper", "paper", "mail", "telegraph", "express", "star", "news", "show", "beast"})
# ... nor after a determiner ("the Daily", "a weekly", "their monthly"): then it names a publication or a payment.
SET_NOT_AFTER = frozenset({"the", "a", "its", "their"})
# Frequency words that make "a day" a rate ("twice a week", "once a year").
FREQUENCY_WORDS = frozenset({"once", "twice", "thrice"})
# An amount just before "a year" makes a rate, a TIMEX3 SET: "$33 million a year", "fifty thousand
# CDs a year", "hundreds of interviews a day" (the amount, then at most two words).
RATE_AMOUNT_WORDS = ("percent", "cent", "cents", "dollar", "dollars", "million", "billion", "thousand", "hundred",
                     "hundreds", "thousands", "dozens", "times", "once", "twice")

# Modifiers on points and periods (TIMEX3 `mod`): "early December" START, "mid-November" MID,
# "late November" END, "the end of 1990" END, "the beginning of the year" START.
POINT_MODIFIERS: dict[str, str] = {
    "early": "START", "the beginning of": "START", "the start of": "START", "beginning of": "START",
    "start of": "START", "the dawn of": "START", "the early part of": "START",
    "mid": "MID", "mid-": "MID", "the middle of": "MID", "middle of": "MID", "the middle part of": "MID",
    "late": "END", "the end of": "END", "end of": "END", "the close of": "END", "the latter part of": "END",
    "the later part of": "END",
}
# Relative adverbs that keep a point and add a mod: "earlier this year" (START in TimeBank).
POINT_ADVERBS: dict[str, str] = {"earlier": "START", "later": "END"}

# Words that tell a verb group looks ahead: "will meet on Monday", "is due to sign on Friday",
# "plans to visit in March". A bare weekday or month is then resolved forward from the article date.
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo", "going", "gonna"})
# Only scheduling words: "vowed on Tuesday to ..." dates the vow, in the past.
FUTURE_VERBS = frozenset({"plan", "expect", "schedule", "intend", "due", "scheduled", "expected", "slated",
                          "planned", "upcoming"})
# A bare participle of these after a noun schedules it: "a NATO summit set for April".
SCHEDULING_PARTICIPLES = frozenset({"set", "slate", "due"})
# Nouns of things that are scheduled: a date naming one ("the Jan. 14 deadline", "the May 5
# election") may lie ahead even in a past-tense clause; other things a past clause names by date
# ("a March 21 call", "the Saturday attack") happened before the article.
SCHEDULED_NOUNS = frozenset({"deadline", "election", "vote", "referendum", "meeting", "summit", "talks", "hearing",
                             "trial", "date", "launch", "opening", "release", "match", "game", "final", "visit",
                             "conference", "ceremony", "poll", "auction", "sale", "target", "plan"})
# "would" in reported speech looks ahead from a past saying ("said it would vote on Tuesday");
# "could be located Wednesday" is not future, so the other modals are left out.
CONDITIONAL_FUTURE = frozenset({"would"})

# Holidays with a fixed or computable date ("Christmas", "New Year's Day", "Thanksgiving").
HOLIDAYS: dict[str, str] = {
    "New Year's Day": "01-01", "New Year's Eve": "12-31", "Christmas Day": "12-25", "Christmas Eve": "12-24",
    "Christmas": "12-25", "Independence Day": "07-04", "Valentine's Day": "02-14", "Halloween": "10-31",
    "Boxing Day": "12-26", "Bastille Day": "07-14", "Thanksgiving": "thanksgiving", "Thanksgiving Day": "thanksgiving",
    "Easter": "easter", "Easter Sunday": "easter", "Good Friday": "good-friday", "Labor Day": "labor-day",
    "Memorial Day": "memorial-day",
    # The US federal Election Day, the Tuesday after the first Monday in November; capitalised only
    # (a British "election day" is the day of that election, which the calendar cannot give).
    "Election Day": "election-day",
}

# Before a season these make it this year's season ("in the summer", "by autumn"); "fall" also
# needs "the" ("the fall" of a year, not "prices fall").
SEASON_CONTEXT_BEFORE = frozenset({"in", "the", "during", "by", "until", "since", "early", "late", "mid", "this",
                                   "over", "for", "through", "throughout", "of", "last", "next", "into"})

# Time zones after a clock time ("10 a.m. EDT"): kept inside the extent, not converted.
TIME_ZONES = frozenset({"GMT", "UTC", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET",
                        "CEST", "ET", "PT", "IST", "JST", "MSK", "AEST", "local time", "Moscow time"})

# Earnings-story periods: "the latest quarter", "the year-ago quarter", "the full year".
PERIOD_WORDS = ("latest", "most recent", "recent", "current", "year-ago", "year-earlier", "full", "whole", "entire",
                "just-ended")
# Of those, the ones naming the last quarter closed before the article (TimeBank: 1989-Q3 in a
# story of 1989-10-27), and the one naming the quarter in progress.
LATEST_PERIOD_WORDS = frozenset({"latest", "most recent", "just-ended", "recent"})
CURRENT_PERIOD_WORDS = frozenset({"current", "present"})
# "the year-ago quarter", "year-earlier": the same period a year before.
YEAR_AGO_WORDS = frozenset({"year-ago", "year-earlier", "year ago", "year earlier"})
# "the week" and "the month" alone are this week and month only after these ("earlier this week").
PERIOD_WEEK_MONTH_BEFORE = frozenset({"this", "of", "during", "in", "for", "earlier", "later"})
# After "the year" these make it relative to another time the text gives ("the year before").
RELATIVE_AFTER_YEAR = frozenset({"before", "earlier", "after", "later"})
# After "the year" these make it a fiscal year's length ("in the year ended March 31" P1Y).
FISCAL_AFTER_YEAR = frozenset({"ending", "ended", "to", "through"})

# Words after a 4-digit number that make it a count, not a year ("1990 people", "2000 troops"
# are rare next to the plural-noun test, which the grammar applies with the tagger).
YEAR_RANGE_MIN, YEAR_RANGE_MAX = 1000, 2099  # the years a bare 4-digit number may name
# A 4-digit number above the anchor year by more than this is not taken for a year in news
# ("2100 feet" is not a date): forecasts go to 2050 or 2060, rarely further.
YEAR_FUTURE_MARGIN = 80

# Amount modifiers a duration can carry inside its extent ("nearly 20 months" APPROX, "at least 72
# hours" EQUAL_OR_MORE). "over", "under", "above" and "below" are left out: in "over the past
# decade" and "under two years of rule" they are prepositions, not amounts.
TIME_AMOUNT_MODIFIERS: dict[str, str] = {
    "more than": "MORE_THAN", "well over": "MORE_THAN", "upwards of": "MORE_THAN", "just over": "MORE_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "just under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "no fewer than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "nearly": "APPROX", "almost": "APPROX", "about": "APPROX", "around": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "some": "APPROX", "close to": "APPROX", "an estimated": "APPROX",
}

# A 4-digit number is a count, not a year, after words that size an amount ("more than 2000",
# "some 1500", "nearly 3000 troops") or before a plural noun that is not a time word.
COUNT_WORDS_BEFORE_NUMBER = frozenset({"than", "about", "some", "nearly", "almost", "only", "just", "roughly",
                                       "approximately", "around", "least", "most", "number", "no.", "flight",
                                       "route", "$", "us$", "£", "€"})
# Plural nouns that may follow a year ("1990 elections", "2024 Olympics" are years): the tagger
# says NNS for "1990 results", which is still a year in earnings copy.
TIME_UNIT_NOUNS_AFTER_YEAR = frozenset({"elections", "results", "earnings", "levels", "figures", "sales",
                                        "games", "olympics", "talks", "protests", "riots", "floods", "attacks"})

# Before a month these mark a deadline, which lies ahead even in a past-tense clause ("gave
# Merieux until mid-November to submit"): the month is then the nearest one.
DEADLINE_PREPOSITIONS = frozenset({"until", "till", "by", "before", "through"})

# Words of time that, capitalised inside a sentence, belong to a name rather than tell a time:
# the programme "This Week", "60 Minutes", the film "High Noon", "VOA Today", "21st Century Fox".
# TimeML (like the TIDES guidelines before it) does not mark time words inside proper names.
# Weekdays, months and holidays are capitalised anyway and are not in this list.
NAME_TIME_WORDS = frozenset({
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks",
    "weekend", "month", "months", "quarter", "year", "years", "decade", "decades", "century", "centuries",
    "noon", "midnight", "today", "tonight", "tomorrow", "yesterday", "morning", "afternoon", "evening", "now",
})
# The rules whose expressions keep their capitals as times: names of days ("Thanksgiving Day") and
# centuries, which BBC style writes "the 19th Century" (a century without "the" and capitalised,
# "21st Century Fox", is refused by the century reader itself).
NAME_RULES_EXEMPT = frozenset({"holiday", "century"})

# "Now," opening a sentence, with its comma, is the discourse word that turns to a new point ("Now,
# the board says ..."; "Now for the weather"), not a reference to the present (TBAQ leaves all of
# them untagged); "Now the board says ..." without the comma stays a time.
DISCOURSE_NOW_AFTER = frozenset({",", "for"})

# "today's" and "tomorrow's" before these nouns mean the present or future age, not a day ("today's
# youth", "in today's world", "the people of tomorrow" are generic): no date a reader could use.
GENERIC_AGE_NOUNS = frozenset({"world", "youth", "society", "generation", "children", "kids", "teenagers",
                               "people", "young", "families", "consumers", "voters", "standards"})

# Before a weekday these make it the coming one, whatever the clause's tense: "as soon as Tuesday"
# is the earliest time ahead; "postponed until Tuesday", "extended the deadline until 9 a.m.
# Tuesday", "gave them until Friday" name a deadline ahead of the report.
WEEKDAY_EARLIEST = ("as soon as", "as early as")
DEADLINE_UNTIL = ("until", "till")
DEADLINE_VERBS = ("postpone", "extend", "gave", "give", "delay", "adjourn", "defer", "deadline", "put off",
                  "held off", "hold off", "grant")
# How far before "until" a deadline word is looked for (the clause, roughly).
DEADLINE_REACH = 80

# Decades in words: "the nineties" is the 1990s (TIMEX3 199) in a story of the 1990s or 2000s.
SPELLED_DECADES: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
    "nineties": 9,
}
# ... not after these: "temperatures in the twenties" are degrees ("in the twenties" of a thermometer).
SPELLED_DECADE_NOT_AFTER = frozenset({"degrees", "percent", "°"})

# Ordinals that, without "the", make "Nth century" a century ("an 11th century temple", "a 20th
# century democrat"); "last century" is read by the relative rules.
CENTURY_ORDINALS_WITHOUT_THE = frozenset(k for k in ORDINALS if k not in {"last", "final", "latter"})

# Spans of months longer than a quarter that an earnings story reports as the year so far ("the
# nine months", "the first half"): a year-ago comparison after them is the year before, not a
# quarter ("For the nine months, net rose ... from $2 million a year earlier" is 1988, not 1988-Q3).
YEAR_TO_DATE_MONTHS = frozenset({6, 9})

# Units of the gaps between a story's events: "three days later", "a few hours earlier", "two
# weeks later" measure the time between two things that happened (a DURATION in TimeML, "later"
# being its signal; TBAQ has all of them so). Years, quarters and longer stay points: "a year
# earlier" in a report names the year-ago period it compares with.
GAP_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "fortnight", "weekend", "month"})

# Words that may follow the second day of a pair ("on April 24 and 25 in Washington"); any other
# lower-case word makes the number a count ("on April 24 and 12 boats followed").
SECOND_DAY_FOLLOWERS = frozenset({"in", "at", "on", "to", "for", "and", "or", "of", "when", "as", "with", "from",
                                  "during", "after", "before", "until", "respectively"})
