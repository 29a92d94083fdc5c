"""What the events layer costs beside the spaCy model: CPU seconds of the Pipeline with and without
`dateline_events`, and of the bare model (`nlp.pipe`), interleaved rounds, best of N, as JSON.

    python benchmarks/events.py ../shared/corpus/bbc --limit 300 --rounds 3

Target (issue 15): the events component under 5% of the spaCy model's time.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy
from measure import bbc_articles
from times_quantities_overhead import seconds as pipeline_seconds

from dateline.options import DEFAULT_MODEL, AnalysisOptions
from dateline.pipeline import DEFAULT_COMPONENTS, Pipeline

LAYER = "dateline_events"


def model_seconds(nlp, texts: list[str]) -> float:
    started = time.process_time()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    articles = bbc_articles(args.corpus, args.limit)
    texts = [a.text for a in articles]
    without = Pipeline(AnalysisOptions(components=tuple(c for c in DEFAULT_COMPONENTS if c != LAYER)))
    with_events = Pipeline(AnalysisOptions(components=DEFAULT_COMPONENTS))
    bare = spacy.load(DEFAULT_MODEL)
    pipeline_seconds(with_events, articles[:20])  # warm up (model load, first-call caches)
    pipeline_seconds(without, articles[:20])
    model_seconds(bare, texts[:20])
    base, full, model = [], [], []
    for _ in range(args.rounds):  # interleaved, so machine load hits all three alike
        model.append(model_seconds(bare, texts))
        base.append(pipeline_seconds(without, articles))
        full.append(pipeline_seconds(with_events, articles))
    events_seconds = max(0.0, min(full) - min(base))
    print(json.dumps({
        "articles": len(articles),
        "cpu_seconds_model": round(min(model), 3),
        "cpu_seconds_without_events": round(min(base), 3),
        "cpu_seconds_with_events": round(min(full), 3),
        "events_ms_per_article": round(1000 * events_seconds / len(articles), 3),
        "events_share_of_model_percent": round(100 * events_seconds / min(model), 2),
        "rounds": args.rounds,
    }, indent=2))


if __name__ == "__main__":
    main()
