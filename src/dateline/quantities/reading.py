"""Reading one amount from the tokens: a currency before it, the number in digits or words, a scale
and whatever is glued to the number ("$600m", "£7.5bn", "USD115", "200lbs", "5G").

    "$600m"            $ | 600 | m        600e6 USD (an abbreviated scale after a currency)
    "HK$3bn"           one token          3e9 HKD
    "c $ 16.4 million" c | $ | 16.4 | million   16.4e6 CAD
    "nearly half a million"               5e5 (the modifier is read by the tagger)
    "200lbs", "7.62mm" a glued unit       200 lb, 7.62 mm
    "5G", "3DS"        a glued letter that is no unit: a name, not an amount

Numbers are never glued across tokens: "roughly 400 737 Max jets" reads 400 and stops at 737.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from dateline.lexicons import quantities as lex
from dateline.lexicons.times import ORDINALS
from dateline.quantities.currency import Currencies
from dateline.quantities.numbers import parse_number, scaled

# A token holding a number with a currency before it or a scale, unit or code after it:
# "HK$3bn", "USD115", "115USD", "7.5bn", "200lbs", "25C", "77F.".
_GLUED = re.compile(
    r"^(?P<prefix>[A-Za-z]{0,3}\$|[^\w\s\d.,\-−]|[A-Za-z]{3})?"
    r"(?P<number>[-−]?(?:\d[\d,]*(?:\.\d+)?|\.\d+))"
    r"(?P<suffix>[^\W\d_]+|°[CFcf]?|\")?\.?$"
)
_DIGITS = re.compile(r"^[-−]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)$")
_FRACTION_TOKEN = re.compile(r"^\d+/\d+$|^[½¼¾]$")
_ORDINAL_DIGITS = re.compile(r"^\d+(st|nd|rd|th)$", re.I)
_HYPHENS = frozenset({"-", "–"})
# "$5m" but "5 m" with a space after a bare number is metres; the ambiguous abbreviation.
AMBIGUOUS_SCALE = "m"


@dataclass
class Amount:
    start: int  # token indices, end exclusive
    end: int
    value: float | None
    currency: str | None = None
    unit: str | None = None  # a unit glued to the number ("200lbs")
    vague: bool = False
    pending_m: bool = False  # "600m" with no currency yet: millions or metres, decided by context
    name: bool = False  # "5G": a number inside a name; the tagger skips these tokens
    scale_k: bool = False  # "10k": thousands, or kilometres before "race" (the tagger decides)
    trailing_period: bool = False  # the last token is "m." or "77F.": the full stop is not the amount's


def is_number(token: Token) -> bool:
    """Whether the token is a number (digits, a number word): a question of its word alone (text,
    lower case, lexical flags), answered once per word and language (it is asked of the same
    tokens again and again while an amount is read)."""
    key = (token.lang, token.orth)
    found = _NUMBERS.get(key)
    if found is None:
        if len(_NUMBERS) > _KNOWN_WORDS_MAX:
            _NUMBERS.clear()
        found = _NUMBERS[key] = _is_number(token)
    return found


_NUMBERS: dict[tuple[int, int], bool] = {}


def _is_number(token: Token) -> bool:
    text = token.lower_
    if text in ORDINALS or _ORDINAL_DIGITS.match(text):
        return False
    if text in lex.SCALE_WORDS and not text.isalpha():
        return False
    if text in lex.NUMBER_WORDS and text not in {"a", "an"}:
        return True
    return bool(_DIGITS.match(token.text)) or (token.like_num and not token.is_alpha and "/" not in text) or _is_word_number(text)


def _is_word_number(text: str) -> bool:
    """ "twenty-five" as one token."""
    parts = text.split("-")
    return len(parts) == 2 and all(p in lex.NUMBER_WORDS for p in parts)


def glued(token: Token) -> re.Match | None:
    return _glued(token.text)


@lru_cache(maxsize=50_000)  # asked of the same tokens while an amount is read, and story to story
def _glued(text: str) -> re.Match | None:
    match = _GLUED.match(text)
    if match is None or not (match["prefix"] or match["suffix"]):
        return None
    return match


# Words that may begin an amount without a digit: "five", "half a million", "a million", "thousands of".
_WORD_STARTS = frozenset(lex.NUMBER_WORDS) | frozenset(lex.FRACTION_WORDS) | frozenset(lex.VAGUE_MAGNITUDES) | {"a", "an"}
_HAS_DIGIT = re.compile(r"\d")


def could_start(texts: list[str], i: int, currencies: Currencies) -> bool:
    """A cheap test on the token texts alone, true wherever `may_start` can be: most tokens of a story
    are words that start no amount, and building spaCy tokens for each of them cost most of this
    component's time (issue 16)."""
    return _word_could_start(texts[i], currencies) or (i + 1 < len(texts) and texts[i + 1] == "$")


