"""A toponym's readings: the gazetteer places its name may refer to, before the story's context.

Every reading of the name (a demonym reads as its country); a stray alternate yields to a place
that bears the name; a landmark of the name outranks small towns; a name the gazetteer lacks is
tried without its modifier ("northern Syria") or generic word ("Nyanza Province"); a division cue
("Washington state") keeps divisions; a qualifier ("Paris, Texas", "PORTLAND, Ore.") keeps only
readings inside it. Scoring them in the story's context is resolve's.
"""

from __future__ import annotations

from dateline.gazetteer import KIND_ALTERNATE, Candidate, Gazetteer, Place, normalize_name
from dateline.lexicons.places import (
    ADMIN1_ABBREVIATIONS,
    NAME_GENERIC_SUFFIXES,
    NAME_MODIFIER_PREFIXES,
    NAME_TOWN_WORDS,
)
from dateline.places.toponyms import Toponym

# A dateline names a town ("NEW YORK (Reuters) -"): a town of at least this many people takes the
# name from a division of its country.
DATELINE_TOWN_MIN_POPULATION = 100_000

# Curated landmarks (regions.tsv: features without population) and the smallest town a landmark
# of the same name leaves standing as a reading.
LANDMARK_FEATURES = frozenset({"airport", "canal", "military base"})
LANDMARK_TOWN_MIN_POPULATION = 50_000

# Readings a name said to be a division may take ("Washington state", "the state of Washington").
DIVISION_FEATURES = frozenset({"admin1", "admin2"})
# Readings a modifier-stripped name may take ("northern Syria" is in Syria, not a Syria, Ohio).
BROAD_FEATURES = frozenset(
    {"country", "admin1", "admin2", "region", "continent", "island", "sea", "former country",
     "former division", "desert", "lake"}
)


def _qualifier_filter(
    gazetteer: Gazetteer, qualifiers: list[str], candidates: list[Candidate]
) -> tuple[list[Candidate], dict[str, set[int]]]:
    """The readings inside the qualifiers ("Paris, Texas" -> the Texas Paris), and for each
    qualifier the containers that held one (so "Georgia" in "Atlanta, Georgia" is the state)."""
    used: dict[str, set[int]] = {}
    for qualifier in qualifiers:
        containers: list[Place] = []
        if qualifier in ADMIN1_ABBREVIATIONS:
            country, name = ADMIN1_ABBREVIATIONS[qualifier]
            containers = [p for p in gazetteer.lookup(name) if p.country == country and p.feature == "admin1"]
        else:
            containers = [p for p in gazetteer.lookup(qualifier) if p.feature in ("country", "admin1")]
        inside, holding = [], set()
        for c in candidates:
            for k in containers:
                if (
                    c.place.country == k.country
                    and (k.feature == "country" or c.place.admin1_code == k.admin1_code)
                    and c.place.geonames_id != k.geonames_id
                ):
                    inside.append(c)
                    holding.add(k.geonames_id)
                    break
        if inside:
            candidates = inside
            used[normalize_name(qualifier)] = holding
    return candidates, used


def readings(gazetteer: Gazetteer, toponym: Toponym) -> tuple[list[Candidate], dict[str, set[int]]]:
    if toponym.kind == "demonym" and toponym.country:
        country = gazetteer.country(toponym.country)
        return ([Candidate(country, 0, 0.0)] if country else []), {}
    found = gazetteer.candidates(toponym.lookup_name)
    if toponym.dateline and not toponym.division:
        # A dateline names a town: "NEW YORK (Reuters) -" is the city, whatever the state's
        # prior; a division of the name is no reading in the country of a town of note (and so
        # does not hide a town that bears the name as an alternate, New York City).
        towns = {c.place.country for c in found if c.place.feature == "city" and c.place.population >= DATELINE_TOWN_MIN_POPULATION}
        found = [c for c in found if c.place.feature not in DIVISION_FEATURES or c.place.country not in towns]
    candidates = _landmarks_first(_own_names_first(found))
    if not candidates:
        candidates = _without_modifiers(gazetteer, toponym.lookup_name)
    if toponym.division:
        divisions = [c for c in candidates if c.place.feature in DIVISION_FEATURES]
        candidates = divisions or candidates
    used: dict[str, set[int]] = {}
    if toponym.qualifiers:
        candidates, used = _qualifier_filter(gazetteer, toponym.qualifiers, candidates)
    return candidates, used


def _landmarks_first(candidates: list[Candidate]) -> list[Candidate]:
    """A landmark the gazetteer lists because news names it (an airport, a canal) is no small town
    of its name, whatever country the story is about: "flights to Heathrow" in an American story
    is the London airport, not Heathrow, Fla. (5,900 people)."""
    if not any(c.place.feature in LANDMARK_FEATURES for c in candidates):
        return candidates
    return [
        c for c in candidates
        if c.place.feature in LANDMARK_FEATURES or c.place.feature != "city" or c.place.population >= LANDMARK_TOWN_MIN_POPULATION
    ]


def _own_names_first(candidates: list[Candidate]) -> list[Candidate]:
    """A place that has the name only as a stray alternate ("Pittsburgh" listed for Pittsburg,
    Calif.; "Iraq" for Arak, Iran) is no reading when a place at least as big bears the name as
    its own."""
    own = [c.place.population for c in candidates if c.kind != KIND_ALTERNATE]
    if not own:
        return candidates
    biggest = max(own)
    return [c for c in candidates if c.kind != KIND_ALTERNATE or c.place.population > biggest]


def _without_modifiers(gazetteer: Gazetteer, name: str) -> list[Candidate]:
    """"Nazi Germany" -> Germany, "Nyanza Province" -> Nyanza, "City of Montreal" -> Montreal,
    "Pingliang city" -> Pingliang: a reading of a name the gazetteer lacks, once its modifier or
    generic word is dropped. A modifier leaves a broad reading only (a bare "North" would find a
    village); a town's word ("city", "town", "borough") lets a town through."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2:
        return []
    if len(words) > 2 and words[1].lower() == "of" and words[0].lower() in NAME_GENERIC_SUFFIXES | NAME_TOWN_WORDS:
        generic, rest = words[0].lower(), words[2:]
    elif words[0].lower() in NAME_MODIFIER_PREFIXES:
        generic, rest = "", words[1:]
    elif words[-1].lower() in NAME_GENERIC_SUFFIXES | NAME_TOWN_WORDS:
        generic, rest = words[-1].lower(), words[:-1]
    else:
        return []
    if len(rest) == 1 and rest[0] + "." in ADMIN1_ABBREVIATIONS:
        return []  # a state's abbreviation before a town's word is a name's word: "Man City"
    features = BROAD_FEATURES | {"city"} if generic in NAME_TOWN_WORDS else BROAD_FEATURES
    return [c for c in gazetteer.candidates(" ".join(rest)) if c.place.feature in features]
