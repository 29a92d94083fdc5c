"""Quotation marks paired into quotations, over the characters of the text (no parse needed).

Real copy mixes curly and straight marks, nests a quote in a quote, writes apostrophes with the
same character as a closing single quote (`it’s`, `Putin’s`), opens a quote in one paragraph and
continues it in the next without closing the first (news style for multi-paragraph quotes), and
sometimes just loses a mark. The rules, in order:

1. Every candidate mark is classified by what stands beside it: it can open (a space, a bracket,
   a dash or a paragraph start before it, a word after it), close (a word before it, a space or
   punctuation after it), or it is an apostrophe (letters on both sides).
2. Double marks are paired per paragraph with a small stack (a quote inside a quote). A closer
   pairs with the nearest opener of its own style (`”` with `“`, `"` with `"`), else the top.
3. A quotation still open at the end of a paragraph continues into the next paragraph when that
   one starts with an opening mark; otherwise, if it opened at the paragraph's start (a whole
   quoted paragraph missing its last mark), it ends with the paragraph. An opener in mid-paragraph
   that never closes is not a safe quotation: it is dropped, and a warning says where.
4. Single marks outside double quotations pair only inside one paragraph, with a closer that is
   not an apostrophe; unpaired ones are apostrophes (`’90s`, `rock ’n’ roll`) and are ignored.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from dateline.errors import Warnings, warning
from dateline.lexicons import quotes as lex
from dateline.lexicons.layout import PARAGRAPH_BREAK_RE
from dateline.record import Span


# A line of spaces between paragraphs: dateline's language stage blanks what is not prose (an ad,
# a subheading) with spaces, so a quotation's content never runs over it (its text would not be
# the article's text at its span).
_BLANKED_LINE = re.compile(r"\n[ \t]+\n|\n[ \t]{2,}$|^[ \t]{2,}\n", re.M)

# A sentence ends right before a mark: `... 26 weeks. "We are going to ...` (read backwards from
# the mark, never searched for from the paragraph's start: that is quadratic in a long paragraph).
_SENTENCE_ENDERS = ".?!\u2026"
_SENTENCE_CLOSERS = ")]"

DOUBLE = "double"
SINGLE = "single"


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    family: str  # "double" | "single"
    style: str  # "curly" | "straight" | "doubled" (two apostrophes) | "angle"
    can_open: bool
    can_close: bool


@dataclass
class Quotation:
    """Text between a pair of quotation marks. `content` excludes the marks; for a quotation that
    runs over several paragraphs it covers all of them (`pieces` has one span per paragraph)."""

    open_start: int
    content: Span
    close_end: int
    family: str
    closed: bool = True
    pieces: list[Span] = field(default_factory=list)
    paragraphs: tuple[int, int] = (0, 0)  # first and last paragraph index

    @property
    def span(self) -> Span:
        """From the opening mark to the closing mark (or the content's end when unclosed)."""
        return (self.open_start, self.close_end)


def _style(mark: str) -> str:
    if mark in ('"', "\uff02", "'"):
        return "straight"
    if mark in ("''", "``"):
        return "doubled"
    if mark in ("\u00ab", "\u00bb", "\u2039", "\u203a"):
        return "angle"
    return "curly"


def _is_word(char: str) -> bool:
    return char.isalnum()


def classify_marks(text: str, start: int, end: int) -> list[Mark]:
    """The quotation-mark candidates of `text[start:end]` (one paragraph), classified."""
    marks = []
    for match in lex.QUOTE_MARK_RE.finditer(text, start, end):
        s, e = match.span()
        token = match.group()
        before = text[s - 1] if s > start else "\n"
        after = text[e] if e < end else "\n"
        before_mark = bool(lex.QUOTE_MARK_RE.fullmatch(before))
        after_mark = bool(lex.QUOTE_MARK_RE.fullmatch(after))
        opens_here = (before in lex.OPEN_BEFORE or before_mark) and not after.isspace()
        closes_here = (after in lex.CLOSE_AFTER or after_mark) and not before.isspace()
        if token in lex.DOUBLE_OPENERS:
            marks.append(Mark(s, e, DOUBLE, _style(token), True, False))
        elif token in lex.DOUBLE_CLOSERS:
            marks.append(Mark(s, e, DOUBLE, _style(token), False, True))
        elif token in lex.DOUBLE_EITHER:
            if opens_here or closes_here:
                marks.append(Mark(s, e, DOUBLE, _style(token), opens_here, closes_here))
        else:
            # Single marks: letters on both sides make an apostrophe (it’s, Putin’s, O'Hare).
            if _is_word(before) and _is_word(after):
                continue
            if token in lex.SINGLE_OPENERS:
                if opens_here:
                    marks.append(Mark(s, e, SINGLE, _style(token), True, False))
            elif token in lex.SINGLE_CLOSERS:
                if closes_here:
                    marks.append(Mark(s, e, SINGLE, _style(token), False, True))
            elif opens_here or closes_here:
                marks.append(Mark(s, e, SINGLE, _style(token), opens_here, closes_here))
    return marks


def _matches(opener: Mark, closer: Mark) -> bool:
    if opener.style == closer.style:
        return True
    # `` ... '' is one style (PTB / LaTeX), and so are the curly pair and « ».
    return {opener.style, closer.style} == {"doubled"}


class _Open:
    """An opening mark on the stack, with the pieces of a quotation continued over paragraphs."""

    def __init__(self, mark: Mark, paragraph: int, at_paragraph_start: bool) -> None:
        self.mark = mark
        self.paragraph = paragraph
        self.pieces: list[Span] = []
        self.piece_start = mark.end
        self.first_paragraph = paragraph
        self.at_paragraph_start = at_paragraph_start


def _strip(text: str, span: Span) -> Span:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)


