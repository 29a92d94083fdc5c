"""Records in and out of the `articles` table: the JSON without the text, and back.

The text is stored once (its own column, which FTS5 indexes); the rest of the record is its JSON.
`record_from_row` rebuilds the very same record, so `to_json()` of it is byte-for-byte the JSON
the analysis produced (a test pins this).

Records are stored whole, `stats.seconds` included: it is the one field that differs between two
analyses of the same text (it is wall-clock time), so a resumed ingest and an uninterrupted one
agree on everything else, and tests compare corpora without it (tests/test_ingest.py).
"""

from __future__ import annotations

import json

from dateline.record import ArticleRecord


def record_json(record: ArticleRecord) -> str:
    return record.model_dump_json(by_alias=True, exclude={"text"})


def record_from_row(text: str, stored: str) -> ArticleRecord:
    data = json.loads(stored)
    data["text"] = text
    return ArticleRecord.model_validate(data)
