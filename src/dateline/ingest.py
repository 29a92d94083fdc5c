"""Ingest: folders of articles into a corpus database, idempotently and resumably.

    1. read     `reading.read_paths` over the paths, in their sorted order (as `analyze` reads)
    2. skip     an article whose id (the hash of its text) is stored is not analysed again, nor
                is a second copy of a text already on its way in this run
    3. analyse  a runner (dateline.runners: this process, a process pool, Ray) over what is left
    4. write    results, in input order, in batches: each batch one transaction (store.writer)

One database, one writer: the StoreWriter holds the corpus's writer lock for the whole run, so a
second ingest into the same file waits for the first and then finds its articles stored.

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
from pathlib import Path
from typing import TYPE_CHECKING

from dateline.context import InputFailure, RawArticle
from dateline.dataset import DatasetError, RecordDatasetWriter, read_record_dataset
from dateline.options import AnalysisOptions
from dateline.reading import expand_paths, input_name, read_paths
from dateline.record import ArticleRecord, record_id
from dateline.runners import Runner
from dateline.store import Failed, Seen, Stored, StoreWriter

if TYPE_CHECKING:
    from dateline.pipeline import Pipeline

CorpusOrDataset = StoreWriter | RecordDatasetWriter

# Results written per transaction, and the longest a finished result waits for its batch: a
# kill loses at most this much finished work, and a reader sees new articles within seconds.
FLUSH_EVERY = 64
FLUSH_SECONDS = 2.0

# A record dataset (`batch`) is read when it is done, not while it is written: larger parts
# (one Parquet file per table and month per flush) keep a big run to a few thousand files.
BATCH_FLUSH_EVERY = 2_000
BATCH_FLUSH_SECONDS = 60.0

# Input suffixes that may hold many articles: with them the number of articles is unknown
# until they are read, so progress has no total (and no ETA).
_MULTI_ARTICLE_SUFFIXES = (".json", ".jsonl", ".ndjson", ".gz", ".parquet")


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


def ingest(
    paths: Iterable[str],
    db: str | os.PathLike,
    options: AnalysisOptions | None = None,
    pipeline: Pipeline | None = None,
    progress: Callable[[IngestProgress], None] | None = None,
    flush_every: int = FLUSH_EVERY,
    flush_seconds: float = FLUSH_SECONDS,
    runner: Runner | None = None,
    on_busy: Callable[[], None] | None = None,
) -> IngestProgress:
    """Analyse and store every article under `paths` not yet in the corpus `db`.

    The analysis goes to `runner` if given (a Ray runner, ...), else to the pipeline's own
    (serial, or a process pool with `options.n_process > 1`); a runner made here is closed here.
    `on_busy` is called once if another writer holds the database (this one then waits)."""
    paths = list(paths)
    options = pipeline.options if pipeline is not None else (options or AnalysisOptions())
    with StoreWriter(db, on_busy=on_busy) as writer:
        return _analyse_into(writer, paths, options, pipeline, runner, progress, flush_every, flush_seconds)


def batch(
    paths: Iterable[str],
    out: str | os.PathLike,
    options: AnalysisOptions | None = None,
    runner: Runner | None = None,
    progress: Callable[[IngestProgress], None] | None = None,
    flush_every: int = BATCH_FLUSH_EVERY,
    flush_seconds: float = BATCH_FLUSH_SECONDS,
) -> IngestProgress:
    """Analyse every article under `paths` not yet in the record dataset `out` (dateline.dataset)
    and add its record, or its failure, to the dataset: ingest's bookkeeping, Parquet's storage."""
    paths = list(paths)
    options = options or AnalysisOptions()
    target = Path(out).resolve()
    for name in paths:
        if name != "-" and Path(name).is_dir() and Path(name).resolve() in (target, *target.parents):
            raise DatasetError(f"{out}: the output folder is inside the input folder {name}; write it elsewhere")
    with RecordDatasetWriter(out) as writer:
        return _analyse_into(writer, paths, options, None, runner, progress, flush_every, flush_seconds)


def load_records(
    root: str | os.PathLike,
    db: str | os.PathLike,
    progress: Callable[[IngestProgress], None] | None = None,
    flush_every: int = FLUSH_EVERY,
    on_busy: Callable[[], None] | None = None,
) -> IngestProgress:
    """Store a record dataset written by `batch` in the corpus `db` without analysing anything:
    records in the order they were read (so the corpus ends as a direct ingest's), each with its
    inputs, and the failures. Idempotent: what the corpus holds is skipped."""
    dataset = read_record_dataset(root)
    state = IngestProgress(total=len(dataset.items))
    started = time.monotonic()
    with StoreWriter(db, on_busy=on_busy) as writer:
        stored_ids, known = writer.stored_ids(), writer.known_inputs()
        todo: list[Stored | Failed | Seen] = []
        for item in dataset.items:
            state.done += 1
            if isinstance(item, Stored):
                if item.record.id in stored_ids:
                    state.skipped += 1
                    todo.extend(Seen(name, item.record.id) for name in item.inputs if known.get(name) != item.record.id)
                    continue
                stored_ids.add(item.record.id)
                state.stored += 1
            elif isinstance(item, Seen):
                if known.get(item.input) == item.article_id:
                    continue
            elif item.input in known:
                continue  # stored from another source since: no longer a failure
            else:
                state.errors += 1
                state.error_messages.append(f"{item.input}: {item.message} [{item.code}]")
            todo.append(item)
        for start in range(0, len(todo), flush_every):
            writer.write(todo[start:start + flush_every])
            state.seconds = time.monotonic() - started
            if progress is not None:
                progress(state)
        if state.stored:
            writer.optimize()
    state.seconds = time.monotonic() - started
    return state


def _analyse_into(writer: CorpusOrDataset, paths: list[str], options: AnalysisOptions, pipeline: Pipeline | None,
                  runner: Runner | None, progress, flush_every: int, flush_seconds: float) -> IngestProgress:
    run = _IngestRun(writer, options, progress, flush_every, flush_seconds)
    run.state.total = count_inputs(paths) if paths else 0
    if not paths:
        return run.state
    own = runner is None and pipeline is None
    if runner is None:
        if pipeline is None:
            from dateline.pipeline import Pipeline  # here: `ingest --from-records` and a Ray run load no spaCy

            pipeline = Pipeline(options)
        runner = pipeline.runner
    try:
        run.execute(runner, paths)
    finally:
        if own:
            runner.close()
    if run.state.stored:
        writer.optimize()
    return run.state


class _IngestRun:
    """The bookkeeping of one ingest: what is stored, what is on its way, what to write next."""

    def __init__(self, writer: CorpusOrDataset, options: AnalysisOptions, progress, flush_every: int, flush_seconds: float) -> None:
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
        # A runner may read on a thread of its own: the reading side shares these with the main
        # thread under `lock`. Runners bound their own read-ahead.
        self.lock = threading.Lock()
        self.pending: deque[tuple[str, str | None]] = deque()  # (input, article id) sent to analysis
        self.in_flight: dict[str, list[str]] = {}  # article id -> later inputs with the same text
        self.seen: list[Seen] = []  # inputs already stored under a new name
        self.buffer: list = []
        self.last_flush = time.monotonic()
        self.stopping = False

    def execute(self, runner: Runner, paths: list[str]) -> None:
        results = runner.run(self._to_analyse(read_paths(paths, self.options)))
        try:
            for result in results:
                self._settle(result)
        finally:
            # Stopped (Ctrl-C, an error) or done: let the reading side return, drop the runner's
            # queued work, and write whatever finished (each finished item is whole, so a
            # partial batch is still a correct one).
            self.stopping = True
            results.close()
            self._flush()
            self._report()

    # -- reading side ----------------------------------------------------------------------------
    def _to_analyse(self, items: Iterator[RawArticle | InputFailure]) -> Iterator[RawArticle | InputFailure]:
        for item in items:
            if self.stopping:
                return
            if isinstance(item, InputFailure):
                with self.lock:
                    self.pending.append((item.name, None))
                yield item
                continue
            name = input_name(item, distinct_stdin=True)
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
                self.pending.append((name, article_id))
            yield item

    # -- writing side ----------------------------------------------------------------------------
    def _settle(self, result: ArticleRecord | InputFailure) -> None:
        with self.lock:
            name, article_id = self.pending.popleft()
            copies = self.in_flight.pop(article_id, []) if article_id else []
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
