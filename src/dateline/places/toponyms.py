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
    COUNTY_WORDS,
    GENERIC_PLACE_WORDS,
    NAME_MODIFIER_PREFIXES,
    DISEASE_NAMES,
    DISEASE_WORDS_AFTER,
    NAME_INNER_WORDS,
    DIVISION_WORDS_AFTER,
    DIVISION_WORDS_BEFORE,
    NOT_PLACES,
    PLACE_CLASS_BEFORE,
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

# A name the gazetteer lacks is widened by up to this many name words on the left ("Prince"
# Edward Island) and words on the right ("Democratic Republic" of the Congo).
NAME_WIDEN_LEFT = 2
NAME_WIDEN_RIGHT = 4
# A longer name around the entity's may be a transliteration GeoNames lists as an alternate
# ("Beni Suef" for Banī Suwayf) if the place is at least this big.
WIDENED_ALTERNATE_MIN_POPULATION = 100_000

# Organisation names searched for a place inside ("Kentucky State Police"), and the longest
# place name looked for there.
EMBEDDING_TYPES = frozenset({"ORG"})
EMBEDDED_MAX_TOKENS = 4

# A name the text introduces as a place ("the village of ...") is at most this many tokens.
SPOTTED_RUN_MAX_TOKENS = 4
# Names the NER reads as dates, times or numbers are not introduced places ("... and Saturday").
NOT_PLACE_ENTITY_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})

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
    for toponym in toponyms:
        if toponym.kind == "toponym":
            _repair_name(doc, toponym, gazetteer)
    toponyms = _merged(toponyms)
    named = {normalize_name(t.lookup_name): t for t in toponyms if t.kind == "toponym"}
    text = doc.text  # Doc.text joins every token: build it once
    for spotted in _spotted(doc, entities, gazetteer) + _embedded(doc, entities, gazetteer) + _introduced(
        doc, text, entities, gazetteer
    ):
        same = named.get(normalize_name(spotted.lookup_name))
        if same is not None:  # "Kyiv" spotted where the NER missed it, an entity elsewhere
            same.spans.extend(spotted.spans)
        else:
            toponyms.append(spotted)
    _attach_neighbours(text, toponyms)
    _attach_qualifiers(text, toponyms, gazetteer)
    _attach_dateline(article, entities, toponyms)
    return toponyms


def _known(gazetteer: Gazetteer, text: str, alternate_min_population: int | None = None) -> bool:
    """A place's own name, a curated alias or an English name (not a stray alternate, unless
    `alternate_min_population` admits the alternate name of a place that big)."""
    return any(
        c.kind <= KIND_ENGLISH
        or (alternate_min_population is not None and c.place.population >= alternate_min_population)
        for c in gazetteer.candidates(text)
    )


def _repair_name(doc: Doc, toponym: Toponym, gazetteer: Gazetteer) -> None:
    """A place name as the entity layer cut it: widened to the longer place name around it
    ("Edward Island" -> "Prince Edward Island", "Democratic Republic" -> "Democratic Republic
    of the Congo", "Mission" -> "Mission Viejo"), else, if the gazetteer lacks it, narrowed to the
    place inside it ("Santa Ana City Council" -> "Santa
    Ana", "Indian Ocean coast" -> "Indian Ocean", "North-Western Sydney" -> "Sydney"). Every
    mention that reads the same is moved; the others keep their span."""
    first = doc.char_span(*toponym.spans[0], alignment_mode="expand")
    if first is None:
        return
    window = _widened(doc, first, gazetteer)
    if window is None and not gazetteer.candidates(toponym.lookup_name):
        window = _narrowed(doc, first, gazetteer)
    if window is None:
        return
    left, right = window  # token offsets relative to the first mention's start and end
    name = doc[first.start + left : first.end + right].text
    key = normalize_name(name)
    spans = []
    for start, end in toponym.spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        moved = doc[span.start + left : span.end + right] if span is not None else None
        if moved is not None and len(moved) and normalize_name(moved.text) == key:
            spans.append((moved.start_char, moved.end_char))
            after = doc[moved.end].lower_ if moved.end < len(doc) else ""
            toponym.division = toponym.division or after in DIVISION_WORDS_AFTER
        else:
            spans.append((start, end))
    toponym.name, toponym.spans = name, spans