def find_quotations(text: str, paragraphs: list[Span]) -> tuple[list[Quotation], list[dict[str, str]]]:
    """Top-level quotations of `text` in order, and warnings about marks that did not pair."""
    quotations: list[Quotation] = []
    warnings: list[dict[str, str]] = []
    pending: _Open | None = None  # a double quotation left open at the end of the last paragraph
    pending_end = 0
    for index, (p_start, p_end) in enumerate(paragraphs):
        marks = classify_marks(text, p_start, p_end)
        first = _strip(text, (p_start, p_end))[0]
        problems: list[str] = []
        stack: list[_Open] = []
        doubles = [m for m in marks if m.family == DOUBLE]
        if pending is not None:
            interrupted = bool(_BLANKED_LINE.search(text, pending_end, p_start))
            # A transcript quoted whole (`"WALLACE: ...` / `"PENCE: ...`): each speaker's
            # paragraph is a quotation of its own, not the last one going on.
            labelled = bool(doubles) and doubles[0].start == first and lex.TRANSCRIPT_LABEL_RE.match(text, doubles[0].end) is not None
            interrupted = interrupted or labelled
            if doubles and doubles[0].start == first and doubles[0].can_open and not interrupted:
                # 3. news style: the quote goes on in this paragraph, which opens with a mark.
                pending.pieces.append(_strip(text, (pending.piece_start, pending_end)))
                pending.piece_start = doubles[0].end
                stack.append(pending)
                doubles = doubles[1:]
            elif interrupted:
                # Something that is not prose was blanked between the paragraphs (an ad, a
                # heading): the quote ends here, and a quotation after it starts anew.
                quotations.append(_finish_open(text, pending, pending_end, index - 1))
            else:
                _close_unclosed(text, pending, pending_end, index - 1, quotations, warnings, paragraphs)
            pending = None
        for mark in doubles:
            target = _close_target(stack, mark) if mark.can_close else None
            if target is not None:
                position = stack.index(target)
                if position != len(stack) - 1:
                    problems.append("a nested quote is not closed")
                del stack[position:]
                if position == 0:
                    quotations.append(_finish(text, target, mark, index))
            elif mark.can_open:
                if len(stack) == 1 and stack[0].mark.style == mark.style and _sentence_ends_before(text, p_start, mark.start):
                    # Paragraph breaks lost in the copy (the BBC corpus): `said: "A. "B."` is the
                    # multi-paragraph convention on one line; the quotation goes on.
                    entry = stack[0]
                    entry.pieces.append(_strip(text, (entry.piece_start, mark.start)))
                    entry.piece_start = mark.end
                    continue
                if stack and stack[-1].mark.style == mark.style:
                    # The same opening style inside itself: the quote before was never closed.
                    dropped = stack.pop()
                    problems.append("a quote opens before the last one closed")
                    if not stack and dropped.at_paragraph_start:
                        quotations.append(_finish_open(text, dropped, mark.start, index))
                if len(stack) >= lex.MAX_QUOTE_DEPTH:
                    stack.pop(0)
                    problems.append("quotes nested too deep")
                stack.append(_Open(mark, index, mark.start == first))
            else:
                problems.append("a closing mark with no opening one")
        if stack:
            pending = stack[0]
            pending_end = p_end
            if len(stack) > 1:
                problems.append("a nested quote is not closed")
        if problems:
            warnings.append(warning(Warnings.W010, start=p_start, end=p_end, detail="; ".join(dict.fromkeys(problems))))
        still_open = [(stack[0].mark.start, p_end)] if stack else []
        quotations.extend(_single_quotations(text, marks, quotations, still_open, index))
    if pending is not None:
        _close_unclosed(text, pending, pending_end, len(paragraphs) - 1, quotations, warnings, paragraphs)
    quotations.sort(key=lambda q: q.open_start)
    # Top-level quotations never overlap; the attribution step relies on it (ordered lookups).
    kept: list[Quotation] = []
    for quotation in quotations:
        if not kept or quotation.open_start >= kept[-1].close_end:
            kept.append(quotation)
    return kept, warnings


