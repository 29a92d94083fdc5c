"""What every command shares: the error console, option types, output files, the accuracy gate.

Commands parse arguments, call one library function and print; nothing here analyses text."""

from __future__ import annotations

import datetime as dt
import json
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Iterator, Optional, TextIO

import typer
from rich.console import Console

err = Console(stderr=True, highlight=False, soft_wrap=True)

DB_ENVVAR = "DATELINE_DB"
DEFAULT_DB = Path("dateline.db")

DbOption = Annotated[
    Path,
    typer.Option("--db", envvar=DB_ENVVAR, help=f"corpus database file (default ./dateline.db, or ${DB_ENVVAR})"),
]
JsonOption = Annotated[bool, typer.Option("--json", help="print JSON instead of a table")]


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


def parse_date(value: Optional[str], hint: str = "--date") -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form", param_hint=hint)


DateFromNameOption = Annotated[
    bool,
    typer.Option("--date-from-name", help="date each article by an ISO-like date in its file name (2023-10-13-story.txt, 20231013_story.txt) when the text and metadata give none"),
]
MaxBytesOption = Annotated[
    Optional[int],
    typer.Option(min=1, help="largest single input read, in bytes (and a gzip input once decompressed; default 50,000,000)"),
]
YearOption = Annotated[
    Optional[int],
    typer.Option(min=1, max=9999, help="year that completes a dateline's own date ('March 30') when the input gives none (default: a year in the file name)"),
]


@contextmanager
def output(path: Optional[Path]) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
    else:
        with path.open("w", encoding="utf-8") as handle:
            yield handle


@contextmanager
def interruptible() -> Iterator[None]:
    """Ctrl-C ends the command with one line and the shell's usual status, not a traceback."""
    try:
        yield
    except KeyboardInterrupt:
        err.print("dateline: interrupted", markup=False)
        raise typer.Exit(130)


def console() -> Console:
    return Console(highlight=False, soft_wrap=False)


def emit_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def fail(exc: Exception, code: int = 1) -> typer.Exit:
    err.print(f"dateline: error: {exc}", markup=False)
    return typer.Exit(code)


def gate(values: dict[str, float], floors: dict[str, Optional[float]]) -> None:
    """The one accuracy gate of every `dateline eval` command: exit 1 naming each score below
    its floor. `values` and `floors` share keys; a floor of None is not checked."""
    failed = False
    for key, floor in floors.items():
        if floor is not None and values[key] < floor:
            err.print(f"dateline: {key} {values[key]:.4f} is below the floor {floor}", markup=False)
            failed = True
    if failed:
        raise typer.Exit(1)


def report(scores: dict, json_out: bool) -> None:
    """Scores as JSON (--json) or pretty JSON with the first misses on standard error."""
    if json_out:
        sys.stdout.write(json.dumps(scores, indent=2) + "\n")
        return
    Console(highlight=False).print_json(json.dumps({k: v for k, v in scores.items() if k != "misses"}))
    for miss in scores.get("misses", [])[:10]:
        err.print(f"  miss: {miss}", markup=False)
