"""Words the corpus-level entity merger (store/merging.py) folds away or ignores.

Entity names reach the store as the NER wrote them, so the same person can arrive as "Mr Blair"
(BBC house style), "President Putin" or "Putin"; these lists make those one key.
"""

# Honorifics and titles the NER sometimes keeps inside a PERSON span: "Mr Blair", "Dr Fox",
# "President Putin", "Sir Alex Ferguson" (BBC sport copy). Compared lower-case, dots removed.
NAME_TITLES: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "rev", "reverend", "fr", "father", "sister", "brother", "sheikh", "rabbi", "imam",
        "president", "vice", "prime", "minister", "pm", "chancellor", "premier", "king", "queen",
        "prince", "princess", "pope", "general", "gen", "gov", "governor", "sen", "senator", "rep",
        "representative", "mayor", "judge", "justice", "chairman", "chairwoman", "secretary",
        "ambassador", "commissioner", "coach", "captain", "capt", "col", "colonel", "lt", "sgt",
        "st", "saint",
    }
)

# Generational suffixes: "Martin Luther King Jr." has the surname King, not "jr".
NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv", "junior", "senior", "esq", "mp", "qc", "kc"})

# Words in a role that say nothing about which person it is: "the former Russian president" and
# "Russia's president" share "president"; "former", "the", "of" must not make roles overlap.
ROLE_STOPWORDS: frozenset[str] = frozenset(
    {
        "the", "a", "an", "of", "for", "and", "in", "on", "at", "to", "s", "its", "his", "her", "their",
        "former", "ex", "then", "current", "new", "acting", "interim", "deputy", "vice", "senior",
        "chief", "head", "top", "state", "national", "country", "group",
    }
)

# Articles dropped before comparing organisation and place names: "the United Nations".
NAME_ARTICLES: frozenset[str] = frozenset({"the"})

# Words skipped when building an acronym from a name: "Bank of England" -> "BOE" is not how it is
# written, but "North Atlantic Treaty Organization" -> "NATO" and "United Nations" -> "UN" are.
ACRONYM_SKIP: frozenset[str] = frozenset({"of", "the", "and", "for", "in", "on", "at", "&"})

# Entity types that may name the same thing: spaCy tags "Gaza" GPE in one story and LOC in another.
TYPE_GROUPS: dict[str, str] = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "FAC"}

# An all-capitals name this short is read as an acronym ("UN", "NATO", "OPEC"); longer ones
# ("REUTERS" in a shouting headline) are names written in capitals.
ACRONYM_MAX_LETTERS = 6

# Particles that begin a surname, so the surname alone is several words: "von der Leyen" is
# Ursula von der Leyen, "al-Assad" is Bashar al-Assad, "de Gaulle" is Charles de Gaulle.
NAME_PARTICLES: frozenset[str] = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "des", "la", "le", "al", "el", "bin", "ibn", "abu", "ben", "mac", "st"}
)
