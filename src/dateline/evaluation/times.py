"""Temporal expressions scored as in TempEval-3 Task A, on TimeML files (TBAQ-cleaned).

Each `.tml` file gives its document creation time (the TIMEX3 with functionInDocument=
"CREATION_TIME", in <DCT>) and its story inside <TEXT>. The story, with the TimeML tags taken out
and entities decoded, is given to dateline's Pipeline as the article text with the DCT as its
date; gold TIMEX3 offsets are counted in that same text, so no offset mapping is needed. The DCT's
own TIMEX3 sits in the header, outside <TEXT>, and is not scored.

Scores (UzZaman et al. 2013, TempEval-3 Task A):
    strict span   exact extent matches
    relaxed span  one-to-one overlap matching (largest overlaps first)
    type, value   relaxed matches whose attribute is also right; P over system, R over gold
Per TIMEX3 type, recall is over the gold expressions of that type and precision over the system
expressions of that type, both from the same one-to-one matching.

Values are compared after one canonical rewrite: ISO week numbers without their zero padding
(TBAQ writes both "2000-W7" and "1989-W43"; dateline writes "2000-W07").

The baseline is dateparser's `search_dates` (the `test` extra), with the DCT as relative base;
each date it finds is a DATE (TIME when it has a clock time), valued at the granularity its words
give ("1990" a year, "March 1990" a month, else a day).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dateline.context import RawArticle
from dateline.evaluation.matching import one_to_one
from dateline.options import AnalysisOptions
from dateline.record import Source, iso_date

TYPES = ("DATE", "TIME", "DURATION", "SET")

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);")


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str | None


@dataclass
class TimeMLDocument:
    name: str
    dct: dt.date
    title: str | None
    text: str
    gold: list[Timex]


def read_timeml(path: Path) -> TimeMLDocument:
    """The story text (tags out, entities decoded) with its gold TIMEX3 spans and its DCT."""
    raw = path.read_text(encoding="utf-8")
    dct = _creation_time(raw)
    if dct is None:
        raise ValueError(f"{path}: no CREATION_TIME TIMEX3")
    title_match = re.search(r"<TITLE>(.*?)</TITLE>", raw, re.S)
    title = _plain(title_match.group(1)).strip() if title_match else None
    start = raw.find("<TEXT>")
    end = raw.find("</TEXT>")
    if start < 0 or end < 0:
        raise ValueError(f"{path}: no <TEXT> element")
    text, gold = _strip_timeml(raw[start + len("<TEXT>") : end])
    return TimeMLDocument(path.stem, dct, title, text, gold)


def _creation_time(raw: str) -> dt.date | None:
    for match in re.finditer(r"<TIMEX3\b([^>]*)>", raw):
        attrs = dict(_ATTR.findall(match.group(1)))
        if attrs.get("functionInDocument") == "CREATION_TIME" and attrs.get("value"):
            try:
                return iso_date(attrs["value"])
            except ValueError:
                return None
    return None


def _plain(fragment: str) -> str:
    return html.unescape(_TAG.sub("", fragment))


def _strip_timeml(fragment: str) -> tuple[str, list[Timex]]:
    """Text without tags, entities decoded, and the TIMEX3 spans in it."""
    out: list[str] = []
    length = 0
    open_timex: tuple[int, dict] | None = None
    gold: list[Timex] = []
    pos = 0
    for tag in _TAG.finditer(fragment):
        piece = _decode(fragment[pos : tag.start()])
        out.append(piece)
        length += len(piece)
        pos = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            begin, attrs = open_timex
            gold.append(Timex(begin, length, attrs.get("type", "DATE"), attrs.get("value")))
            open_timex = None
    out.append(_decode(fragment[pos:]))
    return "".join(out), gold


def _decode(piece: str) -> str:
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), piece)


def timeml_files(folder: Path) -> list[Path]:
    """Every .tml file under the folder, a document counted once (TBAQ's `testpipeline` copies a
    TimeBank file: the later copy of a file name is skipped)."""
    seen: set[str] = set()
    files = []
    for path in sorted(Path(folder).rglob("*.tml")):
        if path.name in seen:
            continue
        seen.add(path.name)
        files.append(path)
    return files


# -- systems -------------------------------------------------------------------------------------


def dateline_times(documents: list[TimeMLDocument], options: AnalysisOptions | None = None) -> tuple[list[list[Timex]], int, list[str]]:
    """dateline's times for each document, the number of gold expressions that fell in text our
    metadata layer blanked (headline, dateline, noise), and failures."""
    from dateline.pipeline import Pipeline

    options = options or AnalysisOptions(components=("dateline_times",))
    pipeline = Pipeline(options)
    articles = [
        RawArticle(text=d.text, source=Source(path=d.name), title=d.title or d.name, date=d.dct.isoformat())
        for d in documents
    ]
    found: list[list[Timex]] = []
    blanked = 0
    failures: list[str] = []
    for document, result in zip(documents, pipeline.run(articles)):
        if not hasattr(result, "times"):
            failures.append(str(result))
            found.append([])
            continue
        if result.text != document.text:
            raise AssertionError(f"{document.name}: the record's text differs from the TimeML text")
        prose = list(result.paragraphs)
        blanked += sum(1 for g in document.gold if not any(s <= g.start and g.end <= e for s, e in prose))
        found.append([Timex(t.span[0], t.span[1], t.type, t.value) for t in result.times])
    return found, blanked, failures


def dateparser_times(documents: list[TimeMLDocument]) -> list[list[Timex]]:
    """dateparser's `search_dates` as a baseline (raises ImportError without the test extra)."""
    from dateparser.search import search_dates

    found = []
    for document in documents:
        base = dt.datetime.combine(document.dct, dt.time(12, 0))
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        results = search_dates(document.text, languages=["en"], settings=settings) or []
        items: list[Timex] = []
        cursor = 0
        for string, when in results:
            at = document.text.find(string, cursor)
            if at < 0:
                at = document.text.find(string)
                if at < 0:
                    continue
            cursor = at + len(string)
            has_time = (when.hour, when.minute) not in {(0, 0), (12, 0)}
            value = when.strftime("%Y-%m-%dT%H:%M") if has_time else _baseline_granularity(string, when)
            items.append(Timex(at, at + len(string), "TIME" if has_time else "DATE", value))
        found.append(items)
    return found


