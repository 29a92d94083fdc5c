"""The head of a story above its text: headline lines, bylines, and the dateline under them.

Arrangements seen in files people hold (each is a test fixture):
    BAHIA COCOA REVIEW                      headline on the line above a wire dateline
    SALVADOR, Feb 26 - Showers continued ...

    Storm Batters Coast                     headline of one or more lines, bylines, blank lines
    Thousands Without Power
    By Jane Doe and John Roe, Reuters
    MIAMI (Reuters) - ...

    Ad sales boost Time Warner profit       headline and a blank line, no dateline (the BBC)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dateline.lexicons.agencies import AGENCY_NAMES
from dateline.lexicons.credits import (
    BYLINE_BY_RE,
    BYLINE_NAME_RE,
    BYLINE_OUTLET_WORDS,
    BYLINE_PIPE_RE,
    BYLINE_ROLE_WORDS,
    BYLINE_SPLIT_RE,
    CONTRIBUTED_RE,
    CREDIT_LOCATION_RE,
)
from dateline.lexicons.layout import (
    BYLINE_MAX_LINES,
    TITLE_CASE_MIN_SHARE,
    TITLE_CASE_MIN_WORD_LETTERS,
    TITLE_MAX_CHARS,
    TITLE_MAX_LINES,
    TITLE_MAX_WORDS,
)
from dateline.metadata.opener import find_dateline
from dateline.record import Credit, Dateline, Span

# Lines looked at above the story: headline lines, bylines and the blank lines between them.
_HEAD_LINES = TITLE_MAX_LINES + BYLINE_MAX_LINES + 4


@dataclass
class Head:
    """What stands above the story text, and where the story starts."""

    start: int
    title: str | None = None
    title_span: Span | None = None
    bylines: list[Span] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    dateline: Dateline | None = None


def find_head(text: str, pos: int, known_title: str | None) -> Head:
    """Headline, bylines and dateline at the top of text[pos:] (each may be absent)."""
    lines = _lines(text, pos, _HEAD_LINES)
    head = Head(start=pos, title=known_title)

    # 1. The headline: the input's own title where the text repeats it, else up to three short
    #    lines that read as a headline.
    title_lines = _known_title_lines(text, lines, known_title) if known_title else _headline_lines(text, lines)
    # 2. Bylines (and blank lines) under it.
    index = len(title_lines)
    bylines: list[tuple[Span, list[Credit]]] = []
    while index < len(lines) and len(bylines) < BYLINE_MAX_LINES:
        span = lines[index]
        credits = byline_credits(text, span) if span is not None else []
        if span is not None and not credits:
            break
        if credits:
            bylines.append((span, credits))
        index += 1
    # 3. The dateline under them; else at the very top (wire copy), which wins over a headline
    #    guessed from a short first line ("LONDON (Reuters) - Shares fell" on a line of its own).
    below = lines[index] if index < len(lines) else None
    dateline = find_dateline(text, below[0]) if below is not None and (title_lines or bylines) else None
    if dateline is None and not bylines and not (known_title and title_lines):
        at_top = find_dateline(text, pos)
        if at_top is not None:
            head.dateline, head.start = at_top
            return head
    # A headline guessed without a dateline under it must stand apart: a blank line or a byline
    # follows it, and story text comes after.
    # A single line in capitals over story text is a headline too (wire copy whose dateline
    # was mistyped, "JOHN WILEY AND SONS INC <WILLB> 3RD QTR NET" over "NEW YORK, Narch 2 -").
    if dateline is None and title_lines and not known_title and not bylines:
        blank_after = len(title_lines) < len(lines) and lines[len(title_lines)] is None
        capitals = len(title_lines) == 1 and _in_capitals(text[title_lines[0][0] : title_lines[0][1]])
        if not (blank_after or capitals) or not _has_text_after(text, title_lines[-1][1]):
            title_lines = []
    if title_lines:
        span = (title_lines[0][0], title_lines[-1][1])
        head.title, head.title_span = text[span[0] : span[1]], span
        head.start = _skip_space(text, span[1])
    for span, credits in bylines:
        head.bylines.append(span)
        head.credits.extend(credits)
        head.start = _skip_space(text, span[1])
    if dateline is not None:
        head.dateline, head.start = dateline
    return head


def _lines(text: str, pos: int, limit: int) -> list[Span | None]:
    """The first `limit` lines from pos as stripped spans, None for a blank line."""
    out: list[Span | None] = []
    while pos < len(text) and len(out) < limit:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip())))
        elif out and out[-1] is not None:
            out.append(None)
        pos = end + 1
    return out


def _known_title_lines(text: str, lines: list[Span | None], title: str) -> list[Span]:
    """The first lines when they are the input's title (JSON `title`, an HTML page's title)."""
    wanted = " ".join(title.split())
    taken: list[Span] = []
    for span in lines:
        if span is None or len(taken) >= TITLE_MAX_LINES:
            break
        taken.append(span)
        if " ".join(text[taken[0][0] : span[1]].split()) == wanted:
            return taken
    return []


def _headline_lines(text: str, lines: list[Span | None]) -> list[Span]:
    """Up to three short lines at the top that read as a headline, ending at a blank line, a
    byline or a dateline."""
    taken: list[Span] = []
    for span in lines[: TITLE_MAX_LINES + 1]:
        if span is None or byline_credits(text, span):
            break
        if not taken and _strong_dateline(text, span[0]) and not _strong_dateline_below(text, lines):
            return []  # wire copy: the story opens with a dated or credited dateline
        if taken and find_dateline(text, span[0]):
            break  # the story's dateline under the headline
        if len(taken) == TITLE_MAX_LINES or not _headline_like(text[span[0] : span[1]]):
            return _capitals_first_line(text, taken)  # the first lines run on into a paragraph
        taken.append(span)
    if len(taken) > 1 and not all(_title_cased(text[a:b]) for a, b in taken):
        return _capitals_first_line(text, taken)  # short lines of a paragraph
    return taken


def _capitals_first_line(text: str, taken: list[Span]) -> list[Span]:
    """Lines that are not a headline together; but a first line in capitals is a headline over
    hard-wrapped wire copy ("JOHN WILEY AND SONS INC <WILLB> 3RD QTR NET")."""
    return taken[:1] if taken and _in_capitals(text[taken[0][0] : taken[0][1]]) else []


def _strong_dateline_below(text: str, lines: list[Span | None]) -> bool:
    """Whether the line under the first is a dated or credited dateline: then the first line is
    a headline even if it reads as one ("ROTTERDAM PORT SUBSIDY TO END JULY 1 - MINISTER")."""
    return len(lines) > 1 and lines[1] is not None and _strong_dateline(text, lines[1][0])


def _strong_dateline(text: str, pos: int) -> bool:
    found = find_dateline(text, pos)
    return found is not None and (found[0].date_text is not None or found[0].agency is not None)


def _headline_like(line: str) -> bool:
    if len(line) > TITLE_MAX_CHARS or len(line.split()) > TITLE_MAX_WORDS:
        return False
    if line.startswith(("-", "*", "•")):
        return False
    # Headlines in capitals open with a flag or a quotation and end with quotations or
    # abbreviations: Reuters' "(CORRECTED) - MOBIL <MOB> TO UPGRADE REFINERY UNIT",
    # "K MART <KM> SAYS RECORD 1986 NET \"TURNING POINT\"", "... TO BUY ACME CORP.".
    if _in_capitals(line):
        return not line.endswith((",", ";"))
    # ... but a headline may trail off ("Rivals of the £400 Apple...", BBC technology).
    if line.startswith(("\"", "“", "(")) or (line.endswith((".", ",", ";", ":", '"', "”")) and not line.endswith(("...", "…"))):
        return False
    return any(c.isalpha() for c in line)


def _in_capitals(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _title_cased(line: str) -> bool:
    """In capitals, or most longer words capitalised ("Storm Batters Gulf Coast")."""
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w'’\-]*", line) if len(w) >= TITLE_CASE_MIN_WORD_LETTERS]
    return bool(words) and sum(w[0].isupper() for w in words) >= TITLE_CASE_MIN_SHARE * len(words)


def _has_text_after(text: str, end: int) -> bool:
    return bool(text[end:].strip())


def _skip_space(text: str, pos: int) -> int:
    return len(text) - len(text[pos:].lstrip()) if text[pos:].strip() else pos


# -- bylines and contributor lines ------------------------------------------------------------
def byline_credits(text: str, span: Span) -> list[Credit]:
    """The names of a byline line ("By Jane Doe and John Roe, Reuters"), or [] if it is not one."""
    line = text[span[0] : span[1]]
    match = BYLINE_BY_RE.match(line) or BYLINE_PIPE_RE.match(line)
    if not match:
        return []
    start = span[0] + match.start("names")
    pieces = _pieces(text, start, span[0] + match.end("names"))
    credits: list[Credit] = []
    for a, b in pieces:
        a, b = _without_trailing_agency(text, a, b)
        piece = text[a:b]
        words = {w.lower() for w in piece.split()}
        # The agency, a job title, the outlet, a date or time: parts of a byline, not names.
        if not piece or piece.lower().strip(" .") in AGENCY_NAMES or words & (BYLINE_ROLE_WORDS | BYLINE_OUTLET_WORDS):
            continue
        if any(c.isdigit() for c in piece):
            continue
        if not BYLINE_NAME_RE.match(piece):
            return []  # a sentence that opens with "By ...", not a byline
        credits.append(Credit(role="byline", name=piece, span=(a, b)))
    return credits


def _without_trailing_agency(text: str, a: int, b: int) -> Span:
    """"JANE DOE Associated Press" -> "JANE DOE" (AP bylines put the agency on the same line)."""
    piece = text[a:b].lower()
    for agency in AGENCY_NAMES:
        if len(agency) > 2 and piece.endswith(" " + agency):
            return a, b - len(agency) - 1
    return a, b


def contributor_credits(text: str, span: Span) -> list[Credit]:
    """Names in an AP-style contributor line, or [] if the block is not one."""
    block = text[span[0] : span[1]]
    match = CONTRIBUTED_RE.match(block)
    if not match:
        return []
    credits: list[Credit] = []
    for a, b in _pieces(text, span[0], span[0] + match.end("who")):
        piece = CREDIT_LOCATION_RE.sub("", text[a:b])
        # "Associated Press writers Jane Doe": the name is the capitalised run at the end.
        words = piece.split()
        name_words: list[str] = []
        for word in reversed(words):
            if not word[0].isupper() or word.lower() in BYLINE_ROLE_WORDS or word.lower() in AGENCY_NAMES:
                break
            name_words.insert(0, word)
        name = " ".join(name_words)
        if len(name_words) < 2 or not BYLINE_NAME_RE.match(name):
            continue
        at = text.find(name, a, b)
        if at >= 0:
            credits.append(Credit(role="contributing", name=name, span=(at, at + len(name))))
    return credits


def _pieces(text: str, start: int, end: int) -> list[Span]:
    """text[start:end] split at byline separators, each piece stripped, as spans."""
    out: list[Span] = []
    pos = start
    for sep in BYLINE_SPLIT_RE.finditer(text, start, end):
        out.extend(_strip(text, pos, sep.start()))
        pos = sep.end()
    out.extend(_strip(text, pos, end))
    return out


def _strip(text: str, a: int, b: int) -> list[Span]:
    piece = text[a:b]
    if not piece.strip(" .\t"):
        return []
    lead = len(piece) - len(piece.lstrip(" \t"))
    stripped = piece.strip(" \t").rstrip(".") if not re.search(r"\b[A-Z]\.$", piece.strip()) else piece.strip(" \t")
    return [(a + lead, a + lead + len(stripped))]
