"""`dateline_quantities`: counts, money, percentages and measures in the story.

    "More than 2 million people"  value 2e6, unit "people", counted "people", mod MORE_THAN, count
    "$10 billion", "$600m"        value 1e10 / 6e8, unit "USD", money
    "£7.5bn", "EUR 3bn"           value 7.5e9 GBP, 3e9 EUR, money (codes and names from pycountry)
    "5.2%" / "5.2 percent"        value 5.2, unit "%", percent
    "4,000 km", "243 pounds"      value 4000, unit "km", measure ("pounds" is weight in a sentence
                                  about weight, money otherwise)
    "one in 13 pupils"            value 1/13, unit "ratio", counted "pupils", ratio
    "Thousands of civilians"      value None (the text gives no number), counted "civilians"

Read from the tokens, so it works in a blank pipeline too; with a tagger the counted noun is the
first noun after the amount. Never a quantity: years ("in 2022"), dates and clock times, durations
("20 months": the times layer's, read from `doc._.dateline_times` when that ran first and from the
unit word otherwise), ordinals ("second", "3rd"), scores ("won 3-1"), identifiers ("Flight 17") and
numbers inside names ("5G", "737 Max", "MP3", "Windows 7").
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.doc import QUANTITIES, TIMES, WARNINGS, char_tokens, doc_ents, doc_text, ensure_extensions, guarded, layer, set_layer, token_table
from dateline.errors import Warnings
from dateline.lexicons import quantities as lex
from dateline.quantities.currency import Currencies
from dateline.quantities.numbers import scaled
from dateline.quantities.reading import Amount, is_number, may_start, possible_starts, read_amount, unit_symbol

QUANTITIES_EXTENSION = QUANTITIES  # the name this package has always exported

# How many modifier words ("a", "large", "Palestinian") may stand between an amount and the noun it
# counts: "20 Palestinian prisoners", "2 million displaced people".
COUNTED_REACH = 3
# A 4-digit number in this range with no unit, currency or counted noun is a year, not a count.
YEAR_LIKE = re.compile(r"^(1\d|20)\d\d$")
_NUMBER_PUNCT = frozenset({"-", "–"})
_LEADING_ZERO = re.compile(r"^0\d")
_QUANTITY_ENTS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
_POUNDS = frozenset({"pound", "pounds"})
_CLAUSE_BREAKS = frozenset({";", ":"})
# Words between the items of a list of amounts: "£20m, £38m", "$5m and 38m", "£10m to 12m".
_LIST_LINKS = frozenset({",", "and", "or", "to", "-", "–"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_CONVERSION_OPENERS = frozenset({"(", "[", ";", "/"})
# How far (tokens) after a money amount a bare "38m" in its sentence is read in its currency.
_SENTENCE_TOKENS_MAX = 25
_DETERMINERS = frozenset({"DT", "PRP$", "POS"})
# Names of things whose numbers are part of the title: "8 Mile", "Boeing 737", "World War Two".
_TITLE_ENTS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC", "LANGUAGE"})


class QuantityTagger:
    def __init__(self, currencies: Currencies):
        self.currencies = currencies
        self._possible_words: dict[str, bool] = {}  # word -> may it start an amount (possible_starts)

    @guarded(Warnings.W050)  # the article goes on without quantities, and says so
    def __call__(self, doc: Doc) -> Doc:
        set_layer(doc, QUANTITIES, self.predict(doc))
        return doc

    def predict(self, doc: Doc) -> list[dict]:
        in_times, in_names = _blocked_chars(doc)
        # spaCy rebuilds `Doc.text` from every token on each access: `doc_text` builds it once.
        text = doc_text(doc)
        tokens = token_table(doc)
        starts = possible_starts(tokens.texts, self.currencies, self._possible_words)
        found: list[dict] = []
        money: dict | None = None  # the last amount of money outside brackets: a bare "38m" may be its
        unread = 0  # the first token no amount read so far holds
        # Only the tokens `possible_starts` lets through are looked at (most tokens of a story are not).
        for i in [k for k, could in enumerate(starts) if could]:
            if i < unread:
                continue
            # Names are judged once the amount is read (a measure may stand in a misread name).
            if tokens.starts[i] in in_times or not may_start(doc, i, self.currencies):
                continue
            item, end = self._read(doc, text, i, in_times, in_names, money)
            if item is not None:
                found.append(item)
                # "77m euros (£53m; $100m), up from 38m": a conversion in brackets is not the
                # currency the sentence goes on in.
                if item["kind"] == "money" and (i == 0 or tokens.texts[i - 1] not in _CONVERSION_OPENERS):
                    money = item
            unread = max(end, i + 1)
        return found

    def _read(self, doc: Doc, text: str, i: int, in_times: set[int], in_names: set[int], previous: dict | None = None) -> tuple[dict | None, int]:
        amount = read_amount(doc, i, self.currencies)
        if amount is None:
            return None, i + 1
        if amount.name:
            return None, amount.end  # "5G": the number is part of a name
        end = amount.end
        unit, kind = (amount.unit, "measure") if amount.unit else (None, None)
        counted = None
        # What follows the amount: a currency, a percent sign, a measurement word, a time unit.
        if amount.pending_m:
            amount.currency = amount.currency or _listed_money(doc, amount, previous)
            unit, kind = self._millions_or_metres(doc, amount)
        if unit is None:
            after = self._unit_after(doc, end, amount)
            if after is not None:
                unit, kind, end = after
        if amount.currency and kind != "money":
            unit, kind, end = amount.currency, "money", amount.end  # "$639m year-earlier": the money ends
        elif amount.currency:
            unit, kind = amount.currency if unit is None else unit, "money"
        if amount.scale_k and amount.currency is None and end < len(doc) and doc[end].lower_ in lex.DISTANCE_EVENT_WORDS:
            amount.value, unit, kind = amount.value / 1e3, "km", "measure"  # "the 10K race": kilometres
        if kind == "time":
            age = _age(doc, unit, end)
            if age is None:
                return None, end  # "20 months": a duration, which the times layer reads
            unit, kind, end = age
        if kind == "measure" and unit in lex.COMPOUND_MEASURES:
            end = _compound_measure(doc, amount, unit, end)
        if unit is None:
            ratio = _ratio(doc, amount, self.currencies)
            if ratio is not None:
                amount, end = ratio
                unit, kind = "ratio", "ratio"
            noun = _counted_noun(doc, end)
            if noun is not None:
                counted = noun.lower_
                unit = unit or counted
                kind = kind or "count"
                end = noun.i + 1
        if not _plausible(doc, amount, kind, counted):
            return None, amount.end
        start = _modifier_start(doc, amount.start)
        mod = None
        if start < amount.start:
            mod = lex.AMOUNT_MODIFIERS[" ".join(t.lower_ for t in doc[start : amount.start])]
        span = doc[start:end]
        # The amount itself is in a time or a name ("Palestinian" may follow). The tagger takes
        # "EUR 3bn" for an organisation and "−3 degrees" for a person: money is kept from any name,
        # a measure from names of people, organisations and places (not from "8 Mile", a film).
        # (Tested token by token: a union of the Doc-wide sets per amount made long stories quadratic.)
        if any(_blocked(t, kind, in_times, in_names) for t in doc[start : amount.end]):
            return None, amount.end
        end_char = span.end_char - 1 if amount.trailing_period and end == amount.end else span.end_char
        item = {
            "span": [span.start_char, end_char],
            "text": text[span.start_char : end_char],
            "value": amount.value,
            "unit": unit,
            "mod": mod,
            "counted": counted,
            "kind": kind or "count",
        }
        return item, end

    def _millions_or_metres(self, doc: Doc, amount: Amount) -> tuple[str | None, str | None]:
        """ "$600m", "600m euros", "1.5m people" are millions; "the 100m hurdles", "a 10m wall" metres."""
        after = doc[amount.end] if amount.end < len(doc) else None
        money_after = self._currency_after(doc, amount.end) is not None
        counts = after is not None and after.is_lower and _plural_noun(after) and after.lower_ not in lex.DISTANCE_EVENT_WORDS
        if amount.currency or money_after or counts:
            amount.value = None if amount.value is None else scaled(amount.value, lex.SCALE_WORDS["m"])
            return None, None
        return "m", "measure"

    def _unit_after(self, doc: Doc, end: int, amount: Amount) -> tuple[str, str, int] | None:
        """(unit, kind, end) for what follows an amount, longest phrase first; "12-cent", "3-inch"
        join with a hyphen."""
        tokens = token_table(doc)
        if end + 1 < len(tokens.texts) and tokens.texts[end] in _NUMBER_PUNCT and not tokens.spaces[end - 1] and not tokens.spaces[end]:
            joined = self._unit_after(doc, end + 1, amount)
            return joined if joined is not None and joined[1] != "percent" else None
        if amount.currency is None:
            money = self._currency_after(doc, end)
            if money is not None:
                return money
        for size in (3, 2, 1):
            if end + size > len(tokens.texts):
                continue
            phrase = " ".join(tokens.lowers[end : end + size])
            if phrase in lex.PERCENT_WORDS:
                return lex.PERCENT_WORDS[phrase], "percent", end + size
            unit = unit_symbol(tokens.texts[end]) if size == 1 else lex.MEASURE_UNITS.get(phrase)
            if unit is not None:
                return unit, "measure", end + size
            if size == 1 and phrase in lex.TIME_UNIT_WORDS:
                return phrase, "time", end + 1
        return None

    def _currency_after(self, doc: Doc, end: int) -> tuple[str, str, int] | None:
        """ "20 million euros", "5m USD", "10 €", "470 pence"; "243 pounds" in a sentence about
        weight is a measure."""
        tokens = token_table(doc)
        if end >= len(tokens.texts):
            return None
        text, lower = tokens.texts[end], tokens.lowers[end]
        code = self.currencies.code(text, before_number=False)
        symbol = self.currencies.symbol(text)
        if symbol is not None and not (end + 1 < len(tokens.texts) and is_number(doc[end + 1])):
            return symbol, "money", end + 1  # "10 €"; in "1 $10 bill" the "$" is the next amount's
        if code is not None:
            return code, "money", end + 1
        words = tokens.lowers[end : end + self.currencies.longest_name]
        named = self.currencies.name(words)
        if named is not None and named[1] == 1 and doc[end].tag_ and not doc[end].tag_.startswith("NN"):
            named = None  # "Halo 2 won the award": a verb, not the Korean won
        if named is not None:
            code, size = named
            if words[size - 1] in _POUNDS and _about_weight(doc, end):
                return "lb", "measure", end + size
            return code, "money", end + size
        if lower in lex.CURRENCY_SUBUNITS and (lower != "p" or not tokens.spaces[end - 1]):
            return lex.CURRENCY_SUBUNITS[lower], "money", end + 1
        return None


def _blocked(token: Token, kind: str | None, in_times: set[int], in_names: set[int]) -> bool:
    """Whether a token of an amount of `kind` stands in a time, or in a name that keeps it."""
    if token.idx in in_times:
        return True
    if kind == "money":
        return False
    if kind in {"measure", "percent"}:
        return token.idx in in_names and token.ent_type_ in _TITLE_ENTS
    return token.idx in in_names


def _blocked_chars(doc: Doc) -> tuple[set[int], set[int]]:
    """Token starts inside times (from the times layer, or date/time entities when it did not run)
    and token starts inside other names."""
    in_times: set[int] = set()
    in_names: set[int] = set()
    times = layer(doc, TIMES)
    spans = [(tuple(t["span"]), in_times) for t in times or []]
    # Numbers inside names are not amounts: "World War Two" (EVENT), "Boeing 737" (PRODUCT). Dates
    # are the times layer's call where it ran (the NER takes "2000 troops" for a DATE).
    for entity in doc_ents(doc):
        if entity.label_ in _QUANTITY_ENTS or times is not None and entity.label_ in {"DATE", "TIME"}:
            continue
        spans.append(((entity.start_char, entity.end_char), in_times if entity.label_ in {"DATE", "TIME"} else in_names))
    starts = token_table(doc).starts
    for (start, end), into in spans:
        for i in char_tokens(doc, start, end) or ():
            into.add(starts[i])
    return in_times, in_names


def _listed_money(doc: Doc, amount: Amount, previous: dict | None) -> str | None:
    """The currency of the money amount before, when this bare "38m" continues its sentence:
    the next item of its list ("£20m, £38m", "$5m and 38m", "between £10m and 12m") or a
    comparison without a unit ("77m euros, up from 38m in 2003"; "1bn euros now, with another
    550m to follow"). Not a "38m roof": a noun after it makes it a measure."""
    if previous is None or previous.get("kind") != "money" or not previous.get("unit"):
        return None
    start = doc[amount.start]
    gap = doc.char_span(previous["span"][1], start.idx, alignment_mode="expand")
    if gap is not None and 1 <= len(gap) <= 2 and all(t.lower_ in _LIST_LINKS for t in gap):
        return previous["unit"]
    after = doc[amount.end] if amount.end < len(doc) else None
    if after is not None and (after.pos_ in {"NOUN", "PROPN"} or after.lower_ in lex.DISTANCE_EVENT_WORDS):
        return None
    between = doc.char_span(previous["span"][0], start.idx, alignment_mode="expand")
    if between is None or len(between) > _SENTENCE_TOKENS_MAX:
        return None
    # One sentence: no full stop between them, not even one glued to the amount ("£20m.").
    if any(t.text[-1:] in _SENTENCE_ENDS or (t.i > between.start and t.is_sent_start) for t in between) or start.is_sent_start:
        return None
    return previous["unit"]


def _plural_noun(token: Token) -> bool:
    if token.doc.has_annotation("TAG"):
        return token.tag_ in {"NNS", "NNPS"}
    return token.is_alpha and token.is_lower and token.lower_.endswith("s")


def _about_weight(doc: Doc, at: int) -> bool:
    """Whether the sentence around token `at` speaks of weight ("weighed 243 pounds", "lost 40 pounds")."""
    sentence = doc[at].sent if doc.has_annotation("SENT_START") else doc[max(0, at - 12) : at + 6]
    # The clause: "he weighed 180 pounds; a ticket now costs 243 pounds" speaks of both.
    start = max([t.i + 1 for t in sentence if t.i < at and t.text in _CLAUSE_BREAKS], default=sentence.start)
    end = min([t.i for t in sentence if t.i > at and t.text in _CLAUSE_BREAKS], default=sentence.end)
    clause = doc[start:end]
    words = {t.lemma_.lower() or t.lower_ for t in clause} | {t.lower_ for t in clause}
    following = doc[at + 1] if at + 1 < len(doc) else None
    return bool(words & lex.WEIGHT_CONTEXT) or following is not None and following.lower_ == "of"


def _age(doc: Doc, unit_word: str, end: int) -> tuple[str, str, int] | None:
    """ "the 76-year-old owner", "29 years old": an age (unit "years old"), not a duration."""
    at = end + 1 if end < len(doc) and doc[end].text in _NUMBER_PUNCT else end
    if at >= len(doc) or doc[at].lower_ != "old" or unit_word not in lex.AGE_UNITS:
        return None
    return lex.AGE_UNITS[unit_word], "measure", at + 1


def _compound_measure(doc: Doc, amount: Amount, unit: str, end: int) -> int:
    """ "6ft 4in", "5 feet and 2 inches": the smaller unit is added to the value; the new end."""
    subunit, per = lex.COMPOUND_MEASURES[unit]
    at = end + 1 if end < len(doc) and doc[end].lower_ == "and" else end
    if at + 1 >= len(doc) or not doc[at].text.isdigit():
        return end
    spelled = doc[at + 1].lower_
    if spelled != subunit and lex.MEASURE_UNITS.get(spelled) != subunit:
        return end
    amount.value = None if amount.value is None else amount.value + int(doc[at].text) / per
    return at + 2


def _ratio(doc: Doc, amount: Amount, currencies: Currencies) -> tuple[Amount, int] | None:
    """ "one in 13 pupils", "one out of five": the ratio 1/13 over what follows."""
    end = amount.end
    lowers = token_table(doc).lowers
    for link in lex.RATIO_LINKS:
        words = link.split()
        if lowers[end : end + len(words)] != words:
            continue
        at = end + len(words)
        if at >= len(doc) or not is_number(doc[at]):
            continue
        second = read_amount(doc, at, currencies)
        if second is None or not second.value or amount.value is None or second.currency or second.name:
            continue
        if amount.value >= second.value or second.end - second.start == 1 and YEAR_LIKE.match(doc[at].text):
            continue  # "sales to top 500,000 in 2005": an amount and a year
        return Amount(amount.start, second.end, amount.value / second.value), second.end
    return None


def _counted_noun(doc: Doc, end: int) -> Token | None:
    """The noun an amount counts: "2 million people", "20 Palestinian prisoners", "thousands of
    civilians"; None when the text does not say ("more than 1 million" alone, "5 of them")."""
    tagged = doc.has_annotation("TAG")
    steps = 0
    for j in range(end, len(doc)):
        token = doc[j]
        model_number = token.text[:1].isdigit() and token.like_num or token.text in _NUMBER_PUNCT and not token.whitespace_
        if model_number and (j == end or doc[j - 1].pos_ == "PROPN" or doc[j - 1].text in _NUMBER_PUNCT or doc[j - 1].like_num):
            continue  # a model number: "400 737 Max jets", "five 787 Dreamliners", "70 Boeing 737-800 planes"
        steps += 1
        if steps > COUNTED_REACH + 1:
            return None
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
    if before is not None and before.whitespace_ and is_number(before) and first.text[:1].isdigit():
        return False  # "400 737 Max jets", "five 787 Dreamliners": the second number names a model
    if not counted and before is not None and before.tag_ in _DETERMINERS and amount.end < len(doc) and _names_a_model(doc[amount.end]):
        return False  # "the 737 Max", "a 747 Jumbo" (but "more than 100 Hard Rock Cafes")
    if not counted and kind is None and before is not None and _names_a_model(before):
        return False  # "Halo 2 won", "Burnout 3": a title's number
    if _LEADING_ZERO.match(first.text):
        return False  # "0800 028 9276": a telephone number or a code
    if first.lower_ == "one" and len(tokens) == 1 and not counted:
        return False  # "one of them", "no one": a pronoun more than a count
    if amount.vague and not counted:
        return False
    return True


def _names_a_model(token: Token) -> bool:
    """A singular proper noun right after a bare number ("737 Max") or right before it ("Halo 2")
    names the thing, it is not counted by it; a sentence's first word is capitalised anyway."""
    return token.tag_ == "NNP" and token.is_title and not token.is_sent_start and token.ent_type_ not in {"NORP", "GPE"}


def _modifier_start(doc: Doc, start: int) -> int:
    """Where an amount modifier before the amount begins ("More than", "up to", "nearly")."""
    lowers = token_table(doc).lowers
    for size in (3, 2, 1):
        if start - size < 0:
            continue
        phrase = " ".join(lowers[start - size : start])
        if phrase in lex.AMOUNT_MODIFIERS:
            return start - size
    return start


@Language.factory(
    "dateline_quantities",
    assigns=[f"doc._.{QUANTITIES}", f"doc._.{WARNINGS}"],
    # Numbers inside times ("in 2022", "20 months") are the times layer's; read when it ran first.
    requires=[f"doc._.{TIMES}"],
    default_config={},
)
def make_quantity_tagger(nlp: Language, name: str) -> QuantityTagger:
    ensure_extensions(QUANTITIES, WARNINGS)
    return QuantityTagger(Currencies.build())
