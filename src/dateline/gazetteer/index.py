"""The gazetteer: place names -> GeoNames places, from a read-only SQLite index.

`Gazetteer(path)` opens an index (building it first if this machine has none, see build.py);
whoever runs the analysis opens one and hands it to the components (dateline's Pipeline does). A lookup is a couple of indexed queries; results are cached per name.
"""

from __future__ import annotations

import math
import os
import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dateline.gazetteer.build import (
    KIND_ALIAS,
    KIND_ALTERNATE,
    KIND_ENGLISH,
    KIND_NAME,
    ensure_index,
    index_fingerprint,
)
from dateline.gazetteer.names import normalize_name

# Feature priors, in log10-population units: a name that is both a country and a town
# ("Georgia", "Jordan") is the country unless the story says otherwise; continents and named
# regions sit above cities of their name ("Europe, Texas"), second-level divisions below.
FEATURE_PRIOR: dict[str, float] = {
    "country": 3.0,
    "continent": 2.5,
    "region": 2.0,
    "sea": 4.0,  # seas have no population; "the Pacific" in news is the ocean, not Pacific, Mo.
    "admin1": 0.5,
    # Landmarks of regions.tsv have no population: they are listed because news copy names them,
    # and count like a sizeable town ("Heathrow" is the airport, not Heathrow, Fla.).
    "airport": 4.0,
    "lake": 4.0,
    "canal": 4.0,
    "desert": 4.0,
    "mountain": 4.0,
    "mountains": 4.0,
    "military base": 4.0,
    "island": 1.0,
    "former country": 2.5,  # "the Soviet Union": named like a country, no town shares the name
    "former division": 0.5,  # "Nyanza Province" (Kenya to 2013): as a division
    "city": 0.0,
    "admin2": -1.0,
}
# Name-kind priors: a place's own name or a curated alias counts for more than a stray alternate
# (GeoNames lists "Washington" among the old names of a Maryland town); a curated alias says what
# wire copy means by the name ("Washington" is the capital, "Gaza" the Strip) and counts most.
KIND_PRIOR: dict[int, float] = {KIND_NAME: 1.5, KIND_ALIAS: 2.5, KIND_ENGLISH: 0.5, KIND_ALTERNATE: -1.0}
# National capitals are named in news far beyond their population ("Washington" is the city,
# not the state, in wire copy).
CAPITAL_PRIOR = 1.5
# A division named like the city it contains ("Kyiv" the oblast and the city, "Ankara", "São
# Paulo") is the city unless the story says "province": the division's prior drops by this much.
SEAT_DIVISION_PENALTY = 2.0
# A division named like its country ("Taiwan" province, "México" state) takes the same penalty,
# and so does one named like its seat, unless the division dwarfs the city: a seat with under
# this share of its division's people does not take the name ("Quebec" is the province of 8 million, "Quebec City" the city of
# 530,000; Kyiv, New York, São Paulo and Ankara hold a fifth or more of theirs).
SEAT_MIN_SHARE = 0.1

# `is_place_name` accepts a name matched only as an alternate when the place is at least this
# big: GeoNames alternates of villages include common words and surnames.
# (Hamm, Germany, has the alternate "Hamas").
ALTERNATE_NAME_MIN_POPULATION = 1_000_000


# An alternate name counts like an English name in the prior (an exonym: "Medina" for Madinah,
# "Mecca" for Makkah, "Cologne" for Köln) when the name is some place's own name too and the
# alternate's place is this many times bigger than every place bearing it, and at least
# EXONYM_MIN_POPULATION (a village's alternate is no exonym). Its kind stays KIND_ALTERNATE, so
# the name alone does not make a place ("White House" is an alternate of a large city).
EXONYM_FACTOR = 10
EXONYM_MIN_POPULATION = 100_000


@dataclass(frozen=True)
class Place:
    geonames_id: int | None
    name: str
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None  # name of the first-level division ("Texas", "Donetsk")
    lat: float | None
    lon: float | None
    population: int
    feature: str  # "country", "admin1", "admin2", "city", "region", "sea", "continent"
    admin1_code: str | None = None  # GeoNames' admin1 code within the country ("TX", "14")

    def geo(self) -> dict:
        """The record's `geo` object for this place."""
        return {
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "geonames_id": self.geonames_id,
            "feature": self.feature,
            "name": self.name,
        }


@dataclass(frozen=True)
class Candidate:
    """A place a name may refer to, with how the name matched and the context-free prior."""

    place: Place
    kind: int  # KIND_NAME, KIND_ALIAS, KIND_ENGLISH or KIND_ALTERNATE
    prior: float


def _exonyms(candidates: list[Candidate]) -> list[Candidate]:
    own = [c.place.population for c in candidates if c.kind != KIND_ALTERNATE]
    if not own:
        return candidates
    floor = max(EXONYM_MIN_POPULATION, EXONYM_FACTOR * max(own))
    return [
        Candidate(c.place, c.kind, c.prior - KIND_PRIOR[KIND_ALTERNATE] + KIND_PRIOR[KIND_ENGLISH])
        if c.kind == KIND_ALTERNATE and c.place.population >= floor
        else c
        for c in candidates
    ]


