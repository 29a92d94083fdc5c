"""The times layer: TimeML extents and TIMEX3 values against the article's date."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from conftest import FIXTURES, shared_path
from dateline.times import normalise as cal
from dateline.times.component import TimeTagger

ANCHOR = "2024-03-15"  # a Friday


def times_of(nlp, text: str, anchor: str | None = ANCHOR) -> list[dict]:
    """The times of a sentence run through the real model with dateline_times at `anchor`."""
    doc = nlp.make_doc(text)
    doc._.dateline_article = {"date": anchor} if anchor else None
    doc = nlp(doc)
    return doc._.dateline_times


def by_text(times: list[dict]) -> dict[str, dict]:
    return {t["text"]: t for t in times}


# -- the invented wire story (the Bishkek sample's shape) -----------------------------------------


@pytest.fixture(scope="module")
def story(pipeline):
    return pipeline.analyze((FIXTURES / "times-wire-story.txt").read_text(encoding="utf-8"))


def test_story_times_follow_timeml(story):
    times = {t.text: t for t in story.times}
    # "on Friday" in a story dated Friday: the article's own day, extent without "on".
    assert times["Friday"].value == "2024-03-15" and times["Friday"].type == "DATE"
    # "Saturday's landslide": the Saturday before, extent without "'s".
    assert times["Saturday"].value == "2024-03-09"
    assert times["February 2022"].value == "2022-02"
    approx = times["nearly 20 months"]
    assert (approx.type, approx.value, approx.mod) == ("DURATION", "P20M", "APPROX")
    assert times["24 hours"].value == "PT24H"  # "within 24 hours": the preposition stays out
    closure = times["1941-44"]
    assert (closure.begin, closure.end) == ("1941", "1944")
    week = times["the past week"]
    assert (week.type, week.value, week.begin, week.end) == ("DURATION", "P1W", "2024-03-08", "2024-03-15")
    # "Talks will resume on Monday": the verb looks ahead.
    assert times["Monday"].value == "2024-03-18"
    assert times["next month"].value == "2024-04"


def test_story_spans_slice_the_record_text(story):
    for t in story.times:
        assert story.text[t.span[0] : t.span[1]] == t.text
    assert not any("on Friday" == t.text or t.text.startswith("within") for t in story.times)


def test_story_quantities(story):
    quantities = {q.text: q for q in story.quantities}
    people = quantities["More than 2 million people"]
    assert (people.value, people.unit, people.counted, people.mod) == (2_000_000, "people", "people", "MORE_THAN")
    freight = quantities["more than 1 million tonnes"]
    assert (freight.value, freight.unit, freight.kind, freight.mod) == (1_000_000, "t", "measure", "MORE_THAN")
    # Years, the date header and durations are not quantities.
    assert not any(q.text in {"2022", "1941", "20 months", "24 hours"} for q in story.quantities)


# -- rules, through the real model ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "type_", "value"),
    [
        ("The minister said last week that talks had failed.", "last week", "DATE", "2024-W10"),
        ("Prices rose this year and will rise next year.", "this year", "DATE", "2024"),
        ("Prices rose this year and will rise next year.", "next year", "DATE", "2025"),
        ("The company said third-quarter profit fell.", "third-quarter", "DATE", "2023-Q3"),
        ("Sales in the fourth quarter of 2022 were weak.", "the fourth quarter of 2022", "DATE", "2022-Q4"),
        ("Inflation in the 1990s was lower.", "1990s", "DATE", "199"),
        ("The ministry said yesterday it had no comment.", "yesterday", "DATE", "2024-03-14"),
        ("The shelling is now heavier.", "now", "DATE", "PRESENT_REF"),
        ("The group recently changed its name.", "recently", "DATE", "PAST_REF"),
        ("Buses run every week from the capital.", "every week", "SET", "P1W"),
        ("The report was filed on Oct. 3, 2023.", "Oct. 3, 2023", "DATE", "2023-10-03"),
        ("The vote took place on Tuesday.", "Tuesday", "DATE", "2024-03-12"),
        ("The ministers will meet on Tuesday.", "Tuesday", "DATE", "2024-03-19"),
        ("Officials expect a decision in May.", "May", "DATE", "2024-05"),
        ("The ceasefire collapsed in November.", "November", "DATE", "2023-11"),
        ("Flights resumed at 6:30 p.m. local time.", "6:30 p.m. local time", "TIME", "2024-03-15T18:30"),
        ("The strike lasted two weeks.", "two weeks", "DURATION", "P2W"),
        ("The siege lasted more than four years.", "more than four years", "DURATION", "P4Y"),
        ("The plant opened three years ago.", "three years ago", "DATE", "2021"),
        ("Talks resume in early April.", "early April", "DATE", "2024-04"),
    ],
)
def test_expressions(nlp, sentence, text, type_, value):
    found = by_text(times_of(nlp, sentence))
    assert text in found, f"{text!r} not found in {found}"
    assert (found[text]["type"], found[text]["value"]) == (type_, value)


def test_modifiers_inside_the_extent(nlp):
    found = by_text(times_of(nlp, "The siege lasted more than four years and at least 72 hours of shelling followed in early April."))
    assert found["more than four years"]["mod"] == "MORE_THAN"
    assert found["at least 72 hours"]["mod"] == "EQUAL_OR_MORE"
    assert found["early April"]["mod"] == "START"


def test_no_time_in_non_temporal_words(nlp):
    found = times_of(nlp, "She may march with Jan Kavan and 2,000 others; the 6-year-old boy and 1,990 people waited.")
    assert found == []


# -- the component in someone else's pipeline ------------------------------------------------------


def test_blank_pipeline_with_anchor_in_config():
    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_times", config={"anchor": "2023-10-13"})
    doc = nlp("Israel's military gave civilians 24 hours to leave after Saturday's attack, officials said on Friday.")
    found = by_text(doc._.dateline_times)
    assert found["Saturday"]["value"] == "2023-10-07"
    assert found["Friday"]["value"] == "2023-10-13"
    assert found["24 hours"]["value"] == "PT24H"


def test_blank_pipeline_without_anchor_keeps_relative_values():
    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_times")
    doc = nlp("The talks ended on Friday, and yesterday the envoy left; the accord dates from March 1998.")
    found = by_text(doc._.dateline_times)
    assert found["Friday"]["value"] == "XXXX-WXX-5"
    assert found["yesterday"]["value"] is None
    assert found["March 1998"]["value"] == "1998-03"


def test_article_date_wins_over_config_and_bad_date_warns():
    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_times", config={"anchor": "2000-01-01"})
    doc = nlp.make_doc("It happened yesterday.")
    doc._.dateline_article = {"date": "2023-10-13"}
    assert nlp(doc)._.dateline_times[0]["value"] == "2023-10-12"
    doc = nlp.make_doc("It happened yesterday.")
    doc._.dateline_article = {"date": "13/10/2023"}
    doc = nlp(doc)
    assert doc._.dateline_times[0]["value"] == "1999-12-31"  # the configured anchor
    assert [w["code"] for w in doc._.dateline_warnings] == ["W020"]


def test_class_builds_without_the_registry():
    tagger = TimeTagger(anchor=dt.date(2023, 10, 13))
    nlp = spacy.blank("en")
    from dateline.language import ensure_doc_extension

    ensure_doc_extension("dateline_times")
    doc = tagger(nlp("It was announced on Friday."))
    assert doc._.dateline_times[0]["value"] == "2023-10-13"


# -- calendar arithmetic ---------------------------------------------------------------------------


def test_weekday_resolution():
    friday = dt.date(2023, 10, 13)
    assert cal.weekday_date(friday, 5, "PAST") == friday  # the story's own day
    assert cal.weekday_date(friday, 6, "PAST") == dt.date(2023, 10, 7)
    assert cal.weekday_date(friday, 1, "FUTURE") == dt.date(2023, 10, 16)
    assert cal.weekday_date(friday, 5, None, direction=-1) == dt.date(2023, 10, 6)
    assert cal.weekday_date(friday, 5, None, direction=1) == dt.date(2023, 10, 20)


@pytest.mark.parametrize(
    ("amount", "unit", "value"),
    [(20, "months", "P20M"), (24, "hour", "PT24H"), (None, "years", "PXY"), (1.5, "hour", "PT1H30M"),
     (1, "decade", "P10Y"), (2, "quarters", "P2Q"), (2, "fortnight", "P4W"), (5.5, "years", "P5Y6M")],
)
def test_durations(amount, unit, value):
    assert cal.duration(amount, unit) == value


def test_month_and_year_choice():
    october = dt.date(1989, 11, 2)
    assert cal.month_year(october, 1, None) == 1990  # nearest January
    assert cal.month_year(october, 1, "PAST") == 1989
    assert cal.month_day_year(dt.date(2000, 1, 5), 1, 14, "PAST") == 2000  # days ahead, still this year
    assert cal.month_day_year(dt.date(2000, 1, 5), 12, 28, None) == 1999
    assert cal.holiday_date(1999, "thanksgiving") == dt.date(1999, 11, 25)
    assert cal.easter(2024) == dt.date(2024, 3, 31)


def test_real_sample_story(pipeline):
    """The issue's expectations on the Reuters sample (skipped where ../shared is absent)."""
    record = pipeline.analyze(shared_path("samples", "reuters-2023-10-13-bishkek.txt").read_text(encoding="utf-8"))
    times = {(t.text, t.value, t.mod, t.begin, t.end) for t in record.times}
    assert ("Friday", "2023-10-13", None, None, None) in times
    assert ("Saturday", "2023-10-07", None, None, None) in times
    assert ("February 2022", "2022-02", None, None, None) in times
    assert ("nearly 20 months", "P20M", "APPROX", None, None) in times
    assert ("1941-44", "P4Y", None, "1941", "1944") in times
    assert ("24 hours", "PT24H", None, None, None) in times
    assert ("the past week", "P1W", None, "2023-10-06", "2023-10-13") in times
    quantities = {(q.text, q.value, q.mod, q.counted) for q in record.quantities}
    assert ("More than 2 million people", 2_000_000, "MORE_THAN", "people") in quantities
    assert ("more than 1 million people", 1_000_000, "MORE_THAN", "people") in quantities
