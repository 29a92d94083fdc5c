"""Place names as news copy writes them, where GeoNames' own names and alternates fall short.

The gazetteer (dateline.gazetteer) is built from GeoNames data; these tables only add the
spellings and short forms that wire copy uses and GeoNames lists under another place or not at
all. Keys are written naturally; the gazetteer normalises them (case, diacritics, punctuation).
"""

# Short and informal country names. "U.S." and "UK" are GeoNames alternates of nothing useful
# (two-letter codes are dropped from the index, see SHORT_NAME_MIN_LENGTH), "Britain" is the
# wire-copy name of the United Kingdom, "Holland" and "Burma" are the names readers search.
COUNTRY_ALIASES: dict[str, str] = {
    "U.S.": "US",
    "US": "US",
    "U.S.A.": "US",
    "USA": "US",
    "America": "US",
    "United States of America": "US",
    "the United States": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "United Kingdom of Great Britain and Northern Ireland": "GB",
    "Holland": "NL",
    "Netherlands": "NL",
    "Burma": "MM",
    "Ivory Coast": "CI",
    "Cote d'Ivoire": "CI",
    "Czech Republic": "CZ",
    "Turkiye": "TR",
    "Russian Federation": "RU",
    "Republic of Korea": "KR",
    "Korea": "KR",
    "DPRK": "KP",
    "UAE": "AE",
    "U.A.E.": "AE",
    "Emirates": "AE",
    "DRC": "CD",
    "DR Congo": "CD",
    "Democratic Republic of Congo": "CD",
    "Congo Republic": "CG",
    "Republic of Congo": "CG",
    "Congo-Kinshasa": "CD",
    "Congo-Brazzaville": "CG",
    "Palestine": "PS",
    "State of Palestine": "PS",
    "Palestinian territories": "PS",
    "occupied Palestinian territories": "PS",
    "Palestinian Territories": "PS",
    "Vatican City": "VA",
    "Holy See": "VA",
    "Macedonia": "MK",
    "Swaziland": "SZ",
    "East Timor": "TL",
    "Cape Verde": "CV",
    "Bosnia": "BA",
    "Herzegovina": "BA",
    "Republic of Ireland": "IE",
    "Eire": "IE",
    "Persia": "IR",
    "Ceylon": "LK",
    "Zaire": "CD",
    "Kampuchea": "KH",
    "Kyrgyz Republic": "KG",
    "Kirghizia": "KG",
    "Byelorussia": "BY",
    "Belorussia": "BY",
    "Moldavia": "MD",
    "Mainland China": "CN",
    "People's Republic of China": "CN",
    "PRC": "CN",
    "Republic of China": "TW",
    "Saudi": "SA",
    "KSA": "SA",
    "the Philippines": "PH",
    "the Netherlands": "NL",
    "the Gambia": "GM",
    "the Bahamas": "BS",
    # "Congo" alone is the Democratic Republic in wire copy (Reuters, AP: "Democratic Republic of
    # Congo", then "Congo"); the Republic is "Republic of Congo" or "Congo Republic". A story
    # set in the Republic (Brazzaville named) outvotes this by context.
    "Congo": "CD",
    # Colonial and former names of countries whose territory the successor keeps.
    "Rhodesia": "ZW",
    "Southern Rhodesia": "ZW",
    "Northern Rhodesia": "ZM",
    "Nyasaland": "MW",
    "Tanganyika": "TZ",
    "Dahomey": "BJ",
    "Upper Volta": "BF",
    "Siam": "TH",
    "Abyssinia": "ET",
    "Formosa": "TW",
    "Bechuanaland": "BW",
    "Basutoland": "LS",
    "East Pakistan": "BD",
}

