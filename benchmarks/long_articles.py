"""Analysis time and peak memory of one long article, by length (issues 16 and 18).

    python benchmarks/long_articles.py [--sizes 10000 50000 ...] [--folder BBC]

Builds articles of real prose by joining BBC stories (from ../shared at run time, never from the
repository) and cut at a paragraph break near each size, analyses each one in a fresh process
(so peak memory is that size's own), and prints JSON: CPU seconds, CPU microseconds per character,
peak RSS, and CPU seconds per stage (plain timers around each spaCy component, layout and
record), so the stage behind any superlinear growth is visible. Targets: microseconds per
character within 2x from 10k to 1M characters, peak memory under 2 GB at 1M.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from component_times import DEFAULT_FOLDER, articles, timed_analysis  # noqa: E402

DEFAULT_SIZES = (10_000, 50_000, 100_000, 200_000, 500_000, 1_000_000)


def joined_prose(folder: str, size: int) -> str:
    """BBC stories, title line dropped, joined by blank lines and cut at the last paragraph break
    before `size` characters (a story is repeated if the folder holds less)."""
    stories = [item.text.split("\n", 1)[-1].strip() for item in articles(folder, None)]
    pieces: list[str] = []
    length = 0
    while length < size:
        for story in stories:
            pieces.append(story)
            length += len(story) + 2
            if length >= size:
                break
    text = "\n\n".join(pieces)[:size]
    cut = text.rfind("\n\n")
    return text[:cut] if cut > size // 2 else text


def measure_one(folder: str, size: int) -> dict:
    from dateline import AnalysisOptions, Pipeline
    from dateline.reading import read_text

    pipeline = Pipeline(AnalysisOptions(max_chars=max(size, 1_000_000) + 1))
    timed_analysis(pipeline, read_text("Warm up.\n\nA short story about Paris and Tony Blair."), defaultdict(float))
    text = joined_prose(folder, size)
    stages: dict[str, float] = defaultdict(float)
    started = time.process_time()
    timed_analysis(pipeline, read_text(text), stages)
    cpu = time.process_time() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "chars": len(text),
        "cpu_seconds": round(cpu, 2),
        "cpu_us_per_char": round(1e6 * cpu / len(text), 2),
        "peak_rss_mb": round(peak_mb, 1),
        "stage_cpu_seconds": {name: round(s, 3) for name, s in stages.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--folder", default=str(DEFAULT_FOLDER))
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a worker: one size, this process
    args = parser.parse_args()
    if not Path(args.folder).exists():
        sys.exit(f"no such folder: {args.folder} (the BBC corpus lives in ../shared, outside the repository)")
    if args.one:
        print(json.dumps(measure_one(args.folder, args.one)))
        return
    results = []
    for size in args.sizes:
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(size), "--folder", args.folder],
            capture_output=True, text=True, check=False,
        )
        if done.returncode != 0:
            results.append({"chars": size, "error": done.stderr.strip().splitlines()[-1:] or ["failed"]})
        else:
            results.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    rates = [r["cpu_us_per_char"] for r in results if "cpu_us_per_char" in r]
    summary = {
        "sizes": results,
        "us_per_char_max_over_min": round(max(rates) / min(rates), 2) if rates else None,
        "peak_rss_mb_max": max((r.get("peak_rss_mb", 0) for r in results), default=None),
    }
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
