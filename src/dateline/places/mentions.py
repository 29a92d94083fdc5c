"""What the toponym modules share: the Toponym, and tests of a name or mention against the
gazetteer and the text (a place's own name, a mention that names a place, a division cue)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from dateline.doc import char_tokens, span_text, token_table
from dateline.gazetteer import KIND_ALIAS, KIND_ENGLISH, KIND_NAME, Gazetteer, normalize_name
from dateline.lexicons.demonyms import DEMONYMS
from dateline.lexicons.places import (
    ADMIN1_ABBREVIATIONS,
    DISEASE_NAMES,
    DISEASE_WORDS_AFTER,
    DIVISION_WORDS_AFTER,
    DIVISION_WORDS_BEFORE,
    DIVISION_WORD_JUST_BEFORE,
    PLACE_CONTEXT_AFTER,
    PLACE_CONTEXT_BEFORE,
    PLACE_PREPOSITIONS,
    BUSINESS_NOUNS,
    NOT_PLACE_WORDS_AFTER,
    NOT_PLACE_WORDS_BEFORE,
    SPORTS_PLACE_PREPOSITIONS,
    SPORTS_STORY_MIN_WORDS,
    SPORTS_STORY_WORDS,
    THE_ONLY_PLACE_NAMES,
    TOWN_FEATURES,
    TITLE_FUNCTION_WORDS,
)

# A name typed ORG/PERSON counts as a place only if its likeliest reading is a country, division,
# region, continent or a city of at least this population ("Mariupol" 230k, "Kyiv" 3M); smaller
# towns share their names with too many people and firms.
PROMOTED_CITY_MIN_POPULATION = 50_000
PROMOTED_FEATURES = frozenset({"country", "admin1", "region", "sea", "continent"})

_POSSESSIVE = re.compile(r"[’']s$")


@dataclass(eq=False)  # a toponym is itself: neighbours refer to each other
class Toponym:
    name: str  # as the story writes it (the entity's name)
    kind: str  # "toponym", "demonym" or "dateline"
    spans: list[tuple[int, int]] = field(default_factory=list)
    entity: int | None = None  # index into doc._.dateline_entities
    country: str | None = None  # a demonym's country
    qualifiers: list[str] = field(default_factory=list)  # "Texas" in "Paris, Texas"
    dateline: bool = False  # the dateline's place (also when it is an entity's mention)
    division: bool = False  # named as a division: "Washington state", "the state of Washington"
    neighbours: list[Toponym] = field(default_factory=list)  # items next to it in a list of places

    @property
    def lookup_name(self) -> str:
        return _POSSESSIVE.sub("", self.name.strip())


class _Around:
    """A mention (tokens `start` to `end`) and the words around it: strings from the Doc's token
    table, a spaCy Token built only for what strings cannot tell (a tag, a lemma, a sentence
    start), and once (issue 16: the tests below run for every mention of every place)."""

    __slots__ = ("doc", "start", "end", "texts", "lowers", "_before", "_after", "_text")

    def __init__(self, doc: Doc, start: int, end: int) -> None:
        tokens = token_table(doc)
        self.doc, self.start, self.end = doc, start, end
        self.texts, self.lowers = tokens.texts, tokens.lowers
        self._before = self._after = self._text = None

    @property
    def text(self) -> str:
        """The mention's text (`Span.text`), cut once."""
        if self._text is None:
            self._text = span_text(self.doc, self.start, self.end) if self.end > self.start else ""
        return self._text

    @property
    def before(self):
        """The Token before the mention, or None."""
        if self._before is None and self.start > 0:
            self._before = self.doc[self.start - 1]
        return self._before

    @property
    def after(self):
        """The Token after the mention, or None."""
        if self._after is None and self.end < len(self.texts):
            self._after = self.doc[self.end]
        return self._after


def place_context(doc: Doc, start: int, end: int) -> bool:
    tokens = char_tokens(doc, start, end)
    if tokens is None:
        return False
    lowers = token_table(doc).lowers
    before = lowers[tokens.start - 1] if tokens.start > 0 else ""
    after = lowers[tokens.stop] if tokens.stop < len(lowers) else ""
    return before in PLACE_CONTEXT_BEFORE or after in PLACE_CONTEXT_AFTER


