"""Roles and titles of people, read off the parsed Doc around a name.

Two shapes carry nearly all roles in wire copy:
- a premodifier: "Russian President Vladimir Putin", "former Russian President Dmitry Medvedev",
  "Russian Deputy Foreign Minister Mikhail Bogdanov", "Kremlin spokesman Dmitry Peskov";
- an apposition: "Hugh Hill, a doctor, said", "Mikhail Bogdanov, Russia's deputy foreign
  minister, said", and the reversed "Russia's deputy foreign minister, Mikhail Bogdanov, said".

A role is kept as written ("Russian President"), without its article. Functions take a PERSON
span and return the role text or None; nothing here writes to the Doc.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.lexicons.titles import (
    AGE_RE,
    APPOSITION_MAX_TOKENS,
    HONORIFICS,
    LOWERCASE_PREMODIFIER_HEADS,
    TITLE_HEADS,
    TITLE_JOINERS,
    TITLE_MODIFIERS,
)

# Entity types whose words may stand inside a role: "Russian" (NORP), "U.S." (GPE), "Hamas" (ORG).
ROLE_ENTITY_TYPES = frozenset({"NORP", "GPE", "ORG", "LOC"})
_DETERMINERS = frozenset({"a", "an", "the"})


def roles_of(span: Span) -> list[str]:
    """Every role the text gives the person at this mention (premodifier, then apposition)."""
    found = []
    for role in (premodifier_role(span), apposition_role(span), reversed_apposition_role(span)):
        if role and role not in found:
            found.append(role)
    return found


def _word(token: Token) -> str:
    return token.lower_.strip(".")


def _is_role_word(token: Token) -> bool:
    word = _word(token)
    if token.ent_type_ in ROLE_ENTITY_TYPES:
        return True
    if word in TITLE_HEADS or word in TITLE_MODIFIERS:
        return True
    # "ex-president", "vice-president", "co-founder": judge by the last part.
    if "-" in word and (word.split("-")[-1] in TITLE_HEADS or word.split("-")[0] in {"ex", "then", "vice", "co"}):
        return True
    return False


def premodifier_role(span: Span) -> str | None:
    """"Russian President" in "Russian President Vladimir Putin"."""
    doc = span.doc
    i = span.start - 1
    # An honorific between role and name: "President Mr Putin" is rare; "Mr" alone is no role.
    while i >= 0 and _word(doc[i]) in HONORIFICS:
        i -= 1
    end = i + 1
    start = end
    while i >= 0:
        token = doc[i]
        if token.is_space or token.is_punct and token.text not in {"-"}:
            break
        if token.tag_ == "POS" and i > 0 and doc[i - 1].ent_type_ in ROLE_ENTITY_TYPES:
            start = i  # "Russia's" in "Russia's Foreign Minister Sergei Lavrov"
        elif _word(token) in TITLE_JOINERS:
            pass  # kept only if a role word stands left of it (checked below)
        elif _is_role_word(token):
            start = i
        else:
            break
        i -= 1
    if start >= end:
        return None
    words = doc[start:end]
    # The word next to the name must be a title ("Secretary of State" ends in a modifier of a head).
    heads = [t for t in words if _word(t) in TITLE_HEADS or _word(t).split("-")[-1] in TITLE_HEADS]
    if not heads:
        return None
    if not any(t.is_title or t.is_upper or _word(t) in LOWERCASE_PREMODIFIER_HEADS for t in heads):
        return None
    # A role is not only entity words and a joiner: "Hamas" before a name is no title.
    if all(t.ent_type_ in ROLE_ENTITY_TYPES for t in heads):
        return None
    return _clean(words.text)


def _head_noun_is_role(token: Token) -> bool:
    word = _word(token)
    return word in TITLE_HEADS or word.split("-")[-1] in TITLE_HEADS


def apposition_role(span: Span) -> str | None:
    """"a doctor" in "Hugh Hill, a doctor, said" (the article dropped)."""
    doc = span.doc
    root = span.root
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    for child in root.children:
        if child.dep_ != "appos" or child.i < span.end:
            continue
        subtree = list(child.subtree)
        first, last = subtree[0].i, subtree[-1].i
        if first != span.end + 1:
            continue
        return _role_phrase(doc, first, last, child)
    return None


def reversed_apposition_role(span: Span) -> str | None:
    """"Russia's deputy foreign minister" in "Russia's deputy foreign minister, Mikhail Bogdanov,"."""
    doc = span.doc
    root = span.root
    if root.dep_ != "appos" or span.start < 2 or doc[span.start - 1].text != ",":
        return None
    head = root.head
    if head.i >= span.start:
        return None
    subtree = [t for t in head.subtree if t.i < span.start - 1]
    if not subtree:
        return None
    return _role_phrase(doc, subtree[0].i, head.i, head)


def _role_phrase(doc, first: int, last: int, head: Token) -> str | None:
    if not _head_noun_is_role(head) or AGE_RE.match(head.text):
        return None
    while first <= last and (doc[first].lower_ in _DETERMINERS):
        first += 1
    # A relative clause or a second clause ends a role: "a doctor who ..." keeps "doctor".
    for i in range(first, last + 1):
        if doc[i].dep_ in {"relcl", "acl"} or doc[i].text in {",", ";", "(", '"', "“"}:
            last = i - 1
            break
    if last < first or last - first + 1 > APPOSITION_MAX_TOKENS:
        return None
    if any(t.ent_type_ == "PERSON" for t in doc[first : last + 1]):
        # "Putin's spokesman" is a role; a whole other person's name inside is not.
        if not any(t.tag_ == "POS" for t in doc[first : last + 1]):
            return None
    return _clean(doc[first : last + 1].text)


def _clean(text: str) -> str:
    """The role's words, never starting or ending with a joiner: "chairman and" (the rest of
    "chairman and chief executive" cut off by the parse) is "chairman"."""
    words = text.split()
    while words and words[-1].lower() in ROLE_EDGE_WORDS:
        words.pop()
    while words and words[0].lower() in ROLE_EDGE_WORDS - {"the"}:
        words.pop(0)
    return " ".join(words)


# Words a role does not end with (nor start with, "the" aside: "the president").
ROLE_EDGE_WORDS = frozenset({"and", "or", "of", "for", "&", "on", "the", "a", "an", "at", "in", "with", "to", ",", "-"})
