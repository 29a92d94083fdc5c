"""What the temporal rules work with: the `Context` a reader consults, the `Draft` it produces,
and the `Discourse` (what the story has mentioned so far) that resolves drafts referring back."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Draft:
    """A temporal expression found in the text, with its TIMEX3 attributes."""

    start: int
    end: int
    type: str
    value: str | None
    mod: str | None = None
    begin: str | None = None  # TIMEX3 beginPoint/endPoint, as values ("1941" for "1941-44")
    finish: str | None = None
    rule: str = ""
    # A reading that depends on what the story mentioned before it ("the next day"): called in
    # document order with the `Discourse` so far, returns the value.
    refer: Callable[["Discourse"], str | None] | None = None
    # A clock time without a day of its own ("6:38 p.m." in "6:38 p.m. on Saturday, May 18"): its
    # "HH:MM", and the date expression next to it that gives its day (set before resolution).
    clock: str | None = None
    day_from: "Draft | None" = None
    # A date written straight after a clock time ("5 p.m. EST Nov. 9"): one expression with it,
    # given up once the clock time has taken its day.
    absorbed: bool = False


@dataclass
class Discourse:
    """What the story has mentioned so far: the last full date, the last quarter, and the last
    explicit point in time at its own granularity ("2018" a year, "March 2018" a month)."""

    anchor: dt.date | None
    last_day: dt.date | None = None
    last_quarter: tuple[int, int] | None = None
    last_year: int | None = None
    last_point: tuple[str, dt.date] | None = None
    last_point_end: int | None = None  # where the expression that gave it ends in the text
    # Whether the story's last reporting period was the year so far ("the nine months") rather
    # than its quarter: a year-ago comparison then names the year before.
    year_to_date: bool = False


@dataclass
class Context:
    """What a rule's reader may consult: the text, the anchor, and (lazily) tense and words."""

    text: str
    anchor: dt.date | None
    tense_at: Callable[[int, int], str | None]
    pos_at: Callable[[int], str | None]
    tag_at: Callable[[int], str | None]
    cache: dict = field(default_factory=dict)

    def word_before(self, start: int) -> str:
        match = re.search(r"([\w'’$%-]+)\W*$", self.text[max(0, start - 40) : start])
        return match.group(1).lower() if match else ""

    def word_after(self, end: int) -> str:
        match = re.match(r"\W*?([\w'’$%-]+)", self.text[end : end + 40])
        return match.group(1).lower() if match else ""

    def tense(self, start: int, end: int) -> str | None:
        key = (start, end)
        if key not in self.cache:
            self.cache[key] = self.tense_at(start, end)
        return self.cache[key]


Reader = Callable[[re.Match, Context], "Draft | None"]
