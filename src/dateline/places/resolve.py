"""Geocoding toponyms with the story's context, and ranking the story's places by focus.

    1. candidates  every gazetteer reading of each toponym (places/readings.py)
    2. first pass  each toponym's likeliest reading by its prior (feature, population, name kind)
                   plus the dateline's country
    3. context     the countries and first-level divisions of the first pass's confident
                   readings, weighted by mentions, and their points
    4. second pass every toponym rescored with that context (its own votes left out): the
                   story's dominant country, a division named elsewhere in the story, the other
                   divisions it names, nearness to the other places (the last two lifting a town
                   over a far bigger namesake only so far); and with what its own
                   mentions say: its list neighbours, the dateline (a town), the container it
                   qualifies ("Atlanta, Georgia"), the full name the story gave it ("Congo"
                   after "the Republic of Congo")
    5. ambiguity   two far-apart readings within AMBIGUITY_MARGIN of each other: no point, and
                   a warning with the number of candidates, rather than a confident wrong point
    6. focus       score = dateline + mentions, earlier mentions counting more; rank 1 = most
                   central
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from dateline.gazetteer import KIND_PRIOR, Candidate, Gazetteer, Place, distance_km, normalize_name
from dateline.places.readings import DIVISION_FEATURES, readings
from dateline.places.toponyms import Toponym

# Context weights (PlaceEvidence), in the prior's units (log10 of population), set on TR-News and GeoVirus dev
# (dateline eval geo): a story-country weight of 4.0 gives 87.0% / 80.0% within 161 km, 3.0
# gives 87.1% / 79.9% (Georgia the US state in American stories).
DATELINE_COUNTRY_WEIGHT = 2.0  # a reading in the dateline's country
STORY_COUNTRY_WEIGHT = 4.0  # times the country's share of the story's confident mentions
STORY_ADMIN1_WEIGHT = 2.0  # a reading inside a division the story names
# A division reading when the story names other divisions of that country: a story that lists
# states names states ("Ohio, Oregon, South Carolina": Oregon the state, not Oregon, Ohio). The
# weight grows with the divisions named, full from SIBLING_DIVISIONS_FULL on: one other state
# named ("Iowa") does not make "WASHINGTON" the state.
SIBLING_DIVISION_WEIGHT = 2.0
SIBLING_DIVISIONS_FULL = 3
# A reading of the same kind as the confident readings of its neighbours in a list of places
# ("Mexico, China, Japan": countries; "Ohio, Oregon and Idaho": states of one country).
LIST_SIBLING_WEIGHT = 3.0
LIST_FEATURES = frozenset({"country", "admin1"})
# A dateline names a town: "WASHINGTON (Reuters) -" is the capital, not the state.
DATELINE_CITY_WEIGHT = 2.0
# A reading that is the container a qualifier named: "Georgia" in "Atlanta, Georgia".
QUALIFIER_CONTAINER_WEIGHT = 4.0
# A reading that is the place the story named in full: "Congo" after "the Republic of Congo".
SHORT_FORM_WEIGHT = 3.0
NEAR_WEIGHT = 1.0  # a reading within NEAR_KM of another confident place of the story
NEAR_KM = 300.0
# The division of the story's towns and nearness to its places lift a town over a much bigger
# namesake only so far: in full up to CONTEXT_GAP_FULL below the standing of the name's foremost
# town (its prior without how the name matched: log10 of population, and a capital's standing;
# 1.0 is ten times the people), fading to nothing at CONTEXT_GAP_NONE (a hundred times). "New
# York" (the city) puts a story in New York State and near Delaware, but "Boston" beside it is
# still the Massachusetts city (650,000 people), not Boston, N.Y. (8,000), and "Glasgow" on a
# British tour the Scottish city, not Glasgow, Del. (15,000); Portland, Maine (68,000) still takes
# a Maine story from Portland, Ore. (650,000). A division the story names itself, and nearness to
# a place of the town's own division, count in full: Austin, Ind. (4,000) in a story about Indiana.
CONTEXT_GAP_FULL = 1.0
CONTEXT_GAP_NONE = 2.0
# Two points further apart in latitude than this are further than NEAR_KM apart (a great circle
# is never shorter than its latitude difference: 111.2 km per degree), with a margin of 1% for
# rounding: the haversine runs only for points that may be near.
_NEAR_LATITUDE = 1.01 * NEAR_KM / 111.19
NO_POINT_PENALTY = 3.0  # a reading without coordinates (a division with no towns indexed)
# A first-pass reading is "confident" (it lends context) when it beats the next reading of
# another country by this much, or is the only one.
CONFIDENT_MARGIN = 2.0
# Readings closer than this (km) are one place for the ambiguity test: Gritta et al.'s 161 km.
SAME_PLACE_KM = 161.0
# Two far-apart readings whose final scores differ by less than this leave the toponym unresolved.
AMBIGUITY_MARGIN = 0.25

# Focus score: the dateline's place, each mention, and a bonus for mentions in the story's
# first paragraph (the lede names what the story is about).
FOCUS_DATELINE = 3.0
FOCUS_MENTION = 1.0
FOCUS_LEDE = 1.0
FOCUS_DEMONYM_FACTOR = 0.5  # "Israeli strikes" says less about where the story is than "Israel"


@dataclass
class Resolution:
    toponym: Toponym
    place: Place | None
    candidates: int  # how many gazetteer readings the name has
    ambiguous: bool = False
    score: float = 0.0  # focus score
    rank: int = 0


def _confident(scored: list[tuple[float, Candidate]]) -> Candidate | None:
    if not scored:
        return None
    best_score, best = scored[0]
    for score, other in scored[1:]:
        if other.place.country != best.place.country:
            return best if best_score - score >= CONFIDENT_MARGIN else None
    return best


class PlaceEvidence:
    """What the story's confident places say: countries (weighted), divisions, points."""

    def __init__(self) -> None:
        self.countries: dict[str, float] = defaultdict(float)
        self.admin1: dict[tuple[str, str], float] = defaultdict(float)
        self.named: dict[tuple[str, str], set[int]] = defaultdict(set)  # divisions named, by which toponyms
        self.points: list[tuple[int, float, float, tuple]] = []  # (toponym index, lat, lon, division)
        self.total = 0.0

    def add(self, index: int, place: Place, weight: float) -> None:
        if place.country:
            self.countries[place.country] += weight
            self.total += weight
        if place.country and place.admin1_code and place.feature in ("admin1", "city", "admin2"):
            self.admin1[(place.country, place.admin1_code)] += weight
        if place.country and place.feature == "admin1":
            self.named[(place.country, place.admin1_code)].add(index)
        if place.lat is not None and place.feature in ("city", "admin2", "admin1"):
            self.points.append((index, place.lat, place.lon, (place.country, place.admin1_code)))

    def without(self, index: int, place: Place | None, weight: float) -> tuple[dict, dict, float, dict, set]:
        """The votes of every toponym but `index` (whose confident reading was `place`): countries,
        divisions of the confident places, their total, and the divisions the others name (how
        many per country, and which)."""
        countries = dict(self.countries)
        admin1 = dict(self.admin1)
        total = self.total
        named = {key for key, by in self.named.items() if by - {index}}
        divisions: dict[str, float] = defaultdict(float)
        for (country, _code), by in self.named.items():
            divisions[country] += len(by - {index})
        if place is not None and place.country:
            countries[place.country] = countries.get(place.country, 0.0) - weight
            total -= weight
            key = (place.country, place.admin1_code)
            if key in admin1:
                admin1[key] -= weight
        return countries, admin1, total, divisions, named


