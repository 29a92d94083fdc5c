"""What the places layer costs: gazetteer load time and memory, and geocoding time per article.

    python benchmarks/places.py [FOLDER] [--limit N]

Prints JSON:
- gazetteer: index path and size, time to open it and answer a first lookup, the resident memory
  it adds, and (if this machine had no index yet) the one-off build time;
- per_article: seconds per article of the Pipeline with and without `dateline_places` on the same
  texts (each run twice, the better run kept), and the overhead ratio (issue 5: under 10%).
Defaults to ../shared/corpus/bbc (2,225 BBC articles; the first --limit of them).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

DEFAULT_FOLDER = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc"


def rss_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def gazetteer_costs() -> dict:
    from dateline.gazetteer import Gazetteer, default_index_path, ensure_index

    path = default_index_path()
    started = time.perf_counter()
    built = round(time.perf_counter() - started, 2) if ensure_index(path) else None
    before = rss_mb()
    started = time.perf_counter()
    gazetteer = Gazetteer(path)
    gazetteer.lookup("Kyiv")
    opened = time.perf_counter() - started
    names = ["Paris", "Springfield", "Gaza", "Texas", "Leningrad", "Middle East", "Washington", "Bakhmut"]
    started = time.perf_counter()
    for name in names:
        gazetteer.candidates(name + " ")  # a new key each: uncached lookups
    per_lookup = (time.perf_counter() - started) / len(names)
    return {
        "index": str(path),
        "index_mb": round(path.stat().st_size / 2**20, 1),
        "build_seconds": built,
        "load_seconds": round(opened, 4),
        "load_rss_mb": round(rss_mb() - before, 1),
        "lookup_ms": round(per_lookup * 1000, 3),
    }


def per_article(folder: Path, limit: int) -> dict:
    from dateline import AnalysisOptions, Pipeline
    from dateline.pipeline import DEFAULT_COMPONENTS
    from dateline.reading import read_inputs

    paths = sorted(p for p in folder.rglob("*.txt") if p.name != "README.TXT")[:limit]
    articles = list(read_inputs([str(p) for p in paths]))
    without = tuple(c for c in DEFAULT_COMPONENTS if c != "dateline_places")
    pipelines = {
        "with_places": Pipeline(AnalysisOptions.build(components=DEFAULT_COMPONENTS)),
        "without_places": Pipeline(AnalysisOptions.build(components=without)),
    }
    list(pipelines["with_places"].run(articles[:5]))  # warm up: open the gazetteer, fill caches
    seconds = {}
    for _round in range(2):
        for name, pipeline in pipelines.items():
            started = time.perf_counter()
            list(pipeline.run(articles))
            elapsed = time.perf_counter() - started
            seconds[name] = min(seconds.get(name, elapsed), elapsed)
    return {
        "articles": len(articles),
        "seconds_per_article_with_places": round(seconds["with_places"] / len(articles), 4),
        "seconds_per_article_without_places": round(seconds["without_places"] / len(articles), 4),
        "overhead": round(seconds["with_places"] / seconds["without_places"] - 1, 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    report = {"gazetteer": gazetteer_costs(), "per_article": per_article(args.folder, args.limit)}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
