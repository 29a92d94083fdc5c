"""In-article entity clustering: the NER's name mentions grouped into entities.

    1. mentions    every entity span of a kept type, with its name cleaned ("Mr Putin" -> Putin)
    2. people      full names first; "Putin" joins the person whose surname it is, "Vladimir
                   Putin" the person whose fuller name contains it
    3. others      one entity per name (case and "the" folded); GPE and LOC spellings of one name
                   are one place; "the Islamic Resistance Movement (Hamas)" and initials
                   ("North Atlantic Treaty Organization" ... "NATO") join an acronym to its name
    4. institutions "Israel's military", "the Israeli army": an organisation of its own (a
                   nominal mention), never merged with the country
    5. naming      each entity is named by its fullest form; its type is its mentions' majority

The result is a list of `Cluster`s, turned into the record's plain dicts by the component.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from dateline.doc import doc_ents, doc_text, span_text, token_table
from dateline.lexicons.ner import PLACE_TYPES
from dateline.lexicons.organisations import CORPORATE_SUFFIXES, INSTITUTION_NOUNS
from dateline.lexicons.titles import HONORIFICS

# Dates and numbers are the business of the times and quantities layers, not entities.
ENTITY_TYPES = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
# When the mentions of one name disagree, the first type listed here that has the most votes wins.
TYPE_PRECEDENCE = ("PERSON", "GPE", "ORG", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE")

# Words skipped when initials are formed: "Organisation for Security and Co-operation in Europe".
_INITIALS_SKIP = frozenset({"of", "for", "and", "the", "in", "on", "de", "&", "to"})
_ACRONYM_RE = re.compile(r"^[A-Z][A-Za-z0-9&.\-]{1,9}$")
# Corporate suffixes as name keys write them (dots folded), built once.
_SUFFIX_KEYS = frozenset(s.replace(".", "") for s in CORPORATE_SUFFIXES)
# An opening parenthesis right after a name: "the Islamic Resistance Movement (Hamas)".
_PARENTHESIS_AFTER_RE = re.compile(r"\s*\(\s*")


@dataclass
class Mention:
    start: int  # character offsets
    end: int
    kind: str  # name | nominal | pronoun
    label: str
    name: str  # the cleaned name as written
    words: tuple[str, ...]  # lower-cased tokens of the cleaned name
    token_start: int = -1
    token_end: int = -1


@dataclass
class Cluster:
    type: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    labels: Counter = field(default_factory=Counter)

    @property
    def names(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind == "name"]

    @property
    def longest(self) -> Mention:
        named = self.names or self.mentions
        return max(named, key=lambda m: (len(m.words), len(m.name), -m.start))

    @property
    def name(self) -> str:
        return self.longest.name

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if mention.kind == "name":
            self.labels[mention.label] += 1

    def add_role(self, role: str) -> None:
        if role.lower() not in {r.lower() for r in self.roles}:
            self.roles.append(role)

    def settle_type(self) -> None:
        if not self.labels:
            return
        best = max(self.labels.values())
        self.type = next(t for t in TYPE_PRECEDENCE if self.labels.get(t) == best)


# -- 1. mentions -----------------------------------------------------------------------------
def name_tokens(span: Span) -> Span:
    """The span without a leading article or honorific and without a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].lower_.rstrip(".") + "." in HONORIFICS or doc[start].lower_ in HONORIFICS):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct and doc[end - 1].text not in {".", ")"}):
        end -= 1
    return doc[start:end] if end > start else span


def display_name(text: str) -> str:
    """A name for the record: spaces folded, capitals kept unless the whole name is in capitals
    (an all-caps headline's "MARIUPOL" is named "Mariupol")."""
    text = " ".join(text.split())
    if text.isupper() and len(text) > 4 and not _ACRONYM_RE.match(text.replace(" ", "")):
        return " ".join(w if re.fullmatch(r"(?:[A-Z]\.)+", w) else w.capitalize() for w in text.split())
    return text


def _name_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """`name_tokens` on token indices, read on the token strings (issue 16: it runs for every
    entity); a Token is built only for a tag or for punctuation that does not open with a letter
    or digit."""
    tokens = token_table(doc)
    texts, lowers = tokens.texts, tokens.lowers
    first, last = start, end
    while first < last and (lowers[first] in {"the", "a", "an"} or lowers[first].rstrip(".") + "." in HONORIFICS or lowers[first] in HONORIFICS):
        first += 1
    while last > first:
        text = texts[last - 1]
        if not (
            text in {"'s", "’s", "'", "’"}
            or (text not in {".", ")"} and not text[:1].isalnum() and doc[last - 1].is_punct)
            or doc[last - 1].tag_ == "POS"
        ):
            break
        last -= 1
    return (first, last) if last > first else (start, end)


