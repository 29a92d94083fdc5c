"""What people type into a search box, as an FTS5 query that means the same words.

`US-China`, `e-mail`, `Blair's`, `AT&T`, `9/11`, `100%` and `-blair` are words to a person but
FTS5 syntax to SQLite ("no such column: China", a NOT, a parse error). Plain mode reads a query as
words and "quoted phrases": each whitespace-separated word becomes a phrase of the tokens SQLite's
unicode61 tokenizer would make of it (`US-China` -> "US China", matching the text "US-China"), so
every word must appear and punctuation never reaches the parser. FTS5 syntax (OR, NOT, NEAR,
prefix*, column filters) is for those who ask for it (`--fts`, the API's `fts=true`).
"""

from __future__ import annotations

import re

# unicode61 keeps letters, digits (and, with remove_diacritics, their marks) in tokens; every
# other character separates them.
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_PHRASE_OR_WORD = re.compile(r'"([^"]*)"?|(\S+)')


def plain_query(text: str) -> str:
    """An FTS5 query matching all the words and "phrases" of `text` as written; '' if it has none."""
    phrases = []
    for phrase, word in _PHRASE_OR_WORD.findall(text or ""):
        tokens = _TOKEN.findall(phrase if phrase else word)
        if tokens:
            phrases.append('"' + " ".join(tokens) + '"')
    return " ".join(phrases)