def place_mentions(
    doc: Doc, name: str, spans: list[tuple[int, int]], gazetteer: Gazetteer
) -> list[tuple[int, int]]:
    """The mentions that name a place: not a disease named after one ("West Nile virus",
    "tested negative for Ebola"), not a lowercase common noun the NER typed as a place. A
    country's name keeps its mentions ("the United States flu season", "the Sudan strain")."""
    disease = bare(name).lower() in DISEASE_NAMES
    candidates = gazetteer.candidates(name)
    country = bool(candidates) and candidates[0].place.feature == "country"
    best = candidates[0].place if candidates else None
    sports = sports_story(doc)
    # Capitals that spell a place only through an English alternate or another place's name
    # ("TCI" for the Turks and Caicos Islands, "CAR") are more often a company's or a body's
    # initials ("hedge fund TCI", "TCI said"): a place only after a preposition of place, and
    # only where the story never writes them otherwise.
    # (A place's own name in capitals, "AUSTIN, Texas", is no initials.)
    initials = (
        name.isupper() and len(name) >= 2 and bool(candidates) and candidates[0].kind != KIND_ALIAS
        and normalize_name(candidates[0].place.name) != normalize_name(name)
    )
    lowers = token_table(doc).lowers
    n = len(lowers)
    kept = []
    for start, end in spans:
        tokens = char_tokens(doc, start, end)
        if tokens is None:
            continue
        span = _Around(doc, tokens.start, tokens.stop)
        if named_as_business(doc, span, best):
            return []  # one sense per story: "hedge funds TCI and Atticus" ... "TCI's request"
        if not any(word[:1].isupper() or word[:1].isdigit() for word in span.text.split()):
            continue
        after = lowers[span.end] if span.end < n else ""
        if after in DISEASE_WORDS_AFTER and not country:
            continue
        before = lowers[span.start - 1] if span.start > 0 else ""
        if initials and before not in PLACE_PREPOSITIONS:
            return []  # one sense per story: "TCI said ..." makes "opposition from TCI" the fund's
        if disease and before not in PLACE_PREPOSITIONS:
            continue
        if named_as_other(doc, span, best, sports, business_tested=True):
            continue
        kept.append((start, end))
    return kept


def named_as_other(doc: Doc, span: _Around, best, sports: bool, business_tested: bool = False) -> bool:
    """The words around a place's name say it names something else here: a commodity or a
    company ("Brent crude", "shares in Amazon", "TCI, the hedge fund", "the bank Sal
    Oppenheim"), a word of a title ("Man To Man", "the Order of the Phoenix"), the season ("in
    the Spring"), or, in sports copy, a town's club ("Newcastle beat Chelsea").
    (`business_tested`: the caller has found `named_as_business` false already.)"""
    feature = best.feature if best is not None else None
    texts, lowers = span.texts, span.lowers
    n = len(texts)
    start, end = span.start, span.end
    before = texts[start - 1] if start > 0 else None
    after = texts[end] if end < n else None
    if not business_tested and named_as_business(doc, span, best):
        return True
    text = span.text
    if text in THE_ONLY_PLACE_NAMES and (before is None or lowers[start - 1] != "the"):
        return True  # "a deal with Emirates" is the airline; the country is "the Emirates"
    # A state's abbreviation without its full stop is a word: "Man to Man" is no Manitoba. With
    # it, it is the state only as wire copy writes one, after a town and a comma ("Churchill,
    # Man."): a film's title ends a sentence too ("... and The Quiet Man.").
    abbreviation = ADMIN1_ABBREVIATIONS.get(text + ".")
    if abbreviation and best is not None and best.name == abbreviation[1] and (
        after is None or after != "." or before is None or before != ","
    ):
        return True
    if before is not None and before in TITLE_FUNCTION_WORDS and start - 1 > 0 and texts[start - 2][:1].isupper() and not span.before.is_sent_start:
        return True
    if after is not None and after in TITLE_FUNCTION_WORDS and end + 1 < n and texts[end + 1][:1].isupper():
        return True
    # Towns are not written with "the" (the gazetteer's "The Hague", "The Bronx" are): a town's
    # name headed by "the" and heading its phrase is another thing's.
    if (
        before is not None and before == "the" and feature in TOWN_FEATURES
        and not (best is not None and best.name.lower().startswith("the "))
        and (after is None or (after not in {"-", "–"} and span.after.pos_ not in {"NOUN", "PROPN"}))
    ):
        return True
    if sports and feature in TOWN_FEATURES and (before is None or lowers[start - 1] not in SPORTS_PLACE_PREPOSITIONS):
        return True
    return False