def name_mention(span: Span, label: str | None = None) -> Mention | None:
    doc = span.doc
    start, end = _name_bounds(doc, span.start, span.end)
    tokens = token_table(doc)
    texts = tokens.texts
    words = tuple(
        tokens.lowers[i] for i in range(start, end)
        if texts[i] in {"&", "."} or texts[i][:1].isalnum() or not doc[i].is_punct
    )
    if not words:
        return None
    return Mention(
        start=tokens.starts[start],
        end=tokens.starts[end - 1] + len(texts[end - 1]),
        kind="name",
        label=label or span.label_,
        name=display_name(span_text(doc, start, end)),
        words=words,
        token_start=start,
        token_end=end,
    )


def _key(words: tuple[str, ...]) -> tuple[str, ...]:
    """Name key for exact matching: corporate suffixes and dots folded."""
    out = [w.replace(".", "") for w in words]
    while len(out) > 1 and out[-1] in _SUFFIX_KEYS:
        out.pop()
    return tuple(w for w in out if w)


# -- 2.-5. clustering ------------------------------------------------------------------------
def cluster_mentions(doc: Doc, mentions: list[Mention]) -> list[Cluster]:
    people = [m for m in mentions if m.label == "PERSON"]
    others = [m for m in mentions if m.label != "PERSON"]
    clusters = cluster_people(people) + cluster_names(doc, others)
    for cluster in clusters:
        cluster.settle_type()
    return clusters


class _People:
    """The person clusters made so far, indexed by their names' words: looking a mention up is
    a dictionary look-up, not a walk over every person (a long article names thousands)."""

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        self.by_words: dict[tuple[str, ...], Cluster] = {}
        # Full names (two words or more) by surname and by given name, in creation order. Mentions
        # come longest first, so a cluster's longest words are those of its first mention.
        self.by_surname: dict[str, list[Cluster]] = {}
        self.by_given: dict[str, list[Cluster]] = {}

    def add(self, mention: Mention, cluster: Cluster | None) -> None:
        if cluster is None:
            cluster = Cluster(type="PERSON")
            self.clusters.append(cluster)
            if len(mention.words) > 1:
                self.by_surname.setdefault(mention.words[-1], []).append(cluster)
                self.by_given.setdefault(mention.words[0], []).append(cluster)
        cluster.add(mention)
        self.by_words.setdefault(mention.words, cluster)


def cluster_people(mentions: list[Mention]) -> list[Cluster]:
    """Full names first, then shorter forms attach to the person whose name contains them."""
    people = _People()
    for mention in sorted(mentions, key=lambda m: (-len(m.words), m.start)):
        people.add(mention, _person_for(mention, people))
    return people.clusters


def _person_for(mention: Mention, people: _People) -> Cluster | None:
    words = mention.words
    exact = people.by_words.get(words)
    if exact is not None:
        return exact
    if len(words) == 1:
        # A surname ("Putin") joins the person with that surname; a given name alone joins only
        # a person who is the one with that given name.
        by_surname = people.by_surname.get(words[0], [])
        if by_surname:
            return _nearest_before(mention, by_surname)
        by_given = people.by_given.get(words[0], [])
        if len(by_given) == 1:
            return by_given[0]
        return None
    # A shorter multi-word form whose words all appear, in order, in a fuller name:
    # "Vladimir Putin" in "Vladimir Vladimirovich Putin"; the surnames must agree.
    candidates = [c for c in people.by_surname.get(words[-1], []) if _in_order(words, c.longest.words)]
    return _nearest_before(mention, candidates) if candidates else None