# Place aliases keyed to a GeoNames id, for names GeoNames files under the place only in a script
# the index drops, or not at all. Each line names the case it serves.
PLACE_ALIASES: dict[str, int] = {
    "Kiev": 703448,  # Kyiv; the spelling of pre-2022 copy (also a GeoNames alternate)
    "Leningrad": 498817,  # Saint Petersburg 1924-1991: "the siege of Leningrad"
    "Petrograd": 498817,  # Saint Petersburg 1914-1924
    "Stalingrad": 472757,  # Volgograd
    "Bombay": 1275339,  # Mumbai
    "Calcutta": 1275004,  # Kolkata
    "Madras": 1264527,  # Chennai
    "Peking": 1816670,  # Beijing
    "Canton": 1809858,  # Guangzhou
    "Saigon": 1566083,  # Ho Chi Minh City
    "Rangoon": 1298824,  # Yangon
    "Artemivsk": 713174,  # Bakhmut 1924-2016
    "Artemovsk": 713174,  # Bakhmut, Russian spelling
    "Washington": 4140963,  # the US capital in wire copy, not the state (a stated "state" aside)
    "Gaza": 281132,  # the Gaza Strip: "laying siege to Gaza" (the city is "Gaza City")
    "Gaza City": 281133,  # Gaza, the city (GeoNames' name is "Gaza")
    "Washington D.C.": 4140963,
    "Washington, D.C.": 4140963,
    "Washington DC": 4140963,
    "NYC": 5128581,  # New York City
    "New York City": 5128581,
    # GeoNames names the city "New York City" and files "New York" only as its alternate, so the
    # state took every "in New York", "New York-based", "a New York court" (98 of the 132 BBC
    # stories that name it).
    # As an alias the city competes on its size like Sao Paulo or Tokyo beside their states; a
    # division cue ("New York state", "upstate New York", "New York Gov.") still keeps the state.
    "New York": 5128581,
}

# Names GeoNames lists as a feature's alternate that news copy almost never means as that place:
# they are kept out of the index entirely. "Of" and "Man" are alternates of small towns.
BLOCKED_ALTERNATES: frozenset[str] = frozenset(
    {
        "of", "man", "the", "and", "city", "town", "village", "capital", "centre", "center",
        "north", "south", "east", "west", "central", "new", "old", "saint", "san", "santa",
        "president", "government", "police", "army", "state", "republic", "union", "university",
        "university city", "airport", "port", "bay", "river", "lake", "island", "hospital",
    }
)

# Words just before a name that make it a place when the NER typed it otherwise: "siege of
# Ukrainian cities such as Mariupol and Bakhmut" (Mariupol typed ORG), "in Kyiv" (typed PERSON).
PLACE_CONTEXT_BEFORE: frozenset[str] = frozenset(
    {"in", "at", "from", "to", "of", "near", "outside", "across", "into", "toward", "towards", "around",
     "through", "throughout", "via", "inside", "as", "like", "and", "or", "both", "between",
     "besieged", "captured", "visited", "entered", "liberated", "shelled", "bombed"}
)
# Words just after a name that make it a place: "the Kyiv regime" (Kyiv typed PERSON), "Mariupol
# residents", "Bakhmut region".
PLACE_CONTEXT_AFTER: frozenset[str] = frozenset(
    {"regime", "government", "authorities", "officials", "residents", "region", "city", "province",
     "oblast", "district", "county", "governor", "mayor", "council", "airport", "port", "border",
     "area", "front", "streets", "suburbs", "outskirts"}
)

# Abbreviated state and province names in wire copy ("PORTLAND, Ore.", "Frankfort, Ky.",
# "Victoria, B.C.", "Sydney, NSW"): abbreviation -> (country, the division's name as indexed).
ADMIN1_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "Ala.": ("US", "Alabama"), "Ariz.": ("US", "Arizona"), "Ark.": ("US", "Arkansas"),
    "Calif.": ("US", "California"), "Colo.": ("US", "Colorado"), "Conn.": ("US", "Connecticut"),
    "Del.": ("US", "Delaware"), "Fla.": ("US", "Florida"), "Ga.": ("US", "Georgia"),
    "Ill.": ("US", "Illinois"), "Ind.": ("US", "Indiana"), "Kan.": ("US", "Kansas"),
    "Kans.": ("US", "Kansas"), "Ky.": ("US", "Kentucky"), "La.": ("US", "Louisiana"),
    "Md.": ("US", "Maryland"), "Mass.": ("US", "Massachusetts"), "Mich.": ("US", "Michigan"),
    "Minn.": ("US", "Minnesota"), "Miss.": ("US", "Mississippi"), "Mo.": ("US", "Missouri"),
    "Mont.": ("US", "Montana"), "Neb.": ("US", "Nebraska"), "Nebr.": ("US", "Nebraska"),
    "Nev.": ("US", "Nevada"), "N.H.": ("US", "New Hampshire"), "N.J.": ("US", "New Jersey"),
    "N.M.": ("US", "New Mexico"), "N.Y.": ("US", "New York"), "N.C.": ("US", "North Carolina"),
    "N.D.": ("US", "North Dakota"), "Okla.": ("US", "Oklahoma"), "Ore.": ("US", "Oregon"),
    "Pa.": ("US", "Pennsylvania"), "R.I.": ("US", "Rhode Island"), "S.C.": ("US", "South Carolina"),
    "S.D.": ("US", "South Dakota"), "Tenn.": ("US", "Tennessee"), "Tex.": ("US", "Texas"),
    "Vt.": ("US", "Vermont"), "Va.": ("US", "Virginia"), "Wash.": ("US", "Washington"),
    "W.Va.": ("US", "West Virginia"), "W. Va.": ("US", "West Virginia"), "Wis.": ("US", "Wisconsin"),
    "Wisc.": ("US", "Wisconsin"), "Wyo.": ("US", "Wyoming"), "D.C.": ("US", "Washington, D.C."),
    "B.C.": ("CA", "British Columbia"), "Alta.": ("CA", "Alberta"), "Sask.": ("CA", "Saskatchewan"),
    "Man.": ("CA", "Manitoba"), "Ont.": ("CA", "Ontario"), "Que.": ("CA", "Quebec"),
    "N.S.": ("CA", "Nova Scotia"), "N.B.": ("CA", "New Brunswick"),
    "P.E.I.": ("CA", "Prince Edward Island"), "Nfld.": ("CA", "Newfoundland and Labrador"),
    "NSW": ("AU", "New South Wales"), "N.S.W.": ("AU", "New South Wales"), "Qld": ("AU", "Queensland"),
    "Qld.": ("AU", "Queensland"), "Tas.": ("AU", "Tasmania"),
}