_BASELINE_DAY_WORDS = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?|today|yesterday|tomorrow|tonight|mon|tue|wed|thu|fri|sat|sun)", re.I)
_BASELINE_MONTH_WORDS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


def _baseline_granularity(string: str, when: dt.datetime) -> str:
    """dateparser returns a full datetime for "1990" or "March"; its value is written at the
    granularity the matched words give (a year, a month, else a day), so the baseline is not
    marked wrong for precision it never claimed."""
    if re.fullmatch(r"\s*(?:in\s+)?\d{4}\s*", string):
        return f"{when.year:04d}"
    if _BASELINE_MONTH_WORDS.search(string) and not _BASELINE_DAY_WORDS.search(re.sub(r"\d{4}", "", string)):
        return f"{when.year:04d}-{when.month:02d}"
    return when.date().isoformat()


# -- scoring --------------------------------------------------------------------------------------


def canonical_value(value: str | None) -> str | None:
    if value is None:
        return None
    return re.sub(r"-W0(\d)\b", r"-W\1", value.strip())


def match_relaxed(gold: list[Timex], system: list[Timex]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index) of overlapping spans, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                pairs.append((overlap, -abs(g.start - s.start), gi, si))
    pairs.sort(reverse=True)
    return one_to_one((gi, si) for _, _, gi, si in pairs)


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict_gold: int = 0
    strict_system: int = 0
    relaxed_gold: int = 0
    relaxed_system: int = 0
    type_gold: int = 0
    type_system: int = 0
    value_gold: int = 0
    value_system: int = 0

    def scores(self) -> dict:
        out = {"gold": self.gold, "system": self.system}
        for name in ("strict", "relaxed", "type", "value"):
            p = getattr(self, f"{name}_system") / self.system if self.system else 0.0
            r = getattr(self, f"{name}_gold") / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out[name] = {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * f, 2)}
        return out