def _in_order(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    it = iter(full)
    return all(word in it for word in short)


def _nearest_before(mention: Mention, clusters: list[Cluster]) -> Cluster:
    """The cluster mentioned last before `mention` (or, failing that, first after it)."""
    if len(clusters) == 1:
        return clusters[0]

    def last_before(c: Cluster) -> int:
        before = [m.start for m in c.mentions if m.start < mention.start]
        return max(before) if before else -1

    return max(clusters, key=lambda c: (last_before(c), -c.first))


def cluster_names(doc: Doc, mentions: list[Mention]) -> list[Cluster]:
    """Organisations, places, groups and the rest: one entity per name, acronyms joined."""
    clusters: list[Cluster] = []
    by_key: dict[tuple[str, tuple[str, ...]], Cluster] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        key = (_type_group(mention.label), _key(mention.words))
        cluster = by_key.get(key)
        if cluster is None:
            cluster = Cluster(type=mention.label)
            clusters.append(cluster)
            by_key[key] = cluster
        cluster.add(mention)
    return _join_acronyms(doc, clusters)


def _type_group(label: str) -> str:
    """Types that share names: "Gaza" may come out GPE once and LOC once; it is one place."""
    return "PLACE" if label in PLACE_TYPES else label


def initials(words: tuple[str, ...]) -> str:
    """One letter per word, skipping function words ("Co-operation" gives one C, as in OSCE)."""
    return "".join(word[0] for word in words if word and word not in _INITIALS_SKIP and word[0].isalnum())


def _join_acronyms(doc: Doc, clusters: list[Cluster]) -> list[Cluster]:
    """Merge "Islamic Resistance Movement" and "(Hamas)" written beside it, and acronyms whose
    letters are the initials of an organisation's name in the same story."""
    owner: dict[int, Cluster] = {}
    for cluster in clusters:
        for m in cluster.mentions:
            owner[m.start] = cluster
    merged: dict[int, Cluster] = {}  # id(cluster) -> the cluster it went into

    def find(c: Cluster) -> Cluster:
        while id(c) in merged:
            c = merged[id(c)]
        return c

    text = doc_text(doc)
    for cluster in clusters:
        if cluster.type not in {"ORG", "NORP"}:
            continue
        for m in list(cluster.names):
            # "the Islamic Resistance Movement (Hamas)": the parenthesis right after the name.
            after = _PARENTHESIS_AFTER_RE.match(text, m.end)  # from the name's end, no copy of the rest
            if after is None:
                continue
            other = owner.get(after.end())
            if other is not None and find(other) is not find(cluster) and other.type == "ORG":
                _merge(find(cluster), find(other), merged)
    # Initials: "NATO" and "North Atlantic Treaty Organization".
    long_forms = {}
    for cluster in clusters:
        if cluster.type == "ORG":
            for m in cluster.names:
                if len(m.words) >= 2:
                    long_forms.setdefault(initials(m.words), cluster)
    for cluster in clusters:
        if cluster.type != "ORG":
            continue
        for m in cluster.names:
            if len(m.words) == 1 and _ACRONYM_RE.match(m.name) and m.name.isupper():
                other = long_forms.get(m.name.lower().replace(".", ""))
                if other is not None and find(other) is not find(cluster):
                    _merge(find(other), find(cluster), merged)
    return [c for c in clusters if id(c) not in merged]


def _merge(into: Cluster, other: Cluster, merged: dict[int, Cluster]) -> None:
    for m in other.mentions:
        into.add(m)
    for role in other.roles:
        into.add_role(role)
    merged[id(other)] = into


# -- 4. institutions -------------------------------------------------------------------------
_MAX_INSTITUTION_WORDS = max(len(n.split()) for n in INSTITUTION_NOUNS)


def institution_mentions(doc: Doc) -> list[Mention]:
    """"Israel's military", "the Israeli army", "Russia's foreign ministry": nominal mentions of an
    organisation of a country, spanning the whole phrase (the article dropped)."""
    found = []
    tokens = token_table(doc)
    texts, lowers = tokens.texts, tokens.lowers
    for ent in doc_ents(doc):
        if ent.label_ not in {"GPE", "NORP"}:
            continue
        i = ent.end
        if ent.label_ == "GPE":
            if i >= len(lowers) or doc[i].tag_ != "POS":
                continue
            i += 1
        elif texts[ent.start][:1].islower():
            continue
        for size in range(_MAX_INSTITUTION_WORDS, 0, -1):
            if i + size > len(lowers):
                continue
            if " ".join(lowers[i : i + size]) in INSTITUTION_NOUNS and not any(t.ent_type_ for t in doc[i : i + size]):
                start = ent.start
                span = doc[start : i + size]
                found.append(
                    Mention(
                        start=span.start_char,
                        end=span.end_char,
                        kind="nominal",
                        label="ORG",
                        name=display_name(span.text),
                        words=tuple(t.lower_ for t in span if t.tag_ != "POS" or True),
                        token_start=span.start,
                        token_end=span.end,
                    )
                )
                break
    return found


def cluster_institutions(mentions: list[Mention]) -> list[Cluster]:
    clusters: dict[tuple[str, ...], Cluster] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        key = tuple(w for w in mention.words if w not in {"'s", "’s"})
        cluster = clusters.setdefault(key, Cluster(type="ORG"))
        cluster.mentions.append(mention)
    return list(clusters.values())
