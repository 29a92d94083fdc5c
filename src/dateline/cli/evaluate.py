"""`dateline eval ...`: score dateline against gold data; each command gates with `--floor*`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from dateline.cli.common import JsonOption, err, fail, gate, report
from dateline.options import DEFAULT_MODEL

eval_app = typer.Typer(help="Score dateline against gold data.", no_args_is_help=True)

ModelOption = Annotated[str, typer.Option(help="installed spaCy pipeline to use")]


@eval_app.command("dateline")
def eval_dateline(
    reuters: Annotated[Path, typer.Option(help="folder of Reuters-21578 .sgm files")],
    arrangement: Annotated[str, typer.Option(help="wire: dateline first, as sent; headline: the <TITLE> line above the dateline")] = "wire",
    floor: Annotated[Optional[float], typer.Option(help="exit 1 if place accuracy is below this (0-1)")] = None,
    title_floor: Annotated[Optional[float], typer.Option(help="exit 1 if title exact match is below this (0-1; headline arrangement)")] = None,
    json_out: JsonOption = False,
) -> None:
    """Dateline place (and title) accuracy on Reuters-21578 stories, as wire copy or headline first."""
    from dateline.evaluation.datelines import ARRANGEMENTS, evaluate_datelines

    if arrangement not in ARRANGEMENTS:
        raise typer.BadParameter(f"{arrangement!r} is not one of {', '.join(ARRANGEMENTS)}", param_hint="--arrangement")
    if not reuters.is_dir():
        raise typer.BadParameter(f"{reuters} is not a folder", param_hint="--reuters")
    scores = evaluate_datelines(reuters, arrangement)
    report(scores, json_out)
    gate(scores, {"place_accuracy": floor, "title_accuracy": title_floor if arrangement == "headline" else None})


@eval_app.command("extraction")
def eval_extraction(
    gold: Annotated[Path, typer.Option(help="folder with html/*.html.gz and ground-truth.json (article-extraction-benchmark)")],
    ceiling: Annotated[Optional[float], typer.Option(help="exit 1 if the share of gold body words marked as noise is above this (0-1)")] = None,
    title_floor: Annotated[Optional[float], typer.Option(help="exit 1 if title recall (pages whose markup has one) is below this (0-1)")] = None,
    json_out: JsonOption = False,
) -> None:
    """Titles, dates and noise marking on real web pages, against their article bodies."""
    from dateline.evaluation.extraction import evaluate_extraction

    if not (gold / "ground-truth.json").is_file():
        raise typer.BadParameter(f"{gold} has no ground-truth.json", param_hint="--gold")
    scores = evaluate_extraction(gold)
    report(scores, json_out)
    # The noise share is a ceiling: the gate takes floors, so it checks the body's kept share.
    gate({"body_kept_share": 1 - scores["body_marked_as_noise_share"], "title_recall": scores["title_recall"]},
         {"body_kept_share": 1 - ceiling if ceiling is not None else None, "title_recall": title_floor})


@eval_app.command("times")
def eval_times(
    gold: Annotated[Path, typer.Option(help="folder of TimeML .tml files (e.g. TBAQ-cleaned), read recursively")],
    floor_value: Annotated[Optional[float], typer.Option(help="exit 1 if value F1 (0-100) is below this")] = None,
    floor_relaxed: Annotated[Optional[float], typer.Option(help="exit 1 if relaxed span F1 (0-100) is below this")] = None,
    baseline: Annotated[bool, typer.Option(help="score dateparser's search_dates beside dateline")] = True,
    model: ModelOption = DEFAULT_MODEL,
    json_out: JsonOption = False,
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
    gate(result, {"value_f1": floor_value, "relaxed_f1": floor_relaxed})


@eval_app.command("quantities")
def eval_quantities(
    gold: Annotated[Path, typer.Option(help="folder of Recognizers-Text English-*Model.json files")],
    floor_currency: Annotated[Optional[float], typer.Option(help="exit 1 if currency value+unit accuracy (0-1) is below this")] = None,
    floor_dimension: Annotated[Optional[float], typer.Option(help="exit 1 if dimension value+unit accuracy (0-1) is below this")] = None,
    floor_f1: Annotated[Optional[float], typer.Option(help="exit 1 if currency or dimension detection F1 (0-1) is below this")] = None,
    baseline: Annotated[bool, typer.Option(help="score quantulum3 beside dateline")] = True,
    model: ModelOption = DEFAULT_MODEL,
    json_out: JsonOption = False,
) -> None:
    """Numbers, money, dimensions, temperatures and ages: detection F1 and value+unit accuracy per file."""
    from rich.table import Table

    from dateline.evaluation.quantities import evaluate_quantities, score_table_rows

    try:
        result = evaluate_quantities(gold, model=model, baseline=baseline)
    except (OSError, ValueError) as exc:  # a folder without the cases, a malformed file
        raise fail(exc, 2)
    if json_out:
        sys.stdout.write(json.dumps({k: v for k, v in result.items() if k != "misses"}, indent=2) + "\n")
    else:
        out = Console(highlight=False)
        out.print(f"matching: {result['matching']}")
        table = Table("system", "file", "gold", "found", "P", "R", "F1", "value+unit")
        for row in score_table_rows(result):
            table.add_row(*row)
        out.print(table)
        if baseline and result.get("quantulum3") is None:
            err.print("quantulum3 is not installed (pip install -e '.[test]'): no baseline", markup=False)
        if result.get("quantulum3_note"):
            err.print(result["quantulum3_note"], markup=False)
        for miss in result["misses"][:15]:
            err.print(f"  {miss}", markup=False)
    gate(result, {"currency_value_unit_accuracy": floor_currency, "dimension_value_unit_accuracy": floor_dimension,
                  "currency_f1": floor_f1, "dimension_f1": floor_f1})


@eval_app.command("ner")
def eval_ner(
    conll: Annotated[Path, typer.Option(help="CoNLL-2003 file (token POS chunk tag; documents split on -DOCSTART-)")],
    model: ModelOption = DEFAULT_MODEL,
    limit: Annotated[Optional[int], typer.Option(min=1, help="score only the first N documents")] = None,
    min_gain: Annotated[Optional[float], typer.Option(help="exit 1 if dateline's F1 is not this many points (0-100) above bare spaCy's")] = None,
    floor: Annotated[Optional[float], typer.Option(help="exit 1 if dateline's overall F1 is below this (0-1)")] = None,
    json_out: JsonOption = False,
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
    gate({"f1": scores["dateline"]["overall"]["f1"], "f1_gain_points": scores["f1_gain"] * 100},
         {"f1": floor, "f1_gain_points": min_gain})


@eval_app.command("coref")
def eval_coref(
    gold: Annotated[Optional[Path], typer.Option(help="gold JSONL (default: dateline's own invented set)")] = None,
    model: ModelOption = DEFAULT_MODEL,
    floor: Annotated[Optional[float], typer.Option(help="exit 1 if resolution accuracy is below this (0-1)")] = None,
    json_out: JsonOption = False,
) -> None:
    """Pronoun and nominal resolution accuracy on invented news paragraphs."""
    from dateline.evaluation.coref import evaluate_coref

    scores = evaluate_coref(gold, model=model)
    report(scores, json_out)
    gate(scores, {"accuracy": floor})


@eval_app.command("geo")
def eval_geo(
    gold: Annotated[Path, typer.Option(help="TR-News or GeoVirus XML file (Gritta et al.'s format)")],
    floor_accuracy: Annotated[Optional[float], typer.Option(help="exit 1 if dateline's accuracy within 161 km (%) is below this")] = None,
    floor_f1: Annotated[Optional[float], typer.Option(help="exit 1 if dateline's detection F1 (%) is below this")] = None,
    demonyms: Annotated[str, typer.Option(help="score demonym places: auto (if the gold has any), yes, no")] = "auto",
    json_out: JsonOption = False,
) -> None:
    """Toponym detection and geocoding (dateline and a naive baseline) on TR-News / GeoVirus."""
    from dateline.evaluation.geo import evaluate_geo

    if not gold.is_file():  # a folder gave an IsADirectoryError traceback
        raise typer.BadParameter(f"{gold} is not a file (give TR-News.xml or GeoVirus.xml)", param_hint="--gold")
    scores = evaluate_geo(gold, demonyms=demonyms)
    report(scores, json_out)
    gate(scores["dateline"], {"accuracy_161km": floor_accuracy, "f1": floor_f1})


@eval_app.command("quotes")
def eval_quotes(
    gold: Annotated[Path, typer.Option(help="brat gold folder with text/*.txt and attributions/*.ann (PolNeAR)")],
    floor: Annotated[Optional[float], typer.Option(help="exit 1 if Jaccard>=0.5 F1 over all attributions is below this")] = None,
    direct_floor: Annotated[Optional[float], typer.Option(help="exit 1 if Jaccard>=0.5 F1 on direct quotes is below this")] = None,
    speaker_floor: Annotated[Optional[float], typer.Option(help="exit 1 if speaker accuracy is below this")] = None,
    e2e_floor: Annotated[Optional[float], typer.Option(help="exit 1 if end-to-end F1 is below this")] = None,
    indirect_floor: Annotated[Optional[float], typer.Option(help="exit 1 if Jaccard>=0.5 F1 on indirect quotes is below this")] = None,
    no_source_floor: Annotated[Optional[float], typer.Option(help="exit 1 if speaker accuracy where gold names no source is below this")] = None,
    classes: Annotated[
        Optional[str], typer.Option(help="score only these cue classes, comma-separated (speech, belief, finding, intention); default: all, as PolNeAR counts")
    ] = None,
    baseline: Annotated[bool, typer.Option(help="also score textacy's direct_quotations on the same spaCy pipeline")] = True,
    limit: Annotated[Optional[int], typer.Option(min=1, help="only the first N articles")] = None,
    json_out: JsonOption = False,
) -> None:
    """Quote attribution (content, speaker) against brat gold, dateline and textacy side by side."""
    from dateline.evaluation.quotes import evaluate_quotes, floor_failures, render_scores
    from dateline.lexicons.quotes import CUE_CLASSES

    wanted = None
    if classes is not None:
        wanted = frozenset(c.strip() for c in classes.split(",") if c.strip())
        unknown = sorted(wanted - set(CUE_CLASSES))
        if unknown or not wanted:
            raise fail(ValueError(f"--classes {classes!r}: each class must be one of {', '.join(CUE_CLASSES)}"), code=2)
    scores = evaluate_quotes(gold, baseline=baseline, limit=limit, classes=wanted)
    if json_out:
        sys.stdout.write(json.dumps(scores, indent=2) + "\n")
    else:
        render_scores(scores, Console(highlight=False, width=130))
    problems = floor_failures(
        scores, overall=floor, direct=direct_floor, speaker=speaker_floor, e2e=e2e_floor,
        indirect=indirect_floor, no_source_speaker=no_source_floor,
    )
    for problem in problems:
        err.print(f"dateline: {problem}", markup=False)
    if problems:
        raise typer.Exit(1)


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
    report(scores, json_out)
    gate(scores, {"precision": floor, "recall": recall_floor})


@eval_app.command("events")
def eval_events(
    gold: Annotated[Path, typer.Option(help="PLOVER gold standard records, JSONL (one sentence each)")],
    model: ModelOption = DEFAULT_MODEL,
    limit: Annotated[Optional[int], typer.Option(min=1, help="only the first N sentences")] = None,
    floor_f1: Annotated[Optional[float], typer.Option(help="exit 1 if category F1 (0-1) is below this")] = None,
    floor_all: Annotated[Optional[float], typer.Option(help="exit 1 if the share with category, source and target all right is below this")] = None,
    json_out: JsonOption = False,
) -> None:
    """Event category, source and target of each sentence's main event against PLOVER gold."""
    from dateline.evaluation.events import evaluate_events

    scores = evaluate_events(gold, model=model, limit=limit)
    report(scores, json_out)
    gate(scores, {"category_f1": floor_f1, "all_three": floor_all})
