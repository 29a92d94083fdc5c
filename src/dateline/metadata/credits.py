"""Credit lines: who reported, wrote and edited the story, each name with its span."""

from __future__ import annotations

from dateline.lexicons.credits import (
    CREDIT_LINE_RE,
    CREDIT_LOCATION_RE,
    CREDIT_NAME_SPLIT_RE,
    CREDIT_ROLE_RE,
    CREDIT_ROLES,
    GLUED_CREDIT_RE,
    NOT_CREDIT_NAMES,
)
from dateline.record import Credit, Span

_ROLE_OF = dict(CREDIT_ROLES)


def is_credit_line(block: str) -> bool:
    return bool(CREDIT_LINE_RE.match(block.strip()))


def glued_credit_start(text: str, span: Span) -> int | None:
    """Where a credit line glued to the end of a paragraph starts, if there is one."""
    match = GLUED_CREDIT_RE.search(text, span[0], span[1])
    if not match or match.start() == span[0]:
        return None
    return match.start()


def parse_credits(text: str, span: Span) -> list[Credit]:
    """Names under each role phrase in text[span], with their spans."""
    start, end = span
    roles = list(CREDIT_ROLE_RE.finditer(text, start, end))
    credits: list[Credit] = []
    for i, match in enumerate(roles):
        role = _ROLE_OF[match.group(1).lower()]
        segment_end = roles[i + 1].start() if i + 1 < len(roles) else end
        credits.extend(_names(text, match.end(), segment_end, role))
    return credits


def _names(text: str, start: int, end: int, role: str) -> list[Credit]:
    out: list[Credit] = []
    pos = start
    segment = text[start:end]
    pieces = CREDIT_NAME_SPLIT_RE.split(segment)
    for piece in pieces:
        found = segment.find(piece, pos - start) if piece else -1
        if found < 0:
            continue
        pos = start + found + len(piece)
        name = CREDIT_LOCATION_RE.sub("", piece).strip(" ()[].:;\t\n")
        if not name or name.lower() in NOT_CREDIT_NAMES or not name[0].isupper():
            continue
        name_start = text.find(name, start + found)
        out.append(Credit(role=role, name=name, span=(name_start, name_start + len(name))))
    return out
