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
    gazetteer = Gazetteer()
    resolver = PlaceResolver(gazetteer=gazetteer)
    assert resolver.gazetteer is gazetteer
    doc = resolver(spacy.blank("en")("Nothing here."))
    assert doc._.dateline_places == []


# -- Behaviour added for the geo2 work: each test is an invented sentence in wire style. ----------


def _blank_places(text: str, patterns: list[tuple[str, str]]) -> dict:
    """Places of `text` in a blank pipeline whose entities are exactly `patterns`."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": label, "pattern": pattern} for label, pattern in patterns])
    nlp.add_pipe("dateline_entities")
    nlp.add_pipe("dateline_places")
    doc = nlp(text)
    return {p["name"]: p for p in doc._.dateline_places}, doc


def test_diseases_named_after_places_are_not_places():
    places, _ = _blank_places(
        "Mosquitoes tested positive for West Nile virus. A nurse tested negative for Ebola, "
        "and a lab in Marburg studied the samples.",
        [("GPE", "West Nile"), ("GPE", "Ebola"), ("GPE", "Marburg")],
    )
    assert "West Nile" not in places and "Ebola" not in places
    assert places["Marburg"]["geo"]["country"] == "DE"  # "in Marburg": the town


def test_a_list_of_states_is_states_and_a_list_of_countries_is_countries():
    places, _ = _blank_places(
        "Cases were reported in Ohio, Oregon, South Carolina and Idaho. Officials in Mexico, China, "
        "Japan and Brazil reported cases too.",
        [("GPE", n) for n in ("Ohio", "Oregon", "South Carolina", "Idaho", "Mexico", "China", "Japan", "Brazil")],
    )
    oregon = places["Oregon"]["geo"]
    assert (oregon["feature"], oregon["country"], oregon["admin1"]) == ("admin1", "US", "Oregon")
    assert (places["China"]["geo"]["feature"], places["China"]["geo"]["country"]) == ("country", "CN")


def test_division_cue_and_qualifier_container():
    places, _ = _blank_places(
        "The cow came from a Washington state farm. Samples went to the CDC in Atlanta, Georgia.",
        [("GPE", "Washington"), ("GPE", "Atlanta"), ("GPE", "Georgia")],
    )
    assert places["Washington"]["geo"]["feature"] == "admin1"
    georgia = places["Georgia"]["geo"]
    assert (georgia["country"], georgia["feature"]) == ("US", "admin1")  # "Atlanta, Georgia": the state


def test_names_the_entity_layer_cut_are_repaired():
    # The NER (here the ruler) gives "Edward Island" and "Santa Ana City Council": the places
    # layer widens the first to the province and narrows the second to the city.
    places, doc = _blank_places(
        "Bird flu was found on a farm in Prince Edward Island. In California, the Santa Ana City Council "
        "met on Monday.",
        [("GPE", "Edward Island"), ("GPE", "Santa Ana City Council"), ("GPE", "California")],
    )
    pei = places["Prince Edward Island"]
    assert (pei["geo"]["country"], pei["geo"]["feature"]) == ("CA", "admin1")
    assert doc.text[slice(*pei["span"])] == "Prince Edward Island"
    santa_ana = places["Santa Ana"]
    assert santa_ana["geo"]["country"] == "US" and doc.text[slice(*santa_ana["span"])] == "Santa Ana"


def test_places_inside_organisation_names():
    places, doc = _blank_places(
        "Kentucky State Police said the driver was taken to a hospital. The University of Manitoba "
        "confirmed the study.",
        [("ORG", "Kentucky State Police"), ("ORG", "University of Manitoba")],
    )
    kentucky, manitoba = places["Kentucky"], places["Manitoba"]
    assert kentucky["entity"] is None and kentucky["geo"]["feature"] == "admin1"
    assert manitoba["geo"]["country"] == "CA" and doc.text[slice(*manitoba["span"])] == "Manitoba"


def test_places_the_text_introduces():
    places, doc = _blank_places(
        "The virus was found in the village of Zorbanitsa and in Hugo, Oklahoma, officials said.",
        [],
    )
    assert places["Zorbanitsa"]["geo"] is None  # detected, not in the gazetteer: no point
    assert places["Zorbanitsa"]["candidates"] == 0
    hugo = places["Hugo"]["geo"]
    assert (hugo["country"], hugo["admin1"]) == ("US", "Oklahoma")
    codes = [w["code"] for w in doc._.dateline_warnings]
    assert "W031" in codes


def test_former_countries_and_congo():
    places, _ = _blank_places(
        "The Soviet Union tested the strain. The outbreak in Congo spread to Kinshasa.",
        [("GPE", "Soviet Union"), ("GPE", "Congo"), ("GPE", "Kinshasa")],
    )
    assert places["Soviet Union"]["geo"]["feature"] == "former country"
    assert places["Congo"]["geo"]["country"] == "CD"
    places, _ = _blank_places(
        "Health workers in the Republic of Congo said Congo had closed roads near Brazzaville.",
        [("GPE", "Republic of Congo"), ("GPE", "Congo"), ("GPE", "Brazzaville")],
    )
    assert places["Congo"]["geo"]["country"] == "CG"  # the story named the Republic in full


def test_dateline_region_is_a_place(pipeline):
    record = pipeline.analyze(
        " date 2024-03-02 COLUMBIA, Ky. (WXYZ) - A fire destroyed a barn on Tuesday, the fire chief said.\n"
    )
    spans = {tuple(s): p for p in record.places for s in p.spans}
    region = next((p for (start, end), p in spans.items() if record.text[start:end] == "Ky."), None)
    assert region is not None and region.geo.country == "US" and region.geo.name == "Kentucky"
