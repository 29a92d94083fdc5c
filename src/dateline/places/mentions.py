"""What the toponym modules share: the Toponym, and tests of a name or mention against the
gazetteer and the text (a place's own name, a mention that names a place, a division cue)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from dateline.gazetteer import KIND_ENGLISH, KIND_NAME, Gazetteer
from dateline.lexicons.demonyms import DEMONYMS
from dateline.lexicons.places import (
    ADMIN1_ABBREVIATIONS,
    DISEASE_NAMES,
    DISEASE_WORDS_AFTER,
    DIVISION_WORDS_AFTER,
    DIVISION_WORDS_BEFORE,
    PLACE_CONTEXT_AFTER,
    PLACE_CONTEXT_BEFORE,
    PLACE_PREPOSITIONS,
)

# A name typed ORG/PERSON counts as a place only if its likeliest reading is a country, division,
# region, continent or a city of at least this population ("Mariupol" 230k, "Kyiv" 3M); smaller
# towns share their names with too many people and firms.
PROMOTED_CITY_MIN_POPULATION = 50_000
PROMOTED_FEATURES = frozenset({"country", "admin1", "region", "sea", "continent"})

_POSSESSIVE = re.compile(r"[’']s$")


@dataclass(eq=False)  # a toponym is itself: neighbours refer to each other
class Toponym:
    name: str  # as the story writes it (the entity's name)
    kind: str  # "toponym", "demonym" or "dateline"
    spans: list[tuple[int, int]] = field(default_factory=list)
    entity: int | None = None  # index into doc._.dateline_entities
    country: str | None = None  # a demonym's country
    qualifiers: list[str] = field(default_factory=list)  # "Texas" in "Paris, Texas"
    dateline: bool = False  # the dateline's place (also when it is an entity's mention)
    division: bool = False  # named as a division: "Washington state", "the state of Washington"
    neighbours: list[Toponym] = field(default_factory=list)  # items next to it in a list of places

    @property
    def lookup_name(self) -> str:
        return _POSSESSIVE.sub("", self.name.strip())


def place_context(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return before in PLACE_CONTEXT_BEFORE or after in PLACE_CONTEXT_AFTER


def place_mentions(
    doc: Doc, name: str, spans: list[tuple[int, int]], gazetteer: Gazetteer
) -> list[tuple[int, int]]:
    """The mentions that name a place: not a disease named after one ("West Nile virus",
    "tested negative for Ebola"), not a lowercase common noun the NER typed as a place. A
    country's name keeps its mentions ("the United States flu season", "the Sudan strain")."""
    disease = bare(name).lower() in DISEASE_NAMES
    candidates = gazetteer.candidates(name)
    country = bool(candidates) and candidates[0].place.feature == "country"
    kept = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if not any(word[:1].isupper() or word[:1].isdigit() for word in span.text.split()):
            continue
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        if after in DISEASE_WORDS_AFTER and not country:
            continue
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        if disease and before not in PLACE_PREPOSITIONS:
            continue
        kept.append((start, end))
    return kept


def division_cue(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """True if a mention is followed by "state", "province", ... or preceded by "the state of"."""
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        before = doc[max(0, span.start - 2) : span.start].text.lower()
        if after in DIVISION_WORDS_AFTER or before in DIVISION_WORDS_BEFORE:
            return True
    return False


def bare(name: str) -> str:
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def promotable(gazetteer: Gazetteer, name: str) -> bool:
    candidates = gazetteer.candidates(name)
    if not candidates or candidates[0].kind > KIND_ENGLISH:
        return False
    best = candidates[0].place
    return best.feature in PROMOTED_FEATURES or (
        best.feature == "city" and best.population >= PROMOTED_CITY_MIN_POPULATION
    )


def known(gazetteer: Gazetteer, text: str, alternate_min_population: int | None = None) -> bool:
    """A place's own name, a curated alias or an English name (not a stray alternate, unless
    `alternate_min_population` admits the alternate name of a place that big)."""
    return any(
        c.kind <= KIND_ENGLISH
        or (alternate_min_population is not None and c.place.population >= alternate_min_population)
        for c in gazetteer.candidates(text)
    )


def own_name_first(gazetteer: Gazetteer, text: str) -> bool:
    candidates = gazetteer.candidates(text)
    return bool(candidates) and candidates[0].kind <= KIND_NAME


def demonym(name: str) -> str | None:
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return DEMONYMS.get(" ".join(words))


def abbreviation_after(text: str, end: int) -> str | None:
    if not text[end : end + 2].startswith(", "):
        return None
    rest = text[end + 2 : end + 12]
    for abbreviation in _ABBREVIATIONS_LONGEST_FIRST:
        if rest.startswith(abbreviation) and not rest[len(abbreviation) : len(abbreviation) + 1].isalnum():
            return abbreviation
    return None


_ABBREVIATIONS_LONGEST_FIRST = sorted(ADMIN1_ABBREVIATIONS, key=len, reverse=True)
