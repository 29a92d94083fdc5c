"""The command line: each command parses arguments, builds options, calls one library function
and prints. No analysis logic lives here."""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Iterator, Optional, TextIO

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

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

    from dateline.gazetteer import Gazetteer, default_index_path, ensure_index

    path = default_index_path()
    started = time.perf_counter()
    ensure_index(path)  # under the build lock: safe beside a running analysis
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


# -- the corpus: ingest, then questions (quotes, search, entity, places, timeline, stats,
# errors) and export. Each parses arguments, calls `dateline.corpus.ingest` or one
# `dateline.store` function, and prints a rich table or --json.
DB_ENVVAR = "DATELINE_DB"
DEFAULT_DB = Path("dateline.db")

# Plain log lines (no terminal) come at most this often during an ingest.
LOG_EVERY_SECONDS = 10.0

# Private markers the queries put around matched words; turned into rich styles here.
_MARK = ("\x02", "\x03")

DbOption = Annotated[
    Path,
    typer.Option("--db", envvar=DB_ENVVAR, help=f"corpus database file (default ./dateline.db, or ${DB_ENVVAR})"),
]
JsonOption = Annotated[bool, typer.Option("--json", help="print JSON instead of a table")]


def _out() -> Console:
    return Console(highlight=False, soft_wrap=False)


def _emit_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def _fail(exc: Exception, code: int = 1) -> typer.Exit:
    err.print(f"dateline: error: {exc}", markup=False)
    return typer.Exit(code)


def _marked(text: str | None) -> str:
    """Query text with match markers, as rich markup (the text itself escaped)."""
    if not text:
        return ""
    return escape(text).replace(_MARK[0], "[bold yellow]").replace(_MARK[1], "[/bold yellow]")


def _plain(text: str | None) -> str | None:
    return text.replace(_MARK[0], "[").replace(_MARK[1], "]") if text else text


def _short(text: str | None, width: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


# -- ingest ------------------------------------------------------------------------------------
@app.command()
def ingest(
    paths: Annotated[Optional[list[str]], typer.Argument(help="files and directories (read recursively); none: just create or upgrade the database")] = None,
    db: DbOption = DEFAULT_DB,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="worker processes")] = 1,
    date: Annotated[Optional[str], typer.Option(help="publication date YYYY-MM-DD for inputs that carry none")] = None,
    model: Annotated[Optional[str], typer.Option(help="installed spaCy pipeline to use")] = None,
    max_chars: Annotated[Optional[int], typer.Option(min=1, help="longest article text accepted")] = None,
    batch_size: Annotated[Optional[int], typer.Option(min=1, help="articles per spaCy batch")] = None,
    commit_every: Annotated[int, typer.Option(min=1, help="articles per database transaction")] = 64,
    json_out: JsonOption = False,
) -> None:
    """Analyse articles and store them in a corpus database (skips what is already stored)."""
    from dateline.corpus import ingest as run_ingest
    from dateline.language import ModelNotInstalled
    from dateline.options import AnalysisOptions
    from dateline.store import StoreError

    options = AnalysisOptions.build(model=model, date=_parse_date(date), n_process=jobs, max_chars=max_chars, batch_size=batch_size)
    reporter = _ProgressReporter(err)
    try:
        with reporter:
            summary = run_ingest(paths or [], db, options=options, progress=reporter.update, flush_every=commit_every)
    except ModelNotInstalled as exc:
        raise _fail(exc, 2)
    except StoreError as exc:
        raise _fail(exc, 2)
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
        _emit_json({"db": str(db), **summary.as_dict()})
    else:
        err.print(
            f"dateline: {db}: {summary.stored} stored, {summary.skipped} already stored, "
            f"{summary.duplicates} duplicate(s), {summary.errors} failed, in {summary.seconds:.1f} s",
            markup=False,
        )
    if summary.errors:
        raise typer.Exit(1)


