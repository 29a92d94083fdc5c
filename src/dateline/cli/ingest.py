"""`dateline ingest` (articles, or a record dataset, into a corpus database) and `dateline batch`
(articles into a Parquet record dataset), with progress."""

from __future__ import annotations

import time
from typing import Annotated, Optional

import typer
from rich.console import Console

from pathlib import Path

from dateline.cli.common import (
    DEFAULT_DB, DateFromNameOption, DbOption, Engine, EngineOption, JsonOption, MaxBytesOption, RayAddressOption, WorkersOption,
    YearOption, emit_json, err, fail, parse_date,
)
from dateline.render import eta

# Plain log lines (no terminal) come at most this often during an ingest.
LOG_EVERY_SECONDS = 10.0


def ingest(
    paths: Annotated[Optional[list[str]], typer.Argument(help="files and directories (read recursively); none: just create or upgrade the database")] = None,
    db: DbOption = DEFAULT_DB,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="worker processes")] = 1,
    date: Annotated[Optional[str], typer.Option(help="publication date YYYY-MM-DD for inputs that carry none")] = None,
    date_from_name: DateFromNameOption = False,
    year: YearOption = None,
    model: Annotated[Optional[str], typer.Option(help="installed spaCy pipeline to use")] = None,
    max_chars: Annotated[Optional[int], typer.Option(min=1, help="longest article text accepted")] = None,
    max_bytes: MaxBytesOption = None,
    batch_size: Annotated[Optional[int], typer.Option(min=1, help="articles per spaCy batch")] = None,
    commit_every: Annotated[int, typer.Option(min=1, help="articles per database transaction")] = 64,
    json_out: JsonOption = False,
    engine: EngineOption = Engine.local,
    ray_address: RayAddressOption = None,
    workers: WorkersOption = None,
    from_records: Annotated[Optional[Path], typer.Option("--from-records", help="store a record dataset written by `dateline batch` (no analysis)")] = None,
) -> None:
    """Analyse articles and store them in a corpus database (skips what is already stored)."""
    from dateline.ingest import ingest as run_ingest
    from dateline.ingest import load_records

    def busy() -> None:
        err.print(f"dateline: {db} is being written by another ingest; waiting for it to finish", markup=False)

    reporter = _ProgressReporter(err)
    if from_records is not None:
        if paths:
            raise typer.BadParameter("give either inputs or --from-records, not both", param_hint="--from-records")
        summary = _run(reporter, lambda: load_records(from_records, db, progress=reporter.update, flush_every=commit_every, on_busy=busy), db)
    else:
        options, runner = _options_and_runner(
            paths, engine, ray_address, workers, model=model, date=parse_date(date), date_from_name=date_from_name, year=year,
            n_process=jobs, max_chars=max_chars, max_bytes=max_bytes, batch_size=batch_size)
        try:
            summary = _run(reporter, lambda: run_ingest(paths or [], db, options=options, runner=runner, progress=reporter.update,
                                                        flush_every=commit_every, on_busy=busy), db)
        finally:
            if runner is not None:
                runner.close()
    _summarise(summary, db, json_out)


def batch(
    paths: Annotated[list[str], typer.Argument(help="files, directories (read recursively), JSONL or Parquet with a text column")],
    out: Annotated[Path, typer.Option("--out", help="folder of the record dataset (created; a re-run adds what it lacks)")],
    engine: EngineOption = Engine.local,
    ray_address: RayAddressOption = None,
    workers: WorkersOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="worker processes (local engine)")] = 1,
    date: Annotated[Optional[str], typer.Option(help="publication date YYYY-MM-DD for inputs that carry none")] = None,
    date_from_name: DateFromNameOption = False,
    year: YearOption = None,
    model: Annotated[Optional[str], typer.Option(help="installed spaCy pipeline to use")] = None,
    max_chars: Annotated[Optional[int], typer.Option(min=1, help="longest article text accepted")] = None,
    max_bytes: MaxBytesOption = None,
    batch_size: Annotated[Optional[int], typer.Option(min=1, help="articles per spaCy batch")] = None,
    json_out: JsonOption = False,
) -> None:
    """Analyse articles into a Parquet record dataset (records, quotes, entities, places, failures),
    partitioned by month, for DuckDB, pandas or `dateline ingest --from-records`."""
    from dateline.ingest import batch as run_batch

    options, runner = _options_and_runner(
        paths, engine, ray_address, workers, model=model, date=parse_date(date), date_from_name=date_from_name, year=year,
        n_process=jobs, max_chars=max_chars, max_bytes=max_bytes, batch_size=batch_size)
    reporter = _ProgressReporter(err, "batch")
    try:
        summary = _run(reporter, lambda: run_batch(paths, out, options=options, runner=runner, progress=reporter.update), out)
    finally:
        runner.close()
    _summarise(summary, out, json_out, "out")


