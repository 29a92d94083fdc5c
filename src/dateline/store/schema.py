"""The corpus database's schema, as numbered migrations, and the one function that applies them.

The schema version is SQLite's `PRAGMA user_version`: migration N brings a database from version
N-1 to N, in one transaction with the version bump, so a database is always at a whole version. A
database from a newer dateline is refused rather than guessed at. Add a migration at the end of
`MIGRATIONS`; never edit one that has shipped.

Design notes:
- `articles` keeps each record's JSON *without* its text (the text is its own column, indexed by
  FTS5 as external content), so a record is stored once; `records.record_from_row` joins them
  back, and JSONL export reproduces the record exactly.
- Every per-article row (`sources`, `article_entities`, `mentions`, `quotes`, `places`, `times`,
  `quantities`, `entity_aliases`, `entity_roles`) references its article with ON DELETE CASCADE:
  replacing an article is delete + insert, and corpus-level aggregates (counts by month, top
  speakers) are computed from these rows at query time, never kept as counters that could drift.
- Corpus entities (`entities`) get INTEGER ids assigned in write order; writes happen in input
  order, so the same inputs give the same ids whether or not the run was interrupted.
"""

from __future__ import annotations

import sqlite3

from dateline.store.errors import SchemaError

MIGRATIONS: tuple[str, ...] = (
    # 1: the first corpus schema.
    """
    CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,               -- the record id: hash of the text
        date TEXT,                             -- publication date, ISO 8601
        month TEXT,                            -- YYYY-MM of date, for counts by month
        title TEXT,
        source_path TEXT,
        source_format TEXT,
        source_url TEXT,
        dateline_place TEXT,
        agency TEXT,
        tokens INTEGER NOT NULL DEFAULT 0,
        n_entities INTEGER NOT NULL DEFAULT 0,
        n_quotes INTEGER NOT NULL DEFAULT 0,
        n_warnings INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL,
        record TEXT NOT NULL                   -- the record's JSON without "text"
    );
    CREATE INDEX articles_date ON articles(date);

    -- Every input that turned out to be a stored article (one article may have several: the same
    -- text in two files), so every input is accounted for: a source or an error.
    CREATE TABLE sources (
        input TEXT PRIMARY KEY,                -- path, or path:line inside a JSONL file
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
    );
    CREATE INDEX sources_article ON sources(article_id);

    -- Inputs that did not become a stored article, and why (the latest attempt).
    CREATE TABLE errors (
        input TEXT PRIMARY KEY,
        article_id TEXT,                       -- the text's hash where the text was read
        code TEXT NOT NULL,
        message TEXT NOT NULL
    );

    -- Corpus-level entities: the same person across articles (see store/merging.py).
    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        name TEXT NOT NULL,                    -- the fullest name seen
        norm TEXT NOT NULL,                    -- normalised name (merging key)
        surname TEXT,                          -- PERSON: last name token, normalised
        acronym TEXT,                          -- initials ("un"), or the acronym itself
        ambiguous INTEGER NOT NULL DEFAULT 0,  -- a one-name bucket that fitted several people
        geonames_id INTEGER,
        country TEXT
    );
    CREATE INDEX entities_acronym ON entities(acronym) WHERE acronym IS NOT NULL;
    CREATE INDEX entities_norm ON entities(norm, type);
    CREATE INDEX entities_surname ON entities(surname) WHERE surname IS NOT NULL;
    CREATE INDEX entities_geonames ON entities(geonames_id) WHERE geonames_id IS NOT NULL;

    -- Names and roles an entity had in each article.
    CREATE TABLE entity_aliases (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        norm TEXT NOT NULL,
        PRIMARY KEY (entity_id, article_id, alias)
    ) WITHOUT ROWID;
    CREATE INDEX entity_aliases_norm ON entity_aliases(norm);
    CREATE INDEX entity_aliases_article ON entity_aliases(article_id);
    CREATE TABLE entity_roles (
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        PRIMARY KEY (entity_id, article_id, role)
    ) WITHOUT ROWID;
    CREATE INDEX entity_roles_article ON entity_roles(article_id);

    -- A record's entity (e1, e2, ...) and the corpus entity it was merged into.
    CREATE TABLE article_entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        n_mentions INTEGER NOT NULL,
        month TEXT,
        PRIMARY KEY (article_id, local_id)
    ) WITHOUT ROWID;
    CREATE INDEX article_entities_entity ON article_entities(entity_id, month);

    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities(id),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        kind TEXT NOT NULL
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_entity ON mentions(entity_id);

    CREATE TABLE quotes (
        rowid INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        speaker_entity INTEGER REFERENCES entities(id),
        speaker_name TEXT,
        speaker_norm TEXT,                     -- normalised speaker name (merging.name_key)
        speaker_start INTEGER,
        speaker_end INTEGER,
        cue TEXT,
        addressee TEXT,
        date TEXT,                             -- the article's date, kept here for date filters
        month TEXT,
        UNIQUE (article_id, local_id)
    );
    CREATE INDEX quotes_speaker_date ON quotes(speaker_entity, date);
    CREATE INDEX quotes_date ON quotes(date);
    CREATE INDEX quotes_speaker_norm ON quotes(speaker_norm, date) WHERE speaker_norm IS NOT NULL;

    -- Places: entities with geo (and the dateline place), one row per article and place.
    CREATE TABLE places (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local_id TEXT,                         -- the record's entity id, if any
        entity_id INTEGER REFERENCES entities(id),
        name TEXT NOT NULL,
        country TEXT,
        admin1 TEXT,
        lat REAL,
        lon REAL,
        geonames_id INTEGER,
        feature TEXT,
        n_mentions INTEGER NOT NULL DEFAULT 0,
        is_dateline INTEGER NOT NULL DEFAULT 0,
        date TEXT
    );
    CREATE INDEX places_article ON places(article_id);
    CREATE INDEX places_country ON places(country, name);
    CREATE INDEX places_entity ON places(entity_id);

    CREATE TABLE times (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,
        value TEXT,
        mod TEXT
    );
    CREATE INDEX times_article ON times(article_id);
    CREATE INDEX times_value ON times(value);

    CREATE TABLE quantities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        value REAL,
        unit TEXT,
        mod TEXT
    );
    CREATE INDEX quantities_article ON quantities(article_id);

    -- Full-text indexes over article text and quote text (external content: stored once).
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    END;
    CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, content='quotes', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text) VALUES (new.rowid, new.text);
    END;
    CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    END;
    """,
    # 2: each quote's cue class (speech, belief, finding, intention; issue 13), so questions can
    # ask for what people said only. Quotes stored before it keep a null class until their
    # articles are analysed again.
    """
    ALTER TABLE quotes ADD COLUMN cue_class TEXT;
    CREATE INDEX quotes_class_date ON quotes(cue_class, date);
    """,
    # 3: events (who did what to whom), one row per event; actors as corpus entity ids where the
    # record names them, else the text of the mention. Corpora analysed before events keep none
    # until re-analysed.
    """
    CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        n INTEGER NOT NULL,                    -- the event's index in the record
        category TEXT,
        mode TEXT,
        lemma TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        source_entity INTEGER REFERENCES entities(id),
        source_text TEXT,
        target_entity INTEGER REFERENCES entities(id),
        target_text TEXT,
        place_entity INTEGER REFERENCES entities(id),
        time_value TEXT,
        negated INTEGER NOT NULL DEFAULT 0,
        quote_local_id TEXT,                   -- reported in this quote: the speaker's claim
        date TEXT,
        month TEXT,
        PRIMARY KEY (article_id, n)
    );
    CREATE INDEX events_source ON events(source_entity, date);
    CREATE INDEX events_target ON events(target_entity, date);
    CREATE INDEX events_category ON events(category, date);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database to SCHEMA_VERSION; returns the version it was at."""
    found = schema_version(conn)
    if found > SCHEMA_VERSION:
        raise SchemaError(
            f"the database has schema version {found}, newer than this dateline's {SCHEMA_VERSION}: upgrade dateline"
        )
    if found == 0 and _has_foreign_tables(conn):
        raise SchemaError("the file is an SQLite database but not a dateline corpus (it has other tables)")
    for version in range(found + 1, SCHEMA_VERSION + 1):
        # executescript commits first; the migration and its version bump then form one transaction.
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{MIGRATIONS[version - 1]}\nPRAGMA user_version = {version};\nCOMMIT;")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.rollback()
            raise
    return found


def check_readable(conn: sqlite3.Connection) -> None:
    """Readers cannot migrate: say what to do instead of failing on a missing table."""
    found = schema_version(conn)
    if found == 0:
        raise SchemaError("not a dateline corpus (no schema): create one with `dateline ingest PATH --db FILE`")
    if found > SCHEMA_VERSION:
        raise SchemaError(
            f"the database has schema version {found}, newer than this dateline's {SCHEMA_VERSION}: upgrade dateline"
        )
    if found < SCHEMA_VERSION:
        raise SchemaError(
            f"the database has schema version {found}; this dateline needs {SCHEMA_VERSION}: "
            "run `dateline ingest --db FILE` (with no paths) once to upgrade it"
        )


def _has_foreign_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0
