"""Record datasets: the records of a run as Parquet that DuckDB, pandas and Spark read directly.

    DIR/records/month=YYYY-MM/part-*.parquet    one row per article: id, date, title, source,
                                                 run, seq, record (the record's JSON, whole)
    DIR/quotes|entities|places/month=.../*.parquet   flat side tables, one row per item, by article_id
    DIR/sources/part-*.parquet                   input -> article_id (an article may have several)
    DIR/failures/part-*.parquet                  inputs that did not become a record, and why

Months are Hive partitions (`month=unknown` for undated articles). `run` and `seq` order the
articles as they were read, so loading a dataset into a corpus (`load_records`) writes them in
the order a direct ingest would. Each part is written to a temporary name and renamed, so a run
stopped at any point leaves only whole parts, and the next run over the same inputs skips every
article the dataset holds (a failure is tried again; `failures` keeps every run's, and an input
later found in `sources` has succeeded since).

`RecordDatasetWriter` has the corpus writer's interface (`stored_ids`, `known_inputs`, `write`),
so the ingest bookkeeping (skip, copies, input order) writes to either.
"""

from __future__ import annotations

import os
import time
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.record import ArticleRecord
from dateline.store import Failed, Seen, Stored

TABLES = ("records", "quotes", "entities", "places", "sources", "failures")
PARTITIONED = ("records", "quotes", "entities", "places")
UNDATED_MONTH = "unknown"
PARQUET_HINT = "pip install 'dateline[parquet]'"


class DatasetError(RuntimeError):
    """A record dataset that cannot be read or written, said in one line."""


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise DatasetError(f"record datasets are Parquet and need pyarrow: {PARQUET_HINT}") from None
    return pa, pq


def _schemas(pa) -> dict:
    string, i64, f64 = pa.string(), pa.int64(), pa.float64()
    return {
        "records": pa.schema([("id", string), ("date", string), ("title", string), ("source", string),
                              ("run", string), ("seq", i64), ("record", string)]),
        "quotes": pa.schema([("article_id", string), ("quote_id", string), ("kind", string), ("text", string),
                             ("start", i64), ("end", i64), ("speaker", string), ("speaker_entity", string),
                             ("cue", string)]),
        "entities": pa.schema([("article_id", string), ("entity_id", string), ("type", string), ("name", string),
                               ("roles", pa.list_(string)), ("mentions", i64), ("country", string)]),
        "places": pa.schema([("article_id", string), ("entity", string), ("name", string), ("kind", string),
                             ("mentions", i64), ("rank", i64), ("country", string), ("lat", f64), ("lon", f64),
                             ("geonames_id", i64)]),
        "sources": pa.schema([("input", string), ("article_id", string), ("run", string), ("seq", i64)]),
        "failures": pa.schema([("input", string), ("article_id", string), ("code", string), ("message", string),
                               ("run", string)]),
    }


def month_of(record: ArticleRecord) -> str:
    return record.date[:7] if record.date else UNDATED_MONTH


