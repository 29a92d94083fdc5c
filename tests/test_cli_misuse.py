"""A new user's mistakes with the commands (issue 18): one line naming the path or the option and
saying what to do, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli_corpus import quoted  # noqa: F401  (the fixture)
from typer.testing import CliRunner

from dateline.cli import app

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "vilnius-2024-03-08-grid.txt"

runner = CliRunner()


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def corpus(quoted):
    return quoted  # the invented corpus of test_cli_corpus.py: quotes, roles, Ukrainian ports with geo


def _one_line_error(result, *words: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dateline: error:"), result.stderr
    for word in words:
        assert word in lines[0]


@pytest.mark.parametrize("command", ["analyze", "export"])
def test_output_into_a_missing_folder(command, corpus, tmp_path):
    target = tmp_path / "no" / "such" / "out.jsonl"
    args = [EXAMPLE] if command == "analyze" else ["--db", corpus]
    result = run(command, *args, "-o", target)
    _one_line_error(result, str(target), "does not exist", "mkdir -p")
    assert not target.parent.exists()


@pytest.mark.parametrize("command", ["analyze", "export"])
def test_output_to_a_folder(command, corpus, tmp_path):
    args = [EXAMPLE] if command == "analyze" else ["--db", corpus]
    result = run(command, *args, "-o", tmp_path)
    _one_line_error(result, str(tmp_path), "is a folder", "records.jsonl")


def test_stats_on_a_folder_does_not_advise_an_ingest(tmp_path):
    result = run("stats", "--db", tmp_path)
    assert result.exit_code == 1
    assert "is a folder" in result.stderr and "dateline ingest" not in result.stderr


def test_country_by_name_or_code(corpus):
    by_code = json.loads(run("places", "--country", "UA", "--db", corpus, "--json").stdout)
    by_name = json.loads(run("places", "--country", "Ukraine", "--db", corpus, "--json").stdout)
    assert [p["name"] for p in by_name] == [p["name"] for p in by_code] == ["Kyiv", "Odesa"]
    unknown = run("places", "--country", "Atlantis Minor", "--db", corpus)
    assert unknown.exit_code == 2 and "ISO code" in unknown.stderr


def test_since_after_until_warns(corpus):
    result = run("quotes", "--db", corpus, "--since", "2024-01-01", "--until", "2023-01-01")
    assert result.exit_code == 0
    assert "--since 2024-01-01 is after --until 2023-01-01" in result.stderr
    assert "warning" not in run("quotes", "--db", corpus, "--since", "2023-01-01").stderr
