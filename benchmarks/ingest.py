"""Ingest throughput against analyze throughput on the same articles and processes.

`analyze` here is what `dateline analyze --format jsonl` does: run the pipeline and serialise
each record. `ingest` is `dateline.ingest.ingest` into a fresh database: the same analysis plus
hashing, skipping and the SQLite writes. Runs alternate (analyze, ingest, analyze, ...) so both
see the same machine load; the best and the median run of each are compared, by wall-clock
articles/s and (with --jobs 1, where all the work is in this process) by CPU seconds per
article, which other processes on a shared machine disturb far less. Prints JSON.

    python benchmarks/ingest.py ../shared/corpus/bbc --articles 400 --jobs 1
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from dateline import AnalysisOptions, Pipeline
from dateline.ingest import ingest
from dateline.reading import expand_paths


def time_analyze(pipeline: Pipeline, files: list[str]) -> tuple[float, float, int]:
    started, cpu = time.perf_counter(), time.process_time()
    count = 0
    with open(os.devnull, "w", encoding="utf-8") as out:
        for result in pipeline.run_paths(files):
            if hasattr(result, "to_json"):
                out.write(result.to_json() + "\n")
                count += 1
    return time.perf_counter() - started, time.process_time() - cpu, count


def time_ingest(pipeline: Pipeline, files: list[str], folder: Path, run: int) -> tuple[float, float, int]:
    db = folder / f"ingest-{run}.db"
    started, cpu = time.perf_counter(), time.process_time()
    summary = ingest(files, db, pipeline=pipeline)
    return time.perf_counter() - started, time.process_time() - cpu, summary.stored


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
            for name, timed in (("analyze", lambda: time_analyze(pipeline, files)),
                                ("ingest", lambda: time_ingest(pipeline, files, Path(tmp), run))):
                seconds, cpu, count = timed()
                runs[name].append({"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "articles": count,
                                   "per_second": round(count / seconds, 2), "cpu_ms_per_article": round(1000 * cpu / count, 1)})
    summary = {}
    for name, results in runs.items():
        summary[name] = {
            "best_per_second": max(r["per_second"] for r in results),
            "median_per_second": statistics.median(r["per_second"] for r in results),
            "median_cpu_ms_per_article": statistics.median(r["cpu_ms_per_article"] for r in results),
        }
    ratios = {
        "best": summary["ingest"]["best_per_second"] / summary["analyze"]["best_per_second"],
        "median": summary["ingest"]["median_per_second"] / summary["analyze"]["median_per_second"],
        "cpu": summary["analyze"]["median_cpu_ms_per_article"] / summary["ingest"]["median_cpu_ms_per_article"],
    }
    print(json.dumps({
        "corpus": args.corpus, "files": len(files), "jobs": args.jobs, "load_average": os.getloadavg(), "runs": runs,
        "summary": summary, "ingest_over_analyze": {k: round(v, 3) for k, v in ratios.items()},
        "within_15_percent": all(v >= 0.85 for v in ratios.values()) if args.jobs == 1 else ratios["median"] >= 0.85,
    }, indent=2))


if __name__ == "__main__":
    main()
