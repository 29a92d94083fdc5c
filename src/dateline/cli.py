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


@eval_app.command("times")
def eval_times(
    gold: Annotated[Path, typer.Option(help="folder of TimeML .tml files (e.g. TBAQ-cleaned), read recursively")],
    floor_value: Annotated[Optional[float], typer.Option(help="exit 1 if value F1 (0-100) is below this")] = None,
    floor_relaxed: Annotated[Optional[float], typer.Option(help="exit 1 if relaxed span F1 (0-100) is below this")] = None,
    baseline: Annotated[bool, typer.Option(help="score dateparser's search_dates beside dateline")] = True,
    model: Annotated[str, typer.Option(help="installed spaCy pipeline to use")] = DEFAULT_MODEL,
    json_out: Annotated[bool, typer.Option("--json", help="print the scores as JSON")] = False,
) -> None:
    """Temporal expressions as in TempEval-3 Task A: strict and relaxed span F1, type and value F1."""
    from rich.table import Table

    from dateline.evaluation.times import evaluate_times, score_table_rows
    from dateline.options import AnalysisOptions

    options = AnalysisOptions.build(model=model, components=("dateline_times",))
    result = evaluate_times(gold, baseline=baseline, options=options)
    if json_out:
        sys.stdout.write(json.dumps({k: v for k, v in result.items() if k != "misses"}, indent=2) + "\n")
    else:
        out = Console(highlight=False)
        out.print(f"{result['documents']} documents, {result['gold_timexes']} gold TIMEX3 "
                  f"({result['gold_in_blanked_text']} in text dateline blanks as non-prose)")
        table = Table("system", "type", "gold", "found", "strict F1", "relaxed F1", "type F1", "value F1")
        for row in score_table_rows(result):
            table.add_row(*row)
        out.print(table)
        if baseline and result.get("dateparser") is None:
            err.print("dateparser is not installed (pip install -e '.[test]'): no baseline", markup=False)
        for miss in result["misses"][:15]:
            err.print(f"  {miss}", markup=False)
    failed = False
    for key, floor in (("value_f1", floor_value), ("relaxed_f1", floor_relaxed)):
        if floor is not None and result[key] < floor:
            err.print(f"dateline: {key} {result[key]:.2f} is below the floor {floor}", markup=False)
            failed = True
    if failed:
        raise typer.Exit(1)


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


def main() -> None:
    app()
