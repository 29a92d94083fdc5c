"""Ingest: folders of articles into a corpus database, idempotently and resumably.

    1. read     `reading.read_inputs` over the paths, in their sorted order
    2. skip     an article whose id (the hash of its text) is stored is not analysed again, nor
                is a second copy of a text already on its way in this run
    3. analyse  `Pipeline.run` over what is left, on `options.n_process` processes
    4. write    results, in input order, in batches: each batch one transaction (store.writer)

Because results are written in input order and each batch commits whole, a run stopped at any
point (Ctrl-C, kill -9, power loss) leaves a prefix of the work; the next run skips that prefix
by id and writes the rest in the same order, ending with the same corpus as one uninterrupted
run. A failure costs its input only: it is stored with its reason (`dateline errors`) and tried
again on the next run.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field

from dateline.context import InputFailure, RawArticle
from dateline.options import AnalysisOptions
from dateline.pipeline import Pipeline
from dateline.reading import expand_paths, read_inputs
from dateline.record import ArticleRecord, record_id
from dateline.store import Failed, Seen, Stored, StoreWriter

# Results written per transaction, and the longest a finished result waits for its batch: a
# kill loses at most this much finished work, and a reader sees new articles within seconds.
FLUSH_EVERY = 64
FLUSH_SECONDS = 2.0

# Inputs read ahead of the analysis, per process: enough to keep the workers busy, few enough
# that a corpus of a million files is never all in memory at once.
READ_AHEAD_BATCHES = 4

# Input suffixes that may hold many articles: with them the number of articles is unknown
# until they are read, so progress has no total (and no ETA).
_MULTI_ARTICLE_SUFFIXES = (".json", ".jsonl", ".ndjson", ".gz")


@dataclass
class IngestProgress:
    """Counts so far; `total` is the number of inputs when it is known in advance."""

    total: int | None = None
    done: int = 0  # inputs settled: stored, skipped, duplicate or failed
    stored: int = 0  # articles analysed and written in this run
    skipped: int = 0  # inputs whose text was already in the corpus
    duplicates: int = 0  # inputs repeating a text seen earlier in this run
    errors: int = 0
    seconds: float = 0.0
    error_messages: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        """Inputs settled per second."""
        return self.done / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict:
        data = asdict(self)
        data.pop("error_messages")
        data["seconds"] = round(self.seconds, 3)
        data["rate"] = round(self.rate, 2)
        return data


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many inputs the paths hold, or None when a file may hold several articles."""
    count = 0
    for name in expand_paths(paths):
        if name == "-" or name.lower().endswith(_MULTI_ARTICLE_SUFFIXES):
            return None
        count += 1
    return count


def input_name(raw: RawArticle) -> str:
    """An input as the user knows it: `path`, `path:line` in a JSONL file; stdin by its text."""
    path = raw.source.path or "-"
    if raw.source.line is not None:
        return f"{path}:{raw.source.line}"
    if path == "-":
        return f"-:{record_id(raw.text)}"  # standard input has no name: its text tells inputs apart
    return path


def ingest(
    paths: Iterable[str],
    db: str | os.PathLike,
    options: AnalysisOptions | None = None,
    pipeline: Pipeline | None = None,
    progress: Callable[[IngestProgress], None] | None = None,
    flush_every: int = FLUSH_EVERY,
    flush_seconds: float = FLUSH_SECONDS,
) -> IngestProgress:
    """Analyse and store every article under `paths` not yet in the corpus `db`."""
    paths = list(paths)
    options = pipeline.options if pipeline is not None else (options or AnalysisOptions())
    with StoreWriter(db) as writer:
        run = _IngestRun(writer, options, progress, flush_every, flush_seconds)
        run.state.total = count_inputs(paths) if paths else 0
        if not paths:
            return run.state
        pipeline = pipeline if pipeline is not None else Pipeline(options)
        run.execute(pipeline, paths)
        if run.state.stored:
            writer.optimize()
        return run.state


