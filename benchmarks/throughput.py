"""Throughput of dateline's analysis against bare `nlp.pipe` of the same spaCy pipeline.

    python benchmarks/throughput.py [FOLDER] [--limit N] [--processes 1 2]

Prints JSON: articles/s and words/s for dateline (`Pipeline.run`) and for bare spaCy on the same
texts, on each process count, the overhead ratio, and peak RSS. Defaults to ../shared/corpus/bbc.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

import spacy

from dateline import AnalysisOptions, Pipeline
from dateline.context import RawArticle
from dateline.reading import read_inputs

DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc"


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (worker processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def measure(run, articles: list[RawArticle], words: int, repeats: int) -> dict:
    """Best of `repeats` runs. Wall time is what a user waits; CPU time is what the work costs and
    is far less disturbed by other jobs on a shared machine, so the overhead is computed on it."""
    wall = cpu = float("inf")
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), cpu_seconds()
        count = run(articles)
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, cpu_seconds() - started_cpu)
    return {
        "articles": count,
        "seconds": round(wall, 2),
        "cpu_seconds": round(cpu, 2),
        "articles_per_s": round(count / wall, 2),
        "words_per_s": round(words / wall, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeats", type=int, default=2, help="runs of each, best kept")
    parser.add_argument("--model", default=AnalysisOptions().model)
    parser.add_argument("--components", nargs="*", default=None, help="dateline components (default: all)")
    args = parser.parse_args()

    articles = [a for a in read_inputs([args.folder]) if isinstance(a, RawArticle)][: args.limit]
    if not articles:
        sys.exit(f"no articles in {args.folder}")
    words = sum(len(a.text.split()) for a in articles)
    texts = [a.text for a in articles]
    results: dict = {"folder": args.folder, "articles": len(articles), "words": words, "model": args.model, "runs": []}

    for n in args.processes:
        nlp = spacy.load(args.model)

        def bare(_articles, nlp=nlp, n=n):
            return sum(1 for _ in nlp.pipe(texts, batch_size=32, n_process=n))

        options = AnalysisOptions(model=args.model, n_process=n, components=tuple(args.components) if args.components is not None else None)
        pipeline = Pipeline(options)

        def ours(batch, pipeline=pipeline):
            return sum(1 for r in pipeline.run(batch) if hasattr(r, "to_json"))

        bare(articles[:8]), ours(articles[:8])  # warm-up: model caches, worker start-up paid once each
        spacy_run = measure(bare, articles, words, args.repeats)
        dateline_run = measure(ours, articles, words, args.repeats)
        results["runs"].append({
            "processes": n,
            "spacy": spacy_run,
            "dateline": dateline_run,
            "overhead_wall": round(dateline_run["seconds"] / spacy_run["seconds"] - 1, 4),
            "overhead_cpu": round(dateline_run["cpu_seconds"] / spacy_run["cpu_seconds"] - 1, 4),
        })
    results["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