def _standing(candidate: Candidate) -> float:
    """A reading's prior without how its name matched: its size, and a capital's standing."""
    return candidate.prior - KIND_PRIOR[candidate.kind]


def _context_share(candidate: Candidate, top_town: float) -> float:
    """How much of the division and nearness weights a town takes, by how far its standing falls
    below the name's foremost town (CONTEXT_GAP_FULL, CONTEXT_GAP_NONE)."""
    gap = top_town - _standing(candidate)
    return min(1.0, max(0.0, (CONTEXT_GAP_NONE - gap) / (CONTEXT_GAP_NONE - CONTEXT_GAP_FULL)))


def _score(
    candidate: Candidate, index: int, dateline_country: str | None, context: PlaceEvidence | None,
    votes: tuple[dict, dict, float, dict, set] | None = None, top_town: float | None = None,
) -> float:
    place = candidate.place
    score = candidate.prior
    if place.lat is None:
        score -= NO_POINT_PENALTY
    if dateline_country and place.country == dateline_country:
        score += DATELINE_COUNTRY_WEIGHT
    if context is None:
        return score
    countries, admin1, total, divisions, named = votes
    if total > 0 and place.country:
        score += STORY_COUNTRY_WEIGHT * max(0.0, countries.get(place.country, 0.0)) / total
    share = 1.0 if top_town is None or place.feature != "city" else _context_share(candidate, top_town)
    key = (place.country, place.admin1_code)
    if place.country and place.admin1_code and admin1.get(key, 0.0) > 0:
        score += STORY_ADMIN1_WEIGHT * (1.0 if key in named else share)  # named itself: in full
    if place.feature == "admin1" and divisions.get(place.country, 0.0) > 0:
        score += SIBLING_DIVISION_WEIGHT * min(1.0, divisions[place.country] / SIBLING_DIVISIONS_FULL)
    if place.lat is not None and place.feature in ("city", "admin2"):
        near = [
            division for other, lat, lon, division in context.points
            if other != index and abs(place.lat - lat) <= _NEAR_LATITUDE and distance_km(place.lat, place.lon, lat, lon) <= NEAR_KM
        ]
        if near:
            score += NEAR_WEIGHT * (1.0 if key in near else share)  # near a place of its own division: in full
    return score


