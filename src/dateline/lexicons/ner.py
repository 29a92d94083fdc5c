"""Word lists for correcting the statistical NER in news (`entities.corrections`), and the NER's
labels as the rest of dateline reads them."""

import re

# OntoNotes labels of place names: countries, cities and states (GPE), other locations (LOC:
# "the Gaza Strip", "the Pacific") and facilities (FAC: "Heathrow"). Entities of these types are
# places for the entity layer, the places layer and the store.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

# Names that begin with a capital "The" as part of the name, kept whole when a leading article is
# trimmed ("the United States" -> "United States", but "The Hague" stays).
THE_NAMES = frozenset({"the hague", "the gambia", "the bahamas", "the netherlands"})

# A trailing token that is a score, a count or a time in a results line ("G. Kersey 63",
# "Somerset 83", "Lotte 6"), never part of a person's or a place's name.
SCORE_RE = re.compile(r"^[\d][\d.,:/\-]*$")

# Words GeoNames has as places (first-level divisions of Sudan, Sri Lanka, Zambia ...; counties)
# that news prose uses as ordinary words: never restored or retyped as places on the gazetteer's
# word alone. Found on CoNLL-2003 dev ("EASTERN DIVISION", "South", "Day").
NOT_PLACE_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "middle", "upper", "lower", "day",
    "reading", "mobile", "split", "nice", "orange", "independence", "liberty", "union",
    "victory", "progress", "commerce", "enterprise", "friendship", "hope", "unity", "paradise",
    "golf", "opportunity", "republic", "federal", "national", "capital", "city", "island",
})

# Words that place a name before or after them ("in Mariupol", "the city of Bakhmut",
# "Mariupol and Bakhmut" beside a place): the evidence an organisation label needs before the
# gazetteer may overturn it (clubs carry their city's name: "Karlsruhe", "Chelsea").
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "to", "into", "outside", "around", "across", "towards", "toward", "inside", "through", "via", "of"})
PLACE_NOUNS = frozenset({"city", "cities", "town", "towns", "village", "villages", "port", "region", "province", "capital", "district", "state", "country", "area", "frontline", "front"})

# Words that make a two- or three-word name an organisation's, not a person's, whatever its
# first word ("Virgin Records", "Jack Wills Group"): a name without them shaped like a person's
# and typed ORG is a person's ("JK Rowling", "Keanu Reeves beside Cate Blanchett").
ORGANISATION_NAME_WORDS = frozenset({
    "group", "bank", "inc", "corp", "corporation", "ltd", "plc", "llc", "co", "records", "motors",
    "airways", "airlines", "university", "college", "council", "party", "club", "fc", "united",
    "city", "association", "society", "foundation", "institute", "trust", "fund", "partners",
    "capital", "holdings", "media", "news", "times", "post", "press", "entertainment", "studios",
    "pictures", "music", "games", "systems", "technologies", "labs", "energy", "oil", "gas",
    "pharmaceuticals", "securities", "insurance", "agency", "office", "ministry", "department",
    "commission", "committee", "court", "police", "army", "league", "federation", "union",
})
# Last words of a place's or building's name that the NER reads as a person's: "Canary Wharf",
# "Tower Bridge", "Downing Street", "Trafalgar Square", "Wembley Stadium". Not words that are
# also common surnames ("Hall", "House", "Park"), and never after a given name.
FACILITY_NAME_WORDS = frozenset({
    "wharf", "bridge", "street", "square", "airport", "station", "stadium", "arena", "tower",
    "road", "avenue", "palace", "abbey", "cathedral", "terminal", "racecourse", "circus",
})
# Initials before a surname ("JK Rowling", "J.K. Rowling"): a person's name.
INITIALS_RE = re.compile(r"^(?:[A-Z]{1,2}|(?:[A-Z]\.){1,3})$")
# Last words of a club's or a party's name that the NER reads as a person's ("Manchester United",
# "Bristol City", "Lib Dems" in BBC copy): such a PERSON is an ORG. Not words that are surnames
# too ("Court", "Post", "Trust").
ORGANISATION_LAST_WORDS = frozenset({
    "united", "city", "rovers", "wanderers", "athletic", "albion", "hotspur", "fc", "dems",
    "democrats", "party", "plc", "inc", "ltd", "group", "corp",
})

# Awards the NER reads as a person (a man's name, "Oscar") or an organisation ("the Oscars",
# "the Baftas"): in BBC arts copy "Oscar-winning", "Oscar voters", "this year's Oscars" are the
# prize. OntoNotes types a prize WORK_OF_ART. Only the whole name: "Oscar Wilde" stays a person.
AWARD_NAMES = frozenset({
    "oscar", "oscars", "bafta", "baftas", "grammy", "grammys", "emmy", "emmys", "golden globe",
    "golden globes", "brit awards", "brits", "tony award", "tony awards", "booker prize",
    "turner prize", "nobel prize", "pulitzer prize", "palme d'or",
})
# Last words of a competition's name: "Davis Cup", "FA Cup", "Australian Open", "Six Nations
# Championship", "Champions Trophy". The NER types the same competition EVENT, FAC, LAW and
# WORK_OF_ART in one story (BBC tennis copy split the Davis Cup four ways); such a name is an EVENT.
EVENT_LAST_WORDS = frozenset({"cup", "open", "championship", "championships", "olympics", "trophy", "grand prix"})
# Feature of the gazetteer's airports: an airport's name the NER typed PERSON ("link Heathrow to
# Canary Wharf") is a facility.
AIRPORT_FEATURES = frozenset({"airport"})
# Words of British and American party names that head a person's name in BBC political copy
# ("Lib Dem Norman Baker", "Lib Dem MP Lembit Opik", "Tory MP ..."): the NER takes them into the
# PERSON; they are trimmed off, and a PERSON made of them alone ("Lib Dem") is the party.
PARTY_NAME_WORDS = frozenset({
    "lib", "dem", "dems", "tory", "tories", "labour", "conservative", "conservatives", "liberal",
    "liberals", "democrat", "democrats", "republican", "republicans", "snp", "ukip", "plaid",
})