def _widened(doc: Doc, span, gazetteer: Gazetteer) -> tuple[int, int] | None:
    best = None
    for left in range(0, NAME_WIDEN_LEFT + 1):
        start = span.start - left
        if start < 0 or (left and not all(_name_word(t, inner=True) for t in doc[start : span.start])):
            break
        if left and doc[start].lower_ in NAME_INNER_WORDS:
            continue  # "del Sur" is no name; "Davao del Sur" is
            break
        for right in range(0, NAME_WIDEN_RIGHT + 1):
            end = span.end + right
            if end > len(doc) or (right and not _name_word(doc[end - 1], inner=True)):
                break
            if (left or right) and doc[end - 1].lower_ not in NAME_INNER_WORDS and _known(
                gazetteer, doc[start:end].text, WIDENED_ALTERNATE_MIN_POPULATION
            ):
                if best is None or left + right > best[0]:
                    best = (left + right, -left, right)
    return (best[1], best[2]) if best else None


def _narrowed(doc: Doc, span, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """The longest known name inside the span; of two as long, the likelier. A single word must
    be a country, division or region (a town's name inside a longer name is too often a
    person's: "Michael J. Dillon courthouse", "David Geffen School")."""
    n = len(span)
    for length in range(n - 1, 0, -1):
        best = None
        for offset in range(0, n - length + 1):
            sub = span[offset : offset + length]
            if not sub[0].text[:1].isupper() or sub[-1].lower_ in NAME_INNER_WORDS:
                continue
            if all(t.lower_ in NAME_MODIFIER_PREFIXES or not t.is_alpha for t in sub):
                continue  # "North-Western", "Far North"
            if length == 1 and sub[0].lower_ in GENERIC_PLACE_WORDS:
                continue
            candidates = [c for c in gazetteer.candidates(sub.text) if c.kind <= KIND_ENGLISH]
            if not candidates or (length == 1 and candidates[0].place.feature not in PROMOTED_FEATURES):
                continue
            if best is None or candidates[0].prior > best[0]:
                best = (candidates[0].prior, offset, offset + length - n)
        if best is not None:
            return best[1], best[2]
    return None


def _name_word(token, inner: bool = False) -> bool:
    return token.text[:1].isupper() or (inner and token.lower_ in NAME_INNER_WORDS)


def _merged(toponyms: list[Toponym]) -> list[Toponym]:
    """One toponym per name (a repaired name may be one the story names elsewhere), and no
    mention inside another's ("Congo" inside "Democratic Republic of the Congo")."""
    kept: list[Toponym] = []
    by_key: dict[str, Toponym] = {}
    for toponym in toponyms:
        if toponym.kind != "toponym":
            kept.append(toponym)
            continue
        key = normalize_name(toponym.lookup_name)
        same = by_key.get(key)
        if same is not None:
            same.spans.extend(s for s in toponym.spans if s not in same.spans)
            same.division = same.division or toponym.division
            if same.entity is None:
                same.entity = toponym.entity
            continue
        by_key[key] = toponym
        kept.append(toponym)
    spans = [s for t in kept for s in t.spans]
    for toponym in kept:
        toponym.spans = [
            (a, b) for a, b in toponym.spans
            if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in spans)
        ]
    return [t for t in kept if t.spans]


def _embedded(doc: Doc, entities: list[dict], gazetteer: Gazetteer) -> list[Toponym]:
    """Places named inside an organisation's name: "Kentucky State Police", "the U.S. Centers
    for Disease Control", "the University of Manitoba", "CTV Winnipeg". The place leads the
    name, follows its last "of", or ends it; it must be a country, division, region, a city of
    note or a county ("the Laurel County Sheriff's Office"). One toponym per name, without an
    entity (the organisation is not the place)."""
    found: dict[str, Toponym] = {}
    for entity in entities:
        if entity.get("type") not in EMBEDDING_TYPES or _promotable(gazetteer, entity.get("name") or ""):
            continue
        for mention in entity.get("mentions", []):
            if mention.get("kind", "name") != "name":
                continue
            span = doc.char_span(*mention["span"], alignment_mode="expand")
            if span is None or len(span) < 2:
                continue
            place = _embedded_place(span, gazetteer)
            if place is not None and _place_mentions(doc, place.text, [(place.start_char, place.end_char)], gazetteer):
                toponym = found.setdefault(normalize_name(place.text), Toponym(place.text, "toponym"))
                toponym.spans.append((place.start_char, place.end_char))
    return list(found.values())


