"""A corpus database as comparable data: two corpora are the same when these are equal."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path


def corpus_content(db: Path) -> dict[str, list]:
    """Every table's rows, in a fixed order; records without their timing (stats.seconds)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name")]
    content = {}
    for table in tables:
        cursor = conn.execute(f"SELECT * FROM {table}")
        columns = [d[0] for d in cursor.description]
        rows = []
        for row in cursor:
            row = dict(zip(columns, row))
            if table == "articles":
                record = json.loads(row["record"])
                record["stats"].pop("seconds")
                row["record"] = record
            rows.append(json.dumps(row, sort_keys=True))
        content[table] = sorted(rows)
    content["fts"] = [conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'harbour'").fetchone()]
    conn.close()
    return content
