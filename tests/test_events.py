"""dateline_events: who did what to whom, on invented wire stories (tests/fixtures/events/)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.record import span_problems
from conftest import FIXTURES

STORY = FIXTURES / "events" / "minsk-2024-05-17-border.txt"


@pytest.fixture(scope="module")
def record(pipeline):
    return pipeline.analyze(STORY.read_text(encoding="utf-8"))


def _said(record, span):
    return record.text[span[0]:span[1]] if span else None


def _entity(record, entity_id):
    return next((e.name for e in record.entities if e.id == entity_id), None)


def _event(record, words):
    for event in record.events:
        if _said(record, event.predicate.span).startswith(words):
            return event
    raise AssertionError(f"no event {words!r} in {[ _said(record, e.predicate.span) for e in record.events]}")


def test_a_warning_between_leaders_with_its_day(record):
    event = _event(record, "warned")
    assert event.category == "DISAPPROVE"
    assert _entity(record, event.subject) == "Alyaksandr Lukashenko"
    assert _entity(record, event.object) == "Lithuania"
    assert record.times[event.time].text == "Friday"
    assert not event.negated and event.quote is None


def test_a_call_for_people_to_leave_is_a_demand(record):
    event = _event(record, "called for")
    assert event.category == "DEMAND"
    assert "interior ministry" in _said(record, event.subject_span)
    assert "lorry drivers" in _said(record, event.object_span)


def test_talks_with_their_place_and_partners(record):
    event = _event(record, "held talks")
    assert event.category == "CONSULT"
    assert _entity(record, event.subject) == "Maxim Ryzhenkov"
    assert _entity(record, event.place) == "Minsk"
    assert "ambassadors" in _said(record, event.object_span)
    assert record.times[event.time].text == "Thursday"


def test_a_conditional_promise_inside_a_quote_is_a_claim(record):
    event = _event(record, "reopen")
    assert event.quote is not None
    quote = next(q for q in record.quotes if q.id == event.quote)
    assert quote.speaker is not None and quote.speaker.name == "Alyaksandr Lukashenko"


def test_an_arrest_by_border_guards(record):
    event = _event(record, "arrested")
    assert event.category == "COERCE" and event.mode == "detain"
    assert "border guards" in _said(record, event.subject_span)
    assert "smugglers" in _said(record, event.object_span)
    assert record.times[event.time].text == "Wednesday"


def test_a_denied_act_is_negated(record):
    event = _event(record, "expel")
    assert event.category == "SANCTION" and event.negated
    assert _entity(record, event.subject) == "Latvia"


def test_a_nominal_act_owned_by_its_day_has_no_actor_from_the_day(record):
    for event in record.events:
        if event.subject_span:
            assert _said(record, event.subject_span) not in ("Sunday's", "Sunday")


def test_every_span_and_link_holds(record):
    assert span_problems(record) == []
    assert record.events, "the story reports acts"


@pytest.mark.parametrize(
    ("text", "category", "mode"),
    [
        ("Iran threatened on Monday to launch a new offensive against the rebels.", "THREATEN", "FIGHT"),
        ("The rebels said they would release the hostages on Sunday.", "AGREE", None),
        ("The minister said the company must return the land to the villagers.", "DEMAND", None),
        ("Gunmen attacked a police station in the north of the country.", "ASSAULT", None),
        ("The opposition leader attacked the government's plans for the health service.", "DISAPPROVE", None),
        ("The union said it will not accept the offer from the employers.", "REJECT", None),
        ("Thousands of students staged a protest outside parliament.", "PROTEST", "demo-spon"),
    ],
)
def test_categories_of_common_news_clauses(pipeline, text, category, mode):
    record = pipeline.analyze(text, date="2024-05-17")
    assert record.events, text
    main = max(record.events, key=lambda e: e.span[1] - e.span[0])
    assert (main.category, main.mode) == (category, mode), [(e.category, e.mode, e.predicate.lemma) for e in record.events]


def test_figures_of_speech_are_no_violence(pipeline):
    record = pipeline.analyze("The new tax would kill the scheme, the chancellor said.", date="2024-05-17")
    assert all(e.category != "ASSAULT" for e in record.events)


def test_events_in_the_corpus(tmp_path):
    db = tmp_path / "events.db"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(STORY), "--db", str(db)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["events", "--db", str(db), "--actor", "Lukashenko", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert any(r["category"] == "DISAPPROVE" and r["target"] == "Lithuania" for r in rows)
    result = runner.invoke(app, ["events", "--db", str(db), "--category", "coerce", "--json"])
    rows = json.loads(result.stdout)
    assert [r["lemma"] for r in rows] == ["arrest"]
    result = runner.invoke(app, ["events", "--db", str(db), "--category", "BOMB"])
    assert result.exit_code == 1 and "not a PLOVER category" in result.stderr
    result = runner.invoke(app, ["entity", "--db", str(db), "Lukashenko", "--json"])
    profile = json.loads(result.stdout)
    assert profile["events"]["as_source"] >= 1
    result = runner.invoke(app, ["entity", "--db", str(db), "Lithuania", "--json"])
    assert json.loads(result.stdout)["events"]["as_target"] >= 1
