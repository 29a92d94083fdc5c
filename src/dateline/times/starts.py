"""Where a rule's match can start: the first characters of a pattern, read from its parse once.

Every rule pattern opens with the guard `patterns.B`, two look-behinds. A guard in front of a
pattern hides its first character from the regular-expression engine, which then runs the
look-behinds at every position of a window (most of the times layer's cost, issue 16). The guard
says that no word character stands before a match, so a match that starts with a word character
starts where a word starts (a `\\w+` run); and the first character of a match is one the pattern
can begin with. `first_characters` reads both from the pattern's parse; `scan.windowed_matches`
then tries the pattern only at those starts, and the leftmost match found there is the one a
search of the window finds (a superset of the starts is tried: a start the pattern cannot match
at only costs a failed try).

A pattern this module cannot read safely (no guard on every path, a first character that may be
any character or a space, a pattern that can match the empty string) gets None: it is searched
the plain way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

try:  # the parser `re` compiles with (a private module: without it, every rule is searched plainly)
    from re import _constants as C  # noqa: N812
    from re import _parser as parser
except ImportError:  # pragma: no cover - another Python's layout
    parser = None

# A word whose first character is not ASCII counts as a start of every rule: its case variants
# under IGNORECASE are not worked out here (see `Words.initials`).
NON_ASCII_INITIAL = ""


@dataclass(frozen=True)
class FirstCharacters:
    """The characters a pattern's match can start with."""

    initials: frozenset[str]  # word characters (ASCII, both cases; and NON_ASCII_INITIAL)
    others: frozenset[str]    # characters outside words, found wherever they stand


def first_characters(pattern: re.Pattern[str], guard: str) -> FirstCharacters | None:
    """The first characters of `pattern`, whose every path opens with the look-behind `guard`
    ("no word character before"); None where they cannot be read safely."""
    if parser is None:
        return None
    try:
        parsed = parser.parse(pattern.pattern, pattern.flags)
        guard_items = parser.parse(guard).data
    except re.error:  # pragma: no cover - the rule compiled, so it parses
        return None
    if parsed.getwidth()[0] < 1:
        return None  # an empty match may stand anywhere
    if len(guard_items) != 1 or guard_items[0][0] is not C.ASSERT_NOT:
        return None
    heads: list[tuple[list, bool]] = []
    _walk(parsed.data, False, repr(guard_items[0][1]), heads)
    if not heads or not all(guarded for _, guarded in heads):
        return None
    found = _characters([item for items, _ in heads for item in items])
    if found is None:
        return None
    words, others = found
    return FirstCharacters(frozenset(words | {NON_ASCII_INITIAL}), frozenset(others))


def _walk(sequence, guarded: bool, guard: str, heads: list) -> bool:
    """Append (set items, guarded) for every item that may consume a sequence's first character;
    True when the whole sequence can match the empty string."""
    for op, av in sequence:
        if op is C.ASSERT_NOT and repr(av) == guard:
            guarded = True
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # zero width: the character after it is the first
        elif op is C.LITERAL:
            heads.append(([(C.LITERAL, av)], guarded))
            return False
        elif op is C.IN:
            heads.append((av, guarded))
            return False
        elif op in (C.SUBPATTERN, C.ATOMIC_GROUP):
            if not _walk(av[-1], guarded, guard, heads):
                return False
        elif op is C.BRANCH:
            empty = [_walk(branch, guarded, guard, heads) for branch in av[1]]
            if not any(empty):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, body = av
            if high == 0:
                continue
            if not _walk(body, guarded, guard, heads) and low > 0:
                return False
        else:  # any character, a back-reference: no first character to say
            heads.append(([(C.NEGATE, None)], guarded))
            return False
    return True


_WORD_CATEGORIES = {C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT, C.CATEGORY_WORD, C.CATEGORY_UNI_WORD} if parser else set()
_CATEGORY_CLASS = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_UNI_DIGIT: r"\d", C.CATEGORY_WORD: r"\w", C.CATEGORY_UNI_WORD: r"\w"} if parser else {}
_WORD = re.compile(r"\w")


def _characters(items) -> tuple[set[str], set[str]] | None:
    """(ASCII word characters, other characters) a set of the parse holds, in either case."""
    parts = []
    outside: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            char = chr(av)
            parts.append(re.escape(char))
            if not _WORD.match(char):
                outside.add(char)
        elif op is C.RANGE and av[1] < 128:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
            outside.update(c for c in map(chr, range(av[0], av[1] + 1)) if not _WORD.match(c))
        elif op is C.CATEGORY and av in _WORD_CATEGORIES:
            parts.append(_CATEGORY_CLASS[av])  # its characters outside ASCII are word characters
        else:
            return None  # a negated set, a space, a range past ASCII: not enumerated
    # Case-insensitively, whatever the rule's flags: a few more starts, never fewer.
    holds = re.compile("[" + "".join(parts) + "]", re.I)
    ascii_chars = [chr(code) for code in range(128) if holds.match(chr(code))]
    outside.update(c for c in ascii_chars if not _WORD.match(c))
    return {c for c in ascii_chars if _WORD.match(c)}, outside
