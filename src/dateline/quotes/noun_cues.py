"""Reporting nouns as cues: `the union's claim that ...`, `fears that ...`, `his plan to ...`,
`questions about ...` (lexicons/quotes.py NOUN_CUES_THAT, NOUN_CUES_INFINITIVE, NOUN_PREP_CONTENT).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import quotes as lex
from dateline.quotes.content import has_gap, names_a_time
from dateline.quotes.cue import CUE_VERBS, Cue, cue_lemma
from dateline.quotes.subjects import speaker_of
from dateline.quotes.tree import Tree


def noun_cue(token: Token, tree: Tree) -> Cue | None:
    """A reporting noun with its content (lexicons/quotes.py NOUN_CUES_THAT): `the claim that X`
    (a clause opened by `that`), `his plan to X` (an infinitive, with a holder), `questions about
    X` (a preposition the noun takes its topic with). The holder, when the text gives one, is the
    speaker: `Tulsa police's claim`, `claims by officials`, `Trump is raising questions about`."""
    lemma = lex.NOUN_CUE_FORMS[token.lower_]
    children = tree.children(token)
    holder = None
    for child in children:
        if child.dep_ == "poss":
            holder = child
        elif child.dep_ == "prep" and child.lower_ in ("by", "from") and child.i > token.i:
            objects = [g for g in tree.children(child) if g.dep_ == "pobj"]
            holder = holder or (objects[0] if objects else None)
    if holder is None:
        # `Trump is raising questions about`, `the I.R.S. has questions about`: the subject of a
        # verb that voices or holds the noun; `said in a statement that`: of the cue verb.
        verb = token.head
        if token.dep_ == "dobj" and verb.lemma_ in lex.HOLDING_VERBS:
            holder = speaker_of(verb, tree)[0]
        elif token.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "in" and cue_lemma(verb.head) in CUE_VERBS:
            holder = speaker_of(verb.head, tree)[0]
        elif token.dep_ == "ROOT":
            # `But Trump claims that he should be the exception`: the tagger took the verb for a
            # noun, the root of its sentence, and its subject for a compound right before it.
            holder = next((c for c in children if c.dep_ == "compound" and c.i == token.i - 1 and c.pos_ == "PROPN"), None)
    complement = []
    for child in children:
        if child.i < token.i:
            continue
        if child.dep_ == "prep":
            if child.lower_ in lex.NOUN_PREP_CONTENT.get(lemma, ()) and any(g.dep_ in ("pobj", "pcomp") for g in tree.children(child)) and not names_a_time(child, tree):
                complement = [g for g in tree.children(child) if g.dep_ in ("pobj", "pcomp")][:1]
                if complement[0].lower_ in lex.PUBLICATION_PLACES:
                    complement = []  # `a statement on the band's website`: where, not what
                break
            continue
        if child.dep_ not in lex.NOUN_CLAUSE_DEPS:
            continue
        kids = tree.children(child)
        if lemma in lex.NOUN_CUES_THAT and any(k.dep_ == "mark" and k.lower_ == "that" for k in kids):
            if has_gap(child, kids):
                break  # `a claim that the inspector later withdrew`: a relative clause
            complement.append(child)
        elif lemma in lex.NOUN_CUES_INFINITIVE and holder is not None and any(k.dep_ == "aux" and k.lower_ == "to" for k in kids):
            complement.append(child)
        break  # only the clause right after the noun
    if not complement:
        return None
    cue = Cue(token=token, span=(token.idx, token.idx + len(token)), lemma=lemma)
    cue.speaker = holder
    cue.no_source = holder is None
    cue.complement = complement
    return cue