class _IngestRun:
    """The bookkeeping of one ingest: what is stored, what is on its way, what to write next."""

    def __init__(self, writer: StoreWriter, options: AnalysisOptions, progress, flush_every: int, flush_seconds: float) -> None:
        self.writer = writer
        self.options = options
        self.progress = progress
        self.flush_every = flush_every
        self.flush_seconds = flush_seconds
        self.state = IngestProgress()
        self.started = time.monotonic()
        self.stored_ids = writer.stored_ids()
        self.stored_now: set[str] = set()
        self.known_inputs = writer.known_inputs()
        # The reading side may run on the process pool's feeder thread: it shares these with the
        # main thread under `lock`.
        self.lock = threading.Lock()
        self.pending: deque[tuple[str, str | None]] = deque()  # (input, article id) sent to analysis
        self.in_flight: dict[str, list[str]] = {}  # article id -> later inputs with the same text
        self.seen: list[Seen] = []  # inputs already stored under a new name
        window = max(options.batch_size * options.n_process * READ_AHEAD_BATCHES, options.batch_size + 1)
        self.slots = threading.Semaphore(window)
        self.buffer: list = []
        self.last_flush = time.monotonic()
        self.stopping = False

    def execute(self, pipeline: Pipeline, paths: list[str]) -> None:
        items = read_inputs(paths, self.options.max_chars, self.options.max_bytes)
        results = pipeline.run(self._to_analyse(items))
        try:
            for result in results:
                self._settle(result)
        finally:
            # Stopped (Ctrl-C, an error) or done: let the reading side return, end the worker
            # pool now rather than at garbage collection, and write whatever finished (each
            # finished item is whole, so a partial batch is still a correct one).
            self.stopping = True
            results.close()
            self._flush()
            self._report()

    # -- reading side ----------------------------------------------------------------------------
    def _acquire_slot(self) -> bool:
        """Wait for room in the read-ahead window; False when the run is stopping."""
        while not self.slots.acquire(timeout=0.5):
            if self.stopping:
                return False
        return not self.stopping

    def _to_analyse(self, items: Iterator[RawArticle | InputFailure]) -> Iterator[RawArticle | InputFailure]:
        for item in items:
            if isinstance(item, InputFailure):
                if not self._acquire_slot():
                    return
                with self.lock:
                    self.pending.append((item.name, None))
                yield item
                continue
            name = input_name(item)
            article_id = record_id(item.text)
            with self.lock:
                if article_id in self.stored_ids:
                    if self.known_inputs.get(name) != article_id:
                        self.seen.append(Seen(name, article_id))
                    if article_id in self.stored_now:
                        self.state.duplicates += 1  # a copy of a text this run stored
                    else:
                        self.state.skipped += 1
                    self.state.done += 1
                    continue
                if article_id in self.in_flight:
                    self.in_flight[article_id].append(name)
                    self.state.duplicates += 1
                    self.state.done += 1
                    continue
                self.in_flight[article_id] = []
            if not self._acquire_slot():
                return
            with self.lock:
                self.pending.append((name, article_id))
            yield item

    # -- writing side ----------------------------------------------------------------------------
    def _settle(self, result: ArticleRecord | InputFailure) -> None:
        with self.lock:
            name, article_id = self.pending.popleft()
            copies = self.in_flight.pop(article_id, []) if article_id else []
        self.slots.release()
        if isinstance(result, ArticleRecord):
            self.buffer.append(Stored(result, (name, *copies)))
        else:
            self.buffer.extend(Failed(input_, result.code, result.message, article_id) for input_ in (name, *copies))
        with self.lock:
            if isinstance(result, ArticleRecord):
                self.stored_ids.add(result.id)
                self.stored_now.add(result.id)
                self.state.stored += 1
            else:
                # Copies of a text that failed count as failures, no longer as duplicates.
                self.state.errors += 1 + len(copies)
                self.state.duplicates -= len(copies)
                self.state.error_messages.append(str(result))
            self.state.done += 1
        if len(self.buffer) >= self.flush_every or time.monotonic() - self.last_flush >= self.flush_seconds:
            self._flush()
        self._report()

    def _flush(self) -> None:
        with self.lock:
            seen, self.seen = self.seen, []
        batch, self.buffer = self.buffer + seen, []
        if batch:
            self.writer.write(batch)
        self.last_flush = time.monotonic()

    def _report(self) -> None:
        self.state.seconds = time.monotonic() - self.started
        if self.progress is not None:
            self.progress(self.state)
