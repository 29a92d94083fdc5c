"""The Doc contract (dateline.doc): the article's facts, the layers, and the one failure guard."""

from __future__ import annotations

import pytest
import spacy

from dateline.doc import (
    ARTICLE,
    QUANTITIES,
    TIMES,
    WARNINGS,
    ArticleInfo,
    DatelineFacts,
    article_info,
    ensure_extensions,
    layer,
    set_article_info,
)

# An invented wire opener: "KANDAVA, Latvia, May 4 (Baltic Wire) - The mill reopened."
OPENER = "KANDAVA, Latvia, May 4 (Baltic Wire) - The mill reopened on Friday."
DATELINE = DatelineFacts(
    span=(0, 39), place="Kandava", place_span=(0, 7), region="Latvia",
    agency="Baltic Wire", agency_span=(24, 35), date_text="May 4", date_span=(17, 22),
)


def test_article_info_round_trips_through_plain_data():
    info = ArticleInfo(date="2024-05-04", dateline=DATELINE, paragraphs=((40, 66),), body=(40, 66))
    data = info.to_data()
    assert isinstance(data["dateline"], dict) and data["paragraphs"] == [[40, 66]]  # serialisable
    assert ArticleInfo.from_data(data) == info


def test_article_info_reads_what_a_user_sets_by_hand():
    nlp = spacy.blank("en")
    ensure_extensions(ARTICLE)
    doc = nlp("The mill reopened on Friday.")
    assert article_info(doc) is None
    doc._.dateline_article = {"date": "2024-05-04"}
    assert article_info(doc) == ArticleInfo(date="2024-05-04")
    set_article_info(doc, ArticleInfo(date="2024-05-03", dateline=DATELINE))
    assert article_info(doc).dateline.place == "Kandava"


def test_the_dateline_hands_on_its_region_and_date():
    assert DATELINE.confirmed
    assert DATELINE.region_span == (9, 15) and OPENER[9:15] == "Latvia"
    blanked = " " * 39 + OPENER[39:]
    restored = DATELINE.with_date(blanked)
    assert restored[17:22] == "May 4" and restored.strip().startswith("May 4")
    assert len(restored) == len(blanked)
    assert not DatelineFacts(span=(0, 9), place="SOCCER").confirmed


def _broken(*args, **kwargs):
    raise RuntimeError("invented bug")


@pytest.mark.parametrize(
    ("factory", "config", "extension", "code"),
    [
        ("dateline_times", {"anchor": "2024-05-04"}, TIMES, "W021"),
        ("dateline_quantities", {}, QUANTITIES, "W050"),
    ],
)
def test_a_bug_costs_only_its_own_layer(monkeypatch, factory, config, extension, code):
    nlp = spacy.blank("en")
    component = nlp.add_pipe(factory, config=config)
    monkeypatch.setattr(type(component), "predict", _broken)
    doc = nlp("About 300 workers returned on Friday.")
    assert [w["code"] for w in layer(doc, WARNINGS)] == [code]
    assert "invented bug" in layer(doc, WARNINGS)[0]["message"]
    assert not layer(doc, extension)


def test_a_failing_layer_leaves_the_others_in_the_record(pipeline, monkeypatch):
    times = pipeline.nlp.get_pipe("dateline_times")
    monkeypatch.setattr(type(times), "predict", _broken)
    record = pipeline.analyze("The mill in Kandava reopened on Friday, and 300 workers returned.\n", date="2024-05-04")
    assert record.times == []
    assert "W021" in [w.code for w in record.warnings]
    assert record.quantities and record.entities  # the other layers ran


@pytest.mark.parametrize(
    "name",
    ["dateline_ner_corrections", "dateline_entities", "dateline_coreference", "dateline_places",
     "dateline_quotes", "dateline_times", "dateline_quantities"],
)
def test_every_component_call_is_guarded(pipeline, name):
    call = type(pipeline.nlp.get_pipe(name)).__call__
    assert hasattr(call, "__wrapped__"), f"{name}: decorate __call__ with dateline.doc.guarded"


def test_the_pipeline_opens_one_gazetteer_for_all_components(pipeline):
    opened = pipeline.gazetteer
    assert opened is not None
    assert pipeline.nlp.get_pipe("dateline_places").gazetteer is opened
    for name in ("dateline_ner_corrections", "dateline_entities", "dateline_coreference"):
        assert pipeline.nlp.get_pipe(name).places.gazetteer is opened
