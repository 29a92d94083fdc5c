"""What an app serves: one corpus file, read through one read-only `Reader` per worker thread
(a SQLite connection must not be shared by threads running at once), and the analysis pipeline
for POST /api/analyze, loaded on first use and run by one thread at a time."""

from __future__ import annotations

import copy
import os
import threading
from pathlib import Path

from dateline.store import Reader


class Corpus:
    def __init__(self, path: str | Path, time_limit: float) -> None:
        self.path = Path(path)
        self.time_limit = time_limit
        Reader(self.path, time_limit).close()  # fail now, with the store's message, not on the first request
        self._local = threading.local()
        self._pipeline = None
        self._pipeline_lock = threading.Lock()
        self._answers: dict[str, tuple[tuple, object]] = {}
        self._answers_lock = threading.Lock()

    def reader(self) -> Reader:
        reader = getattr(self._local, "reader", None)
        if reader is None:
            reader = self._local.reader = Reader(self.path, self.time_limit)
        return reader

    def version(self) -> tuple:
        """What changes whenever the corpus does: the size and modification time of the file and
        of its write-ahead log (a commit appends to the log, a checkpoint writes the file)."""
        out = []
        for path in (self.path, Path(f"{self.path}-wal")):
            try:
                found = os.stat(path)
                out.append((found.st_mtime_ns, found.st_size))
            except OSError:
                out.append(None)
        return tuple(out)

    def answer(self, key: str, compute):
        """`compute()`, kept until the corpus changes: for whole-corpus questions (sizes, top
        lists) that read every quote, 250 ms on the 1M-quote benchmark corpus, and are asked by
        every visit to the home page. A copy each time, so a caller cannot change the kept one."""
        version = self.version()
        with self._answers_lock:
            kept = self._answers.get(key)
        if kept is None or kept[0] != version:
            kept = (version, compute())
            with self._answers_lock:
                self._answers[key] = kept
        return copy.deepcopy(kept[1])

    def analyze(self, run):
        """Run `run(pipeline)` with the pipeline, one call at a time."""
        with self._pipeline_lock:
            if self._pipeline is None:
                from dateline.pipeline import Pipeline

                self._pipeline = Pipeline()
            return run(self._pipeline)
