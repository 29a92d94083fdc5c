"""CI gates (issues 2 and 14): dateline place accuracy on Reuters-21578 dev, written as wire copy
and headline first (the <TITLE> line above the dateline), >= 99.5% each; title exact match
>= 98% headline first."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import shared_path
from dateline.cli import app

PLACE_FLOOR = 0.995
TITLE_FLOOR = 0.98


@pytest.mark.parametrize("arrangement", ["wire", "headline"])
def test_reuters_21578_dateline_places_gate(arrangement):
    folder = shared_path("eval", "reuters21578")
    args = ["eval", "dateline", "--reuters", str(folder), "--arrangement", arrangement, "--floor", str(PLACE_FLOOR), "--json"]
    if arrangement == "headline":
        args += ["--title-floor", str(TITLE_FLOOR)]
    result = CliRunner().invoke(app, args)
    scores = json.loads(result.stdout)
    print({k: v for k, v in scores.items() if k != "misses"})
    assert scores["stories"] > 10_000
    assert result.exit_code == 0, f"place accuracy {scores['place_accuracy']} or title accuracy {scores.get('title_accuracy')} below the floor"


def test_unknown_arrangement_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["eval", "dateline", "--reuters", str(tmp_path), "--arrangement", "sideways"])
    assert result.exit_code == 2
    assert "sideways" in result.output
