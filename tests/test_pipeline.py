"""The Pipeline and the Python API: one model load, batches, processes, order, failures."""

from __future__ import annotations

import pytest

import dateline
from conftest import FIXTURES
from dateline import AnalysisOptions, InputFailure, Pipeline
from dateline.context import RawArticle
from dateline.errors import InputError
from dateline.record import Source, span_problems

WIRE = sorted((FIXTURES / "wire").glob("*.txt"))


def raw(text: str, name: str) -> RawArticle:
    return RawArticle(text=text, source=Source(path=name))


def test_module_level_analyze_with_date():
    record = dateline.analyze("LONDON (Reuters) - Prices rose on Friday.", date="2024-01-05")
    assert isinstance(record, dateline.Article)
    assert record.date == "2024-01-05"
    assert record.dateline.place == "London"


def test_run_keeps_input_order_and_passes_failures_through(pipeline):
    items = [raw(p.read_text(), p.name) for p in WIRE]
    items.insert(1, InputFailure("x.txt", "E002", "empty input"))
    items.append(raw("date 2024-01-01 ", "header-only.txt"))
    results = list(pipeline.run(items))
    assert [getattr(r, "source", None) and r.source.path for r in results[:1]] == [WIRE[0].name]
    assert isinstance(results[1], InputFailure) and results[1].name == "x.txt"
    assert [r.source.path for r in results[2:-1]] == [p.name for p in WIRE[1:]]
    assert isinstance(results[-1], InputFailure) and results[-1].code == "E013"


def test_analysis_never_sees_non_prose(pipeline, fixture_text):
    text = fixture_text("wire/tbilisi-2024-05-17-protest.txt")
    record = pipeline.analyze(text)
    names = {e.name for e in record.entities}
    assert not names & {"Reuters", "Irakli Gelashvili", "Tom Ashford", "Clare Mendes"}


def test_two_processes_give_the_same_records_in_order():
    items = [raw(p.read_text(), p.name) for p in WIRE] * 2
    one = [r.model_copy(update={"stats": None}) for r in Pipeline(AnalysisOptions(batch_size=2)).run(items)]
    two = [r.model_copy(update={"stats": None}) for r in Pipeline(AnalysisOptions(batch_size=2, n_process=2)).run(items)]
    assert [r.id for r in one] == [r.id for r in two]
    assert [r.entities for r in one] == [r.entities for r in two]


def test_api_raises_a_named_error_for_an_article_without_story(pipeline):
    with pytest.raises(InputError) as info:
        pipeline.analyze("date 2024-01-01 ")
    assert info.value.code == "E013"


@pytest.mark.parametrize("text", [
    '"He said "what" and then \u201cnothing',          # unbalanced quotes
    "x" * 50_000,                                    # one enormous token
    "\u202e\u200b\ufeff odd invisible characters \u0000 and a NUL",
    "A.\n\n\n\n\n\n\n\nB.",
    "مرحبا بالعالم. 你好，世界。",
])
def test_odd_text_gives_a_record_not_a_crash(pipeline, text):
    record = pipeline.analyze(text)
    assert record.text == text
    assert span_problems(record) == []


def test_stats_count_real_tokens_and_sentences(pipeline):
    record = pipeline.analyze("PARIS (AFP) - One sentence here. Another one there.\n\nA new paragraph.")
    assert record.stats.tokens == 12
    assert record.stats.sentences == 3


def test_a_component_that_breaks_on_one_article_costs_only_that_article():
    from spacy.language import Language

    @Language.component("test_breaks_on_boom")
    def breaks_on_boom(doc):
        if "BOOM" in doc.text:
            raise ValueError("boom")
        return doc

    pipeline = Pipeline(AnalysisOptions(components=("dateline_entities", "test_breaks_on_boom")))
    results = list(pipeline.run([raw("PARIS (AFP) - Fine.", "a"), raw("PARIS (AFP) - BOOM here.", "b"), raw("Fine too.", "c")]))
    assert [type(r).__name__ for r in results] == ["ArticleRecord", "InputFailure", "ArticleRecord"]
    assert results[1].name == "b" and "ValueError: boom" in results[1].message
