"""Articles per second on the same BBC articles: local 1 process, local 2 processes, Ray with 1
and 2 actors (a private local Ray, no dashboard).

    python benchmarks/scale.py [FOLDER] [--limit 1000] [--only local-1 ray-2 ...]

Prints JSON. For each setting: `articles_per_s` end to end (worker or actor start-up and model
loading included, as a user waits), `steady_articles_per_s` from the first result to the last
(start-up left out; meaningful with many batches), wall and CPU seconds (CPU over the whole process tree: the workers and Ray's
actors count), and the summed resident memory at the end. The ratios the issue asks for:
ray-2 / ray-1 and ray-1 / local-1. Defaults to ../shared/corpus/bbc beside the clone.

`ray-N` starts a private Ray inside the timed run (as `dateline batch --engine ray` does without
an address): Ray's own start-up is charged to it. `ray-N-joined` is the cluster user's case: a Ray
already running on this machine (`ray start --head --num-cpus N`, bound to 127.0.0.1, started and
stopped outside the timing) that the run joins with its address, as `--ray-address` does.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time

from measure import bbc_articles, default_bbc_folder, tree_cpu_seconds, tree_rss_mb

from dateline import AnalysisOptions, Pipeline

SETTINGS = ("local-1", "local-2", "ray-1", "ray-2", "ray-1-joined", "ray-2-joined")
DEFAULT_SETTINGS = ("local-1", "local-2", "ray-1", "ray-2")
HEAD_PORT = 6388  # the benchmark's own head node, apart from Ray's default 6379


def runner_for(setting: str, options: AnalysisOptions):
    engine, count, *joined = setting.split("-")
    if engine == "local":
        return Pipeline(options.model_copy(update={"n_process": int(count)})).runner
    from dateline.runners.ray import RayRunner

    address = f"127.0.0.1:{HEAD_PORT}" if joined else None
    return RayRunner(Pipeline, options, workers=int(count), address=address)


def ray_cli(*args: str) -> None:
    """`ray start` / `ray stop` for the joined settings (the `ray` command beside this Python)."""
    command = [os.path.join(os.path.dirname(sys.executable), "ray"), *args]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def start_head(cpus: int) -> None:
    os.environ["RAY_AUTH_MODE"] = "token"  # `ray start` turns token authentication on; the driver sends it
    ray_cli("start", "--head", f"--num-cpus={cpus}", "--node-ip-address=127.0.0.1", f"--port={HEAD_PORT}",
            "--include-dashboard=false", "--disable-usage-stats")
    time.sleep(5)  # let the head's own processes settle, as on a cluster that has been up a while


def measure(setting: str, articles, options: AnalysisOptions) -> dict:
    if setting.endswith("-joined"):
        start_head(int(setting.split("-")[1]))
        try:
            return timed(setting, articles, options)
        finally:
            ray_cli("stop", "--force")
    return timed(setting, articles, options)


def timed(setting: str, articles, options: AnalysisOptions) -> dict:
    started, started_cpu = time.perf_counter(), tree_cpu_seconds()
    runner = runner_for(setting, options)
    first = last = None
    count = 0
    for result in runner.run(articles):
        last = time.perf_counter()
        first = first or last
        count += hasattr(result, "to_json")
    wall = time.perf_counter() - started
    cpu = tree_cpu_seconds() - started_cpu
    rss = tree_rss_mb()
    runner.close()
    steady = (len(articles) - 1) / (last - first) if last and first and last > first else None
    return {
        "setting": setting,
        "records": count,
        "seconds": round(wall, 2),
        "cpu_seconds": round(cpu, 2),
        "articles_per_s": round(len(articles) / wall, 2),
        "articles_per_cpu_s": round(len(articles) / cpu, 2) if cpu > 0 else None,
        "steady_articles_per_s": round(steady, 2) if steady else None,
        "rss_mb_end": rss,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(default_bbc_folder()))
    parser.add_argument("--limit", type=int, default=1000, help="the first N articles (default 1,000)")
    parser.add_argument("--only", nargs="*", choices=SETTINGS, default=list(DEFAULT_SETTINGS))
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    articles = bbc_articles(args.folder, args.limit)
    if not articles:
        sys.exit(f"no articles in {args.folder}")
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    options = AnalysisOptions(batch_size=args.batch_size)
    results = {"folder": args.folder, "articles": len(articles), "cpus": os.cpu_count(),
               "load_average_at_start": os.getloadavg() if hasattr(os, "getloadavg") else None, "runs": []}
    by_setting = {}
    for setting in args.only:
        run = measure(setting, articles, options)
        results["runs"].append(run)
        by_setting[setting] = run
        print(json.dumps(run), file=sys.stderr, flush=True)

    def ratio(a: str, b: str, key: str) -> float | None:
        if a in by_setting and b in by_setting and by_setting[a][key] and by_setting[b][key]:
            return round(by_setting[a][key] / by_setting[b][key], 3)
        return None

    results["ratios"] = {
        "ray2_over_ray1": ratio("ray-2", "ray-1", "articles_per_s"),
        "ray2_over_ray1_steady": ratio("ray-2", "ray-1", "steady_articles_per_s"),
        "ray1_over_local1": ratio("ray-1", "local-1", "articles_per_s"),
        "ray1_over_local1_steady": ratio("ray-1", "local-1", "steady_articles_per_s"),
        "local2_over_local1": ratio("local-2", "local-1", "articles_per_s"),
        "joined_ray2_over_ray1": ratio("ray-2-joined", "ray-1-joined", "articles_per_s"),
        "joined_ray1_over_local1": ratio("ray-1-joined", "local-1", "articles_per_s"),
    }
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
