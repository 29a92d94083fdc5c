"""What kind of thing a name is, read from the name itself and the word before it, where the
statistical NER reads a well-known kind of name wrongly (issue 17, the BBC corpus):

    - a prize is a WORK_OF_ART, not a person or an organisation: "Oscar-winning", "the Baftas";
    - a competition is an EVENT, whatever label each mention got: "Davis Cup", "Australian Open";
    - a place's name right after a title or honorific is a person's: "President Bush" (Bush is
      also a town in Egypt), "Mr Jordan";
    - a place's name right after a given name is a surname: "Thomas Ades" (not Odesa),
      "Paris Hilton";
    - an airport's name typed PERSON is a facility: "link Heathrow to Canary Wharf".

Each rule reads only the name's tokens and the one before it; the gazetteer answers are cached
by `entities.places.GazetteerPlaces`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.doc import span_text, token_table
from dateline.lexicons.ner import AIRPORT_FEATURES, AWARD_NAMES, EVENT_LAST_WORDS
from dateline.lexicons.names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from dateline.lexicons.titles import HONORIFICS, TITLE_HEADS

Ent = tuple[int, int, str]

# Labels a competition's name is corrected from; NORP and LANGUAGE names never end in "Cup".
_EVENT_FROM = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "LAW"})
# Place labels a title or a given name before the name turns into a person's.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Place kinds a given name may itself be ("Georgia", "Victoria"): then "Georgia Tbilisi" is no
# person; a given name that is a town's too ("Florence") still makes a surname of the next word.
_BIG_PLACE_KINDS = frozenset({"country", "admin1", "region"})
_HONORIFIC_WORDS = frozenset(h.rstrip(".").lower() for h in HONORIFICS)


def kind_from_name(doc: Doc, ent: Ent, places, name: str | None = None) -> Ent | None:
    """The corrected entity, or None when the name says nothing about its kind (`name`: the
    entity's text, when the caller has it)."""
    start, end, label = ent
    # Read on the token strings: this runs for every entity of every story (issue 16).
    if name is None:
        name = span_text(doc, start, end)
    lower = " ".join(name.lower().split())
    if lower in AWARD_NAMES:
        return None if label == "WORK_OF_ART" else (start, end, "WORK_OF_ART")
    if label in _EVENT_FROM and end - start >= 2 and _last_words(token_table(doc).lowers[start:end]) & EVENT_LAST_WORDS:
        return (start, end, "EVENT")
    if label in _PLACE_LABELS and end - start == 1 and start > 0:
        tokens = token_table(doc)
        if titled_word(tokens.texts[start - 1], tokens.lowers[start - 1]):
            return (start, end, "PERSON")  # "President Bush", "Mr Jordan"
        if after_given_name(doc, start, places):
            return (start - 1, end, "PERSON")  # "Thomas Ades", "Paris Hilton"
    if label == "PERSON" and end - start == 1 and _feature(places, name) in AIRPORT_FEATURES:
        return (start, end, "FAC")
    return None


def after_given_name(doc: Doc, start: int, places) -> bool:
    """The word at `start` follows a capitalised given name: a surname ("Thomas Ades")."""
    if start <= 0:
        return False
    lower = token_table(doc).lowers[start - 1]  # most words are no given name: no Token for them
    if lower not in MALE_GIVEN_NAMES and lower not in FEMALE_GIVEN_NAMES:
        return False
    return _given_name_before(doc[start - 1], places)


def titled(token) -> bool:
    """A capitalised title or honorific ("President", "Mr", "Senator") heading a name."""
    return _title_word(token)


def _title_word(token) -> bool:
    return titled_word(token.text, token.lower_)


def titled_word(text: str, lower: str) -> bool:
    """`titled` on a word's text and lower case (no Token built)."""
    if not text[:1].isupper():
        return False
    word = lower.rstrip(".")
    return word in _HONORIFIC_WORDS or word in TITLE_HEADS


def _given_name_before(token, places) -> bool:
    if not token.is_title or token.ent_iob_ != "O" or token.is_sent_start:
        return False
    if token.lower_ not in MALE_GIVEN_NAMES and token.lower_ not in FEMALE_GIVEN_NAMES:
        return False
    return places.place_kind(token.text) not in _BIG_PLACE_KINDS


def _last_words(words: list[str]) -> set[str]:
    """The last word and the last two words of a name (lower case)."""
    return {words[-1], " ".join(words[-2:])}


def _feature(places, name: str) -> str | None:
    feature = getattr(places, "feature", None)
    return feature(name) if feature is not None else None
