"""`dateline ingest`: analyse articles into a corpus database, with progress."""

from __future__ import annotations

import time
from typing import Annotated, Optional

import typer
from rich.console import Console

from dateline.cli.common import (
    DEFAULT_DB,
    DateFromNameOption,
    DbOption,
    JsonOption,
    MaxBytesOption,
    YearOption,
    emit_json,
    err,
    fail,
    parse_date,
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
) -> None:
    """Analyse articles and store them in a corpus database (skips what is already stored)."""
    from dateline.corpus import ingest as run_ingest
    from dateline.language import ModelNotInstalled
    from dateline.options import AnalysisOptions
    from dateline.store import StoreError

    options = AnalysisOptions.build(model=model, date=parse_date(date), date_from_name=date_from_name, year=year, n_process=jobs, max_chars=max_chars, max_bytes=max_bytes, batch_size=batch_size)
    reporter = _ProgressReporter(err)
    try:
        with reporter:
            summary = run_ingest(paths or [], db, options=options, progress=reporter.update, flush_every=commit_every)
    except ModelNotInstalled as exc:
        raise fail(exc, 2)
    except StoreError as exc:
        raise fail(exc, 2)
    except KeyboardInterrupt:
        state = reporter.state
        stored = state.stored if state else 0
        err.print(f"dateline: interrupted after {stored} article(s) stored in {db}; "
                  "the same command resumes where this run stopped", markup=False)
        raise typer.Exit(130)
    for message in summary.error_messages[:20]:
        err.print(f"dateline: error: {message}", markup=False)
    if len(summary.error_messages) > 20:
        err.print(f"dateline: ... and {len(summary.error_messages) - 20} more (see `dateline errors --db {db}`)", markup=False)
    if json_out:
        emit_json({"db": str(db), **summary.as_dict()})
    else:
        err.print(
            f"dateline: {db}: {summary.stored} stored, {summary.skipped} already stored, "
            f"{summary.duplicates} duplicate(s), {summary.errors} failed, in {summary.seconds:.1f} s",
            markup=False,
        )
    if summary.errors:
        raise typer.Exit(1)


class _ProgressReporter:
    """A rich progress bar on a terminal (articles/s, ETA, errors); plain log lines otherwise."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.live = console.is_terminal
        self.progress = None
        self.task = None
        self.last_log = 0.0
        self.state = None

    def __enter__(self) -> "_ProgressReporter":
        if self.live:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.progress = Progress(
                TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:.1f} articles/s"), TextColumn("ETA {task.fields[eta]}"),
                TextColumn("[red]{task.fields[errors]} errors"), TimeElapsedColumn(),
                console=self.console, transient=False,
            )
            self.progress.start()
            self.task = self.progress.add_task("ingest", total=None, rate=0.0, errors=0, eta="-")
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
                f"dateline: ingest {state.done}{total} inputs, {state.stored} stored, {state.skipped} skipped, "
                f"{state.errors} errors, {state.rate:.1f} articles/s, ETA {eta(state.total, state.done, state.rate)}",
                markup=False,
            )

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()
