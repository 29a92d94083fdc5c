"""Third-person pronouns and what they can refer to, for `entities.coreference`.

Only third-person forms: "I", "we" and "you" inside quotations are the speaker's and the
reader's, and are left to the quotes layer.
"""

# pronoun (lower case) -> (gender, number): gender "m", "f" or "n" (neuter: organisations,
# countries), number "sg" or "pl".
PRONOUNS: dict[str, tuple[str, str]] = {
    "he": ("m", "sg"), "him": ("m", "sg"), "his": ("m", "sg"), "himself": ("m", "sg"),
    "she": ("f", "sg"), "her": ("f", "sg"), "hers": ("f", "sg"), "herself": ("f", "sg"),
    "it": ("n", "sg"), "its": ("n", "sg"), "itself": ("n", "sg"),
    "they": ("n", "pl"), "them": ("n", "pl"), "their": ("n", "pl"), "theirs": ("n", "pl"),
    "themselves": ("n", "pl"),
}

REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})

# Entity types a pronoun of each gender may stand for. "it" is for an organisation or a country
# ("Russia says it is in a position to help"); "they" for a group, a party, a people, and in
# British wire copy for organisations ("Hamas said they would ...").
PRONOUN_TYPES: dict[tuple[str, str], frozenset[str]] = {
    ("m", "sg"): frozenset({"PERSON"}),
    ("f", "sg"): frozenset({"PERSON"}),
    ("n", "sg"): frozenset({"ORG", "GPE"}),
    ("n", "pl"): frozenset({"ORG", "NORP"}),
}

# "it" as a dummy subject: "it is unacceptable", "it's hard for anyone", "it emerged that",
# "it was not clear". A pronoun "it" whose verb is one of these, or whose clause has an
# adjective or a clause complement, is left alone.
DUMMY_IT_VERBS = frozenset({"be", "seem", "appear", "emerge", "remain", "become", "take", "matter", "rain", "happen", "mean", "make", "look", "sound", "feel", "turn"})