# Short names of divisions whose indexed name is longer or local: "Newfoundland" for the province
# of Newfoundland and Labrador; "Inner Mongolia" (indexed under its Chinese name).
ADMIN1_SHORT_NAMES: dict[str, tuple[str, str]] = {
    "Newfoundland": ("CA", "Newfoundland and Labrador"),
    "Labrador": ("CA", "Newfoundland and Labrador"),
    "Inner Mongolia": ("CN", "Inner Mongolia"),
    "Tibet": ("CN", "Tibet"),
    "Xinjiang": ("CN", "Xinjiang"),
    "Crimea": ("UA", "Crimea"),
    "Kurdistan Region": ("IQ", "Kurdistan"),
}

# A name the gazetteer lacks is retried without these words: "Nazi Germany" -> Germany, "northern
# Syria" -> Syria, "Nyanza Province" -> Nyanza. The retried reading must be a country, division,
# region or continent (a bare "North" would otherwise find a village).
NAME_MODIFIER_PREFIXES: frozenset[str] = frozenset(
    {"nazi", "soviet", "imperial", "colonial", "northern", "southern", "eastern", "western",
     "central", "north", "south", "east", "west", "northeast", "northwest", "southeast",
     "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "upper",
     "lower", "greater", "rural", "occupied", "mainland", "coastal", "downtown", "far", "mid",
     "north-western", "north-eastern", "south-western", "south-eastern"}
)
NAME_GENERIC_SUFFIXES: frozenset[str] = frozenset(
    {"province", "region", "state", "district", "governorate", "oblast", "prefecture", "county",
     "territory", "department"}
)
# Words naming a town, before or after its name: "Pingliang city", "the City of Montreal",
# "Enfield Borough", "the Town of Hinton".
NAME_TOWN_WORDS: frozenset[str] = frozenset({"city", "town", "village", "borough", "municipality", "township"})
# Names the NER tags as places that stand for no place: "the West" (the Western powers);
# directions and generic nouns typed as a place on their own: "a Western blot test", "Region 8",
# "the Earth" (not a toponym in Gritta et al.'s guidelines).
NOT_PLACES: frozenset[str] = frozenset(
    {"west", "east", "the west", "the east", "north", "south", "western", "eastern", "southern",
     "northern", "central", "earth", "the earth", "region", "province", "state", "county",
     "district", "act"}
)