class RecordDatasetWriter:
    """Writes records, sources and failures into the dataset at `root`, a part per table and
    month per `write` call."""

    def __init__(self, root: str | os.PathLike) -> None:
        self.pa, self.pq = _pyarrow()
        self.root = Path(root)
        if self.root.exists() and not self.root.is_dir():
            raise DatasetError(f"{self.root}: not a folder (a record dataset is a folder)")
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatasetError(f"{self.root}: cannot create the folder ({exc.strerror or exc})") from exc
        self.schemas = _schemas(self.pa)
        # Runs sort by when they started: a later run's articles come after an earlier run's.
        self.run = f"{time.strftime('%Y%m%dT%H%M%S', time.gmtime())}-{uuid.uuid4().hex[:6]}"
        self.seq = 0
        self.parts = 0

    # -- what is there -------------------------------------------------------------------------
    def stored_ids(self) -> set[str]:
        return {row["id"] for row in _read_rows(self.root, "records", ["id"])}

    def known_inputs(self) -> dict[str, str]:
        return {row["input"]: row["article_id"] for row in _read_rows(self.root, "sources", ["input", "article_id"])}

    # -- writing -------------------------------------------------------------------------------
    def write(self, items: Iterable[Stored | Failed | Seen]) -> int:
        rows: dict[tuple[str, str | None], list[dict]] = defaultdict(list)
        stored = 0
        for item in items:
            if isinstance(item, Stored):
                self._record_rows(item.record, rows)
                for name in item.inputs:
                    rows[("sources", None)].append({"input": name, "article_id": item.record.id, "run": self.run, "seq": self.seq})
                self.seq += 1
                stored += 1
            elif isinstance(item, Seen):
                rows[("sources", None)].append({"input": item.input, "article_id": item.article_id, "run": self.run, "seq": None})
            else:
                rows[("failures", None)].append({"input": item.input, "article_id": item.article_id, "code": item.code,
                                                 "message": item.message, "run": self.run})
        for (table, month), table_rows in rows.items():
            self._write_part(table, month, table_rows)
        return stored

    def optimize(self) -> None:
        """Nothing to do: parts are final when written (the corpus writer's interface)."""

    def close(self) -> None:
        pass

    def __enter__(self) -> "RecordDatasetWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _record_rows(self, record: ArticleRecord, rows: dict) -> None:
        month = month_of(record)
        rows[("records", month)].append({
            "id": record.id, "date": record.date, "title": record.title, "source": record.source.path,
            "run": self.run, "seq": self.seq, "record": record.to_json(),
        })
        for q in record.quotes:
            rows[("quotes", month)].append({
                "article_id": record.id, "quote_id": q.id, "kind": q.kind, "text": q.text,
                "start": q.span[0], "end": q.span[1],
                "speaker": q.speaker.name if q.speaker else None,
                "speaker_entity": q.speaker.entity if q.speaker else None,
                "cue": q.cue.lemma if q.cue else None,
            })
        for e in record.entities:
            rows[("entities", month)].append({
                "article_id": record.id, "entity_id": e.id, "type": e.type, "name": e.name, "roles": list(e.roles),
                "mentions": len(e.mentions), "country": e.geo.country if e.geo else None,
            })
        for p in record.places:
            geo = p.geo
            rows[("places", month)].append({
                "article_id": record.id, "entity": p.entity, "name": p.name, "kind": p.kind, "mentions": p.mentions,
                "rank": p.rank, "country": geo.country if geo else None, "lat": geo.lat if geo else None,
                "lon": geo.lon if geo else None, "geonames_id": geo.geonames_id if geo else None,
            })

    def _write_part(self, table: str, month: str | None, rows: list[dict]) -> None:
        folder = self.root / table / (f"month={month}" if month is not None else "")
        folder.mkdir(parents=True, exist_ok=True)
        self.parts += 1
        final = folder / f"part-{self.run}-{self.parts:06d}.parquet"
        temporary = folder / f".{final.name}.tmp"
        self.pq.write_table(self.pa.Table.from_pylist(rows, schema=self.schemas[table]), temporary)
        os.replace(temporary, final)


def _parts(root: Path, table: str) -> list[Path]:
    folder = root / table
    return sorted(p for p in folder.rglob("part-*.parquet")) if folder.is_dir() else []


def _read_rows(root: Path, table: str, columns: list[str] | None = None) -> Iterator[dict]:
    _, pq = _pyarrow()
    for part in _parts(root, table):
        try:
            yield from pq.read_table(part, columns=columns).to_pylist()
        except Exception as exc:  # pyarrow's ArrowInvalid, OSError
            raise DatasetError(f"{part}: not a readable Parquet part ({exc})") from exc


@dataclass(frozen=True)
class RecordDataset:
    """What a dataset holds, ready to write into a corpus in the order the articles were read."""

    items: list[Stored | Failed | Seen]
    records: int
    failures: int


def read_record_dataset(root: str | os.PathLike) -> RecordDataset:
    """The dataset at `root` as corpus writer items: each record with its inputs, in (run, seq)
    order; inputs that became an already stored article; the failures not since succeeded
    (the latest run's word for each input)."""
    root = Path(root)
    if not (root / "records").is_dir() and not (root / "failures").is_dir():
        raise DatasetError(f"{root}: not a record dataset (no records/ or failures/ folder; write one with `dateline batch`)")
    records = sorted(_read_rows(root, "records", ["id", "run", "seq", "record"]), key=lambda r: (r["run"], r["seq"]))
    sources = sorted(_read_rows(root, "sources"), key=lambda r: (r["run"], r["seq"] if r["seq"] is not None else -1))
    inputs: dict[str, list[str]] = defaultdict(list)
    seen: list[Seen] = []
    for row in sources:
        if row["seq"] is None:
            seen.append(Seen(row["input"], row["article_id"]))
        elif row["input"] not in inputs[row["article_id"]]:
            inputs[row["article_id"]].append(row["input"])
    items: list[Stored | Failed | Seen] = []
    written: set[str] = set()
    for row in records:
        if row["id"] in written:
            continue
        written.add(row["id"])
        record = ArticleRecord.model_validate_json(row["record"])
        items.append(Stored(record, tuple(inputs.get(row["id"]) or (record.source.path or record.id,))))
    items.extend(seen)
    succeeded = {row["input"] for row in sources}
    latest: dict[str, dict] = {}
    for row in sorted(_read_rows(root, "failures"), key=lambda r: r["run"]):
        latest[row["input"]] = row
    failures = [Failed(r["input"], r["code"], r["message"], r["article_id"]) for name, r in latest.items() if name not in succeeded]
    items.extend(failures)
    return RecordDataset(items, len(written), len(failures))
