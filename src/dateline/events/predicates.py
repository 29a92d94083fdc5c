"""Predicates: which tokens of a parsed sentence report an act, and the act's PLOVER category.

Pure functions over spaCy tokens; the tables are in `lexicons/events.py`. Steps for a verb:
    1. a phrase (verb + particle, or light verb + object noun) decides first: "held talks";
    2. a control verb wins over what it governs: "threatened to ban" is THREATEN (mode: the ban);
    3. a speech verb is no act itself, but its clause may be one of the speaker: "said they will
       release" (AGREE), "said X must go" (DEMAND), "said it would blockade" (THREATEN);
    4. otherwise the verb's own entry.
Event nouns count where an actor owns them ("Hamas's attack") or a light verb carries them.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import DEP, LEMMA, POS
from spacy.symbols import ADJ, AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from dateline.doc import token_table
from dateline.lexicons import events as lex

CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})

# Every verb the tables know, for repairing a lemma the lemmatiser got wrong ("staged" -> "stag").
KNOWN_VERBS = frozenset(
    set(lex.VERB_CATEGORIES) | set(lex.CONTROL_VERBS) | set(lex.SPEECH_VERBS) | set(lex.LIGHT_VERBS)
    | {verb for verb, _ in lex.PHRASE_CATEGORIES}
)


# Answers remembered per (lemma, part of speech, word) ids (the strings' hashes, the same in
# every Doc); at most this many, then the memory starts again. A story asks about the same few
# hundred words again and again (issue 16).
MEMORY = 100_000
_VERB_LEMMAS: dict[tuple[int, int, int], str] = {}


def verb_lemma(token: Token) -> str:
    """The token's lemma, or a known verb its inflected form plainly comes from when spaCy's
    lemma is no verb the tables know ("staged" is lemmatised "stag")."""
    key = (token.lemma, token.pos, token.lower)
    found = _VERB_LEMMAS.get(key)
    if found is None:
        if len(_VERB_LEMMAS) > MEMORY:
            _VERB_LEMMAS.clear()
        found = _VERB_LEMMAS[key] = repaired_lemma(token.lemma_.lower(), token.pos_, token.lower_)
    return found


@lru_cache(maxsize=MEMORY)
def repaired_lemma(lemma: str, pos: str, word: str) -> str:
    """`verb_lemma` from the token's strings: its lemma (lower case), part of speech and word."""
    if lemma in KNOWN_VERBS or pos not in ("VERB", "AUX"):
        return lemma
    for suffix, replacement in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix):
            candidate = word[: len(word) - len(suffix)] + replacement
            if candidate in KNOWN_VERBS:
                return candidate
            if suffix in ("ed", "ing") and len(candidate) > 2 and candidate[-1] == candidate[-2]:
                if candidate[:-1] in KNOWN_VERBS:  # "shelled" -> "shell" stays; "stopped" -> "stop"
                    return candidate[:-1]
    return lemma


@dataclass(frozen=True)
class Predicate:
    """A token that reports an act, with what the lexicon says of it."""

    head: Token          # the verb or noun the category rests on
    anchor: Token        # the token whose dependents name the actors (the control or light verb)
    category: str
    mode: str | None
    words: tuple[Token, ...]  # the predicate's own words: verb, particle, light verb's noun


# The verbs that head a phrase of PHRASE_CATEGORIES ("set fire", "call for", "carry out").
_PHRASE_VERBS = frozenset(verb for verb, _ in lex.PHRASE_CATEGORIES)


def phrase_category(verb: Token) -> tuple[tuple[str, str | None], Token] | None:
    """(category, mode) and the second word for a verb + particle or verb + object phrase."""
    lemma = verb_lemma(verb)
    if lemma not in _PHRASE_VERBS:
        return None  # most verbs head no phrase: their children are not walked at all
    for child in verb.children:
        if child.dep_ == "prt" or (child.dep_ == "prep" and child.i == verb.i + 1):
            found = lex.PHRASE_CATEGORIES.get((lemma, child.lower_))
            if found:
                return found, child
    clause = _for_clause(verb)
    if clause is not None and (lemma, "for") in lex.PHRASE_CATEGORIES:
        return lex.PHRASE_CATEGORIES[(lemma, "for")], verb.doc[verb.i + 1]
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "oprd") or (child.dep_ == "npadvmod" and child.pos_ == "NOUN"):
            found = lex.PHRASE_CATEGORIES.get((lemma, child.lemma_.lower()))
            if found:
                return found, child
    # "set fire to", "opened fire on": the noun may hang from a preposition of the verb
    for child in verb.children:
        if child.dep_ == "prep":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    found = lex.PHRASE_CATEGORIES.get((lemma, grand.lemma_.lower()))
                    if found:
                        return found, grand
    return None


