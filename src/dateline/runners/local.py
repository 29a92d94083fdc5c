"""Runners on this machine: serial in this process, or a pool of worker processes.

The pool starts once per runner (not per `run`), on first use; each worker builds its analyser
(and loads the spaCy pipeline) once, in its initializer. Workers are spawned, so they import the
user's main module again: a script that starts dateline at import (no `if __name__ ==
"__main__":` guard) would start pools inside workers for ever. A worker that finds itself in
that state says so in one line and exits; the parent sees its pool broken and raises E102 instead
of respawning workers. A worker also ignores Ctrl-C: the parent alone stops the run.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from dateline.errors import RunError, RunErrors
from dateline.options import AnalysisOptions
from dateline.runners import AnalyserFactory, BatchAnalyser, Item, Result, batched

# Batches in flight per worker: enough that a worker never waits for the next, few enough that
# a corpus of a million files is never all in memory at once.
BATCHES_AHEAD_PER_WORKER = 2


class SerialRunner:
    """Batches analysed one after another by `analyser`, in this process."""

    def __init__(self, analyser: BatchAnalyser) -> None:
        self.analyser = analyser

    def run(self, items: Iterable[Item]) -> Iterator[Result]:
        for batch in batched(items, self.analyser.options.batch_size):
            yield from self.analyser.run_batch(batch)

    def close(self) -> None:
        pass


class ProcessPoolRunner:
    """Batches analysed by `processes` spawned workers, each with its own analyser."""

    def __init__(self, factory: AnalyserFactory, options: AnalysisOptions, processes: int) -> None:
        self.factory = factory
        self.options = options.model_copy(update={"n_process": 1})  # a worker runs serially
        self.processes = processes
        self._pool: ProcessPoolExecutor | None = None

    def run(self, items: Iterable[Item]) -> Iterator[Result]:
        pool = self._start()
        in_flight: deque[Future] = deque()
        window = self.processes * BATCHES_AHEAD_PER_WORKER
        batches = batched(items, self.options.batch_size)
        try:
            for batch in batches:
                in_flight.append(pool.submit(_work, batch))
                if len(in_flight) >= window:
                    yield from self._result(in_flight.popleft())
            while in_flight:
                yield from self._result(in_flight.popleft())
        finally:
            for future in in_flight:  # stopped early: drop the queued work, keep the workers
                future.cancel()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __del__(self) -> None:
        pool = getattr(self, "_pool", None)
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            refuse_in_bootstrapping_worker()
            self._pool = ProcessPoolExecutor(
                self.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self.factory, self.options),
            )
        return self._pool

    def _result(self, future: Future) -> list[Result]:
        try:
            return future.result()
        except BrokenProcessPool as exc:
            self._pool = None  # a broken pool takes no more work; the next run starts a new one
            raise RunError(RunErrors.E102, detail=str(exc) or "it exited") from None


def refuse_in_bootstrapping_worker() -> None:
    """In a spawned worker still importing the user's main module, starting workers again would
    recurse: say why in one line and end this worker (its parent then reports E102)."""
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        sys.stderr.write(f"dateline: error: {RunErrors.E101.value} [E101]\n")
        raise SystemExit(1)


# -- in the worker processes -----------------------------------------------------------------
_analyser: BatchAnalyser | None = None


def _init_worker(factory: AnalyserFactory, options: AnalysisOptions) -> None:
    global _analyser
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _analyser = factory(options)


def _work(batch: list[Item]) -> list[Result]:
    assert _analyser is not None
    return list(_analyser.run_batch(batch))
