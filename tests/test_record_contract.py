"""The record contract (FORMAT.md, `dateline/1`): shape, ids, spans, and a pinned JSON Schema."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from conftest import FIXTURES
from dateline.cli import app
from dateline.record import SCHEMA, ArticleRecord, record_id, record_json_schema, span_problems

SCHEMA_FILE = FIXTURES / "record.schema.json"


def test_json_schema_is_pinned():
    """A change to the record's shape must be deliberate: regenerate the pinned file with
    `dateline schema > tests/fixtures/record.schema.json` and say so in the commit."""
    assert record_json_schema() == json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def test_schema_command_prints_the_schema():
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == record_json_schema()


def test_record_from_a_wire_story(pipeline, fixture_text):
    text = fixture_text("wire/tbilisi-2024-05-17-protest.txt")
    record = pipeline.analyze(text)
    data = json.loads(record.to_json())
    assert data["schema"] == SCHEMA == "dateline/1"
    assert data["id"] == record_id(text) and len(data["id"]) == 16
    assert data["text"] == text
    for key in ("credits", "paragraphs", "sections", "noise", "entities", "quotes", "times", "quantities", "events", "warnings"):
        assert isinstance(data[key], list)
    assert data["title"] is None  # unknown is null, never a guess
    assert span_problems(record) == []
    # Round trip: the JSON is the record.
    assert ArticleRecord.model_validate_json(record.to_json()) == record


def test_same_text_same_id_different_text_different_id(pipeline):
    a = pipeline.analyze("LONDON (Reuters) - Prices rose on Friday.")
    b = pipeline.analyze("LONDON (Reuters) - Prices rose on Friday.")
    c = pipeline.analyze("LONDON (Reuters) - Prices fell on Friday.")
    assert a.id == b.id != c.id


def test_entities_are_named_spans_of_the_text(pipeline, fixture_text):
    record = pipeline.analyze(fixture_text("wire/tbilisi-2024-05-17-protest.txt"))
    people = {e.name for e in record.entities if e.type == "PERSON"}
    assert "Levan Dzhaparidze" in people
    for entity in record.entities:
        assert entity.id.startswith("e")
        assert entity.type not in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
        # Nothing is extracted from non-prose: no mention inside the dateline, noise or credits.
        for mention in entity.mentions:
            assert record.body[0] <= mention.span[0] or mention.span == tuple(record.dateline.place_span)


def test_span_problems_catches_a_wrong_span(pipeline):
    record = pipeline.analyze("LONDON (Reuters) - Prices rose.\n\n(Editing by Jane Roe)")
    broken = record.model_copy(update={"credits": [record.credits[0].model_copy(update={"span": (0, 4)})]})
    assert span_problems(record) == []
    assert span_problems(broken) == ["credits[0]: span (0, 4) slices 'LOND', item says 'Jane Roe'"]
