"""The Ray runner on a local Ray (two CPUs, no dashboard), one session shared by the module:
the same records as the local pipeline in input order, every input a record or a failure, a
killed actor retried with every article exactly once, and its batch output loading into the
same corpus as a direct ingest. Skips where Ray is not installed (CI installs it with [test])."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

ray = pytest.importorskip("ray", reason="Ray is an optional extra (pip install 'dateline[ray]'); CI installs it with [test]")

from corpus_content import corpus_content  # noqa: E402
from dateline import AnalysisOptions, Pipeline  # noqa: E402
from dateline.ingest import batch, ingest, load_records  # noqa: E402
from dateline.reading import read_paths  # noqa: E402
from dateline.runners.ray import RayRunner  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
OPTIONS = AnalysisOptions(batch_size=2)


@pytest.fixture(scope="module")
def ray_session():
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    # Ray gives its raylet a fixed 30 s to register; on a machine loaded by other jobs it may
    # miss that once: try again before calling it a failure.
    for attempt in range(3):
        try:
            ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
            break
        except Exception:
            ray.shutdown()
            for pid in _descendants(b"/ray/"):  # what the failed start left running (gcs_server)
                os.kill(pid, signal.SIGKILL)
            if attempt == 2:
                raise
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def local_results():
    return _plain(Pipeline(OPTIONS).run_paths([str(CORPUS)]))


def _plain(results) -> list:
    """Records as dicts without their timing (stats.seconds); failures as (name, code, message)."""
    out = []
    for result in results:
        if hasattr(result, "to_dict"):
            data = result.to_dict()
            data["stats"].pop("seconds")
            out.append(data)
        else:
            out.append((result.name, result.code, result.message))
    return out


def _actor_processes() -> list[int]:
    """Our own Ray session's analysis actors: descendants of this process (Ray's raylet is our
    child) whose command line names the actor class."""
    return _descendants(b"AnalyseBatches")


def _descendants(marker: bytes) -> list[int]:
    """Descendants of this process whose command line holds `marker`."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [os.getpid()]
    while todo:
        for child in children.get(todo.pop(), []):
            todo.append(child)
            try:
                with open(f"/proc/{child}/cmdline", "rb") as handle:
                    if marker in handle.read():
                        found.append(child)
            except OSError:
                pass
    return found


def test_ray_records_equal_the_local_pipeline_in_input_order(ray_session, local_results):
    runner = RayRunner(Pipeline, OPTIONS, workers=2)
    results = _plain(runner.run(read_paths([str(CORPUS)], OPTIONS)))
    assert results == local_results
    # Every input ends as a record or a failure: 9 stories (one a copy) and 2 failures.
    assert len(results) == 11 and sum(isinstance(r, tuple) for r in results) == 2


def test_a_killed_actor_is_retried_and_every_article_comes_once(ray_session, local_results):
    runner = RayRunner(Pipeline, AnalysisOptions(batch_size=1), workers=2)
    results = runner.run(read_paths([str(CORPUS)], OPTIONS))
    first = next(results)
    actors = _actor_processes()
    assert actors, "no analysis actor found to kill"
    os.kill(actors[0], signal.SIGKILL)
    rest = list(results)
    assert _plain([first, *rest]) == local_results


def test_ray_batch_output_loads_into_the_same_corpus_as_a_direct_ingest(ray_session, pipeline, tmp_path):
    out = tmp_path / "records"
    summary = batch([str(CORPUS)], out, options=OPTIONS, runner=RayRunner(Pipeline, OPTIONS, workers=2))
    assert (summary.stored, summary.duplicates, summary.errors) == (8, 1, 2)
    direct, loaded = tmp_path / "direct.db", tmp_path / "loaded.db"
    ingest([str(CORPUS)], direct, pipeline=pipeline)
    load_records(out, loaded)
    assert corpus_content(loaded) == corpus_content(direct)


def test_engine_ray_on_the_command_line(ray_session, local_results, tmp_path):
    import json

    from typer.testing import CliRunner

    from dateline.cli import app

    out = tmp_path / "records.jsonl"
    result = CliRunner().invoke(app, ["analyze", str(CORPUS), "--engine", "ray", "--workers", "2", "-o", str(out)])
    assert result.exit_code == 1  # the two inputs that fail, reported on standard error
    assert "10-empty.txt" in result.stderr and "E002" in result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for record in records:
        record["stats"].pop("seconds")
    assert records == [r for r in local_results if isinstance(r, dict)]
    db = tmp_path / "news.db"
    ingested = CliRunner().invoke(app, ["ingest", str(CORPUS), "--db", str(db), "--engine", "ray", "--json"])
    assert json.loads(ingested.stdout)["stored"] == 8
    # Ray's start is told apart from the analysis (the summary's time and rate are analysis only).
    assert "a local Ray ready in" in ingested.stderr and "worker(s)" in ingested.stderr


def test_a_ray_started_for_the_run_gives_its_actors_normal_priority():
    # Ray's default worker niceness (15) lets every wake-up of the driver or of Ray's own
    # processes pre-empt the analysis; a Ray dateline starts for itself sets 0 (the user's
    # RAY_worker_niceness wins). In a fresh process: this module's session is already running.
    import subprocess
    import sys

    code = (
        "import os, ray\n"
        "from dateline import AnalysisOptions, Pipeline\n"
        "from dateline.runners.ray import RayRunner\n"
        "runner = RayRunner(Pipeline, AnalysisOptions(), workers=1)\n"
        "print('niceness', ray.get(ray.remote(lambda: os.nice(0)).remote()))\n"
        "runner.close()\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("RAY_worker_niceness", "RAY_ADDRESS")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert "niceness 0" in done.stdout, done.stderr[-2000:]
