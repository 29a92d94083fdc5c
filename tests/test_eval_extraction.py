"""Gate (issue 14): on real web pages (article-extraction-benchmark), noise marking keeps the
story: under 1% of the ground truth's body words are marked as noise, and a title is found on
the pages whose markup has one."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from conftest import shared_path
from dateline.cli import app

NOISE_CEILING = 0.01
TITLE_FLOOR = 0.95


def test_article_extraction_noise_and_titles_gate():
    folder = shared_path("eval", "article-extraction")
    result = CliRunner().invoke(
        app, ["eval", "extraction", "--gold", str(folder), "--ceiling", str(NOISE_CEILING), "--title-floor", str(TITLE_FLOOR), "--json"]
    )
    scores = json.loads(result.stdout)
    print({k: v for k, v in scores.items() if k != "misses"})
    assert scores["read"] == scores["pages"] > 150
    assert result.exit_code == 0, f"noise share {scores['body_marked_as_noise_share']}, title recall {scores['title_recall']}"


def test_extraction_eval_needs_ground_truth(tmp_path):
    result = CliRunner().invoke(app, ["eval", "extraction", "--gold", str(tmp_path)])
    assert result.exit_code == 2 and "ground-truth.json" in result.output
