"""Place names as the entity layer cut them, repaired against the gazetteer: widened to the
longer place name around them, or narrowed to the place name inside them; then one toponym per
name."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.doc import char_tokens, span_text, token_table
from dateline.gazetteer import KIND_ENGLISH, Gazetteer, normalize_name
from dateline.lexicons.ner import FACILITY_NAME_WORDS
from dateline.lexicons.places import (
    ADMIN1_ABBREVIATIONS,
    DIVISION_WORDS_AFTER,
    GENERIC_PLACE_WORDS,
    NAME_INNER_WORDS,
    NAME_MODIFIER_PREFIXES,
)
from dateline.places.mentions import PROMOTED_FEATURES, Toponym, known

# A name is widened by up to this many name words on the left ("Prince" Edward Island) and words
# on the right ("Democratic Republic" of the Congo).
NAME_WIDEN_LEFT = 2
NAME_WIDEN_RIGHT = 4
# A longer name around the entity's may be a transliteration GeoNames lists as an alternate
# ("Beni Suef" for Banī Suwayf) if the place is at least this big.
WIDENED_ALTERNATE_MIN_POPULATION = 100_000


def repair_name(doc: Doc, toponym: Toponym, gazetteer: Gazetteer) -> None:
    """A place name as the entity layer cut it: widened to the longer place name around it
    ("Edward Island" -> "Prince Edward Island", "Democratic Republic" -> "Democratic Republic
    of the Congo", "Mission" -> "Mission Viejo"), else, if the gazetteer lacks it, narrowed to the
    place inside it ("Santa Ana City Council" -> "Santa
    Ana", "Indian Ocean coast" -> "Indian Ocean", "North-Western Sydney" -> "Sydney"). Every
    mention that reads the same is moved; the others keep their span."""
    tokens = char_tokens(doc, *toponym.spans[0])  # doc.char_span's tokens: a Span only if needed
    if tokens is None:
        return
    window = _widened(doc, tokens.start, tokens.stop, gazetteer)
    if window is None and not gazetteer.candidates(toponym.lookup_name):
        window = _narrowed(doc, doc[tokens.start : tokens.stop], gazetteer)
    if window is None:
        return
    left, right = window  # token offsets relative to the first mention's start and end
    name = doc[tokens.start + left : tokens.stop + right].text
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


def _widened(doc: Doc, first: int, last: int, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """The widest known name around tokens `first` to `last` (read on the token strings: this
    runs for every place of every story)."""
    tokens = token_table(doc)
    texts, lowers = tokens.texts, tokens.lowers

    def name_word(i: int) -> bool:  # _name_word(doc[i], inner=True)
        return texts[i][:1].isupper() or lowers[i] in NAME_INNER_WORDS

    best = None
    for left in range(0, NAME_WIDEN_LEFT + 1):
        start = first - left
        if start < 0 or (left and not all(name_word(i) for i in range(start, first))):
            break
        if left and lowers[start] in NAME_INNER_WORDS:
            continue  # "del Sur" is no name; "Davao del Sur" is
            break
        for right in range(0, NAME_WIDEN_RIGHT + 1):
            end = last + right
            if end > len(texts) or (right and not name_word(end - 1)):
                break
            if (left or right) and lowers[end - 1] not in NAME_INNER_WORDS and known(
                gazetteer, span_text(doc, start, end), WIDENED_ALTERNATE_MIN_POPULATION
            ):
                if best is None or left + right > best[0]:
                    best = (left + right, -left, right)
    return (best[1], best[2]) if best else None


def _narrowed(doc: Doc, span, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """The longest known name inside the span; of two as long, the likelier. A single word must
    be a country, division or region (a town's name inside a longer name is too often a
    person's: "Michael J. Dillon courthouse", "David Geffen School")."""
    n = len(span)
    # A building's name holds its sponsor's or its namesake's, not its place: "Emirates Stadium"
    # is no United Arab Emirates (a town's name may still stand: "Wembley Stadium").
    building = span[-1].lower_ in FACILITY_NAME_WORDS
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
            if length == 1 and sub[0].text + "." in ADMIN1_ABBREVIATIONS:
                continue  # a state's abbreviation inside a name is a word: "Man City", "Miss World"
            candidates = [c for c in gazetteer.candidates(sub.text) if c.kind <= KIND_ENGLISH]
            if not candidates or (length == 1 and candidates[0].place.feature not in PROMOTED_FEATURES):
                continue
            if building and length == 1:
                continue
            if best is None or candidates[0].prior > best[0]:
                best = (candidates[0].prior, offset, offset + length - n)
        if best is not None:
            return best[1], best[2]
    return None


def _name_word(token, inner: bool = False) -> bool:
    return token.text[:1].isupper() or (inner and token.lower_ in NAME_INNER_WORDS)


def merged(toponyms: list[Toponym]) -> list[Toponym]:
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