def resolve(gazetteer: Gazetteer, toponyms: list[Toponym], lede_end: int | None = None) -> list[Resolution]:
    all_candidates: list[list[Candidate]] = []
    containers: dict[str, set[int]] = defaultdict(set)  # qualifier name -> containers it named
    for toponym in toponyms:
        candidates, used = readings(gazetteer, toponym)
        all_candidates.append(candidates)
        for name, ids in used.items():
            containers[name] |= ids
    position = {id(t): i for i, t in enumerate(toponyms)}
    weights = [len(t.spans) * (FOCUS_DEMONYM_FACTOR if t.kind == "demonym" else 1.0) for t in toponyms]

    # The dateline's place first: its country is context for everything else.
    dateline_country = None
    for toponym, candidates in zip(toponyms, all_candidates):
        if toponym.dateline and candidates:
            dateline_country = candidates[0].place.country
            break

    # First pass: prior + dateline country; confident readings build the context.
    context = PlaceEvidence()
    first: list[Place | None] = []
    for index, candidates in enumerate(all_candidates):
        scored = sorted(
            ((_score(c, index, dateline_country, None), c) for c in candidates),
            key=lambda sc: -sc[0],
        )
        confident = _confident(scored)
        first.append(confident.place if confident else None)
        if confident is not None:
            context.add(index, confident.place, weights[index])

    # A short form of a name the story gives in full ("Congo" after "Republic of Congo").
    keys = [normalize_name(t.lookup_name) for t in toponyms]
    longer_forms = {
        i: [j for j, other in enumerate(keys) if j != i and other.endswith(" " + key)]
        for i, key in enumerate(keys)
        if key
    }

    # A name that qualifies a town ("Maidenhead, Berkshire") is read in the town's country: the
    # town decides the reading of its county or state, not the county's prior (Berkshire County,
    # Massachusetts). No reading there: no point rather than a foreign one.
    # Only a town outside a list of places, qualified by a division: "Liberia" after
    # "Guinea-Bissau," in a list of countries qualifies nothing.
    qualified_in: dict[str, set[str]] = defaultdict(set)
    for toponym, place in zip(toponyms, first):
        if place is not None and place.feature == "city" and place.country and not toponym.neighbours:
            for qualifier in toponym.qualifiers:
                qualified_in[normalize_name(qualifier)].add(place.country)

    # Second pass: rescored with the story's context, each toponym's own votes left out.
    resolutions: list[Resolution] = []
    for index, (toponym, candidates) in enumerate(zip(toponyms, all_candidates)):
        if not candidates:
            resolutions.append(Resolution(toponym, None, 0))
            continue
        countries = qualified_in.get(normalize_name(toponym.lookup_name))
        if countries and toponym.kind == "toponym" and not toponym.neighbours and candidates[0].place.feature in DIVISION_FEATURES:
            inside = [c for c in candidates if c.place.country in countries]
            if not inside:
                resolutions.append(Resolution(toponym, None, len(candidates)))
                continue
            candidates = inside
        votes = context.without(index, first[index], weights[index])
        neighbours = [first[position[id(n)]] for n in toponym.neighbours if id(n) in position]
        held = containers.get(normalize_name(toponym.lookup_name), set())
        longer = [first[i] for i in longer_forms.get(index, ()) if first[i] is not None]
        top_town = max((_standing(c) for c in candidates if c.place.feature == "city"), default=None)
        scored = sorted(
            (
                (
                    _score(c, index, dateline_country, context, votes, top_town)
                    + _toponym_evidence(toponym, c, neighbours, held, longer),
                    c,
                )
                for c in candidates
            ),
            key=lambda sc: (-sc[0], sc[1].place.geonames_id or 0),
        )
        best_score, best = scored[0]
        ambiguous = False
        for score, other in scored[1:]:
            if best_score - score >= AMBIGUITY_MARGIN:
                break
            if _far_apart(best.place, other.place):
                ambiguous = True
                break
        resolutions.append(
            Resolution(toponym, None if ambiguous else best.place, len(candidates), ambiguous=ambiguous)
        )
    _rank(resolutions, lede_end)
    return resolutions