def possible_starts(texts: list[str], currencies: Currencies, known: dict[str, bool]) -> list[bool]:
    """`could_start` for every token, each distinct word tested once: `known` keeps the answers
    (per word, for one `currencies`) from story to story."""
    if len(known) > _KNOWN_WORDS_MAX:
        known.clear()
    starts = list(map(known.get, texts))
    if None in starts:  # words not seen in the stories before
        for i, answer in enumerate(starts):
            if answer is None:
                starts[i] = known[texts[i]] = _word_could_start(texts[i], currencies)
    if "$" in texts:
        for i in range(len(texts) - 1):
            if texts[i + 1] == "$":  # "c $ 16.4 million"
                starts[i] = True
    return starts


# Distinct words kept by `possible_starts`: a corpus's vocabulary, bounded for a long run.
_KNOWN_WORDS_MAX = 200_000


def _word_could_start(text: str, currencies: Currencies) -> bool:
    if _HAS_DIGIT.search(text) or not text.isascii() or "-" in text:
        return True  # digits, "½", "£"; "twenty-five"
    lower = text.lower()
    return lower in _WORD_STARTS or lower in lex.CURRENCY_SYMBOLS or text in currencies.codes


def may_start(doc: Doc, i: int, currencies: Currencies) -> bool:
    token = doc[i]
    text = token.lower_
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and _currency_before(doc, i, currencies)[0] is not None:
        return True
    if text in {"a", "an"} and nxt is not None and (nxt.lower_ in lex.FRACTION_WORDS or nxt.lower_ in lex.SCALE_WORDS and nxt.is_alpha):
        return True  # "a million people", "a quarter of a million"
    if text in lex.FRACTION_WORDS and _fraction_end(doc, i) is not None:
        return True  # "half a million"
    if text in lex.VAGUE_MAGNITUDES and nxt is not None and nxt.lower_ == "of":
        return True  # "thousands of civilians"
    return is_number(token) or glued(token) is not None


def read_amount(doc: Doc, i: int, currencies: Currencies) -> Amount | None:
    """The amount starting at token i, or None."""
    start = i
    currency, i = _currency_before(doc, i, currencies)
    if i >= len(doc):
        return None
    if doc[i].lower_ in lex.VAGUE_MAGNITUDES and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        # "tens of thousands of": the whole vague phrase, no number.
        j = i + 2
        while j + 1 < len(doc) and doc[j].lower_ in lex.VAGUE_MAGNITUDES and doc[j + 1].lower_ == "of":
            j += 2
        return Amount(start, j, None, currency, vague=True)
    match = glued(doc[i])
    if match is not None:
        return _glued_amount(doc, start, i, match, currency, currencies)
    words, j = _number_words(doc, i)
    if not words:
        return None
    value = parse_number(" ".join(words).replace("- ", "-"))
    if value is None and len(words) > 1:
        value = parse_number(" ".join(w.rstrip("-") for w in words))
    if value is None:
        return None
    amount = Amount(start, j, value, currency)
    if len(words) == 1 and _DIGITS.match(doc[i].text):
        _read_glued_next(doc, amount, currencies)
        if currency and amount.end == j and j < len(doc) and doc[j].text in lex.ABBREVIATED_SCALES:
            amount.end += 1  # "$458 m": after a currency a spaced abbreviation is still the scale
            _apply_suffix(amount, doc[j].text, currencies)
    return amount


def _currency_before(doc: Doc, i: int, currencies: Currencies) -> tuple[str | None, int]:
    """(code, index after it) for a symbol or code before a number: "$", "US$", "c $", "USD"."""
    token = doc[i]
    after = i + 1
    code = currencies.symbol(token.text)
    joins = not token.is_stop or not token.whitespace_  # "c $ 16.4 million" but not "a $2bn"
    if code is None and joins and after + 1 < len(doc) and doc[after].text == "$" and currencies.symbol(token.text + "$"):
        code, after = currencies.symbol(token.text + "$"), after + 1  # "c $ 16.4 million"
    if code is None:
        code = currencies.code(token.text, before_number=True)
    if code is None or after >= len(doc):
        return None, i
    nxt = doc[after]
    if is_number(nxt) or glued(nxt) is not None and not glued(nxt)["prefix"]:
        return code, after
    if nxt.lower_ in {"a", "an"} | set(lex.FRACTION_WORDS) and may_start(doc, after, currencies):
        return code, after
    return None, i


