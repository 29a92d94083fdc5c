"""Toponyms: the place names of a story, collected from its entities and its dateline.

Sources, in order:
1. Entities typed GPE, LOC or FAC (the NER's places), one toponym per entity.
2. Entities of another type whose name is a well-known place: typed ORG, NORP, ... ("cities such
   as Mariupol" with Mariupol typed ORG), or typed PERSON with a mention in a place context
   ("the Kyiv regime").
3. NORP entities that are a country's demonym ("Syrian forces" -> Syria), kind "demonym".
4. Proper nouns outside every entity that are well-known places by their own name (the NER's
   misses: "Don't forget Aleppo!"), without an entity.
5. The dateline's place ("BISHKEK (Reuters) -"), linked to the entity that has the dateline's
   place span as a mention when the entity layer made one, else a toponym of its own.
A toponym directly followed by ", <place>" carries that place as its qualifier ("Paris, Texas").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from dateline.gazetteer import KIND_ENGLISH, KIND_NAME, Gazetteer, normalize_name
from dateline.lexicons.demonyms import DEMONYMS
from dateline.lexicons.places import (
    ADMIN1_ABBREVIATIONS,
    DISEASE_NAMES,
    DISEASE_WORDS_AFTER,
    DIVISION_WORDS_AFTER,
    DIVISION_WORDS_BEFORE,
    NOT_PLACES,
    PLACE_CONTEXT_AFTER,
    PLACE_CONTEXT_BEFORE,
    PLACE_PREPOSITIONS,
)

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
OTHER_TYPES_CHECKED = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})

# A name typed ORG/PERSON counts as a place only if its likeliest reading is a country, division,
# region, continent or a city of at least this population ("Mariupol" 230k, "Kyiv" 3M); smaller
# towns share their names with too many people and firms.
PROMOTED_CITY_MIN_POPULATION = 50_000
PROMOTED_FEATURES = frozenset({"country", "admin1", "region", "sea", "continent"})

# Gazetteer spotting of names the NER missed looks at runs of up to this many proper nouns.
SPOTTED_MAX_TOKENS = 2

# What joins the items of a list of places: "Mexico, China, Japan and Brazil".
LIST_LINKS = (", and ", ", or ", ", ", " and ", " or ")

_POSSESSIVE = re.compile(r"[’']s$")
_QUALIFIER_GAP = re.compile(r"^,\s?$")


@dataclass
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


def _place_context(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return before in PLACE_CONTEXT_BEFORE or after in PLACE_CONTEXT_AFTER


def _place_mentions(
    doc: Doc, name: str, spans: list[tuple[int, int]], gazetteer: Gazetteer
) -> list[tuple[int, int]]:
    """The mentions that name a place: not a disease named after one ("West Nile virus",
    "tested negative for Ebola"), not a lowercase common noun the NER typed as a place. A
    country's name keeps its mentions ("the United States flu season", "the Sudan strain")."""
    disease = _bare(name).lower() in DISEASE_NAMES
    candidates = gazetteer.candidates(name)
    country = bool(candidates) and candidates[0].place.feature == "country"
    kept = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        if not any(word[:1].isupper() or word[:1].isdigit() for word in span.text.split()):
            continue
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        if after in DISEASE_WORDS_AFTER and not country:
            continue
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        if disease and before not in PLACE_PREPOSITIONS:
            continue
        kept.append((start, end))
    return kept