def _eta(state) -> str:
    if state.total is None or state.rate <= 0:
        return "-"
    seconds = int((state.total - state.done) / state.rate)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


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
            self.progress.update(self.task, total=state.total, completed=state.done, rate=state.rate, errors=state.errors, eta=_eta(state))
            return
        now = time.monotonic()
        if now - self.last_log >= LOG_EVERY_SECONDS:
            self.last_log = now
            total = f"/{state.total}" if state.total is not None else ""
            self.console.print(
                f"dateline: ingest {state.done}{total} inputs, {state.stored} stored, {state.skipped} skipped, "
                f"{state.errors} errors, {state.rate:.1f} articles/s, ETA {_eta(state)}",
                markup=False,
            )

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()


# -- questions -----------------------------------------------------------------------------------
@app.command()
def quotes(
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[Optional[str], typer.Option(help="who: a name, alias or surname")] = None,
    about: Annotated[Optional[str], typer.Option(help="words in the quote (full-text syntax)")] = None,
    since: Annotated[Optional[str], typer.Option(help="first article date, YYYY-MM-DD")] = None,
    until: Annotated[Optional[str], typer.Option(help="last article date, YYYY-MM-DD")] = None,
    limit: Annotated[int, typer.Option(min=1, help="most quotes to show")] = 50,
    json_out: JsonOption = False,
) -> None:
    """Who said what: quotes by speaker, topic and date, newest first."""
    from dateline.store import StoreError, find_quotes

    try:
        rows = find_quotes(db, speaker=speaker, about=about, since=since, until=until, limit=limit, mark=_MARK)
    except StoreError as exc:
        raise _fail(exc)
    if json_out:
        for row in rows:
            if "highlighted" in row:
                row["highlighted"] = _plain(row["highlighted"])
        _emit_json(rows)
        return
    table = Table("date", "speaker", "quote", "article", title=f"{len(rows)} quote(s)", title_justify="left")
    for row in rows:
        quote = _marked(row.get("highlighted")) if row.get("highlighted") else escape(row["text"])
        table.add_row(row["date"] or "-", escape(row["speaker"] or "-"), quote, f"{row['article_id']} {row['quote_id']}")
    _out().print(table)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='full-text query: words, "a phrase", OR, NOT, prefix*')],
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(min=1, help="most articles and quotes to show")] = 20,
    json_out: JsonOption = False,
) -> None:
    """Articles and quotes matching a full-text query, best first, with highlighted snippets."""
    from dateline.store import StoreError, search as run_search

    try:
        found = run_search(db, query, limit=limit, mark=_MARK)
    except StoreError as exc:
        raise _fail(exc)
    if json_out:
        for row in found["articles"] + found["quotes"]:
            row["snippet"] = _plain(row["snippet"])
        _emit_json(found)
        return
    out = _out()
    table = Table("date", "title", "snippet", "article", title=f"{len(found['articles'])} article(s)", title_justify="left")
    for row in found["articles"]:
        table.add_row(row["date"] or "-", escape(_short(row["title"] or row["source_path"], 60)), _marked(row["snippet"]), row["id"])
    out.print(table)
    table = Table("date", "speaker", "quote", "article", title=f"{len(found['quotes'])} quote(s)", title_justify="left")
    for row in found["quotes"]:
        table.add_row(row["date"] or "-", escape(row["speaker"] or "-"), _marked(row["snippet"]), f"{row['article_id']} {row['quote_id']}")
    out.print(table)


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="a name, alias or surname; or #ID for a corpus entity id")],
    db: DbOption = DEFAULT_DB,
    json_out: JsonOption = False,
) -> None:
    """One entity across the corpus: aliases, roles, counts by month, companions, places."""
    from dateline.store import StoreError, entity_profile

    key: str | int = int(name[1:]) if name.startswith("#") and name[1:].isdigit() else name
    try:
        profile = entity_profile(db, key)
    except StoreError as exc:
        raise _fail(exc)
    if profile is None:
        err.print(f"dateline: no entity matches {name!r}", markup=False)
        raise typer.Exit(1)
    if json_out:
        _emit_json(profile)
        return
    out = _out()
    out.print(f"[bold]{escape(profile['name'])}[/bold]  #{profile['id']} {profile['type']}  "
              f"{profile['articles']} article(s), {profile['quotes']} quote(s), "
              f"{profile['first_date'] or '?'} .. {profile['last_date'] or '?'}")
    out.print("aliases: " + escape("; ".join(f"{a['alias']} ({a['articles']})" for a in profile["aliases"])))
    if profile["roles"]:
        out.print("roles: " + escape("; ".join(f"{r['role']} ({r['articles']})" for r in profile["roles"])))
    months = Table("month", "articles", "quotes", title="by month", title_justify="left")
    for m in profile["by_month"]:
        months.add_row(m["month"] or "undated", str(m["articles"]), str(m["quotes"]))
    out.print(months)
    if profile["co_occurring"]:
        out.print("most often with: " + escape("; ".join(f"{c['name']} ({c['articles']})" for c in profile["co_occurring"])))
    if profile["places"]:
        out.print("places: " + escape("; ".join(f"{p['name']} ({p['articles']})" for p in profile["places"])))
    for q in profile["recent_quotes"]:
        out.print(f"  {q['date'] or '-'}  \"{escape(_short(q['text']))}\"")
    if profile["other_matches"]:
        out.print("other entities with this name: " + escape("; ".join(
            f"#{m['id']} {m['name']} ({m['articles']} articles)" for m in profile["other_matches"])))


