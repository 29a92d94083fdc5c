"""The quote layer on whole corpora: robustness (no article makes it fail) and its throughput cost.

    python benchmarks/quotes.py robustness [FOLDER ...]      (default: ../shared/corpus/bbc and PolNeAR)
    python benchmarks/quotes.py cost [FOLDER] [--limit N] [--repeats R]

`robustness` runs dateline's Pipeline over every article and prints JSON: articles, records,
failures, articles whose quote layer caught an error (warning W011, should be 0), quotes found and
quote warnings (W010, unbalanced marks). Exit 1 if any article failed or hit W011.

`cost` times the same Pipeline with and without `dateline_quotes` (best of R runs each, one
process) and prints the quote layer's share: the analysis without it is the baseline.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from dateline import AnalysisOptions, Pipeline
from dateline.context import RawArticle
from dateline.pipeline import DEFAULT_COMPONENTS
from dateline.reading import read_inputs

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_FOLDERS = [SHARED / "corpus" / "bbc", SHARED / "eval" / "polnear" / "train" / "text", SHARED / "eval" / "polnear" / "dev" / "text"]


def articles_in(folders: list[str]) -> list[RawArticle]:
    found = []
    for folder in folders:
        for item in read_inputs([str(folder)]):
            if isinstance(item, RawArticle):
                found.append(item)
    return found


def robustness(folders: list[str]) -> int:
    articles = articles_in(folders)
    pipeline = Pipeline()
    counts: Counter = Counter()
    failures, caught, mismatched = [], [], []
    started = time.perf_counter()
    for result in pipeline.run(articles):
        if not hasattr(result, "quotes"):
            failures.append(str(result))
            continue
        counts["records"] += 1
        counts["quotes"] += len(result.quotes)
        for quote in result.quotes:
            counts[f"kind_{quote.kind}"] += 1
            counts["with_speaker"] += quote.speaker is not None
            if result.text[quote.span[0] : quote.span[1]] != quote.text:
                mismatched.append(f"{result.source.path} {quote.span}: {quote.text[:60]!r}")
        codes = [w.code for w in result.warnings]
        counts["articles_with_W010"] += "W010" in codes
        if "W011" in codes:
            caught.append(f"{result.source.path}: {[w.message for w in result.warnings if w.code == 'W011']}")
    report = {
        "folders": [str(f) for f in folders],
        "articles": len(articles),
        **counts,
        "failures": failures,
        "quote_layer_errors": caught,
        "text_not_the_span": mismatched,
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(report, indent=2))
    return 1 if failures or caught or mismatched else 0


def cost(folder: str, limit: int | None, repeats: int) -> int:
    articles = articles_in([folder])[:limit]
    words = sum(len(a.text.split()) for a in articles)
    without = tuple(c for c in DEFAULT_COMPONENTS if c != "dateline_quotes")
    runs = {}
    for name, components in (("without_quotes", without), ("with_quotes", DEFAULT_COMPONENTS)):
        pipeline = Pipeline(AnalysisOptions(components=components))
        sum(1 for _ in pipeline.run(articles[:8]))  # warm-up
        best = float("inf")
        for _ in range(repeats):
            started = time.perf_counter()
            sum(1 for _ in pipeline.run(articles))
            best = min(best, time.perf_counter() - started)
        runs[name] = {"seconds": round(best, 2), "words_per_s": round(words / best, 1)}
    # The layer alone, on the parsed Docs: its own cost without the noise of two parses.
    pipeline = Pipeline()
    nlp = pipeline.nlp
    extractor = nlp.get_pipe("dateline_quotes")
    with nlp.select_pipes(disable=["dateline_quotes"]):
        docs = list(nlp.pipe([a.text for a in articles]))
    started = time.perf_counter()
    for doc in docs:
        extractor(doc)
    alone = time.perf_counter() - started
    report = {
        "folder": folder,
        "articles": len(articles),
        "words": words,
        "repeats": repeats,
        **runs,
        "quote_layer_seconds_on_parsed_docs": round(alone, 2),
        "cost_of_quote_layer": round(alone / runs["without_quotes"]["seconds"], 4),
        "pipeline_ratio_with_vs_without": round(runs["with_quotes"]["seconds"] / runs["without_quotes"]["seconds"], 4),
    }
    print(json.dumps(report, indent=2))
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    robust = sub.add_parser("robustness")
    robust.add_argument("folders", nargs="*", default=[str(f) for f in DEFAULT_FOLDERS])
    timing = sub.add_parser("cost")
    timing.add_argument("folder", nargs="?", default=str(SHARED / "corpus" / "bbc"))
    timing.add_argument("--limit", type=int, default=300)
    timing.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    if args.command == "robustness":
        sys.exit(robustness(args.folders))
    sys.exit(cost(args.folder, args.limit, args.repeats))


if __name__ == "__main__":
    main()
