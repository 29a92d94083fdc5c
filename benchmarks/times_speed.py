"""The times layer's own cost, by plain timers (CPU time): milliseconds per article of the
`dateline_times` component over parsed BBC articles, and the grammar's time per character on
joined stories from 10,000 to 1,000,000 characters (it must stay within 2x: cost linear in length).

    python benchmarks/times_speed.py ../shared/corpus/bbc --limit 200 --rounds 3

The articles are parsed once (the spaCy model and dateline's pipeline up to the times layer), then
the component is timed alone over the same Docs, best of N rounds. Prints JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path
from unittest import mock

from dateline.options import AnalysisOptions
from dateline.pipeline import Pipeline
from dateline.reading import read_inputs
from dateline.times.component import TIMES_EXTENSION, TimeTagger
from dateline.times.grammar import Context, find_times


def parsed_docs(paths: list[str]) -> list:
    """The Docs the times component sees in the Pipeline (captured as it is called)."""
    docs = []
    original = TimeTagger.__call__

    def capture(self, doc):
        docs.append(doc)
        return original(self, doc)

    with mock.patch.object(TimeTagger, "__call__", capture):
        pipeline = Pipeline(AnalysisOptions(components=("dateline_times",)))
        for _ in pipeline.run(read_inputs(paths, 1_000_000, 50_000_000)):
            pass
    return docs


def component_ms(docs: list, rounds: int) -> float:
    tagger = TimeTagger()
    best = None
    for _ in range(rounds):
        spent = 0.0
        for doc in docs:
            doc._.set(TIMES_EXTENSION, None)
            started = time.process_time()
            tagger(doc)
            spent += time.process_time() - started
        best = spent if best is None else min(best, spent)
    return 1000 * best / max(1, len(docs))


def grammar_scaling(text: str, lengths: list[int]) -> list[dict]:
    """Time per character of the grammar alone (no Doc: no tense or tags) on prefixes of `text`."""
    rows = []
    for length in lengths:
        part = (text * (length // max(1, len(text)) + 1))[:length]
        ctx = Context(text=part, anchor=dt.date(2005, 3, 1), tense_at=lambda s, e: None,
                      pos_at=lambda c: None, tag_at=lambda c: None)
        started = time.process_time()
        found = find_times(ctx)
        seconds = time.process_time() - started
        rows.append({"characters": length, "times": len(found), "seconds": round(seconds, 3),
                     "us_per_character": round(1e6 * seconds / length, 3)})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--lengths", default="10000,100000,1000000")
    args = parser.parse_args()
    paths = sorted(str(p) for p in args.corpus.rglob("*.txt") if p.name.upper() != "README.TXT")
    docs = parsed_docs(paths[: args.limit])
    joined = "\n\n".join(Path(p).read_text(encoding="utf-8", errors="replace") for p in paths[:400])
    scaling = grammar_scaling(joined, [int(n) for n in args.lengths.split(",")])
    per_char = [row["us_per_character"] for row in scaling]
    print(json.dumps({
        "articles": len(docs),
        "rounds": args.rounds,
        "times_component_ms_per_article": round(component_ms(docs, args.rounds), 3),
        "grammar_scaling": scaling,
        "per_character_ratio_max_over_min": round(max(per_char) / max(min(per_char), 1e-9), 2),
    }, indent=2))


if __name__ == "__main__":
    main()
