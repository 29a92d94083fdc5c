"""`dateline eval times`: TimeML reading, TempEval-3 scoring, and the CI gate on TBAQ."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, shared_path
from dateline.cli import app
from dateline.evaluation.times import Timex, match_relaxed, read_timeml, score

TIMEML = FIXTURES / "timeml"

# Floors on TBAQ (TempEval-3 training data): value F1 and relaxed span F1, in percent, a little
# under what dateline reaches (80.5 and 93.5 after issue 17's date fixes; 81.5 and 94.0 after its
# context rules: names, deadlines, the year so far; issue 17 asks for 82 on value F1, not reached yet).
VALUE_F1_FLOOR = 81.0
RELAXED_F1_FLOOR = 93.5


def test_read_timeml_offsets_and_dct():
    document = read_timeml(TIMEML / "invented_0001.tml")
    assert document.dct.isoformat() == "2024-03-15"
    assert document.title == "Ferry operator cuts routes"
    assert "&amp;" not in document.text and "Crews & dock" in document.text
    assert [document.text[g.start : g.end] for g in document.gold] == ["Friday", "February", "about two weeks", "next week"]
    assert [g.value for g in document.gold] == ["2024-03-15", "2024-02", "P2W", "2024-W12"]


def test_scoring_is_one_to_one_and_counts_attributes_on_relaxed_matches():
    gold = [Timex(0, 6, "DATE", "2024-03-15"), Timex(10, 20, "DURATION", "P2W")]
    system = [Timex(0, 6, "DATE", "2024-03-15"), Timex(12, 20, "DURATION", "P3W"), Timex(14, 18, "DATE", "x")]
    assert sorted(match_relaxed(gold, system)) == [(0, 0), (1, 1)]  # the larger overlap wins gold 1

    class Doc:
        name, text = "d", "x" * 30

    doc = Doc()
    doc.gold = gold
    scores = score([doc], [system]).scores()
    assert scores["strict"]["recall"] == 50.0  # only "Friday" is exact
    assert scores["relaxed"]["recall"] == 100.0 and scores["relaxed"]["precision"] == pytest.approx(66.67)
    assert scores["value"]["recall"] == 50.0  # P3W is wrong
    assert scores["per_type"]["DURATION"]["type"]["recall"] == 100.0


def test_eval_command_on_invented_timeml():
    result = CliRunner().invoke(app, ["eval", "times", "--gold", str(TIMEML), "--no-baseline", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["documents"] == 1 and scores["gold_timexes"] == 4
    assert scores["dateline"]["value"]["f1"] == 100.0


def test_dateparser_baseline_runs():
    pytest.importorskip("dateparser")
    from dateline.evaluation.times import dateparser_times

    found = dateparser_times([read_timeml(TIMEML / "invented_0001.tml")])
    assert found and all(isinstance(t, Timex) for t in found[0])


def test_gate_tbaq_floors():
    """CI gate: value F1 >= 81 and relaxed span F1 >= 93.5 on TBAQ-cleaned (HeidelTime 77.4 / 92.1)."""
    gold = shared_path("eval", "tempeval3", "TBAQ-cleaned")
    result = CliRunner().invoke(app, [
        "eval", "times", "--gold", str(gold), "--no-baseline", "--json",
        "--floor-value", str(VALUE_F1_FLOOR), "--floor-relaxed", str(RELAXED_F1_FLOOR),
    ])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["documents"] == 256
    assert scores["value_f1"] >= VALUE_F1_FLOOR and scores["relaxed_f1"] >= RELAXED_F1_FLOOR
