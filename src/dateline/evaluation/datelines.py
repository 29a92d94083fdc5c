"""Dateline accuracy on Reuters-21578: each story with a <DATELINE> and a <BODY> is written as wire
copy (`<DATELINE> text + " " + <BODY> text`) and our dateline place is compared with the gold one
(the part of <DATELINE> before its first comma, compared case-insensitively with spaces folded)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from dateline.context import RawArticle
from dateline.metadata import locate_layout
from dateline.record import Source

_STORY = re.compile(r"<REUTERS\b.*?</REUTERS>", re.S)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("DATELINE", "BODY")}


def reuters_wire_stories(folder: Path) -> list[tuple[str, str, str]]:
    """(story id, gold dateline, wire text) for every story with a dateline and a body."""
    stories = []
    for path in sorted(Path(folder).glob("*.sgm")):
        raw = path.read_bytes().decode("latin-1")
        for number, story in enumerate(_STORY.findall(raw)):
            dateline = _FIELD["DATELINE"].search(story)
            body = _FIELD["BODY"].search(story)
            if not dateline or not body:
                continue
            gold = html.unescape(dateline.group(1))
            text = gold + " " + html.unescape(body.group(1))
            stories.append((f"{path.name}#{number}", gold, text))
    return stories


def gold_place(dateline: str) -> str:
    return " ".join(dateline.split(",")[0].split()).lower()


def evaluate_datelines(folder: Path) -> dict:
    stories = reuters_wire_stories(folder)
    if not stories:
        raise FileNotFoundError(f"no Reuters-21578 stories with datelines in {folder}")
    found = correct = with_date = 0
    misses = []
    for story_id, gold, text in stories:
        layout, _ = locate_layout(RawArticle(text=text, source=Source(path=story_id)))
        dateline = layout.dateline
        if dateline is not None:
            found += 1
            with_date += dateline.date_text is not None
            ours = " ".join(text[dateline.place_span[0] : dateline.place_span[1]].split()).lower()
            if ours == gold_place(gold):
                correct += 1
                continue
        misses.append(f"{story_id}: gold {gold.strip()!r}, ours {text[dateline.span[0]:dateline.span[1]] if dateline else None!r}")
    return {
        "stories": len(stories),
        "datelines_found": found,
        "place_correct": correct,
        "place_accuracy": round(correct / len(stories), 4),
        "date_text_found": with_date,
        "misses": misses,
    }