# Diseases and pathogens that the NER types as places (health desks: "tested negative for
# Ebola", "the H1N1 strain", "Marburg kills more slowly"): a mention of one of these names is a
# place only in a place context ("in Marburg", "the Ebola River" is a name of its own).
DISEASE_NAMES: frozenset[str] = frozenset(
    {"ebola", "ebolavirus", "marburg", "west nile", "zika", "lassa", "chikungunya", "dengue",
     "h1n1", "h5n1", "h5n2", "h5n8", "h7n9", "h3n2", "swine", "sars", "mers", "covid", "covid-19",
     "meningitis", "poliomyelitis", "polio", "syphilis", "chagas", "cholera", "filoviridae",
     "salmonella", "listeria", "hepatitis"}
)
# A place name directly followed by one of these words names a disease or pathogen, not the
# place: "West Nile virus", "Reston ebolavirus", "Marburg hemorrhagic fever", "Hong Kong Flu",
# "Minamata disease", "the Saintpaul strain".
DISEASE_WORDS_AFTER: frozenset[str] = frozenset(
    {"virus", "viruses", "ebolavirus", "fever", "flu", "influenza", "disease", "strain", "strains",
     "vaccine", "encephalitis", "hemorrhagic", "haemorrhagic", "virus-like", "syndrome"}
)
# Prepositions that make a disease's name a place again: "in Marburg", "near Ebola".
PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "at", "from", "near", "outside", "into", "across", "around", "through", "throughout",
     "inside", "toward", "towards", "via"}
)
# A name followed or preceded by these words is named as a division, not the town or capital of
# the same name: "a Washington state farm", "in the state of Washington", "Kyiv oblast".
DIVISION_WORDS_AFTER: frozenset[str] = frozenset(
    {"state", "province", "oblast", "governorate", "prefecture", "canton", "voivodeship",
     # a state's office after its name: "New York Gov. Andrew Cuomo", "the Washington governor"
     "gov.", "governor", "legislature"}
)
DIVISION_WORDS_BEFORE: frozenset[str] = frozenset({"state of", "province of", "oblast of"})
# One word just before: "upstate New York", "downstate Illinois" (the state around its namesake
# city, not the city).
DIVISION_WORD_JUST_BEFORE: frozenset[str] = frozenset({"upstate", "downstate"})
# Lowercase words inside place names: "Democratic Republic of the Congo", "Trinidad and Tobago",
# "Mukuru kwa Njenga", "Rio Grande do Sul". A repaired name never ends on one.
NAME_INNER_WORDS: frozenset[str] = frozenset(
    {"of", "the", "and", "de", "del", "do", "da", "dos", "das", "du", "des", "la", "le", "el", "al",
     "kwa", "upon", "on", "-"}
)
# The word that ends the name of a US county or Louisiana parish: "the Laurel County Sheriff's
# Office" names Laurel County, Ky.
COUNTY_WORDS: frozenset[str] = frozenset({"county", "parish", "borough"})
# English words that are also the names of divisions, towns or seas: inside a longer name they
# are the word, not the place ("European Union", "Science Centre", "Great Lakes Plantation",
# "Channel 4", "South Coast Air Quality District", "the Central Bank"). Words only: a name inside
# another name is never one of these alone.
GENERIC_PLACE_WORDS: frozenset[str] = frozenset(
    {"union", "centre", "center", "central", "north", "south", "east", "west", "northern",
     "southern", "eastern", "western", "lakes", "lake", "plantation", "falcon", "commonwealth",
     "channel", "coast", "capital", "federal", "national", "pacific", "atlantic", "islands",
     "mountain", "valley", "delta", "river", "ocean", "harbour", "harbor", "midland", "midlands",
     "liberty", "independence", "unity", "hope",
     "paradise", "phoenix", "orange", "normal", "mission", "providence", "concord", "reading"}
)
# Words that introduce a place by its kind, whatever its size: "the village of Cellardyke", "in
# the town of Pulawy", "a town called Låsby", "the community of O'Leary" (lowercase only: "the
# City of London" and "the Town of Hinton" are names the NER reads itself).
PLACE_CLASS_BEFORE: frozenset[str] = frozenset(
    {"village of", "villages of", "town of", "towns of", "city of", "cities of", "community of",
     "communities of", "district of", "districts of", "county of", "province of", "provinces of",
     "region of", "municipality of", "township of", "suburb of", "hamlet of", "island of",
     "islands of", "state of", "states of", "town called", "village called", "city called",
     "town named", "village named", "settlement of", "camp of", "neighbourhood of",
     "neighborhood of", "area of"}
)
# What joins the items of a list of places: "Mexico, China, Japan and Brazil" (longest first),
# and the same as words before an item: "villages of Ceamurlia de Jos, Maliuc and Caraorman".
PLACE_LIST_LINKS: tuple[str, ...] = (", and ", ", or ", ", ", " and ", " or ")
PLACE_LIST_LINK_WORDS: frozenset[str] = frozenset({",", "and", "or"})

