"""Readings the rules find that are not times where they stand: time words inside a name ("This
Week" on ABC, the film "High Noon"), the discourse word "Now," and the generic "today's world".

Each test looks only at the few characters around one chosen expression (never the whole text),
and most expressions fail its first, cheapest condition.
"""

from __future__ import annotations

import re

from dateline.lexicons import times as lex
from dateline.times.drafts import Draft

_WORD = re.compile(r"[A-Za-z]+")
# Characters that may stand between a sentence's start and its first word: quotes, brackets, the
# dashes and underscores of wire datelines ("NAIROBI, Kenya (AP) _ Today ...").
_OPENERS = "\"'`“‘([_-—–"
_SENTENCE_ENDS = ".!?:;\n"


def drop_non_times(drafts: list[Draft], text: str) -> list[Draft]:
    """The drafts without those that are names, discourse words or generic ages, in their order."""
    return [d for d in drafts if not (in_name(d, text) or discourse_now(d, text) or generic_age(d, text))]


def in_name(draft: Draft, text: str) -> bool:
    """A time word capitalised after another word of its sentence: part of a name ("on ABC's
    "This Week"", "60 Minutes", "VOA Today"), unless the whole line is in title case (a headline)."""
    if draft.rule in lex.NAME_RULES_EXEMPT:
        return False
    span = text[draft.start : draft.end]
    if span.islower():
        return False
    for word in _WORD.finditer(span):
        token = word.group()
        if not (token[0].isupper() and token[1:].islower() and token.lower() in lex.NAME_TIME_WORDS):
            continue
        at = draft.start + word.start()
        before = text[:at].rstrip(" \t")
        if before and before[-1].isalnum() and not _title_case_line(text, at):
            return True
    return False


def discourse_now(draft: Draft, text: str) -> bool:
    """"Now," (or "Now for ...") opening a sentence."""
    if draft.value != "PRESENT_REF" or text[draft.start : draft.end] != "Now":
        return False
    after = text[draft.end : draft.end + 5].lstrip()
    following = after[:1] if after[:1] == "," else after.split(" ", 1)[0].lower()
    return following in lex.DISCOURSE_NOW_AFTER and starts_sentence(text, draft.start)


def generic_age(draft: Draft, text: str) -> bool:
    """"today's youth", "in today's world", "the people of tomorrow": the present or future age."""
    word = text[draft.start : draft.end].lower()
    if word not in {"today", "tomorrow"}:
        return False
    after = re.match(r"['’]s\s+([A-Za-z]+)", text[draft.end : draft.end + 30])
    if after:
        return after.group(1).lower() in lex.GENERIC_AGE_NOUNS
    before = re.search(r"([A-Za-z]+)\s+of\s+$", text[max(0, draft.start - 30) : draft.start])
    return bool(before) and before.group(1).lower() in lex.GENERIC_AGE_NOUNS


def starts_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` is its sentence's first (quotes and brackets before it aside)."""
    position = at
    while position > 0 and (text[position - 1].isspace() or text[position - 1] in _OPENERS):
        position -= 1
    return position == 0 or text[position - 1] in _SENTENCE_ENDS


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line around `at` is a headline in title case ("Talks Set For Next Week")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = _WORD.findall(text[start : end if end >= 0 else len(text)])
    if len(words) < 3:
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words)
