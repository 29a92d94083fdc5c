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
    # "2mil", "10 tln" (Recognizers-Text), "35 lakh rupees", "1 crore" (Indian English copy).
    "mil": 1e6, "tln": 1e12, "lakh": 1e5, "crore": 1e7,
}

# Scale abbreviations: "$5m", "£7.5bn", "EUR 3bn", "10k". Read as a scale after a currency, before a
# currency name ("600m euros") or a counted noun ("1.5m people"); "100m" alone is metres.
ABBREVIATED_SCALES = frozenset({"m", "k", "bn", "mln", "bln", "tn", "trn", "mil", "tln"})

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

# Currency symbols, written before the amount ("$10 billion", "£7.5bn", "US$5m", "C$ 16.4 million") or,
# less often, after it ("10 €"). Symbols are not in ISO 4217, so they are named here; the ISO codes
# themselves ("USD 5m", "EUR 3bn") and the currencies' names come from pycountry (quantities/currency.py).
# "$" alone is the US dollar, as in wire and BBC copy, which write "C$"/"A$" for the others.
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
    "₪": "ILS", "₺": "TRY", "₴": "UAH", "₦": "NGN", "₱": "PHP", "₫": "VND", "฿": "THB", "₡": "CRC",
    "₭": "LAK", "c$": "CAD", "ca$": "CAD", "cad$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD",
    "hk$": "HKD", "s$": "SGD", "r$": "BRL", "mex$": "MXN", "mxn$": "MXN", "rs": "INR", "rs.": "INR",
}

# Currency names after an amount that pycountry's official names do not give ("20 million euros" is
# there as "Euro"; "dollars" alone is not), and the currency a bare name means in English-language
# news: "dollars" US dollars, "pounds" sterling (or weight: WEIGHT_CONTEXT), "francs" Swiss francs.
CURRENCY_NAMES: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "buck": "USD", "bucks": "USD", "us dollar": "USD", "us dollars": "USD",
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "pounds sterling": "GBP", "british pound": "GBP",
    "british pounds": "GBP", "quid": "GBP", "euro": "EUR", "euros": "EUR", "yen": "JPY",
    "japanese yen": "JPY", "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY", "rmb": "CNY",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "rupee": "INR", "rupees": "INR",
    "franc": "CHF", "francs": "CHF", "swiss francs": "CHF", "shekel": "ILS", "shekels": "ILS",
    "lira": "TRY", "hryvnia": "UAH", "hryvnias": "UAH", "won": "KRW", "peso": "MXN", "pesos": "MXN",
    "rand": "ZAR", "som": "KGS", "naira": "NGN", "real": "BRL", "reais": "BRL",
    "canadian dollars": "CAD", "australian dollars": "AUD",
}

# Coins and notes worth a hundredth of a currency: "10 cents", "470 pence", "12-cent dividend".
CURRENCY_SUBUNITS: dict[str, str] = {
    "cent": "USD-cent", "cents": "USD-cent", "pence": "GBP-pence", "penny": "GBP-pence", "p": "GBP-pence",
}

# ISO 4217 entries that are not money people are paid in: precious metals, bond and accounting units,
# funds, test codes. pycountry lists them with the currencies ("XAU" is "Gold": "5 gold medals").
NON_MONEY_CODES = frozenset({
    "XAG", "XAU", "XPD", "XPT", "XTS", "XXX", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XUA", "XAD",
    "USN", "CHE", "CHW", "BOV", "CLF", "COU", "MXV", "UYI", "UYW", "ZWG",
})

# ISO codes that are also English words or common abbreviations: read as a currency only in
# capitals ("ALL 5" is rare, "all 70 of us" is not; "a 3 try lead", "the top 10").
WORD_LIKE_CODES = frozenset({
    "all", "top", "try", "cup", "pen", "mop", "bob", "gel", "nad", "sar", "mad", "sos", "bam", "dop",
    "amd", "cad", "lak", "std", "sol", "php", "ern", "bif", "pab", "bdt", "kes", "gip",
})

# A bare "pounds" is weight, not money, where the sentence speaks of weight: "the 243 pounds he
# weighed", "lost 40 pounds", "10 pounds of potatoes". Lemmas.
WEIGHT_CONTEXT = frozenset({
    "weigh", "weight", "heavy", "heavyweight", "overweight", "obese", "diet", "lose", "gain", "kilo",
    "kilogram", "kg", "stone", "lb", "ounce", "pound-for-pound", "slim", "fat",
    # another weight unit in the sentence: "a metric ton is equal to 2,204.62 pounds"
    "ton", "tonne", "gram", "ounces",
})

# Events and races named by a distance: "the 100m hurdles", "400m relay", "world 60m champion",
# "the 10K race". A bare "Nm" before other plural nouns counts millions ("1.5m people", "20m viewers").
DISTANCE_EVENT_WORDS = frozenset({
    "hurdles", "relay", "relays", "heats", "heat", "freestyle", "breaststroke", "backstroke", "butterfly",
    "medley", "sprint", "sprints", "race", "races", "runners", "champion", "title", "titles", "final",
    "finals", "record", "records", "gold", "silver", "bronze", "event", "events", "dash", "run", "swim",
    # "the 5K road race", "60m indoors"
    "road", "indoors", "outdoors", "indoor", "outdoor",
})

