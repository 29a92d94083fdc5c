"""Words for numbers, scales, units and modifiers: what `dateline.quantities` reads, and what the
times layer borrows to read "nearly 20 months" and "two-year"."""

import re

# Cardinal number words. "a"/"an" count as one only in front of a unit or scale word ("a million
# people", "a year"), which the grammars that use this table arrange.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a": 1, "an": 1, "dozen": 12, "a dozen": 12, "half a dozen": 6, "a couple of": 2, "a couple": 2,
    "couple of": 2, "hundred": 100, "a hundred": 100, "a thousand": 1000,
}

# Scale words multiply what stands before them: "2 million people", "$1.5 billion", "3 bn".
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "bln": 1e9, "bn": 1e9, "m": 1e6, "k": 1e3, "tn": 1e12, "trn": 1e12,
}

# Counts whose size the text does not give: "several years" is PXY in TIMEX3, "dozens of people"
# a quantity without a value.
VAGUE_NUMBER_WORDS = frozenset({"several", "a few", "few", "many", "some", "a number of", "numerous", "dozens of",
                                "hundreds of", "thousands of", "millions of", "billions of", "tens of thousands of",
                                "hundreds of thousands of"})

# Vague counts with a known order of magnitude: "thousands of civilians" is more than 1000.
VAGUE_MAGNITUDES: dict[str, float] = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1e3, "tens of thousands": 1e4,
    "hundreds of thousands": 1e5, "millions": 1e6, "billions": 1e9,
}

# Modifiers of an amount, TIMEX3 `mod` values (TimeML 1.2 guidelines, section 2.2.1.7). Wire copy
# says "More than 2 million people" and "nearly 20 months" (the Bishkek sample); TimeBank has
# "at least 72 hours" (EQUAL_OR_MORE) and "less than a decade".
AMOUNT_MODIFIERS: dict[str, str] = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "upwards of": "MORE_THAN", "in excess of": "MORE_THAN",
    "well over": "MORE_THAN", "well above": "MORE_THAN", "above": "MORE_THAN", "greater than": "MORE_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN", "below": "LESS_THAN",
    "just under": "LESS_THAN", "not quite": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no fewer than": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "a minimum of": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "a maximum of": "EQUAL_OR_LESS", "as many as": "EQUAL_OR_LESS", "as much as": "EQUAL_OR_LESS",
    "nearly": "APPROX", "almost": "APPROX", "about": "APPROX", "around": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "some": "APPROX", "an estimated": "APPROX", "close to": "APPROX",
    "some estimated": "APPROX", "estimated": "APPROX", "just over": "APPROX", "an approximately": "APPROX",
    "nearly all of": "APPROX",
}

# Currency signs and codes before an amount ("$10 billion", "US$5", "EUR 20") -> ISO 4217.
CURRENCY_SIGNS: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "£": "GBP", "gbp": "GBP", "€": "EUR", "eur": "EUR",
    "¥": "JPY", "jpy": "JPY", "c$": "CAD", "a$": "AUD", "hk$": "HKD", "rs": "INR", "rs.": "INR",
    "chf": "CHF", "cny": "CNY", "rub": "RUB", "inr": "INR",
}

# Currency names after an amount ("20 million euros", "500 roubles", "10 cents").
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
    "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF",
    "cent": "USD-cent", "cents": "USD-cent", "pence": "GBP-pence", "p": "GBP-pence", "shekel": "ILS",
    "shekels": "ILS", "lira": "TRY", "hryvnia": "UAH", "hryvnias": "UAH", "won": "KRW", "peso": "MXN",
    "pesos": "MXN", "rand": "ZAR", "som": "KGS",
}

# Percentages: "5%", "5 percent", "5 per cent", "50 percentage points" (a different unit).
PERCENT_WORDS: dict[str, str] = {"%": "%", "percent": "%", "per cent": "%", "pct": "%",
                                 "percentage point": "percentage points", "percentage points": "percentage points",
                                 "basis points": "basis points", "basis point": "basis points"}

# Measurement units after an amount ("4,000 km", "35 degrees", "50 kg", "100 barrels"), mapped to a
# canonical symbol. Plural and abbreviations share the canonical form.
MEASURE_UNITS: dict[str, str] = {
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m", "cm": "cm", "mm": "mm",
    "mile": "mi", "miles": "mi", "mi": "mi", "foot": "ft", "feet": "ft", "ft": "ft", "inch": "in",
    "inches": "in", "yard": "yd", "yards": "yd",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg", "gram": "g", "grams": "g",
    "g": "g", "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "pound weight": "lb", "lb": "lb",
    "lbs": "lb", "ounce": "oz", "ounces": "oz",
    "litre": "l", "litres": "l", "liter": "l", "liters": "l", "gallon": "gal", "gallons": "gal",
    "barrel": "bbl", "barrels": "bbl", "bpd": "bbl/d", "barrels per day": "bbl/d", "barrels a day": "bbl/d",
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km2": "km2",
    "square miles": "mi2", "square mile": "mi2", "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre",
    "degrees": "degree", "degree": "degree", "degrees celsius": "°C", "°c": "°C", "°f": "°F",
    "degrees fahrenheit": "°F", "mph": "mph", "km/h": "km/h", "kph": "km/h", "knots": "kn",
    "megawatts": "MW", "megawatt": "MW", "mw": "MW", "gigawatts": "GW", "gw": "GW", "kilowatts": "kW",
    "kw": "kW", "kwh": "kWh", "megatons": "Mt", "calories": "kcal", "bytes": "B", "gigabytes": "GB",
}

# Nouns after a number that make it a measure of time, which the times layer owns ("20 months").
TIME_UNIT_WORDS = frozenset({
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "fortnight", "fortnights", "month", "months", "year", "years", "decade", "decades", "century",
    "centuries", "weekend", "weekends", "quarter", "quarters", "night", "nights", "morning", "mornings",
})

# "2 million people": the counted noun is the head noun after the amount. These nouns after an
# amount are not what it counts but its grammar ("2 million of them", "5 of the", "3 each").
NOT_COUNTED = frozenset({"of", "each", "apiece", "percent", "times", "more", "less", "fewer", "or", "and", "to"})

# A number glued to these is part of a name, a score or an identifier, not an amount: "Boeing 737",
# "COVID-19", "G20", "Section 8", "Flight 17", "Resolution 242", "No. 10".
IDENTIFIER_BEFORE = frozenset({
    "no", "no.", "number", "flight", "route", "section", "article", "resolution", "chapter", "page",
    "paragraph", "room", "platform", "gate", "highway", "interstate", "level", "phase", "grade",
    "channel", "apollo", "boeing", "airbus", "covid", "g", "windows", "iphone", "code", "line", "pp",
    "p.", "vol", "vol.", "volume", "issue", "episode", "season", "round", "game", "week", "day",
    "stage", "term", "category", "class", "type", "model", "version", "act", "bill", "proposition",
    "district", "precinct", "unit", "ward", "block", "lot", "exit", "pier", "terminal", "building",
})

# Scores and ratios: "won 3-1", "a 2-1 decision", "voted 52-48": not quantities of anything.
SCORE_RE = re.compile(r"^\d+\s*[-–]\s*\d+$")
