"""`dateline serve`: the corpus as a JSON API and web pages (dateline.serve); this module only
parses options and starts the one app."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from dateline.cli.common import DEFAULT_DB, DbOption, err, fail

TOKEN_ENVVAR = "DATELINE_TOKEN"


def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="address to listen on; anything but loopback needs --token")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="port to listen on")] = 8000,
    token: Annotated[Optional[str], typer.Option(envvar=TOKEN_ENVVAR, help=f"secret that POST requests must send as 'Authorization: Bearer TOKEN' (or ${TOKEN_ENVVAR})")] = None,
    time_limit: Annotated[float, typer.Option(min=0.05, help="seconds a query may run before it is stopped")] = 2.0,
) -> None:
    """Browse a corpus: web pages and a JSON API (OpenAPI at /openapi.json), offline."""
    try:
        from dateline.serve import ServeError, run
    except ImportError as exc:
        err.print(f"dateline: error: serve needs its extra ({exc.name} is missing): pip install 'dateline[serve]'", markup=False)
        raise typer.Exit(1)
    from dateline.store import StoreError

    try:
        run(db, host=host, port=port, token=token or None, time_limit=time_limit)
    except (ServeError, StoreError, OSError) as exc:
        raise fail(exc)
    except KeyboardInterrupt:
        raise typer.Exit(130)


__all__ = ["serve"]
