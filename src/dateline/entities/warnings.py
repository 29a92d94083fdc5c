"""Component warnings of the entity layer: they go where every component's go
(`dateline.language.add_warnings`, `doc._.dateline_warnings`)."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.language import WARNINGS_EXTENSION, add_warnings

__all__ = ["WARNINGS_EXTENSION", "add_warning"]


def add_warning(doc: Doc, item: dict[str, str]) -> None:
    add_warnings(doc, [item])
