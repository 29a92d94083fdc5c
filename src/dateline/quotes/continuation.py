"""Whether a quotation goes on with a cue's quote across words that are not the cue's own: two
tests the attribution's weak-adjacency pass asks (attribution.Attributor.claim_by_adjacency).

- after_speaker_description: `"A," said Dan Kildee, a Michigan Democrat who flew to Germany with
  the family. "B."` -- the sentence that describes the speaker ends and the speaker's quote goes
  on in the same paragraph (PolNeAR joins both pieces into one attribution);
- rest_of_sentence: `says she hopes to be elected president, but she knows that "LeBron will
  always be the king"` -- indirect content goes on in its sentence to a quotation that closes it.
Neither when someone else speaks in between. Cues come in text order, with `cue_starts` their
sorted start offsets, so the cues between two offsets are found by bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from dateline.lexicons import quotes as lex
from dateline.quotes.cue import Cue
from dateline.quotes.marks import Quotation

# A sentence ending inside a stretch of text: a word, a full stop, question or exclamation mark,
# a space and a capital; not after an initial or a title (`Peter T. King`, `Mr. Netanyahu`).
_SENTENCE_BREAK = re.compile(r"([\w-]*)[.!?][\s\u00a0]+[A-Z]")


def after_speaker_description(cues: list[Cue], cue_starts: list[int], cue: Cue, gap: str, start: int, end: int) -> bool:
    """The text `gap` between the cue's words (ending at `start`) and a quotation (at `end`) is the
    end of one sentence that describes the speaker, and only cues of the same speaker stand in it."""
    if "\n" in gap or not gap.rstrip().endswith(lex.SENTENCE_END_MARKS) or cue.speaker is None:
        return False
    if any(not _abbreviation(m.group(1)) for m in _SENTENCE_BREAK.finditer(gap.rstrip())):
        return False
    for k in range(bisect_left(cue_starts, start), bisect_left(cue_starts, end)):
        other = cues[k]
        if other is not cue and not same_speaker(other, cue):
            return False
    return True


def rest_of_sentence(text: str, cue_starts: list[int], cue: Cue, quotation: Quotation, content_before: bool) -> bool:
    """The cue's indirect content (after its words: not `content_before`) goes on in its sentence
    to `quotation`, which ends the sentence, in the same paragraph, with no cue between."""
    if not cue.ranges or cue.according or content_before or cue.parenthetical is not None:
        return False
    end = max(e for _, e in cue.ranges)
    if not (end <= quotation.open_start and quotation.close_end <= cue.sentence_end + 1):
        return False
    if "\n" in text[end : quotation.open_start]:
        return False
    tail = text[quotation.close_end : cue.sentence_end + 1]
    if tail.strip().strip(".!?\"'\u201d\u2019,"):
        return False  # the sentence goes on after the quotation
    first = bisect_left(cue_starts, end)
    return not (first < len(cue_starts) and cue_starts[first] < quotation.open_start)


def same_speaker(other: Cue, cue: Cue) -> bool:
    """`said Mr. Ekovich, who noted that ...`, `said Francis, as he called for ...`: a cue in the
    speaker's own description speaks for the same person (its subject, the relative pronoun whose
    antecedent is the speaker, or a singular personal pronoun)."""
    speaker = other.speaker
    if speaker is None or cue.speaker is None:
        return False
    if speaker.i == cue.speaker.i or (other.antecedent is not None and other.antecedent.i == cue.speaker.i):
        return True
    return speaker.lower_ in lex.SINGULAR_PERSONAL_PRONOUNS


def _abbreviation(word: str) -> bool:
    """An initial (`T.`), a title (`Mr.`, `Sen.`) or a party and state (`R-Wis.`) before a full stop."""
    return len(word) == 1 or word.lower() in lex.NAME_ABBREVIATIONS or "-" in word