@app.command()
def places(
    db: DbOption = DEFAULT_DB,
    country: Annotated[Optional[str], typer.Option(help="ISO 3166-1 alpha-2 country code, e.g. UA")] = None,
    name: Annotated[Optional[str], typer.Option(help="one place by name")] = None,
    limit: Annotated[int, typer.Option(min=1, help="most places to show")] = 50,
    json_out: JsonOption = False,
) -> None:
    """Places named in the corpus, with how many articles name them."""
    from dateline.store import StoreError, find_places

    try:
        rows = find_places(db, country=country, name=name, limit=limit)
    except StoreError as exc:
        raise _fail(exc)
    if json_out:
        _emit_json(rows)
        return
    table = Table("place", "country", "articles", "datelines", "mentions", "lat", "lon", "first", "last",
                  title=f"{len(rows)} place(s)", title_justify="left")
    for r in rows:
        table.add_row(escape(r["name"]), r["country"] or "-", str(r["articles"]), str(r["datelines"]), str(r["mentions"]),
                      f"{r['lat']:.2f}" if r["lat"] is not None else "-", f"{r['lon']:.2f}" if r["lon"] is not None else "-",
                      r["first_date"] or "-", r["last_date"] or "-")
    _out().print(table)


@app.command()
def timeline(
    db: DbOption = DEFAULT_DB,
    entity: Annotated[Optional[str], typer.Option(help="an entity: its articles in date order; none: the corpus by month")] = None,
    since: Annotated[Optional[str], typer.Option(help="first date, YYYY-MM-DD")] = None,
    until: Annotated[Optional[str], typer.Option(help="last date, YYYY-MM-DD")] = None,
    limit: Annotated[int, typer.Option(min=1, help="most articles to show")] = 200,
    json_out: JsonOption = False,
) -> None:
    """An entity's articles over time (or the corpus per month)."""
    from dateline.store import StoreError, timeline as run_timeline

    try:
        found = run_timeline(db, entity=entity, since=since, until=until, limit=limit)
    except StoreError as exc:
        raise _fail(exc)
    if json_out:
        _emit_json(found)
        return
    if entity is None:
        table = Table("month", "articles", "quotes", title="corpus by month", title_justify="left")
        for m in found["months"]:
            table.add_row(m["month"] or "undated", str(m["articles"]), str(m["quotes"] or 0))
        _out().print(table)
        return
    if found["entity"] is None:
        err.print(f"dateline: no entity matches {entity!r}", markup=False)
        raise typer.Exit(1)
    head = found["entity"]
    table = Table("date", "title", "mentions", "quotes", "first quote", "article",
                  title=f"{head['name']} (#{head['id']} {head['type']})", title_justify="left")
    for e in found["events"]:
        table.add_row(e["date"] or "-", escape(_short(e["title"] or e["source_path"], 60)), str(e["mentions"]),
                      str(e["quotes"]), escape(_short(e["first_quote"], 80)), e["article_id"])
    _out().print(table)


