"""Places the entity layer did not type as places, found in the text: well-known places the NER
missed, places inside organisations' names, and names the text itself introduces as places."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.attrs import POS
from spacy.symbols import PROPN as PROPN_ID
from spacy.tokens import Doc

from dateline.doc import TokenTable, char_tokens, doc_ents, span_text, token_table
from dateline.gazetteer import KIND_ENGLISH, KIND_NAME, Gazetteer, normalize_name
from dateline.lexicons.ner import PLACE_TYPES
from dateline.lexicons.places import (
    ADMIN1_ABBREVIATIONS,
    COUNTY_WORDS,
    GENERIC_PLACE_WORDS,
    NAME_INNER_WORDS,
    NOT_PLACES,
    PLACE_CLASS_BEFORE,
    PLACE_LED_BODY_WORDS,
    PLACE_LIST_LINK_WORDS,
)
from dateline.places.mentions import (
    Toponym,
    abbreviation_after,
    bare,
    demonym,
    known,
    own_name_first,
    place_mentions,
    promotable,
)
from dateline.places.repair import WIDENED_ALTERNATE_MIN_POPULATION

# Gazetteer spotting of names the NER missed looks at runs of up to this many proper nouns.
SPOTTED_MAX_TOKENS = 2
# Organisation names searched for a place inside ("Kentucky State Police"), and the longest
# place name looked for there.
EMBEDDING_TYPES = frozenset({"ORG"})
EMBEDDED_MAX_TOKENS = 4
# A name the text introduces as a place ("the village of ...") is at most this many tokens.
SPOTTED_RUN_MAX_TOKENS = 4
# Names the NER reads as dates, times or numbers are not introduced places ("... and Saturday").
NOT_PLACE_ENTITY_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def spotted(doc: Doc, entities: list[dict], gazetteer: Gazetteer) -> list[Toponym]:
    """Well-known places the NER left out: proper nouns outside every entity whose own name or
    alias is a country, division, region or a city of note ("Don't forget Aleppo!", "Winnipeg
    police"). One toponym per name, without an entity."""
    found: dict[str, Toponym] = {}
    # Read from the Doc's arrays: only proper nouns outside entities become Tokens and Spans.
    table = token_table(doc)
    proper = [pos == PROPN_ID for pos in doc.to_array(POS).tolist()]
    inside = _in_spans([tuple(m["span"]) for entity in entities for m in entity.get("mentions", [])])
    for i in [i for i, flag in enumerate(proper) if flag]:
        proper[i] = not inside(table.starts[i])
    i = 0
    while i < len(proper):
        if not proper[i] or not table.texts[i][:1].isupper():
            i += 1
            continue
        for length in (SPOTTED_MAX_TOKENS, 1):
            if i + length > len(proper) or not all(proper[i : i + length]):
                continue
            name = span_text(doc, i, i + length)
            candidates = gazetteer.candidates(name)
            if not candidates or candidates[0].kind > KIND_NAME or not promotable(gazetteer, name):
                continue
            where = (table.starts[i], table.starts[i + length - 1] + len(table.texts[i + length - 1]))
            if place_mentions(doc, name, [where], gazetteer):
                key = normalize_name(name)
                toponym = found.setdefault(key, Toponym(name, "toponym"))
                toponym.spans.append(where)
                i += length
                break
        else:
            i += 1
    return list(found.values())


def _in_spans(spans: list[tuple[int, int]]):
    """A test of whether a character offset lies in any of `spans` (start, end; end exclusive),
    by bisection over the spans merged (rather than a set of every character they hold)."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    heads = [start for start, _ in merged]

    def inside(char: int) -> bool:
        k = bisect_right(heads, char) - 1
        return k >= 0 and char < merged[k][1]

    return inside


def embedded(doc: Doc, entities: list[dict], gazetteer: Gazetteer) -> list[Toponym]:
    """Places named inside an organisation's name: "Kentucky State Police", "the U.S. Centers
    for Disease Control", "the University of Manitoba", "CTV Winnipeg". The place leads the
    name, follows its last "of", or ends it; it must be a country, division, region, a city of
    note or a county ("the Laurel County Sheriff's Office"). One toponym per name, without an
    entity (the organisation is not the place)."""
    found: dict[str, Toponym] = {}
    for entity in entities:
        if entity.get("type") not in EMBEDDING_TYPES or promotable(gazetteer, entity.get("name") or ""):
            continue
        for mention in entity.get("mentions", []):
            if mention.get("kind", "name") != "name":
                continue
            tokens = char_tokens(doc, *mention["span"])  # doc.char_span's tokens, no Span
            if tokens is None or len(tokens) < 2:
                continue
            place = _embedded_place(doc, tokens.start, tokens.stop, gazetteer)
            if place is None:
                continue
            name = span_text(doc, *place)
            table = token_table(doc)
            where = (table.starts[place[0]], table.starts[place[1] - 1] + len(table.texts[place[1] - 1]))
            if place_mentions(doc, name, [where], gazetteer):
                toponym = found.setdefault(normalize_name(name), Toponym(name, "toponym"))
                toponym.spans.append(where)
    return list(found.values())


def _embedded_place(doc: Doc, first: int, last: int, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """The tokens (start, end) of the place inside the name at tokens `first` to `last`, or
    None (read on the token strings: this runs for every organisation's name)."""
    n = last - first
    lowers = token_table(doc).lowers
    if known(gazetteer, span_text(doc, first, last), WIDENED_ALTERNATE_MIN_POPULATION):
        return None  # the whole name may be a place's ("Beni Suef"): not "Beni" inside it
    # A place leading the name is the place's own body only if the rest says so ("Kentucky
    # State Police"), or if it is a country ("U.S. Centers for Disease Control"): not "Scotland
    # Yard", "Mayo Clinic".
    windows = [
        (first, first + k)
        for k in range(min(EMBEDDED_MAX_TOKENS, n - 1), 0, -1)
        if any(lowers[i] in PLACE_LED_BODY_WORDS for i in range(first + k, last))
        or _country_first(gazetteer, span_text(doc, first, first + k))
    ]
    ofs = [i for i in range(first, last) if lowers[i] == "of"]
    if ofs and ofs[-1] < last - 1:
        tail = ofs[-1] + 1
        if lowers[tail] == "the" and last - tail > 1:
            tail += 1
        windows.append((tail, last))
    windows += [(last - k, last) for k in range(min(EMBEDDED_MAX_TOKENS, n - 1), 0, -1)]
    for start, end in windows:
        text = span_text(doc, start, end)
        if not text[:1].isupper() or end - start > EMBEDDED_MAX_TOKENS:
            continue
        if end - start == 1 and (lowers[start] in GENERIC_PLACE_WORDS or not own_name_first(gazetteer, text)):
            continue  # one word must be a place's own name ("Juan" is only the head of Juan-les-Pins)
        if promotable(gazetteer, text) or _county(gazetteer, text, end - start, lowers[end - 1]):
            return (start, end)
    return None


def _country_first(gazetteer: Gazetteer, name: str) -> bool:
    candidates = gazetteer.candidates(name)
    return bool(candidates) and candidates[0].place.feature == "country"


def _county(gazetteer: Gazetteer, text: str, length: int, last_lower: str) -> bool:
    """ "Laurel County", "Jefferson Parish": a second-level division named with its word
    (`text` of `length` tokens, the last `last_lower`)."""
    return length > 1 and last_lower in COUNTY_WORDS and any(
        c.kind <= KIND_NAME and c.place.feature == "admin2" for c in gazetteer.candidates(text)
    )


def introduced(doc: Doc, text: str, entities: list[dict], gazetteer: Gazetteer) -> list[Toponym]:
    """Names the text itself says are places, whatever their size and whether or not the NER
    saw them: "the village of Cellardyke", "villages of Ceamurlia de Jos, Maliuc and Caraorman",
    "a town called Låsby", and a town followed by the state or country it lies in ("Hugo,
    Oklahoma", "Churchill, Man."). A name another entity types as a person or organisation
    becomes that entity's place; a name already a place entity's is left to it."""
    place_spans: list[tuple[int, int]] = []
    others: dict[tuple[int, int], int] = {}
    for index, entity in enumerate(entities):
        for mention in entity.get("mentions", []):
            start, end = mention["span"]
            if entity.get("type") in PLACE_TYPES or entity.get("type") == "NORP":
                place_spans.append((start, end))
            elif mention.get("kind", "name") == "name":
                others[(start, end)] = index
    found: dict[str, Toponym] = {}
    chain_end = -10  # token index after the last introduced name (lists continue the intro)
    table = token_table(doc)
    texts, lowers, starts = table.texts, table.lowers, table.starts
    # Tokens no run may touch, found once: those of names the NER reads as dates, times or
    # numbers (their `ent_type_`, from the entities rather than a Token per word of every run),
    # and those starting inside a place entity's mention (by bisection of the token starts).
    blocked = {i for e in doc_ents(doc) if e.label_ in NOT_PLACE_ENTITY_TYPES for i in range(e.start, e.end)}
    for start, end in place_spans:
        blocked.update(range(bisect_left(starts, start), bisect_left(starts, end)))
    i = 0  # the next token to look at: a name's run is not looked into again
    for at in [k for k, word in enumerate(texts) if word.istitle()]:
        if at < i:
            continue
        i = at
        if i > 0 and texts[i - 1][:1].isupper():
            continue
        run = _name_run(doc, i, table)
        if run is None or not blocked.isdisjoint(run):
            continue
        run_start, run_end = run.start, run.stop
        words = lowers[max(0, run_start - 3) : run_start]
        introduced = " ".join(words[-2:]) in PLACE_CLASS_BEFORE or " ".join(words[-3:]) in PLACE_CLASS_BEFORE
        listed = run_start - chain_end <= 2 and bool(words) and words[-1] in PLACE_LIST_LINK_WORDS
        followed = run_end < len(texts) and lowers[run_end] == ","
        container = _container_following(doc, text, run, gazetteer) if followed else None
        run_text = span_text(doc, run_start, run_end) if introduced or listed or container else ""
        if run_text and bare(run_text).lower() not in NOT_PLACES:
            if not demonym(run_text):
                key = normalize_name(run_text)
                toponym = found.setdefault(key, Toponym(run_text, "toponym"))
                if container and container not in toponym.qualifiers:
                    toponym.qualifiers.append(container)
                where = (starts[run_start], starts[run_end - 1] + len(texts[run_end - 1]))
                toponym.spans.append(where)
                if toponym.entity is None:
                    toponym.entity = others.get(where)
                if introduced or listed:
                    chain_end = run_end
        i = run_end
    return list(found.values())


def _name_run(doc: Doc, i: int, tokens: TokenTable | None = None) -> range | None:
    """The tokens of the capitalised name starting at token i ("Ceamurlia de Jos", "Al-Fashir"),
    or None."""
    tokens = tokens or token_table(doc)  # read on strings: called at every capitalised word of a story
    texts = tokens.texts
    if not texts[i][:1].isupper() or not texts[i].isalpha() or (i > 0 and texts[i - 1][:1].isupper()):
        return None
    end = i + 1
    last = end
    while end < len(texts) and end - i < SPOTTED_RUN_MAX_TOKENS:
        text = texts[end]
        if text[:1].isupper() and (text.isalpha() or "'" in text):
            end += 1
            last = end
        elif text == "-" or (tokens.lowers[end] in NAME_INNER_WORDS and tokens.spaces[end]):
            end += 1  # "Ceamurlia de Jos", "Al-Fashir"
        else:
            break
    return range(i, last)



def _container_following(doc: Doc, text: str, run, gazetteer: Gazetteer) -> str | None:
    """The state or country after ", " if the name is a town of it ("Hugo, Oklahoma", "Churchill,
    Man.", "Solon, Ohio"), else None."""
    tokens = token_table(doc)
    run_end = run.stop
    if run_end + 1 >= len(tokens.texts) or tokens.texts[run_end] != ",":
        return None
    abbreviation = abbreviation_after(text, tokens.starts[run_end - 1] + len(tokens.texts[run_end - 1]))
    if abbreviation:
        country, name = ADMIN1_ABBREVIATIONS[abbreviation]
        containers = [p for p in gazetteer.lookup(name) if p.country == country and p.feature == "admin1"]
        qualifier = abbreviation
    else:
        following = _name_run(doc, run_end + 1)
        if following is None:
            return None
        qualifier = span_text(doc, following.start, following.stop)
        containers = [
            c.place for c in gazetteer.candidates(qualifier)
            if c.kind <= KIND_ENGLISH and c.place.feature in ("admin1", "country")
        ]
    inside = any(
        c.place.feature in ("city", "admin2")
        and c.kind <= KIND_NAME
        and any(c.place.country == k.country and (k.feature == "country" or c.place.admin1_code == k.admin1_code) for k in containers)
        for c in gazetteer.candidates(span_text(doc, run.start, run.stop))
    )
    return qualifier if inside else None
