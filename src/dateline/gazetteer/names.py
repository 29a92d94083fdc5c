"""Name keys: one spelling-insensitive form for a place name, used on both sides of a lookup.

"São Paulo", "Sao Paulo" and "SAO PAULO" share a key; so do "St. Louis" and "Saint Louis",
"Kyiv's" stays "kyiv s" (the caller strips possessives). Only names whose key is Latin-script are
indexed: GeoNames' alternates in other scripts are of no use for matching English copy.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters NFKD does not decompose into a base letter plus a mark.
_LETTER_FOLDS = str.maketrans(
    {"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i", "ß": "ss", "æ": "ae",
     "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d", "ħ": "h", "ŀ": "l"}
)
# Apostrophes vanish ("Cote d'Ivoire" -> "cote divoire" on both sides); other punctuation splits.
_APOSTROPHES = re.compile(r"[’'`‘ʼʻ]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
# Abbreviations spelled both ways in place names: "St Petersburg" / "Saint Petersburg",
# "PLYMOUTH CO." / "Plymouth County", "Co. Durham" / "County Durham".
_TOKEN_FOLDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "co": "county"}


# A story asks for the same few names many times (every mention, every candidate window), and
# building the gazetteer reads each of millions of names once: a bounded cache serves both.
@functools.lru_cache(maxsize=1 << 16)
def normalize_name(name: str) -> str:
    """The lookup key of a name: case, diacritics, punctuation and a leading "the" removed."""
    text = unicodedata.normalize("NFKD", name.translate(_LETTER_FOLDS))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _APOSTROPHES.sub("", text)
    tokens = _NON_WORD.sub(" ", text).split()
    if tokens and tokens[0] == "the" and len(tokens) > 1:
        tokens = tokens[1:]
    return " ".join(_TOKEN_FOLDS.get(token, token) for token in tokens)


def is_latin_key(name: str) -> bool:
    """True if the name's key keeps its letters (a Latin-script name), so it is worth indexing."""
    text = unicodedata.normalize("NFKD", name.translate(_LETTER_FOLDS))
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isascii() for ch in letters)
