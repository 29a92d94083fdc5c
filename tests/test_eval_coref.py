"""Gate: coreference accuracy on dateline's own invented gold set (no ../shared needed)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from dateline.cli import app
from dateline.evaluation.coref import load_gold, locate

# Measured: 0.93 on 57 cases (development 1.00 on 38; held-out 0.79 on 19, scored once).
COREF_ACCURACY_FLOOR = 0.88


def test_gold_set_is_well_formed():
    stories = load_gold()
    assert sum(len(s["refs"]) for s in stories) >= 50
    for story in stories:
        for ref in story["refs"]:
            start, end = locate(story["text"], ref["mention"], ref["occurrence"])
            assert story["text"][start:end] == ref["mention"]


def test_eval_coref_gate():
    result = CliRunner().invoke(app, ["eval", "coref", "--json", "--floor", str(COREF_ACCURACY_FLOOR)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["accuracy"] >= COREF_ACCURACY_FLOOR
    assert scores["cases"] >= 50
