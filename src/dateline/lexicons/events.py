"""Events: predicates and the rules that give them a PLOVER category.

PLOVER (the Political Language Ontology for Verifiable Event Records, Open Event Data Alliance)
has 16+2 event categories. dateline reads an event from a clause: a predicate (a verb, or an event
noun carried by a light verb or owned by its actor: "Hamas's attack") with the actors the clause
names. Each family below names the news wording it serves. Categories use PLOVER's names; the
issue's pairs ACCUSE/DISAPPROVE and REQUEST/DEMAND are PLOVER's DISAPPROVE and DEMAND.

Tables:
- VERB_CATEGORIES: a verb lemma -> (category, mode). The mode is PLOVER's subtype where the verb
  itself says it ("tortured": ASSAULT/torture), else None.
- PHRASE_CATEGORIES: (verb lemma, particle or object lemma) -> (category, mode): the verb alone says
  little ("held talks", "set fire", "lifted a curfew", "opened fire").
- NOUN_CATEGORIES: event nouns, read when a light verb carries them ("launched an attack",
  "imposed sanctions") or an actor owns them ("Hamas's attack", "the Israeli blockade").
- CONTROL_VERBS: verbs whose own category wins over the action they govern ("threatened to ban"
  is a threat, "refused to resign" a rejection), with the mode taken from the governed action.
- SPEECH_VERBS: verbs that report (said, announced). Not events themselves; a future or obliging
  clause under them is (PLOVER codes "said they will release X" as AGREE, "said X must go" as DEMAND).
"""

from __future__ import annotations

# The categories, in PLOVER's order: cooperative first, then conflictual.
CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "DEMAND",
    "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    "FIGHT", "INVESTIGATE",
)

