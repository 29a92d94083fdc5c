"""Latency of `dateline serve` on the 1,000,000-quote synthetic corpus: p50/p95 of the API's
quote, search and entity endpoints and of the article and speaker pages, under 1 and 8 concurrent
clients on loopback, a bounded number of requests each; prints JSON.

The corpus is benchmarks/corpus_queries.py's (built with its builder if --db does not exist). The
server runs in its own process (uvicorn, as `dateline serve` runs it, access log off); clients
are threads with keep-alive connections. Targets at 1 client: API p95 < 50 ms, pages p95 < 150 ms.

    python benchmarks/serve.py --db /tmp/dateline-quotes-1m.db             # 200 requests per case
    python benchmarks/serve.py --db /tmp/small.db --articles 2000 --requests 50
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from corpus_queries import TOPICS, build, percentile

from dateline.store import open_reader

API_TARGET_MS, PAGE_TARGET_MS = 50.0, 150.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    code = ("import uvicorn; from dateline.serve import create_app; "
            f"uvicorn.run(create_app({str(db)!r}), host='127.0.0.1', port={port}, log_level='warning', access_log=False)")
    server = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=30).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def samples(db: Path, rng: random.Random) -> dict:
    with open_reader(db) as reader:
        articles = [r[0] for r in reader.rows("SELECT id FROM articles ORDER BY random() LIMIT 500")]
        people = [dict(r) for r in reader.rows(
            "SELECT e.id, e.name FROM entities e WHERE e.type = 'PERSON' ORDER BY random() LIMIT 500")]
        top = reader.rows("SELECT speaker_entity FROM quotes WHERE speaker_entity IS NOT NULL "
                          "GROUP BY speaker_entity ORDER BY count(*) DESC LIMIT 1")[0][0]
    return {"articles": articles, "people": people, "top": top}


def cases(s: dict, rng: random.Random) -> dict:
    person = lambda: rng.choice(s["people"])  # noqa: E731
    return {
        "api quotes (speaker + words)": ("api", lambda: f"/api/quotes?speaker={person()['name']}&about={rng.choice(TOPICS)}&limit=50"),
        # Facets (counts over the newest 3,000 matches) are an option of the quote endpoint the
        # quotes page always asks for; reported beside the targets, not in them.
        "api quotes (words + since, facets)": ("facets", lambda: f"/api/quotes?about={rng.choice(TOPICS)}&since=2023-01-01&limit=50&facets=true"),
        "api search": ("api", lambda: f"/api/search?q={rng.choice(TOPICS)}&limit=20"),
        "api entity": ("api", lambda: f"/api/entities/{person()['id']}"),
        "article page": ("page", lambda: f"/article/{rng.choice(s['articles'])}"),
        "speaker page": ("page", lambda: f"/entity/{person()['id']}"),
        # Not in the targets: the most-quoted speaker of the Zipfian corpus (the worst case).
        "speaker page (most quoted; worst case)": ("worst", lambda: f"/entity/{s['top']}"),
    }


def other_cases(s: dict, rng: random.Random) -> dict:
    """Every other endpoint and page (--all), reported beside the targets: what a browsing
    session asks besides the five targeted requests."""
    person = lambda: rng.choice(s["people"])  # noqa: E731
    return {
        "api articles (words)": ("other api", lambda: f"/api/articles?q={rng.choice(TOPICS)}&limit=20"),
        "api articles (entity)": ("other api", lambda: f"/api/articles?entity={person()['id']}&limit=20"),
        "api entities (name lookup)": ("other api", lambda: f"/api/entities?name={person()['name'].split()[-1]}"),
        "api places": ("other api", lambda: "/api/places"),
        "api timeline (entity)": ("other api", lambda: f"/api/timeline?entity={person()['id']}"),
        "api timeline (corpus)": ("other api", lambda: "/api/timeline"),
        "api stats": ("other api", lambda: "/api/stats"),
        "api errors": ("other api", lambda: "/api/errors"),
        "home page": ("other page", lambda: "/"),
        "search page": ("other page", lambda: f"/search?q={rng.choice(TOPICS)}"),
        "quotes page (words)": ("other page", lambda: f"/quotes?q={rng.choice(TOPICS)}"),
        "quotes page (speaker)": ("other page", lambda: f"/quotes?speaker_id={person()['id']}"),
        "articles page": ("other page", lambda: f"/articles?q={rng.choice(TOPICS)}"),
        "map page": ("other page", lambda: "/map"),
        "timeline page (entity)": ("other page", lambda: f"/timeline?entity={person()['id']}"),
    }


def run_case(base: str, make_url, requests: int, clients: int) -> dict:
    def worker(count: int) -> tuple[list[float], int]:
        times, bad = [], 0
        with httpx.Client(base_url=base, timeout=60) as client:
            client.get(make_url())  # connect and warm
            for _ in range(count):
                url = make_url()
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
                bad += response.status_code != 200
        return times, bad

    share = [requests // clients + (i < requests % clients) for i in range(clients)]
    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(worker, share))
    wall = time.perf_counter() - started
    times = [t for ts, _ in results for t in ts]
    return {"p50_ms": round(percentile(times, 50), 1), "p95_ms": round(percentile(times, 95), 1), "max_ms": round(max(times), 1),
            "requests": len(times), "not_200": sum(b for _, b in results), "requests_per_s": round(len(times) / wall, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=Path("/tmp/dateline-quotes-1m.db"))
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--quotes-per-article", type=int, default=20)
    parser.add_argument("--requests", type=int, default=200, help="requests per case and concurrency")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--all", action="store_true", help="also every other endpoint and page (not in the targets)")
    parser.add_argument("--only", nargs="+", default=None, help="run only the cases whose names contain one of these words")
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db, args.articles, args.quotes_per_article)
    rng = random.Random(5)
    picked = samples(args.db, rng)
    port = free_port()
    server = start_server(args.db, port)
    base = f"http://127.0.0.1:{port}"
    results: dict = {}
    try:
        cpu_before = cpu_seconds(server.pid)
        for clients in args.clients:
            chosen = {**cases(picked, rng), **(other_cases(picked, rng) if args.all else {})}
            for name, (kind, make_url) in chosen.items():
                if args.only and not any(word in name for word in args.only):
                    continue
                case_cpu = cpu_seconds(server.pid)
                result = run_case(base, make_url, args.requests, clients)
                # The server's CPU per request of this case: on a shared machine, steadier than latency.
                result["server_cpu_ms_per_request"] = round(1000 * (cpu_seconds(server.pid) - case_cpu) / (result["requests"] + 1), 1)
                results.setdefault(name, {"kind": kind})[f"{clients}_clients"] = result
        server_cpu = round(cpu_seconds(server.pid) - cpu_before, 1)
    finally:
        server.terminate()
        server.wait(10)
    with open_reader(args.db) as reader:
        corpus = {"articles": reader.value("SELECT count(*) FROM articles"), "quotes": reader.value("SELECT count(*) FROM quotes"),
                  "db_mb": round(os.path.getsize(args.db) / 1e6, 1)}
    one = f"{min(args.clients)}_clients"
    met = {"api_p95_under_50ms": all(r[one]["p95_ms"] < API_TARGET_MS for r in results.values() if r["kind"] == "api"),
           "pages_p95_under_150ms": all(r[one]["p95_ms"] < PAGE_TARGET_MS for r in results.values() if r["kind"] == "page")}
    total = sum(r[k]["requests"] + 1 for r in results.values() for k in r if k != "kind")
    # Server CPU per request: unlike latency, hardly disturbed by other work on a shared machine.
    print(json.dumps({"corpus": corpus, "load_average": os.getloadavg(), "cpu_count": os.cpu_count(), "server_cpu_seconds": server_cpu,
                      "server_cpu_ms_per_request": round(1000 * server_cpu / total, 1),
                      "results": results, "targets_at_1_client": met}, indent=2))


if __name__ == "__main__":
    main()
