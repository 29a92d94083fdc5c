"""The Ray runner: batches analysed by Ray actors, on this machine or on a Ray cluster.

Articles are read here (the same reading as every command), in windows of `window` articles;
each window becomes a Ray Dataset with one row per task (that task's articles as plain lists:
`seq`, text, source JSON, ...; full batches, then smaller ones at the end so the actors finish
together), and `map_batches` sends it through an actor pool: each actor (`num_cpus=1`) builds its
analyser from a picklable factory (dateline.engines.PipelineFactory), loads the spaCy pipeline
once, and returns plain columns (the record as JSON, or a failure's code and message; never a
spaCy Doc). Results are put back in input order by `seq`. Ray retries
the work of an actor that dies; a `seq` seen twice is kept once, and an article whose window
failed as a whole comes back as a failure (E099), so every input ends as one record or one
failure.

Without an address a private local Ray is started (`include_dashboard=False`, usage statistics
off): nothing off this machine is contacted. With one, the driver joins that cluster, whose
workers must have dateline and the spaCy pipeline installed.
"""

from __future__ import annotations

import gc
import json
import logging
import os
from collections.abc import Iterable, Iterator

from dateline.context import InputFailure, RawArticle
from dateline.errors import InputErrors, RunError, RunErrors
from dateline.options import AnalysisOptions
from dateline.reading import input_name
from dateline.record import ArticleRecord, Source
from dateline.runners import AnalyserFactory, BatchAnalyser, Item, Result, batched

# Articles per Ray Dataset. Each window starts its actor pool (one model load per actor, ~1-2 s)
# and ends with a tail where actors wait for the last batches, so a window should hold minutes of
# work for every actor: at least this many articles per actor (~10/s each), and the window bounds
# what the driver holds in memory.
DEFAULT_WINDOW = 5_000
WINDOW_PER_WORKER = 1_000


def import_ray():
    """The ray module, or RunError E103 saying how to install it."""
    try:
        import ray
        import ray.data  # noqa: F401  (the [data] extra: pyarrow, pandas)
    except ImportError:
        raise RunError(RunErrors.E103) from None
    return ray


