"""Titles, offices and role nouns: what a name's premodifier or apposition says the person is.

Keys are lower-case. Used by `entities.roles` (roles from "Russian President Vladimir Putin",
"Hugh Hill, a doctor, said") and by `entities.coreference` (nominals: "the president").
"""

import re

# Honorifics written before a name: "Mr Putin", "Mrs. May". Not roles; they tell gender.
HONORIFICS_MALE = frozenset({"mr", "mr.", "sir", "lord", "monsieur", "herr", "senor", "señor", "sheikh", "king", "prince", "emir", "sultan"})
HONORIFICS_FEMALE = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "madame", "mme", "frau", "senora", "señora", "queen", "princess"})
HONORIFICS_NEUTRAL = frozenset({"dr", "dr.", "prof", "prof.", "professor", "rev", "rev.", "reverend", "mx", "mx."})
HONORIFICS = HONORIFICS_MALE | HONORIFICS_FEMALE | HONORIFICS_NEUTRAL

# Head nouns of offices and jobs that premodify a name in wire copy ("President Vladimir Putin",
# "Foreign Minister Sergei Lavrov", "Kremlin spokesman Dmitry Peskov", "coach Gareth Southgate").
# The last word of a role must be one of these.
TITLE_HEADS = frozenset({
    # heads of state and government
    "president", "vice-president", "premier", "prime", "chancellor", "king", "queen", "prince",
    "princess", "emir", "sultan", "monarch", "pope", "ayatollah", "leader", "dictator", "governor",
    "mayor", "ruler", "sheikh",
    # ministers and officials
    "minister", "secretary", "commissioner", "ambassador", "envoy", "consul", "diplomat",
    "official", "officer", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
    "aide", "chief", "head", "director", "deputy", "undersecretary", "attorney", "general",
    "prosecutor", "judge", "justice", "magistrate", "lawmaker", "legislator", "senator",
    "congressman", "congresswoman", "representative", "mp", "deputy", "speaker", "councillor",
    "councilor", "chairman", "chairwoman", "chair", "chairperson", "ceo", "cfo", "coo", "founder",
    "co-founder", "executive", "manager", "boss", "owner", "investor", "economist", "analyst",
    "strategist", "trader", "banker", "governor",
    # military, police, security
    "commander", "colonel", "lieutenant", "captain", "major", "sergeant", "admiral", "marshal",
    "brigadier", "corporal", "soldier", "inspector", "superintendent", "constable",
    "detective", "sheriff", "militant", "fighter",
    # other professions in wire copy
    "doctor", "surgeon", "nurse", "physician", "professor", "lecturer", "researcher", "scientist",
    "expert", "lawyer", "barrister", "solicitor", "activist", "campaigner", "journalist",
    "reporter", "editor", "correspondent", "photographer", "writer", "author", "novelist", "poet",
    "artist", "actor", "actress", "singer", "musician", "rapper", "director", "producer",
    "coach", "manager", "striker", "midfielder", "defender", "goalkeeper", "player", "captain",
    "champion", "driver", "rider", "striker", "bishop", "archbishop", "cardinal", "rabbi", "imam",
    "cleric", "priest", "pastor", "chairman", "candidate", "nominee", "rival", "challenger",
    "negotiator", "mediator", "witness", "resident", "survivor", "victim", "student", "teacher",
    "farmer", "worker", "engineer", "pilot", "architect", "historian", "sociologist", "lawyer",
    "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "widow",
})

# Words that may stand inside a role before its head: "Deputy Foreign Minister", "Prime
# Minister", "Secretary of State", "Defence Secretary", "acting", "former".
TITLE_MODIFIERS = frozenset({
    "former", "ex", "ex-", "acting", "interim", "deputy", "vice", "first", "senior", "junior",
    "chief", "assistant", "associate", "executive", "general", "then", "then-", "outgoing",
    "incoming", "late", "current", "de", "facto", "self-proclaimed", "self-styled", "supreme",
    "prime", "foreign", "defence", "defense", "interior", "finance", "economy", "economic",
    "trade", "justice", "health", "education", "energy", "environment", "home", "state",
    "security", "national", "intelligence", "military", "army", "navy", "naval", "air", "force",
    "police", "opposition", "party", "labour", "conservative", "republican", "democratic",
    "democrat", "liberal", "regional", "local", "federal", "central", "bank", "treasury",
    "cabinet", "government", "presidential", "kremlin", "white", "house", "pentagon",
    "administration", "ministry", "top", "veteran", "retired", "team", "club", "company",
    "group", "news", "agency", "united", "nations", "un", "eu", "nato", "managing", "majority",
    "minority", "house", "senate", "parliament", "parliamentary", "communications", "press",
    "media", "information", "transport", "agriculture", "culture", "sports", "labor",
    "industry", "development", "internal", "affairs", "european", "commission", "world",
    "secretary", "high", "special", "permanent", "international", "legal", "chief",
})

