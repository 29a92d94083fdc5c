"""Organisations the news names often, and the nouns that refer to organisations.

`WELL_KNOWN_ORGANISATIONS`: names the statistical NER mislabels in news (Hamas as a person or a
place, Hezbollah as a NORP) or misses in capitals; a mention spelled so is typed ORG. Lower case.
"""

WELL_KNOWN_ORGANISATIONS = frozenset({
    # armed and political movements in Middle East and war reporting (the sample: Hamas, Hezbollah)
    "hamas", "hezbollah", "hizbollah", "islamic jihad", "fatah", "plo", "taliban", "al qaeda",
    "al-qaeda", "al-qaida", "islamic state", "isis", "isil", "houthis", "al-shabaab", "al shabaab",
    "boko haram", "wagner", "wagner group", "pkk", "ypg", "eta", "farc", "hts",
    # international bodies
    "united nations", "un", "u.n.", "un security council", "security council", "nato",
    "european union", "eu", "e.u.", "european commission", "european parliament",
    "european central bank", "ecb", "imf", "international monetary fund", "world bank", "wto",
    "world trade organization", "world health organization", "opec", "opec+", "asean",
    "african union", "arab league", "g7", "g20", "brics", "osce", "unicef", "unhcr", "unrwa",
    "icc", "international criminal court", "red cross", "icrc", "iaea", "interpol", "fifa",
    "uefa", "ioc", "amnesty international", "human rights watch", "greenpeace", "oecd",
    "csto", "sco", "eaeu", "cis", "council of europe", "commonwealth", "wfp", "fao",
    # states' institutions named alone
    "kremlin", "pentagon", "white house", "federal reserve", "bundesbank", "bank of england",
    "bank of japan", "congress", "senate", "duma", "state duma", "knesset", "bundestag",
    "politburo", "fsb", "kgb", "cia", "fbi", "nsa", "mi5", "mi6", "mossad", "shin bet", "idf",
    "irgc", "nasa", "supreme court",
    # agencies and newspapers quoted in wire copy
    "reuters", "associated press", "ap", "afp", "bloomberg", "tass", "ria", "ria novosti",
    "interfax", "xinhua", "bbc", "cnn", "al jazeera", "new york times", "washington post",
    "wall street journal", "financial times", "kommersant", "izvestia",
    # companies in business wire copy
    "gazprom", "rosneft", "lukoil", "novatek", "sberbank", "aeroflot", "google",
    "alphabet", "microsoft", "facebook", "tesla", "nvidia", "boeing",
    "airbus", "toyota", "volkswagen", "bp", "exxon", "exxonmobil", "chevron",
    "aramco", "saudi aramco", "samsung", "huawei", "tiktok", "twitter", "openai", "ibm",
})

# Left out on purpose: spellings that are common words or names first ("who", "Shell", "Apple",
# "Amazon", "Meta", "Ira", "Fed"); the NER's own reading of those is kept.

# Nouns that make an organisation of a country: "Israel's military", "the Israeli army",
# "Russia's foreign ministry". The possessor stays its own entity (the "Israel" vs
# "Israel's military"); the whole phrase becomes a nominal organisation entity.
INSTITUTION_NOUNS = frozenset({
    "military", "army", "navy", "air force", "armed forces", "forces", "government",
    "cabinet", "parliament", "ministry", "foreign ministry", "defence ministry", "defense ministry",
    "interior ministry", "health ministry", "finance ministry", "central bank", "police",
    "security service", "security services", "intelligence", "embassy", "mission",
    "administration", "regime", "authorities", "leadership", "national guard", "coast guard",
    "border guards", "navy", "state media", "state television", "state news agency",
})

# Nominal mentions of organisations: "the company", "the ministry", "the group". Key: the noun in
# the nominal; value: types of entity it may refer to, and words that, in the entity's name, make
# it the referent ("the ministry" -> an entity named "... Ministry ...").
ORGANISATION_NOMINALS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "company": (frozenset({"ORG"}), frozenset({"inc", "corp", "ltd", "plc", "group", "co", "company", "ag", "sa", "nv"})),
    "firm": (frozenset({"ORG"}), frozenset({"inc", "corp", "ltd", "plc", "group", "co", "company", "ag", "sa", "nv"})),
    "group": (frozenset({"ORG"}), frozenset()),
    "movement": (frozenset({"ORG"}), frozenset({"movement"})),
    "organisation": (frozenset({"ORG"}), frozenset({"organisation", "organization"})),
    "organization": (frozenset({"ORG"}), frozenset({"organisation", "organization"})),
    "ministry": (frozenset({"ORG"}), frozenset({"ministry"})),
    "agency": (frozenset({"ORG"}), frozenset({"agency"})),
    "bank": (frozenset({"ORG"}), frozenset({"bank"})),
    "party": (frozenset({"ORG"}), frozenset({"party"})),
    "union": (frozenset({"ORG"}), frozenset({"union"})),
    "army": (frozenset({"ORG"}), frozenset({"army", "military", "forces"})),
    "military": (frozenset({"ORG"}), frozenset({"army", "military", "forces"})),
    "government": (frozenset({"ORG"}), frozenset({"government"})),
    "court": (frozenset({"ORG"}), frozenset({"court"})),
    "country": (frozenset({"GPE"}), frozenset()),
    "city": (frozenset({"GPE"}), frozenset()),
}

# Nominals of an organisation that need its name to say what it is: "the company" refers to the
# last company-like name, never to a country or a militant group. These keys require the entity
# name to contain one of their words, or the entity to have been called so before.
NOMINALS_NEEDING_NAME_WORD = frozenset({"ministry", "agency", "bank", "party", "union", "court", "movement", "organisation", "organization"})

# Corporate suffixes: "Gazprom PJSC" and "Gazprom" are one entity.
CORPORATE_SUFFIXES = frozenset({"inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "plc", "llc", "co", "co.", "ag", "sa", "s.a.", "nv", "n.v.", "gmbh", "pjsc", "ojsc", "spa", "s.p.a.", "group", "holdings"})
