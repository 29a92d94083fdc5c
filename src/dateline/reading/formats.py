"""One parser per input format: each takes decoded text and yields articles or failures."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from dateline.context import InputFailure, RawArticle
from dateline.errors import InputError, InputErrors
from dateline.record import Source

# Deeper JSON than this is refused before parsing (E014). Python's json module recurses per level
# and fails near sys.getrecursionlimit() (1,000); news exports nest a handful of levels.
JSON_MAX_DEPTH = 500
# A JSON string (skipped: brackets in article text do not nest) or a bracket.
_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def parse_text(text: str, source: Source, warnings: list[dict]) -> RawArticle:
    return RawArticle(text=text, source=source, warnings=tuple(warnings))


def parse_html(html: str, source: Source, warnings: list[dict]) -> RawArticle:
    """Main text and title/date/author through trafilatura (the field's extractor)."""
    import trafilatura  # imported here: it costs ~0.5 s and most inputs are plain text

    doc = trafilatura.bare_extraction(
        html, url=source.url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(InputErrors.E008)
    return RawArticle(
        text=text,
        source=source.model_copy(update={"url": source.url or getattr(doc, "url", None)}),
        title=getattr(doc, "title", None) or None,
        date=getattr(doc, "date", None) or None,
        warnings=tuple(warnings),
    )


def article_from_object(obj: object, source: Source, warnings: list[dict]) -> RawArticle:
    """A JSON object with `text` and optional `title`, `date`, `url`."""
    if not isinstance(obj, dict):
        raise InputError(InputErrors.E011)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(InputErrors.E007)

    def optional(key: str) -> str | None:
        value = obj.get(key)
        return value if isinstance(value, str) and value.strip() else None

    return RawArticle(
        text=text,
        source=source.model_copy(update={"url": optional("url")}),
        title=optional("title"),
        date=optional("date"),
        warnings=tuple(warnings),
    )


def load_json(text: str, one_line: bool = False) -> object:
    """A JSON value, or an InputError: malformed (E006) or nested too deeply to read (E014).

    Python's json module recurses once per level and raises RecursionError near 1,000 levels;
    `{"a":{"a":...}}` of that depth is no article (a fuzzer's input or a broken export), and
    must cost its own input only, never the batch.
    """
    depth = _nesting_depth(text)
    if depth > JSON_MAX_DEPTH:
        raise InputError(InputErrors.E014, limit=JSON_MAX_DEPTH)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"column {exc.colno}" if one_line else f"line {exc.lineno} column {exc.colno}"
        raise InputError(InputErrors.E006, detail=f"{exc.msg} at {where}")
    except RecursionError:
        raise InputError(InputErrors.E014, limit=JSON_MAX_DEPTH)


def _nesting_depth(text: str) -> int:
    """How deep brackets nest outside strings (a malformed text gets a rough count; the parser
    then reports it)."""
    depth = deepest = 0
    for match in _STRING_OR_BRACKET.finditer(text):
        token = match.group(0)
        if token[0] == '"':
            continue
        if token in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def parse_json(text: str, source: Source, warnings: list[dict]) -> Iterator[RawArticle | InputFailure]:
    """One object, or a list of objects (each its own article, named path[i])."""
    value = load_json(text)
    if isinstance(value, list):
        for i, item in enumerate(value):
            try:
                yield article_from_object(item, source.model_copy(update={"line": i + 1}), warnings)
            except InputError as exc:
                yield InputFailure(f"{source.path}[{i}]", exc.code, exc.message)
    else:
        yield article_from_object(value, source, warnings)


def parse_jsonl(text: str, source: Source, warnings: list[dict]) -> Iterator[RawArticle | InputFailure]:
    """One object per line; a bad line is reported as path:line and the rest go on."""
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        line_source = source.model_copy(update={"line": lineno})
        try:
            value = load_json(line, one_line=True)
            yield article_from_object(value, line_source, warnings)
        except InputError as exc:
            yield InputFailure(f"{source.path}:{lineno}", exc.code, exc.message)


def parse_parquet(data: bytes, source: Source) -> Iterator[RawArticle | InputFailure]:
    """A Parquet table with a `text` column (and optional `title`, `date`, `url`): one article per
    row, named path:row (1-based), as a JSONL line is. Needs pyarrow (`dateline[parquet]`)."""
    import io

    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(InputErrors.E010, detail="reading Parquet needs pyarrow: pip install 'dateline[parquet]'")
    try:
        table = pq.read_table(io.BytesIO(data))
    except Exception as exc:  # pyarrow raises its own ArrowInvalid, OSError, ...
        raise InputError(InputErrors.E010, detail=f"not a readable Parquet file ({exc})")
    if "text" not in table.column_names:
        raise InputError(InputErrors.E007)
    columns = [c for c in ("text", "title", "date", "url") if c in table.column_names]
    for row, values in enumerate(table.select(columns).to_pylist(), start=1):
        row_source = source.model_copy(update={"line": row})
        try:
            if not isinstance(values.get("date"), (str, type(None))):
                values["date"] = str(values["date"])  # a Parquet date or timestamp column
            yield article_from_object(values, row_source, [])
        except InputError as exc:
            yield InputFailure(f"{source.path}:{row}", exc.code, exc.message)
