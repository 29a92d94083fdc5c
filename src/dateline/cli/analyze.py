"""`dateline analyze` and `dateline schema`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from dateline.cli.common import (
    DateFromNameOption, Engine, EngineOption, MaxBytesOption, OutputFormat, RayAddressOption, WorkersOption, YearOption,
    check_output, err, fail, interruptible, output, parse_date,
)
from dateline.options import DEFAULT_MAX_CHARS, DEFAULT_MODEL


def analyze(
    paths: Annotated[list[str], typer.Argument(help="files, directories (read recursively) or - for standard input")],
    format: Annotated[Optional[OutputFormat], typer.Option("--format", "-f", help="json (one record), jsonl (one per line), text (for people); default: json for one file, else jsonl")] = None,
    date: Annotated[Optional[str], typer.Option(help="publication date YYYY-MM-DD for inputs that carry none")] = None,
    date_from_name: DateFromNameOption = False,
    year: YearOption = None,
    model: Annotated[str, typer.Option(help="installed spaCy pipeline to use")] = DEFAULT_MODEL,
    output_path: Annotated[Optional[Path], typer.Option("--output", "-o", help="write to this file instead of standard output")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="worker processes")] = 1,
    max_chars: Annotated[int, typer.Option(min=1, help="longest article text accepted")] = DEFAULT_MAX_CHARS,
    engine: EngineOption = Engine.local,
    ray_address: RayAddressOption = None,
    workers: WorkersOption = None,
    max_bytes: MaxBytesOption = None,
) -> None:
    """Analyse articles and print their records."""
    from dateline.errors import RunError
    from dateline.errors import ModelNotInstalled
    from dateline.options import AnalysisOptions
    from dateline.engines import make_runner
    from dateline.reading import is_multi_record_path, read_paths

    options = AnalysisOptions.build(model=model, date=parse_date(date), date_from_name=date_from_name, year=year, n_process=jobs, max_chars=max_chars, max_bytes=max_bytes)
    check_output(output_path)  # before the model loads and the analysis runs
    if format is None:
        single = len(paths) == 1 and (paths[0] == "-" or Path(paths[0]).is_file()) and not is_multi_record_path(paths[0])
        format = OutputFormat.json if single else OutputFormat.jsonl
    try:
        runner = make_runner(engine.value, options, workers=workers, address=ray_address)
    except RunError as exc:
        raise fail(exc, 2)
    try:
        with output(output_path) as out, interruptible():
            records, failures = _write_results(runner.run(read_paths(paths, options)), format, out)
    except (ModelNotInstalled, RunError) as exc:
        raise fail(exc, 2)
    finally:
        runner.close()
    if failures:
        err.print(f"dateline: {records} record(s), {failures} input(s) failed", markup=False)
        raise typer.Exit(1)
    if not records:
        err.print("dateline: no articles in the inputs", markup=False)
        raise typer.Exit(1)


def _write_results(results, format: OutputFormat, out) -> tuple[int, int]:
    from dateline.render import JsonRecordWriter, render_text

    failures = records = 0
    writer = JsonRecordWriter(out)
    for result in results:
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
            writer.add(result)
    writer.close()
    return records, failures


def schema() -> None:
    """Print the JSON Schema of the article record."""
    from dateline.record import record_json_schema

    sys.stdout.write(json.dumps(record_json_schema(), indent=2) + "\n")
