"""Readers under bad input (issue 18, items 1 and 9): every input ends as articles or a named,
coded failure, and the batch goes on."""

from __future__ import annotations

import gzip
import json
import os

import pytest

from dateline.context import InputFailure, RawArticle
from dateline.reading import read_inputs
from dateline.reading.decoding import decode

ARTICLE = {"title": "Port reopens", "text": "SANAA, March 30 (Reuters) - Yemen reopened the port on Thursday."}


def read_all(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def nested(levels: int) -> str:
    return '{"a":' * levels + json.dumps(ARTICLE) + "}" * levels


@pytest.mark.parametrize("levels", [1_000, 100_000])
def test_deeply_nested_json_is_a_failure_and_the_batch_goes_on(tmp_path, levels):
    (tmp_path / "1-good.json").write_text(json.dumps(ARTICLE), encoding="utf-8")
    (tmp_path / "2-deep.json").write_text(nested(levels), encoding="utf-8")
    (tmp_path / "3-deep.jsonl").write_text(json.dumps(ARTICLE) + "\n" + nested(levels) + "\n" + json.dumps(ARTICLE) + "\n", encoding="utf-8")
    (tmp_path / "4-good.txt").write_text(ARTICLE["text"], encoding="utf-8")
    results = read_all(tmp_path)
    assert [type(r).__name__ for r in results] == ["RawArticle", "InputFailure", "RawArticle", "InputFailure", "RawArticle", "RawArticle"]
    assert [(r.code, os.path.basename(r.name)) for r in results if isinstance(r, InputFailure)] == [("E014", "2-deep.json"), ("E014", "3-deep.jsonl:2")]
    assert "nested deeper" in results[1].message


def test_json_of_ordinary_depth_and_brackets_in_strings_still_read(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"text": "[[[[ " * 600 + "Story text.", "meta": {"a": {"b": [1, [2, [3]]]}}}), encoding="utf-8")
    [article] = read_all(path)
    assert isinstance(article, RawArticle)


def test_ingest_of_a_folder_with_deep_json_stores_the_rest(pipeline, tmp_path):
    from dateline.corpus import ingest
    from dateline.store import list_errors

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(5):
        (folder / f"{i}.txt").write_text(f"LONDON (Reuters) - Story number {i} about the harbour cranes.", encoding="utf-8")
    (folder / "deep.json").write_text(nested(1_000), encoding="utf-8")
    summary = ingest([str(folder)], tmp_path / "news.db", pipeline=pipeline)
    assert (summary.stored, summary.errors) == (5, 1)
    assert [e["code"] for e in list_errors(tmp_path / "news.db")] == ["E014"]


def test_an_unexpected_reader_error_costs_that_input_only(tmp_path, monkeypatch):
    import dateline.reading as reading

    def broken(text, source, warnings):
        raise KeyError("invented reader bug")

    monkeypatch.setattr(reading, "parse_html", broken)
    (tmp_path / "a.html").write_text("<html><body><p>Text</p></body></html>", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Story text.", encoding="utf-8")
    results = read_all(tmp_path)
    assert isinstance(results[0], InputFailure) and results[0].code == "E015"
    assert "KeyError" in results[0].message and results[0].name.endswith("a.html")
    assert isinstance(results[1], RawArticle)


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        (b"short \xff\xfe bad", "short ÿþ bad", "cp1252"),  # was cp1006 (Urdu)
        ("Café au lait à Genève".encode("latin-1"), "Café au lait à Genève", "cp1252"),
        ("“Quoted” – the dash".encode("cp1252"), "“Quoted” – the dash", "cp1252"),
        ("Le président a déclaré que la réunion était terminée.".encode("latin-1"), "Le président a déclaré que la réunion était terminée.", ("cp1250", "cp1252")),
        ("Президент сказал, что переговоры продолжатся в понедельник.".encode("cp1251"), "Президент сказал, что переговоры продолжатся в понедельник.", "cp1251"),
    ],
)
def test_invalid_utf8_is_decoded_as_what_it_looks_like(data, text, encoding):
    decoded, used, warnings = decode(data)
    assert decoded == text
    assert used in (encoding if isinstance(encoding, tuple) else (encoding,))
    assert [w["code"] for w in warnings] == ["W001"]


def test_high_bytes_that_fit_no_encoding_fail_clearly(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(128, 256)))
    [failure] = read_all(path)
    assert failure.code == "E004" and failure.name == str(path)


def test_size_limit_message_gives_the_real_size(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 10_000)  # 50,000 bytes
    [failure] = read_all(path, max_bytes=1_000)
    assert failure.code == "E012"
    assert failure.message.startswith("50,000 bytes is above the limit of 1,000 bytes")


def test_gzip_limit_follows_the_option(tmp_path):
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(b"word " * 10_000))  # small compressed, 50,000 bytes inside
    [failure] = read_all(path, max_bytes=5_000)
    assert failure.code == "E012" and "decompressed" in failure.message
    [article] = read_all(path, max_bytes=60_000)
    assert isinstance(article, RawArticle)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_dangling_symlinks_are_reported_by_name(tmp_path):
    (tmp_path / "good.txt").write_text("Story text.", encoding="utf-8")
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "deleted.txt")
    results = read_all(tmp_path)  # walked from the folder
    assert [(type(r).__name__, os.path.basename(getattr(r, "name", "") or r.source.path)) for r in results] == [
        ("InputFailure", "gone.txt"), ("RawArticle", "good.txt"),
    ]
    assert results[0].code == "E016" and "deleted.txt" in results[0].message
    [named] = read_all(link)  # named on the command line
    assert named.code == "E016"
