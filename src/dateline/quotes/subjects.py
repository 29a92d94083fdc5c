"""Whose words: the head token of a cue's speaker from the parse, climbing from participles,
coordinated verbs and infinitives to the subject they share, and the name beside a cue when the
parser took a word of the quotation for its subject.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.lexicons import quotes as lex
from dateline.quotes.cue import CUE_VERBS, QuoteIndex, cue_lemma
from dateline.quotes.tree import Tree


def speaker_of(verb: Token, tree: Tree) -> tuple[Token | None, Token | None]:
    """The head of the speaker's mention, and an antecedent when that head is a relative pronoun."""
    current = verb
    for _ in range(lex.INHERIT_MAX_HOPS + 1):
        children = tree.children(current)
        subjects = [c for c in children if c.dep_ in lex.SUBJECT_DEPS]
        if current is not verb and not subjects:
            # `he was quoted as saying`: the passive subject of the verb we climbed to.
            subjects = [c for c in children if c.dep_ in lex.PASSIVE_SUBJECT_DEPS]
        if not subjects and current is verb:
            agents = [g for c in children if c.dep_ == "agent" for g in tree.children(c) if g.dep_ == "pobj"]
            if agents:
                return agents[0], None
            # `But Trump claims that ...`: the tagger took the verb for a noun and its subject
            # for a compound; a name right before the verb is its subject.
            names = [c for c in children if c.dep_ == "compound" and c.i == verb.i - 1 and c.pos_ == "PROPN"]
            if names:
                return names[0], None
            before = _name_hung_before(verb)
            if before is not None:
                return before, None
        if subjects:
            subject = subjects[0]
            if subject.lower_ in lex.RELATIVE_PRONOUNS and current.dep_ == "relcl":
                return subject, current.head
            return subject, None
        if current.dep_ not in lex.INHERIT_SUBJECT_DEPS or current.head.i == current.i:
            return None, None
        if current.dep_ == "xcomp":
            # `pressed Stumpf to admit ...`, `urged voters to say ...`: the object speaks.
            objects = [c for c in tree.children(current.head) if c.dep_ == "dobj" and c.i < current.i]
            if objects and objects[0].pos_ in ("PROPN", "NOUN", "PRON"):
                return objects[0], None
        current = current.head
        if current.dep_ == "prep" and current.head.i != current.i:
            # `published the results by announcing ...`, `for refusing to ...`: through the
            # preposition to the verb or noun it hangs from.
            current = current.head
        # `warned that X would ..., saying ...`: the parser may hang the participle from the
        # reported clause; its speaker is the reporting verb's, not the clause's subject.
        comma = verb.dep_ == "conj" or (verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text in lex.ASIDE_OPENERS)
        climbs = 0
        while comma and current.dep_ in lex.CLAUSE_DEPS and current.head.i != current.i and cue_lemma(current.head) in CUE_VERBS:
            current = current.head
            climbs += 1
            if climbs >= lex.CLIMB_MAX_HOPS:
                break
        # `issued a statement saying ...`: climb from the noun to the verb it depends on.
        climbs = 0
        while current.pos_ in ("NOUN", "PROPN") and current.head.i != current.i and current.dep_ in ("dobj", "pobj", "attr", "appos"):
            current = current.head
            if current.pos_ == "ADP":
                current = current.head
            climbs += 1
            if climbs >= lex.CLIMB_MAX_HOPS:
                break
    return None, None


def speaker_before(doc: Doc, verb: Token, index: QuoteIndex) -> Token | None:
    """The head of the noun phrase right before a verb, outside quotation marks (`," Obama's
    former campaign strategist said`): its last noun, name or pronoun; else the name right after
    it (`," said Trump`)."""
    i = verb.i - 1
    stop = max(-1, verb.i - lex.SPEAKER_BEFORE_MAX_WORDS - 1)
    while i > stop:
        token = doc[i]
        i -= 1
        if token.text == ")":
            # `," Rep. Elijah E. Cummings (D-Md.) said`: over the party and state
            opening = next((j for j in range(token.i - 1, max(-1, token.i - lex.SPEAKER_BEFORE_MAX_WORDS - 1), -1) if doc[j].text == "("), None)
            if opening is not None:
                i, stop = opening - 1, max(-1, opening - lex.SPEAKER_BEFORE_MAX_WORDS - 1)
                continue
        if token.is_punct or token.is_space or index.at(token.idx) is not None:
            break
        if token.pos_ in ("NOUN", "PROPN", "PRON") and token.ent_type_ not in lex.TIME_ENT_TYPES:
            return token
    found = None
    for i in range(verb.i + 1, min(len(doc), verb.i + lex.SPEAKER_BEFORE_MAX_WORDS + 1)):
        token = doc[i]
        if token.pos_ not in ("NOUN", "PROPN", "DET", "ADJ") or token.ent_type_ in lex.TIME_ENT_TYPES or index.at(token.idx) is not None:
            break  # `said in a phone interview`, `said Thursday`: no name follows
        if token.pos_ in ("NOUN", "PROPN"):
            found = token  # the last word of the name: its head
    return found


def _name_hung_before(verb: Token) -> Token | None:
    """`In a meeting with the editorial board of the Washington Post Trump said that ...`: with no
    comma after a fronted phrase the parser hangs the subject in the phrase (as the object of its
    last preposition) and leaves the finite verb without one; the name right before the verb is
    its subject."""
    if verb.i == 0 or verb.tag_ not in lex.FINITE_TAGS:
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ in lex.SUBJECT_HUNG_IN_PHRASE_DEPS and before.pos_ == "PROPN" and before.ent_type_ not in lex.TIME_ENT_TYPES | lex.PLACE_ENT_TYPES:
        return before
    return None
