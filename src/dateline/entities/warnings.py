"""Component warnings for the record: `doc._.dateline_warnings`, a list of {"code", "message"}."""

from __future__ import annotations

from spacy.tokens import Doc

# The extension `assemble.WARNINGS_EXTENSION` reads (named here: assemble imports the components'
# stage, not the other way round).
WARNINGS_EXTENSION = "dateline_warnings"


def add_warning(doc: Doc, item: dict[str, str]) -> None:
    if not Doc.has_extension(WARNINGS_EXTENSION):
        Doc.set_extension(WARNINGS_EXTENSION, default=None)
    current = doc._.get(WARNINGS_EXTENSION) or []
    doc._.set(WARNINGS_EXTENSION, current + [item])
