"""`dateline_ner_corrections`: the statistical NER corrected where news makes it wrong.

Runs right after `ner` and rewrites `doc.ents`, so every later component (and anyone reading
`doc.ents`) sees the corrected entities.

    1. trim      names without the article, the possessive, an honorific or a score after them:
                 "the United States" -> "United States", "Mr Putin" -> "Putin",
                 "G. Kersey 63" -> "G. Kersey"
    2. retype    well-known organisations are ORG (Hamas, Hezbollah); demonyms are NORP
                 ("Ukrainian" read as GPE); gazetteer places are GPE ("Kyiv" read as PERSON,
                 "Mariupol" read as ORG) unless the story uses the word as a person's name
    3. one label per name in a story: a surname of a person named in full is that person
                 ("Lebed" after "Alexander Lebed"); a name labelled two ways takes its majority
    4. restore   what the NER missed: later bare mentions of names it found once ("Lebed",
                 "Ruch"), well-known organisations, demonyms and gazetteer places in capitals
                 (headlines and datelines the small model reads poorly)

Each step is a function over (start token, end token, label) triples; the component only
applies them in order. Steps 3 and the restoring of repeated names read the story's names as a
whole and live in repeated_names.py; the token strings all steps read are words.py's.
"""

from __future__ import annotations

import numpy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.language import Language
from spacy.tokens import Doc, Span

from dateline.doc import WARNINGS, doc_ents, ensure_extensions, guarded, span_text, token_table
from dateline.entities.name_kinds import after_given_name, kind_from_name, titled, titled_word
from dateline.entities.places import GazetteerPlaces, NoPlaces, PlaceNames
from dateline.entities.repeated_names import person_name_words, taken_tokens, one_label_per_name, restore_repeated_names
from dateline.entities.words import NAME_LABELS, Ent, Words
from dateline.errors import Warnings
from dateline.language import gazetteer_for
from dateline.lexicons.demonyms import DEMONYMS
from dateline.lexicons.ner import (
    FACILITY_NAME_WORDS,
    INITIALS_RE,
    LOCATIVE_PREPOSITIONS,
    ORGANISATION_LAST_WORDS,
    ORGANISATION_NAME_WORDS,
    PARTY_NAME_WORDS,
    PLACE_NOUNS,
    SCORE_RE,
    THE_NAMES,
)
from dateline.lexicons.names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from dateline.lexicons.organisations import WELL_KNOWN_ORGANISATIONS
from dateline.lexicons.titles import HONORIFICS, TITLE_HEADS

# Labels trimmed of trailing scores; PRODUCT, EVENT and LAW names do end in numbers ("Windows 95").
SCORE_TRIMMED = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC"})
# Short spellings in the organisation list match only in capitals ("UN", not "un").
SHORT_NAME_MAX = 4
# NER labels a gazetteer place may overturn, and the ones it may not (a DATE is no place).
# EVENT and the like keep their label: "Wimbledon" the tournament is named after the place.
PLACE_OVERTURNS = frozenset({"PERSON", "ORG", "NORP"})
# A city overturns the NER's label only if it is at least this big: the sample's Bakhmut has
# about 80,000 people, and GeoNames' villages are named like surnames ("Bailey", 8,000; "Wang").
PLACE_OVERTURN_MIN_POPULATION = 50_000
# A city the NER missed altogether is restored only if it is bigger still (a missed capitalised
# word is more often a name the model did not know than a place).
PLACE_RESTORE_MIN_POPULATION = 100_000
# Place kinds that always qualify, whatever their population.
MAJOR_PLACE_KINDS = frozenset({"country", "admin1", "region"})
# In all-capital text (headlines, results tables) only countries and regions are restored: US
# states and cities in capitals head sports standings as teams.
CAPITALS_PLACE_KINDS = frozenset({"country", "region"})


