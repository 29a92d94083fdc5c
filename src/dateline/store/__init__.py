"""The corpus store: SQLite (WAL, foreign keys, FTS5) holding records, corpus entities and failures.

Only this package knows SQL. It takes `ArticleRecord`s and never runs NLP.

    writer.StoreWriter      batches in, one transaction each, upsert by record id
    merging                 corpus-level entity merging ("Putin" here, "Vladimir Putin" there)
    queries                 read-only questions: find_quotes, search, entity_profile, ... (names them
                            all; each lives in articles, quotes, entities, searches or overview,
                            sharing querying's helpers)
    events                  find_events: who did what to whom
    export                  tables to JSONL / CSV / Parquet
    schema                  migrations and the schema version (PRAGMA user_version)
    connection              the writer's connection and read-only `Reader`s with a time limit
    records                 a record's JSON in and out of the articles table
"""

from dateline.store.connection import DEFAULT_TIME_LIMIT, Reader, open_reader
from dateline.store.errors import QueryTimeout, SchemaError, StoreError
from dateline.store.events import find_events
from dateline.store.export import EXPORT_TABLES, FORMATS, MissingDependency, export_table
from dateline.store.queries import (
    SearchSyntaxError,
    corpus_stats,
    entity_profile,
    find_places,
    find_quotes,
    get_record,
    list_errors,
    matching_entities,
    search,
    timeline,
)
from dateline.store.schema import SCHEMA_VERSION
from dateline.store.writer import Failed, Seen, Stored, StoreWriter

__all__ = [
    "StoreWriter", "Stored", "Failed", "Seen", "Reader", "open_reader", "StoreError", "QueryTimeout",
    "SchemaError", "SearchSyntaxError", "MissingDependency", "SCHEMA_VERSION", "DEFAULT_TIME_LIMIT",
    "find_quotes", "find_events", "search", "entity_profile", "matching_entities", "find_places", "timeline",
    "corpus_stats", "list_errors", "get_record", "export_table", "EXPORT_TABLES", "FORMATS",
]
