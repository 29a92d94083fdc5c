"""The command line: one thin module per group of commands (analyze, ingest, questions, serve,
eval, gazetteer). Each command parses arguments, builds options, calls one library function and prints;
no analysis or query logic lives here. A new command goes in the module of its group (or a new
module) and is registered below."""

from __future__ import annotations

import typer

from dateline.cli import analyze as _analyze
from dateline.cli import events as _events
from dateline.cli import ingest as _ingest
from dateline.cli import questions as _questions
from dateline.cli import serve as _serve
from dateline.cli.evaluate import eval_app
from dateline.cli.gazetteer import gazetteer_app

app = typer.Typer(
    help="dateline: news articles in, provenance-linked records out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

app.command()(_analyze.analyze)
app.command()(_analyze.schema)
app.command()(_ingest.ingest)
app.command()(_ingest.batch)
for _command in (_questions.quotes, _questions.entity, _questions.places,
                 _questions.timeline, _questions.stats, _questions.errors, _questions.export):
    app.command()(_command)
# `dateline search -blair`: a word with a leading dash is a search word, not an unknown option.
app.command(context_settings={"ignore_unknown_options": True})(_questions.search)
app.command()(_serve.serve)
app.command()(_events.events)
app.add_typer(eval_app, name="eval")
app.add_typer(gazetteer_app, name="gazetteer")


def main() -> None:
    app()
