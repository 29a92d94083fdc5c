"""What every command shares: the error console, option types, output files, the accuracy gate.

Commands parse arguments, call one library function and print; nothing here analyses text."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Iterator, Optional, TextIO

import typer
from rich.console import Console

from dateline.record import iso_date

err = Console(stderr=True, highlight=False, soft_wrap=True)

DB_ENVVAR = "DATELINE_DB"
DEFAULT_DB = Path("dateline.db")

DbOption = Annotated[
    Path,
    typer.Option("--db", envvar=DB_ENVVAR, help=f"corpus database file (default ./dateline.db, or ${DB_ENVVAR})"),
]
JsonOption = Annotated[bool, typer.Option("--json", help="print JSON instead of a table")]


class Engine(str, Enum):
    local = "local"
    ray = "ray"


EngineOption = Annotated[Engine, typer.Option("--engine", help="where the analysis runs: local (this machine, --jobs processes) or ray (pip install 'dateline\\[ray]')")]
RayAddressOption = Annotated[Optional[str], typer.Option("--ray-address", help="Ray cluster to join (ray://host:10001 or auto); default: start a local Ray")]
WorkersOption = Annotated[Optional[int], typer.Option("--workers", min=1, help="Ray actors (one spaCy pipeline each; default: one per CPU) or, locally, processes")]


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


def parse_date(value: Optional[str], hint: str = "--date") -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return iso_date(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form", param_hint=hint)


def output_problem(path: Optional[Path]) -> Optional[str]:
    """Why `-o PATH` cannot be written, in one line saying what to do; None if it can. Checked
    before any work starts, so a long analysis never ends in a traceback at its first write."""
    if path is None:
        return None
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        return f"-o {path}: is a folder; give a file in it, e.g. -o {path / 'records.jsonl'}"
    if not parent.exists():
        return f"-o {path}: the folder {parent} does not exist; create it first (mkdir -p {parent}) or write elsewhere"
    if not parent.is_dir():
        return f"-o {path}: {parent} is not a folder; give a path in an existing folder"
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return f"-o {path}: permission denied; choose a path you can write to"
    return None


def check_output(path: Optional[Path]) -> None:
    """Exit with status 2 and one line when `-o PATH` cannot be written."""
    problem = output_problem(path)
    if problem:
        err.print(f"dateline: error: {problem}", markup=False)
        raise typer.Exit(2)
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
        return
    check_output(path)
    try:
        handle = path.open("w", encoding="utf-8")
    except OSError as exc:  # a race with the check above, or a full disk
        err.print(f"dateline: error: -o {path}: {exc.strerror or exc}", markup=False)
        raise typer.Exit(2)
    with handle:
        yield handle


def warn_empty_range(since: Optional[str], until: Optional[str]) -> None:
    """A warning when --since is after --until: nothing can match, and the user should know why."""
    if not since or not until:
        return
    try:
        first, last = iso_date(since), iso_date(until)
    except ValueError:
        return  # the query reports the malformed date
    if first > last:
        err.print(f"dateline: warning: --since {since} is after --until {until}; no date lies between them", markup=False)


def country_code(value: Optional[str]) -> Optional[str]:
    """--country as an ISO alpha-2 code: a code as given, a country's name through the gazetteer."""
    if value is None:
        return None
    from dateline.gazetteer import Gazetteer

    code = Gazetteer().country_code(value)
    if code is None:
        raise typer.BadParameter(f"{value!r} is no country the gazetteer knows; give a name or an ISO code such as GB", param_hint="--country")
    return code


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
