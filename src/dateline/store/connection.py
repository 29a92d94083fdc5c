"""Connections: one writer (WAL, foreign keys, migrations) and read-only readers with a time limit.

Readers open the file with `mode=ro` and `PRAGMA query_only`, so a query function can never
change the corpus, and WAL lets them read while an ingest writes. A corpus in a folder that
cannot be written is opened `immutable=1` (WAL's side files cannot be made there). Every reader query runs under a
deadline enforced by SQLite's progress handler (datasette's `execute` time limit).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from dateline.errors import RunErrors
from dateline.store.errors import QueryTimeout, StoreError
from dateline.store.schema import check_readable, migrate

# How long a writer waits for another writer's lock before giving up (two ingests at once).
WRITER_BUSY_MS = 60_000

# A reader query that runs longer than this is stopped: every question the CLI asks is indexed,
# so this only ends a pathological one (a search for "a*" over millions of quotes).
DEFAULT_TIME_LIMIT = 10.0

# SQLite calls the progress handler every this many virtual machine instructions (about 1 ms).
_PROGRESS_STEPS = 10_000

# Readers map the file into memory (up to this much) and keep a larger page cache than SQLite's
# 2 MB default: on the 1,000,000-quote benchmark corpus (1.1 GB) this took a date-sorted topic
# query from 26 ms to 18 ms (benchmarks/corpus_queries.py).
READER_MMAP_BYTES = 1 << 30
READER_CACHE_KIB = 32 * 1024


# A second writer polls for the writer lock this often while it waits.
WRITER_LOCK_POLL_SECONDS = 0.2


class WriterLock:
    """One database, one writer: an exclusive lock on `<db>.lock` held for a whole ingest, so a
    second ingest into the same file waits until the first is done (and then finds its articles
    stored) instead of analysing the same inputs at the same time. SQLite's own lock is held
    per transaction only, so it cannot say this. `flock` locks end with the process, so a
    killed ingest never leaves the corpus locked. Where flock is missing (Windows) there is no lock."""

    def __init__(self, db: str | os.PathLike, on_busy=None, timeout: float | None = None) -> None:
        self.path = Path(f"{os.fspath(db)}.lock")
        self.handle = None
        try:
            import fcntl
        except ImportError:
            return
        try:
            self.handle = self.path.open("a")
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the writer lock ({exc.strerror or exc}); "
                             "the corpus folder must be writable to ingest") from exc
        started = time.monotonic()
        told = False
        while True:
            try:
                fcntl.flock(self.handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if not told and on_busy is not None:
                    on_busy()
                told = True
                waited = time.monotonic() - started
                if timeout is not None and waited >= timeout:
                    self.release()
                    message = RunErrors.E105.value.format(path=db, seconds=waited)
                    raise StoreError(f"{message} [E105]")
                time.sleep(WRITER_LOCK_POLL_SECONDS)

    def release(self) -> None:
        if self.handle is not None:
            self.handle.close()  # closing the file releases the flock
            self.handle = None


def open_writer(path: str | os.PathLike) -> sqlite3.Connection:
    """The connection an ingest writes through: creates and migrates the file as needed."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        raise StoreError(f"{path}: the folder {path.parent} does not exist")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=WRITER_BUSY_MS / 1000, check_same_thread=False)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # In WAL mode NORMAL loses no committed batch on a process crash (only, at worst, the
        # last batches on power loss), and an ingest re-run restores those.
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: {exc}") from exc
    return conn


def _has_side_files(path: Path) -> bool:
    return Path(f"{path}-wal").exists() or Path(f"{path}-shm").exists()


def _needs_immutable(path: Path) -> bool:
    """A WAL corpus in a folder nobody may write (a read-only share, a CD, a locked archive) cannot
    be opened `mode=ro`: SQLite needs to create the -shm index beside it. With no -wal file there
    is nothing beyond the main file to read, and no writer can be at work in such a folder, so the
    file is opened `immutable=1`, which needs no side file and takes no locks."""
    folder = path.resolve().parent
    return not os.access(folder, os.W_OK) and not _has_side_files(path)


def _connect_read_only(path: Path, immutable: bool) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute(f"PRAGMA mmap_size = {READER_MMAP_BYTES}")
        conn.execute(f"PRAGMA cache_size = -{READER_CACHE_KIB}")
        check_readable(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def open_reader(path: str | os.PathLike, time_limit: float = DEFAULT_TIME_LIMIT) -> "Reader":
    return Reader(path, time_limit)


class Reader:
    """A read-only connection whose queries each run under `time_limit` seconds."""

    def __init__(self, path: str | os.PathLike, time_limit: float = DEFAULT_TIME_LIMIT) -> None:
        path = Path(path)
        if path.is_dir():
            # An ingest into a folder fails too: advise a file, never a command that cannot work.
            raise StoreError(f"{path} is a folder, not a corpus file; give the database file (e.g. --db {path / 'dateline.db'})")
        if not path.is_file():
            raise StoreError(f"{path}: no such corpus (create one with `dateline ingest PATH --db {path}`)")
        self.path = path
        self.time_limit = time_limit
        self.immutable = _needs_immutable(path)
        try:
            self.conn = _connect_read_only(path, self.immutable)
        except sqlite3.OperationalError as exc:
            if self.immutable or _has_side_files(path) or "unable to open" not in str(exc):
                raise StoreError(f"{path}: {exc}") from exc
            # The WAL index (-shm) could not be made beside the file, whatever os.access said
            # (a read-only mount, an ACL): read the file as it stands.
            self.immutable = True
            try:
                self.conn = _connect_read_only(path, True)
            except sqlite3.DatabaseError as again:
                raise StoreError(f"{path}: {again}") from again
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        self._deadline = float("inf")
        self.conn.set_progress_handler(self._over_time, _PROGRESS_STEPS)

    def _over_time(self) -> int:
        return 1 if time.monotonic() > self._deadline else 0

    @contextmanager
    def limited(self) -> Iterator[None]:
        """Everything run inside shares one deadline (`time_limit` from the outermost entry)."""
        outermost = self._deadline == float("inf")
        if outermost:
            self._deadline = time.monotonic() + self.time_limit
        try:
            yield
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise QueryTimeout(f"the query took longer than {self.time_limit:g} s and was stopped") from exc
            raise
        finally:
            if outermost:
                self._deadline = float("inf")

    def rows(self, sql: str, params: Sequence | dict = ()) -> list[sqlite3.Row]:
        """All rows of a parameterised query, or QueryTimeout past the time limit."""
        with self.limited():
            return self.conn.execute(sql, params).fetchall()

    def cursor(self, sql: str, params: Sequence | dict = ()) -> sqlite3.Cursor:
        """Rows as plain tuples, read lazily: use inside `limited()` for the time limit."""
        cursor = self.conn.cursor()
        cursor.row_factory = None
        return cursor.execute(sql, params)

    def iter_rows(self, sql: str, params: Sequence | dict = ()):
        """Rows one by one, without the time limit: for exports, which read whole tables."""
        yield from self.conn.execute(sql, params)

    def value(self, sql: str, params: Sequence | dict = ()):
        rows = self.rows(sql, params)
        return rows[0][0] if rows else None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Reader":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