@dataclass
class Scorer:
    total: Counts = field(default_factory=Counts)
    per_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    errors: list[str] = field(default_factory=list)

    def add(self, name: str, text: str, gold: list[Timex], system: list[Timex]) -> None:
        for counts, keep_gold, keep_system in self._views():
            counts.gold += sum(1 for g in gold if keep_gold(g))
            counts.system += sum(1 for s in system if keep_system(s))
        exact = {(g.start, g.end) for g in gold}
        system_exact = {(s.start, s.end) for s in system}
        for counts, keep_gold, keep_system in self._views():
            counts.strict_gold += sum(1 for g in gold if keep_gold(g) and (g.start, g.end) in system_exact)
            counts.strict_system += sum(1 for s in system if keep_system(s) and (s.start, s.end) in exact)
        matched = match_relaxed(gold, system)
        matched_gold = {gi for gi, _ in matched}
        matched_system = {si for _, si in matched}
        for gi, si in matched:
            g, s = gold[gi], system[si]
            same_type = g.type == s.type
            same_value = canonical_value(g.value) == canonical_value(s.value)
            for counts, keep_gold, keep_system in self._views():
                if keep_gold(g):
                    counts.relaxed_gold += 1
                    counts.type_gold += same_type
                    counts.value_gold += same_value
                if keep_system(s):
                    counts.relaxed_system += 1
                    counts.type_system += same_type
                    counts.value_system += same_value
            if not same_value or not same_type:
                self.errors.append(f"{name}: {text[g.start:g.end]!r} gold {g.type} {g.value}, ours {text[s.start:s.end]!r} {s.type} {s.value}")
        for gi, g in enumerate(gold):
            if gi not in matched_gold:
                self.errors.append(f"{name}: missed {text[g.start:g.end]!r} {g.type} {g.value}")
        for si, s in enumerate(system):
            if si not in matched_system:
                self.errors.append(f"{name}: spurious {text[s.start:s.end]!r} {s.type} {s.value}")

    def _views(self):
        yield self.total, (lambda _: True), (lambda _: True)
        for type_, counts in self.per_type.items():
            yield counts, (lambda x, t=type_: x.type == t), (lambda x, t=type_: x.type == t)

    def scores(self) -> dict:
        out = self.total.scores()
        out["per_type"] = {t: c.scores() for t, c in self.per_type.items()}
        return out


def score(documents: list[TimeMLDocument], systems: list[list[Timex]]) -> Scorer:
    scorer = Scorer()
    for document, system in zip(documents, systems):
        scorer.add(document.name, document.text, document.gold, system)
    return scorer


def evaluate_times(folder: Path, baseline: bool = True, options: AnalysisOptions | None = None,
                   limit: int | None = None) -> dict:
    """TempEval-3 Task A scores for dateline (and dateparser) on the TimeML files under `folder`."""
    files = timeml_files(folder)[:limit] if limit else timeml_files(folder)
    if not files:
        raise FileNotFoundError(f"no .tml files under {folder}")
    documents = [read_timeml(p) for p in files]
    ours, blanked, failures = dateline_times(documents, options)
    ours_scorer = score(documents, ours)
    result = {
        "documents": len(documents),
        "gold_timexes": sum(len(d.gold) for d in documents),
        "gold_in_blanked_text": blanked,
        "failures": failures,
        "dateline": ours_scorer.scores(),
        "value_f1": ours_scorer.scores()["value"]["f1"],
        "relaxed_f1": ours_scorer.scores()["relaxed"]["f1"],
        "misses": ours_scorer.errors,
    }
    if baseline:
        try:
            theirs = dateparser_times(documents)
        except ImportError:
            result["dateparser"] = None
        else:
            result["dateparser"] = score(documents, theirs).scores()
    return result


def score_table_rows(result: dict) -> Iterable[tuple[str, ...]]:
    """Rows for people: system, type, then P/R/F1 of each measure."""
    for system in ("dateline", "dateparser"):
        scores = result.get(system)
        if not scores:
            continue
        for label, part in [("all", scores)] + [(t, scores["per_type"][t]) for t in TYPES]:
            yield (system, label, str(part["gold"]), str(part["system"]),
                   *(f"{part[m]['f1']:.1f}" for m in ("strict", "relaxed", "type", "value")))