# Categories that are material harm or pressure: a promise of one under a speech verb is a threat
# ("said it would blockade the port"), a promise of the others is an agreement.
HOSTILE = frozenset({"SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "THREATEN", "PROTEST"})

# A promised act on a condition is a threat whatever the act: "will withdraw its force from Chad
# unless a ceasefire is arranged", "will boycott the elections unless the president steps down".
CONDITION_MARKERS = frozenset({"unless"})

VERB_CATEGORIES: dict[str, tuple[str, str | None]] = {
    # AGREE: pacts and promises ("agreed to share information", "pledged aid", "signed a deal").
    "agree": ("AGREE", None), "promise": ("AGREE", None), "pledge": ("AGREE", None),
    "offer": ("AGREE", None), "vow": ("AGREE", None), "commit": ("AGREE", None),
    "accept": ("AGREE", None), "settle": ("AGREE", None), "consent": ("AGREE", None),
    "ratify": ("AGREE", None),
    # CONSULT: meetings, visits, calls, mediation ("held talks with", "hosted", "visited Kyiv").
    "meet": ("CONSULT", "visit"), "visit": ("CONSULT", "visit"), "host": ("CONSULT", "host"),
    "mediate": ("CONSULT", "third-party"), "negotiate": ("CONSULT", None), "consult": ("CONSULT", None),
    "telephone": ("CONSULT", "phone"), "phone": ("CONSULT", "phone"), "discuss": ("CONSULT", None),
    "confer": ("CONSULT", None),
    # SUPPORT: endorsement and apology ("welcomed the statement", "backed the plan", "apologized").
    "support": ("SUPPORT", None), "welcome": ("SUPPORT", None), "praise": ("SUPPORT", None),
    "endorse": ("SUPPORT", None), "back": ("SUPPORT", None), "defend": ("SUPPORT", None),
    "apologize": ("SUPPORT", None), "apologise": ("SUPPORT", None), "recognize": ("SUPPORT", None),
    "recognise": ("SUPPORT", None), "congratulate": ("SUPPORT", None), "upgrade": ("SUPPORT", None),
    "thank": ("SUPPORT", None), "commend": ("SUPPORT", None),
    # CONCEDE: giving ground ("lifted the curfew", "eased restrictions", "conceded", "released").
    "concede": ("CONCEDE", None), "ease": ("CONCEDE", None), "relax": ("CONCEDE", None),
    "release": ("CONCEDE", None), "free": ("CONCEDE", None), "pardon": ("CONCEDE", None),
    "cancel": ("CONCEDE", None), "lift": ("CONCEDE", None), "yield": ("CONCEDE", None),
    "compromise": ("CONCEDE", None), "approve": ("CONCEDE", None), "reopen": ("CONCEDE", None),
    # COOPERATE: joint work, extradition ("sharing expertise", "extradited him to").
    "cooperate": ("COOPERATE", None), "collaborate": ("COOPERATE", None), "extradite": ("COOPERATE", None),
    "share": ("COOPERATE", None), "partner": ("COOPERATE", None),
    # AID: material help ("donated", "sent food aid", "granted asylum", "evacuated the wounded").
    "donate": ("AID", None), "aid": ("AID", None), "assist": ("AID", None), "help": ("AID", None),
    "supply": ("AID", None), "provide": ("AID", None), "grant": ("AID", None), "evacuate": ("AID", None),
    "fund": ("AID", None), "rescue": ("AID", None), "shelter": ("AID", None),
    # RETREAT: withdrawal and de-escalation ("withdrew troops", "declared a ceasefire", "resigned").
    "withdraw": ("RETREAT", None), "retreat": ("RETREAT", None), "demobilize": ("RETREAT", None),
    "demobilise": ("RETREAT", None), "disarm": ("RETREAT", None), "resign": ("RETREAT", None),
    "surrender": ("RETREAT", None), "compensate": ("RETREAT", None),
    # DEMAND: requests and orders ("demanded the removal", "urged", "called for", "ordered").
    "demand": ("DEMAND", None), "urge": ("DEMAND", None), "request": ("DEMAND", None),
    "ask": ("DEMAND", None), "appeal": ("DEMAND", None), "order": ("DEMAND", None),
    "insist": ("DEMAND", None), "press": ("DEMAND", None), "implore": ("DEMAND", None),
    "seek": ("DEMAND", None), "petition": ("DEMAND", None),
    # DISAPPROVE: accusation, criticism, complaint, lawsuits ("accused X of", "blamed", "is suing").
    "accuse": ("DISAPPROVE", None), "blame": ("DISAPPROVE", None), "criticize": ("DISAPPROVE", None),
    "criticise": ("DISAPPROVE", None), "condemn": ("DISAPPROVE", None), "denounce": ("DISAPPROVE", None),
    "complain": ("DISAPPROVE", None), "caution": ("DISAPPROVE", None), "warn": ("DISAPPROVE", None),
    "sue": ("DISAPPROVE", None), "summon": ("DISAPPROVE", None), "rebuke": ("DISAPPROVE", None),
    "censure": ("DISAPPROVE", None), "slam": ("DISAPPROVE", None), "chide": ("DISAPPROVE", None),
    "deplore": ("DISAPPROVE", None),
    # REJECT: refusal ("rejected the proposal", "refused to deploy", "dismissed the appeal").
    "reject": ("REJECT", None), "refuse": ("REJECT", None), "decline": ("REJECT", None),
    "dismiss": ("REJECT", None), "deny": ("REJECT", None), "veto": ("REJECT", None),
    "renege": ("REJECT", None), "violate": ("REJECT", None), "defy": ("REJECT", None),
    "spurn": ("REJECT", None), "rebuff": ("REJECT", None),
    # THREATEN: threats and ultimatums ("threatened to cut ties", "swore to take control").
    "threaten": ("THREATEN", None), "swear": ("THREATEN", "violence"), "menace": ("THREATEN", None),
    # PROTEST: demonstrations, strikes, blockades by crowds ("staged rallies", "rioted", "marched").
    "demonstrate": ("PROTEST", "demo-spon"), "rally": ("PROTEST", "demo-spon"), "march": ("PROTEST", "demo-spon"),
    "riot": ("PROTEST", "riot-spon"), "picket": ("PROTEST", "obstruct"), "boycott": ("PROTEST", None),
    "protest": ("PROTEST", "demo-spon"),
    # SANCTION: cutting ties and aid ("expelled diplomats", "suspended aid", "imposed sanctions").
    "sanction": ("SANCTION", None), "expel": ("SANCTION", None), "suspend": ("SANCTION", None),
    "embargo": ("SANCTION", None), "sever": ("SANCTION", None), "freeze": ("SANCTION", None),
    # MOBILIZE: forces readied ("mobilized the army", "deployed troops", "put on alert").
    "mobilize": ("MOBILIZE", "troops"), "mobilise": ("MOBILIZE", "troops"), "deploy": ("MOBILIZE", "troops"),
    "mass": ("MOBILIZE", "troops"), "patrol": ("MOBILIZE", "police"), "reinforce": ("MOBILIZE", "troops"),
    # COERCE: state repression short of violence ("arrested", "detained", "banned", "deported").
    "arrest": ("COERCE", "detain"), "detain": ("COERCE", "detain"), "jail": ("COERCE", "detain"),
    "imprison": ("COERCE", "detain"), "kidnap": ("COERCE", "detain"),
    "abduct": ("COERCE", "detain"), "ban": ("COERCE", "ban"), "outlaw": ("COERCE", "ban"),
    "prohibit": ("COERCE", "ban"), "deport": ("COERCE", "deport"), "expropriate": ("COERCE", "seize"),
    "seize": ("COERCE", "seize"), "confiscate": ("COERCE", "seize"), "censor": ("COERCE", "censor"),
    "deface": ("COERCE", "censor"), "prevent": ("COERCE", "restrict"), "block": ("COERCE", "restrict"),
    "blockade": ("COERCE", "restrict"), "besiege": ("COERCE", "restrict"), "raid": ("COERCE", "raid"),
    "destroy": ("COERCE", "destroy"), "demolish": ("COERCE", "destroy"), "burn": ("COERCE", "destroy"),
    "torch": ("COERCE", "destroy"), "execute": ("COERCE", "execute"),
    # ASSAULT: one-sided violence ("killed", "tortured", "bombed", "assassinated", "beat").
    "attack": ("ASSAULT", None), "kill": ("ASSAULT", None), "murder": ("ASSAULT", None),
    "assassinate": ("ASSAULT", "assassinate"), "torture": ("ASSAULT", "torture"), "beat": ("ASSAULT", "beat"),
    "bomb": ("ASSAULT", "explosives"), "stab": ("ASSAULT", "primitive"), "shoot": ("ASSAULT", "firearms"),
    "wound": ("ASSAULT", None), "injure": ("ASSAULT", None), "massacre": ("ASSAULT", None),
    "rape": ("ASSAULT", "sexual"), "hijack": ("ASSAULT", None), "assault": ("ASSAULT", None),
    # FIGHT: armed combat between forces ("shelled", "fired on", "invaded", "clashed", "retook").
    "shell": ("FIGHT", "heavy-weapons"), "invade": ("FIGHT", "heavy-weapons"), "clash": ("FIGHT", None),
    "fight": ("FIGHT", None), "retake": ("FIGHT", "heavy-weapons"), "recapture": ("FIGHT", "heavy-weapons"),
    "capture": ("FIGHT", None), "bombard": ("FIGHT", "heavy-weapons"),
    "occupy": ("FIGHT", "occupy"), "ambush": ("FIGHT", None), "battle": ("FIGHT", None),
    "airstrike": ("FIGHT", "aerial"),
    # INVESTIGATE: inquiries ("investigating alleged war crimes", "probed", "inspected").
    "investigate": ("INVESTIGATE", None), "probe": ("INVESTIGATE", None), "inspect": ("INVESTIGATE", None),
    "audit": ("INVESTIGATE", None), "interrogate": ("INVESTIGATE", None),
}

PHRASE_CATEGORIES: dict[tuple[str, str], tuple[str, str | None]] = {
    # verb + particle
    ("hand", "over"): ("AID", None), ("call", "off"): ("CONCEDE", None), ("blow", "up"): ("COERCE", "destroy"),
    ("beat", "up"): ("ASSAULT", "beat"), ("pull", "out"): ("RETREAT", None), ("step", "down"): ("RETREAT", None),
    ("back", "down"): ("CONCEDE", None), ("crack", "down"): ("COERCE", None), ("lock", "up"): ("COERCE", "detain"),
    ("shut", "down"): ("COERCE", "restrict"), ("close", "down"): ("COERCE", "restrict"),
    ("cut", "off"): ("SANCTION", None), ("break", "off"): ("SANCTION", None), ("call", "for"): ("DEMAND", None),
    ("call", "on"): ("DEMAND", None), ("speak", "out"): ("DISAPPROVE", None), ("lash", "out"): ("DISAPPROVE", None),
    ("sit", "down"): ("CONSULT", None), ("reach", "out"): ("CONSULT", None), ("turn", "down"): ("REJECT", None),
    ("open", "up"): ("CONCEDE", None),
    # light verb + object noun ("held talks", "set fire", "opened fire", "lodged a protest")
    ("hold", "talk"): ("CONSULT", "visit"), ("hold", "meeting"): ("CONSULT", "visit"),
    ("hold", "conversation"): ("CONSULT", None), ("hold", "negotiation"): ("CONSULT", None),
    ("hold", "hostage"): ("COERCE", "detain"), ("take", "hostage"): ("COERCE", "detain"),
    ("set", "fire"): ("COERCE", "destroy"), ("open", "fire"): ("FIGHT", "firearms"),
    ("lodge", "protest"): ("DISAPPROVE", None), ("lodge", "complaint"): ("DISAPPROVE", None),
    ("file", "lawsuit"): ("DISAPPROVE", None), ("file", "complaint"): ("DISAPPROVE", None),
    ("lift", "ban"): ("CONCEDE", None), ("lift", "curfew"): ("CONCEDE", None), ("lift", "sanction"): ("CONCEDE", None),
    ("lift", "siege"): ("CONCEDE", None), ("lift", "restriction"): ("CONCEDE", None),
    ("impose", "sanction"): ("SANCTION", None), ("impose", "curfew"): ("COERCE", "curfew"),
    ("impose", "embargo"): ("SANCTION", None), ("impose", "ban"): ("COERCE", "ban"),
    ("declare", "ceasefire"): ("RETREAT", None), ("declare", "truce"): ("RETREAT", None),
    ("declare", "siege"): ("COERCE", "martial-law"), ("declare", "emergency"): ("COERCE", "martial-law"),
    ("declare", "war"): ("THREATEN", None), ("sign", "treaty"): ("AGREE", None), ("sign", "agreement"): ("AGREE", None),
    ("sign", "deal"): ("AGREE", None), ("sign", "accord"): ("AGREE", None),
    ("send", "troop"): ("MOBILIZE", "troops"), ("send", "aid"): ("AID", None), ("send", "arm"): ("AID", None),
    ("send", "weapon"): ("AID", None), ("send", "inspector"): ("INVESTIGATE", None),
    ("dispatch", "inspector"): ("INVESTIGATE", None), ("open", "investigation"): ("INVESTIGATE", None),
    ("launch", "investigation"): ("INVESTIGATE", None), ("launch", "inquiry"): ("INVESTIGATE", None),
    ("launch", "probe"): ("INVESTIGATE", None), ("launch", "mediation"): ("CONSULT", "third-party"),
    ("stage", "rally"): ("PROTEST", "demo-spon"), ("stage", "protest"): ("PROTEST", "demo-spon"),
    ("stage", "strike"): ("PROTEST", "strike-gen"), ("stage", "demonstration"): ("PROTEST", "demo-spon"),
    ("go", "strike"): ("PROTEST", "strike-gen"), ("collect", "signature"): ("PROTEST", "demo-org"),
    ("block", "road"): ("PROTEST", "obstruct"), ("block", "street"): ("PROTEST", "obstruct"),
    ("block", "highway"): ("PROTEST", "obstruct"), ("throw", "stone"): ("PROTEST", "riot-spon"),
    ("break", "relation"): ("SANCTION", None), ("break", "tie"): ("SANCTION", None),
    ("cut", "tie"): ("SANCTION", None), ("recall", "ambassador"): ("SANCTION", None),
    ("fire", "shot"): ("FIGHT", "firearms"), ("fire", "missile"): ("FIGHT", "heavy-weapons"),
    ("fire", "rocket"): ("FIGHT", "heavy-weapons"), ("fire", "bomb"): ("FIGHT", "heavy-weapons"),
    ("fire", "at"): ("FIGHT", "firearms"), ("fire", "on"): ("FIGHT", "firearms"),
    ("receive", "observer"): ("RETREAT", None), ("receive", "inspector"): ("RETREAT", None),
    ("allow", "inspector"): ("RETREAT", None), ("admit", "inspector"): ("RETREAT", None), ("fire", "shell"): ("FIGHT", "heavy-weapons"), ("sever", "tie"): ("SANCTION", None),
    ("close", "border"): ("FIGHT", None), ("seal", "border"): ("COERCE", "restrict"),
    ("pay", "compensation"): ("RETREAT", None), ("grant", "asylum"): ("AID", None),
    ("reach", "agreement"): ("AGREE", None), ("reach", "deal"): ("AGREE", None),
    ("make", "concession"): ("CONCEDE", None), ("issue", "warning"): ("DISAPPROVE", None),
    ("issue", "demand"): ("DEMAND", None), ("issue", "ultimatum"): ("THREATEN", None),
    ("give", "ultimatum"): ("THREATEN", None), ("launch", "offensive"): ("FIGHT", "heavy-weapons"),
    ("mount", "invasion"): ("FIGHT", "heavy-weapons"), ("mount", "offensive"): ("FIGHT", "heavy-weapons"),
    ("carry", "attack"): ("ASSAULT", None), ("use", "gas"): ("PROTEST", "riot"),
}

# Event nouns, with the category they give when a light verb carries them ("launched an attack")
# or an actor owns them ("Hamas's attack", "Israel's blockade"). Abstract nouns that are also
# topics ("the war", "the conflict") are not here: they name a situation, not an act of the clause.
NOUN_CATEGORIES: dict[str, tuple[str, str | None]] = {
    "attack": ("ASSAULT", None), "bombing": ("ASSAULT", "explosives"), "assassination": ("ASSAULT", "assassinate"),
    "massacre": ("ASSAULT", None), "killing": ("ASSAULT", None), "shooting": ("ASSAULT", "firearms"),
    "airstrike": ("FIGHT", "aerial"), "offensive": ("FIGHT", "heavy-weapons"), "invasion": ("FIGHT", "heavy-weapons"),
    "shelling": ("FIGHT", "heavy-weapons"), "clash": ("FIGHT", None), "siege": ("COERCE", "restrict"),
    "blockade": ("COERCE", "restrict"), "arrest": ("COERCE", "detain"), "crackdown": ("COERCE", None),
    "ban": ("COERCE", "ban"), "curfew": ("COERCE", "curfew"), "deportation": ("COERCE", "deport"),
    "talk": ("CONSULT", None), "meeting": ("CONSULT", "visit"), "conversation": ("CONSULT", None),
    "negotiation": ("CONSULT", None), "visit": ("CONSULT", "visit"), "summit": ("CONSULT", None),
    "mediation": ("CONSULT", "third-party"), "sanction": ("SANCTION", None), "embargo": ("SANCTION", None),
    "protest": ("PROTEST", "demo-spon"), "demonstration": ("PROTEST", "demo-spon"), "rally": ("PROTEST", "demo-spon"),
    "strike": ("PROTEST", "strike-gen"), "riot": ("PROTEST", "riot-spon"), "boycott": ("PROTEST", None),
    "investigation": ("INVESTIGATE", None), "inquiry": ("INVESTIGATE", None), "probe": ("INVESTIGATE", None),
    "aid": ("AID", None), "donation": ("AID", None), "asylum": ("AID", None),
    "ceasefire": ("RETREAT", None), "truce": ("RETREAT", None), "withdrawal": ("RETREAT", None),
    "resignation": ("RETREAT", None), "agreement": ("AGREE", None), "treaty": ("AGREE", None),
    "deal": ("AGREE", None), "accord": ("AGREE", None), "pact": ("AGREE", None),
    "demand": ("DEMAND", None), "ultimatum": ("THREATEN", None), "threat": ("THREATEN", None),
    "accusation": ("DISAPPROVE", None), "criticism": ("DISAPPROVE", None), "condemnation": ("DISAPPROVE", None),
    "complaint": ("DISAPPROVE", None), "lawsuit": ("DISAPPROVE", None), "rejection": ("REJECT", None),
    "refusal": ("REJECT", None), "support": ("SUPPORT", None), "apology": ("SUPPORT", None),
    "grant": ("AID", None), "loan": ("AID", None), "assistance": ("AID", None), "relief": ("AID", None),
    "suspension": ("SANCTION", None), "expulsion": ("SANCTION", None),
    "deployment": ("MOBILIZE", "troops"), "mobilization": ("MOBILIZE", "troops"), "mobilisation": ("MOBILIZE", "troops"),
}

# Verbs that only carry an event noun ("held talks", "launched an attack", "staged a protest"):
# the noun decides the category, and the verb's subject is the noun's actor.
LIGHT_VERBS = frozenset({
    "hold", "launch", "stage", "carry", "conduct", "mount", "make", "begin", "start", "open",
    "announce", "impose", "issue", "lodge", "file", "give", "have", "resume", "continue", "organize",
    "organise", "lead", "order", "call", "step", "take", "reach", "sign",
    # speech verbs that carry an act as their object: "reiterated its demand", "voiced criticism"
    "reiterate", "repeat", "renew", "voice", "express", "declare",
})

# Verbs whose own category wins over the action they govern by xcomp/ccomp ("threatened to ban
# voting" is THREATEN; "refused to deploy peacekeepers" is REJECT; "agreed to allow access" is
# AGREE; "urged Israel to halt" is DEMAND). The governed action becomes the mode of a threat.
CONTROL_VERBS: dict[str, str] = {
    "threaten": "THREATEN", "vow": "THREATEN", "swear": "THREATEN",
    "refuse": "REJECT", "decline": "REJECT", "reject": "REJECT", "fail": "REJECT",
    "agree": "AGREE", "promise": "AGREE", "pledge": "AGREE", "offer": "AGREE", "commit": "AGREE",
    "consent": "AGREE",
    "demand": "DEMAND", "urge": "DEMAND", "ask": "DEMAND", "order": "DEMAND", "call": "DEMAND",
    "press": "DEMAND", "appeal": "DEMAND", "request": "DEMAND", "implore": "DEMAND", "force": "COERCE",
    "caution": "DISAPPROVE", "warn": "DISAPPROVE", "accuse": "DISAPPROVE", "blame": "DISAPPROVE",
}

# Whether a vow is a threat or a promise depends on what is vowed: "vowed to retaliate" is a
# threat, "vowed to rebuild" a promise.
VOW_VERBS = frozenset({"vow", "swear"})

# Verbs that report speech or a statement. The clause they govern may be an event of the speaker.
SPEECH_VERBS = frozenset({
    "say", "tell", "announce", "state", "declare", "add", "report", "claim", "note", "insist",
    "reiterate", "confirm", "explain", "write", "stress", "indicate", "conclude",
})

# Modal words under a speech verb: an obligation is a demand ("said X must return the
# helicopter"); a future is a promise or, for hostile acts, a threat; "not ... will" a refusal.
OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall", "going"})
READINESS_ADJECTIVES = frozenset({"ready", "willing", "prepared", "committed", "determined"})

# Prepositions whose object is the target of an act ("fired on", "talks with", "aid to").
# In order of preference: "held talks with X at a lunch" targets X.
TARGET_PREPOSITIONS = (
    "with", "against", "to", "toward", "towards", "on", "upon", "at", "into", "for", "from", "over",
)
# Prepositions whose object is where the act happened ("in Gaza", "near Samarra").
PLACE_PREPOSITIONS = frozenset({"in", "near", "at", "outside", "inside", "across", "around", "from"})
# Prepositions that introduce the actor of a passive or nominal act ("attacked by militants").
AGENT_PREPOSITIONS = frozenset({"by"})

# Entity types that can be actors (PLOVER actors: states, groups, organisations, people).
ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
PLACE_TYPES_FOR_EVENTS = frozenset({"GPE", "LOC", "FAC"})

# Common nouns that name actors ("Turkish police prevented the demonstration", "rebels said").
# Verbs that are events only between actors ("provided", "held", "backed") need a subject that is
# an entity or one of these: "the plan provides for" or "shares fell" are not events.
ACTOR_NOUNS = frozenset({
    "police", "army", "troop", "soldier", "force", "military", "militant", "rebel", "insurgent",
    "guerrilla", "fighter", "government", "official", "minister", "president", "leader", "authority",
    "administration", "ministry", "parliament", "lawmaker", "senator", "congress", "court", "judge",
    "prosecutor", "regime", "junta", "party", "opposition", "protester", "demonstrator", "student",
    "worker", "union", "activist", "settler", "refugee", "civilian", "villager", "resident", "group",
    "side", "delegation", "diplomat", "ambassador", "envoy", "spokesman", "spokeswoman", "mediator",
    "negotiator", "peacekeeper", "observer", "inspector", "investigator", "agency", "commission",
    "council", "committee", "state", "country", "nation", "coalition", "alliance", "faction",
    "tank", "helicopter", "jet", "warplane", "gunman", "attacker", "bomber", "mob", "crowd", "militia",
    "security", "guard", "navy", "company", "firm", "bank", "club", "team", "people", "chief",
    "commander", "general", "officer", "agent", "embassy", "cabinet", "premier", "king", "prime",
    "newspaper", "paper", "broadcaster", "media", "magazine", "station", "network", "doctor",
})

# Verbs that are events only with a direct object: "evacuated the wounded" is aid, "people must
# evacuate" is flight; "provided food" is aid, "the law provides" is not.
NEEDS_OBJECT = frozenset({
    "evacuate", "provide", "supply", "grant", "fund", "help", "assist", "share", "back", "recognize",
    "recognise", "free", "release", "lift", "ease", "approve", "order", "mass", "deploy", "block",
})

# Words that count people or things: the actor is what they count ("thousands of civilians").
COUNTING_WORDS = frozenset({"thousand", "hundred", "dozen", "score", "million", "number", "group", "some", "many"})

# Entity types that are never actors nor targets (the "on Friday" in "held talks on Friday").
NOT_ACTOR_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})

