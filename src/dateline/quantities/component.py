"""`dateline_quantities`: counts, money, percentages and measures in the story.

    "More than 2 million people"  value 2e6, unit "people", counted "people", mod MORE_THAN, count
    "$10 billion"                 value 1e10, unit "USD", money
    "5.2%" / "5.2 percent"        value 5.2, unit "%", percent
    "4,000 km"                    value 4000, unit "km", measure
    "Thousands of civilians"      value None (the text gives no number), counted "civilians"

Read from the tokens, so it works in a blank pipeline too; with a tagger the counted noun is the
first noun after the amount. Never a quantity: years ("in 2022"), dates and clock times, durations
("20 months": the times layer's, read from `doc._.dateline_times` when that ran first and from the
unit word otherwise), ordinals ("second", "3rd"), scores ("won 3-1") and identifiers ("Flight 17").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.language import ensure_doc_extension
from dateline.lexicons import quantities as lex
from dateline.lexicons.times import ORDINALS
from dateline.quantities.numbers import parse_number

QUANTITIES_EXTENSION = "dateline_quantities"
TIMES_EXTENSION = "dateline_times"

# How many modifier words ("a", "large", "Palestinian") may stand between an amount and the noun it
# counts: "20 Palestinian prisoners", "2 million displaced people".
COUNTED_REACH = 3
# A 4-digit number in this range with no unit, currency or counted noun is a year, not a count.
YEAR_LIKE = re.compile(r"^(1\d|20)\d\d$")
_ORDINAL_DIGITS = re.compile(r"^\d+(st|nd|rd|th)$", re.I)
_NUMBER_PUNCT = frozenset({"-", "–"})
_QUANTITY_ENTS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
# "$5m", "EUR 3bn": abbreviated scales only after a currency ("100 m" is metres).
_ABBREVIATED_SCALES = frozenset({"m", "k", "bn", "mln", "bln", "tn", "trn"})


@dataclass
class Amount:
    start: int  # token indices, end exclusive
    end: int
    value: float | None
    currency: str | None = None
    vague: bool = False


class QuantityTagger:
    def __call__(self, doc: Doc) -> Doc:
        doc._.set(QUANTITIES_EXTENSION, self.predict(doc))
        return doc

    def predict(self, doc: Doc) -> list[dict]:
        blocked = _blocked_chars(doc)
        found: list[dict] = []
        i = 0
        while i < len(doc):
            token = doc[i]
            if token.idx in blocked or not _may_start(doc, i):
                i += 1
                continue
            item, end = self._read(doc, i, blocked)
            if item is None:
                i += 1
                continue
            found.append(item)
            i = end
        return found

    def _read(self, doc: Doc, i: int, blocked: set[int]) -> tuple[dict | None, int]:
        amount = _amount(doc, i)
        if amount is None:
            return None, i + 1
        end = amount.end
        unit = kind = counted = None
        # What follows the amount: a percent sign, a currency or measurement word, a time unit.
        after = _unit_after(doc, end)
        if after is not None:
            unit, kind, end = after
        if amount.currency:
            unit, kind = amount.currency if unit is None or kind != "money" else unit, "money"
        if kind == "time":
            return None, end  # "20 months": a duration, which the times layer reads
        if unit is None:
            noun = _counted_noun(doc, end)
            if noun is not None:
                counted, kind = noun.lower_, "count"
                unit = counted
                end = noun.i + 1
        if not _plausible(doc, amount, kind, counted):
            return None, amount.end
        start = _modifier_start(doc, amount.start)
        mod = None
        if start < amount.start:
            mod = lex.AMOUNT_MODIFIERS[" ".join(t.lower_ for t in doc[start : amount.start])]
        span = doc[start:end]
        if any(t.idx in blocked for t in doc[start : amount.end]):
            return None, amount.end  # the amount itself is in a time or a name ("Palestinian" may follow)
        item = {
            "span": [span.start_char, span.end_char],
            "text": span.text,
            "value": amount.value,
            "unit": unit,
            "mod": mod,
            "counted": counted,
            "kind": kind or "count",
        }
        return item, end


def _blocked_chars(doc: Doc) -> set[int]:
    """Token starts inside times (from the times layer) and date/time/ordinal entities."""
    blocked: set[int] = set()
    times = doc._.get(TIMES_EXTENSION) if doc.has_extension(TIMES_EXTENSION) else None
    spans = [tuple(t["span"]) for t in times or []]
    # Numbers inside names are not amounts: "World War Two" (EVENT), "Boeing 737" (PRODUCT). Dates
    # are the times layer's call where it ran (the NER takes "2000 troops" for a DATE).
    skip = _QUANTITY_ENTS | ({"DATE", "TIME"} if times is not None else set())
    spans += [(e.start_char, e.end_char) for e in doc.ents if e.label_ not in skip]
    for start, end in spans:
        for token in doc.char_span(start, end, alignment_mode="expand") or []:
            blocked.add(token.idx)
    return blocked


def _is_number(token: Token) -> bool:
    text = token.lower_
    if text in ORDINALS or _ORDINAL_DIGITS.match(text):
        return False
    if text in lex.SCALE_WORDS and not text.isalpha():
        return False
    return bool(token.like_num) or text in lex.NUMBER_WORDS and text not in {"a", "an"}


def _may_start(doc: Doc, i: int) -> bool:
    token = doc[i]
    text = token.lower_
    if text in lex.CURRENCY_SIGNS and i + 1 < len(doc) and _is_number(doc[i + 1]):
        return True
    if text in {"a", "an"} and i + 1 < len(doc) and doc[i + 1].lower_ in lex.SCALE_WORDS and doc[i + 1].is_alpha:
        return True  # "a million people"
    if text in lex.VAGUE_MAGNITUDES and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        return True  # "thousands of civilians"
    return _is_number(token)


def _amount(doc: Doc, i: int) -> Amount | None:
    """The amount starting at token i: currency sign, number words and digits, scale words."""
    currency = None
    start = i
    if doc[i].lower_ in lex.CURRENCY_SIGNS and not doc[i].like_num:
        currency = lex.CURRENCY_SIGNS[doc[i].lower_]
        i += 1
    if doc[i].lower_ in lex.VAGUE_MAGNITUDES and doc[i].i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        # "tens of thousands of": the whole vague phrase, no number.
        j = i + 2
        while j + 1 < len(doc) and doc[j].lower_ in lex.VAGUE_MAGNITUDES and doc[j + 1].lower_ == "of":
            j += 2
        return Amount(start, j, None, currency, vague=True)
    j = i
    words: list[str] = []
    while j < len(doc):
        token = doc[j]
        text = token.lower_
        if _is_number(token) or (text in {"a", "an"} and not words and j + 1 < len(doc) and doc[j + 1].lower_ in lex.SCALE_WORDS):
            words.append(text)
            j += 1
        elif text in lex.SCALE_WORDS and words and (text not in _ABBREVIATED_SCALES or currency):
            words.append(text)
            j += 1
        elif text in _NUMBER_PUNCT and words and j + 1 < len(doc) and doc[j + 1].lower_ in lex.NUMBER_WORDS and not token.whitespace_ and words[-1].isalpha():
            j += 1  # "twenty-five"
            words[-1] = words[-1] + "-"
        elif text == "and" and words and j + 1 < len(doc) and doc[j + 1].lower_ in lex.NUMBER_WORDS and words[-1] in {"hundred", "thousand"}:
            words.append("and")
            j += 1
        else:
            break
    if not words:
        return None
    phrase = " ".join(words).replace("- ", "-")
    value = parse_number(phrase)
    if value is None and len(words) > 1:
        value = parse_number(" ".join(w.rstrip("-") for w in words))
    if value is None:
        return None
    return Amount(start, j, value, currency)


def _unit_after(doc: Doc, end: int) -> tuple[str, str, int] | None:
    """(unit, kind, end) for what follows an amount, longest phrase first."""
    for size in (3, 2, 1):
        if end + size > len(doc):
            continue
        phrase = " ".join(t.lower_ for t in doc[end : end + size])
        if phrase in lex.PERCENT_WORDS:
            return lex.PERCENT_WORDS[phrase], "percent", end + size
        if phrase in lex.CURRENCY_WORDS:
            return lex.CURRENCY_WORDS[phrase], "money", end + size
        if phrase in lex.MEASURE_UNITS:
            return lex.MEASURE_UNITS[phrase], "measure", end + size
        if size == 1 and phrase in lex.TIME_UNIT_WORDS:
            return phrase, "time", end + 1
    return None


def _counted_noun(doc: Doc, end: int) -> Token | None:
    """The noun an amount counts: "2 million people", "20 Palestinian prisoners", "thousands of
    civilians"; None when the text does not say ("more than 1 million" alone, "5 of them")."""
    tagged = doc.has_annotation("TAG")
    for j in range(end, min(len(doc), end + COUNTED_REACH + 1)):
        token = doc[j]
        if token.lower_ in lex.NOT_COUNTED or token.is_punct or token.is_space or token.like_num:
            return None
        if tagged:
            if token.tag_ in {"NNS", "NN"}:
                return token
            if token.pos_ in {"ADJ", "PROPN", "VERB"} and token.tag_ not in {"NNPS"}:
                if token.pos_ == "VERB" and token.tag_ not in {"VBN", "VBG"}:
                    return None
                continue
            if token.tag_ == "NNPS":
                return token
            return None
        # No tagger: the next plain lower-case word that is not a function word.
        if token.is_alpha and token.is_lower and not token.is_stop:
            return token
        if not token.is_alpha or token.is_stop:
            return None
    return None


