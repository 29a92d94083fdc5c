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


def test_gold_offsets_are_reanchored_to_their_phrase(tmp_path):
    """Gold counted from 1 (GeoVirus) or drifting along the text (a few TR-News articles) is moved
    onto its phrase; spans already on their phrase stay."""
    from dateline.evaluation.geo import read_gold

    text = "Floods hit Dhaka and Sylhet on Monday, and Dhaka asked for help."
    xml = (
        "<articles><article><source>x</source><text>" + text + "</text><locations>"
        "<location><name>Dhaka</name><start>12</start><end>17</end><lat>23.7</lat><lon>90.4</lon></location>"
        "<location><name>Sylhet</name><start>21</start><end>27</end><lat>24.9</lat><lon>91.9</lon></location>"
        "<location><name>Dhaka</name><start>44</start><end>49</end><lat>23.7</lat><lon>90.4</lon></location>"
        "</locations></article></articles>"
    )
    path = tmp_path / "gold.xml"
    path.write_text(xml, encoding="utf-8")
    [article] = read_gold(path)
    assert [text[t.start : t.end] for t in article.toponyms] == ["Dhaka", "Sylhet", "Dhaka"]
    assert [t.start for t in article.toponyms] == [11, 21, 43]
    assert article.reanchored == 2


def test_a_folder_for_gold_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["eval", "geo", "--gold", str(tmp_path)])
    assert result.exit_code == 2 and "is not a file" in result.output
    assert not isinstance(result.exception, IsADirectoryError)
