"""What an app serves: one corpus file, read through one read-only `Reader` per worker thread
(a SQLite connection must not be shared by threads running at once), and the analysis pipeline
for POST /api/analyze, loaded on first use and run by one thread at a time."""

from __future__ import annotations

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

    def reader(self) -> Reader:
        reader = getattr(self._local, "reader", None)
        if reader is None:
            reader = self._local.reader = Reader(self.path, self.time_limit)
        return reader

    def analyze(self, run):
        """Run `run(pipeline)` with the pipeline, one call at a time."""
        with self._pipeline_lock:
            if self._pipeline is None:
                from dateline.pipeline import Pipeline

                self._pipeline = Pipeline()
            return run(self._pipeline)
