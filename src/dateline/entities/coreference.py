"""`dateline_coreference`: pronouns and nominals resolved to the story's entities, by rule.

No offline coreference model exists for spaCy 3.8, so this is a salience resolver in the manner
of Lappin and Leass (1994), cut to what news prose makes reliable:

    1. referring expressions   third-person pronouns outside quotations ("he", "its"), and
                               definite nominals ("the president", "the ministry", "the company"):
                               referring.py
    2. candidates              entities mentioned before it, within a few paragraphs, whose type,
                               gender and number agree (gender from honorifics, given names,
                               gendered roles and pronouns already resolved; "it" for an
                               organisation or a country; a nominal's noun must match a role or
                               the organisation's name)
    3. salience                recency (sentences), the grammatical role of the last mention
                               (subjects first), how often the entity was mentioned, and
                               subject-to-subject parallelism
    4. decision                the best candidate if it scores enough and leads the next one by a
                               clear margin; otherwise the expression stays unresolved

Mentions found are added, in text order, to `doc._.dateline_entities` (kinds `pronoun` and
`nominal`), and each one counts as a mention for the expressions after it. The sentences,
paragraphs, quotations and grammatical roles the rules read are doc_structure.py's.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from operator import itemgetter

from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.doc import ARTICLE, ENTITIES, WARNINGS, char_tokens, ensure_extensions, guarded, layer, set_layer, token_table
from dateline.entities.doc_structure import OBJECT_DEPS, SUBJECT_DEPS, DocStructure
from dateline.entities.places import GazetteerPlaces, NoPlaces, PlaceNames
from dateline.entities.referring import Referring, covered_chars, referring_expressions
from dateline.errors import Warnings
from dateline.language import gazetteer_for
from dateline.lexicons.names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from dateline.lexicons.organisations import NOMINALS_NEEDING_NAME_WORD, ORGANISATION_NOMINALS
from dateline.lexicons.pronouns import PRONOUN_TYPES, PRONOUNS, REFLEXIVES
from dateline.lexicons.titles import (
    FEMALE_ROLE_WORDS,
    HONORIFICS_FEMALE,
    HONORIFICS_MALE,
    MALE_ROLE_WORDS,
    PERSON_NOMINALS,
)

# -- named thresholds ------------------------------------------------------------------------
# How far back an antecedent may be, in paragraphs. Wire copy opens a paragraph with "He said"
# about the person named one or two paragraphs up (the sample: "Putin said ..." / "He said ...");
# "it" and "they" refer within the paragraph or to the one before.
MAX_PARAGRAPHS_BACK = {"person": 2, "thing": 1, "nominal": 3}
# Beyond this many sentences a mention no longer supports a pronoun on its own.
MAX_SENTENCES_BACK = 5
# Recency points by sentence distance (0 = same sentence); further back: the last value.
RECENCY_POINTS = (50, 35, 20, 10, 5, 2)
# Grammatical role of the antecedent's last mention: subjects are what news pronouns continue.
ROLE_POINTS = {"subj": 30, "obj": 15, "poss": 10, "obl": 5, "other": 0}
PARALLEL_SUBJECT_POINTS = 10
FREQUENCY_POINTS = 3  # per earlier mention, up to FREQUENCY_CAP mentions
FREQUENCY_CAP = 5
# A person whose sex the text never shows, for "he" or "she": the writer chose the pronoun
# knowing the sex, so a candidate known to match explains it better.
UNKNOWN_GENDER_PENALTY = 25
# A paragraph that opens with a subject sets its topic ("Daly was more cautious. He said ...").
PARAGRAPH_TOPIC_POINTS = 15
# A definite nominal whose noun matches the entity's role or name ("the president" for "French
# President Luc Moreau", "the ministry" for "Commerce Ministry"): the match is the evidence.
NOMINAL_MATCH_POINTS = 20
QUOTED_ANTECEDENT_PENALTY = 15  # a name inside someone's quotation
# Decision: measured on the coref gold set (evaluation/data/coref_gold.jsonl): below 40 the
# candidates are mentions 3+ sentences back with no subject role, which the gold set shows to be
# wrong more often than right; a lead under 12 points is a coin toss between two subjects.
MIN_SCORE = 40
MIN_MARGIN = 12

# The farthest reach of any antecedent, in paragraphs.
MAX_REACH = max(MAX_PARAGRAPHS_BACK.values())
# A mention too far back to be the antecedent, standing in for itself when only the count of
# earlier mentions matters (paragraph -1 is out of every reach).
_OLDER = (-1, -1, -1, -1, "other", False)



@dataclass
class EntityState:
    index: int
    type: str
    name: str
    roles: list[str]
    gender: str | None
    nominal_keys: set[str] = field(default_factory=set)
    # (start char, end char, sentence index, paragraph index, grammatical role, quoted), in
    # the order of their start (ties in the order added)
    mentions: list[tuple[int, int, int, int, str, bool]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)

    def add_mention(self, mention: tuple[int, int, int, int, str, bool]) -> None:
        at = bisect.bisect_right(self.starts, mention[0])
        self.starts.insert(at, mention[0])
        self.mentions.insert(at, mention)

    def mentions_before(self, char: int, first_paragraph: int) -> list[tuple[int, int, int, int, str, bool]]:
        """The mentions ending by `char` from paragraph `first_paragraph` on, in the order
        added, and then older ones until FREQUENCY_CAP are counted in all: all that scoring
        reads (the last mention, its sentence, the frequency up to its cap)."""
        found = []
        older = 0
        i = bisect.bisect_right(self.starts, char) - 1
        while i >= 0:
            m = self.mentions[i]
            if m[3] < first_paragraph:
                if older + len(found) >= FREQUENCY_CAP:
                    break
                older += m[1] <= char
            elif m[1] <= char:
                found.append(m)
            i -= 1
        found.reverse()
        return [_OLDER] * older + found


class Coreferencer:
    def __init__(self, places: PlaceNames | None = None) -> None:
        self.places = places if places is not None else NoPlaces()

    @guarded(Warnings.W041)  # a Doc the rules cannot read costs its pronouns, not the article
    def __call__(self, doc: Doc) -> Doc:
        entities = layer(doc, ENTITIES)
        if not entities:
            return doc
        self.set_annotations(doc, entities, self.predict(doc, entities))
        return doc

    # -- predict ---------------------------------------------------------------------------
    def predict(self, doc: Doc, entities: list[dict]) -> list[tuple[int, Referring]]:
        context = DocStructure(doc)
        states = [self._state(doc, context, i, e) for i, e in enumerate(entities)]
        nearby = _MentionIndex(states)
        taken = {(m["span"][0], m["span"][1]) for e in entities for m in e["mentions"]}
        covered = covered_chars(entities)
        resolved: list[tuple[int, Referring]] = []
        for ref in referring_expressions(doc, context, covered):
            if (ref.start, ref.end) in taken:
                continue
            # Only entities mentioned within reach can be antecedents: looking at those alone
            # keeps a long article linear (every entity against every pronoun is quadratic).
            paragraph = context.paragraph_of(ref.start)
            choice = self.resolve(ref, nearby.near(states, paragraph), context)
            if choice is None:
                continue
            state = states[choice]
            resolved.append((choice, ref))
            state.add_mention(context.mention_info(ref.start, ref.end, ref.token))
            nearby.add(choice, paragraph)
            if ref.kind == "pronoun" and state.type == "PERSON" and state.gender is None:
                gender = PRONOUNS[ref.key][0]
                if gender in {"m", "f"}:
                    state.gender = gender
            if ref.kind == "nominal":
                state.nominal_keys.add(ref.key)
        return resolved

    def set_annotations(self, doc: Doc, entities: list[dict], resolved: list[tuple[int, Referring]]) -> None:
        for index, ref in resolved:
            mentions = entities[index]["mentions"]
            mentions.append({"span": [ref.start, ref.end], "kind": ref.kind})
            mentions.sort(key=lambda m: (m["span"][0], m["span"][1]))
        set_layer(doc, ENTITIES, entities)

    def _state(self, doc: Doc, context: "DocStructure", index: int, entity: dict) -> EntityState:
        state = EntityState(index=index, type=entity["type"], name=entity["name"], roles=list(entity["roles"]), gender=None)
        for m in entity["mentions"]:
            start, end = m["span"]
            if not context.text[start:end].strip():
                continue  # the dateline place: blanked, no grammar to read
            tokens = char_tokens(doc, start, end)  # doc.char_span's tokens, no Span built
            if not tokens:
                continue
            # A one-word span is its own root; a longer one asks spaCy.
            root = doc[tokens.start] if len(tokens) == 1 else doc[tokens.start : tokens.stop].root
            state.add_mention(context.mention_info(start, end, root))
        if state.type == "PERSON":
            state.gender = person_gender(doc, entity)
        return state

    # -- resolve ---------------------------------------------------------------------------
    def resolve(self, ref: Referring, states: list[EntityState], context: "DocStructure") -> int | None:
        scored = []
        at = None  # where the expression stands, read once for all its candidates
        for state in states:
            if not self._compatible(ref, state):
                continue
            if at is None:
                at = _Position(context, ref)
            score = self._score(ref, state, context, at)
            if score is not None:
                scored.append((score, state.index))
        if not scored:
            return None
        scored.sort(reverse=True)
        best, index = scored[0]
        if best < MIN_SCORE:
            return None
        if len(scored) > 1 and best - scored[1][0] < MIN_MARGIN:
            return None
        return index

    def _compatible(self, ref: Referring, state: EntityState) -> bool:
        if ref.kind == "pronoun":
            gender, number = PRONOUNS[ref.key]
            if state.type not in PRONOUN_TYPES[(gender, number)]:
                return False
            if gender in {"m", "f"} and state.gender not in {None, gender}:
                return False
            if number == "sg" and state.type == "ORG" and _plural_name(state.name):
                return False
            return True
        if ref.key in PERSON_NOMINALS:
            if state.type != "PERSON":
                return False
            if ref.key in state.nominal_keys:
                return True
            wanted = PERSON_NOMINALS[ref.key]
            roles = [r.lower() for r in state.roles]
            if not any(re.search(rf"\b{re.escape(w)}\b", r) for r in roles for w in wanted):
                return False
            # "the Ukrainian president" is not the Russian one: capitalised modifiers must agree
            # (those that belong to the nominal itself, "Kremlin" in "the Kremlin chief", aside).
            own = set(ref.key.split())
            return all(any(word in r for r in roles) for word in _nominal_modifiers(ref) if word not in own)
        types, name_words = ORGANISATION_NOMINALS[ref.key]
        if state.type not in types:
            return False
        if ref.key in state.nominal_keys:
            return True
        if ref.key in NOMINALS_NEEDING_NAME_WORD:
            words = set(re.findall(r"[a-z]+", state.name.lower()))
            if not words & name_words:
                return False
        if ref.key == "country":
            kind = self.places.place_kind(state.name)
            return kind in {None, "country"}
        if ref.key == "city":
            return self.places.place_kind(state.name) not in {"country", "admin1", "region"}
        return True

    def _score(self, ref: Referring, state: EntityState, context: "DocStructure", at: "_Position | None" = None) -> float | None:
        at = at or _Position(context, ref)
        before = state.mentions_before(ref.start, at.paragraph - MAX_REACH)
        if not before:
            return None
        sentence, paragraph = at.sentence, at.paragraph
        last = max(before, key=_START)
        reach = "nominal" if ref.kind == "nominal" else ("person" if state.type == "PERSON" else "thing")
        if paragraph - last[3] > MAX_PARAGRAPHS_BACK[reach]:
            return None
        distance = sentence - last[2]
        if ref.kind == "pronoun" and distance > MAX_SENTENCES_BACK:
            return None
        # Binding: "Putin praised him", "Ellison criticised Carver, accusing him": an object
        # pronoun is not the subject of its own clause, stated or understood.
        if ref.kind == "pronoun" and ref.key not in REFLEXIVES and ref.token.dep_ in OBJECT_DEPS:
            verb = clause_subject_verb(ref.token.head)
            if any(m[2] == sentence and context.is_subject_of(m, verb) for m in before):
                return None
        if ref.key in REFLEXIVES and distance > 0:
            return None
        # "NATO would hold exercises in Poland. The alliance said they were routine": a plural
        # noun between the organisation and "they" is the likelier referent, and no entity.
        if ref.kind == "pronoun" and PRONOUNS[ref.key][1] == "pl" and context.plural_noun_between(last[1], ref.start):
            return None
        score = RECENCY_POINTS[min(distance, len(RECENCY_POINTS) - 1)]
        # The role of the most salient recent mention: the best role among mentions in the
        # last mention's sentence.
        recent = [m for m in before if m[2] == last[2]]
        role = max((m[4] for m in recent), key=lambda r: ROLE_POINTS[r])
        score += ROLE_POINTS[role]
        if role == "subj" and at.role(context) == "subj":
            score += PARALLEL_SUBJECT_POINTS
        score += FREQUENCY_POINTS * min(len(before), FREQUENCY_CAP)
        if all(m[5] for m in recent):
            score -= QUOTED_ANTECEDENT_PENALTY
        if ref.kind == "pronoun" and PRONOUNS[ref.key][0] in {"m", "f"} and state.gender is None:
            score -= UNKNOWN_GENDER_PENALTY
        if ref.kind == "nominal":
            score += NOMINAL_MATCH_POINTS
        opening = at.opening(context)
        if sentence != opening and any(m[3] == paragraph and m[2] == opening and m[4] == "subj" for m in before):
            score += PARAGRAPH_TOPIC_POINTS
        return score


_START = itemgetter(0)  # a mention's start character


class _Position:
    """Where a referring expression stands (its narrative sentence, its paragraph, the opening
    sentence of that paragraph, its grammatical role): the same for every candidate antecedent,
    so read once per expression, the last two when first asked."""

    __slots__ = ("ref", "sentence", "paragraph", "_opening", "_role")

    def __init__(self, context: "DocStructure", ref: Referring) -> None:
        self.ref = ref
        self.sentence = context.sentence_of(ref.start)
        self.paragraph = context.paragraph_of(ref.start)
        self._opening: int | None = None
        self._role: str | None = None

    def opening(self, context: "DocStructure") -> int:
        if self._opening is None:
            self._opening = context.paragraph_opening_sentence(self.paragraph)
        return self._opening

    def role(self, context: "DocStructure") -> str:
        if self._role is None:
            self._role = context.role_of(self.ref.token)
        return self._role


def clause_subject_verb(verb: Token) -> Token:
    """The verb whose subject is `verb`'s subject: itself if it has one, else the verb it hangs
    from ("accusing" in "Ellison criticised Carver, accusing him" is Ellison's)."""
    while not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.dep_ in {"advcl", "xcomp", "conj", "acl"} and verb.head is not verb:
        verb = verb.head
    return verb


def _plural_name(name: str) -> bool:
    """"Palestinians", "Houthis": a group named in the plural takes "they", not "it"."""
    return name.endswith("s") and not name.endswith(("ss", "us", "is")) and " " not in name and name[:1].isupper() and name.lower() not in {"hamas"}


def _nominal_modifiers(ref: Referring) -> list[str]:
    """Capitalised words before a nominal's head ("the Ukrainian president" -> ["ukrainian"])."""
    words = []
    for child in ref.token.lefts:
        if child.dep_ in {"amod", "compound"} and child.text[:1].isupper():
            words.append(child.lower_)
    return words


# -- gender ----------------------------------------------------------------------------------
def person_gender(doc: Doc, entity: dict) -> str | None:
    """"m", "f" or None, from honorifics before a mention, gendered roles, the given name."""
    votes = {"m": 0, "f": 0}
    lowers = token_table(doc).lowers
    for m in entity["mentions"]:
        if m["kind"] != "name":
            continue
        tokens = char_tokens(doc, m["span"][0], m["span"][1])
        if tokens is None or tokens.start == 0:
            continue
        before = lowers[tokens.start - 1]
        if before in HONORIFICS_MALE or before + "." in HONORIFICS_MALE:
            votes["m"] += 2
        elif before in HONORIFICS_FEMALE or before + "." in HONORIFICS_FEMALE:
            votes["f"] += 2
    for role in entity["roles"]:
        words = set(re.findall(r"[a-z]+", role.lower()))
        votes["f"] += 2 * bool(words & FEMALE_ROLE_WORDS)
        votes["m"] += 2 * bool(words & MALE_ROLE_WORDS)
    first = entity["name"].split()[0].lower() if entity["name"].split() else ""
    if len(entity["name"].split()) > 1:
        votes["m"] += first in MALE_GIVEN_NAMES
        votes["f"] += first in FEMALE_GIVEN_NAMES
    if votes["m"] == votes["f"]:
        return None
    return "m" if votes["m"] > votes["f"] else "f"


class _MentionIndex:
    """Which entities are mentioned in each paragraph, for the candidates of a referring
    expression: those with a mention at most MAX_REACH paragraphs back."""

    def __init__(self, states: list[EntityState]) -> None:
        self.by_paragraph: dict[int, set[int]] = {}
        for state in states:
            for m in state.mentions:
                self.add(state.index, m[3])

    def add(self, index: int, paragraph: int) -> None:
        self.by_paragraph.setdefault(paragraph, set()).add(index)

    def near(self, states: list[EntityState], paragraph: int) -> list[EntityState]:
        found: set[int] = set()
        for p in range(paragraph - MAX_REACH, paragraph + 1):
            found |= self.by_paragraph.get(p, set())
        return [states[i] for i in sorted(found)]


@Language.factory(
    "dateline_coreference",
    assigns=[f"doc._.{ENTITIES}", f"doc._.{WARNINGS}"],
    requires=[f"doc._.{ENTITIES}", "token.dep", "token.tag", "doc.sents"],
    default_config={"gazetteer": None},
)
def make_coreferencer(nlp: Language, name: str, gazetteer: str | None) -> Coreferencer:
    ensure_extensions(ENTITIES, ARTICLE, WARNINGS)
    return Coreferencer(places=GazetteerPlaces(gazetteer_for(nlp, gazetteer)))
