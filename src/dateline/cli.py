"""The command line: each command parses arguments, builds options, calls one library function
and prints. No analysis logic lives here."""

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

from dateline.options import DEFAULT_MAX_CHARS, DEFAULT_MODEL

app = typer.Typer(
    help="dateline: news articles in, provenance-linked records out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score dateline against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

err = Console(stderr=True, highlight=False, soft_wrap=True)


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


def _parse_date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form", param_hint="--date")


@contextmanager
def _output(path: Optional[Path]) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
    else:
        with path.open("w", encoding="utf-8") as handle:
            yield handle


@contextmanager
def _interruptible() -> Iterator[None]:
    """Ctrl-C ends the command with one line and the shell's usual status, not a traceback."""
    try:
        yield
    except KeyboardInterrupt:
        err.print("dateline: interrupted", markup=False)
        raise typer.Exit(130)


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="files, directories (read recursively) or - for standard input")],
    format: Annotated[Optional[OutputFormat], typer.Option("--format", "-f", help="json (one record), jsonl (one per line), text (for people); default: json for one file, else jsonl")] = None,
    date: Annotated[Optional[str], typer.Option(help="publication date YYYY-MM-DD for inputs that carry none")] = None,
    model: Annotated[str, typer.Option(help="installed spaCy pipeline to use")] = DEFAULT_MODEL,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="write to this file instead of standard output")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="worker processes")] = 1,
    max_chars: Annotated[int, typer.Option(min=1, help="longest article text accepted")] = DEFAULT_MAX_CHARS,
) -> None:
    """Analyse articles and print their records."""
    from dateline.language import ModelNotInstalled
    from dateline.options import AnalysisOptions
    from dateline.pipeline import Pipeline
    from dateline.render import render_text

    options = AnalysisOptions.build(model=model, date=_parse_date(date), n_process=jobs, max_chars=max_chars)
    if format is None:
        single = len(paths) == 1 and (paths[0] == "-" or Path(paths[0]).is_file()) and not paths[0].endswith((".jsonl", ".jsonl.gz", ".ndjson"))
        format = OutputFormat.json if single else OutputFormat.jsonl
    try:
        pipeline = Pipeline(options)
    except ModelNotInstalled as exc:
        err.print(f"dateline: error: {exc}")
        raise typer.Exit(2)
    failures = records = 0
    collected = []
    with _output(output) as out, _interruptible():
        for result in pipeline.run_paths(paths):
            if not hasattr(result, "to_json"):
                failures += 1
                err.print(f"dateline: error: {result}", markup=False)
                continue
            records += 1
            if format is OutputFormat.jsonl:
                out.write(result.to_json() + "\n")
            elif format is OutputFormat.text:
                render_text(result, out)
            else:
                collected.append(result)
        if format is OutputFormat.json:
            if len(collected) == 1:
                out.write(collected[0].to_json(indent=2) + "\n")
            elif collected:
                out.write("[\n" + ",\n".join(r.to_json(indent=2) for r in collected) + "\n]\n")
    if failures:
        err.print(f"dateline: {records} record(s), {failures} input(s) failed", markup=False)
        raise typer.Exit(1)
    if not records:
        err.print("dateline: no articles in the inputs", markup=False)
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the article record."""
    from dateline.record import record_json_schema

    sys.stdout.write(json.dumps(record_json_schema(), indent=2) + "\n")


@eval_app.command("dateline")
def eval_dateline(
    reuters: Annotated[Path, typer.Option(help="folder of Reuters-21578 .sgm files")],
    floor: Annotated[Optional[float], typer.Option(help="exit 1 if place accuracy is below this (0-1)")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="print the scores as JSON")] = False,
) -> None:
    """Dateline place and date accuracy on Reuters-21578 stories written as wire copy."""
    from dateline.evaluation.datelines import evaluate_datelines

    _report(evaluate_datelines(reuters), floor, "place_accuracy", json_out)


def _report(scores: dict, floor: Optional[float], key: str, json_out: bool) -> None:
    if json_out:
        sys.stdout.write(json.dumps(scores, indent=2) + "\n")
    else:
        Console(highlight=False).print_json(json.dumps({k: v for k, v in scores.items() if k != "misses"}))
        for miss in scores.get("misses", [])[:10]:
            err.print(f"  miss: {miss}", markup=False)
    if floor is not None and scores[key] < floor:
        err.print(f"dateline: {key} {scores[key]:.4f} is below the floor {floor}", markup=False)
        raise typer.Exit(1)


# The corpus commands (ingest, quotes, search, entity, places, timeline, stats, errors, export).
from dateline import cli_corpus  # noqa: E402

cli_corpus.register(app, eval_app)


def main() -> None:
    app()