def _division_cue(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """True if a mention is followed by "state", "province", ... or preceded by "the state of"."""
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        before = doc[max(0, span.start - 2) : span.start].text.lower()
        if after in DIVISION_WORDS_AFTER or before in DIVISION_WORDS_BEFORE:
            return True
    return False


def _bare(name: str) -> str:
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def _promotable(gazetteer: Gazetteer, name: str) -> bool:
    candidates = gazetteer.candidates(name)
    if not candidates or candidates[0].kind > KIND_ENGLISH:
        return False
    best = candidates[0].place
    return best.feature in PROMOTED_FEATURES or (
        best.feature == "city" and best.population >= PROMOTED_CITY_MIN_POPULATION
    )


def collect_toponyms(
    doc: Doc, entities: list[dict], article: dict | None, gazetteer: Gazetteer, demonyms: bool = True
) -> list[Toponym]:
    toponyms: list[Toponym] = []
    for index, entity in enumerate(entities):
        etype, name = entity.get("type"), entity.get("name") or ""
        spans = [tuple(m["span"]) for m in entity.get("mentions", []) if m.get("kind", "name") == "name"]
        if not spans:
            continue
        if name.lower() in NOT_PLACES:
            continue
        if etype != "NORP":
            spans = _place_mentions(doc, name, spans, gazetteer)
            if not spans:
                continue
        if _demonym(name) and (etype == "NORP" or not gazetteer.candidates(name)):
            if demonyms:
                toponyms.append(Toponym(name, "demonym", spans, index, country=_demonym(name)))
        elif etype in PLACE_TYPES:
            toponyms.append(Toponym(name, "toponym", spans, index, division=_division_cue(doc, spans)))
        elif etype in OTHER_TYPES_CHECKED and _promotable(gazetteer, name):
            # A person's name needs a place context ("the Kyiv regime"); a well-known place typed
            # ORG or NORP ("Edmonton", "Aleppo", "Mariupol") is the place.
            if etype != "PERSON" or any(_place_context(doc, s, e) for s, e in spans):
                toponyms.append(Toponym(name, "toponym", spans, index))
    named = {normalize_name(t.lookup_name): t for t in toponyms if t.kind == "toponym"}
    for spotted in _spotted(doc, entities, gazetteer):
        same = named.get(normalize_name(spotted.lookup_name))
        if same is not None:  # "Kyiv" spotted where the NER missed it, an entity elsewhere
            same.spans.extend(spotted.spans)
        else:
            toponyms.append(spotted)
    _attach_neighbours(doc.text, toponyms)
    _attach_qualifiers(doc.text, toponyms, gazetteer)
    _attach_dateline(article, entities, toponyms)
    return toponyms


def _spotted(doc: Doc, entities: list[dict], gazetteer: Gazetteer) -> list[Toponym]:
    """Well-known places the NER left out: proper nouns outside every entity whose own name or
    alias is a country, division, region or a city of note ("Don't forget Aleppo!", "Winnipeg
    police"). One toponym per name, without an entity."""
    covered = set()
    for entity in entities:
        for mention in entity.get("mentions", []):
            covered.update(range(mention["span"][0], mention["span"][1]))
    found: dict[str, Toponym] = {}
    tokens = list(doc)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.idx in covered:
            i += 1
            continue
        for length in (SPOTTED_MAX_TOKENS, 1):
            span = doc[i : i + length]
            if len(span) != length or any(t.pos_ != "PROPN" or t.idx in covered for t in span):
                continue
            candidates = gazetteer.candidates(span.text)
            if candidates and candidates[0].kind <= KIND_NAME and _promotable(gazetteer, span.text):
                key = normalize_name(span.text)
                toponym = found.setdefault(key, Toponym(span.text, "toponym"))
                toponym.spans.append((span.start_char, span.end_char))
                i += length
                break
        else:
            i += 1
    return list(found.values())


def _demonym(name: str) -> str | None:
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return DEMONYMS.get(" ".join(words))


def _attach_neighbours(text: str, toponyms: list[Toponym]) -> None:
    """Items of a list of places are each other's neighbours: "Mexico, China, Japan and Brazil",
    "Ohio and Oregon". A list is a chain of three names or more joined by commas or "and"/"or",
    or two joined by "and"/"or"; "Paris, Texas" alone is no list."""
    starts = {start: (start, end, t) for t in toponyms for start, end in t.spans}
    followers: dict[int, tuple[int, int, Toponym]] = {}
    for start, end, toponym in starts.values():
        for link in LIST_LINKS:
            nxt = starts.get(end + len(link))
            if nxt is not None and text[end : end + len(link)] == link:
                followers[start] = (nxt[0], len(link), nxt[2])
                break
    heads = set(followers) - {f[0] for f in followers.values()}
    for head in heads:
        chain, links, position = [starts[head][2]], [], head
        while position in followers:
            position, link_length, toponym = followers[position]
            chain.append(toponym)
            links.append(link_length)
        if len(chain) >= 3 or any(length != 2 for length in links):
            for a, b in zip(chain, chain[1:]):
                if a is not b:
                    _neighbours(a, b)


def _attach_qualifiers(text: str, toponyms: list[Toponym], gazetteer: Gazetteer) -> None:
    """"Paris, Texas" / "Frankfort, Ky.": the second name qualifies the first mention. In a
    list of countries or states ("Mexico, China, Japan", "Ohio, Oregon, South Carolina") the
    next item is no qualifier: a country or division in a list is not read as a town of the next
    item (China, Okinawa; Oregon, Ohio)."""
    starts: dict[int, Toponym] = {}
    for toponym in toponyms:
        for start, _end in toponym.spans:
            starts[start] = toponym
    for toponym in toponyms:
        for _start, end in toponym.spans:
            gap = text[end : end + 2]
            following = starts.get(end + len(gap.rstrip())) if gap.startswith(",") else None
            if following is None and gap.startswith(","):
                following = starts.get(end + 2)
            if following is not None and following is not toponym and following.kind == "toponym":
                if following in toponym.neighbours and _broad(gazetteer, toponym.lookup_name):
                    continue
                if following.lookup_name not in toponym.qualifiers:
                    toponym.qualifiers.append(following.lookup_name)
                continue
            abbreviation = _abbreviation_after(text, end)
            if abbreviation and abbreviation not in toponym.qualifiers:
                toponym.qualifiers.append(abbreviation)


def _neighbours(a: Toponym, b: Toponym) -> None:
    if b not in a.neighbours:
        a.neighbours.append(b)
    if a not in b.neighbours:
        b.neighbours.append(a)


def _broad(gazetteer: Gazetteer, name: str) -> bool:
    candidates = gazetteer.candidates(name)
    return bool(candidates) and candidates[0].place.feature in ("country", "admin1", "continent", "region")


def _abbreviation_after(text: str, end: int) -> str | None:
    if not text[end : end + 2].startswith(", "):
        return None
    rest = text[end + 2 : end + 10]
    for abbreviation in ADMIN1_ABBREVIATIONS:
        if rest.startswith(abbreviation):
            return abbreviation
    return None


def _attach_dateline(article: dict | None, entities: list[dict], toponyms: list[Toponym]) -> None:
    dateline = (article or {}).get("dateline") or {}
    place, span = dateline.get("place"), dateline.get("place_span")
    if not place or not span:
        return
    span = tuple(span)
    region = dateline.get("region")
    for toponym in toponyms:
        if span in toponym.spans:
            toponym.dateline = True
            if region and region not in toponym.qualifiers:
                toponym.qualifiers.append(region)
            return
    # The story names the dateline's place but the entity layer did not make the dateline's span
    # one of its mentions: the span joins the toponym of the same name.
    key = normalize_name(place)
    for toponym in toponyms:
        if toponym.kind == "toponym" and normalize_name(toponym.lookup_name) == key:
            toponym.spans.insert(0, span)
            toponym.dateline = True
            if region and region not in toponym.qualifiers:
                toponym.qualifiers.append(region)
            return
    # The entity layer made an entity of the dateline place but of another type, or none at all.
    for index, entity in enumerate(entities):
        if any(tuple(m["span"]) == span for m in entity.get("mentions", [])):
            toponyms.append(
                Toponym(place, "dateline", [span], index, qualifiers=[region] if region else [], dateline=True)
            )
            return
    toponyms.append(Toponym(place, "dateline", [span], None, qualifiers=[region] if region else [], dateline=True))
