"""`dateline gazetteer build`."""

from __future__ import annotations

import json
import sys
import time

import typer

gazetteer_app = typer.Typer(help="The offline gazetteer.", no_args_is_help=True)


@gazetteer_app.command("build")
def gazetteer_build() -> None:
    """Build this machine's gazetteer index now (otherwise built on first use)."""
    from dateline.gazetteer import Gazetteer, default_index_path, ensure_index

    path = default_index_path()
    started = time.perf_counter()
    ensure_index(path)  # under the build lock: safe beside a running analysis
    Gazetteer(path).close()
    sys.stdout.write(json.dumps({"index": str(path), "seconds": round(time.perf_counter() - started, 1)}) + "\n")
