"""The real command line on real files: formats, options, and bad inputs in a batch."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from conftest import FIXTURES, REPO
from dateline.cli import app

runner = CliRunner()
TBILISI = str(FIXTURES / "wire" / "tbilisi-2024-05-17-protest.txt")
NAIROBI = str(FIXTURES / "wire" / "nairobi-ap-dated.txt")


def test_analyze_one_file_prints_one_json_record():
    result = runner.invoke(app, ["analyze", TBILISI])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["date"] == "2024-05-17"
    assert record["dateline"]["place"] == "Tbilisi" and record["dateline"]["agency"] == "Reuters"
    assert record["source"]["path"] == TBILISI


def test_analyze_many_prints_jsonl_in_input_order():
    result = runner.invoke(app, ["analyze", NAIROBI, TBILISI])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().split("\n")
    assert [json.loads(line)["source"]["path"] for line in lines] == [NAIROBI, TBILISI]


def test_date_option_only_where_the_input_has_none():
    result = runner.invoke(app, ["analyze", NAIROBI, TBILISI, "--date", "2024-03-04"])
    dates = [json.loads(line)["date"] for line in result.stdout.strip().split("\n")]
    assert dates == ["2024-03-04", "2024-05-17"]
    bad = runner.invoke(app, ["analyze", NAIROBI, "--date", "March 4"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


def test_text_format_for_people():
    result = runner.invoke(app, ["analyze", TBILISI, "--format", "text"])
    assert result.exit_code == 0
    assert "dateline Tbilisi / Reuters" in result.stdout
    assert "editing Clare Mendes" in result.stdout
    assert "OPPOSITION PLANS" in result.stdout


def test_output_file(tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyze", TBILISI, NAIROBI, "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert len(out.read_text().strip().split("\n")) == 2


def test_standard_input():
    text = (FIXTURES / "wire" / "headline-no-dateline.txt").read_text()
    result = runner.invoke(app, ["analyze", "-"], input=text)
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["title"] == "Council approves new cycle lanes for city centre"
    assert record["source"]["path"] == "-"


def test_a_batch_with_bad_inputs_reports_each_and_goes_on(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a-good.txt").write_text((FIXTURES / "wire" / "tbilisi-2024-05-17-protest.txt").read_text())
    (folder / "b-empty.txt").write_text("")
    (folder / "c-binary.bin").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "d-feed.jsonl").write_text('{"text": "PARIS (AFP) - One story."}\n{broken\n{"text": "Another story."}\n')
    (folder / "e-header-only.txt").write_text("date 2024-01-01 ")
    result = runner.invoke(app, ["analyze", str(folder), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.strip().split("\n")]
    assert [r["source"]["path"].rsplit("/", 1)[-1] for r in records] == ["a-good.txt", "d-feed.jsonl", "d-feed.jsonl"]
    errors = result.stderr
    assert f"{folder / 'b-empty.txt'}: empty input" in errors
    assert f"{folder / 'c-binary.bin'}: binary data" in errors
    assert f"{folder / 'd-feed.jsonl'}:2: malformed JSON" in errors
    assert f"{folder / 'e-header-only.txt'}: no text after the date header" in errors
    assert f"{tmp_path / 'missing.txt'}: no such file or directory" in errors
    assert "3 record(s), 5 input(s) failed" in errors


def test_unknown_model_is_a_clear_message():
    result = runner.invoke(app, ["analyze", TBILISI, "--model", "no_such_pipeline"])
    assert result.exit_code == 2
    assert "'no_such_pipeline' is not installed" in result.stderr


def test_python_dash_m_runs_the_real_program(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "dateline", "analyze", str(REPO / "examples" / "vilnius-2024-03-08-grid.txt")],
        capture_output=True, text=True, check=True, cwd=tmp_path,
    )
    record = json.loads(out.stdout)
    assert record["dateline"]["place"] == "Vilnius"
    assert [c["name"] for c in record["credits"]] == ["Egle Petraityte", "Jonas Berg", "Peter Hallam"]
