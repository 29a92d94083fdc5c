"""The BBC folder (issue 14): every story's record has a `title` equal to its first line, with a
span on it, and no BBC story gets a dateline (the BBC has none). Metadata layer only (no spaCy),
so the 2,225 stories take seconds."""

from __future__ import annotations

from conftest import shared_path
from dateline.context import RawArticle
from dateline.metadata import locate_layout
from dateline.reading import read_inputs


def test_every_bbc_story_has_its_first_line_as_title():
    folder = shared_path("corpus", "bbc")
    paths = sorted(str(p) for p in folder.glob("*/*.txt"))
    assert len(paths) > 2000
    wrong = []
    for raw in read_inputs(paths):
        assert isinstance(raw, RawArticle), raw
        layout, _ = locate_layout(raw)
        first = raw.text.split("\n", 1)[0].strip()
        if layout.title != first or raw.text[slice(*layout.title_span)] != first or layout.dateline is not None:
            wrong.append(f"{raw.source.path}: {first!r} -> {layout.title!r}, dateline {layout.dateline}")
    assert wrong == []
