"""The one app: routes, middleware and error handlers (create_app), and how it is run (run).

Errors: a bad parameter is a 422 (FastAPI's validation, with the parameter named) or a 400
(what the store refuses: a bad date, an unreadable FTS5 query, a damaged cursor, a query over the
time limit, as datasette answers an interrupted query); pages show the same message in HTML. No
user's mistake becomes a 500.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from dateline.serve.security import MAX_BODY_BYTES, Guard, is_loopback
from dateline.serve.state import Corpus
from dateline.store import StoreError


class ServeError(RuntimeError):
    """The server cannot start as asked (said in one line by the CLI)."""


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and request.url.path != "/openapi.json"


def create_app(db: str | os.PathLike, token: str | None = None, time_limit: float = 2.0, max_body: int = MAX_BODY_BYTES):
    """The ASGI app serving the corpus at `db` (checked now: a missing or foreign file is a StoreError)."""
    from dateline.serve import api, pages

    corpus = Corpus(Path(db), time_limit)
    app = FastAPI(
        title="dateline",
        summary="A news corpus: articles, quotes and speakers, entities, places and times, each tied to its text.",
        version="1",
        # FastAPI's /docs and /redoc load their scripts from a CDN: off. The schema stays.
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.corpus = corpus
    app.state.token = token
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(files("dateline.serve").joinpath("static"))), name="static")

    def problem(request: Request, status: int, message: str, headers: dict | None = None):
        if _wants_html(request):
            return pages.error_page(request, status, message, headers)
        return JSONResponse({"error": message}, status_code=status, headers=headers)

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        return problem(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        details = []
        for e in exc.errors():
            where = ".".join(str(part) for part in e.get("loc", ()) if part not in ("query", "path", "body"))
            details.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
        if _wants_html(request):
            return pages.error_page(request, 422, "; ".join(details))
        return JSONResponse({"error": "; ".join(details), "detail": [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in exc.errors()]}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return problem(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):  # a bug: say so without a traceback
        return problem(request, 500, f"internal error ({type(exc).__name__}); the server log has the details")

    return Guard(app, max_body=max_body)


def check_bind(host: str, token: str | None) -> None:
    if not is_loopback(host) and not token:
        raise ServeError(
            f"refusing to listen on {host}, which other machines can reach, without a token: "
            "pass --token SECRET (or set $DATELINE_TOKEN); POST requests must then send it"
        )


def run(db: str | os.PathLike, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
        time_limit: float = 2.0, log_level: str = "info") -> None:
    """Check the bind rule and the corpus, then serve until interrupted."""
    import uvicorn

    check_bind(host, token)
    app = create_app(db, token=token, time_limit=time_limit)
    print(f"dateline: serving {db} on http://{host}:{port}/ (API schema at /openapi.json; Ctrl-C stops)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)


__all__ = ["create_app", "run", "check_bind", "ServeError"]