# Endings of plural nouns that name people by what they do ("smugglers", "protesters",
# "journalists", "civilians", "migrants", "residents"); words with these endings that name things
# are listed apart.
PERSON_NOUN_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "ees", "ives")
NOT_PERSON_NOUNS = frozenset({
    "borders", "orders", "papers", "powers", "numbers", "waters", "members", "centers", "centres",
    "letters", "matters", "computers", "offers", "layers", "chambers", "headquarters", "quarters",
    "factors", "sectors", "errors", "doors", "floors", "documents", "agreements", "statements",
    "payments", "events", "incidents", "comments", "arguments", "governments", "movements",
    "investments", "elements", "requirements", "improvements", "developments", "departments",
    "measures", "grants", "plants", "restaurants", "incentives", "objectives", "initiatives",
    "alternatives", "archives", "lives", "variants", "percents", "talents", "cents", "parents",
})

# Entity types that name things, not actors: "the Mental Capacity Bill would kill ..." is no
# assault, "Order of the Phoenix" attacks nobody.
THING_TYPES = frozenset({"LAW", "WORK_OF_ART", "PRODUCT", "EVENT", "LANGUAGE"})

# Violent verbs that politics uses for words: "Fox attacked the plans", "Blair hit out at critics".
# With a person as the one who attacks, or a thing as what is attacked, they are criticism
# (DISAPPROVE); other violent verbs with a thing as their object are metaphors and no event
# ("the bill would kill the scheme").
VERBAL_ATTACK_VERBS = frozenset({"attack", "assault", "blast", "savage", "lambast", "assail", "hit"})

# Entity types inside which an event noun is part of a name, not an act ("the Power Inquiry",
# "the Strike Force", "the Peace Agreement Act").
NAMED_THING_TYPES = frozenset({"ORG", "WORK_OF_ART", "EVENT", "LAW", "FAC", "PRODUCT"})