def _plausible(doc: Doc, amount: Amount, kind: str | None, counted: str | None) -> bool:
    tokens = doc[amount.start : amount.end]
    first = tokens[0]
    before = doc[amount.start - 1] if amount.start > 0 else None
    if amount.currency or kind in {"money", "percent", "measure"}:
        return True
    if before is not None and before.lower_ in lex.IDENTIFIER_BEFORE:
        return False  # "Flight 17", "Resolution 242"
    if len(tokens) == 1 and YEAR_LIKE.match(first.text) and not counted:
        return False  # "in 2022": a year (the times layer's)
    if before is not None and before.text in _NUMBER_PUNCT and amount.start > 1 and doc[amount.start - 2].like_num:
        return False  # the second half of a score or range "3-1"
    if amount.end < len(doc) and doc[amount.end].text in _NUMBER_PUNCT and amount.end + 1 < len(doc) and doc[amount.end + 1].like_num and not doc[amount.end].whitespace_:
        return False  # "won 3-1"
    if first.lower_ == "one" and len(tokens) == 1 and not counted:
        return False  # "one of them", "no one": a pronoun more than a count
    if amount.vague and not counted:
        return False
    return True


def _modifier_start(doc: Doc, start: int) -> int:
    """Where an amount modifier before the amount begins ("More than", "up to", "nearly")."""
    for size in (3, 2, 1):
        if start - size < 0:
            continue
        phrase = " ".join(t.lower_ for t in doc[start - size : start])
        if phrase in lex.AMOUNT_MODIFIERS:
            return start - size
    return start


@Language.factory(
    "dateline_quantities",
    assigns=[f"doc._.{QUANTITIES_EXTENSION}"],
    requires=[],
    default_config={},
)
def make_quantity_tagger(nlp: Language, name: str) -> QuantityTagger:
    ensure_doc_extension(QUANTITIES_EXTENSION)
    return QuantityTagger()
