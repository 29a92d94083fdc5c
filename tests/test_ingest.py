"""Ingest of real files through the real pipeline: idempotent, resumable after kill -9, failures
kept, readers served while it writes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from corpus_content import corpus_content as _content
from dateline.ingest import count_inputs, ingest
from dateline.record import ArticleRecord
from dateline.store import Reader, corpus_stats, find_quotes, get_record, list_errors, search

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
GOOD = sorted(p for p in CORPUS.glob("*.txt") if p.name[:2] <= "08")  # the eight real stories


def test_ingest_stores_every_input_or_its_failure(pipeline, tmp_path):
    db = tmp_path / "news.db"
    summary = ingest([str(CORPUS)], db, pipeline=pipeline)
    assert (summary.total, summary.done, summary.stored, summary.duplicates, summary.errors, summary.skipped) == (11, 11, 8, 1, 2, 0)
    stats = corpus_stats(db)
    assert (stats["articles"], stats["inputs"], stats["errors"]) == (8, 9, 2)
    assert stats["inputs"] + stats["errors"] == count_inputs([str(CORPUS)])
    assert {(e["input"].rsplit("/", 1)[-1], e["code"]) for e in list_errors(db)} == {("10-empty.txt", "E002"), ("11-header-only.txt", "E013")}
    # The copy of the harbour story is a second source of the same article.
    with Reader(db) as reader:
        sources = reader.rows("SELECT input FROM sources WHERE article_id = (SELECT article_id FROM sources WHERE input LIKE '%01-harbour.txt')")
    assert sorted(Path(r["input"]).name for r in sources) == ["01-harbour.txt", "09-harbour-copy.txt"]


def test_second_run_analyses_and_stores_nothing_new(pipeline, tmp_path, monkeypatch):
    db = tmp_path / "news.db"
    ingest([str(CORPUS)], db, pipeline=pipeline)
    with Reader(db) as reader:
        before = reader.value("SELECT count(*) FROM articles"), reader.value("SELECT count(*) FROM mentions")
    analysed = []
    real = pipeline._analyse
    monkeypatch.setattr(pipeline, "_analyse", lambda contexts: (analysed.extend(contexts), real(contexts)))
    summary = ingest([str(CORPUS)], db, pipeline=pipeline)
    assert (summary.stored, summary.skipped, summary.errors) == (0, 9, 2)
    assert analysed == []  # skipped by text hash before any analysis
    with Reader(db) as reader:
        assert (reader.value("SELECT count(*) FROM articles"), reader.value("SELECT count(*) FROM mentions")) == before


def test_stored_records_are_the_analysis_records(pipeline, tmp_path):
    db = tmp_path / "news.db"
    ingest([str(p) for p in GOOD[:3]], db, pipeline=pipeline)
    for result in pipeline.run_paths([str(p) for p in GOOD[:3]]):
        stored = get_record(db, result.id)
        assert _without_seconds(stored) == _without_seconds(result)
        assert stored.source.path == result.source.path


def test_a_failing_article_is_stored_as_an_error_and_the_batch_goes_on(pipeline, tmp_path, monkeypatch):
    import dateline.pipeline as pipeline_module

    real = pipeline_module.build_record

    def fragile(ctx):
        if "Brenner" in ctx.text:
            raise ValueError("invented failure")
        return real(ctx)

    monkeypatch.setattr(pipeline_module, "build_record", fragile)
    db = tmp_path / "news.db"
    summary = ingest([str(p) for p in GOOD], db, pipeline=pipeline)
    assert (summary.stored, summary.errors) == (7, 1)
    [error] = list_errors(db)
    assert error["input"].endswith("08-central-bank.txt") and error["code"] == "E099"
    assert "invented failure" in error["message"] and error["article_id"]
    monkeypatch.setattr(pipeline_module, "build_record", real)
    # Fixed: the next run stores it and forgets the error.
    assert ingest([str(p) for p in GOOD], db, pipeline=pipeline).stored == 1
    assert list_errors(db) == []


def test_readers_work_while_an_ingest_writes(pipeline, tmp_path):
    db = tmp_path / "news.db"
    ingest([str(GOOD[0])], db, pipeline=pipeline)  # the file exists before readers start
    written, read = threading.Event(), threading.Event()

    def progress(state):
        if state.stored >= 2 and not written.is_set():
            written.set()  # two articles are committed (one per transaction) ...
            read.wait(60)  # ... and the ingest holds until a reader has looked

    seen_counts, failures = [], []
    done = threading.Event()

    def reader_loop():
        with Reader(db) as reader:
            while not done.is_set():
                try:
                    seen_counts.append(reader.value("SELECT count(*) FROM articles"))
                    search(reader, "minister")
                    find_quotes(reader, speaker="Jones", about="hospital")
                except Exception as exc:  # noqa: BLE001 - any failure is the finding
                    failures.append(exc)
                time.sleep(0.005)

    poller = threading.Thread(target=reader_loop)
    poller.start()
    worker = threading.Thread(target=lambda: ingest([str(CORPUS)], db, pipeline=pipeline, progress=progress, flush_every=1))
    worker.start()
    try:
        assert written.wait(120)
        with Reader(db) as reader:
            middle = reader.value("SELECT count(*) FROM articles")
            hits = search(reader, "breakwater OR grain", fts=True)["articles"]
        assert 1 < middle < 8 and hits
    finally:
        read.set()
        worker.join(120)
        done.set()
        poller.join(10)
    assert failures == []
    assert seen_counts == sorted(seen_counts) and len(set(seen_counts)) >= 2  # it watched the corpus grow
    assert corpus_stats(db)["articles"] == 8


# -- kill -9 halfway, then resume -------------------------------------------------------------------
def _make_corpus(folder: Path) -> int:
    """Forty invented articles (the eight stories, five updates each) plus the failures and the copy."""
    folder.mkdir()
    for story in GOOD:
        text = story.read_text(encoding="utf-8")
        head, rest = text.split("\n\n", 1)
        for update in range(5):
            (folder / f"{story.stem}-{update}.txt").write_text(f"{head}\n\nThis is update number {update} of the story.\n\n{rest}", encoding="utf-8")
    (folder / "09-harbour-copy.txt").write_bytes((folder / "01-harbour-0.txt").read_bytes())
    for extra in ("10-empty.txt", "11-header-only.txt"):
        (folder / extra).write_bytes((CORPUS / extra).read_bytes())
    return len(GOOD) * 5


def _ingest_command(corpus: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "dateline", "ingest", str(corpus), "--db", str(db), "--commit-every", "1", "--batch-size", "2", "--json"]


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_a_run_killed_halfway_resumes_to_the_same_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    stories = _make_corpus(corpus)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}

    whole = tmp_path / "whole.db"
    done = subprocess.run(_ingest_command(corpus, whole), capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 1, done.stderr  # 1: the empty and header-only inputs failed
    assert json.loads(done.stdout)["stored"] == stories

    killed = tmp_path / "killed.db"
    process = subprocess.Popen(_ingest_command(corpus, killed), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 240
        while _count(killed) < 6 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(30)
    halfway = _count(killed)
    assert process.returncode == -signal.SIGKILL
    assert 6 <= halfway < stories, "the run must be killed part of the way through"

    resumed = subprocess.run(_ingest_command(corpus, killed), capture_output=True, text=True, env=env, timeout=300)
    summary = json.loads(resumed.stdout)
    assert summary["stored"] + summary["skipped"] + summary["duplicates"] + summary["errors"] == stories + 3
    assert summary["stored"] == stories - halfway  # nothing committed before the kill is analysed again
    assert _content(killed) == _content(whole)


def _without_seconds(record: ArticleRecord) -> dict:
    data = record.to_dict()
    data["stats"].pop("seconds")
    return data