def _toponym_evidence(
    toponym: Toponym, candidate: Candidate, neighbours: list[Place | None], held: set[int], longer: list[Place]
) -> float:
    """What the toponym's own mentions say about a reading: the list it stands in ("Ohio, Oregon
    and Idaho" are states), the dateline (a town), a qualifier it is ("Atlanta, Georgia"), the
    full name the story gave it ("Congo" after "the Republic of Congo")."""
    place = candidate.place
    score = 0.0
    if place.feature in LIST_FEATURES and any(
        n is not None and n.feature == place.feature and (place.feature != "admin1" or n.country == place.country)
        for n in neighbours
    ):
        score += LIST_SIBLING_WEIGHT
    if toponym.dateline and place.feature == "city":
        score += DATELINE_CITY_WEIGHT
    if place.geonames_id is not None and place.geonames_id in held:
        score += QUALIFIER_CONTAINER_WEIGHT
    if place in longer:
        score += SHORT_FORM_WEIGHT
    return score


def _far_apart(a: Place, b: Place) -> bool:
    if a.lat is None or b.lat is None:
        return a.geonames_id != b.geonames_id
    return distance_km(a.lat, a.lon, b.lat, b.lon) > SAME_PLACE_KM


def _rank(resolutions: list[Resolution], lede_end: int | None) -> None:
    for resolution in resolutions:
        toponym = resolution.toponym
        factor = FOCUS_DEMONYM_FACTOR if toponym.kind == "demonym" else 1.0
        score = FOCUS_DATELINE if toponym.dateline else 0.0
        for start, _end in toponym.spans:
            score += factor * (FOCUS_MENTION + (FOCUS_LEDE if lede_end is not None and start < lede_end else 0.0))
        resolution.score = round(score, 3)
    order = sorted(
        range(len(resolutions)),
        key=lambda i: (-resolutions[i].score, min(s for s, _ in resolutions[i].toponym.spans)),
    )
    for rank, index in enumerate(order, start=1):
        resolutions[index].rank = rank
