"""Issue 18 item 4: a corpus in a folder nobody may write (WAL cannot make its -shm file there)
is still read by every query command and by the server; and `dateline search` takes a leading
dash as a word (item 5)."""

from __future__ import annotations

import json
import os
import stat

import pytest
from corpus_records import invented_records
from typer.testing import CliRunner

import dateline.store.connection as connection
from dateline.cli import app
from dateline.store import Reader, StoreWriter, corpus_stats, find_quotes, search

runner = CliRunner()


@pytest.fixture
def sealed(tmp_path, monkeypatch):
    """A corpus whose folder the process may not write. As root (CI), permissions do not bind,
    so the folder is also reported unwritable to the store, as it would be to any other user."""
    folder = tmp_path / "archive"
    folder.mkdir()
    db = folder / "quotes.db"
    with StoreWriter(db) as writer:
        writer.write_records(invented_records())
    assert not (folder / "quotes.db-wal").exists()  # a clean close leaves no side files
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    real_access = os.access
    monkeypatch.setattr(connection.os, "access", lambda path, mode: False if str(path) == str(folder) else real_access(path, mode))
    yield db
    folder.chmod(stat.S_IRWXU)


def test_a_read_only_folder_is_opened_immutable(sealed):
    written = sorted(p.name for p in sealed.parent.iterdir())  # the database (and the writers' lock file)
    assert "quotes.db-wal" not in written and "quotes.db-shm" not in written
    with Reader(sealed) as reader:
        assert reader.immutable
        assert corpus_stats(reader)["articles"] == 5
        assert find_quotes(reader, speaker="Putin")
        assert search(reader, "Leningrad")["articles"]
    assert sorted(p.name for p in sealed.parent.iterdir()) == written  # reading wrote nothing beside it


@pytest.mark.parametrize("command", [
    ["quotes", "--speaker", "Putin"], ["search", "Leningrad"], ["entity", "Putin"], ["places"], ["timeline"],
    ["stats"], ["errors"], ["export", "--table", "quotes", "--format", "csv"],
])
def test_every_query_command_reads_a_read_only_corpus(sealed, command):
    result = runner.invoke(app, [*command, "--db", str(sealed)])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output


def test_the_server_reads_a_read_only_corpus(sealed):
    pytest.importorskip("fastapi", reason="dateline serve needs its extra: pip install 'dateline[serve]'")
    httpx = pytest.importorskip("httpx")
    from serve_server import running

    from dateline.serve import create_app

    with running(create_app(sealed)) as url:
        assert httpx.get(url + "/api/stats").json()["articles"] == 5
        assert httpx.get(url + "/quotes", params={"speaker": "Putin"}).status_code == 200


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions; the test above stands in for it")
def test_a_really_read_only_folder_without_help(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "c.db"
    with StoreWriter(db) as writer:
        writer.write_records(invented_records())
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert corpus_stats(db)["articles"] == 5
    finally:
        folder.chmod(stat.S_IRWXU)


@pytest.fixture
def quoted(tmp_path):
    db = tmp_path / "quotes.db"
    with StoreWriter(db) as writer:
        writer.write_records(invented_records())
    return db


@pytest.mark.parametrize("args", [["-leningrad"], ["--", "-leningrad"], ["siege", "-of", "Leningrad"]])
def test_search_takes_a_leading_dash_as_a_word(quoted, args):
    result = runner.invoke(app, ["search", "--db", str(quoted), "--json", *args])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["articles"]) == 1


def test_quotes_about_takes_what_people_type(quoted):
    result = runner.invoke(app, ["quotes", "--db", str(quoted), "--about", "-Gaza", "--json"])
    assert result.exit_code == 0, result.output
    assert {q["speaker"] for q in json.loads(result.stdout)} == {"Vladimir Putin"}
    fts = runner.invoke(app, ["quotes", "--db", str(quoted), "--about", "Gaza OR hip", "--fts", "--json"])
    assert {q["speaker"] for q in json.loads(fts.stdout)} == {"Vladimir Putin", "Sarah Jones"}
