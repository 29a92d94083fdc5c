"""What the times and quantities layers add to the analysis time: the Pipeline over a corpus with
and without `dateline_times` + `dateline_quantities`, best of N rounds each, printed as JSON.

    python benchmarks/times_quantities_overhead.py ../shared/corpus/bbc --limit 300 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from dateline.options import AnalysisOptions
from dateline.pipeline import DEFAULT_COMPONENTS, Pipeline
from dateline.reading import read_inputs

LAYERS = ("dateline_times", "dateline_quantities")


def seconds(pipeline: Pipeline, articles: list) -> float:
    """CPU seconds of this process: the machine is shared, and wall time moves with its load."""
    started = time.process_time()
    for _ in pipeline.run(articles):
        pass
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    paths = sorted(str(p) for p in args.corpus.rglob("*.txt"))[: args.limit]
    articles = list(read_inputs(paths, 1_000_000, 50_000_000))
    without = Pipeline(AnalysisOptions(components=tuple(c for c in DEFAULT_COMPONENTS if c not in LAYERS)))
    with_layers = Pipeline(AnalysisOptions(components=DEFAULT_COMPONENTS))
    seconds(with_layers, articles[:20])  # warm up both (model load, first-call caches)
    seconds(without, articles[:20])
    base, full = [], []
    for _ in range(args.rounds):  # interleaved, so machine load hits both alike
        base.append(seconds(without, articles))
        full.append(seconds(with_layers, articles))
    best_base, best_full = min(base), min(full)
    characters = sum(len(a.text) for a in articles if hasattr(a, "text"))
    print(json.dumps({
        "articles": len(articles),
        "characters": characters,
        "components_without": list(without.options.components),
        "components_with": list(with_layers.options.components),
        "cpu_seconds_without": round(best_base, 3),
        "cpu_seconds_with": round(best_full, 3),
        "overhead_percent": round(100 * (best_full - best_base) / best_base, 2),
        "rounds": args.rounds,
    }, indent=2))


if __name__ == "__main__":
    main()
