"""Ingest throughput against analyze throughput on the same articles and processes.

`analyze` here is what `dateline analyze --format jsonl` does: run the pipeline and serialise
each record. `ingest` is `dateline.corpus.ingest` into a fresh database: the same analysis plus
hashing, skipping and the SQLite writes. Runs alternate (analyze, ingest, analyze, ...) so both
see the same machine load; the best run of each is compared. Prints JSON.

    python benchmarks/ingest.py ../shared/corpus/bbc --articles 400 --jobs 1
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from dateline import AnalysisOptions, Pipeline
from dateline.corpus import ingest
from dateline.reading import expand_paths


def time_analyze(pipeline: Pipeline, files: list[str]) -> tuple[float, int]:
    started = time.perf_counter()
    count = 0
    with open(os.devnull, "w", encoding="utf-8") as out:
        for result in pipeline.run_paths(files):
            if hasattr(result, "to_json"):
                out.write(result.to_json() + "\n")
                count += 1
    return time.perf_counter() - started, count


def time_ingest(pipeline: Pipeline, files: list[str], folder: Path, run: int) -> tuple[float, int]:
    db = folder / f"ingest-{run}.db"
    started = time.perf_counter()
    summary = ingest(files, db, pipeline=pipeline)
    return time.perf_counter() - started, summary.stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", help="folder of articles (e.g. ../shared/corpus/bbc)")
    parser.add_argument("--articles", type=int, default=400, help="first N files of the corpus, in sorted order")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each, alternating")
    args = parser.parse_args()
    files = [f for f in expand_paths([args.corpus]) if f.endswith(".txt")][: args.articles]
    pipeline = Pipeline(AnalysisOptions(n_process=args.jobs))
    pipeline.analyze("WARSAW (Reuters) - A warm-up sentence for the model.")  # load lazily built parts
    runs = {"analyze": [], "ingest": []}
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.repeat):
            seconds, count = time_analyze(pipeline, files)
            runs["analyze"].append({"seconds": round(seconds, 2), "articles": count, "per_second": round(count / seconds, 2)})
            seconds, count = time_ingest(pipeline, files, Path(tmp), run)
            runs["ingest"].append({"seconds": round(seconds, 2), "articles": count, "per_second": round(count / seconds, 2)})
    best = {name: max(r["per_second"] for r in results) for name, results in runs.items()}
    ratio = best["ingest"] / best["analyze"]
    print(json.dumps({
        "corpus": args.corpus, "files": len(files), "jobs": args.jobs, "runs": runs,
        "analyze_articles_per_second": best["analyze"], "ingest_articles_per_second": best["ingest"],
        "ingest_over_analyze": round(ratio, 3), "within_15_percent": ratio >= 0.85,
    }, indent=2))


if __name__ == "__main__":
    main()