def named_as_business(doc: Doc, span: _Around, best=None) -> bool:
    """A commodity's or a company's name: "Brent crude", "shares in Amazon", "hedge funds TCI",
    "TCI, the hedge fund". ("Shares in London" are traded there: towns, states and countries
    keep their "shares in"; a country keeps its "US crude", "UK shares", "US stock": its goods and
    markets, where a town's or a field's name is the commodity's or the firm's, "Brent crude".)"""
    texts, lowers = span.texts, span.lowers
    n = len(texts)
    start, end = span.start, span.end
    country = best is not None and best.feature == "country"
    if end < n and lowers[end] in NOT_PLACE_WORDS_AFTER and not country:
        return True
    settled = best is not None and best.feature in {"city", "country", "admin1", "admin2"}
    if not settled and start >= 2 and f"{lowers[start - 2]} {lowers[start - 1]}" in NOT_PLACE_WORDS_BEFORE:
        return True
    if start > 0 and (lowers[start - 1] in BUSINESS_NOUNS or span.before.lemma_ in BUSINESS_NOUNS) and span.before.pos_ == "NOUN":
        return True
    if end < n and texts[end] == "," and end + 2 < n and lowers[end + 1] in {"the", "a", "an"}:
        for i in range(end + 2, min(end + 6, n)):
            if lowers[i] in BUSINESS_NOUNS:
                if not doc[i].is_punct:
                    return True
                break
            if not texts[i][:1].isalnum() and doc[i].is_punct:
                break
    return False


_SPORTS_KEY = ("dateline_places", "sports_story")


def sports_story(doc: Doc) -> bool:
    """A sports story: one using SPORTS_STORY_MIN_WORDS of the sports words (read once per Doc)."""
    known = doc.user_data.get(_SPORTS_KEY)
    if known is None:
        words = SPORTS_STORY_WORDS.intersection(token_table(doc).lowers)
        known = doc.user_data[_SPORTS_KEY] = len(words) >= SPORTS_STORY_MIN_WORDS
    return known


def division_cue(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """True if a mention is followed by "state", "province", "Gov.", ... or preceded by "the
    state of" or "upstate"."""
    lowers = token_table(doc).lowers
    for start, end in spans:
        tokens = char_tokens(doc, start, end)
        if tokens is None:
            continue
        after = lowers[tokens.stop] if tokens.stop < len(lowers) else ""
        before = span_text(doc, max(0, tokens.start - 2), tokens.start).lower() if tokens.start > 0 else ""
        word_before = lowers[tokens.start - 1] if tokens.start > 0 else ""
        if after in DIVISION_WORDS_AFTER or before in DIVISION_WORDS_BEFORE or word_before in DIVISION_WORD_JUST_BEFORE:
            return True
    return False


def bare(name: str) -> str:
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def promotable(gazetteer: Gazetteer, name: str) -> bool:
    candidates = gazetteer.candidates(name)
    if not candidates or candidates[0].kind > KIND_ENGLISH:
        return False
    best = candidates[0].place
    return best.feature in PROMOTED_FEATURES or (
        best.feature == "city" and best.population >= PROMOTED_CITY_MIN_POPULATION
    )


def known(gazetteer: Gazetteer, text: str, alternate_min_population: int | None = None) -> bool:
    """A place's own name, a curated alias or an English name (not a stray alternate, unless
    `alternate_min_population` admits the alternate name of a place that big)."""
    return any(
        c.kind <= KIND_ENGLISH
        or (alternate_min_population is not None and c.place.population >= alternate_min_population)
        for c in gazetteer.candidates(text)
    )


def own_name_first(gazetteer: Gazetteer, text: str) -> bool:
    candidates = gazetteer.candidates(text)
    return bool(candidates) and candidates[0].kind <= KIND_NAME


def demonym(name: str) -> str | None:
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return DEMONYMS.get(" ".join(words))


def abbreviation_after(text: str, end: int) -> str | None:
    if not text[end : end + 2].startswith(", "):
        return None
    rest = text[end + 2 : end + 12]
    for abbreviation in _ABBREVIATIONS_BY_INITIAL.get(rest[:1], ()):
        if rest.startswith(abbreviation) and not rest[len(abbreviation) : len(abbreviation) + 1].isalnum():
            return abbreviation
    return None


_ABBREVIATIONS_LONGEST_FIRST = sorted(ADMIN1_ABBREVIATIONS, key=len, reverse=True)
# The same, by first letter: only those can start the text after the comma (each call tried all
# sixty-odd before, for every name followed by a comma).
_ABBREVIATIONS_BY_INITIAL: dict[str, list[str]] = {}
for _abbreviation in _ABBREVIATIONS_LONGEST_FIRST:
    _ABBREVIATIONS_BY_INITIAL.setdefault(_abbreviation[:1], []).append(_abbreviation)
del _abbreviation