# Honorifics without their full stop ("Mr", "Dr"), for the word before a name.
_HONORIFIC_WORDS = frozenset(h.rstrip(".") for h in HONORIFICS)
# Known-name windows remembered per process (cleared when full): what the organisation list,
# the demonyms and the gazetteer say of a capitalised window's text.
WINDOW_CACHE_SIZE = 50_000


# Lower-case words inside a capitalised window ("Bank of England", "Trinidad and Tobago").
_WINDOW_JOINERS = frozenset({"of", "for", "and"})


class NerCorrector:
    def __init__(
        self,
        places: PlaceNames | None = None,
        organisations: frozenset[str] = WELL_KNOWN_ORGANISATIONS,
        demonyms: frozenset[str] | None = None,
    ) -> None:
        self.places = places if places is not None else NoPlaces()
        self.organisations = organisations
        self.demonyms = demonyms if demonyms is not None else default_demonyms()
        self._windows: dict[str, tuple[bool, bool, bool]] = {}

    @guarded(Warnings.W040)  # the model's own entities stand; the article goes on
    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.predict(doc))
        return doc

    def predict(self, doc: Doc) -> list[Ent]:
        words = Words(doc)
        ents = [trim(doc, e.start, e.end, e.label_, words) for e in doc_ents(doc)]
        ents = [e for e in ents if e is not None]
        person_words = person_name_words(doc)  # once per story: retype asks for every PERSON
        ents = [self.retype(doc, e, person_words, words) for e in ents]
        ents = [part for e in ents for part in self.split_town_and_county(doc, e)]
        ents = one_label_per_name(doc, ents, words)
        ents = ents + restore_repeated_names(doc, ents, words)
        ents = ents + self.restore_known_names(doc, ents, words)
        return ents

    def set_annotations(self, doc: Doc, ents: list[Ent]) -> None:
        kept = _non_overlapping([e for e in ents if e[1] > e[0]])
        model = doc_ents(doc)
        triples = [(e.start, e.end, e.label_) for e in model]
        if kept == triples and _already_set(doc, kept):
            return  # a story left as the NER read it keeps its entities and the Spans readers built
        # What the `doc.ents` setter does, without its copy of every Span; an entity the NER
        # read alike keeps its Span (one without a knowledge-base or entity id is what a new
        # Span of its triple would be).
        unchanged = {t: e for t, e in zip(triples, model) if not e.kb_id and not e.id}
        spans = [unchanged.get(t) for t in kept]
        spans = [span if span is not None else Span(doc, t[0], t[1], label=t[2]) for span, t in zip(spans, kept)]
        doc.set_ents(spans, default="outside")

    # -- 2. retype -------------------------------------------------------------------------
    def retype(self, doc: Doc, ent: Ent, person_words: set[str] | None = None, words: Words | None = None) -> Ent:
        start, end, label = ent
        words = words or Words(doc)
        lowers = words.lowers
        text = words.span(start, end)
        lower = " ".join(text.lower().split())
        named = kind_from_name(doc, ent, self.places, text)  # prizes, competitions, titled surnames
        if named is not None:
            return named
        if self.is_organisation(text) and label != "ORG":
            return (start, end, "ORG")
        if label in NAME_LABELS - {"NORP", "LANGUAGE"} and lower in self.demonyms and self.places.place_kind(text) != "country":
            return (start, end, "NORP")
        if label in PLACE_OVERTURNS and lower not in self.demonyms and self.overturns_as_place(doc, start, end, label, person_words, words):
            return (start, end, "GPE")
        if label == "ORG" and _shaped_like_person(doc, start, end):
            return (start, end, "PERSON")
        if label == "PERSON" and _facility_name(doc, start, end):
            return (start, end, "FAC")
        if label == "PERSON" and all(lowers[i] in PARTY_NAME_WORDS for i in range(start, end)):
            return (start, end, "ORG")  # "Lib Dem", "Tories"
        if label == "PERSON" and end - start >= 2 and lowers[end - 1] in ORGANISATION_LAST_WORDS:
            return (start, end, "ORG")  # "Manchester United", "Lib Dems"
        return ent

    def split_town_and_county(self, doc: Doc, ent: Ent) -> list[Ent]:
        """"Maidenhead, Berkshire" read as one name (an ORG): a town and the county or state it
        lies in are two places, so the places layer can let the town decide the county."""
        start, end, label = ent
        commas = [i for i in range(start + 1, end - 1) if doc[i].text == ","]
        if label not in NAME_LABELS or len(commas) != 1:
            return [ent]
        comma = commas[0]
        town, county = doc[start:comma], doc[comma + 1 : end]
        if not all(t.text[:1].isupper() for t in town if t.is_alpha) or not all(t.text[:1].isupper() for t in county if t.is_alpha):
            return [ent]
        if self.places.place_kind(town.text) is None or self.places.place_kind(county.text) is None:
            return [ent]
        return [(start, comma, "GPE"), (comma + 1, end, "GPE")]

    def is_organisation(self, text: str) -> bool:
        lower = " ".join(text.lower().split())
        if lower not in self.organisations:
            return False
        return len(lower) > SHORT_NAME_MAX or text.isupper()

    def overturns_as_place(
        self, doc: Doc, start: int, end: int, label: str, person_words: set[str] | None = None, words: Words | None = None
    ) -> bool:
        """A gazetteer place the NER called something else: "Kyiv" (PERSON), "Mariupol" (ORG).

        Not when the words are a person's in this story ("Washington" after "Mal Washington",
        a given name first), nor an organisation named after its city (a team in a results
        line: the city name is followed by a score).
        """
        words = words or Words(doc)
        name = words.span(start, end)
        kind = self.places.place_kind(name)
        if kind is None:
            return False
        if kind not in MAJOR_PLACE_KINDS and self.places.population(name) < PLACE_OVERTURN_MIN_POPULATION:
            return False
        if label == "PERSON":
            lowers = words.lowers  # read on the token strings: no Span or Token
            if lowers[start] in MALE_GIVEN_NAMES or lowers[start] in FEMALE_GIVEN_NAMES:
                return False
            if start > 0 and (lowers[start - 1].rstrip(".") in _HONORIFIC_WORDS or titled_word(words.texts[start - 1], lowers[start - 1])):
                return False  # "Mr Bush", "President Bush" (Bush is a town in Egypt)
            if (person_words if person_words is not None else person_name_words(doc)) & set(lowers[start:end]):
                return False
        if label == "ORG" and kind != "country":
            return _placed_by_context(doc, start, end)
        return True

    # -- 4. restore ------------------------------------------------------------------------
    def restore_known_names(self, doc: Doc, ents: list[Ent], words: Words | None = None) -> list[Ent]:
        """Well-known organisations, demonyms and places the NER missed."""
        taken = taken_tokens(doc, ents)
        found = []
        for start, end, label in self._known_name_candidates(doc, words or Words(doc), taken):
            if any(taken[i] for i in range(start, end)):
                continue
            found.append((start, end, label))
            for i in range(start, end):
                taken[i] = True
        return found

    def _known_name_candidates(self, doc: Doc, words: Words, taken: list[bool] | None = None):
        # Token texts and spacing read once; a window's text is joined from them (what
        # Span.text gives) and a Span is built only for a name the gazetteer knows.
        # `taken`: the tokens of the names found so far (the caller's, updated as it takes a
        # candidate): a window from a taken word would be refused whatever it is, so it is not
        # looked up (most capitals are inside the NER's own names).
        texts, spaces = words.texts, words.spaces
        upper = [w[:1].isupper() for w in texts]
        lowers = words.lowers
        n = len(texts)
        windows = self._windows
        for i in [i for i, u in enumerate(upper) if u]:
            if taken is not None and taken[i]:
                continue
            longest = 1  # the longest window (up to 4 words) of capitals from i
            while longest < 4 and i + longest < n and (upper[i + longest] or lowers[i + longest] in _WINDOW_JOINERS):
                longest += 1
            names = [texts[i]]  # the window of each size, each joined from the one before
            for j in range(i + 1, i + longest):
                names.append(names[-1] + spaces[j - 1] + texts[j])
            for size in range(longest, 0, -1):
                name = names[size - 1]
                known = windows.get(name)
                if known is None:
                    if len(windows) >= WINDOW_CACHE_SIZE:
                        windows.clear()
                    known = windows[name] = (
                        self.is_organisation(name),
                        name.lower() in self.demonyms,
                        self.places.place_kind(name) is not None,
                    )
                organisation, demonym, place = known
                if organisation:
                    yield (i, i + size, "ORG")
                    break
                if size == 1 and demonym and not words.sentence_initial_only(i):
                    yield (i, i + 1, "NORP")
                    break
                if place and self.is_missed_place(doc[i : i + size], words):
                    yield (i, i + size, "GPE")
                    break

    def is_missed_place(self, span: Span, words: Words | None = None) -> bool:
        """A capitalised name the NER left out that is a country, region or big city; in
        all-capital text only a country or region; never a lone word at a sentence's head."""
        doc, start, end = span.doc, span.start, span.end
        words = words or Words(doc)
        texts = words.texts
        if end - start == 1 and words.sentence_initial_only(start):
            return False
        if after_given_name(doc, start, self.places) or (start > 0 and titled(doc[start - 1])):
            return False  # "Thomas Ades" (an alternate name of Odesa), "President Bush"
        if not all(texts[i].isalpha() or texts[i] in {".", "-"} for i in range(start, end)):
            return False
        text = words.span(start, end) if end > start else ""
        kind = self.places.place_kind(text)
        if kind is None:
            return False
        alpha = [i for i in range(start, end) if texts[i].isalpha()]
        if all(texts[i].isupper() for i in alpha):
            return kind in CAPITALS_PLACE_KINDS
        if not all(doc[i].tag_ in {"NNP", "NNPS"} for i in alpha):
            return False
        return kind in MAJOR_PLACE_KINDS or self.places.population(text) >= PLACE_RESTORE_MIN_POPULATION


