"""Toponyms: the place names of a story, collected from its entities, its text and its dateline.

Sources, in order (collect_toponyms):
1. Entities typed GPE, LOC or FAC (the NER's places), one toponym per entity; a mention that
   names a disease ("West Nile virus") or is a lowercase noun is no place mention.
2. Entities of another type whose name is a well-known place: typed ORG, NORP, ... ("cities such
   as Mariupol" with Mariupol typed ORG), or typed PERSON with a mention in a place context
   ("the Kyiv regime"); NORP entities that are a country's demonym ("Syrian forces" -> Syria),
   kind "demonym".
3. Names repaired where the entity layer cut them (repair.py): "Edward Island" -> "Prince Edward
   Island", "Santa Ana City Council" -> "Santa Ana"; then one toponym per name.
4. Proper nouns outside every entity that are well-known places by their own name (the NER's
   misses: "Don't forget Aleppo!"), without an entity (spotting.py).
5. Places inside organisations' names: "Kentucky State Police", "the University of Manitoba".
6. Names the text introduces as places: "the village of Cellardyke", "Hugo, Oklahoma".
7. Lists ("Ohio, Oregon and Idaho": neighbours), qualifiers ("Paris, Texas"; a state written as a
   qualifier, "COLUMBIA, Ky.", is a mention of that state), and the dateline's place ("BISHKEK
   (Reuters) -"), linked to the entity that has the dateline's place span as a mention when the
   entity layer made one, else a toponym of its own.
"""
from __future__ import annotations

from spacy.tokens import Doc

from dateline.doc import DatelineFacts, doc_text
from dateline.gazetteer import Gazetteer, normalize_name
from dateline.lexicons.ner import PLACE_TYPES
from dateline.lexicons.places import ADMIN1_ABBREVIATIONS, NOT_PLACES, PLACE_LIST_LINKS
from dateline.places.mentions import (
    PROMOTED_CITY_MIN_POPULATION,
    PROMOTED_FEATURES,
    Toponym,
    abbreviation_after,
    demonym,
    division_cue,
    place_context,
    place_mentions,
    promotable,
)
from dateline.places.repair import merged, repair_name
from dateline.places.spotting import embedded, introduced, spotted

OTHER_TYPES_CHECKED = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})

__all__ = ["PROMOTED_CITY_MIN_POPULATION", "PROMOTED_FEATURES", "Toponym", "collect_toponyms"]


def collect_toponyms(
    doc: Doc, entities: list[dict], dateline: DatelineFacts | None, gazetteer: Gazetteer, demonyms: bool = True
) -> list[Toponym]:
    text = doc_text(doc)
    # 1-3. The entities that are places, with their names repaired; one toponym per name.
    toponyms = _entity_toponyms(doc, entities, gazetteer, demonyms)
    for toponym in toponyms:
        if toponym.kind == "toponym":
            repair_name(doc, toponym, gazetteer)
    toponyms = merged(toponyms)
    # 4-6. Places found in the text; a name the story also gives as an entity joins that toponym.
    named = {normalize_name(t.lookup_name): t for t in toponyms if t.kind == "toponym"}
    found = spotted(doc, entities, gazetteer) + embedded(doc, entities, gazetteer)
    for toponym in found + introduced(doc, text, entities, gazetteer):
        same = named.get(normalize_name(toponym.lookup_name))
        if same is not None:  # "Kyiv" spotted where the NER missed it, an entity elsewhere
            same.spans.extend(s for s in toponym.spans if s not in same.spans)
        else:
            toponyms.append(toponym)
            named[normalize_name(toponym.lookup_name)] = toponym
    # 7. Lists, qualifiers and the dateline.
    _attach_neighbours(text, toponyms)
    _attach_qualifiers(text, toponyms, gazetteer)
    _attach_dateline(dateline, entities, toponyms)
    return toponyms


def _entity_toponyms(doc: Doc, entities: list[dict], gazetteer: Gazetteer, demonyms: bool) -> list[Toponym]:
    toponyms: list[Toponym] = []
    for index, entity in enumerate(entities):
        etype, name = entity.get("type"), entity.get("name") or ""
        spans = [tuple(m["span"]) for m in entity.get("mentions", []) if m.get("kind", "name") == "name"]
        if not spans or name.lower() in NOT_PLACES:
            continue
        # Which kind of toponym the entity may give is read from its name and type first: the
        # mention tests below run only for those that may give one (most are people, firms, dates).
        country = demonym(name)
        if country and (etype == "NORP" or not gazetteer.candidates(name)):
            reading = "demonym"
        elif etype in PLACE_TYPES:
            reading = "toponym"
        elif etype in OTHER_TYPES_CHECKED and promotable(gazetteer, name):
            reading = "other"
        else:
            continue
        if etype != "NORP":
            spans = place_mentions(doc, name, spans, gazetteer)
            if not spans:
                continue
        if reading == "demonym":
            if demonyms:
                toponyms.append(Toponym(name, "demonym", spans, index, country=country))
        elif reading == "toponym":
            toponyms.append(Toponym(name, "toponym", spans, index, division=division_cue(doc, spans)))
        else:
            # A person's name needs a place context ("the Kyiv regime"); a well-known place typed
            # ORG or NORP ("Edmonton", "Aleppo", "Mariupol") is the place, but a region's or a
            # sea's name typed ORG is a company's ("Amazon's book chart", "firms like Amazon")
            # unless written with "the" as such places are ("the Amazon", "the Atlantic").
            if etype != "PERSON" and _area(gazetteer, name):
                if any(_after_the(doc, s) for s, _ in spans):
                    toponyms.append(Toponym(name, "toponym", spans, index))
            elif etype != "PERSON" or any(place_context(doc, s, e) for s, e in spans):
                toponyms.append(Toponym(name, "toponym", spans, index))
    return toponyms


# Features of places without a town or a government, whose names companies and brands take.
_AREA_FEATURES = frozenset({"region", "sea"})


def _area(gazetteer: Gazetteer, name: str) -> bool:
    """A one-word region's or sea's name ("Amazon", "Atlantic"); longer ones are seldom a brand's
    ("Sub-Saharan Africa", "Middle East")."""
    if len(name.split()) > 1:
        return False
    candidates = gazetteer.candidates(name)
    return bool(candidates) and candidates[0].place.feature in _AREA_FEATURES


def _after_the(doc: Doc, start: int) -> bool:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ == "the"


def _attach_neighbours(text: str, toponyms: list[Toponym]) -> None:
    """Items of a list of places are each other's neighbours: "Mexico, China, Japan and Brazil",
    "Ohio and Oregon". A list is a chain of three names or more joined by commas or "and"/"or",
    or two joined by "and"/"or"; "Paris, Texas" alone is no list."""
    starts = {start: (start, end, t) for t in toponyms for start, end in t.spans}
    followers: dict[int, tuple[int, int, Toponym]] = {}
    for start, end, toponym in starts.values():
        for link in PLACE_LIST_LINKS:
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
            abbreviation = abbreviation_after(text, end)
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


def _attach_dateline(dateline: DatelineFacts | None, entities: list[dict], toponyms: list[Toponym]) -> None:
    if dateline is None or not dateline.place or not dateline.place_span:
        return
    place, span, region = dateline.place, dateline.place_span, dateline.region
    region_span = dateline.region_span
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