def light_verb_noun(verb: Token) -> Token | None:
    """The event noun a light verb carries ("launched an attack", "imposed sanctions")."""
    if verb_lemma(verb) not in lex.LIGHT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ in ("dobj", "attr") and child.lemma_.lower() in lex.NOUN_CATEGORIES:
            return child
    return None


def _for_clause(verb: Token) -> Token | None:
    """A for-to clause right after the verb: "called [for drivers to leave]"."""
    for child in verb.children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" and m.i == verb.i + 1 for m in child.children):
            return child
    return None


def governed_clause(verb: Token) -> Token | None:
    """The verb of the clause a control or speech verb governs ("threatened [to ban]")."""
    for child in verb.children:
        if child.dep_ in CLAUSE_DEPS and child.pos_ in ("VERB", "AUX", "ADJ"):
            return child
    clause = _for_clause(verb)
    if clause is not None:
        return clause
    # "called on X to stop", "urged Israel to halt": the infinitive hangs from the object
    for child in verb.children:
        if child.dep_ in ("dobj", "prep"):
            for grand in child.subtree:
                if grand.dep_ in CLAUSE_DEPS and grand.pos_ == "VERB" and grand.head.i != verb.i:
                    return grand
    return None


def own_category(verb: Token) -> tuple[tuple[str, str | None], tuple[Token, ...]] | None:
    """A verb's category from a phrase, a carried noun or its own entry, not looking further."""
    found = phrase_category(verb)
    if found:
        return found[0], (verb, found[1])
    noun = light_verb_noun(verb)
    if noun is not None:
        return lex.NOUN_CATEGORIES[noun.lemma_.lower()], (verb, noun)
    lemma = verb_lemma(verb)
    entry = lex.VERB_CATEGORIES.get(lemma)
    if entry and (lemma not in lex.NEEDS_OBJECT or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)):
        return entry, (verb,)
    return None


def _modals(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ == "aux" or c.tag_ == "MD"}


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def reported_category(speech: Token) -> tuple[str, str | None, Token, tuple[Token, ...]] | None:
    """The act a speaker commits to in the clause a speech verb governs, or None."""
    clause = governed_clause(speech)
    if clause is None:
        return None
    modals = _modals(clause)
    target = clause
    # "said it was ready to withdraw", "says willing to withdraw troops"
    if clause.lemma_.lower() == "be" or clause.pos_ == "ADJ":
        readiness = [c for c in ([clause] + list(clause.children)) if c.lower_ in lex.READINESS_ADJECTIVES]
        if readiness:
            inner = governed_clause(readiness[0])
            if inner is not None:
                modals.add("will")
                target = inner
    found = own_category(target)
    if modals & lex.OBLIGATION_MODALS:
        # "said Sudan must return the helicopter": a demand, whatever is demanded
        return "DEMAND", found[0][0] if found else None, target, (found[1] if found else (target,))
    if found is None:
        return None
    (category, mode), words = found
    if modals & lex.FUTURE_MODALS or target is not clause:
        if _negated(clause) or _negated(target):
            return "REJECT", None, target, words
        if category in lex.HOSTILE or _conditional(target):
            return "THREATEN", category, target, words
        return "AGREE", None, target, words
    return None


def _conditional(verb: Token) -> bool:
    """Whether an act is promised on a condition ("will withdraw ... unless ...")."""
    for child in verb.children:
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in lex.CONDITION_MARKERS for g in child.children):
            return True
    return False


