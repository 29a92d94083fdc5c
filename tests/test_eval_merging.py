"""CI gate: corpus-level entity merging on our own gold pairs (tests/fixtures/merging_gold.json),
through the CLI. Floors: the measured 0.963 / 0.963 less a margin for one changed decision."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app

GOLD = Path(__file__).resolve().parent / "fixtures" / "merging_gold.json"
PRECISION_FLOOR = 0.93
RECALL_FLOOR = 0.9


def test_eval_merging_gate():
    result = CliRunner().invoke(app, ["eval", "merging", "--gold", str(GOLD), "--floor", str(PRECISION_FLOOR),
                                      "--recall-floor", str(RECALL_FLOOR), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["pairs"] == 49 and scores["must_merge"] + scores["must_not_merge"] == 49
    assert scores["precision"] >= PRECISION_FLOOR and scores["recall"] >= RECALL_FLOOR


def test_eval_merging_floor_fails_below():
    result = CliRunner().invoke(app, ["eval", "merging", "--gold", str(GOLD), "--floor", "0.99"])
    assert result.exit_code == 1 and "below the floor" in result.stderr