# -- names that are not places though a place's name is in them (issue 17, the BBC corpus) ------
# Words that, written just after a place's name, make the name a commodity or a company's:
# "Brent crude" (a grade of oil, not Brent, London), "Amazon shares", "Emirates airline".
NOT_PLACE_WORDS_AFTER: frozenset[str] = frozenset(
    {"crude", "blend", "shares", "share", "stock", "plc", "inc", "ltd", "airline", "airways", "fc"}
)
# Two words before a name that make it a company: "shares in Amazon", "a stake in TCI".
NOT_PLACE_WORDS_BEFORE: frozenset[str] = frozenset({"shares in", "shares of", "stake in", "stakes in", "bid for"})
# Nouns that, in apposition after a name or as its title before it, say it is a business, not
# a place: "TCI, the hedge fund", "Amazon, the online retailer", "the bank Sal Oppenheim",
# "airline Emirates".
BUSINESS_NOUNS: frozenset[str] = frozenset(
    {"company", "firm", "retailer", "group", "bank", "airline", "carrier", "fund", "maker", "giant",
     "chain", "insurer", "broadcaster", "publisher", "brand", "manufacturer", "conglomerate",
     "operator", "supermarket", "label", "studio", "investor", "lender", "club", "team", "side"}
)
# Short names of places that always take "the" when they name the place ("the Emirates" for the
# United Arab Emirates, "the Amazon" for the rainforest and its river, as English writes rivers
# and forests): without it they name a business, "a £100m deal with Emirates" (the airline, BBC
# sport copy on Arsenal's stadium), "dot.com survivors such as Amazon", "a referral link to Amazon".
THE_ONLY_PLACE_NAMES: frozenset[str] = frozenset({"Emirates", "Amazon"})
# Capitalised function words inside a title-case run: a name between them is a title's word,
# "Man To Man" (a film; "Man" is also an abbreviation of Manitoba), "Of Mice And Men".
TITLE_FUNCTION_WORDS: frozenset[str] = frozenset(
    {"To", "Of", "The", "And", "In", "On", "For", "With", "At", "From", "A", "An", "Or", "By"}
)
# An organisation's name that starts with a place is the place's own body only when the rest of
# the name is one of these ("Kentucky State Police", "Winnipeg City Council", "Glasgow
# University"); otherwise the place word is part of a name ("Scotland Yard", "Mayo Clinic",
# named after the Mayo brothers).
PLACE_LED_BODY_WORDS: frozenset[str] = frozenset(
    {"police", "council", "university", "college", "state", "county", "city", "government",
     "ministry", "department", "parliament", "assembly", "airport", "port", "court", "district",
     "board", "authority", "authorities", "commission", "fire", "ambulance", "health", "hospital",
     "hospitals", "infirmary", "schools", "school", "chamber", "legislature", "senate", "office",
     "services", "service", "province", "provincial", "municipal", "regional", "national",
     "federal", "public", "metropolitan", "transit", "water", "electricity", "emergency"}
)
# Sports copy: a story using this many of these words reads a town's name as its club ("Newcastle
# beat Chelsea 2-1"), unless a preposition of place stands before it ("fans in Newcastle",
# "racing at Randwick").
SPORTS_STORY_WORDS: frozenset[str] = frozenset(
    {"striker", "midfielder", "defender", "goalkeeper", "premiership", "league", "cup", "goal",
     "goals", "scored", "match", "penalty", "squad", "fixture", "semi-final", "quarter-final",
     "kick-off", "half-time", "coach", "manager", "tournament", "championship", "season",
     "champions", "seeded", "wicket", "innings", "referee", "boss", "win", "victory", "defeat",
     # rugby, tennis and athletics copy ("Sale host Bath in the Powergen Cup", "Sale's fly-half")
     "rugby", "scrum", "fly-half", "full-back", "winger", "flanker", "lineout", "tries", "kicker",
     "player", "players", "club", "clubs", "captain", "athlete", "athletics", "sprinter", "medal",
     "tennis"}
)
SPORTS_STORY_MIN_WORDS = 4
SPORTS_PLACE_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "at", "near", "outside", "around", "across", "throughout", "inside", "through"}
)
# A town's readings: a town's name names its club in sports copy, and is not written with "the"
# ("in the Spring" is the season, not Spring, Texas; "the Order of the Phoenix").
TOWN_FEATURES: frozenset[str] = frozenset({"city", "admin2"})