# Words joining parts of a role: "Secretary of State", "Minister for Europe", "head of the army".
TITLE_JOINERS = frozenset({"of", "for", "and", "&", "on"})

# Roles in premodifier position need a capital head or one of these lower-case professional
# heads ("coach Gareth Southgate", "lawyer Amal Clooney"); "said Putin" must not make "said" a role.
LOWERCASE_PREMODIFIER_HEADS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "coach", "manager", "lawyer", "striker",
    "midfielder", "defender", "goalkeeper", "activist", "actor", "actress", "singer", "director",
    "economist", "analyst", "journalist", "author", "writer", "chairman", "chief", "boss",
    "leader", "minister", "president", "official", "envoy", "adviser", "aide", "candidate",
    "rival", "rapper", "opposition", "commander", "prosecutor",
})

# Appositions that are not roles: "Putin, 71,", "Hill, who ...", "Smith, however,".
APPOSITION_MAX_TOKENS = 10  # the sample's longest real apposition ("Russia's deputy foreign minister") is 5

# Nominal mentions: "the president", "the minister", "the Kremlin chief". Key: the role noun in the
# nominal; value: words that, found in an entity's roles, make the entity a candidate.
PERSON_NOMINALS: dict[str, frozenset[str]] = {
    "president": frozenset({"president"}),
    "prime minister": frozenset({"prime minister", "premier"}),
    "premier": frozenset({"premier", "prime minister"}),
    "chancellor": frozenset({"chancellor"}),
    "minister": frozenset({"minister"}),
    "foreign minister": frozenset({"foreign minister"}),
    "secretary": frozenset({"secretary"}),
    "ambassador": frozenset({"ambassador"}),
    "envoy": frozenset({"envoy"}),
    "governor": frozenset({"governor"}),
    "mayor": frozenset({"mayor"}),
    "senator": frozenset({"senator"}),
    "spokesman": frozenset({"spokesman", "spokesperson"}),
    "spokeswoman": frozenset({"spokeswoman", "spokesperson"}),
    "chairman": frozenset({"chairman", "chair"}),
    "chairwoman": frozenset({"chairwoman", "chair"}),
    "chief executive": frozenset({"chief executive", "ceo"}),
    "ceo": frozenset({"ceo", "chief executive"}),
    "leader": frozenset({"leader"}),
    "king": frozenset({"king"}),
    "queen": frozenset({"queen"}),
    "pope": frozenset({"pope"}),
    "general": frozenset({"general"}),
    "commander": frozenset({"commander"}),
    "coach": frozenset({"coach"}),
    "manager": frozenset({"manager"}),
    "judge": frozenset({"judge"}),
    "doctor": frozenset({"doctor"}),
    "lawyer": frozenset({"lawyer"}),
    "prosecutor": frozenset({"prosecutor"}),
    "kremlin chief": frozenset({"russian president", "president of russia"}),
    "kremlin leader": frozenset({"russian president", "president of russia"}),
}

# Role words that tell gender ("spokeswoman", "actress", "chairwoman").
FEMALE_ROLE_WORDS = frozenset({"spokeswoman", "chairwoman", "congresswoman", "actress", "queen", "princess", "mother", "wife", "daughter", "sister", "widow", "businesswoman", "policewoman", "sportswoman", "grandmother", "dame", "lady"})
MALE_ROLE_WORDS = frozenset({"spokesman", "chairman", "congressman", "king", "prince", "father", "husband", "son", "brother", "businessman", "policeman", "sportsman", "grandfather", "sir", "lord", "emir", "sultan", "sheikh"})

# Age in an apposition ("Ivanov, 54, said"): not a role.
AGE_RE = re.compile(r"^\d{1,3}$")
