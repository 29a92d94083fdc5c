"""Furniture through the whole pipeline: headline, byline, "(CNN) —" opener, embedded posts and
contributor lines are marked and blanked for spaCy, so no quote or entity mention comes from them."""

from __future__ import annotations

from conftest import FIXTURES
from dateline.record import span_problems


def _inside(span, spans):
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def test_no_quote_or_mention_comes_from_furniture(pipeline):
    for name in ("cnn-opener-embed-related.txt", "ap-pipe-byline-contributors.txt", "headline-byline-reuters.txt"):
        text = (FIXTURES / "wire" / name).read_text(encoding="utf-8")
        record = pipeline.analyze(text)
        assert span_problems(record) == []
        furniture = [n.span for n in record.noise] + [c.span for c in record.credits]
        if record.title_span:
            furniture.append(record.title_span)
        if record.dateline and record.dateline.place_span is None:
            furniture.append(record.dateline.span)
        for quote in record.quotes:
            assert not _inside(quote.span, furniture), (name, quote.text)
        for entity in record.entities:
            for mention in entity.mentions:
                assert not _inside(mention.span, furniture), (name, entity.name, mention.span)


def test_cnn_opener_is_the_dateline_not_a_quote(pipeline):
    text = "(CNN) — A volcano erupted on Tuesday, officials said, forcing hundreds to leave."
    record = pipeline.analyze(text)
    assert record.dateline.agency == "CNN" and record.dateline.place is None
    assert all(q.span[0] >= record.dateline.span[1] for q in record.quotes)


def test_record_carries_title_byline_and_date_source(pipeline):
    text = (FIXTURES / "wire" / "headline-byline-reuters.txt").read_text(encoding="utf-8")
    record = pipeline.analyze(text, date="2024-03-30")
    assert record.title == "Harbour Cranes Halted\nAs Dock Workers Strike"
    assert [c.name for c in record.credits if c.role == "byline"] == ["Lena Okafor", "Tomas Brandt"]
    assert (record.date, record.date_source) == ("2024-03-30", "option")
