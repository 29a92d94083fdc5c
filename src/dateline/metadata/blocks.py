"""The story's blocks: paragraphs, all-caps subheadings and scraped noise lines."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dateline.lexicons.layout import (
    BLANK_LINE_RE,
    INDENTED_PARAGRAPH_RE,
    QUESTION_SECTION_MAX_WORDS,
    QUESTION_SECTION_RE,
    SECTION_MAX_CHARS,
    SECTION_MAX_WORDS,
    SECTION_MIN_LETTER_SHARE,
    SECTION_MIN_LETTERS,
    WRAPPED_LINE_MAX_CHARS,
)
from dateline.lexicons.noise import NOISE_LINE_PATTERNS
from dateline.record import Span


def split_blocks(text: str, start: int, end: int) -> list[Span]:
    """Paragraph-like blocks of text[start:end], stripped of surrounding whitespace.

    Blank lines separate paragraphs in scraped and exported text. Text without blank lines is
    either hard-wrapped with indented paragraph starts (Reuters-21578) or one paragraph per line.
    """
    region = text[start:end]
    if BLANK_LINE_RE.search(region):
        separator = BLANK_LINE_RE
    else:
        lines = [line for line in region.split("\n") if line.strip()]
        average = sum(len(line) for line in lines) / max(1, len(lines))
        separator = INDENTED_PARAGRAPH_RE if average <= WRAPPED_LINE_MAX_CHARS else re.compile(r"\n")
    blocks: list[Span] = []
    pos = 0
    for match in separator.finditer(region):
        blocks.extend(_stripped(region, pos, match.start(), start))
        pos = match.end()
    blocks.extend(_stripped(region, pos, len(region), start))
    return blocks


def _stripped(region: str, a: int, b: int, offset: int) -> Iterator[Span]:
    chunk = region[a:b]
    if chunk.strip():
        lead = len(chunk) - len(chunk.lstrip())
        yield (offset + a + lead, offset + a + len(chunk.rstrip()))


def line_spans(text: str, span: Span) -> list[Span]:
    """Non-empty lines of a block, stripped."""
    out: list[Span] = []
    pos = span[0]
    for line in text[span[0] : span[1]].split("\n"):
        out.extend(_stripped(line, 0, len(line), pos))
        pos += len(line) + 1
    return out


def noise_kind(line: str) -> str | None:
    """The kind of scraped noise a whole line is, or None for story text."""
    stripped = line.strip()
    if len(stripped) > 300:
        return None
    for kind, pattern in NOISE_LINE_PATTERNS:
        if pattern.match(stripped):
            return kind
    return None


def is_question_heading(block: str) -> bool:
    """A BBC-style question subheading on its own line: `What happened?`, `Why does it matter?`."""
    stripped = block.strip()
    return "\n" not in stripped and len(stripped.split()) <= QUESTION_SECTION_MAX_WORDS and bool(QUESTION_SECTION_RE.match(stripped))


def is_section_heading(block: str, questions: bool = False) -> bool:
    """A short all-capitals line on its own (`RUSSIAN MEDIATION?`, `KEY FACTS`), or, where the
    story is written under question headings (`questions`), a question subheading."""
    if questions and is_question_heading(block):
        return True
    if "\n" in block.strip() or len(block) > SECTION_MAX_CHARS or len(block.split()) > SECTION_MAX_WORDS:
        return False
    letters = [c for c in block if c.isalpha()]
    if len(letters) < SECTION_MIN_LETTERS or not all(c.isupper() for c in letters):
        return False
    # Mostly letters: BBC sport previews have kick-off lines such as "2000 GMT" between paragraphs.
    if len(letters) < SECTION_MIN_LETTER_SHARE * sum(not c.isspace() for c in block):
        return False
    # A heading does not end like a sentence; "?", "!" and ":" do occur ("RUSSIAN MEDIATION?").
    return not block.rstrip().endswith((".", ","))
