"""Properties that hold for every input (issue 18), checked on generated ones with hypothesis:
whatever the bytes or text, reading, the metadata layer and the whole pipeline end in a record
or a reported failure, never an exception; every span of every record slices `text` to what it
claims; every record validates against the published JSON Schema.

Example counts stay small so the suite stays fast; `benchmarks/fuzz.py` runs the same
properties for as long as it is given.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import INPUT_NAMES, any_bytes, article_text
from hypothesis import strategies as st

from dateline.context import InputFailure, RawArticle
from dateline.errors import InputError
from dateline.metadata import locate_layout
from dateline.reading import read_bytes, read_text
from dateline.record import ArticleRecord, Source, record_json_schema, span_problems

jsonschema = pytest.importorskip("jsonschema")

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIPELINE = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(data=any_bytes, name=st.sampled_from(INPUT_NAMES))
def test_reading_any_bytes_gives_articles_or_reported_failures(data, name):
    try:
        items = list(read_bytes(data, name))
    except InputError as exc:  # a reported failure: coded, with a message
        assert exc.code.startswith("E") and exc.message
        return
    for item in items:
        assert isinstance(item, (RawArticle, InputFailure))
        if isinstance(item, RawArticle):
            assert isinstance(item.text, str)


@FAST
@given(text=article_text)
def test_the_metadata_layer_places_every_span_inside_the_text(text):
    layout, warnings = locate_layout(RawArticle(text=text, source=Source(path="story.txt")))
    spans = [s for s in (layout.header_span, layout.title_span, layout.body) if s is not None]
    spans += list(layout.paragraphs) + list(layout.credit_spans)
    spans += [s.span for s in layout.sections] + [n.span for n in layout.noise]
    if layout.dateline is not None:
        spans.append(layout.dateline.span)
    for start, end in spans:
        assert 0 <= start <= end <= len(text)
    assert all(set(w) == {"code", "message"} for w in warnings)


@PIPELINE
@given(text=article_text)
def test_the_pipeline_gives_a_faithful_valid_record_or_a_reported_failure(pipeline, text):
    [result] = list(pipeline.run([read_text(text, name="story.txt")]))
    if isinstance(result, InputFailure):
        assert result.code in {"E013"}, result  # no story in it; E099 would be a bug
        return
    assert isinstance(result, ArticleRecord)
    assert result.text == text
    assert span_problems(result) == []
    jsonschema.validate(json.loads(result.to_json()), _schema())


_SCHEMA: dict = {}


def _schema() -> dict:
    if not _SCHEMA:
        _SCHEMA.update(record_json_schema())
    return _SCHEMA
