"""What the entity layer asks of a gazetteer: is this a place name, and what kind of place.

The gazetteer itself is `dateline.gazetteer` (the places layer). This module adapts it to the
two questions NER correction and clustering ask, so tests can hand in a small stand-in.
"""

from __future__ import annotations

from typing import Protocol


class PlaceNames(Protocol):
    def is_place_name(self, name: str) -> bool: ...

    def place_kind(self, name: str) -> str | None:
        """"country", "admin1", "capital", "city", or None when the name is no known place."""
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


class GazetteerPlaces:
    """`dateline.gazetteer.Gazetteer` answering the entity layer's questions."""

    def __init__(self, gazetteer) -> None:
        self.gazetteer = gazetteer
        self._kinds: dict[str, str | None] = {}

    def is_place_name(self, name: str) -> bool:
        return bool(name) and self.gazetteer.is_place_name(name)

    def _best(self, name: str):
        places = self.gazetteer.lookup(name) if name else []
        return max(places, key=lambda p: p.population or 0) if places else None

    def place_kind(self, name: str) -> str | None:
        if name not in self._kinds:
            best = self._best(name)
            self._kinds[name] = _kind_of(best) if best is not None else None
        return self._kinds[name]

    def population(self, name: str) -> int:
        best = self._best(name)
        return int(best.population or 0) if best is not None else 0


def _kind_of(place) -> str:
    feature = (getattr(place, "feature", None) or "").lower()
    if feature in {"country", "pcli", "pcl", "pcld", "pclf", "pcls", "pclix"}:
        return "country"
    if feature in {"admin1", "adm1"}:
        return "admin1"
    if feature in {"capital", "pplc"}:
        return "capital"
    if feature in {"region", "continent", "cont", "rgn"}:
        return "region"
    return "city"


def default_place_names() -> PlaceNames:
    """The shared gazetteer when the places layer is installed, else no places."""
    try:
        from dateline.gazetteer import Gazetteer  # type: ignore[import-not-found]
    except ImportError:
        return NoPlaces()
    return GazetteerPlaces(Gazetteer.shared())
