"""CI gate (issue 2): dateline place accuracy on Reuters-21578 written as wire copy >= 99%."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from conftest import shared_path
from dateline.cli import app

FLOOR = 0.99


def test_reuters_21578_dateline_places_gate():
    folder = shared_path("eval", "reuters21578")
    result = CliRunner().invoke(app, ["eval", "dateline", "--reuters", str(folder), "--floor", str(FLOOR), "--json"])
    scores = json.loads(result.stdout)
    print({k: v for k, v in scores.items() if k != "misses"})
    assert scores["stories"] > 10_000
    assert result.exit_code == 0, f"place accuracy {scores['place_accuracy']} below {FLOOR}"