def _embedded_place(span, gazetteer: Gazetteer):
    n = len(span)
    if _known(gazetteer, span.text, WIDENED_ALTERNATE_MIN_POPULATION):
        return None  # the whole name may be a place's ("Beni Suef"): not "Beni" inside it
    windows = [span[0:k] for k in range(min(EMBEDDED_MAX_TOKENS, n - 1), 0, -1)]
    ofs = [i for i, t in enumerate(span) if t.lower_ == "of"]
    if ofs and ofs[-1] < n - 1:
        tail = span[ofs[-1] + 1 :]
        if tail[0].lower_ == "the" and len(tail) > 1:
            tail = tail[1:]
        windows.append(tail)
    windows += [span[n - k :] for k in range(min(EMBEDDED_MAX_TOKENS, n - 1), 0, -1)]
    for window in windows:
        if not window.text[:1].isupper() or len(window) > EMBEDDED_MAX_TOKENS:
            continue
        if len(window) == 1 and (window[0].lower_ in GENERIC_PLACE_WORDS or not _own_name_first(gazetteer, window.text)):
            continue  # one word must be a place's own name ("Juan" is only the head of Juan-les-Pins)
        if _promotable(gazetteer, window.text) or _county(gazetteer, window):
            return window
    return None


def _own_name_first(gazetteer: Gazetteer, text: str) -> bool:
    candidates = gazetteer.candidates(text)
    return bool(candidates) and candidates[0].kind <= KIND_NAME


def _county(gazetteer: Gazetteer, window) -> bool:
    """ "Laurel County", "Jefferson Parish": a second-level division named with its word."""
    return len(window) > 1 and window[-1].lower_ in COUNTY_WORDS and any(
        c.kind <= KIND_NAME and c.place.feature == "admin2" for c in gazetteer.candidates(window.text)
    )


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
            if (
                candidates
                and candidates[0].kind <= KIND_NAME
                and _promotable(gazetteer, span.text)
                and _place_mentions(doc, span.text, [(span.start_char, span.end_char)], gazetteer)
            ):
                key = normalize_name(span.text)
                toponym = found.setdefault(key, Toponym(span.text, "toponym"))
                toponym.spans.append((span.start_char, span.end_char))
                i += length
                break
        else:
            i += 1
    return list(found.values())


def _introduced(doc: Doc, text: str, entities: list[dict], gazetteer: Gazetteer) -> list[Toponym]:
    """Names the text itself says are places, whatever their size and whether or not the NER
    saw them: "the village of Cellardyke", "villages of Ceamurlia de Jos, Maliuc and Caraorman",
    "a town called Låsby", and a town followed by the state or country it lies in ("Hugo,
    Oklahoma", "Churchill, Man."). A name another entity types as a person or organisation
    becomes that entity's place; a name already a place entity's is left to it."""
    place_covered: set[int] = set()
    others: dict[tuple[int, int], int] = {}
    for index, entity in enumerate(entities):
        for mention in entity.get("mentions", []):
            start, end = mention["span"]
            if entity.get("type") in PLACE_TYPES or entity.get("type") == "NORP":
                place_covered.update(range(start, end))
            elif mention.get("kind", "name") == "name":
                others[(start, end)] = index
    found: dict[str, Toponym] = {}
    chain_end = -10  # token index after the last introduced name (lists continue the intro)
    tokens = list(doc)
    lowers = [t.lower_ for t in tokens]
    i = 0
    while i < len(tokens):
        if not tokens[i].is_title or (i > 0 and tokens[i - 1].text[:1].isupper()):
            i += 1
            continue
        run = _name_run(doc, i)
        if run is None or any(t.idx in place_covered or t.ent_type_ in NOT_PLACE_ENTITY_TYPES for t in run):
            i += 1
            continue
        words = lowers[max(0, run.start - 3) : run.start]
        introduced = " ".join(words[-2:]) in PLACE_CLASS_BEFORE or " ".join(words[-3:]) in PLACE_CLASS_BEFORE
        listed = run.start - chain_end <= 2 and bool(words) and words[-1] in {",", "and", "or"}
        followed = run.end < len(tokens) and lowers[run.end] == ","
        container = _container_following(doc, text, run, gazetteer) if followed else None
        if (introduced or listed or container) and _bare(run.text).lower() not in NOT_PLACES:
            if not _demonym(run.text):
                key = normalize_name(run.text)
                toponym = found.setdefault(key, Toponym(run.text, "toponym"))
                if container and container not in toponym.qualifiers:
                    toponym.qualifiers.append(container)
                toponym.spans.append((run.start_char, run.end_char))
                if toponym.entity is None:
                    toponym.entity = others.get((run.start_char, run.end_char))
                if introduced or listed:
                    chain_end = run.end
        i = run.end
    return list(found.values())


