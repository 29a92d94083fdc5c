"""The writer: batches of records and failures into the corpus, one transaction per batch.

An article is upserted by its record id (delete + insert, so its child rows never mix two
analyses). Inputs that became an article are kept in `sources`; inputs that did not, in `errors`
with the reason; so after an ingest every input is one or the other.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dateline.lexicons.ner import PLACE_TYPES
from dateline.record import ArticleRecord, Entity
from dateline.store.connection import WriterLock, open_writer
from dateline.store.merging import DATELINE_ENTITY, Resolver, name_key
from dateline.store.records import record_json

# A dateline place is written in capitals; this short, it is an acronym ("US (Reuters) -",
# "UAE"), kept as written so it meets the same acronym in stories; longer is a name ("LONDON").
DATELINE_ACRONYM_MAX_LETTERS = 3


@dataclass(frozen=True)
class Stored:
    """An analysed article and the inputs it came from (several when files repeat a text)."""

    record: ArticleRecord
    inputs: tuple[str, ...]


@dataclass(frozen=True)
class Failed:
    input: str
    code: str
    message: str
    article_id: str | None = None


@dataclass(frozen=True)
class Seen:
    """An input whose text is already stored under `article_id`."""

    input: str
    article_id: str


Item = Stored | Failed | Seen


class StoreWriter:
    """Writes to one corpus file. Not shared between threads: one ingest, one writer. Holds the
    corpus's writer lock from opening to `close` (a second writer waits; `on_busy` is called
    once when it starts waiting, `lock_timeout` seconds end the wait with a StoreError)."""

    def __init__(self, path: str | os.PathLike, on_busy=None, lock_timeout: float | None = None) -> None:
        self.path = path
        if Path(path).parent and not Path(path).parent.exists():
            open_writer(path)  # raises the store's one-line error for a missing folder
        self.lock = WriterLock(path, on_busy, lock_timeout)
        try:
            self.conn = open_writer(path)
        except BaseException:
            self.lock.release()
            raise
        self.resolver = Resolver(self.conn)

    # -- what is there -------------------------------------------------------------------------
    def stored_ids(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT id FROM articles")}

    def known_inputs(self) -> dict[str, str]:
        """input -> article id for every input already stored."""
        return dict(self.conn.execute("SELECT input, article_id FROM sources"))

    # -- writing -------------------------------------------------------------------------------
    def write(self, items: Iterable[Item]) -> int:
        """Write a batch in one transaction; returns the number of articles stored."""
        items = list(items)
        if not items:
            return 0
        stored = 0
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for item in items:
                if isinstance(item, Stored):
                    self._store(item.record)
                    for name in item.inputs:
                        self._source(name, item.record.id)
                    stored += 1
                elif isinstance(item, Seen):
                    self._source(item.input, item.article_id)
                else:
                    self.conn.execute(
                        "INSERT OR REPLACE INTO errors (input, article_id, code, message) VALUES (?, ?, ?, ?)",
                        (item.input, item.article_id, item.code, item.message),
                    )
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return stored

    def write_records(self, records: Iterable[ArticleRecord]) -> int:
        """Records built elsewhere (an API, a benchmark): each is its own input, by source path."""
        return self.write(Stored(r, (_input_name(r),)) for r in records)

    def optimize(self) -> None:
        """Merge the full-text indexes into one segment each and refresh the planner's statistics:
        done at the end of an ingest that stored something (1.1 s for 1,000,000 quotes)."""
        self.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
        self.conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('optimize')")
        self.conn.execute("PRAGMA optimize")

    def close(self) -> None:
        self.conn.close()
        self.lock.release()

    def __enter__(self) -> "StoreWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one article ---------------------------------------------------------------------------
    def _source(self, name: str, article_id: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO sources (input, article_id) VALUES (?, ?)", (name, article_id))
        self.conn.execute("DELETE FROM errors WHERE input = ?", (name,))

    def _store(self, record: ArticleRecord) -> None:
        conn = self.conn
        replaced = [row[0] for row in conn.execute(
            "SELECT DISTINCT entity_id FROM article_entities WHERE article_id = ?", (record.id,)
        )]
        conn.execute("DELETE FROM articles WHERE id = ?", (record.id,))
        if replaced:
            self._drop_orphans(replaced)
        month = record.date[:7] if record.date else None
        dateline = record.dateline
        conn.execute(
            "INSERT INTO articles (id, date, month, title, source_path, source_format, source_url, dateline_place,"
            " agency, tokens, n_entities, n_quotes, n_warnings, text, record)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.id, record.date, month, record.title, record.source.path, record.source.format,
                record.source.url, dateline.place if dateline else None, dateline.agency if dateline else None,
                record.stats.tokens, len(record.entities), len(record.quotes), len(record.warnings),
                record.text, record_json(record),
            ),
        )
        corpus_ids = self._entities(record, month)
        self._quotes(record, corpus_ids, month)
        self._places(record, corpus_ids)
        conn.executemany(
            "INSERT INTO times (article_id, start, end, text, type, value, mod) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(record.id, t.span[0], t.span[1], t.text, t.type, t.value, t.mod) for t in record.times],
        )
        conn.executemany(
            "INSERT INTO quantities (article_id, start, end, text, value, unit, mod) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(record.id, q.span[0], q.span[1], q.text, q.value, q.unit, q.mod) for q in record.quantities],
        )
        self._events(record, corpus_ids, month)

    def _events(self, record: ArticleRecord, corpus_ids: dict[str, int], month: str | None) -> None:
        text = record.text

        def said(span) -> str | None:
            return " ".join(text[span[0]:span[1]].split()) if span else None

        rows = []
        for n, event in enumerate(record.events):
            time_value = record.times[event.time].value if event.time is not None and event.time < len(record.times) else None
            rows.append((
                record.id, n, event.category, event.mode, event.predicate.lemma, event.span[0], event.span[1],
                corpus_ids.get(event.subject) if event.subject else None, said(event.subject_span),
                corpus_ids.get(event.object) if event.object else None, said(event.object_span),
                corpus_ids.get(event.place) if event.place else None, time_value, int(event.negated),
                event.quote, record.date, month,
            ))
        self.conn.executemany(
            "INSERT INTO events (article_id, n, category, mode, lemma, start, end, source_entity, source_text,"
            " target_entity, target_text, place_entity, time_value, negated, quote_local_id, date, month)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def _entities(self, record: ArticleRecord, month: str | None) -> dict[str, int]:
        # People named by one word ("Blair") are resolved after the article's full names, which
        # they most often repeat ("Tony Blair ... Mr Blair said").
        self.resolver.begin_article()
        corpus_ids: dict[str, int] = {}
        one_word = [e for e in record.entities if e.type == "PERSON" and len(name_key(e.name, "PERSON").tokens) == 1]
        full_names: dict[str, set[int]] = {}
        for entity in [e for e in record.entities if e not in one_word] + one_word:
            corpus_ids[entity.id] = self.resolver.resolve(entity, full_names)
            key = name_key(entity.name, entity.type)
            if entity.type == "PERSON" and len(key.tokens) >= 2 and key.surname:
                full_names.setdefault(key.surname, set()).add(corpus_ids[entity.id])
        for entity in record.entities:
            corpus_id = corpus_ids[entity.id]
            self.conn.execute(
                "INSERT INTO article_entities (article_id, local_id, entity_id, type, name, n_mentions, month)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (record.id, entity.id, corpus_id, entity.type, entity.name, len(entity.mentions), month),
            )
            name = " ".join(entity.name.split())
            self.conn.execute(
                "INSERT OR IGNORE INTO entity_aliases (entity_id, article_id, alias, norm) VALUES (?, ?, ?, ?)",
                (corpus_id, record.id, name, name_key(name, entity.type).norm),
            )
            self.conn.executemany(
                "INSERT OR IGNORE INTO entity_roles (entity_id, article_id, role) VALUES (?, ?, ?)",
                [(corpus_id, record.id, " ".join(role.split())) for role in entity.roles if role.strip()],
            )
            self.conn.executemany(
                "INSERT INTO mentions (article_id, local_id, entity_id, start, end, kind) VALUES (?, ?, ?, ?, ?, ?)",
                [(record.id, entity.id, corpus_id, m.span[0], m.span[1], m.kind) for m in entity.mentions],
            )
        self.resolver.rename(set(corpus_ids.values()))
        return corpus_ids

    def _quotes(self, record: ArticleRecord, corpus_ids: dict[str, int], month: str | None) -> None:
        rows = []
        for quote in record.quotes:
            speaker = quote.speaker
            entity = corpus_ids.get(speaker.entity) if speaker and speaker.entity else None
            rows.append((
                record.id, quote.id, quote.kind, quote.span[0], quote.span[1], quote.text, entity,
                speaker.name if speaker else None,
                name_key(speaker.name, "PERSON").norm if speaker and speaker.name else None,
                speaker.span[0] if speaker else None,
                speaker.span[1] if speaker else None, quote.cue.lemma if quote.cue else None, quote.addressee,
                record.date, month, quote.cue_class,
            ))
        self.conn.executemany(
            "INSERT INTO quotes (article_id, local_id, kind, start, end, text, speaker_entity, speaker_name, speaker_norm,"
            " speaker_start, speaker_end, cue, addressee, date, month, cue_class)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def _places(self, record: ArticleRecord, corpus_ids: dict[str, int]) -> None:
        """Places from the record's place entities (with their geo) and its dateline. An entity
        the NER typed as a place but the places layer left out (no geo, not in `record.places`:
        "dot.com survivors such as Amazon", "a deal with Emirates") is the company or the title
        the places layer judged it to be, not a place of the corpus. (A record whose places layer
        found nothing, or did not run, keeps the NER's word.)"""
        dateline = record.dateline
        dateline_entity = dateline.place_entity if dateline else None
        placed = {place.entity for place in record.places if place.entity}
        rows = []
        for entity in record.entities:
            if entity.type not in PLACE_TYPES and entity.geo is None:
                continue
            if entity.geo is None and placed and entity.id not in placed:
                continue
            geo = entity.geo
            rows.append((
                record.id, entity.id, corpus_ids[entity.id], (geo.name if geo and geo.name else entity.name),
                geo.country if geo else None, geo.admin1 if geo else None, geo.lat if geo else None,
                geo.lon if geo else None, geo.geonames_id if geo else None, geo.feature if geo else None,
                len(entity.mentions), int(entity.id == dateline_entity), record.date,
            ))
        if dateline and dateline.place and dateline_entity is None:
            # The dateline names a place the NER never sees (it is not prose): the corpus entity
            # of that name, so "VALLETTA (Reuters)" and "in Valletta" count as one place.
            # Its geo is that of the same place in the story, or what the corpus knows of it.
            written = record.text[dateline.place_span[0]:dateline.place_span[1]] if dateline.place_span else ""
            name = written if written.isupper() and len(written) <= DATELINE_ACRONYM_MAX_LETTERS else dateline.place
            place = self.resolver.resolve(Entity(id=DATELINE_ENTITY, type="GPE", name=name))
            same = next((row for row in rows if row[2] == place), None)
            if same is not None:
                geo = same[4:10]
            else:
                country, geonames_id = self.conn.execute("SELECT country, geonames_id FROM entities WHERE id = ?", (place,)).fetchone()
                geo = (country, None, None, None, geonames_id, None)
            rows.append((record.id, None, place, dateline.place, *geo, 0, 1, record.date))
        self.conn.executemany(
            "INSERT INTO places (article_id, local_id, entity_id, name, country, admin1, lat, lon, geonames_id,"
            " feature, n_mentions, is_dateline, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def _drop_orphans(self, entity_ids: list[int]) -> None:
        """Corpus entities left with no article after a replaced article (they came from it alone)."""
        marks = ",".join("?" * len(entity_ids))
        self.conn.execute(
            f"DELETE FROM entities WHERE id IN ({marks}) AND NOT EXISTS "
            "(SELECT 1 FROM article_entities WHERE article_entities.entity_id = entities.id)",
            entity_ids,
        )


def _input_name(record: ArticleRecord) -> str:
    source = record.source
    name = source.path or source.url or record.id
    return f"{name}:{source.line}" if source.line is not None else name
