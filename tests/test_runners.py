"""Runners on this machine and what rides on them: the pool starts once and the parent loads no
model; an unguarded script fails fast; one writer per database; record datasets (`batch`) load
into the same corpus as a direct ingest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_content import corpus_content
from dateline import AnalysisOptions, Pipeline
from dateline.cli import app
from dateline.dataset import read_record_dataset
from dateline.ingest import batch, ingest, load_records
from dateline.reading import read_paths

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
STORIES = sorted(str(p) for p in CORPUS.glob("0[1-4]*.txt"))

STORY = """Harbour cranes stand idle

PORTSMOUTH (Reuters) - Dock workers at the harbour walked out on Tuesday, union leader Mara Quint
said. "We will not load another ship until the cranes are safe," she told reporters.
"""


def _plain(results) -> list:
    """Records as dicts without their timing; failures as (name, code)."""
    out = []
    for result in results:
        if hasattr(result, "to_dict"):
            data = result.to_dict()
            data["stats"].pop("seconds")
            out.append(data)
        else:
            out.append((result.name, result.code))
    return out


def test_the_pool_starts_once_and_the_parent_loads_no_model():
    options = AnalysisOptions(n_process=2, batch_size=2)
    with Pipeline(options) as pipeline:
        first = _plain(pipeline.run_paths(STORIES))
        pool = pipeline.runner._pool
        workers = sorted(pool._processes)
        second = _plain(pipeline.run_paths(STORIES))
        assert pipeline.runner._pool is pool and sorted(pool._processes) == workers  # no new workers
        assert pipeline._nlp is None  # only the workers loaded the spaCy pipeline
    assert first == second == _plain(Pipeline(AnalysisOptions(batch_size=2)).run_paths(STORIES))


def test_a_script_without_a_main_guard_fails_fast_with_a_clear_error(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    script = tmp_path / "unguarded.py"
    script.write_text(textwrap.dedent("""
        import dateline
        pipeline = dateline.Pipeline(dateline.AnalysisOptions(n_process=2))
        for result in pipeline.run_paths([%r]):
            print(result.id)
    """ % str(tmp_path / "story.txt")), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert done.returncode != 0
    assert "E101" in done.stderr and 'if __name__ == "__main__":' in done.stderr
    assert "E102" in done.stderr  # the parent's own error, not a hang
    assert done.stderr.count("Traceback") <= 1  # the parent's, at most: no spawn tracebacks from workers


def test_two_concurrent_ingests_give_the_database_of_one(tmp_path):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "dateline", "ingest", str(CORPUS), "--json", "--db"]
    shared, alone = tmp_path / "shared.db", tmp_path / "alone.db"
    first = subprocess.Popen([*command, str(shared)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    second = subprocess.Popen([*command, str(shared)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    outputs = [p.communicate(timeout=600) for p in (first, second)]
    subprocess.run([*command, str(alone)], capture_output=True, text=True, env=env, timeout=600)
    summaries = [json.loads(out) for out, _ in outputs]
    # One analysed the corpus; the other waited for it, then found every article stored.
    assert sorted(s["stored"] for s in summaries) == [0, 8]
    assert any("being written by another ingest" in err for _, err in outputs)
    assert corpus_content(shared) == corpus_content(alone)


def test_batch_output_loads_into_the_same_corpus_as_a_direct_ingest(pipeline, tmp_path):
    out = tmp_path / "records"
    summary = batch([str(CORPUS)], out, options=pipeline.options, runner=pipeline.runner, flush_every=3)
    assert (summary.stored, summary.duplicates, summary.errors) == (8, 1, 2)
    again = batch([str(CORPUS)], out, options=pipeline.options, runner=pipeline.runner)
    assert (again.stored, again.skipped) == (0, 9)  # what the dataset holds is not analysed again
    dataset = read_record_dataset(out)
    assert (dataset.records, dataset.failures) == (8, 2)

    direct, loaded = tmp_path / "direct.db", tmp_path / "loaded.db"
    ingest([str(CORPUS)], direct, pipeline=pipeline)
    assert load_records(out, loaded).stored == 8
    assert load_records(out, loaded).stored == 0  # idempotent
    assert corpus_content(loaded) == corpus_content(direct)


def test_batch_side_tables_read_with_pyarrow(pipeline, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="record datasets need pyarrow (the [parquet] extra)")
    out = tmp_path / "records"
    batch(STORIES, out, options=pipeline.options, runner=pipeline.runner)
    records = pq.read_table(out / "records").to_pylist()
    assert sorted(r["id"] for r in records) == sorted(r.id for r in pipeline.run_paths(STORIES))
    assert all(r["month"] == r["date"][:7] for r in records)  # the Hive partition
    quotes = pq.read_table(out / "quotes").to_pylist()
    assert quotes and all(q["article_id"] in {r["id"] for r in records} for q in quotes)
    assert pq.read_table(out / "entities").num_rows > 0 and pq.read_table(out / "places").num_rows > 0


def test_parquet_inputs_with_a_text_column_are_articles(pipeline, tmp_path):
    pa = pytest.importorskip("pyarrow", reason="Parquet inputs need pyarrow (the [parquet] extra)")
    import pyarrow.parquet as pq

    path = tmp_path / "feed.parquet"
    pq.write_table(pa.table({"text": [STORY, "", STORY.replace("Tuesday", "Friday")], "date": ["2024-05-07", None, "2024-05-10"]}), path)
    results = list(read_paths([str(path)], AnalysisOptions()))
    assert [getattr(r, "code", None) for r in results] == [None, "E007", None]
    assert results[0].source.line == 1 and results[0].date == "2024-05-07"
    records = [r for r in pipeline.run(results) if hasattr(r, "id")]
    assert [r.date for r in records] == ["2024-05-07", "2024-05-10"]


def test_engine_ray_without_ray_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # as if ray were not installed
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    for command in (["analyze", str(tmp_path / "story.txt")], ["batch", str(tmp_path / "story.txt"), "--out", str(tmp_path / "out")]):
        result = CliRunner().invoke(app, [*command, "--engine", "ray"])
        assert result.exit_code == 2
        assert "pip install 'dateline[ray]'" in result.stderr and "Traceback" not in result.stderr


class _RayThatCannotConnect:
    """Stands in for the ray module: not started here, and `init` fails as a refused join does."""

    def is_initialized(self) -> bool:
        return False

    def init(self, **kwargs):
        raise ConnectionError(f"Failed to connect to Ray cluster at {kwargs.get('address')}")


def test_a_cluster_that_cannot_be_joined_is_named_with_what_to_check(tmp_path, monkeypatch):
    import dateline.runners.ray as ray_runner

    monkeypatch.setattr(ray_runner, "import_ray", lambda: _RayThatCannotConnect())
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(tmp_path / "story.txt"), "--engine", "ray", "--ray-address", "10.0.0.9:6379"])
    assert result.exit_code != 0 and "Traceback" not in result.stderr
    assert "[E106]" in result.stderr and "10.0.0.9:6379" in result.stderr and "RAY_AUTH_MODE=token" in result.stderr


# -- Ray's tasks: full batches, then small ones so that the actors finish together ------------------
@pytest.mark.parametrize("articles, batch_size, workers", [(1000, 32, 2), (100, 32, 4), (10, 32, 2), (64, 32, 1), (33, 8, 3), (1, 32, 2)])
def test_ray_tasks_hold_every_article_once_and_end_small(articles, batch_size, workers):
    from dateline.runners.ray import block_sizes

    sizes = block_sizes(articles, batch_size, workers)
    assert sum(sizes) == articles and all(0 < size <= batch_size for size in sizes)
    if workers == 1:
        assert sizes[:-1] == [batch_size] * (len(sizes) - 1)  # one actor: no tail to even out
    else:
        # the last `workers` batches' worth of articles come in quarter batches
        tail, last = min(articles, workers * batch_size), []
        while sum(last) < tail:
            last.append(sizes[-1 - len(last)])
        assert sum(last) == tail and max(last) <= max(1, batch_size // 4)


def test_the_engine_factory_builds_the_pipeline_where_it_is_called():
    import pickle

    from dateline.engines import PipelineFactory

    built = pickle.loads(pickle.dumps(PipelineFactory()))(AnalysisOptions(batch_size=4))
    assert isinstance(built, Pipeline) and built.options.batch_size == 4

