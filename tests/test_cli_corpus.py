"""The corpus commands through the Typer app, on real files: a real ingest of the invented
fixture stories, and a corpus of invented records with quotes, roles and geo."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from corpus_records import invented_records
from typer.testing import CliRunner

from dateline.cli import app
from dateline.store import StoreWriter

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"

runner = CliRunner()


def run(*args: str, env: dict | None = None):
    return runner.invoke(app, [str(a) for a in args], env=env)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    db = tmp_path_factory.mktemp("ingested") / "news.db"
    result = run("ingest", CORPUS, "--db", db, "--json")
    return db, result


@pytest.fixture(scope="module")
def quoted(tmp_path_factory):
    db = tmp_path_factory.mktemp("quoted") / "quotes.db"
    with StoreWriter(db) as writer:
        writer.write_records(invented_records())
    return db


def test_ingest_reports_counts_and_failures(ingested):
    db, result = ingested
    assert result.exit_code == 1  # two inputs failed: the exit code says so
    summary = json.loads(result.stdout)
    assert (summary["stored"], summary["duplicates"], summary["errors"], summary["total"]) == (8, 1, 2, 11)
    assert "10-empty.txt: empty input [E002]" in result.stderr
    again = run("ingest", CORPUS, "--db", db, "--json")
    assert json.loads(again.stdout)["stored"] == 0
    assert "ingest" in again.stderr  # plain log lines, not a progress bar, when not on a terminal


def test_stats_and_errors(ingested):
    db, _ = ingested
    stats = json.loads(run("stats", "--db", db, "--json").stdout)
    assert (stats["articles"], stats["inputs"], stats["errors"], stats["first_date"], stats["last_date"]) == (
        8, 9, 2, "2023-10-02", "2023-12-07")
    table = run("stats", "--db", db)
    assert table.exit_code == 0 and "8 article(s) from 9 input(s)" in table.stdout
    errors = json.loads(run("errors", "--db", db, "--json").stdout)
    assert [e["code"] for e in errors] == ["E002", "E013"]
    assert "no text after the date header" in run("errors", "--db", db, "--code", "E013").stdout


def test_search_on_ingested_stories(ingested):
    db, _ = ingested
    found = json.loads(run("search", "siege of Leningrad", "--db", db, "--json").stdout)
    assert len(found["articles"]) == 1 and "[siege] [of] [Leningrad]" in found["articles"][0]["snippet"]
    printed = run("search", "breakwater", "--db", db)
    assert printed.exit_code == 0 and "breakwater" in printed.stdout


def test_entity_and_places_on_ingested_stories(ingested):
    db, _ = ingested
    vella = json.loads(run("entity", "Carla Vella", "--db", db, "--json").stdout)
    assert vella["articles"] == 2 and {a["alias"] for a in vella["aliases"]} == {"Carla Vella", "Vella"}
    jones = json.loads(run("entity", "Jones", "--db", db, "--json").stdout)
    names = {jones["name"], *(m["name"] for m in jones["other_matches"])}
    assert {"Sarah Jones", "Dafydd Jones"} <= names  # two people, never one
    places = json.loads(run("places", "--db", db, "--json").stdout)
    valletta = next(p for p in places if p["name"] == "Valletta")
    assert (valletta["articles"], valletta["datelines"]) == (2, 2)


def test_quotes_command(quoted):
    rows = json.loads(run("quotes", "--db", quoted, "--speaker", "Putin", "--about", "Gaza", "--since", "2023-10-01", "--json").stdout)
    assert [(r["speaker"], r["date"]) for r in rows] == [("Vladimir Putin", "2023-11-02"), ("Vladimir Putin", "2023-10-13")]
    assert "[Gaza]" in rows[0]["highlighted"]
    table = run("quotes", "--db", quoted, "--speaker", "Sarah Jones")
    assert table.exit_code == 0 and "hip operation" in table.stdout
    bad = run("quotes", "--db", quoted, "--since", "yesterday")
    assert bad.exit_code == 1 and "not a date in YYYY-MM-DD form" in bad.stderr


def test_search_syntax_error_is_one_line_not_a_traceback(quoted):
    result = run("search", "--fts", '"Gaza', "--db", quoted)
    assert result.exit_code == 1
    assert "cannot read the search" in result.stderr and "double quotes" in result.stderr
    assert "Traceback" not in result.output


def test_entity_timeline_and_places_commands(quoted):
    profile = run("entity", "Putin", "--db", quoted)
    assert profile.exit_code == 0 and "Vladimir Putin" in profile.stdout and "the Russian president" in profile.stdout
    assert run("entity", "Nobody Atall", "--db", quoted).exit_code == 1
    line = json.loads(run("timeline", "--entity", "Vladimir Putin", "--db", quoted, "--json").stdout)
    assert [e["date"] for e in line["events"]] == ["2023-10-13", "2023-11-02"]
    ukraine = json.loads(run("places", "--country", "UA", "--db", quoted, "--json").stdout)
    assert [p["name"] for p in ukraine] == ["Kyiv", "Odesa"]
    assert "Kyiv" in run("places", "--country", "UA", "--db", quoted).stdout


def test_db_from_environment_and_a_missing_db(quoted, tmp_path):
    stats = run("stats", "--json", env={"DATELINE_DB": str(quoted)})
    assert json.loads(stats.stdout)["quotes"] == 5
    missing = run("stats", "--db", tmp_path / "nope.db")
    assert missing.exit_code == 1 and "no such corpus" in missing.stderr


def test_export_formats(quoted, tmp_path):
    records = run("export", "--db", quoted, "--table", "articles", "--format", "jsonl")
    assert records.stdout.splitlines() == [r.to_json() for r in invented_records()]
    quotes_csv = run("export", "--db", quoted, "--table", "quotes", "--format", "csv")
    assert len(list(csv.DictReader(io.StringIO(quotes_csv.stdout)))) == 5
    assert "exported 5 row(s) of quotes" in quotes_csv.stderr
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "entities.parquet"
    assert run("export", "--db", quoted, "--table", "entities", "--format", "parquet", "-o", out).exit_code == 0
    assert "Vladimir Putin" in pq.read_table(out).column("name").to_pylist()
    no_file = run("export", "--db", quoted, "--table", "quotes", "--format", "parquet")
    assert no_file.exit_code == 1 and "--output" in no_file.stderr


def test_ingest_without_paths_creates_the_database_and_bad_places_are_named(tmp_path):
    db = tmp_path / "empty.db"
    created = run("ingest", "--db", db, "--json")
    assert created.exit_code == 0 and json.loads(created.stdout)["stored"] == 0
    assert json.loads(run("stats", "--db", db, "--json").stdout)["articles"] == 0
    nowhere = run("ingest", CORPUS, "--db", tmp_path / "no" / "such" / "folder.db")
    assert nowhere.exit_code == 2 and "does not exist" in nowhere.stderr
