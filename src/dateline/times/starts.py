"""Where a rule's match can start: the first words of a pattern, read from its parse once.

Every rule pattern opens with the guard `patterns.B`, two look-behinds. A guard in front of a
pattern hides its first character from the regular-expression engine, which then runs the
look-behinds at every position of a window (most of the times layer's cost, issue 16). The guard
says that no word character stands before a match, so a match that starts with a word character
starts where a word starts (a `\\w+` run); and the first word of such a match is one the pattern
can begin with ("the", "last", a word opening with a digit: the duration rule). `first_words`
reads both from the pattern's parse; `scan.windowed_matches` then tries the pattern only at the
words it can begin with (and at the characters outside words it can begin with: "'90s"), and the
leftmost match found there is the one a search of the window finds. What is read is a superset
(lower case for every word, whatever the rule's flags): a start the pattern cannot match at only
costs a failed try. Trying a rule's pattern at a word costs 1-3 µs; most words of a window are
no first word of it.

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


@dataclass(frozen=True)
class FirstWords:
    """The words (lower case) a pattern's match can start with, and its first characters outside words."""

    exact: frozenset[str]  # whole words: "the", "last"
    # Words that start so and go on with one of a set of characters (None: with anything), by the
    # length of the start: {2: {"20": (digits,)}} for a year "20\d\d".
    opens: dict[int, dict[str, tuple[frozenset[str] | None, ...]]]
    others: frozenset[str]  # first characters outside words ("'" of "'90s")

    def allows(self, word: str) -> bool:
        """Whether a match can start with this word (lower case). A word outside ASCII always can:
        its case variants under IGNORECASE ("K", the kelvin sign, is "k") are not worked out."""
        if word in self.exact or not word.isascii():
            return True
        for length, starts in self.opens.items():
            for then in starts.get(word[:length], ()) if len(word) >= length else ():
                if then is None or word[length : length + 1] in then:
                    return True
        return False


def first_words(pattern: re.Pattern[str], guard: str) -> FirstWords | None:
    """The first words of `pattern`, whose every path opens with the look-behind `guard` ("no word
    character before"); None where they cannot be read safely."""
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
    _first_items(parsed.data, False, repr(guard_items[0][1]), heads)
    if not heads or not all(guarded for _, guarded in heads):
        return None
    others = _outside_words([item for items, _ in heads for item in items])
    if others is None:
        return None
    found = _Found()
    found.add_open(_words(parsed.data, frozenset({""}), found), None)
    opens: dict[int, dict[str, tuple[frozenset[str] | None, ...]]] = {}
    for prefix, then in found.opens:
        starts = opens.setdefault(len(prefix), {})
        starts[prefix] = (*starts.get(prefix, ()), then)
    return FirstWords(frozenset(found.exact - {""}), opens, frozenset(others))


def _first_items(sequence, guarded: bool, guard: str, heads: list) -> bool:
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
            if not _first_items(av[-1], guarded, guard, heads):
                return False
        elif op is C.BRANCH:
            empty = [_first_items(branch, guarded, guard, heads) for branch in av[1]]
            if not any(empty):
                return False
        elif op in _REPEATS:
            low, high, body = av
            if high == 0:
                continue
            if not _first_items(body, guarded, guard, heads) and low > 0:
                return False
        else:  # any character, a back-reference: no first character to say
            heads.append(([(C.NEGATE, None)], guarded))
            return False
    return True


class _Found:
    def __init__(self) -> None:
        self.exact: set[str] = set()
        self.opens: set[tuple[str, frozenset[str] | None]] = set()

    def add_whole(self, partials) -> None:
        self.exact.update(partials)

    def add_open(self, partials, then: frozenset[str] | None) -> None:
        self.opens.update((prefix, then) for prefix in partials)


_NONE: frozenset[str] = frozenset()


def _words(sequence, partials: frozenset[str], found: _Found) -> frozenset[str]:
    """Walk a sequence with the first words begun so far (`partials`): a word ended by a character
    outside words is closed, one that goes on with a set of word characters is left open; returns
    the partial words still going at the sequence's end."""
    for op, av in sequence:
        if not partials:
            break
        if op is C.ASSERT_NOT and repr(av) == _NO_WORD_AFTER:
            found.add_whole(partials)  # "(?!\\w)": the first word ends here
            return _NONE
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        if op is C.LITERAL or op is C.IN:
            if op is C.LITERAL and av < 128 and _WORD.match(chr(av)):
                partials = frozenset(prefix + chr(av).lower() for prefix in partials)
                continue
            inside, outside = _word_characters([(op, av)] if op is C.LITERAL else av)
            if outside:
                found.add_whole(partials)
            if inside is None or inside:
                found.add_open(partials, inside)
            return _NONE
        if op in (C.SUBPATTERN, C.ATOMIC_GROUP):
            partials = _words(av[-1], partials, found)
        elif op is C.BRANCH:
            partials = frozenset().union(*(_words(branch, partials, found) for branch in av[1]))
        elif op in _REPEATS:
            low, high, body = av
            if high == 0:
                continue
            through = _words(body, partials, found)
            if high > 1 and through:  # word characters repeated: any word that starts so
                found.add_open(through, None)
                through = _NONE
            partials = partials | through if low == 0 else through
        else:  # any character, a back-reference
            found.add_open(partials, None)
            return _NONE
    return partials


_NO_WORD_AFTER = repr(parser.parse(r"(?!\w)").data[0][1]) if parser else ""
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) if parser else ()
_WORD = re.compile(r"\w")
_ASCII = [chr(code) for code in range(128)]


def _word_characters(items) -> tuple[frozenset[str] | None, bool]:
    """The ASCII word characters (lower case) a set of the parse holds (None: it may hold a word
    character outside ASCII, or any), and whether it holds a character outside words."""
    parts = []
    for op, av in items:
        if op is C.LITERAL:
            parts.append(re.escape(chr(av)))
            if av >= 128 and _WORD.match(chr(av)):
                return None, True
        elif op is C.RANGE and av[1] < 128:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av in (C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT):
            parts.append(r"\d")  # digits outside ASCII stand in words outside ASCII: always allowed
        elif op is C.CATEGORY and av in (C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE):
            parts.append(r"\s")  # no space is a word character
        else:
            return None, True
    holds = re.compile("[" + "".join(parts) + "]", re.I)
    chars = [c for c in _ASCII if holds.match(c)]
    inside = frozenset(c.lower() for c in chars if _WORD.match(c))
    outside = any(not _WORD.match(c) for c in chars) or any(op is C.LITERAL and not _WORD.match(chr(av)) for op, av in items)
    return inside, outside


def _outside_words(items) -> set[str] | None:
    """The characters outside words a set of the parse holds (None: not a short list)."""
    outside: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            if not _WORD.match(chr(av)):
                outside.add(chr(av))
        elif op is C.RANGE and av[1] < 128:
            outside.update(c for c in map(chr, range(av[0], av[1] + 1)) if not _WORD.match(c))
        elif op is C.CATEGORY and av in (C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT, C.CATEGORY_WORD, C.CATEGORY_UNI_WORD):
            continue
        else:
            return None  # a negated set, a space, a range past ASCII: not enumerated
    return outside
