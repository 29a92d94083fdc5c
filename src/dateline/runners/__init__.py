"""Runners decide where batches of articles are analysed; the Pipeline analyses one batch.

    SerialRunner       in this process, batch after batch                 (runners/local.py)
    ProcessPoolRunner  worker processes on this machine (`n_process`)    (runners/local.py)
    RayRunner          Ray actors, on this machine or a cluster           (runners/ray.py)

Every runner takes articles (or failures from reading) and yields records (or failures) in input
order, reading its input lazily with a bounded read-ahead. Runners never know the Pipeline
class: they get a batch analyser, or a picklable factory that builds one from options in each
worker, so a worker loads the spaCy pipeline once and the parent never loads what only workers
use. A new runner goes here, with `run(items)` and `close()`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Protocol

from dateline.context import InputFailure, RawArticle
from dateline.options import AnalysisOptions
from dateline.record import ArticleRecord

Item = RawArticle | InputFailure
Result = ArticleRecord | InputFailure


class BatchAnalyser(Protocol):
    """What a runner drives: the Pipeline's `run_batch`."""

    options: AnalysisOptions

    def run_batch(self, batch: list[Item]) -> Iterator[Result]: ...


# Builds a batch analyser in a worker from the options (the Pipeline class itself).
AnalyserFactory = Callable[[AnalysisOptions], BatchAnalyser]


class Runner(Protocol):
    def run(self, items: Iterable[Item]) -> Iterator[Result]: ...

    def close(self) -> None: ...


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
