"""One parser per input format: each takes decoded text and yields articles or failures."""

from __future__ import annotations

import json
from collections.abc import Iterator

from dateline.context import InputFailure, RawArticle
from dateline.errors import InputError, InputErrors
from dateline.record import Source


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


def parse_json(text: str, source: Source, warnings: list[dict]) -> Iterator[RawArticle | InputFailure]:
    """One object, or a list of objects (each its own article, named path[i])."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(InputErrors.E006, detail=f"{exc.msg} at line {exc.lineno} column {exc.colno}")
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
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(InputErrors.E006, detail=f"{exc.msg} at column {exc.colno}")
            yield article_from_object(value, line_source, warnings)
        except InputError as exc:
            yield InputFailure(f"{source.path}:{lineno}", exc.code, exc.message)