class RayRunner:
    """Batches analysed by `workers` Ray actors (default: every CPU Ray offers)."""

    def __init__(
        self,
        factory: AnalyserFactory,
        options: AnalysisOptions,
        workers: int | None = None,
        address: str | None = None,
        window: int | None = None,
    ) -> None:
        self.ray = import_ray()
        self.factory = factory
        self.options = options.model_copy(update={"n_process": 1})  # an actor runs serially
        self.address = address
        self.started_here = False
        self._connect(workers)
        self.workers = workers or max(1, int(self.ray.cluster_resources().get("CPU", 1)))
        self.window = window or max(DEFAULT_WINDOW, WINDOW_PER_WORKER * self.workers)

    def _connect(self, workers: int | None) -> None:
        ray = self.ray
        if ray.is_initialized():
            return
        # Ray reports usage statistics over the network unless told not to; dateline never calls out.
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        try:
            if self.address:
                ray.init(address=self.address, log_to_driver=False, logging_level=logging.WARNING)
            else:
                # A private Ray keeps Ray's default for a new local cluster (token authentication)
                # without announcing it on every run.
                logging.getLogger("ray._private.authentication.authentication_token_setup").setLevel(logging.ERROR)
                # Ray starts workers at niceness 15 so a shared node's control plane stays ahead of
                # them; in a Ray started for this run the actors are the work, and at 15 every
                # wake-up of the driver or of Ray's own processes pre-empts them (one actor ran
                # 5% slower over 400 BBC stories). A cluster keeps its own setting.
                os.environ.setdefault("RAY_worker_niceness", "0")
                ray.init(num_cpus=workers or os.cpu_count(), include_dashboard=False, log_to_driver=False,
                         logging_level=logging.WARNING)
        except Exception as exc:  # ConnectionError, RuntimeError, ValueError, Exception from ray.init
            detail = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            if self.address:
                raise RunError(RunErrors.E106, address=self.address, detail=detail) from None
            raise RunError(RunErrors.E104, detail=detail) from None
        self.started_here = True
        # Ray, Ray Data, pyarrow and pandas stay for the life of this process (~80k objects beside
        # dateline's): frozen out of the cyclic collector's reach, they are no longer walked by
        # the full collections, least of all by the interpreter's at exit (0.7-0.9 s, 0.1 s frozen).
        gc.freeze()
        # dateline reports its own progress; Ray Data's bars and plan logs would interleave with it.
        ray.data.DataContext.get_current().enable_progress_bars = False
        logging.getLogger("ray.data").setLevel(logging.WARNING)
        # ... and Ray Data says it turned its bars off, once per run, unless told to keep quiet.
        logging.getLogger("ray.data._internal.progress").setLevel(logging.ERROR)

    def run(self, items: Iterable[Item]) -> Iterator[Result]:
        for window in batched(items, self.window):
            yield from self._run_window(window)

    def close(self) -> None:
        if self.started_here and self.ray.is_initialized():
            self.ray.shutdown()
        self.started_here = False

    def _run_window(self, window: list[Item]) -> Iterator[Result]:
        """Results of one window in input order, each yielded as soon as all before it are in."""
        ray = self.ray
        rows = [_article_row(seq, item) for seq, item in enumerate(window) if isinstance(item, RawArticle)]
        done: dict[int, Result] = {}
        following = 0  # the next seq to yield

        def ready() -> Iterator[Result]:
            nonlocal following
            while following < len(window):
                item = window[following]
                if isinstance(item, InputFailure):
                    result: Result = item
                elif following in done:
                    result = done.pop(following)
                else:
                    return
                following += 1
                yield result

        if rows:
            # One Ray row per task: a task's articles as lists, one row per block, one block per
            # task (batch_size=None), so the task sizes are block_sizes'. from_items builds its
            # blocks here; from_arrow would first run a remote task per table for its schema (~1 s
            # at the start, on a worker the actors then wait for).
            tasks, start = [], 0
            for size in block_sizes(len(rows), self.options.batch_size, self.workers):
                part = rows[start:start + size]
                start += size
                tasks.append({key: [row[key] for row in part] for key in part[0]})
            dataset = ray.data.from_items(tasks, override_num_blocks=len(tasks))
            analysed = dataset.map_batches(
                AnalyseBatches,
                fn_constructor_args=(self.factory, self.options),
                batch_size=None,
                batch_format="pyarrow",
                num_cpus=1,
                **_actor_pool(ray, min(self.workers, -(-len(rows) // self.options.batch_size))),
            )
            failure = None
            try:
                for batch in analysed.iter_batches(batch_format="pyarrow", batch_size=None):
                    for row in batch.to_pylist():
                        if row["seq"] >= following:  # a retried batch may repeat a row: keep one
                            done.setdefault(row["seq"], _result(row))
                    yield from ready()
            except Exception as exc:  # the whole window failed (actors could not start, ...)
                failure = f"Ray: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            for seq, item in enumerate(window):
                if seq >= following and isinstance(item, RawArticle) and seq not in done:
                    detail = failure or "Ray returned no result"
                    done[seq] = InputFailure(input_name(item), "E099", InputErrors.E099.value.format(detail=detail))
        yield from ready()


def block_sizes(articles: int, batch_size: int, workers: int) -> list[int]:
    """Articles per Ray task: `batch_size` each, except the last `workers` batches' worth, cut in
    quarters. An actor that has run out of work waits for the others' last tasks; at 32 BBC
    stories a task takes ~4 s, so with full-size tasks to the end the actors finish up to a task
    apart (2.3 s, two actors over 400 stories), and the smaller last tasks even out the finish."""
    tail = min(articles, workers * batch_size) if workers > 1 else 0
    small = max(1, batch_size // 4)
    head = articles - tail
    sizes = [batch_size] * (head // batch_size) + ([head % batch_size] if head % batch_size else [])
    return sizes + [small] * (tail // small) + ([tail % small] if tail % small else [])


def _actor_pool(ray, size: int) -> dict:
    """An actor pool of `size` actors, in this Ray version's words."""
    strategy = getattr(ray.data, "ActorPoolStrategy", None)
    if strategy is not None:
        return {"compute": strategy(size=size)}
    return {"concurrency": size}


def _article_row(seq: int, raw: RawArticle) -> dict:
    return {
        "seq": seq,
        "text": raw.text,
        "source": raw.source.model_dump_json(),
        "title": raw.title,
        "date": raw.date,
        "warnings": json.dumps(list(raw.warnings)),
    }


def _article_from_row(row: dict) -> RawArticle:
    return RawArticle(
        text=row["text"],
        source=Source.model_validate_json(row["source"]),
        title=row["title"],
        date=row["date"],
        warnings=tuple(json.loads(row["warnings"])),
    )


def _result(row: dict) -> Result:
    if row["record"] is not None:
        return ArticleRecord.model_validate_json(row["record"])
    return InputFailure(row["name"], row["code"], row["message"])


class AnalyseBatches:
    """The Ray actor: one analyser (one loaded spaCy pipeline) for its life, plain columns out."""

    def __init__(self, factory: AnalyserFactory, options: AnalysisOptions) -> None:
        self.analyser: BatchAnalyser = factory(options)
        warm = getattr(self.analyser, "nlp", None)  # load the model now, not in the first batch
        del warm

    def __call__(self, batch):
        import pyarrow as pa

        # A row holds one task's articles as lists (RayRunner._run_window): one dict per article.
        rows = [dict(zip(task, article)) for task in batch.to_pylist() for article in zip(*task.values())]
        results = list(self.analyser.run_batch([_article_from_row(r) for r in rows]))
        columns: dict[str, list] = {"seq": [], "record": [], "name": [], "code": [], "message": []}
        for row, result in zip(rows, results):
            columns["seq"].append(row["seq"])
            if isinstance(result, InputFailure):
                columns["record"].append(None)
                columns["name"].append(result.name)
                columns["code"].append(result.code)
                columns["message"].append(result.message)
            else:
                columns["record"].append(result.to_json())
                columns["name"].append(None)
                columns["code"].append(None)
                columns["message"].append(None)
        schema = pa.schema([("seq", pa.int64()), ("record", pa.string()), ("name", pa.string()),
                            ("code", pa.string()), ("message", pa.string())])
        return pa.Table.from_pydict(columns, schema=schema)
