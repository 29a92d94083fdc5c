"""Quote finding is linear on quote-dense text (issue 18, item 8).

The text the issue timed (`"He said “no”, she said ‘yes’ "` lines) parses as one sentence in
which each `said` is the complement of the one before; the quote layer used to walk each cue's
subtree, so its work grew with the square of the length. Here the work is counted, not timed:
lines of the quote layer's own code executed on the worst-case parse (benchmarks/quote_density.py
builds it) for a text and one four times as long. Timings: `python benchmarks/quote_density.py`.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import spacy

import dateline.quotes

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "quote_density.py"
QUOTES_PACKAGE = str(Path(dateline.quotes.__file__).resolve().parent)


def _benchmark():
    spec = importlib.util.spec_from_file_location("quote_density", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lines_executed(extractor, doc) -> int:
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if not frame.f_code.co_filename.startswith(QUOTES_PACKAGE):
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        extractor(doc)
    finally:
        sys.settrace(None)
    return count


def test_quote_dense_text_costs_work_in_proportion_to_its_length():
    bench = _benchmark()
    nlp = spacy.blank("en")
    extractor = bench.quote_layer(nlp)
    small = _lines_executed(extractor, bench.quote_dense_doc(nlp.vocab, 2_000))
    large = _lines_executed(extractor, bench.quote_dense_doc(nlp.vocab, 8_000))
    # Four times the text: four times the work when linear, sixteen when quadratic (it was).
    assert large / small < 5, (small, large)


def test_quote_dense_text_is_read_as_quotes():
    bench = _benchmark()
    nlp = spacy.blank("en")
    extractor = bench.quote_layer(nlp)
    doc = extractor(bench.quote_dense_doc(nlp.vocab, 20_000))
    # Every line opens a mark and none closes: the multi-paragraph convention, one quote.
    assert len(doc._.dateline_quotes) == 1
    quote = doc._.dateline_quotes[0]
    assert doc.text[quote["span"][0] : quote["span"][1]] == quote["text"] and len(quote["text"]) > 19_000
