"""What the app keeps between requests: whole-corpus answers, until the corpus changes."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="dateline serve needs its extra: pip install 'dateline[serve]'")

from corpus_records import StoryBuilder  # noqa: E402

from dateline.serve.state import Corpus  # noqa: E402
from dateline.store import StoreWriter, corpus_stats  # noqa: E402


def story(number: int):
    built = StoryBuilder(f"kept-{number}.txt", f"2024-02-{number + 1:02d}")
    built.name("Anna Vella")
    built.add(" spoke. ")
    built.quote(f"Harbour works begin in week {number}", "Anna Vella")
    return built.record()


def test_a_whole_corpus_answer_is_kept_until_an_ingest_changes_the_corpus(tmp_path):
    path = tmp_path / "kept.db"
    with StoreWriter(path) as writer:
        writer.write_records([story(1)])
    corpus = Corpus(path, time_limit=5)
    asked = []

    def stats():
        asked.append(1)
        return corpus_stats(corpus.reader())

    first = corpus.answer("stats", stats)
    first["articles"] = 99  # a caller changing its copy changes nothing kept
    assert corpus.answer("stats", stats)["articles"] == 1 and len(asked) == 1
    with StoreWriter(path) as writer:  # another process's ingest, as far as the app can tell
        writer.write_records([story(2)])
    assert corpus.answer("stats", stats)["articles"] == 2 and len(asked) == 2
