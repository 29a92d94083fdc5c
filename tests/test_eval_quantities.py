"""`dateline eval quantities`: Recognizers-Text cases, overlap matching, and the CI gate."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from conftest import FIXTURES, shared_path
from dateline.cli import app
from dateline.evaluation.quantities import Case, Item, read_cases, score_file

INVENTED = FIXTURES / "quantities"  # invented cases in Recognizers-Text's format

# The floors: value+unit accuracy on matched items, detection F1 on both files (0-1).
CURRENCY_ACCURACY_FLOOR = 0.80
DIMENSION_ACCURACY_FLOOR = 0.75
DETECTION_F1_FLOOR = 0.80


def test_end_is_inclusive_and_units_map():
    cases = read_cases(INVENTED / "English-CurrencyModel.json", "currency")
    first = cases[0]
    assert first.text[first.gold[0].start : first.gold[0].end] == "$ 12 million"
    assert first.gold_units[0] == {"USD"}  # "Dollar" without an ISO code: the US dollar
    assert cases[1].gold_units[0] == {"EUR"}  # the ISO code where the gold gives one


def test_overlap_matching_and_scores():
    case = Case("it cost $ 5 and 6 euros", [Item(8, 11, 5.0, "Dollar", "currency"), Item(16, 23, 6.0, "Euro", "currency")],
                [frozenset({"USD"}), frozenset({"EUR"})])

    def system(text, kind):
        return [Item(8, 11, 5.0, "USD", "money"), Item(16, 17, 6.0, "GBP", "money"), Item(0, 2, 1.0, "USD", "money")]

    scores = score_file([case], "currency", system)
    assert (scores["matched"], scores["found"], scores["gold"]) == (2, 3, 2)
    assert scores["recall"] == 1.0 and scores["precision"] == round(2 / 3, 4)
    assert scores["value_unit_accuracy"] == 0.5  # the euros were read as pounds


def test_eval_command_on_invented_cases():
    result = CliRunner().invoke(app, ["eval", "quantities", "--gold", str(INVENTED), "--no-baseline", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["dateline"]["currency"]["f1"] == 1.0 and scores["currency_value_unit_accuracy"] == 1.0
    assert scores["dateline"]["dimension"]["matched"] == 2 and scores["dimension_value_unit_accuracy"] == 1.0


def test_a_folder_without_cases_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["eval", "quantities", "--gold", str(tmp_path), "--no-baseline"])
    assert result.exit_code == 2
    assert f"no Recognizers-Text English-*Model.json files in {tmp_path}" in result.output


def test_gate_recognizers_floors():
    """CI gate on the Recognizers-Text English cases (before issue 17: currency F1 0.775, accuracy
    0.853; dimension F1 0.588, accuracy 0.750)."""
    gold = shared_path("eval", "quantities")
    result = CliRunner().invoke(app, [
        "eval", "quantities", "--gold", str(gold), "--no-baseline", "--json",
        "--floor-currency", str(CURRENCY_ACCURACY_FLOOR), "--floor-dimension", str(DIMENSION_ACCURACY_FLOOR),
        "--floor-f1", str(DETECTION_F1_FLOOR),
    ])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["currency_value_unit_accuracy"] >= CURRENCY_ACCURACY_FLOOR
    assert scores["dimension_value_unit_accuracy"] >= DIMENSION_ACCURACY_FLOOR
    assert min(scores["currency_f1"], scores["dimension_f1"]) >= DETECTION_F1_FLOOR
