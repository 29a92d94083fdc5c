"""The blocks under the head: story paragraphs, and the furniture around them, each marked with
its kind (noise), its heading (sections) or its names (credits). Nothing is cut from the text.

A block is one paragraph-like chunk (blocks.split_blocks). Most furniture is recognised line by
line (lexicons/noise.py); a few kinds need their neighbours: a related-links list under its
"Related" header, an embedded post's text above its signature line, and a closing author bio.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.lexicons.noise import (
    AUTHOR_BIO_HEADER_RE,
    AUTHOR_BIO_RE,
    BIO_TAIL_BLOCKS,
    EMBED_MAX_CHARS,
    EMBED_SIGNATURE_RE,
    EMBED_TEXT_MAX_CHARS,
    RELATED_HEADER_RE,
    RELATED_LINK_MAX_CHARS,
)
from dateline.lexicons.layout import QUESTION_SECTIONS_MIN
from dateline.metadata.blocks import is_question_heading, is_section_heading, line_spans, noise_kind
from dateline.metadata.credits import glued_credit_start, is_credit_line, parse_credits
from dateline.metadata.headline import contributor_credits
from dateline.record import Credit, Noise, Section, Span

# Credit lines close a story; only this many final blocks are considered, so a paragraph that
# happens to start with "Reporting by" in the middle of a story stays story text.
CREDIT_TAIL_BLOCKS = 3


@dataclass
class Furniture:
    paragraphs: list[Span] = field(default_factory=list)
    noise: list[Noise] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    credit_spans: list[Span] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)


def classify_blocks(text: str, blocks: list[Span]) -> Furniture:
    found = Furniture()
    questions = sum(is_question_heading(text[a:b]) for a, b in blocks) >= QUESTION_SECTIONS_MIN
    in_list = False  # inside a related-links list, after its header
    for index, block in enumerate(blocks):
        content = text[block[0] : block[1]]
        from_end = len(blocks) - index
        kind = noise_kind(content)
        if from_end <= CREDIT_TAIL_BLOCKS and is_credit_line(content):
            found.credit_spans.append(block)
            found.credits.extend(parse_credits(text, block))
        elif from_end <= CREDIT_TAIL_BLOCKS and contributor_credits(text, block):
            found.credit_spans.append(block)
            found.credits.extend(contributor_credits(text, block))
        elif _is_link_list(content) or (in_list and _link_like(content)):
            found.noise.append(Noise(kind="related", span=block))
            continue
        elif _is_embed(content):
            _embed(found, text, block)
        elif from_end <= BIO_TAIL_BLOCKS and (AUTHOR_BIO_RE.match(content) or AUTHOR_BIO_HEADER_RE.match(content)):
            found.noise.append(Noise(kind="bio", span=block))
        elif kind:
            found.noise.append(Noise(kind=kind, span=block))
        elif is_section_heading(content, questions):
            found.sections.append(Section(heading=content.strip(), span=block))
        else:
            _story_lines(found, text, block)
        in_list = bool(RELATED_HEADER_RE.match(content.strip())) or (in_list and _link_like(content))
    _glued_credit(found, text)
    found.noise.sort(key=lambda n: n.span)
    return found


def _link_like(block: str) -> bool:
    """A line of a links list: a short headline, not a sentence."""
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    return bool(lines) and all(len(line) <= RELATED_LINK_MAX_CHARS and not line.endswith((".", ":", ",")) for line in lines)


def _is_link_list(block: str) -> bool:
    """A header line ("Related", "More on this story") with the list's lines under it."""
    header, _, rest = block.strip().partition("\n")
    return bool(rest.strip()) and bool(RELATED_HEADER_RE.match(header.strip())) and _link_like(rest)


def _is_embed(block: str) -> bool:
    return len(block) <= EMBED_MAX_CHARS and any(EMBED_SIGNATURE_RE.match(line.strip()) for line in block.split("\n"))


def _embed(found: Furniture, text: str, block: Span) -> None:
    """An embedded post's signature block; a short paragraph right above it is the post's text
    (sites print a tweet as its text, then "— Name (@handle) date" on a line of its own)."""
    found.noise.append(Noise(kind="embed", span=block))
    if not found.paragraphs or "\n" in text[block[0] : block[1]]:
        return  # the post's text is in the signature's own block
    previous = found.paragraphs[-1]
    adjacent = not text[previous[1] : block[0]].strip() and text.count("\n", previous[1], block[0]) <= 2
    if adjacent and previous[1] - previous[0] <= EMBED_TEXT_MAX_CHARS:
        found.paragraphs.pop()
        found.noise.append(Noise(kind="embed", span=previous))


def _story_lines(found: Furniture, text: str, block: Span) -> None:
    """A block as story paragraphs, with any noise lines inside it marked and left out; a
    related-links header line takes the link lines under it."""
    lines = line_spans(text, block)
    kinds = [noise_kind(text[a:b]) for a, b in lines]
    if not any(kinds):
        found.paragraphs.append(block)
        return
    run: list[Span] = []
    in_list = False
    for span, kind in zip(lines, kinds):
        line = text[span[0] : span[1]]
        if in_list and _link_like(line):
            kind = "related"
        in_list = bool(RELATED_HEADER_RE.match(line)) or (in_list and kind == "related")
        if kind:
            found.noise.append(Noise(kind=kind, span=span))
            if run:
                found.paragraphs.append((run[0][0], run[-1][1]))
                run = []
        else:
            run.append(span)
    if run:
        found.paragraphs.append((run[0][0], run[-1][1]))


def _glued_credit(found: Furniture, text: str) -> None:
    """A credit line glued to the end of the last paragraph."""
    if not found.paragraphs or found.credits:
        return
    glued = glued_credit_start(text, found.paragraphs[-1])
    if glued is None:
        return
    last = found.paragraphs.pop()
    found.credit_spans.append((glued, last[1]))
    found.credits.extend(parse_credits(text, (glued, last[1])))
    kept = text[last[0] : glued].rstrip()
    if kept:
        found.paragraphs.append((last[0], last[0] + len(kept)))