def default_index_path() -> Path:
    """Where this machine keeps the index: $XDG_CACHE_HOME/dateline (default ~/.cache/dateline)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dateline" / f"gazetteer-{index_fingerprint()}.sqlite"


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    def __init__(self, path: Path | str | None = None) -> None:
        path = Path(path) if path is not None else default_index_path()
        ensure_index(path)
        self.path = path
        # Read-only; one connection shared by the threads of a process (lookups are serialised).
        # The index is never written once built (a new build gets a new fingerprint and file), so
        # it is opened immutable: no file lock and no change check per query, which halves a
        # lookup (11 -> 5 us) and spares worker processes contending for the file's lock.
        self._db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._db_lock = threading.Lock()
        self._candidates = lru_cache(maxsize=50_000)(self._query)
        self._countries: dict[str, Place] | None = None  # ISO code -> country, read on first use
        self.admin1 = lru_cache(maxsize=4096)(self._admin1)

    def _query(self, key: str) -> tuple[Candidate, ...]:
        with self._db_lock:
            rows = self._db.execute(
                "SELECT p.geonames_id, p.name, p.country, p.admin1, p.lat, p.lon, p.population,"
                " p.feature, p.admin1_code, p.capital, n.kind FROM names n"
                " JOIN places p ON p.id = n.place WHERE n.key = ?",
                (key,),
            ).fetchall()
        candidates = []
        for *fields, capital, kind in rows:
            place = Place(*fields)
            prior = (
                math.log10(place.population + 1)
                + FEATURE_PRIOR.get(place.feature, 0.0)
                + KIND_PRIOR[kind]
                + (CAPITAL_PRIOR if capital else 0.0)
            )
            candidates.append(Candidate(place, kind, prior))
        candidates = _exonyms(candidates)
        countries = {c.place.country for c in candidates if c.place.feature == "country"}
        candidates = [
            Candidate(c.place, c.kind, c.prior - SEAT_DIVISION_PENALTY)
            if c.place.feature == "admin1" and c.kind != KIND_ALIAS and c.place.country in countries
            else c
            for c in candidates
        ]
        seats: dict[tuple, int] = {}
        for c in candidates:
            if c.place.feature == "city":
                key = (c.place.country, c.place.admin1_code)
                seats[key] = max(seats.get(key, 0), c.place.population)
        candidates = [
            Candidate(c.place, c.kind, c.prior - SEAT_DIVISION_PENALTY)
            if c.place.feature == "admin1"
            and c.kind != KIND_ALIAS
            and (c.place.country, c.place.admin1_code) in seats
            and seats[(c.place.country, c.place.admin1_code)] >= SEAT_MIN_SHARE * c.place.population
            else c
            for c in candidates
        ]
        candidates.sort(key=lambda c: (-c.prior, c.place.geonames_id or 0))
        return tuple(candidates)

    def candidates(self, name: str) -> list[Candidate]:
        """Every place the name may refer to, with its match kind and prior, most likely first."""
        key = normalize_name(name)
        return list(self._candidates(key)) if key else []

    def lookup(self, name: str) -> list[Place]:
        """Places named `name` (any spelling, case or diacritics; alternate and historical
        names), most likely first by a context-free prior (feature, population, name kind)."""
        return [candidate.place for candidate in self.candidates(name)]

    def is_place_name(self, name: str) -> bool:
        """True if `name` is a place's own name or a known alias, or an alternate name of a
        sizeable place (a village's alternate does not make a surname a place)."""
        return any(
            c.kind <= KIND_ENGLISH or c.place.population >= ALTERNATE_NAME_MIN_POPULATION
            for c in self.candidates(name)
            if c.kind <= KIND_ENGLISH or c.kind == KIND_ALTERNATE
        )

    def country(self, code: str) -> Place | None:
        """The country with ISO alpha-2 `code`."""
        if self._countries is None:
            with self._db_lock:
                rows = self._db.execute(
                    "SELECT geonames_id, name, country, admin1, lat, lon, population, feature, admin1_code"
                    " FROM places WHERE feature = 'country'"
                ).fetchall()
            self._countries = {row[2]: Place(*row) for row in rows}
        return self._countries.get(code.upper())

    def country_code(self, name: str) -> str | None:
        """The ISO alpha-2 code of a country given by its code ("GB", "gb") or a name the
        gazetteer knows ("United Kingdom", "Britain", "UK"); None for no country."""
        text = name.strip()
        if len(text) == 2 and text.isalpha() and self.country(text) is not None:
            return text.upper()
        for candidate in self.candidates(text):
            if candidate.place.feature == "country":
                return candidate.place.country
        return None

    def _admin1(self, country: str, admin1_code: str) -> Place | None:
        """The first-level division `admin1_code` of `country` (as `admin1`, cached)."""
        with self._db_lock:
            row = self._db.execute(
                "SELECT geonames_id, name, country, admin1, lat, lon, population, feature, admin1_code"
                " FROM places WHERE feature = 'admin1' AND country = ? AND admin1_code = ?",
                (country, admin1_code),
            ).fetchone()
        return Place(*row) if row else None

    def close(self) -> None:
        self._db.close()


__all__ = ["Candidate", "Gazetteer", "Place", "default_index_path", "distance_km", "KIND_ALTERNATE"]