def _options_and_runner(paths, engine, ray_address, workers, **given):
    """The options and, when there is work, the runner (exit 2 if the engine cannot start)."""
    from dateline.errors import RunError
    from dateline.options import AnalysisOptions
    from dateline.engines import make_runner

    options = AnalysisOptions.build(**given)
    if not paths:
        return options, None
    started = time.monotonic()
    try:
        runner = make_runner(engine.value, options, workers=workers, address=ray_address)
    except RunError as exc:
        raise fail(exc, 2)
    if engine is Engine.ray:
        # Ray's own start (a local cluster's processes, or joining one) is not analysis time: say
        # what it took, so the rate and the time of the summary read as what they are.
        where = ray_address or "a local Ray"
        err.print(f"dateline: {where} ready in {time.monotonic() - started:.1f} s, {runner.workers} worker(s)", markup=False)
    return options, runner


def _run(reporter: "_ProgressReporter", work, target):
    """Run `work` under the progress display; one line (and the usual status) for what stops it."""
    from dateline.dataset import DatasetError
    from dateline.errors import RunError
    from dateline.errors import ModelNotInstalled
    from dateline.store import StoreError

    try:
        with reporter:
            return work()
    except (ModelNotInstalled, StoreError, RunError, DatasetError) as exc:
        raise fail(exc, 2)
    except KeyboardInterrupt:
        state = reporter.state
        stored = state.stored if state else 0
        err.print(f"dateline: interrupted after {stored} article(s) stored in {target}; "
                  "the same command resumes where this run stopped", markup=False)
        raise typer.Exit(130)


def _summarise(summary, target, json_out: bool, key: str = "db") -> None:
    for message in summary.error_messages[:20]:
        err.print(f"dateline: error: {message}", markup=False)
    if len(summary.error_messages) > 20:
        more = f"`dateline errors --db {target}`" if key == "db" else f"{target}/failures"
        err.print(f"dateline: ... and {len(summary.error_messages) - 20} more (see {more})", markup=False)
    if json_out:
        emit_json({key: str(target), **summary.as_dict()})
    else:
        err.print(
            f"dateline: {target}: {summary.stored} stored, {summary.skipped} already stored, "
            f"{summary.duplicates} duplicate(s), {summary.errors} failed, in {summary.seconds:.1f} s",
            markup=False,
        )
    if summary.errors:
        raise typer.Exit(1)


class _ProgressReporter:
    """A rich progress bar on a terminal (articles/s, ETA, errors); plain log lines otherwise."""

    def __init__(self, console: Console, command: str = "ingest") -> None:
        self.console = console
        self.command = command
        self.live = console.is_terminal
        self.progress = None
        self.task = None
        self.last_log = 0.0
        self.state = None

    def __enter__(self) -> "_ProgressReporter":
        if self.live:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                TextColumn(self.command), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.1f} articles/s"), TextColumn("ETA {task.fields[eta]}"),
                TextColumn("[red]{task.fields[errors]} errors"), TimeElapsedColumn(),
                console=self.console, transient=False,
            )
            self.progress.start()
            self.task = self.progress.add_task(self.command, total=None, rate=0.0, errors=0, eta="-")
        return self

    def update(self, state) -> None:
        self.state = state
        if self.progress is not None:
            self.progress.update(self.task, total=state.total, completed=state.done, rate=state.rate, errors=state.errors, eta=eta(state.total, state.done, state.rate))
            return
        now = time.monotonic()
        if now - self.last_log >= LOG_EVERY_SECONDS:
            self.last_log = now
            total = f"/{state.total}" if state.total is not None else ""
            self.console.print(
                f"dateline: {self.command} {state.done}{total} inputs, {state.stored} stored, {state.skipped} skipped, "
                f"{state.errors} errors, {state.rate:.1f} articles/s, ETA {eta(state.total, state.done, state.rate)}",
                markup=False,
            )

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()
