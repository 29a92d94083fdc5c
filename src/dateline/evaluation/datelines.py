"""Dateline accuracy on Reuters-21578, in the two arrangements files come in.

- wire copy: `<DATELINE> text + " " + <BODY> text`, as the wire sent it;
- headline first: the `<TITLE>` line, a newline, then the wire copy, as scraped files and
  archives hold stories (the headline on the line above the dateline).

Our dateline place is compared with the gold one (the part of <DATELINE> before its first comma,
compared case-insensitively with spaces folded); headline first also scores the title (exact
match with <TITLE>, surrounding spaces stripped).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from dateline.context import RawArticle
from dateline.metadata import locate_layout
from dateline.record import Source

_STORY = re.compile(r"<REUTERS\b.*?</REUTERS>", re.S)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("DATELINE", "BODY", "TITLE")}

ARRANGEMENTS = ("wire", "headline")


def reuters_wire_stories(folder: Path, arrangement: str = "wire") -> list[tuple[str, str, str | None, str]]:
    """(story id, gold dateline, gold title, text) for every story with a dateline and a body
    (and, headline first, a title)."""
    if arrangement not in ARRANGEMENTS:
        raise ValueError(f"arrangement must be one of {ARRANGEMENTS}, not {arrangement!r}")
    stories = []
    for path in sorted(Path(folder).glob("*.sgm")):
        raw = path.read_bytes().decode("latin-1")
        for number, story in enumerate(_STORY.findall(raw)):
            dateline = _FIELD["DATELINE"].search(story)
            body = _FIELD["BODY"].search(story)
            title = _FIELD["TITLE"].search(story)
            if not dateline or not body or (arrangement == "headline" and not (title and title.group(1).strip())):
                continue
            gold = html.unescape(dateline.group(1))
            text = gold + " " + html.unescape(body.group(1))
            gold_title = html.unescape(title.group(1)).strip() if title else None
            if arrangement == "headline":
                text = gold_title + "\n" + text
            stories.append((f"{path.name}#{number}", gold, gold_title, text))
    return stories


def gold_place(dateline: str) -> str:
    return " ".join(dateline.split(",")[0].split()).lower()


def evaluate_datelines(folder: Path, arrangement: str = "wire") -> dict:
    stories = reuters_wire_stories(folder, arrangement)
    if not stories:
        raise FileNotFoundError(f"no Reuters-21578 stories with datelines in {folder}")
    found = correct = with_date = titles = 0
    misses = []
    for story_id, gold, gold_title, text in stories:
        layout, _ = locate_layout(RawArticle(text=text, source=Source(path=story_id)))
        dateline = layout.dateline
        if arrangement == "headline":
            if layout.title == gold_title:
                titles += 1
            else:
                misses.append(f"{story_id}: title {gold_title!r}, ours {layout.title!r}")
        if dateline is not None:
            found += 1
            with_date += dateline.date_text is not None
            span = dateline.place_span
            ours = " ".join(text[span[0] : span[1]].split()).lower() if span else None
            if ours == gold_place(gold):
                correct += 1
                continue
        misses.append(f"{story_id}: gold {gold.strip()!r}, ours {text[dateline.span[0]:dateline.span[1]] if dateline else None!r}")
    scores = {
        "arrangement": arrangement,
        "stories": len(stories),
        "datelines_found": found,
        "place_correct": correct,
        "place_accuracy": round(correct / len(stories), 4),
        "date_text_found": with_date,
    }
    if arrangement == "headline":
        scores["title_exact"] = titles
        scores["title_accuracy"] = round(titles / len(stories), 4)
    scores["misses"] = misses
    return scores
