"""Throughput of dateline's analysis against bare `nlp.pipe` of the same spaCy pipeline.

    python benchmarks/throughput.py [FOLDER] [--limit N] [--processes 1 2] [--rounds 3] [--shares 200]

Prints JSON. Measured honestly on a shared machine:
- the real article set: `*.txt` in the BBC topic folders (README.TXT is not an article); the
  default folder is ../shared/corpus/bbc beside the clone (or beside a folder above it);
- CPU time over the whole process tree (workers included, alive or ended), not wall time alone;
- bare and dateline rounds interleaved (bare, dateline, bare, dateline, ...), best of `--rounds`,
  so a burst of load from other jobs hits both alike;
- worker start-up paid once: both sides run on one process pool per process count, started and
  warmed (model loaded) before the rounds; bare spaCy runs in the same kind of pool
  (`BareSpacy` through dateline's ProcessPoolRunner), so the comparison is the work alone;
- memory summed over the process tree (this process and its workers), largest seen;
- per-component shares by plain timers (`--shares N` articles, one process, each component
  called on each Doc in turn with a CPU timer around it: cProfile inflates spaCy's per-token
  internals about tenfold), plus dateline's own stages around spaCy (locate, record).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict

from measure import bbc_articles, default_bbc_folder, tree_cpu_seconds, tree_rss_mb

from dateline import AnalysisOptions, Pipeline
from dateline.assemble import build_record
from dateline.context import ArticleContext, RawArticle
from dateline.runners.local import ProcessPoolRunner, SerialRunner


class BareSpacy:
    """The floor: the same spaCy pipeline, no dateline components, over the raw texts; a batch
    analyser like the Pipeline so it runs on the same runners."""

    def __init__(self, options: AnalysisOptions) -> None:
        import spacy

        self.options = options
        self.nlp = spacy.load(options.model)

    def run_batch(self, batch: list[RawArticle]):
        for doc in self.nlp.pipe((a.text for a in batch), batch_size=self.options.batch_size):
            yield len(doc)


def make_runner(kind: str, options: AnalysisOptions, processes: int):
    if processes <= 1:
        return SerialRunner(BareSpacy(options) if kind == "bare" else Pipeline(options))
    return ProcessPoolRunner(BareSpacy if kind == "bare" else Pipeline, options, processes)


def timed(runner, articles: list[RawArticle]) -> tuple[float, float]:
    started, started_cpu = time.perf_counter(), tree_cpu_seconds()
    for _ in runner.run(articles):
        pass
    return time.perf_counter() - started, tree_cpu_seconds() - started_cpu


def compare(articles: list[RawArticle], words: int, options: AnalysisOptions, processes: int, rounds: int) -> tuple[dict, float]:
    runners = {kind: make_runner(kind, options, processes) for kind in ("bare", "dateline")}
    for runner in runners.values():
        timed(runner, articles[: options.batch_size * max(processes, 1)])  # start workers, load models
    best = {kind: {"seconds": float("inf"), "cpu_seconds": float("inf")} for kind in runners}
    peak_rss = 0.0
    for _ in range(rounds):
        for kind, runner in runners.items():  # interleaved
            wall, cpu = timed(runner, articles)
            best[kind]["seconds"] = min(best[kind]["seconds"], wall)
            best[kind]["cpu_seconds"] = min(best[kind]["cpu_seconds"], cpu)
            peak_rss = max(peak_rss, tree_rss_mb())
    for runner in runners.values():
        runner.close()
    out = {}
    for kind, b in best.items():
        out[kind] = {
            "seconds": round(b["seconds"], 2),
            "cpu_seconds": round(b["cpu_seconds"], 2),
            "articles_per_s": round(len(articles) / b["seconds"], 2),
            "words_per_s": round(words / b["seconds"], 1),
            "ms_cpu_per_article": round(1000 * b["cpu_seconds"] / len(articles), 1),
        }
    return out, peak_rss


def component_shares(articles: list[RawArticle], options: AnalysisOptions) -> dict:
    """CPU ms per article for each stage and component, by plain timers (process_time, so other
    jobs on the machine do not inflate them), in one process."""
    pipeline = Pipeline(options)
    nlp = pipeline.nlp
    spent: dict[str, float] = defaultdict(float)
    for raw in articles:
        started = time.process_time()
        ctx = pipeline._locate(raw, options.date)
        spent["locate (metadata)"] += time.process_time() - started
        if not isinstance(ctx, ArticleContext):
            continue
        started = time.process_time()
        doc = pipeline._make_doc(ctx)
        spent["make_doc (tokenizer)"] += time.process_time() - started
        for name, proc in nlp.pipeline:
            started = time.process_time()
            doc = proc(doc)
            spent[name] += time.process_time() - started
        ctx.doc = doc
        started = time.process_time()
        build_record(ctx)
        spent["record assembly"] += time.process_time() - started
    total = sum(spent.values())
    return {
        "articles": len(articles),
        "ms_per_article": {k: round(1000 * v / len(articles), 2) for k, v in sorted(spent.items(), key=lambda kv: -kv[1])},
        "share": {k: round(v / total, 3) for k, v in sorted(spent.items(), key=lambda kv: -kv[1])},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(default_bbc_folder()))
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds of each, best kept")
    parser.add_argument("--shares", type=int, default=200, help="articles for the per-component timers (0: skip)")
    parser.add_argument("--model", default=AnalysisOptions().model)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    articles = bbc_articles(args.folder, args.limit)
    if not articles:
        sys.exit(f"no articles in {args.folder}")
    words = sum(len(a.text.split()) for a in articles)
    options = AnalysisOptions(model=args.model, batch_size=args.batch_size)
    results: dict = {"folder": args.folder, "articles": len(articles), "words": words, "model": args.model,
                     "rounds": args.rounds, "runs": []}
    peak = 0.0
    for n in args.processes:
        run, rss = compare(articles, words, options, n, args.rounds)
        peak = max(peak, rss)
        results["runs"].append({
            "processes": n, **run,
            "dateline_over_spacy_throughput_cpu": round(run["bare"]["cpu_seconds"] / run["dateline"]["cpu_seconds"], 3),
            "dateline_over_spacy_throughput_wall": round(run["bare"]["seconds"] / run["dateline"]["seconds"], 3),
        })
    by_n = {r["processes"]: r for r in results["runs"]}
    if 1 in by_n and 2 in by_n:
        results["two_over_one_wall"] = {k: round(by_n[1][k]["seconds"] / by_n[2][k]["seconds"], 3) for k in ("bare", "dateline")}
    results["peak_tree_rss_mb"] = peak
    if args.shares:
        results["components"] = component_shares(articles[: args.shares], options)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
