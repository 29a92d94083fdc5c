"""Dates the layout can tell: a dateline's own "March 30", and a date in the file's name."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePath

from dateline.lexicons.layout import FILE_NAME_DATE_RE, FILE_NAME_YEAR_RE, MONTH_FUZZY_MIN_LETTERS, MONTH_NUMBERS

_WORD = re.compile(r"[A-Za-z]+")
_NUMBER = re.compile(r"\d+")


def month_number(date_text: str) -> int | None:
    """The month a dateline date names ("Oct. 13", "2 March", "Macrh 31"), or None."""
    word = _WORD.search(date_text)
    if not word:
        return None
    name = word.group(0).lower()
    if name in MONTH_NUMBERS:
        return MONTH_NUMBERS[name]
    for known, number in MONTH_NUMBERS.items():
        if len(known) >= MONTH_FUZZY_MIN_LETTERS and known[0] == name[0] and _one_edit(name, known):
            return number
    return None


def _one_edit(a: str, b: str) -> bool:
    """Whether a and b differ by one letter dropped, added or changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def dateline_date(date_text: str, year: int | None) -> dt.date | None:
    """The date of a dateline's "Oct. 13, 2023", or of "March 30" in `year`; None if unknown."""
    month = month_number(date_text)
    numbers = [int(n) for n in _NUMBER.findall(date_text)]
    days = [n for n in numbers if n <= 31]
    years = [n for n in numbers if n >= 1000]
    if month is None or not days:
        return None
    year = years[0] if years else year
    if year is None:
        return None
    try:
        return dt.date(year, month, days[0])
    except ValueError:
        return None


def file_name_date(path: str | None) -> dt.date | None:
    """An ISO-like date in the file's name (the last one, the name is read before the folders)."""
    for part in _name_then_folders(path):
        for match in reversed(list(FILE_NAME_DATE_RE.finditer(part))):
            try:
                return dt.date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
            except ValueError:
                continue
    return None


def file_name_year(path: str | None) -> int | None:
    """A year in the file's name or folders (`2023-10-13-bishkek.txt`, `reuters-1987/a.txt`)."""
    for part in _name_then_folders(path):
        match = FILE_NAME_YEAR_RE.search(part)
        if match:
            return int(match.group(1))
    return None


def _name_then_folders(path: str | None) -> list[str]:
    if not path or path == "-":
        return []
    parts = PurePath(path).parts
    return list(reversed(parts))
