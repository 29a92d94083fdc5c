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
gazetteer_app = typer.Typer(help="The offline gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

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


@eval_app.command("ner")
def eval_ner(
    conll: Annotated[Path, typer.Option(help="CoNLL-2003 file (token POS chunk tag; documents split on -DOCSTART-)")],
    model: Annotated[str, typer.Option(help="installed spaCy pipeline to use")] = DEFAULT_MODEL,
    limit: Annotated[Optional[int], typer.Option(min=1, help="score only the first N documents")] = None,
    min_gain: Annotated[Optional[float], typer.Option(help="exit 1 if dateline's F1 is not this many points (0-100) above bare spaCy's")] = None,
    floor: Annotated[Optional[float], typer.Option(help="exit 1 if dateline's overall F1 is below this (0-1)")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="print the scores as JSON")] = False,
) -> None:
    """Entity P/R/F1 on CoNLL-2003, dateline and the bare spaCy pipeline side by side."""
    from dateline.evaluation.ner import evaluate_ner, render_ner

    scores = evaluate_ner(conll, model=model, limit=limit)
    if json_out:
        sys.stdout.write(json.dumps(scores, indent=2) + "\n")
    else:
        render_ner(scores, Console(highlight=False))
        for miss in scores.get("misses", [])[:10]:
            err.print(f"  unseen: {miss}", markup=False)
    if floor is not None and scores["dateline"]["overall"]["f1"] < floor:
        err.print(f"dateline: F1 {scores['dateline']['overall']['f1']:.4f} is below the floor {floor}", markup=False)
        raise typer.Exit(1)
    if min_gain is not None and scores["f1_gain"] * 100 < min_gain:
        err.print(f"dateline: F1 gain over spaCy {scores['f1_gain'] * 100:.2f} points is below {min_gain}", markup=False)
        raise typer.Exit(1)


@eval_app.command("coref")
def eval_coref(
    gold: Annotated[Optional[Path], typer.Option(help="gold JSONL (default: dateline's own invented set)")] = None,
    model: Annotated[str, typer.Option(help="installed spaCy pipeline to use")] = DEFAULT_MODEL,
    floor: Annotated[Optional[float], typer.Option(help="exit 1 if resolution accuracy is below this (0-1)")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="print the scores as JSON")] = False,
) -> None:
    """Pronoun and nominal resolution accuracy on invented news paragraphs."""
    from dateline.evaluation.coref import evaluate_coref

    _report(evaluate_coref(gold, model=model), floor, "accuracy", json_out)
@eval_app.command("geo")
def eval_geo(
    gold: Annotated[Path, typer.Option(help="TR-News or GeoVirus XML file (Gritta et al.'s format)")],
    floor_accuracy: Annotated[
        Optional[float], typer.Option(help="exit 1 if dateline's accuracy within 161 km (%) is below this")
    ] = None,
    floor_f1: Annotated[Optional[float], typer.Option(help="exit 1 if dateline's detection F1 (%) is below this")] = None,
    demonyms: Annotated[str, typer.Option(help="score demonym places: auto (if the gold has any), yes, no")] = "auto",
    json_out: Annotated[bool, typer.Option("--json", help="print the scores as JSON")] = False,
) -> None:
    """Toponym detection and geocoding (dateline and a naive baseline) on TR-News / GeoVirus."""
    from dateline.evaluation.geo import evaluate_geo

    scores = evaluate_geo(gold, demonyms=demonyms)
    ours = scores["dateline"]
    _report(scores, None, "", json_out)
    for value, floor, label in ((ours["accuracy_161km"], floor_accuracy, "accuracy_161km"), (ours["f1"], floor_f1, "f1")):
        if floor is not None and value < floor:
            err.print(f"dateline: {label} {value} is below the floor {floor}", markup=False)
            raise typer.Exit(1)


@gazetteer_app.command("build")
def gazetteer_build() -> None:
    """Build this machine's gazetteer index now (otherwise built on first use)."""
    import time

    from dateline.gazetteer import Gazetteer, build_index, default_index_path

    path = default_index_path()
    started = time.perf_counter()
    if not path.exists():
        build_index(path)
    Gazetteer(path).close()
    sys.stdout.write(json.dumps({"index": str(path), "seconds": round(time.perf_counter() - started, 1)}) + "\n")


@eval_app.command("quotes")
def eval_quotes(
    gold: Annotated[Path, typer.Option(help="brat gold folder with text/*.txt and attributions/*.ann (PolNeAR)")],
    floor: Annotated[Optional[float], typer.Option(help="exit 1 if Jaccard>=0.5 F1 over all attributions is below this")] = None,
    direct_floor: Annotated[Optional[float], typer.Option(help="exit 1 if Jaccard>=0.5 F1 on direct quotes is below this")] = None,
    speaker_floor: Annotated[Optional[float], typer.Option(help="exit 1 if speaker accuracy is below this")] = None,
    e2e_floor: Annotated[Optional[float], typer.Option(help="exit 1 if end-to-end F1 is below this")] = None,
    baseline: Annotated[bool, typer.Option(help="also score textacy's direct_quotations on the same spaCy pipeline")] = True,
    limit: Annotated[Optional[int], typer.Option(min=1, help="only the first N articles")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="print the scores as JSON")] = False,
) -> None:
    """Quote attribution (content, speaker) against brat gold, dateline and textacy side by side."""
    from dateline.evaluation.quotes import evaluate_quotes, floor_failures, render_scores

    scores = evaluate_quotes(gold, baseline=baseline, limit=limit)
    if json_out:
        sys.stdout.write(json.dumps(scores, indent=2) + "\n")
    else:
        render_scores(scores, Console(highlight=False, width=130))
    problems = floor_failures(scores, overall=floor, direct=direct_floor, speaker=speaker_floor, e2e=e2e_floor)
    for problem in problems:
        err.print(f"dateline: {problem}", markup=False)
    if problems:
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


# The corpus commands (ingest, quotes, search, entity, places, timeline, stats, errors, export).
from dateline import cli_corpus  # noqa: E402

cli_corpus.register(app, eval_app)


def main() -> None:
    app()