def _non_overlapping(ents: list[Ent]) -> list[Ent]:
    """`spacy.util.filter_spans` on (start, end, label) triples: the longest first (then the
    earliest), none overlapping a kept one, in text order."""
    ordered = sorted(ents, key=lambda e: (e[1] - e[0], -e[0]), reverse=True)
    kept, seen = [], set()
    for ent in ordered:
        start, end, _ = ent
        if start not in seen and end - 1 not in seen:
            kept.append(ent)
            seen.update(range(start, end))
    return sorted(kept, key=lambda e: e[0])


def _already_set(doc: Doc, ents: list[Ent]) -> bool:
    """True if the Doc's entity marks are those that setting `ents` as `doc.ents` writes (IOB,
    type and no knowledge-base id; spaCy's setter keeps each token's entity id)."""
    strings = doc.vocab.strings
    if any(label and label not in strings for _, _, label in ents):
        return False
    marks = doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID])
    if not len(marks):
        return not ents
    expected = numpy.zeros_like(marks)
    expected[:, 0] = 2  # "O"
    for start, end, label in ents:
        if not label:  # spaCy drops an entity without a label: its tokens are "O"
            continue
        expected[start, 0] = 3  # "B"
        expected[start + 1 : end, 0] = 1  # "I"
        expected[start:end, 1] = strings[label]
    return numpy.array_equal(marks, expected)


