"""Articles per second on the same BBC articles: local 1 process, local 2 processes, Ray with 1
and 2 actors (a private local Ray, no dashboard).

    python benchmarks/scale.py [FOLDER] [--limit 1000] [--rounds 3] [--only local-1 ray-2 ...]

Prints JSON. Each run is a fresh Python process that reads the articles, analyses them with one
runner and ends, timed from outside: what a user waits for, the same for every setting (starting
Python, importing spaCy and dateline, reading the files, loading the model, the analysis, and for
Ray its own start and its actors' start). A run in a fresh process also starts with cold caches,
as a user's does; one run after another in a single process would hand the later ones the
earlier ones' warm per-word memos.

The settings run interleaved (local-1, ray-1, ..., then again), `--rounds` times, so a burst of
load from other jobs on a shared VM hits all of them alike; the summary holds each setting's
median. Per run: `articles_per_s` end to end, `steady_articles_per_s` from the first result to
the last (start-up left out), CPU seconds over the run's process tree (Ray's processes and
actors count) and the summed resident memory at the end. The ratios the issue asks for:
ray-2 / ray-1 and ray-1 / local-1, on the medians. Defaults to ../shared/corpus/bbc beside the
clone.

`ray-N` starts a private Ray inside the timed run (as `dateline batch --engine ray` does without
an address): Ray's own start-up is charged to it. `ray-N-joined` is the cluster user's case: a Ray
already running on this machine (`ray start --head --num-cpus N`, bound to 127.0.0.1, started and
stopped outside the timing) that the run joins with its address, as `--ray-address` does.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

SETTINGS = ("local-1", "local-2", "ray-1", "ray-2", "ray-1-joined", "ray-2-joined")
DEFAULT_SETTINGS = ("local-1", "local-2", "ray-1", "ray-2")
HEAD_PORT = 6388  # the benchmark's own head node, apart from Ray's default 6379


# -- one run, in its own process ---------------------------------------------------------------
def run_setting(setting: str, folder: str, limit: int, batch_size: int) -> dict:
    """Analyse the articles with one setting's runner; what the parent cannot see from outside."""
    from measure import bbc_articles, tree_cpu_seconds, tree_rss_mb

    from dateline import AnalysisOptions
    from dateline.engines import make_runner

    articles = bbc_articles(folder, limit)
    if not articles:
        sys.exit(f"no articles in {folder}")
    options = AnalysisOptions(batch_size=batch_size)
    engine, count, *joined = setting.split("-")
    # The runner `--engine` builds, as `dateline batch` and `ingest` do: a Ray driver never
    # imports spaCy.
    address = f"127.0.0.1:{HEAD_PORT}" if joined else None
    runner = make_runner(engine, options, workers=int(count), address=address)
    first = last = None
    records = 0
    for result in runner.run(articles):
        last = time.perf_counter()
        first = first or last
        records += hasattr(result, "to_json")
    cpu, rss = tree_cpu_seconds(), tree_rss_mb()  # before close: Ray's processes still count
    runner.close()
    steady = (len(articles) - 1) / (last - first) if last and first and last > first else None
    return {"articles": len(articles), "records": records, "cpu_seconds": round(cpu, 2),
            "steady_articles_per_s": round(steady, 2) if steady else None, "rss_mb_end": rss}


# -- the parent: rounds of fresh processes -----------------------------------------------------
def ray_cli(*args: str) -> None:
    """`ray start` / `ray stop` for the joined settings (the `ray` command beside this Python)."""
    command = [os.path.join(os.path.dirname(sys.executable), "ray"), *args]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def start_head(cpus: int) -> None:
    os.environ["RAY_AUTH_MODE"] = "token"  # `ray start` turns token authentication on; the driver sends it
    ray_cli("start", "--head", f"--num-cpus={cpus}", "--node-ip-address=127.0.0.1", f"--port={HEAD_PORT}",
            "--include-dashboard=false", "--disable-usage-stats")
    time.sleep(5)  # let the head's own processes settle, as on a cluster that has been up a while


def measure(setting: str, args: argparse.Namespace) -> dict:
    if setting.endswith("-joined"):
        start_head(int(setting.split("-")[1]))
        try:
            return timed(setting, args)
        finally:
            ray_cli("stop", "--force")
    return timed(setting, args)


def timed(setting: str, args: argparse.Namespace) -> dict:
    command = [sys.executable, os.path.abspath(__file__), args.folder, "--limit", str(args.limit),
               "--batch-size", str(args.batch_size), "--run", setting]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"{setting} failed:\n{done.stderr[-3000:]}")
    run = json.loads(done.stdout.strip().splitlines()[-1])
    return {"setting": setting, "seconds": round(wall, 2),
            "articles_per_s": round(run["articles"] / wall, 2),
            "articles_per_cpu_s": round(run["articles"] / run["cpu_seconds"], 2) if run["cpu_seconds"] > 0 else None,
            **run}


def summary(runs: list[dict], settings: list[str]) -> dict:
    medians: dict[str, dict] = {}
    for setting in settings:
        mine = [r for r in runs if r["setting"] == setting]
        medians[setting] = {
            key: round(statistics.median(r[key] for r in mine), 2)
            for key in ("articles_per_s", "steady_articles_per_s", "seconds", "cpu_seconds")
            if all(r[key] for r in mine)
        }

    def ratio(a: str, b: str, key: str = "articles_per_s") -> float | None:
        if medians.get(a, {}).get(key) and medians.get(b, {}).get(key):
            return round(medians[a][key] / medians[b][key], 3)
        return None

    return {
        "medians": medians,
        "ratios": {
            "ray2_over_ray1": ratio("ray-2", "ray-1"),
            "ray1_over_local1": ratio("ray-1", "local-1"),
            "ray2_over_ray1_steady": ratio("ray-2", "ray-1", "steady_articles_per_s"),
            "ray1_over_local1_steady": ratio("ray-1", "local-1", "steady_articles_per_s"),
            "local2_over_local1": ratio("local-2", "local-1"),
            "joined_ray2_over_ray1": ratio("ray-2-joined", "ray-1-joined"),
            "joined_ray1_over_local1": ratio("ray-1-joined", "local-1"),
        },
    }


def main() -> None:
    from measure import default_bbc_folder

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(default_bbc_folder()))
    parser.add_argument("--limit", type=int, default=1000, help="the first N articles (default 1,000)")
    parser.add_argument("--only", nargs="*", choices=SETTINGS, default=list(DEFAULT_SETTINGS))
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds; medians reported (default 3)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--run", choices=SETTINGS, help=argparse.SUPPRESS)  # one run, in a child process
    args = parser.parse_args()
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")

    if args.run:
        print(json.dumps(run_setting(args.run, args.folder, args.limit, args.batch_size)))
        return
    results = {"folder": args.folder, "limit": args.limit, "cpus": os.cpu_count(), "rounds": args.rounds,
               "load_average_at_start": os.getloadavg() if hasattr(os, "getloadavg") else None, "runs": []}
    for _ in range(args.rounds):
        for setting in args.only:
            run = measure(setting, args)
            results["runs"].append(run)
            print(json.dumps(run), file=sys.stderr, flush=True)
    results.update(summary(results["runs"], args.only))
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