def _name_run(doc: Doc, i: int):
    """The capitalised name starting at token i ("Ceamurlia de Jos", "Al-Fashir"), or None."""
    if not doc[i].text[:1].isupper() or not doc[i].is_alpha or (i > 0 and doc[i - 1].text[:1].isupper()):
        return None
    end = i + 1
    last = end
    while end < len(doc) and end - i < SPOTTED_RUN_MAX_TOKENS:
        token = doc[end]
        if token.text[:1].isupper() and (token.is_alpha or "'" in token.text):
            end += 1
            last = end
        elif token.text == "-" or (token.lower_ in NAME_INNER_WORDS and token.whitespace_):
            end += 1  # "Ceamurlia de Jos", "Al-Fashir"
        else:
            break
    return doc[i:last]


def _container_following(doc: Doc, text: str, run, gazetteer: Gazetteer) -> str | None:
    """The state or country after ", " if the name is a town of it ("Hugo, Oklahoma", "Churchill,
    Man.", "Solon, Ohio"), else None."""
    if run.end + 1 >= len(doc) or doc[run.end].text != ",":
        return None
    abbreviation = _abbreviation_after(text, run.end_char)
    if abbreviation:
        country, name = ADMIN1_ABBREVIATIONS[abbreviation]
        containers = [p for p in gazetteer.lookup(name) if p.country == country and p.feature == "admin1"]
        qualifier = abbreviation
    else:
        following = _name_run(doc, run.end + 1)
        if following is None:
            return None
        containers = [
            c.place for c in gazetteer.candidates(following.text)
            if c.kind <= KIND_ENGLISH and c.place.feature in ("admin1", "country")
        ]
        qualifier = following.text
    inside = any(
        c.place.feature in ("city", "admin2")
        and c.kind <= KIND_NAME
        and any(c.place.country == k.country and (k.feature == "country" or c.place.admin1_code == k.admin1_code) for k in containers)
        for c in gazetteer.candidates(run.text)
    )
    return qualifier if inside else None


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
    abbreviations: list[tuple[str, tuple[int, int]]] = []
    for toponym in list(toponyms):
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
            if abbreviation:
                if abbreviation not in toponym.qualifiers:
                    toponym.qualifiers.append(abbreviation)
                abbreviations.append((abbreviation, (end + 2, end + 2 + len(abbreviation))))
    for abbreviation, span in abbreviations:
        _add_division(toponyms, abbreviation, span)


def _add_division(toponyms: list[Toponym], abbreviation: str, span: tuple[int, int]) -> None:
    """A state or province written as a qualifier ("Wainwright, Alta.", "COLUMBIA, Ky.") is a
    mention of that division: it joins the toponym of its full name, or becomes one."""
    full = ADMIN1_ABBREVIATIONS.get(abbreviation, (None, abbreviation))[1]
    keys = {normalize_name(full), normalize_name(abbreviation)}
    for toponym in toponyms:
        if span in toponym.spans:
            return
    for toponym in toponyms:
        if toponym.kind == "toponym" and normalize_name(toponym.lookup_name) in keys:
            toponym.spans.append(span)
            return
    toponyms.append(Toponym(abbreviation, "toponym", [span]))


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
    rest = text[end + 2 : end + 12]
    for abbreviation in _ABBREVIATIONS_LONGEST_FIRST:
        if rest.startswith(abbreviation) and not rest[len(abbreviation) : len(abbreviation) + 1].isalnum():
            return abbreviation
    return None


_ABBREVIATIONS_LONGEST_FIRST = sorted(ADMIN1_ABBREVIATIONS, key=len, reverse=True)


def _region_span(dateline: dict, place_span: tuple[int, int], region: str | None) -> tuple[int, int] | None:
    """Where the dateline's region stands ("COLUMBIA, Ky. (WBKO) -"): after the place and a
    comma, inside the dateline and before its agency (the text itself is blanked in the Doc)."""
    if not region or not dateline.get("span"):
        return None
    start = place_span[1] + 2
    end = start + len(region)
    limit = (dateline.get("agency_span") or dateline.get("date_span") or dateline["span"])[0]
    if limit <= place_span[1]:
        limit = dateline["span"][1]
    return (start, end) if end <= min(limit, dateline["span"][1]) else None


def _attach_dateline(article: dict | None, entities: list[dict], toponyms: list[Toponym]) -> None:
    dateline = (article or {}).get("dateline") or {}
    place, span = dateline.get("place"), dateline.get("place_span")
    if not place or not span:
        return
    span = tuple(span)
    region = dateline.get("region")
    region_span = _region_span(dateline, span, region)
    if region_span is not None:
        _add_division(toponyms, region, region_span)
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
