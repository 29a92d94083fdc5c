"""CI gate: geoparsing on TR-News and GeoVirus dev (issue 5's floors), through the CLI."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from conftest import shared_path

# Issue 5: accuracy within 161 km >= 80% of matched toponyms, detection F1 >= 85, on both.
FLOOR_ACCURACY = 80.0
FLOOR_F1 = 85.0


@pytest.mark.parametrize("name", ["TR-News.xml", "GeoVirus.xml"])
def test_geo_gate(name):
    gold = shared_path("eval", "geo", name)
    result = CliRunner().invoke(
        app,
        ["eval", "geo", "--gold", str(gold), "--floor-accuracy", str(FLOOR_ACCURACY), "--floor-f1", str(FLOOR_F1), "--json"],
    )
    scores = json.loads(result.stdout[: result.stdout.rindex("}") + 1])
    ours, baseline = scores["dateline"], scores["baseline"]
    assert scores["articles_with_title_blanked"] == 0
    assert ours["accuracy_161km"] >= FLOOR_ACCURACY, ours
    assert ours["f1"] >= FLOOR_F1, ours
    assert ours["accuracy_161km"] > baseline["accuracy_161km"], (ours, baseline)
    assert result.exit_code == 0, result.output
