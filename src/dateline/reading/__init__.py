"""Reading: paths, directories, gzip and standard input in; `RawArticle`s or `InputFailure`s out.

Every input ends as one or more articles or as a named failure; nothing is skipped silently.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from dateline.context import InputFailure, RawArticle
from dateline.errors import InputError, InputErrors
from dateline.options import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, AnalysisOptions
from dateline.reading.decoding import decode
from dateline.reading.formats import parse_html, parse_json, parse_jsonl, parse_parquet, parse_text
from dateline.record import Source, record_id

__all__ = ["read_inputs", "read_paths", "read_bytes", "read_text", "expand_paths", "is_multi_record_path", "input_name"]

STDIN = "-"

_SUFFIX_FORMATS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".parquet": "parquet",
}

# Parquet files begin (and end) with these four bytes.
_PARQUET_MAGIC = b"PAR1"

# Files a directory walk passes over because they are never articles (and are named in the walk's
# own listing, so nothing is dropped without a trace: they are not inputs the user named).
_IGNORED_NAMES = {".DS_Store", "Thumbs.db"}


def is_multi_record_path(name: str) -> bool:
    """Whether the name's suffix says one input holds many articles (JSONL, maybe gzipped)."""
    suffixes = [s.lower() for s in Path(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return bool(suffixes) and _SUFFIX_FORMATS.get(suffixes[-1]) in ("jsonl", "parquet")


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Named paths, with directories walked recursively in sorted order (hidden files skipped)."""
    for name in paths:
        path = Path(name)
        if name != STDIN and path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if any(p.startswith(".") for p in relative) or child.name in _IGNORED_NAMES:
                    continue
                # A broken symbolic link is an input the user expects to be read: it is reported
                # (E016), not passed over.
                if child.is_file() or (child.is_symlink() and not child.exists()):
                    yield str(child)
        else:
            yield name


def input_name(raw: RawArticle, distinct_stdin: bool = False) -> str:
    """An input as the user knows it: `path`, or `path:line` for a line of JSONL (an item of a
    JSON list); `<text>` for a string given from Python. Standard input has no name of its own:
    with `distinct_stdin` (the corpus keeps one source row per name) its articles are told apart
    by their text's hash, `-:<id>`."""
    path = raw.source.path or "<text>"
    if raw.source.line is not None:
        return f"{path}:{raw.source.line}"
    if distinct_stdin and path == STDIN:
        return f"{STDIN}:{record_id(raw.text)}"
    return path


def read_paths(paths: Iterable[str], options: AnalysisOptions) -> Iterator[RawArticle | InputFailure]:
    """The one reading path of every command (analyze, ingest, batch): inputs under `options`."""
    return read_inputs(paths, options.max_chars, options.max_bytes)


def read_inputs(
    paths: Iterable[str],
    max_chars: int = DEFAULT_MAX_CHARS,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[RawArticle | InputFailure]:
    """Articles from files, directories and '-' (standard input), in order."""
    for name in expand_paths(paths):
        try:
            data = _read_source(name, max_bytes)
            yield from _check_sizes(read_bytes(data, name, max_bytes), max_chars)
        except InputError as exc:
            yield InputFailure(name, exc.code, exc.message)
        except Exception as exc:  # a reader's bug costs this input only; the batch goes on
            error = InputError(InputErrors.E015, detail=f"{type(exc).__name__}: {exc}")
            yield InputFailure(name, error.code, error.message)


def _read_source(name: str, max_bytes: int) -> bytes:
    if name == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        path = Path(name)
        if path.is_symlink() and not path.exists():
            raise InputError(InputErrors.E016, target=_link_target(path))
        if not path.exists():
            raise InputError(InputErrors.E001)
        try:
            with path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
                size = _size(handle, len(data))
        except OSError as exc:
            raise InputError(InputErrors.E010, detail=exc.strerror or str(exc))
        if len(data) > max_bytes:
            raise InputError(InputErrors.E012, size=size, limit=max_bytes)
    if len(data) > max_bytes:
        # Standard input: only the first max_bytes + 1 bytes were read, the size is not known.
        raise InputError(InputErrors.E012, size=f"more than {max_bytes:,} bytes", limit=max_bytes)
    return data


def _size(handle, read: int) -> str:
    """The file's real size for messages ("1,234,567 bytes"), not the bytes read so far."""
    try:
        return f"{os.fstat(handle.fileno()).st_size:,} bytes"
    except OSError:
        return f"more than {read - 1:,} bytes"


def _link_target(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "a missing file"


def read_bytes(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawArticle | InputFailure]:
    """Articles in one input's bytes; `name` picks the format by its suffix, else the content does."""
    suffixes = [s.lower() for s in Path(name).suffixes]
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, max_bytes)
        if suffixes and suffixes[-1] == ".gz":
            suffixes = suffixes[:-1]
    if data[:4] == _PARQUET_MAGIC or (suffixes and suffixes[-1] == ".parquet"):
        yield from parse_parquet(data, Source(path=name, format="parquet"))
        return
    text, encoding, warnings = decode(data)
    fmt = _SUFFIX_FORMATS.get(suffixes[-1] if suffixes else "", None) or sniff_format(text)
    source = Source(path=name, format=fmt, encoding=encoding)
    if fmt == "html":
        yield parse_html(text, source, warnings)
    elif fmt == "json":
        yield from parse_json(text, source, warnings)
    elif fmt == "jsonl":
        yield from parse_jsonl(text, source, warnings)
    else:
        yield parse_text(text, source, warnings)


def read_text(text: str, name: str | None = None) -> RawArticle:
    """An article from a Python string (the API's entry): the text is used exactly as given."""
    return RawArticle(text=text, source=Source(path=name, format="text"))


def sniff_format(text: str) -> str:
    head = text.lstrip()[:2048].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<html" in head and "<body" in text.lower()):
        return "html"
    if head.startswith("{"):
        first = text.lstrip().split("\n", 1)
        if len(first) > 1 and first[0].rstrip().endswith("}") and first[1].lstrip().startswith("{"):
            return "jsonl"
        return "json"
    if head.startswith("["):
        return "json"
    return "text"


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            out = handle.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(InputErrors.E009, detail=str(exc))
    if len(out) > max_bytes:
        raise InputError(InputErrors.E012, size=f"more than {max_bytes:,} bytes once decompressed", limit=max_bytes)
    return out


def _check_sizes(items: Iterable[RawArticle | InputFailure], max_chars: int) -> Iterator[RawArticle | InputFailure]:
    for item in items:
        if isinstance(item, RawArticle) and len(item.text) > max_chars:
            error = InputError(InputErrors.E005, size=len(item.text), limit=max_chars)
            yield InputFailure(input_name(item), error.code, error.message)
        else:
            yield item
