"""Corpus-level entity merging: which corpus entity an article's entity is.

An article's entities are already clustered inside the article (the record's `entities`, with the
fullest name used there and the roles given). Across articles the store decides, conservatively,
whether "Putin, the Russian president" in one story is the "Vladimir Putin" of another:

    PERSON, full name ("Vladimir Putin")
      1. the same normalised full name                          -> that entity
      2. same surname, same first name, middle names compatible -> that entity, if only one
      3. a surname-only entity ("Putin") without conflicting roles, if only one -> it, upgraded
    PERSON, one name ("Putin")
      1. full-name entities with that surname: the one whose roles share a word with the
         article's roles; or the only one, if no roles conflict -> it
      2. else the surname-only entity of that name (an "unresolved Jones" bucket) or a new one
    other types
      - places with a geonames id: the entity with that id; never one with a different id
      - the same normalised name within a compatible type (GPE ~ LOC)
      - an acronym and the one name whose initials it is ("UN" ~ "United Nations"), if only one

An entity is shown with the name its own articles use most (`corpus_name`): "US", not a longer
name merged into it by GeoNames id ("US People's Choice Awards") or by acronym; a person by their
full name.

Two different full names are never merged ("Sarah Jones" and "Gareth Jones"), and an ambiguous
surname is never guessed. The decision uses only entities already in the corpus, so the result
depends on the order articles are written; the writer writes in input order, so the same inputs
give the same corpus.

`decide` is pure (it takes the candidates); `Resolver` fetches candidates with SQL.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field

from dateline.lexicons.merging import (
    ACRONYM_MAX_LETTERS,
    ACRONYM_SKIP,
    NAME_ARTICLES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NAME_TITLES,
    ROLE_STOPWORDS,
    TYPE_GROUPS,
)
from dateline.record import Entity

_POSSESSIVE = re.compile(r"['’]s?$")
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Za-z]\.){2,}$")
_NON_WORD = re.compile(r"[^\w\s]+")
_INITIAL = re.compile(r"^\w$")


@dataclass(frozen=True)
class NameKey:
    """What the merger compares: the normalised name and its parts."""

    norm: str  # "vladimir putin"
    tokens: tuple[str, ...]  # ("vladimir", "putin")
    surname: str | None  # PERSON only
    acronym: str | None  # "un" for "United Nations", or the name itself if it is an acronym
    is_acronym: bool


@dataclass
class Candidate:
    """A corpus entity as the merger sees it."""

    id: int
    type: str
    norm: str
    surname: str | None = None
    geonames_id: int | None = None
    role_words: frozenset[str] = field(default_factory=frozenset)
    ambiguous: bool = False

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(self.norm.split())


def fold(text: str) -> str:
    """Lower case, no diacritics, typographic apostrophes made plain."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def name_key(name: str, type_: str) -> NameKey:
    words = name.split()
    if words and _POSSESSIVE.search(words[-1]) and len(words[-1]) > 2:
        words[-1] = _POSSESSIVE.sub("", words[-1])  # "Putin's" -> "Putin"
    raw = " ".join(words)
    # "U.S." and "U.N." are acronyms written with dots.
    if _DOTTED_ACRONYM.match(raw.replace(" ", "")):
        letters = raw.replace(".", "").replace(" ", "")
        return NameKey(letters.lower(), (letters.lower(),), None, letters.lower(), True)
    tokens = [t for t in _NON_WORD.sub(" ", fold(raw).replace("-", " ")).split() if t]
    while len(tokens) > 1 and tokens[0] in NAME_ARTICLES:
        tokens = tokens[1:]
    surname = None
    if type_ == "PERSON":
        while len(tokens) > 1 and tokens[0] in NAME_TITLES:
            tokens = tokens[1:]
        while len(tokens) > 1 and tokens[-1] in NAME_SUFFIXES:
            tokens = tokens[:-1]
        surname = tokens[-1] if tokens else None
    compact = "".join(ch for ch in raw if ch.isalpha())
    is_acronym = type_ != "PERSON" and 2 <= len(compact) <= ACRONYM_MAX_LETTERS and compact.isupper()
    if is_acronym:
        acronym = compact.lower()
    else:
        initials = [t[0] for t in tokens if t not in ACRONYM_SKIP]
        acronym = "".join(initials) if len(initials) >= 2 else None
    return NameKey(" ".join(tokens), tuple(tokens), surname, acronym, is_acronym)