def predicate_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that may report an act, read from the Doc's arrays: a verb or a root
    adjective whose (repaired) lemma a table knows, a noun whose lemma names an event. Every other
    token gives no predicate, and building a Token for each word of a story cost more than the rest
    of this layer (issue 16). Only verbs, adjectives and nouns are looked at, and the answer for a
    (part of speech, lemma, word) is remembered across Docs."""
    if not len(doc):
        return []
    rows = doc.to_array([POS, DEP, LEMMA])  # the words from the token table (LOWER is the dear column)
    pos_ids = rows[:, 0]
    strings = doc.vocab.strings
    verbs = ((pos_ids == VERB) | (pos_ids == AUX) | ((pos_ids == ADJ) & (rows[:, 1] == strings["ROOT"]))).nonzero()[0]
    nouns = ((pos_ids == NOUN) | (pos_ids == PROPN)).nonzero()[0]
    if len(_VERBS) > MEMORY or len(_NOUNS) > MEMORY:
        _VERBS.clear()
        _NOUNS.clear()
    found = []
    lowers = token_table(doc).lowers
    for i, (pos_id, _, lemma_id) in zip(verbs.tolist(), rows[verbs].tolist()):
        key = (pos_id, lemma_id, lowers[i])
        known = _VERBS.get(key)
        if known is None:
            known = _VERBS[key] = repaired_lemma(strings[lemma_id].lower(), strings[pos_id], lowers[i]) in KNOWN_VERBS
        if known:
            found.append(i)
    for i, lemma_id in zip(nouns.tolist(), rows[nouns, 2].tolist()):
        known = _NOUNS.get(lemma_id)
        if known is None:
            known = _NOUNS[lemma_id] = strings[lemma_id].lower() in lex.NOUN_CATEGORIES
        if known:
            found.append(i)
    found.sort()
    return found


# What `predicate_candidates` found of a verb (part of speech, lemma, word) and of a noun's lemma.
_VERBS: dict[tuple[int, int, str], bool] = {}
_NOUNS: dict[int, bool] = {}


def find_predicates(sentence, candidates: list[int] | None = None) -> list[Predicate]:
    """Every act the sentence reports, outermost first (a control verb before what it governs).
    `candidates` (from `predicate_candidates`), when given, are the only tokens tried."""
    found: list[Predicate] = []
    taken: set[int] = set()
    doc = sentence.doc
    if candidates is None:
        tokens = iter(sentence)
    else:
        tokens = (doc[i] for i in candidates[bisect_left(candidates, sentence.start) : bisect_left(candidates, sentence.end)])
    for token in tokens:
        if token.i in taken:
            continue
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and token.dep_ == "ROOT"):
            predicate = _verb_predicate(token)
        elif token.pos_ in ("NOUN", "PROPN"):
            predicate = _noun_predicate(token)
        else:
            predicate = None
        if predicate is None:
            continue
        found.append(predicate)
        taken.update(w.i for w in predicate.words)
    return found


def _verb_predicate(verb: Token) -> Predicate | None:
    lemma = verb_lemma(verb)
    if lemma not in KNOWN_VERBS:
        return None  # every path below starts from a table entry: most verbs of a story have none
    if lemma in lex.CONTROL_VERBS:
        clause = governed_clause(verb)
        if clause is not None:
            inner = own_category(clause)
            category = lex.CONTROL_VERBS[lemma]
            if lemma in lex.VOW_VERBS and inner is not None and inner[0][0] not in lex.HOSTILE:
                category = "AGREE"
            if category == "THREATEN":
                mode = inner[0][0] if inner else None
            else:
                mode = inner[0][1] if inner and inner[0][0] == category else None
            words = (verb,) + (inner[1] if inner else (clause,))
            return Predicate(verb, verb, category, mode, words)
    if lemma in lex.SPEECH_VERBS:
        reported = reported_category(verb)
        if reported is not None:
            category, mode, target, words = reported
            return Predicate(target, verb, category, mode, (verb,) + words)
        # "reiterated its demand", "declared a ceasefire": the act is the speech verb's object
        found = phrase_category(verb)
        noun = light_verb_noun(verb) if found is None else None
        if found is not None:
            return Predicate(verb, verb, found[0][0], found[0][1], (verb, found[1]))
        if noun is not None:
            category, mode = lex.NOUN_CATEGORIES[noun.lemma_.lower()]
            return Predicate(verb, verb, category, mode, (verb, noun))
        return None
    found = own_category(verb)
    if found is None:
        return None
    (category, mode), words = found
    return Predicate(verb, verb, category, mode, words)


def _noun_predicate(noun: Token) -> Predicate | None:
    """An event noun owned by an actor ("Hamas's attack", "the Israeli blockade of Gaza")."""
    entry = lex.NOUN_CATEGORIES.get(noun.lemma_.lower())
    if entry is None or noun.ent_type_ in lex.NAMED_THING_TYPES:
        return None  # "the Power Inquiry", "Operation Desert Storm" name bodies and works
    owned = any(c.dep_ == "poss" for c in noun.children) or any(
        c.dep_ in ("amod", "compound") and (c.ent_type_ in lex.ACTOR_TYPES) for c in noun.children
    ) or any(c.dep_ == "prep" and c.lower_ in lex.AGENT_PREPOSITIONS for c in noun.children)
    if not owned:
        return None
    return Predicate(noun, noun, entry[0], entry[1], (noun,))
