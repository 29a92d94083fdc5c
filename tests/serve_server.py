"""A real dateline server for the serve tests: our invented stories (tests/fixtures/serve)
ingested into a corpus, and uvicorn serving it on 127.0.0.1 on a free port, in a thread."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

STORIES = Path(__file__).resolve().parent / "fixtures" / "serve"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_corpus(folder: Path, pipeline) -> Path:
    from dateline.corpus import ingest

    db = folder / "stories.db"
    with contextlib.chdir(STORIES.parents[2]):  # stored source paths as in the repository, for the screenshots
        ingest([str(STORIES.relative_to(STORIES.parents[2]))], db, pipeline=pipeline)
    return db


@contextmanager
def running(app):
    """Serve an ASGI app on a free loopback port; yields its base URL."""
    uvicorn = pytest.importorskip("uvicorn")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