def _given_name(token) -> bool:
    return token.lower_ in MALE_GIVEN_NAMES or token.lower_ in FEMALE_GIVEN_NAMES


def _shaped_like_person(doc: Doc, start: int, end: int) -> bool:
    """An ORG that is a person's name: two or three capitalised words, no organisation word,
    and a given name or initials first ("JK Rowling"), or coordinated with a person ("Cate
    Blanchett and Keanu Reeves")."""
    if not 2 <= end - start <= 3:
        return False  # read before any Span or Token is built: most ORGs are one word
    span = doc[start:end]
    if not all(t.is_title or INITIALS_RE.match(t.text) for t in span):
        return False
    if any(t.lower_ in ORGANISATION_NAME_WORDS for t in span) or not span[-1].is_alpha:
        return False
    if _given_name(span[0]) or INITIALS_RE.match(span[0].text):
        return True
    root = span.root
    partners = ([root.head] if root.dep_ == "conj" else []) + [c for c in root.children if c.dep_ == "conj"]
    return any(p.ent_type_ == "PERSON" and not (start <= p.i < end) for p in partners)


def _facility_name(doc: Doc, start: int, end: int) -> bool:
    """A PERSON that is a place's or building's name: "Canary Wharf", "Tower Bridge"."""
    if end - start < 2 or token_table(doc).lowers[end - 1] not in FACILITY_NAME_WORDS:
        return False
    return not _given_name(doc[start])