@app.command()
def stats(db: DbOption = DEFAULT_DB, json_out: JsonOption = False) -> None:
    """Corpus size, date range, top speakers, places and entities."""
    from dateline.store import StoreError, corpus_stats

    try:
        found = corpus_stats(db)
    except StoreError as exc:
        raise _fail(exc)
    if json_out:
        _emit_json(found)
        return
    out = _out()
    out.print(f"[bold]{escape(str(db))}[/bold]: {found['articles']} article(s) from {found['inputs']} input(s) "
              f"({found['duplicates']} duplicate(s)), {found['errors']} failed input(s)")
    out.print(f"dates {found['first_date'] or '?'} .. {found['last_date'] or '?'} ({found['undated']} undated); "
              f"{found['entities']} entities, {found['quotes']} quotes, {found['places']} place mentions, "
              f"{found['times']} times, {found['quantities']} quantities, {found['tokens']} tokens")
    for title, key, count in (("top speakers", "top_speakers", "quotes"), ("top places", "top_places", "articles"),
                              ("top entities", "top_entities", "articles")):
        if found[key]:
            table = Table("name", count, title=title, title_justify="left")
            for row in found[key]:
                table.add_row(escape(row["name"]), str(row[count]))
            out.print(table)
    if found["errors_by_code"]:
        out.print("failures: " + ", ".join(f"{e['code']} {e['inputs']}" for e in found["errors_by_code"]))


@app.command()
def errors(
    db: DbOption = DEFAULT_DB,
    code: Annotated[Optional[str], typer.Option(help="only this error code, e.g. E013")] = None,
    limit: Annotated[Optional[int], typer.Option(min=1, help="most failures to show")] = None,
    json_out: JsonOption = False,
) -> None:
    """Inputs that did not become articles, and why."""
    from dateline.store import StoreError, list_errors

    try:
        rows = list_errors(db, code=code, limit=limit)
    except StoreError as exc:
        raise _fail(exc)
    if json_out:
        _emit_json(rows)
        return
    table = Table("input", "code", "reason", title=f"{len(rows)} failed input(s)", title_justify="left")
    for r in rows:
        table.add_row(escape(r["input"]), r["code"], escape(r["message"]))
    _out().print(table)


@app.command()
def export(
    db: DbOption = DEFAULT_DB,
    table: Annotated[str, typer.Option(help="articles (JSONL: the full records), quotes, entities, mentions, places, times, quantities, article_entities, sources, errors")] = "articles",
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="file to write (default: standard output; parquet needs one)")] = None,
) -> None:
    """Export a corpus table for pandas, DuckDB or a spreadsheet."""
    from dateline.store import StoreError, export_table

    try:
        count = export_table(db, table, format, out=None if output else sys.stdout, path=output)
    except StoreError as exc:
        raise _fail(exc)
    err.print(f"dateline: exported {count} row(s) of {table} as {format}" + (f" to {output}" if output else ""), markup=False)


@eval_app.command("merging")
def eval_merging(
    gold: Annotated[Path, typer.Option(help="gold pairs JSON (tests/fixtures/merging_gold.json)")],
    floor: Annotated[Optional[float], typer.Option(help="exit 1 if pair precision is below this (0-1)")] = None,
    recall_floor: Annotated[Optional[float], typer.Option(help="exit 1 if pair recall is below this (0-1)")] = None,
    json_out: JsonOption = False,
) -> None:
    """Corpus-level entity merging: pair precision and recall on a gold set of must / must-not pairs."""
    from dateline.evaluation.merging import evaluate_merging

    scores = evaluate_merging(gold)
    _report(scores, floor, "precision", json_out)
    if recall_floor is not None and scores["recall"] < recall_floor:
        err.print(f"dateline: recall {scores['recall']:.4f} is below the floor {recall_floor}", markup=False)
        raise typer.Exit(1)



def main() -> None:
    app()
