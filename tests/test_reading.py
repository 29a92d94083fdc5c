"""Readers: every format in, articles with exact text out; every bad input named and reported."""

from __future__ import annotations

import gzip
import json

import pytest

from conftest import FIXTURES
from dateline.context import InputFailure, RawArticle
from dateline.reading import read_inputs


def read_all(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def test_plain_text_is_kept_exactly(tmp_path):
    text = " date 2024-01-02 OSLO (Reuters) -Text with “curly” quotes.\r\n\r\nSecond.\n"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    [article] = read_all(path)
    assert isinstance(article, RawArticle)
    assert article.text == text
    assert article.source.format == "text" and article.source.encoding == "utf-8"


def test_html_through_trafilatura():
    [article] = read_all(FIXTURES / "article.html")
    assert article.source.format == "html"
    assert article.title == "Harbour authority orders inquiry after crane collapse"
    assert article.date == "2024-02-12"
    assert "container crane collapsed" in article.text
    assert "Sport" not in article.text  # navigation is not article text


def test_json_object_and_list(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": "A story.", "title": "T", "date": "2024-01-01", "url": "http://x"}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "First."}, {"title": "no text"}, {"text": "Third."}]))
    results = read_all(one, many)
    assert [type(r).__name__ for r in results] == ["RawArticle", "RawArticle", "InputFailure", "RawArticle"]
    assert results[0].title == "T" and results[0].date == "2024-01-01" and results[0].source.url == "http://x"
    assert results[2].name.endswith("many.json[1]") and results[2].code == "E007"


def test_jsonl_bad_line_named_and_the_rest_goes_on(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "One."}\n{"text": "Two.\n{"text": "Three."}\n\n[1, 2]\n')
    results = read_all(path)
    kinds = [(type(r).__name__, getattr(r, "name", None)) for r in results]
    assert kinds[0][0] == "RawArticle" and results[0].source.line == 1
    assert kinds[1] == ("InputFailure", f"{path}:2") and results[1].code == "E006"
    assert kinds[2][0] == "RawArticle" and results[2].text == "Three."
    assert kinds[3] == ("InputFailure", f"{path}:5") and results[3].code == "E011"


def test_gzip_of_any_format(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "Zipped story."}\n'))
    [article] = read_all(path)
    assert article.text == "Zipped story." and article.source.format == "jsonl"


def test_directory_recursive_sorted_and_hidden_files_skipped(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Two.")
    (tmp_path / "1.txt").write_text("One.")
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    texts = [r.text for r in read_all(tmp_path)]
    assert texts == ["One.", "Two."]


def test_latin1_is_decoded_with_a_warning(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Le président a déclaré que la réunion était terminée à Genève.".encode("latin-1"))
    [article] = read_all(path)
    assert "président" in article.text
    assert article.source.encoding != "utf-8"
    assert article.warnings[0]["code"] == "W001"


def test_declared_charset_in_html_is_used(tmp_path):
    path = tmp_path / "page.html"
    html = (FIXTURES / "article.html").read_text().replace('charset="utf-8"', 'charset="windows-1252"')
    html = html.replace("three dock workers", "three dock workers – café staff")
    path.write_bytes(html.encode("cp1252"))
    [article] = read_all(path)
    assert "– café staff" in article.text


@pytest.mark.parametrize(
    "name, data, code",
    [
        ("empty.txt", b"", "E002"),
        ("blank.txt", b"  \n\n ", "E002"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, "E003"),
        ("nul.txt", b"text\x00\x00\x00more" * 50, "E003"),
        ("bad.json", b'{"text": "unterminated', "E006"),
        ("notext.json", b'{"title": "x"}', "E007"),
        ("broken.gz", b"\x1f\x8b\x08\x00garbage", "E009"),
        ("nothing.html", b"<html><head><script>var a = 1;</script></head><body></body></html>", "E008"),
    ],
)
def test_bad_inputs_are_named_failures(tmp_path, name, data, code):
    path = tmp_path / name
    path.write_bytes(data)
    [result] = read_all(path)
    assert isinstance(result, InputFailure)
    assert result.code == code and result.name == str(path)
    assert str(path) in str(result)


def test_missing_path_and_oversized_text(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 4_200_000)  # 21 MB
    results = read_all(tmp_path / "nope.txt", big, max_chars=1_000_000)
    assert [(r.code, r.name) for r in results] == [("E001", str(tmp_path / "nope.txt")), ("E005", str(big))]
    assert "above the limit" in results[1].message


def test_invalid_utf8_with_few_bad_bytes_is_kept(tmp_path):
    path = tmp_path / "mostly.txt"
    path.write_bytes(("Ukraine’s grid operator said power was restored. " * 40).encode("utf-8") + b"\xff")
    [article] = read_all(path)
    assert isinstance(article, RawArticle)
    assert article.warnings and article.warnings[0]["code"] in {"W001", "W002"}


def test_the_byte_limit_applies_to_what_gzip_unpacks(tmp_path):
    """`max_bytes` bounds a gzip's unpacked size too (a small file can unpack to gigabytes)."""
    story = "The mill in Kandava reopened on Friday after the flood.\n\n" * 200
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(story.encode("utf-8")))
    assert path.stat().st_size < 2_000 < len(story)
    [failure] = list(read_inputs([str(path)], max_bytes=5_000))
    assert isinstance(failure, InputFailure) and failure.code == "E012" and failure.name == str(path)
    [article] = list(read_inputs([str(path)], max_bytes=50_000))
    assert isinstance(article, RawArticle) and article.text == story
