"""The offline gazetteer: names (any spelling, historical or alternate) -> GeoNames places."""

from __future__ import annotations

import pytest

from dateline.gazetteer import Gazetteer, Place, distance_km, ensure_index, normalize_name
from dateline.lexicons.demonyms import DEMONYMS
from dateline.lexicons.places import COUNTRY_ALIASES, PLACE_ALIASES


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer()


def test_normalize_name_folds_case_diacritics_punctuation_and_saint():
    assert normalize_name("São Paulo") == normalize_name("SAO PAULO") == "sao paulo"
    assert normalize_name("St. Petersburg") == normalize_name("Saint Petersburg")
    assert normalize_name("the United States") == normalize_name("United States")
    assert normalize_name("Łódź") == "lodz"


@pytest.mark.parametrize(
    ("name", "expected", "country"),
    [
        ("Kiev", "Kyiv", "UA"),
        ("Leningrad", "Saint Petersburg", "RU"),
        ("Bombay", "Mumbai", "IN"),
        ("Bishkek", "Bishkek", "KG"),
        ("Mariupol", "Mariupol", "UA"),
        ("Bakhmut", "Bakhmut", "UA"),
        ("East Jerusalem", "East Jerusalem", "PS"),
        ("Gaza City", "Gaza", "PS"),
        ("moscow", "Moscow", "RU"),
        ("Paris", "Paris", "FR"),
        ("Sao Paulo", "São Paulo", "BR"),
        ("Washington", "Washington", "US"),
    ],
)
def test_lookup_most_likely_city_first(gazetteer, name, expected, country):
    best = gazetteer.lookup(name)[0]
    assert (best.name, best.country) == (expected, country)
    assert best.feature == "city"
    assert best.lat is not None and best.lon is not None and best.geonames_id


def test_countries_have_geonames_points(gazetteer):
    turkey = gazetteer.lookup("Turkey")[0]
    assert (turkey.feature, turkey.country, turkey.lat, turkey.lon) == ("country", "TR", 39.0, 35.0)
    assert gazetteer.lookup("the United States")[0].country == "US"
    assert gazetteer.lookup("U.S.")[0].country == "US"
    assert gazetteer.lookup("Britain")[0].country == "GB"
    # A country without a GeoNames point in country_points.tsv takes its capital's point.
    palestine = gazetteer.country("PS")
    assert palestine is not None and palestine.lat is not None


def test_regions_divisions_and_continents(gazetteer):
    middle_east = gazetteer.lookup("the Middle East")[0]
    assert middle_east.feature == "region" and middle_east.lat is not None
    texas = gazetteer.lookup("Texas")[0]
    assert (texas.feature, texas.country, texas.admin1_code) == ("admin1", "US", "TX")
    assert distance_km(texas.lat, texas.lon, 31.0, -99.0) < 250
    assert gazetteer.lookup("Europe")[0].feature == "continent"
    assert gazetteer.lookup("Gaza Strip")[0].country == "PS"
    assert gazetteer.lookup("West Bank")[0].country == "PS"


def test_cities_carry_their_division(gazetteer):
    paris_texas = next(p for p in gazetteer.lookup("Paris") if p.country == "US" and p.admin1_code == "TX")
    assert paris_texas.admin1 == "Texas"


def test_is_place_name(gazetteer):
    for name in ("Kyiv", "Mariupol", "Bishkek", "Leningrad", "Ukraine", "Middle East"):
        assert gazetteer.is_place_name(name), name
    # Hamm, Germany, lists "Hamas" among its alternate names: not enough to make it a place.
    for name in ("Hamas", "Putin", "Reuters", "", "   "):
        assert not gazetteer.is_place_name(name), name


def test_geo_dict_shape():
    place = Place(1528675, "Bishkek", "KG", "Bishkek", 42.87, 74.59, 900000, "city", "01")
    assert place.geo() == {
        "country": "KG", "admin1": "Bishkek", "lat": 42.87, "lon": 74.59,
        "geonames_id": 1528675, "feature": "city", "name": "Bishkek",
    }


def test_curated_aliases_resolve(gazetteer):
    for alias, code in COUNTRY_ALIASES.items():
        assert any(p.feature == "country" and p.country == code for p in gazetteer.lookup(alias)), alias
    for alias, gid in PLACE_ALIASES.items():
        assert any(p.geonames_id == gid for p in gazetteer.lookup(alias)), alias


def test_demonyms_map_to_indexed_countries(gazetteer):
    assert DEMONYMS["Syrian"] == "SY" and DEMONYMS["Ukrainian"] == "UA" and DEMONYMS["Israeli"] == "IL"
    assert DEMONYMS["Syrians"] == "SY" and DEMONYMS["Israelis"] == "IL" and DEMONYMS["Britons"] == "GB"
    assert "Chineses" not in DEMONYMS and "Laos" not in DEMONYMS
    for code in set(DEMONYMS.values()):
        assert gazetteer.country(code) is not None, code


_BUILD_AND_OPEN = """
import json, sys
from pathlib import Path
from dateline.gazetteer import Gazetteer, ensure_index
path = Path(sys.argv[1])
built = ensure_index(path, city_population=15000)
gazetteer = Gazetteer(path)
print(json.dumps({"built": built, "kiev": gazetteer.lookup("Kiev")[0].name}))
"""


def test_two_processes_building_the_index_at_once(tmp_path):
    """A fresh machine where two processes want the index at the same moment (n_process=2, or
    pytest and a subprocess): one builds, the other waits and opens it; no partial file is seen
    and no temporary file is left. (cities15000 keeps the build short.)"""
    import json
    import subprocess
    import sys

    path = tmp_path / "cache" / "gazetteer-test.sqlite"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _BUILD_AND_OPEN, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    assert sorted(r["built"] for r in results) == [False, True]
    assert all(r["kiev"] == "Kyiv" for r in results)
    assert [p.name for p in path.parent.iterdir() if p.suffix == ".tmp"] == []
    assert ensure_index(path) is False  # there now: nothing to build


def test_exonyms_heads_and_county_abbreviation(gazetteer):
    # GeoNames lists "Mecca" and "Medina" only as alternates of Makkah and Madinah; towns in
    # California and Ohio bear them as their own names but are a hundred times smaller.
    assert gazetteer.lookup("Mecca")[0].country == "SA"
    assert gazetteer.lookup("Medina")[0].country == "SA"
    # "Marburg" is the name in use of Marburg an der Lahn.
    assert gazetteer.lookup("Marburg")[0].country == "DE"
    # "Co." is "County": "PLYMOUTH CO." and "Plymouth County" share a key.
    assert normalize_name("PLYMOUTH CO.") == normalize_name("Plymouth County")
    assert gazetteer.lookup("Plymouth Co.")[0].feature == "admin2"


def test_divisions_against_their_seat_and_their_country(gazetteer):
    # A province of 8 million is "Quebec"; a seat holding a fifth of its division keeps the name.
    assert gazetteer.lookup("Quebec")[0].feature == "admin1"
    assert gazetteer.lookup("Ankara")[0].feature == "city"
    # A division named like its country yields to the country.
    assert gazetteer.lookup("Taiwan")[0].feature == "country"


def test_former_countries_and_divisions(gazetteer):
    ussr = gazetteer.lookup("USSR")[0]
    assert (ussr.name, ussr.feature) == ("Soviet Union", "former country") and ussr.lat is not None
    assert gazetteer.lookup("Rhodesia")[0].country == "ZW"
    nyanza = gazetteer.lookup("Nyanza Province")[0]
    assert (nyanza.country, nyanza.feature) == ("KE", "former division")
