"""What the toponym modules share: the Toponym, and tests of a name or mention against the
gazetteer and the text (a place's own name, a mention that names a place, a division cue)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from dateline.doc import token_table
from dateline.gazetteer import KIND_ALIAS, KIND_ENGLISH, KIND_NAME, Gazetteer, normalize_name
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
    BUSINESS_NOUNS,
    NOT_PLACE_WORDS_AFTER,
    NOT_PLACE_WORDS_BEFORE,
    SPORTS_PLACE_PREPOSITIONS,
    SPORTS_STORY_MIN_WORDS,
    SPORTS_STORY_WORDS,
    THE_ONLY_PLACE_NAMES,
    TOWN_FEATURES,
    TITLE_FUNCTION_WORDS,
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
    best = candidates[0].place if candidates else None
    sports = sports_story(doc)
    # Capitals that spell a place only through an English alternate or another place's name
    # ("TCI" for the Turks and Caicos Islands, "CAR") are more often a company's or a body's
    # initials ("hedge fund TCI", "TCI said"): a place only after a preposition of place, and
    # only where the story never writes them otherwise.
    # (A place's own name in capitals, "AUSTIN, Texas", is no initials.)
    initials = (
        name.isupper() and len(name) >= 2 and bool(candidates) and candidates[0].kind != KIND_ALIAS
        and normalize_name(candidates[0].place.name) != normalize_name(name)
    )
    kept = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if named_as_business(doc, span, best):
            return []  # one sense per story: "hedge funds TCI and Atticus" ... "TCI's request"
        if not any(word[:1].isupper() or word[:1].isdigit() for word in span.text.split()):
            continue
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        if after in DISEASE_WORDS_AFTER and not country:
            continue
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        if initials and before not in PLACE_PREPOSITIONS:
            return []  # one sense per story: "TCI said ..." makes "opposition from TCI" the fund's
        if disease and before not in PLACE_PREPOSITIONS:
            continue
        if named_as_other(doc, span, best, sports):
            continue
        kept.append((start, end))
    return kept


def named_as_other(doc: Doc, span, best, sports: bool) -> bool:
    """The words around a place's name say it names something else here: a commodity or a
    company ("Brent crude", "shares in Amazon", "TCI, the hedge fund", "the bank Sal
    Oppenheim"), a word of a title ("Man To Man", "the Order of the Phoenix"), the season ("in
    the Spring"), or, in sports copy, a town's club ("Newcastle beat Chelsea")."""
    feature = best.feature if best is not None else None
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if named_as_business(doc, span, best):
        return True
    if span.text in THE_ONLY_PLACE_NAMES and (before is None or before.lower_ != "the"):
        return True  # "a deal with Emirates" is the airline; the country is "the Emirates"
    # A state's abbreviation without its full stop is a word: "Man to Man" is no Manitoba. With
    # it, it is the state only as wire copy writes one, after a town and a comma ("Churchill,
    # Man."): a film's title ends a sentence too ("... and The Quiet Man.").
    abbreviation = ADMIN1_ABBREVIATIONS.get(span.text + ".")
    if abbreviation and best is not None and best.name == abbreviation[1] and (
        after is None or after.text != "." or before is None or before.text != ","
    ):
        return True
    if before is not None and before.text in TITLE_FUNCTION_WORDS and not before.is_sent_start and before.i > 0 and doc[before.i - 1].text[:1].isupper():
        return True
    if after is not None and after.text in TITLE_FUNCTION_WORDS and span.end + 1 < len(doc) and doc[span.end + 1].text[:1].isupper():
        return True
    # Towns are not written with "the" (the gazetteer's "The Hague", "The Bronx" are): a town's
    # name headed by "the" and heading its phrase is another thing's.
    if (
        before is not None and before.text == "the" and feature in TOWN_FEATURES
        and not (best is not None and best.name.lower().startswith("the "))
        and (after is None or (after.pos_ not in {"NOUN", "PROPN"} and after.text not in {"-", "–"}))
    ):
        return True
    if sports and feature in TOWN_FEATURES and (before is None or before.lower_ not in SPORTS_PLACE_PREPOSITIONS):
        return True
    return False


def named_as_business(doc: Doc, span, best=None) -> bool:
    """A commodity's or a company's name: "Brent crude", "shares in Amazon", "hedge funds TCI",
    "TCI, the hedge fund". ("Shares in London" are traded there: towns, states and countries
    keep their "shares in".)"""
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in NOT_PLACE_WORDS_AFTER:
        return True
    settled = best is not None and best.feature in {"city", "country", "admin1", "admin2"}
    if not settled and span.start >= 2 and f"{doc[span.start - 2].lower_} {doc[span.start - 1].lower_}" in NOT_PLACE_WORDS_BEFORE:
        return True
    if before is not None and before.pos_ == "NOUN" and (before.lower_ in BUSINESS_NOUNS or before.lemma_ in BUSINESS_NOUNS):
        return True
    if after is not None and after.text == "," and span.end + 2 < len(doc) and doc[span.end + 1].lower_ in {"the", "a", "an"}:
        for token in doc[span.end + 2 : span.end + 6]:
            if token.is_punct:
                break
            if token.lower_ in BUSINESS_NOUNS:
                return True
    return False


_SPORTS_KEY = ("dateline_places", "sports_story")


def sports_story(doc: Doc) -> bool:
    """A sports story: one using SPORTS_STORY_MIN_WORDS of the sports words (read once per Doc)."""
    known = doc.user_data.get(_SPORTS_KEY)
    if known is None:
        words = SPORTS_STORY_WORDS.intersection(token_table(doc).lowers)
        known = doc.user_data[_SPORTS_KEY] = len(words) >= SPORTS_STORY_MIN_WORDS
    return known


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