# Fractions of a scale word: "half a million" 500,000, "a quarter of a million", "three quarters billion".
FRACTION_WORDS: dict[str, float] = {
    "half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3,
}

# "one in 13 pupils", "one out of five adults": a ratio, not 13 pupils.
RATIO_LINKS = frozenset({"in", "out of"})

# Percentages: "5%", "5 percent", "5 per cent", "50 percentage points" (a different unit).
PERCENT_WORDS: dict[str, str] = {"%": "%", "percent": "%", "per cent": "%", "pct": "%",
                                 "percentage point": "percentage points", "percentage points": "percentage points",
                                 "basis points": "basis points", "basis point": "basis points"}

# Measurement units after an amount ("4,000 km", "35 degrees", "50 kg", "100 barrels"), mapped to a
# canonical symbol. Plural and abbreviations share the canonical form.
MEASURE_UNITS: dict[str, str] = {
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "metre": "m", "metres": "m", "meter": "m", "meters": "m", "cm": "cm", "mm": "mm",
    "mile": "mi", "miles": "mi", "mi": "mi", "foot": "ft", "feet": "ft", "ft": "ft", "inch": "in",
    "inches": "in", "yard": "yd", "yards": "yd",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg", "gram": "g", "grams": "g",
    "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "pound weight": "lb", "lb": "lb",
    "lbs": "lb", "ounce": "oz", "ounces": "oz",
    "litre": "l", "litres": "l", "liter": "l", "liters": "l", "gallon": "gal", "gallons": "gal",
    "barrel": "bbl", "barrels": "bbl", "bpd": "bbl/d", "barrels per day": "bbl/d", "barrels a day": "bbl/d",
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km2": "km2",
    "square miles": "mi2", "square mile": "mi2", "hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre",
    "degrees": "degree", "degree": "degree", "degrees celsius": "°C", "°c": "°C", "°f": "°F", "°": "degree",
    "degrees fahrenheit": "°F", "mph": "mph", "km/h": "km/h", "kph": "km/h", "knots": "kn",
    "megawatts": "MW", "megawatt": "MW", "mw": "MW", "gigawatts": "GW", "gw": "GW", "kilowatts": "kW",
    "kw": "kW", "kwh": "kWh", "megatons": "Mt", "calories": "kcal", "bytes": "B", "gigabytes": "GB",
    # Recognizers-Text's dimension and temperature cases (shared/eval/quantities) and news copy.
    "ml": "ml", "millilitre": "ml", "millilitres": "ml", "milliliter": "ml", "milliliters": "ml",
    "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
    "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm", "dm": "dm",
    "decimetre": "dm", "decimetres": "dm", "decimeter": "dm", "decimeters": "dm",
    "pounds weight": "lb", "metric ton": "t", "metric tons": "t", "metric tonnes": "t",
    "cubic feet": "ft3", "cubic foot": "ft3", "cubic metres": "m3", "cubic meters": "m3",
    "square metres": "m2", "square meters": "m2", "square metre": "m2", "square meter": "m2",
    "square feet": "ft2", "square foot": "ft2", "sq ft": "ft2",
    "microgram": "µg", "micrograms": "µg", "μg": "µg", "µg": "µg", "mcg": "µg", "milligram": "mg",
    "milligrams": "mg", "mg": "mg", "teaspoon": "tsp", "teaspoons": "tsp", "tablespoon": "tbsp",
    "tablespoons": "tbsp", "dram": "dr", "drams": "dr", "drachma": "dr",
    "megabyte": "MB", "megabytes": "MB", "mb": "MB", "gb": "GB", "gigabyte": "GB", "terabytes": "TB",
    "tb": "TB", "bit": "bit", "bits": "bit", "radian": "rad", "radians": "rad", "rad": "rad",
    "turn": "turn", "turns": "turn", "\"": "in",
    "celsius": "°C", "centigrade": "°C", "degrees c": "°C", "degree c": "°C", "deg celsius": "°C",
    "degree celsius": "°C", "fahrenheit": "°F", "degrees f": "°F", "degree f": "°F",
    "degree fahrenheit": "°F", "deg fahrenheit": "°F", "deg": "degree", "deg.": "degree",
}

# Ages: "the 76-year-old owner", "ten months old". The times layer reads "20 years" as a duration;
# followed by "old" it is an age, a measure of the person or thing.
AGE_UNITS: dict[str, str] = {
    "year": "years old", "years": "years old", "month": "months old", "months": "months old",
    "week": "weeks old", "weeks": "weeks old", "day": "days old", "days": "days old",
}

# A measure given in two units, the second smaller: "6ft 4in" (heights in sports copy), "5 feet and
# 2 inches", "7lb 8oz". Unit -> (the smaller unit's symbol, how many make one of the larger).
COMPOUND_MEASURES: dict[str, tuple[str, int]] = {"ft": ("in", 12), "lb": ("oz", 16)}

# One-letter unit symbols that are units only in lower case: "5G" is a mobile standard, "100 m" metres,
# "5 g" grams; "25C"/"25F" are temperatures (BBC weather copy writes "25C").
CASE_SENSITIVE_UNITS: dict[str, str] = {"m": "m", "g": "g", "t": "t", "l": "l", "C": "°C", "F": "°F"}

# Units of temperature (the record's `kind` is "measure" for all; evaluation reads these apart).
TEMPERATURE_UNITS = frozenset({"°C", "°F", "degree"})

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
