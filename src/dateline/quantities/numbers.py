"""Numbers written in digits or words, as floats: "2 million" 2e6, "twenty-five" 25, "1,200.5",
"5 1/2" 5.5, "a dozen" 12. The reader of the number words in `lexicons.quantities` (the words are
data there; the reading is code here). The times layer reads "nearly 20 months" with it too: times
may import quantities (tests/test_architecture.py)."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from dateline.lexicons.quantities import ABBREVIATED_SCALES, FRACTION_WORDS, NUMBER_WORDS, SCALE_WORDS

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\.\d+$")
_FRACTION = re.compile(r"^(?:(\d+)\s+)?(\d+)/(\d+)$")
_MINUS = frozenset({"-", "−"})
_TENS_UNITS = re.compile(r"^([a-z]+)[- ]([a-z]+)$")


# A story and the next repeat their numbers ("2005", "£1m", "two"): each phrase is read once.
@lru_cache(maxsize=50_000)
def parse_number(text: str) -> float | None:
    """The value of a number phrase, or None if it is not one."""
    words = text.strip().lower().replace("\u2009", " ").split()
    if not words:
        return None
    if words[0][:1] in _MINUS and len(words[0]) > 1 and words[0][1:2].isdigit():
        # "-5 degrees": a sign glued to the digits
        value = parse_number(" ".join([words[0][1:]] + words[1:]))
        return None if value is None else -value
    fraction = _fraction_of_scale(words)
    if fraction is not None:
        return fraction
    half = False
    if words[-3:] == ["and", "a", "half"]:
        half, words = True, words[:-3]
    if words and words[-1] in {"half", "½"} and len(words) >= 2 and words[-2] in {"a", "and"}:
        half, words = True, words[:-2]
    total = _parse_words(words)
    if total is None:
        return None
    return total + 0.5 if half else total


def _fraction_of_scale(words: list[str]) -> float | None:
    """ "half a million" 5e5, "a quarter of a million" 2.5e5, "three quarters billion" 7.5e8."""
    at = next((i for i, w in enumerate(words) if w in FRACTION_WORDS), None)
    if at is None:
        return None
    before, after = words[:at], words[at + 1 :]
    while after and after[0] in {"a", "an", "of"}:
        after = after[1:]
    if not after or not all(w in SCALE_WORDS and w not in ABBREVIATED_SCALES for w in after):
        return None
    count = 1.0 if before in ([], ["a"], ["an"]) else _parse_words(before)
    if count is None:
        return None
    value = count * FRACTION_WORDS[words[at]]
    for word in after:
        value = scaled(value, SCALE_WORDS[word])
    return value


def _parse_words(words: list[str]) -> float | None:
    if not words:
        return None
    # Scales multiply what precedes them: "2.5 million", "two hundred thousand".
    scale = 1.0
    whole = words
    while len(words) > 1 and words[-1] in SCALE_WORDS and words[-1] not in ABBREVIATED_SCALES:
        scale *= SCALE_WORDS[words[-1]]
        words = words[:-1]
    if any(w in SCALE_WORDS for w in words):
        # "three thousand five hundred": the last scale applies to "five" only.
        return _parse_compound(whole)
    if len(words) == 1 and words[0] in SCALE_WORDS and words[0] not in ABBREVIATED_SCALES and scale == 1.0:
        return SCALE_WORDS[words[0]]  # "hundreds" is handled by callers as vague; "million" alone is 1e6
    base = _parse_simple(" ".join(words))
    if base is None and len(words) > 1:
        # "two hundred", "one hundred and five", "three thousand five hundred"
        base = _parse_compound(words)
    return None if base is None else scaled(base, scale)


def _parse_simple(phrase: str) -> float | None:
    if _DIGITS.match(phrase):
        return float(phrase.replace(",", ""))
    fraction = _FRACTION.match(phrase)
    if fraction:
        whole, num, den = fraction.groups()
        if int(den) == 0:
            return None
        return (int(whole) if whole else 0) + int(num) / int(den)
    if phrase in NUMBER_WORDS:
        return float(NUMBER_WORDS[phrase])
    pair = _TENS_UNITS.match(phrase)
    if pair and pair.group(1) in NUMBER_WORDS and pair.group(2) in NUMBER_WORDS:
        tens, units = NUMBER_WORDS[pair.group(1)], NUMBER_WORDS[pair.group(2)]
        if tens % 10 == 0 and 20 <= tens <= 90 and 1 <= units <= 9:
            return float(tens + units)
    return None


def _parse_compound(words: list[str]) -> float | None:
    """ "three thousand five hundred", "fifty two". Two numbers side by side are not one number
    ("roughly 400 737 Max jets" is 400 jets of the 737 Max, not 1,137): a number adds to the one
    before it only in a tens-units pair or after a hundred ("two hundred five")."""
    total, current = 0.0, 0.0
    seen = False
    for word in words:
        if word == "and":
            continue
        if word in SCALE_WORDS and word not in ABBREVIATED_SCALES:
            if not seen:
                current = 1.0
            if SCALE_WORDS[word] == 100:
                current *= 100
            else:
                total += current * SCALE_WORDS[word]
                current = 0.0
            seen = True
            continue
        value = _parse_simple(word)
        if value is None or not _adds_to(current, value):
            return None
        current += value
        seen = True
    return total + current if seen else None


def _adds_to(current: float, value: float) -> bool:
    if current == 0:
        return True
    if current % 100 == 0:
        return value < 100
    return 20 <= current < 100 and current % 10 == 0 and 1 <= value <= 9


def scaled(value: float, scale: float) -> float:
    """`value * scale` in decimal: "16.4 million" is 16400000, not 16399999.999999998."""
    return float(Decimal(repr(value)) * Decimal(repr(scale)))
