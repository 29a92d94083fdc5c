"""What every read-only query function shares: a reader for a path or a `Reader`, date
conditions, full-text queries whose syntax errors are explained, snippet markers.

Each query function (articles, quotes, entities, search, overview) takes a `Reader` (or a path,
opened read-only for the call) and returns plain JSON-ready data (lists and dicts), which the CLI
prints as a table or as JSON and the web app serves. All SQL is parameterised; user text reaches
SQLite only as a bound value (FTS5 queries included).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dateline.lexicons.ner import PLACE_TYPES as NER_PLACE_TYPES
from dateline.record import iso_date
from dateline.store.connection import Reader
from dateline.store.errors import StoreError

# Snippet markers the functions put around matched words unless told otherwise.
DEFAULT_MARK = ("[", "]")

# Words of context either side of a match in a search snippet (FTS5 counts tokens).
SNIPPET_TOKENS = 16

# Entity types whose entities are places, in a fixed order for SQL parameters.
PLACE_TYPES = tuple(sorted(NER_PLACE_TYPES))


class SearchSyntaxError(StoreError):
    """A full-text query SQLite's FTS5 cannot parse, explained for a person."""


FTS_HELP = (
    'FTS5 syntax: words are matched as given (all of them); "double quotes" for a phrase, OR / NOT / AND in '
    "capitals, word* for a prefix, NEAR(a b, 5) for nearness"
)

@contextmanager
def reading(db: str | os.PathLike | Reader) -> Iterator[Reader]:
    """The reader given, or one opened read-only on the path for the duration of a call."""
    if isinstance(db, Reader):
        yield db
        return
    reader = Reader(Path(db))
    try:
        yield reader
    finally:
        reader.close()


def _date(value: str | dt.date | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        return iso_date(value).isoformat()
    except ValueError:
        raise StoreError(f"{name} {value!r} is not a date in YYYY-MM-DD form") from None


def _date_range(column: str, since: str | dt.date | None, until: str | dt.date | None) -> tuple[list[str], list[str]]:
    """SQL conditions (inclusive) and their parameters for `column` between `since` and `until`."""
    clauses, params = [], []
    for bound, operator, name in ((since, ">=", "since"), (until, "<=", "until")):
        value = _date(bound, name)
        if value:
            clauses.append(f"{column} {operator} ?")
            params.append(value)
    return clauses, params


def _fts(reader: Reader, sql: str, params: tuple, query: str) -> list[sqlite3.Row]:
    """Run an FTS5 query, turning its parse errors into SearchSyntaxError."""
    if not query or not query.strip():
        raise SearchSyntaxError(f"empty search: {FTS_HELP}")
    try:
        return reader.rows(sql, params)
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if "fts5" in text or "no such column" in text or "unterminated string" in text or "unknown special query" in text:
            detail = text.replace("fts5: ", "")
            raise SearchSyntaxError(f"cannot read the search {query!r} ({detail}): {FTS_HELP}") from None
        raise