def _number_words(doc: Doc, i: int) -> tuple[list[str], int]:
    """The words of a number from token i and where it ends. Digits start a number and are never
    followed by more digits or number words ("400 737", "five 787" are two numbers)."""
    fraction_end = _fraction_end(doc, i)
    if fraction_end is not None:
        return [t.lower_ for t in doc[i:fraction_end]], fraction_end
    words: list[str] = []
    j = i
    digits = False
    while j < len(doc):
        token = doc[j]
        text = token.lower_
        if digits:
            if _FRACTION_TOKEN.match(text) and len(words) == 1 and "/" not in words[0]:
                words.append(text if "/" in text else _VULGAR[text])  # "10 1/2 miles"
                j += 1
                continue
            if text in lex.SCALE_WORDS and text.isalpha() and text not in lex.ABBREVIATED_SCALES:
                words.append(text)  # "2.5 million"
                j += 1
                continue
            if text == "and" and j + 2 < len(doc) and [doc[j + 1].lower_, doc[j + 2].lower_] == ["a", "half"]:
                words += ["and", "a", "half"]
                j += 3
            break
        if is_number(token) and not (words and _DIGITS.match(token.text)):
            digits = bool(_DIGITS.match(token.text)) and not words
            words.append(text)
            j += 1
        elif text in {"a", "an"} and not words and j + 1 < len(doc) and doc[j + 1].lower_ in lex.SCALE_WORDS and doc[j + 1].is_alpha:
            words.append(text)
            j += 1
        elif text in lex.SCALE_WORDS and text.isalpha() and text not in lex.ABBREVIATED_SCALES and words:
            words.append(text)
            j += 1
        elif text in _HYPHENS and words and j + 1 < len(doc) and doc[j + 1].lower_ in lex.NUMBER_WORDS and not token.whitespace_ and words[-1].isalpha():
            j += 1  # "twenty-five"
            words[-1] = words[-1] + "-"
        elif text == "and" and words and j + 1 < len(doc) and doc[j + 1].lower_ in lex.NUMBER_WORDS and words[-1] in {"hundred", "thousand"}:
            words.append("and")
            j += 1
        else:
            break
    return words, j


_VULGAR = {"½": "1/2", "¼": "1/4", "¾": "3/4"}


def _fraction_end(doc: Doc, i: int) -> int | None:
    """End of "half a million", "a quarter of a million", "three quarters billion" from token i."""
    j = i
    if j < len(doc) and doc[j].lower_ in {"a", "an"}:
        j += 1
    while j < len(doc) and doc[j].lower_ in lex.NUMBER_WORDS and doc[j].lower_ not in {"a", "an"}:
        j += 1
    if j >= len(doc) or doc[j].lower_ not in lex.FRACTION_WORDS:
        return None
    j += 1
    while j < len(doc) and doc[j].lower_ in {"a", "an", "of"}:
        j += 1
    scale_start = j
    while j < len(doc) and doc[j].lower_ in lex.SCALE_WORDS and doc[j].is_alpha and doc[j].lower_ not in lex.ABBREVIATED_SCALES:
        j += 1
    return j if j > scale_start else None


def _glued_amount(doc: Doc, start: int, i: int, match: re.Match, currency: str | None, currencies: Currencies) -> Amount | None:
    if match["prefix"]:
        code = currencies.symbol(match["prefix"]) or currencies.code(match["prefix"], before_number=True)
        if code is None or currency is not None:
            return None
        currency = code
    value = parse_number(match["number"])
    if value is None:
        return None
    amount = Amount(start, i + 1, value, currency)
    amount.trailing_period = doc[i].text.endswith(".")
    if match["suffix"]:
        _apply_suffix(amount, match["suffix"], currencies)
    elif _DIGITS.match(match["number"]):
        _read_glued_next(doc, amount, currencies)
    return amount


def _read_glued_next(doc: Doc, amount: Amount, currencies: Currencies) -> None:
    """A letter token right after the number with no space: "600" "m", "5" "G", "7.62" "mm"."""
    last, nxt = doc[amount.end - 1], doc[amount.end] if amount.end < len(doc) else None
    if nxt is None or last.whitespace_:
        return
    text = nxt.text[:-1] if nxt.text.endswith(".") and len(nxt.text) > 1 else nxt.text  # "C$5m." ends a sentence
    if not text.isalpha():
        return
    amount.end += 1
    amount.trailing_period = text != nxt.text
    _apply_suffix(amount, text, currencies)


def _apply_suffix(amount: Amount, suffix: str, currencies: Currencies) -> None:
    """What a letter suffix makes of the number: a scale, a currency code, a unit, or a name."""
    lower = suffix.lower()
    if suffix == AMBIGUOUS_SCALE:
        amount.pending_m = True  # "$600m" (money) or "100m" (metres): the tagger decides
        return
    if lower in lex.ABBREVIATED_SCALES or lower in {"million", "billion", "trillion"}:
        amount.scale_k = lower == "k"
        amount.value = None if amount.value is None else scaled(amount.value, lex.SCALE_WORDS[lower])
        return
    code = currencies.code(suffix, before_number=False)
    if code is not None and amount.currency is None:
        amount.currency = code
        return
    unit = unit_symbol(suffix)
    if unit is not None:
        amount.unit = unit
        return
    amount.name = True  # "5G", "3DS", "1990s" (a decade, the times layer's)


def unit_symbol(text: str) -> str | None:
    """The canonical unit a word or symbol spells; one-letter symbols only in their own case."""
    if text in lex.CASE_SENSITIVE_UNITS:
        return lex.CASE_SENSITIVE_UNITS[text]
    if len(text) == 1:
        return None
    return lex.MEASURE_UNITS.get(text.lower())
