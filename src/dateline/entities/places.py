"""What the entity layer asks of a gazetteer: is this a place name, and what kind of place.

The gazetteer itself is `dateline.gazetteer` (the places layer). This module adapts it to the
questions NER correction, clustering and coreference ask, so tests can hand in a small stand-in
(`NoPlaces`, or any object with these three methods).
"""

from __future__ import annotations

from typing import Protocol

from dateline.gazetteer import KIND_ALTERNATE, Gazetteer
from dateline.lexicons.ner import NOT_PLACE_WORDS

# An alternate name (not the place's own, English or curated one) counts only for a place this
# big (the gazetteer's own rule for `is_place_name`).
ALTERNATE_MIN_POPULATION = 1_000_000
# Names remembered per process (cleared when full): a few days of news use fewer.
BEST_CACHE_SIZE = 50_000


class PlaceNames(Protocol):
    def is_place_name(self, name: str) -> bool: ...

    def place_kind(self, name: str) -> str | None:
        """"country", "admin1", "region", "city", or None when the name is no known place."""
        ...

    def population(self, name: str) -> int: ...


class NoPlaces:
    """No gazetteer: nothing is a known place."""

    def is_place_name(self, name: str) -> bool:
        return False

    def place_kind(self, name: str) -> str | None:
        return None

    def population(self, name: str) -> int:
        return 0

    def feature(self, name: str) -> str | None:
        return None


class GazetteerPlaces:
    """`dateline.gazetteer.Gazetteer` answering the entity layer's questions."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        # name -> best place or None: NER correction asks kind and population of the same
        # names over and over (every capitalised window of every story).
        self._known: dict[str, object] = {}

    def is_place_name(self, name: str) -> bool:
        return self._best(name) is not None

    def _best(self, name: str):
        if name in self._known:
            return self._known[name]
        if len(self._known) >= BEST_CACHE_SIZE:
            self._known.clear()
        best = self._known[name] = self._lookup(name)
        return best

    def _lookup(self, name: str):
        """The most likely place with that name (the gazetteer's own prior) among the places it
        is the name, an English name or a curated alias of, or an alternate name of a big place
        (GeoNames' alternates make "White House" Casablanca and "Day" Dayton). The gazetteer
        caches its lookups."""
        if not name or " ".join(name.lower().split()) in NOT_PLACE_WORDS:
            return None
        for candidate in self.gazetteer.candidates(name):
            if candidate.kind != KIND_ALTERNATE or (candidate.place.population or 0) >= ALTERNATE_MIN_POPULATION:
                return candidate.place
        return None

    def place_kind(self, name: str) -> str | None:
        best = self._best(name)
        return _kind_of(best) if best is not None else None

    def population(self, name: str) -> int:
        best = self._best(name)
        return int(best.population or 0) if best is not None else 0

    def feature(self, name: str) -> str | None:
        """The gazetteer's own feature of the likeliest place ("airport", "city", ...)."""
        best = self._best(name)
        return getattr(best, "feature", None) if best is not None else None


def _kind_of(place) -> str:
    """The gazetteer's feature folded to the entity layer's kinds: country, admin1, region
    (continents, seas, named regions), city (cities and second-level divisions)."""
    feature = (getattr(place, "feature", None) or "").lower()
    if feature in {"country", "admin1"}:
        return feature
    if feature in {"region", "continent", "sea"}:
        return "region"
    return "city"