def default_demonyms() -> frozenset[str]:
    """Demonyms and national adjectives of the places layer's lexicon, lower-cased."""
    return frozenset(word.lower() for word in DEMONYMS)


def _placed_by_context(doc: Doc, start: int, end: int) -> bool:
    """The words around a name say it is a place: "in Mariupol", "cities such as Mariupol and
    Bakhmut", "the city of Mariupol", "Mariupol port"."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and (before.lower_ in LOCATIVE_PREPOSITIONS or before.lower_ in PLACE_NOUNS):
        return True
    if after is not None and after.lower_ in PLACE_NOUNS:
        return True
    if before is not None and before.lower_ == "as" and start > 1 and doc[start - 2].lower_ == "such":
        return True
    # Coordinated with a place: "Mariupol and Bakhmut", "Moscow and Kyiv".
    root = doc[start:end].root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [c for c in root.children if c.dep_ == "conj"]
    return any(p.ent_type_ in {"GPE", "LOC"} for p in partners)


# -- 1. trim ---------------------------------------------------------------------------------
def trim(doc: Doc, start: int, end: int, label: str, words: Words | None = None) -> Ent | None:
    if label not in NAME_LABELS:
        return (start, end, label)
    words = words or Words(doc)
    texts, lowers = words.texts, words.lowers
    party = False  # a party's name was trimmed: the office after it goes too ("Lib Dem MP X")
    while start < end:
        text, lower = texts[start], lowers[start]
        if label == "PERSON" and end - start > 2 and text[:1].isupper() and (
            lower in PARTY_NAME_WORDS or (party and lower in TITLE_HEADS)
        ):
            party = True
            start += 1
            continue
        if lower == "the" and (text == "the" or start == 0 or words.sentence_start(start)):
            if span_text(doc, start, end).lower() in THE_NAMES:
                break
            start += 1
        elif label == "PERSON" and (lower in HONORIFICS or lower + "." in HONORIFICS) and end - start > 1:
            start += 1
        elif text not in {"(", "'"} and words.punct(start) or text.isspace():
            start += 1
        else:
            break
    while end > start:
        text = texts[end - 1]
        if text in {"'s", "’s"} or text.isspace() or words.possessive(end - 1):
            end -= 1
        elif text not in {".", ")"} and words.punct(end - 1):
            end -= 1
        elif label in SCORE_TRIMMED and end - start > 1 and SCORE_RE.match(text):
            end -= 1
        else:
            break
    if end <= start:
        return None
    return (start, end, label)


@Language.factory(
    "dateline_ner_corrections",
    assigns=["doc.ents", f"doc._.{WARNINGS}"],
    requires=["doc.ents"],
    default_config={"gazetteer": None},
)
def make_ner_corrector(nlp: Language, name: str, gazetteer: str | None) -> NerCorrector:
    ensure_extensions(WARNINGS)
    return NerCorrector(places=GazetteerPlaces(gazetteer_for(nlp, gazetteer)))
