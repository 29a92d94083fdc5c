"""Export: corpus tables to JSONL, CSV or Parquet, for pandas, DuckDB and spreadsheets.

`articles` as JSONL is the stored records themselves, one per line, byte-for-byte what the
analysis produced; as CSV or Parquet it is one flat row per article (metadata and text). Other
tables are flat rows in every format. Rows stream out, so a large corpus never sits in memory.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from typing import TextIO

from dateline.store.connection import Reader
from dateline.store.errors import StoreError
from dateline.store.querying import reading
from dateline.store.records import record_from_row

FORMATS = ("jsonl", "csv", "parquet")

EXPORT_TABLES: dict[str, str] = {
    "articles": """
        SELECT id, date, title, source_path, source_format, source_url, dateline_place, agency, tokens,
               n_entities, n_quotes, n_warnings, text
        FROM articles ORDER BY rowid""",
    "events": """
        SELECT ev.article_id, ev.n AS event, ev.date, ev.category, ev.mode, ev.lemma, ev.negated,
               ev.source_entity, coalesce(se.name, ev.source_text) AS source, ev.target_entity,
               coalesce(te.name, ev.target_text) AS target, ev.place_entity, ev.time_value,
               ev.quote_local_id AS quote_id, ev.start, ev.end
        FROM events ev LEFT JOIN entities se ON se.id = ev.source_entity
        LEFT JOIN entities te ON te.id = ev.target_entity ORDER BY ev.article_id, ev.n""",
    "quotes": """
        SELECT q.article_id, q.local_id AS quote_id, q.kind, q.date, q.speaker_entity,
               coalesce(e.name, q.speaker_name) AS speaker, q.speaker_name AS speaker_text, q.cue, q.cue_class,
               q.addressee, q.start, q.end, q.text
        FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity ORDER BY q.rowid""",
    "entities": """
        SELECT e.id, e.type, e.name, e.geonames_id, e.country,
               (SELECT group_concat(alias, '; ') FROM (SELECT DISTINCT alias FROM entity_aliases WHERE entity_id = e.id ORDER BY alias)) AS aliases,
               (SELECT group_concat(role, '; ') FROM (SELECT DISTINCT role FROM entity_roles WHERE entity_id = e.id ORDER BY role)) AS roles,
               (SELECT count(DISTINCT article_id) FROM article_entities WHERE entity_id = e.id) AS articles,
               (SELECT count(*) FROM quotes WHERE speaker_entity = e.id) AS quotes
        FROM entities e
        WHERE EXISTS (SELECT 1 FROM article_entities WHERE entity_id = e.id)
           OR EXISTS (SELECT 1 FROM places WHERE entity_id = e.id)
        ORDER BY e.id""",
    "article_entities": """
        SELECT article_id, local_id, entity_id, type, name, n_mentions FROM article_entities ORDER BY article_id, local_id""",
    "mentions": "SELECT article_id, local_id, entity_id, start, end, kind FROM mentions ORDER BY rowid",
    "places": """
        SELECT article_id, local_id, entity_id, name, country, admin1, lat, lon, geonames_id, feature, n_mentions,
               is_dateline, date
        FROM places ORDER BY rowid""",
    "times": "SELECT article_id, start, end, text, type, value, mod FROM times ORDER BY rowid",
    "quantities": "SELECT article_id, start, end, text, value, unit, mod FROM quantities ORDER BY rowid",
    "sources": "SELECT input, article_id FROM sources ORDER BY input",
    "errors": "SELECT input, article_id, code, message FROM errors ORDER BY input",
}

# Column types for Parquet (everything else is a string); SQLite's own types are per value.
_INTEGER_COLUMNS = frozenset(
    {"tokens", "n_entities", "n_quotes", "n_warnings", "speaker_entity", "start", "end", "id", "entity_id",
     "n_mentions", "is_dateline", "geonames_id", "articles", "quotes"}
)
_FLOAT_COLUMNS = frozenset({"lat", "lon", "quantities.value"})
_PARQUET_BATCH = 10_000


class MissingDependency(StoreError):
    pass


def export_table(db, table: str, format: str, out: TextIO | None = None, path: str | os.PathLike | None = None) -> int:
    """Write `table` in `format` to the text stream `out` (JSONL, CSV) or the file `path`
    (any format; Parquet needs a file). Returns the number of rows written."""
    if table not in EXPORT_TABLES:
        raise StoreError(f"no table {table!r} to export; tables: {', '.join(EXPORT_TABLES)}")
    if format not in FORMATS:
        raise StoreError(f"no export format {format!r}; formats: {', '.join(FORMATS)}")
    if format == "parquet":
        if path is None:
            raise StoreError("Parquet is binary: give a file to write it to (--output FILE)")
        return _write_parquet(db, table, path)
    if path is not None:
        try:
            handle = open(path, "w", encoding="utf-8", newline="")
        except OSError as exc:
            raise StoreError(f"cannot write {path}: {exc.strerror or exc}; give a file in a folder you can write to") from None
        with handle:
            return export_table(db, table, format, out=handle)
    assert out is not None
    with reading(db) as reader:
        if format == "jsonl" and table == "articles":
            count = 0
            for text, stored in reader.iter_rows("SELECT text, record FROM articles ORDER BY rowid"):
                out.write(record_from_row(text, stored).to_json() + "\n")
                count += 1
            return count
        columns, rows = _rows(reader, table)
        count = 0
        if format == "jsonl":
            for row in rows:
                out.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False) + "\n")
                count += 1
        else:
            writer = csv.writer(out)
            writer.writerow(columns)
            for row in rows:
                writer.writerow(row)
                count += 1
        return count


def _rows(reader: Reader, table: str) -> tuple[list[str], Iterator[tuple]]:
    cursor = reader.conn.execute(EXPORT_TABLES[table])
    cursor.row_factory = None
    columns = [d[0] for d in cursor.description]
    return columns, iter(cursor)


def _write_parquet(db, table: str, path: str | os.PathLike) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingDependency(
            "Parquet export needs pyarrow: pip install 'dateline[parquet]' (or use --format csv / jsonl)"
        ) from None
    with reading(db) as reader:
        columns, rows = _rows(reader, table)
        schema = pa.schema([(c, _arrow_type(pa, table, c)) for c in columns])
        count = 0
        with pq.ParquetWriter(str(path), schema) as writer:
            while True:
                batch = [row for _, row in zip(range(_PARQUET_BATCH), rows)]
                if not batch:
                    break
                arrays = [pa.array([row[i] for row in batch], type=schema.field(i).type) for i in range(len(columns))]
                writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
                count += len(batch)
        return count


def _arrow_type(pa, table: str, column: str):
    if column == "id" and table == "articles":
        return pa.string()  # the record id is a hash
    if column in _INTEGER_COLUMNS:
        return pa.int64()
    if column in _FLOAT_COLUMNS or f"{table}.{column}" in _FLOAT_COLUMNS:
        return pa.float64()
    return pa.string()
