"""The places layer: toponyms geocoded with the story's context, ranked by focus."""

from __future__ import annotations

import spacy
import pytest

from dateline.gazetteer import Gazetteer
from dateline.places import PlaceResolver


def _by_name(record) -> dict:
    return {p.name: p for p in record.places}


@pytest.fixture(scope="module")
def tbilisi(pipeline, fixture_text_module):
    return pipeline.analyze(fixture_text_module("places-tbilisi.txt"))


@pytest.fixture(scope="module")
def fixture_text_module():
    from conftest import FIXTURES

    return lambda name: (FIXTURES / name).read_text(encoding="utf-8")


def test_invented_story_places(tbilisi):
    record = tbilisi
    places = _by_name(record)
    geo = {name: (p.geo.country, p.geo.feature) if p.geo else None for name, p in places.items()}
    # The dateline's place, in Georgia the country: its country decides "Georgia" below.
    tbilisi_place = next(p for p in record.places if p.kind == "dateline")
    assert tbilisi_place.name.lower() == "tbilisi" and tbilisi_place.geo.country == "GE"
    georgia = next(p for n, p in places.items() if n.startswith("Georgia"))
    assert (georgia.geo.country, georgia.geo.feature) == ("GE", "country")
    assert geo["Moscow"] == ("RU", "city")
    assert geo["Kiev"] == ("UA", "city") and places["Kiev"].geo.name == "Kyiv"
    assert places["Paris"].geo.country == "US" and places["Paris"].geo.admin1 == "Texas"
    assert geo["Gaza City"] == ("PS", "city")
    assert places["West Bank"].geo.country == "PS"  # the entity layer names it without "the"
    assert places["Middle East"].geo.feature == "region"
    syrian = places["Syrian"]
    assert syrian.kind == "demonym" and syrian.geo.country == "SY"
    # Every geocoded place has a point, every span slices the record's text to the mention.
    for place in record.places:
        if place.geo is not None:
            assert place.geo.lat is not None and place.geo.lon is not None
        for start, end in place.spans:
            assert record.text[start:end].strip()
    # Ranks are 1..n, most central first; the dateline's place is among the top three.
    assert [p.rank for p in record.places] == list(range(1, len(record.places) + 1))
    assert tbilisi_place.rank <= 3


def test_entities_get_the_geo_of_their_place(tbilisi):
    entities = {e.id: e for e in tbilisi.entities}
    for place in tbilisi.places:
        if place.entity and place.geo and place.kind != "demonym":
            assert entities[place.entity].geo == place.geo


def test_sample_style_story_with_dateline_linked(pipeline):
    text = (
        " date 2023-10-13 BISHKEK (Reuters) -Russian President Vladimir Putin warned Israel on Friday "
        "against a siege of Gaza like the siege of Leningrad.\n\n"
        "Putin spoke at a summit in Kyrgyzstan. He said Moscow was ready to help, and that Kyiv and "
        "the United States had ignored the Middle East.\n\n"
        "He also named Iran, Lebanon and East Jerusalem, and the fighting in Ukraine around Bakhmut.\n"
    )
    record = pipeline.analyze(text)
    countries = {}
    for place in record.places:
        if place.geo is not None:
            countries.setdefault(place.geo.name, place.geo.country)
    for name, country in [
        ("Bishkek", "KG"), ("Saint Petersburg", "RU"), ("Moscow", "RU"), ("Kyrgyzstan", "KG"),
        ("Israel", "IL"), ("Iran", "IR"), ("Lebanon", "LB"), ("Ukraine", "UA"), ("United States", "US"),
        ("East Jerusalem", "PS"), ("Bakhmut", "UA"),
    ]:
        assert countries.get(name) == country, (name, countries)
    assert any(p.geo and p.geo.country == "PS" for p in record.places if p.name == "Gaza")
    assert countries.get("Middle East") is None and "Middle East" in countries
    dateline_place = next(p for p in record.places if p.kind == "dateline")
    assert dateline_place.geo.name == "Bishkek"
    if dateline_place.entity is not None:
        assert record.dateline.place_entity == dateline_place.entity


def test_component_in_a_blank_pipeline():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "GPE", "pattern": "Paris"},
            {"label": "GPE", "pattern": "Texas"},
            {"label": "GPE", "pattern": "Springfield"},
            {"label": "PERSON", "pattern": "Kyiv"},
            {"label": "NORP", "pattern": "Syrian"},
        ]
    )
    nlp.add_pipe("dateline_entities")
    nlp.add_pipe("dateline_places")
    doc = nlp("She grew up in Paris, Texas, far from Springfield. The Kyiv regime and Syrian forces were named.")
    places = {p["name"]: p for p in doc._.dateline_places}
    assert places["Paris"]["geo"]["country"] == "US" and places["Paris"]["geo"]["admin1"] == "Texas"
    assert places["Kyiv"]["geo"]["country"] == "UA"  # typed PERSON, promoted by "regime"
    assert places["Syrian"]["kind"] == "demonym" and places["Syrian"]["geo"]["country"] == "SY"
    # Springfield (Missouri, Massachusetts, Illinois, ...) with nothing to choose by: no point.
    assert places["Springfield"]["geo"] is None and places["Springfield"]["candidates"] > 1
    codes = [w["code"] for w in doc._.dateline_warnings]
    assert "W030" in codes


def test_no_entities_no_places():
    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_entities")
    nlp.add_pipe("dateline_places")
    doc = nlp("Nothing here names a place.")
    assert doc._.dateline_places == []


def test_resolver_built_without_registry():
    resolver = PlaceResolver(gazetteer=Gazetteer.shared())
    assert resolver.gazetteer is Gazetteer.shared()
