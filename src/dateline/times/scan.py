"""Where the rules run: one pass over the words of a text finds, for every rule, the places it can
match, and the rule's pattern is searched only in windows around them.

Running 35 patterns over a whole article costs each pattern's look-behinds at every character;
most rules can match in a few places only (a month name, a digit, a unit of time). Every match of
a rule contains at least one of its trigger words (`rules.RULE_KEYWORDS`, a whole word in the
sense of `\\w+`, or any word holding a digit), so the matches found in the windows are the ones a
search of the whole text finds, in the same order (`tests/test_times_scan.py` checks this on
invented texts; the BBC and TimeBank texts were checked when it was written). Cost grows with the
number of trigger words, linearly in the length of the text: one search finds the trigger words
of all rules, and each window is measured in words from its trigger word.

Inside a window a rule is tried only at the words its match can begin with (`times.starts`: most
words of a window begin no match of a given rule, and a try costs 1-4 µs), found once per text
for all rules from a memory of which rules each word can start.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from itertools import accumulate

from dateline.times.starts import FirstWords

# A window reaches this many words before a trigger word and after it: the longest expressions put
# nine words before their unit ("the past few twenty-seven to thirty-three more years").
WORDS_BEFORE = 12
WORDS_AFTER = 12
# A match ending this close to a window's end may have been cut or changed by it (its look-aheads
# see the window's end as the text's end): the window is widened and the search repeated.
END_MARGIN = 60
# Words of the text in the sense the trigger words are written in.
WORD = re.compile(r"\w+")
# The text cut into runs outside words and words, alternately (one pass in C, no match objects).
_PIECES = re.compile(r"(\w+)")


class Words:
    """The words of a text (`\\w+` runs): their starts, ends and lower-case forms, read once per text
    for the trigger windows and for the starts a rule is tried at (`times.starts`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        # Lower case keeps every word's bounds where it keeps the text's length (no character
        # lowers to one of the other kind: checked over all of Unicode): one cut serves both.
        pieces = _PIECES.split(lowered if len(lowered) == len(text) else text)  # outside, word, ..., word, outside
        offsets = list(accumulate(map(len, pieces)))  # where each piece ends
        self.starts = offsets[:-1:2]
        self.ends = offsets[1::2]
        if len(lowered) == len(text):
            self.lowers = pieces[1::2]
        else:  # a few characters lower to two ("İ")
            self.lowers = WORD.findall(lowered)
            if len(self.lowers) != len(self.starts):  # word by word then
                self.lowers = [text[start:end].lower() for start, end in zip(self.starts, self.ends)]
        self._places: dict[str, list[int]] = {}

    def places(self, char: str) -> list[int]:
        """The offsets of a character (one outside words: an apostrophe), found once per text."""
        found = self._places.get(char)
        if found is None:
            found = self._places[char] = [match.start() for match in re.finditer(re.escape(char), self.text)]
        return found


class RuleStarts:
    """Where each rule's match can start in a text: the words it can begin with (from
    `starts.first_words`, remembered per word across texts: most words of a story were seen in the
    stories before) and its first characters outside words."""

    # Words remembered at most (a few MB); past it the memory starts again.
    MEMORY = 200_000

    def __init__(self, firsts: list[FirstWords | None]) -> None:
        self.firsts = firsts
        self.memory: dict[str, tuple[int, ...]] = {}
        # The first words of all rules in one index, so that a word not seen before costs a few
        # look-ups, not one per rule (a story brings a few dozen new words).
        self._exact: dict[str, list[int]] = {}
        self._opens: dict[int, dict[str, list[tuple[frozenset[str] | None, int]]]] = {}
        for number, first in enumerate(firsts):
            if first is None:
                continue
            for word in first.exact:
                self._exact.setdefault(word, []).append(number)
            for length, opens in first.opens.items():
                for prefix, thens in opens.items():
                    self._opens.setdefault(length, {}).setdefault(prefix, []).extend((then, number) for then in thens)
        self._every = tuple(number for number, first in enumerate(firsts) if first is not None)

    def rules_at(self, word: str) -> tuple[int, ...]:
        """The numbers of the rules that can start a match with this word (lower case): those
        whose `FirstWords.allows` it."""
        found = self.memory.get(word)
        if found is None:
            if len(self.memory) > self.MEMORY:
                self.memory.clear()
            found = self.memory[word] = self._rules_at(word)
        return found

    def _rules_at(self, word: str) -> tuple[int, ...]:
        if not word.isascii():
            return self._every
        numbers = set(self._exact.get(word, ()))
        for length, opens in self._opens.items():
            if len(word) >= length:
                for then, number in opens.get(word[:length], ()):
                    if then is None or word[length : length + 1] in then:
                        numbers.add(number)
        return tuple(sorted(numbers))

    def starts(self, words: Words) -> list[list[int] | None]:
        """For each rule, the offsets in the text where its match can start, in order (None for a
        rule whose first words are not known: it is searched the plain way)."""
        found: list[list[int] | None] = [[] if first is not None else None for first in self.firsts]
        memory, rules_at = self.memory, self.rules_at
        for start, word in zip(words.starts, words.lowers):
            numbers = memory.get(word)
            if numbers is None:
                numbers = rules_at(word)
            for number in numbers:
                found[number].append(start)
        for number, first in enumerate(self.firsts):
            if first is not None and first.others:
                found[number] = sorted(found[number] + [place for char in first.others for place in words.places(char)])
        return found


class Triggers:
    """The trigger words of every rule, compiled into one search (built once, used per text)."""

    def __init__(self, keywords: dict[str, frozenset[str]], digit_rules: frozenset[str]) -> None:
        self.rules_of: dict[str, tuple[str, ...]] = {}
        for name, words in keywords.items():
            for word in words:
                self.rules_of[word] = (*self.rules_of.get(word, ()), name)
        self.digit_rules = tuple(sorted(digit_rules))

    def windows(self, text: str, words: Words | None = None) -> dict[str, list[tuple[int, int]]]:
        """Each rule's merged character windows around its trigger words, in text order."""
        table = words or Words(text)
        ends, words = table.ends, table.lowers
        rules_of, last = self.rules_of, len(ends) - 1
        found: dict[str, list[tuple[int, int]]] = {}
        for index in [i for i, word in enumerate(words) if word in rules_of or not word.isalpha()]:
            word = words[index]
            names = rules_of.get(word, ())
            if not word.isalpha():
                names = (*names, *self.digit_rules)
            start = ends[index - WORDS_BEFORE - 1] if index > WORDS_BEFORE else 0
            end = ends[min(last, index + WORDS_AFTER)] + END_MARGIN
            for name in names:
                windows = found.setdefault(name, [])
                if windows and start <= windows[-1][1]:
                    windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
                else:
                    windows.append((start, end))
        return found


Search = Callable[[str, int, int], "re.Match | None"]  # (text, from, to) -> the leftmost match


def windowed_matches(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]], search: Search | None = None) -> Iterator[re.Match]:
    """The matches `pattern.finditer(text)` gives that lie in the windows, searched there only
    (by `search`, a `StartsSearch` of the pattern when given: tried only where a match can start)."""
    search = search or pattern.search
    length = len(text)
    position = 0
    for start, end in windows:
        position = max(position, start)
        end = min(end, length)
        while position < end:
            match, end = _search(search, text, position, end, length)
            if match is None:
                break
            yield match
            position = match.end() if match.end() > match.start() else match.end() + 1


def _search(search: Search, text: str, position: int, end: int, length: int) -> tuple[re.Match | None, int]:
    while True:
        match = search(text, position, end)
        if match is None or end >= length or match.end() <= end - END_MARGIN:
            return match, end
        end = min(length, end + 4 * END_MARGIN)


class StartsSearch:
    """`pattern.search` for a rule whose match starts are known (`RuleStarts.starts`): the
    pattern is tried at those starts, in text order; the first match is the leftmost one, the one a
    search finds (no other position can start a match)."""

    def __init__(self, pattern: re.Pattern[str], starts: list[int]) -> None:
        self.match = pattern.match
        self.starts = starts

    def __call__(self, text: str, position: int, end: int) -> re.Match | None:
        starts, match_at = self.starts, self.match
        for start in starts[bisect_left(starts, position) : bisect_left(starts, end)]:
            match = match_at(text, start, end)
            if match is not None:
                return match
        return None