def role_words(roles: list[str] | tuple[str, ...] | set[str] | frozenset[str]) -> frozenset[str]:
    words: set[str] = set()
    for role in roles:
        for word in _NON_WORD.sub(" ", fold(role).replace("-", " ")).split():
            if word not in ROLE_STOPWORDS and len(word) > 1:
                words.add(word)
    return frozenset(words)


def type_group(type_: str) -> str:
    return TYPE_GROUPS.get(type_, type_)


def _roles_conflict(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Both sides have roles and they share no word: "health minister" vs "editor"."""
    return bool(mine) and bool(theirs) and not (mine & theirs)


def _first_names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same first name and surname, middle names equal or present on one side only; or one name
    is the end of the other. "George W Bush" and "George H W Bush" are two people: differing
    middles never merge."""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    first_a, first_b = a[0], b[0]
    if first_a != first_b:
        # A first name dropped: "Tayyip Erdogan" is the end of "Recep Tayyip Erdogan".
        shorter, longer = (a, b) if len(a) < len(b) else (b, a)
        return len(shorter) < len(longer) and longer[-len(shorter):] == shorter
    middle_a, middle_b = a[1:-1], b[1:-1]
    return not middle_a or not middle_b or middle_a == middle_b


def _surname_only(tokens: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`tokens` is the surname of `full` alone: "putin", or "von der leyen" for Ursula von der Leyen."""
    if len(tokens) == 1:
        return True
    return tokens[0] in NAME_PARTICLES and len(full) > len(tokens) and full[-len(tokens):] == tokens


def _only(items: list[Candidate]) -> Candidate | None:
    return items[0] if len(items) == 1 else None


@dataclass(frozen=True)
class Decision:
    """The chosen corpus entity (None: a new one) and whether the name was ambiguous."""

    entity: Candidate | None
    ambiguous: bool = False


def decide_person(key: NameKey, roles: frozenset[str], exact: list[Candidate], same_surname: list[Candidate]) -> Decision:
    """The corpus PERSON this article's person is."""
    full = [c for c in same_surname if len(c.tokens) >= 2]
    if len(key.tokens) >= 2:
        if exact:
            return Decision(min(exact, key=lambda c: c.id))
        compatible = [c for c in full if _first_names_compatible(key.tokens, c.tokens)]
        if compatible:
            return Decision(_only(compatible))
        if key.tokens[0] in NAME_PARTICLES:
            # "von der Leyen" alone: the one full name that ends with this particle surname.
            ending = [c for c in full if len(c.tokens) > len(key.tokens) and c.tokens[-len(key.tokens):] == key.tokens]
            if ending:
                return Decision(_only(ending))
        # A surname-only entity ("Putin" in earlier stories) becomes this full name, unless it
        # holds mentions that were ambiguous between several people, or its roles conflict.
        bare = [
            c for c in same_surname
            if _surname_only(c.tokens, key.tokens) and not c.ambiguous and not _roles_conflict(roles, c.role_words)
        ]
        return Decision(_only(bare))
    # One name: a full-name entity with that surname, when the evidence picks exactly one.
    chosen = None
    if roles:
        sharing = [c for c in full if roles & c.role_words]
        if sharing:
            chosen = _only(sharing)
        elif len(full) == 1 and not _roles_conflict(roles, full[0].role_words):
            chosen = full[0]
    elif len(full) == 1:
        chosen = full[0]
    if chosen is not None:
        return Decision(chosen)
    # Else the surname-only entity of this name: an "unresolved Jones" when several fit.
    bucket = [c for c in exact if len(c.tokens) == 1]
    return Decision(min(bucket, key=lambda c: c.id) if bucket else None, ambiguous=len(full) > 1)


def decide_other(key: NameKey, geonames_id: int | None, by_geo: list[Candidate], exact: list[Candidate], by_acronym: list[Candidate]) -> Candidate | None:
    if geonames_id is not None and by_geo:
        return min(by_geo, key=lambda c: c.id)
    usable = [c for c in exact if geonames_id is None or c.geonames_id in (None, geonames_id)]
    if geonames_id is None and len({c.geonames_id for c in usable if c.geonames_id is not None}) > 1:
        # "Paris" with no geo, and the corpus has Paris, France and Paris, Texas: neither; the
        # entity of that name without geo if there is one.
        usable = [c for c in usable if c.geonames_id is None]
        return min(usable, key=lambda c: c.id) if usable else None
    if usable:
        return min(usable, key=lambda c: c.id)
    if key.is_acronym:
        # "UN" here, "United Nations" there: the one full name whose initials these are.
        return _only([c for c in by_acronym if len(c.tokens) >= 2])
    return _only([c for c in by_acronym if len(c.tokens) == 1 and c.norm == key.acronym])


# The id the writer gives the entity it makes for a dateline place (not one of the record's).
DATELINE_ENTITY = "dateline"


class Resolver:
    """Finds or creates the corpus entity of each article entity, inside the writer's transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.article_ids: set[int] = set()  # corpus ids given to the current article's entities

    def begin_article(self) -> None:
        """The writer resolves an article's entities before it writes their rows: call first."""
        self.article_ids = set()

    def resolve(self, entity: Entity, same_article: dict[str, set[int]] | None = None) -> int:
        corpus_id = self._resolve(entity, same_article)
        self.article_ids.add(corpus_id)
        return corpus_id

    def _resolve(self, entity: Entity, same_article: dict[str, set[int]] | None) -> int:
        """The corpus id of `entity`. `same_article`: surname -> corpus ids of the people named
        in full in the same article, so its "Mr Blair" is its "Tony Blair" (first mention in
        full, then the surname: the convention of news copy), whoever else the corpus calls Blair."""
        key = name_key(entity.name, entity.type)
        if not key.norm:
            key = NameKey(fold(entity.name).strip() or "?", (fold(entity.name).strip() or "?",), None, None, False)
        geo = entity.geo
        geonames_id = geo.geonames_id if geo else None
        if entity.type == "PERSON" and len(key.tokens) == 1 and same_article and len(same_article.get(key.norm, ())) == 1:
            [corpus_id] = same_article[key.norm]
            self._update(self._candidates("id = ?", (corpus_id,))[0], entity, key, geonames_id)
            return corpus_id
        if entity.type == "PERSON":
            roles = role_words(entity.roles)
            exact = self._candidates("norm = ? AND type = 'PERSON'", (key.norm,))
            if len(key.tokens) >= 2 and exact:  # the common case: a full name seen before
                same_surname = []
            else:
                same_surname = self._candidates("surname = ? AND type = 'PERSON'", (key.surname,)) if key.surname else []
            decision = decide_person(key, roles, exact, same_surname)
            chosen = decision.entity
            if decision.ambiguous:
                return self._mark_ambiguous(chosen.id if chosen else self._create(entity, key, geonames_id))
        else:
            types = [t for t, g in TYPE_GROUPS.items() if g == type_group(entity.type)] or [entity.type]
            marks = ",".join("?" * len(types))
            by_geo = self._candidates("geonames_id = ?", (geonames_id,)) if geonames_id is not None else []
            # An acronym ("US") is only the same name as an entity made from an acronym or its
            # expansion, never as a word that folds to it ("Us", a mis-cased NER span).
            same_name = "norm = ? AND acronym = norm" if key.is_acronym else "norm = ?"
            exact = self._candidates(f"{same_name} AND type IN ({marks})", (key.norm, *types))
            by_acronym = []
            if key.acronym:
                if key.is_acronym:
                    by_acronym = self._candidates(f"acronym = ? AND type IN ({marks})", (key.acronym, *types))
                else:
                    by_acronym = self._candidates(f"norm = ? AND acronym = norm AND type IN ({marks})", (key.acronym, *types))
            chosen = decide_other(key, geonames_id, by_geo, exact, by_acronym)
        if chosen is None:
            return self._create(entity, key, geonames_id)
        self._update(chosen, entity, key, geonames_id)
        return chosen.id

    # -- SQL -----------------------------------------------------------------------------------
    def _candidates(self, where: str, params: tuple) -> list[Candidate]:
        rows = self.conn.execute(
            f"SELECT id, type, norm, surname, geonames_id, ambiguous FROM entities WHERE {where} ORDER BY id LIMIT 50", params
        ).fetchall()
        if not rows:
            return []
        roles: dict[int, list[str]] = {}
        ids = [row[0] for row in rows]
        for entity_id, role in self.conn.execute(
            f"SELECT DISTINCT entity_id, role FROM entity_roles WHERE entity_id IN ({','.join('?' * len(ids))})", ids
        ):
            roles.setdefault(entity_id, []).append(role)
        return [Candidate(r[0], r[1], r[2], r[3], r[4], role_words(roles.get(r[0], [])), bool(r[5])) for r in rows]

    def rename(self, entity_ids: set[int]) -> None:
        """Give each entity the name its articles use most (call after the article's rows are
        written): see `corpus_name`."""
        for entity_id in sorted(entity_ids):
            row = self.conn.execute("SELECT type, name FROM entities WHERE id = ?", (entity_id,)).fetchone()
            if row is None:
                continue
            type_, current = row
            types = [t for t, g in TYPE_GROUPS.items() if g == type_group(type_)] or [type_]
            rows = self.conn.execute(
                f"SELECT name, article_id FROM article_entities WHERE entity_id = ? AND type IN ({','.join('?' * len(types))})",
                (entity_id, *types),
            ).fetchall()
            name = corpus_name(type_, rows)
            if name is not None and name != current:
                self.conn.execute("UPDATE entities SET name = ? WHERE id = ?", (name, entity_id))

    def _mark_ambiguous(self, entity_id: int) -> int:
        self.conn.execute("UPDATE entities SET ambiguous = 1 WHERE id = ?", (entity_id,))
        return entity_id

    def _create(self, entity: Entity, key: NameKey, geonames_id: int | None) -> int:
        geo = entity.geo
        cursor = self.conn.execute(
            "INSERT INTO entities (type, name, norm, surname, acronym, geonames_id, country) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (entity.type, _display_name(entity.name), key.norm, key.surname, key.acronym, geonames_id, geo.country if geo else None),
        )
        return int(cursor.lastrowid)

    def _update(self, chosen: Candidate, entity: Entity, key: NameKey, geonames_id: int | None) -> None:
        """A fuller name replaces a shorter one ("Putin" -> "Vladimir Putin"); geo fills in; a
        name as an article writes it replaces one known only from a dateline ("Us" from a
        "US (Reuters)" opener, in the dateline's ordinary capitalisation)."""
        from_dateline_only = (
            entity.id != DATELINE_ENTITY
            and chosen.id not in self.article_ids
            and self.conn.execute("SELECT 1 FROM article_entities WHERE entity_id = ? LIMIT 1", (chosen.id,)).fetchone() is None
        )
        # Only a person's key grows with a fuller name ("putin" -> "vladimir putin", so the next
        # "Vladimir Putin" is an exact match). A place merged by its GeoNames id or a name merged
        # by its acronym keeps its own key: "US People's Choice Awards" geocoded to the US, or
        # "Aldridge Browhills Conservatives" spelling ABC, is no fuller name of either. The name
        # shown is chosen by use (`rename`).
        upgrade = chosen.type == "PERSON" and entity.type == "PERSON" and len(key.tokens) > len(chosen.tokens)
        if from_dateline_only or upgrade:
            self.conn.execute(
                "UPDATE entities SET name = ?, norm = ?, surname = ?, acronym = ? WHERE id = ?",
                (_display_name(entity.name), key.norm, key.surname, key.acronym, chosen.id),
            )
        if geonames_id is not None and chosen.geonames_id is None:
            self.conn.execute(
                "UPDATE entities SET geonames_id = ?, country = coalesce(country, ?) WHERE id = ?",
                (geonames_id, entity.geo.country if entity.geo else None, chosen.id),
            )


def _display_name(name: str) -> str:
    return " ".join(name.split())


def corpus_name(type_: str, uses: list[tuple[str, str]]) -> str | None:
    """The name a reader would use for a corpus entity, from (name, article id) of its mentions
    typed like it: the name most articles use, counted by its key so spellings add up ("Tony
    Blair", "Tony Blair's", "Mr Tony Blair"), then written as most of them write it. A person
    is named in full when any article names them in full ("Tony Blair", not "Blair"). A name
    seen only under another type (an ORG geocoded to a country) never names it."""
    by_key: dict[str, dict[str, set[str]]] = {}
    for name, article in uses:
        shown = _display_name(name)
        key = name_key(shown, type_)
        if not key.norm:
            continue
        by_key.setdefault(key.norm, {}).setdefault(shown, set()).add(article)
    if not by_key:
        return None
    if type_ == "PERSON" and any(len(norm.split()) >= 2 for norm in by_key):
        by_key = {norm: spellings for norm, spellings in by_key.items() if len(norm.split()) >= 2}

    def articles(spellings: dict[str, set[str]]) -> int:
        return len(set().union(*spellings.values()))

    # Most articles; then the fuller name; then the first in order, for the same result every time.
    norm = min(by_key, key=lambda n: (-articles(by_key[n]), -len(n.split()), n))
    spellings = by_key[norm]
    return min(spellings, key=lambda s: (-len(spellings[s]), s.lower() == s, s))
