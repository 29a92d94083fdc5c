"""Milliseconds per article spent in each spaCy component, by plain CPU timers around each pipe.

    python benchmarks/component_times.py [FOLDER] [--limit 200]

Runs the articles one by one through dateline's pipeline, component by component (the same
components `nlp.pipe` would run, without batching), and prints JSON: CPU ms per article for each
component, and for locating the layout and assembling the record. Plain timers rather than
cProfile, which inflates spaCy's per-token internals about tenfold. Defaults to the BBC folder in
../shared (not part of the repository).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from dateline import Pipeline
from dateline.assemble import build_record
from dateline.context import ArticleContext, RawArticle
from dateline.language import analyse_in_parts
from dateline.reading import read_inputs



def shared_folder(*parts: str) -> Path:
    """A folder under the nearest `shared` directory above the repository (the main checkout
    sits beside it; worktrees one level deeper)."""
    for parent in Path(__file__).resolve().parents[1:]:
        candidate = parent.joinpath("shared", *parts)
        if candidate.exists():
            return candidate
    return Path(__file__).resolve().parents[2].joinpath("shared", *parts)


DEFAULT_FOLDER = shared_folder("corpus", "bbc")


def articles(folder: str, limit: int | None) -> list[RawArticle]:
    """Readable articles of `folder` (README files aside), in a stable order."""
    found = []
    for item in read_inputs([folder]):
        if isinstance(item, RawArticle) and not (item.source.path or "").upper().endswith("README.TXT"):
            found.append(item)
            if limit is not None and len(found) >= limit:
                break
    return found


def timed_analysis(pipeline: Pipeline, raw: RawArticle, totals: dict[str, float]) -> None:
    """Analyse one article, adding each stage's CPU seconds to `totals`."""
    clock = time.process_time
    started = clock()
    ctx = pipeline._locate(raw, None)
    totals["locate"] += clock() - started
    if not isinstance(ctx, ArticleContext):
        return
    started = clock()
    doc = pipeline._make_doc(ctx)
    totals["make_doc"] += clock() - started
    # As the pipeline runs it (a long article is read by the model in parts), timed per pipe.
    ctx.doc = analyse_in_parts(pipeline.nlp, doc, pipeline.components, timings=totals)
    started = clock()
    build_record(ctx)
    totals["record"] += clock() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    if not Path(args.folder).exists():
        sys.exit(f"no such folder: {args.folder} (the BBC corpus lives in ../shared, outside the repository)")
    pipeline = Pipeline()
    items = articles(args.folder, args.limit)
    timed_analysis(pipeline, items[0], defaultdict(float))  # warm up: gazetteer, lazy tables
    totals: dict[str, float] = defaultdict(float)
    for raw in items:
        timed_analysis(pipeline, raw, totals)
    per_article = {name: round(1000 * seconds / len(items), 2) for name, seconds in totals.items()}
    print(json.dumps({"articles": len(items), "cpu_ms_per_article": per_article, "total_ms_per_article": round(sum(per_article.values()), 2)}, indent=2))


if __name__ == "__main__":
    main()