def _sentence_ends_before(text: str, start: int, offset: int) -> bool:
    """`text[start:offset]` ends with a sentence's end and then spaces or tabs."""
    i = offset
    while i > start and text[i - 1] in " \t":
        i -= 1
    if i == offset:
        return False
    if i > start and text[i - 1] in _SENTENCE_CLOSERS:
        i -= 1
    return i > start and text[i - 1] in _SENTENCE_ENDERS


def _close_target(stack: list[_Open], mark: Mark) -> _Open | None:
    if not stack:
        return None
    for entry in reversed(stack):
        if _matches(entry.mark, mark):
            return entry
    return stack[-1]


def _finish(text: str, entry: _Open, closer: Mark, paragraph: int) -> Quotation:
    pieces = entry.pieces + [(entry.piece_start, closer.start)]
    return Quotation(
        open_start=entry.mark.start,
        content=(pieces[0][0], closer.start),
        close_end=closer.end,
        family=entry.mark.family,
        closed=True,
        pieces=pieces,
        paragraphs=(entry.first_paragraph, paragraph),
    )


def _finish_open(text: str, entry: _Open, end: int, paragraph: int) -> Quotation:
    piece = _strip(text, (entry.piece_start, end))
    pieces = entry.pieces + [piece]
    return Quotation(
        open_start=entry.mark.start,
        content=(pieces[0][0], piece[1]),
        close_end=piece[1],
        family=entry.mark.family,
        closed=False,
        pieces=pieces,
        paragraphs=(entry.first_paragraph, paragraph),
    )


def _close_unclosed(text, entry: _Open, end: int, paragraph: int, quotations, warnings, paragraphs) -> None:
    """A quotation open at the end of paragraph `paragraph` that the next one does not continue."""
    p_start, p_end = paragraphs[paragraph]
    if entry.at_paragraph_start or entry.pieces:
        # A quoted paragraph that lost its closing mark, or the last of a multi-paragraph quote.
        quotations.append(_finish_open(text, entry, end, paragraph))
        if not entry.pieces:
            warnings.append(warning(Warnings.W010, start=p_start, end=p_end, detail="a quoted paragraph is not closed; taken to its end"))
    else:
        warnings.append(warning(Warnings.W010, start=p_start, end=p_end, detail="a quote opens and never closes; skipped"))


def _single_quotations(text: str, marks: list[Mark], doubles: list[Quotation], still_open: list[Span], paragraph: int) -> list[Quotation]:
    """Single-quoted passages outside double quotations (headlines, British style) in a paragraph."""
    inside = []
    for q in reversed(doubles):  # in paragraph order: only the last few can reach this paragraph
        if q.paragraphs[1] < paragraph:
            break
        if q.paragraphs[0] <= paragraph:
            inside.append(q.span)
    inside += still_open
    inside.sort()
    starts = [s for s, _ in inside]
    reach = list(itertools.accumulate((e for _, e in inside), max))  # furthest end so far
    found = []
    opener: Mark | None = None
    for mark in marks:
        if mark.family != SINGLE:
            continue
        k = bisect_right(starts, mark.start) - 1
        if k >= 0 and mark.start < reach[k]:
            continue
        if opener is not None and mark.can_close and mark.start > opener.end:
            found.append(
                Quotation(
                    open_start=opener.start,
                    content=(opener.end, mark.start),
                    close_end=mark.end,
                    family=SINGLE,
                    pieces=[(opener.end, mark.start)],
                    paragraphs=(paragraph, paragraph),
                )
            )
            opener = None
        elif mark.can_open and opener is None:
            opener = mark
    return found


def paragraph_spans(text: str) -> list[Span]:
    """Paragraphs of a text that comes with none: blocks between blank lines, or lines when the
    text has no blank line (one paragraph a line, as in many exports)."""
    breaker = PARAGRAPH_BREAK_RE if PARAGRAPH_BREAK_RE.search(text) else re.compile(r"\n")
    spans = []
    start = 0
    for match in breaker.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [s for s in (_strip(text, span) for span in spans) if s[1] > s[0]]
