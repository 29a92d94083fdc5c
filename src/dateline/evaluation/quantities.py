"""`dateline eval quantities`: numbers and amounts against the test cases of microsoft/Recognizers-Text.

The gold (`../shared/eval/quantities/English-*Model.json`, MIT) is a list of cases: an `Input`
sentence and its `Results`, each with `Start`/`End` character offsets (End inclusive), a `TypeName`
and a `Resolution` (`value`, `unit`, sometimes `isoCurrency`). Each file is scored on its own:

- dateline's items are those of the file's kind (money for currency, measures that are not
  temperatures for dimension, temperatures, every valued item for numbers; the quantities layer
  leaves ages to the times layer, so ages are measures of years, months, weeks or days);
- matching rule: a gold item and a system item match when their character spans overlap; pairs are
  taken one to one, largest overlap first (evaluation/matching.py);
- detection: precision, recall and F1 of matched items;
- value+unit accuracy: the share of matched gold items whose value is equal (relative 1e-6) and
  whose unit maps to ours (units below; numbers compare the value only). Gold items with no value
  ("dollar" alone, "celsius" alone) are counted for detection and left out of accuracy.

quantulum3 (the `test` extra, never imported at run time) is scored beside dateline as the baseline,
as `eval times` scores dateparser.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dateline.doc import QUANTITIES, TIMES, layer
from dateline.evaluation.matching import one_to_one

FILES = {
    "number": "English-NumberModel.json",
    "currency": "English-CurrencyModel.json",
    "dimension": "English-DimensionModel.json",
    "temperature": "English-TemperatureModel.json",
    "age": "English-AgeModel.json",
}

# Recognizers-Text's unit names -> the units dateline writes (ISO 4217 codes for money, symbols for
# measures). A gold currency with an `isoCurrency` is compared by that code; these are the ones
# without. "Dollar" is the bare "$"/"dollars", which dateline reads as US dollars (news usage);
# "Franc" is any franc (the gold's 1989 French francs have no ISO code left).
RECOGNIZERS_UNITS: dict[tuple[str, str], frozenset[str]] = {
    ("currency", "Dollar"): frozenset({"USD"}),
    ("currency", "Pound"): frozenset({"GBP"}),
    ("currency", "Franc"): frozenset({"CHF", "XOF", "XAF", "XPF", "FRF"}),
    ("currency", "Pence"): frozenset({"GBP-pence"}),
    ("currency", "Cent"): frozenset({"USD-cent"}),
    ("currency", "Rupee"): frozenset({"INR"}),
    ("dimension", "Foot"): frozenset({"ft"}), ("dimension", "Meter"): frozenset({"m"}),
    ("dimension", "Mile"): frozenset({"mi"}), ("dimension", "Pound"): frozenset({"lb"}),
    ("dimension", "Inch"): frozenset({"in"}), ("dimension", "Gallon"): frozenset({"gal"}),
    ("dimension", "Metric ton"): frozenset({"t"}), ("dimension", "Picometer"): frozenset({"pm"}),
    ("dimension", "Kilogram"): frozenset({"kg"}), ("dimension", "Microgram"): frozenset({"µg"}),
    ("dimension", "Barrel"): frozenset({"bbl"}), ("dimension", "Ounce"): frozenset({"oz"}),
    ("dimension", "Cubic foot"): frozenset({"ft3"}), ("dimension", "Square meter"): frozenset({"m2"}),
    ("dimension", "Bit"): frozenset({"bit"}), ("dimension", "Kilometer"): frozenset({"km"}),
    ("dimension", "Millimeter"): frozenset({"mm"}), ("dimension", "Megabyte"): frozenset({"MB"}),
    ("dimension", "Decimeter"): frozenset({"dm"}), ("dimension", "Teaspoon"): frozenset({"tsp"}),
    ("dimension", "Dram"): frozenset({"dr"}), ("dimension", "Degree"): frozenset({"degree"}),
    ("dimension", "Radian"): frozenset({"rad"}), ("dimension", "Turn"): frozenset({"turn"}),
    ("temperature", "C"): frozenset({"°C"}), ("temperature", "F"): frozenset({"°F"}),
    ("temperature", "Degree"): frozenset({"degree"}),
    ("age", "Year"): frozenset({"year"}), ("age", "Month"): frozenset({"month"}),
    ("age", "Week"): frozenset({"week"}), ("age", "Day"): frozenset({"day"}),
    ("age", "Age"): frozenset({"year"}),
}

# quantulum3's unit names -> dateline's, for the baseline (its currencies carry an ISO code).
QUANTULUM_UNITS: dict[str, str] = {
    "foot": "ft", "metre": "m", "mile": "mi", "pound-mass": "lb", "inch": "in", "gallon": "gal",
    "tonne": "t", "picometre": "pm", "kilogram": "kg", "microgram": "µg", "barrel": "bbl",
    "ounce": "oz", "cubic foot": "ft3", "square metre": "m2", "bit": "bit", "kilometre": "km",
    "millimetre": "mm", "megabyte": "MB", "decimetre": "dm", "teaspoon": "tsp", "dram": "dr",
    "degree angle": "degree", "radian": "rad", "turn": "turn", "degree Celsius": "°C",
    "degree fahrenheit": "°F", "degree Fahrenheit": "°F", "year": "year", "month": "month",
    "week": "week", "day": "day", "pound sterling": "GBP", "penny": "GBP-pence", "cent": "USD-cent",
    "United States cent": "USD-cent",
}
TEMPERATURE_UNITS = frozenset({"°C", "°F", "degree"})
AGE_OF = {"years old": "year", "months old": "month", "weeks old": "week", "days old": "day"}
AGE_UNITS = frozenset({"year", "month", "week", "day"})


@dataclass(frozen=True)
class Item:
    start: int  # character offsets, end exclusive
    end: int
    value: float | None
    unit: str | None
    kind: str  # number, money, measure, temperature, age


@dataclass
class Case:
    text: str
    gold: list[Item]
    gold_units: list[frozenset[str] | None]


def read_cases(path: Path, file_kind: str) -> list[Case]:
    try:
        raws = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: malformed JSON: {exc}") from exc
    cases = []
    for raw in raws:
        gold, units = [], []
        for result in raw.get("Results", []):
            resolution = result.get("Resolution") or {}
            value = _float(resolution.get("value"))
            gold.append(Item(result["Start"], result["End"] + 1, value, resolution.get("unit"), file_kind))
            iso = resolution.get("isoCurrency")
            unit = resolution.get("unit")
            units.append(frozenset({iso}) if iso else RECOGNIZERS_UNITS.get((file_kind, unit)) if unit else None)
        cases.append(Case(raw["Input"], gold, units))
    return cases


def _float(text) -> float | None:
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def dateline_items(nlp) -> Callable[[str, str], list[Item]]:
    """dateline's items of a file's kind, from its spaCy pipeline (times first, then quantities)."""

    def items(text: str, file_kind: str) -> list[Item]:
        found = []
        doc = nlp(text)
        for q in layer(doc, QUANTITIES) or []:
            kind = _dateline_kind(q)
            unit = AGE_OF.get(q.get("unit"), q.get("unit"))
            if _wanted(kind, unit, file_kind) and (q["value"] is not None or file_kind != "number"):
                found.append(Item(q["span"][0], q["span"][1], q["value"], unit, kind))
        for t in (layer(doc, TIMES) or []) if file_kind == "age" else ():
            age = _age_of(text, t)
            if age is not None:
                found.append(age)
        return found

    return items


def _dateline_kind(q: dict) -> str:
    if (q.get("unit") or "").endswith(" old"):
        return "age"
    if q.get("kind") == "money":
        return "money"
    if q.get("kind") == "measure":
        return "temperature" if q.get("unit") in TEMPERATURE_UNITS else "measure"
    return "number"


def _age_of(text: str, timex: dict) -> Item | None:
    """ "29 years old": a duration the times layer read, followed by "old" or "of age"."""
    start, end = timex["span"]
    rest = text[end:].lstrip().lower()
    value = timex.get("value") or ""
    if not (rest.startswith("old") or rest.startswith("of age")) or not value.startswith("P"):
        return None
    units = {"Y": "year", "M": "month", "W": "week", "D": "day"}
    number, unit = value[1:-1], units.get(value[-1:])
    return Item(start, end, _float(number), unit, "age") if unit else None


def _wanted(kind: str, unit: str | None, file_kind: str) -> bool:
    if file_kind == "number":
        return True
    if file_kind == "currency":
        return kind == "money"
    if file_kind == "dimension":
        return kind == "measure" or kind == "temperature" and unit == "degree"
    if file_kind == "temperature":
        return kind == "temperature"
    return kind == "age"


def quantulum_items() -> tuple[Callable[[str, str], list[Item]], str | None]:
    """quantulum3's parser as a baseline, and notes (filled as it runs) when its classifier had to be
    switched off. Raises ImportError without the test extra."""
    import quantulum3.classifier as classifier
    from quantulum3 import parser

    notes: list[str] = []

    def parse(text: str):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # scikit-learn's version warnings on its pickle
                return parser.parse(text)
        except Exception as exc:  # its pickled classifier does not load with every scikit-learn
            if not classifier.USE_CLF:
                raise
            classifier.USE_CLF = False
            notes.append(f"quantulum3 ran without its disambiguation classifier ({type(exc).__name__}: {exc})")
            return parser.parse(text)

    def items(text: str, file_kind: str) -> list[Item]:
        found = []
        for q in parse(text):
            entity = q.unit.entity.name
            code = getattr(q.unit, "currency_code", None)
            if entity == "currency":
                kind, unit = "money", code or QUANTULUM_UNITS.get(q.unit.name, q.unit.name)
            elif entity == "dimensionless":
                kind, unit = "number", None
            elif entity == "temperature":
                kind, unit = "temperature", QUANTULUM_UNITS.get(q.unit.name, q.unit.name)
            elif entity == "time" and file_kind == "age":
                kind, unit = "age", QUANTULUM_UNITS.get(q.unit.name, q.unit.name)
            else:
                kind, unit = "measure", QUANTULUM_UNITS.get(q.unit.name, q.unit.name)
            if _wanted(kind, unit, file_kind):
                found.append(Item(q.span[0], q.span[1], float(q.value), unit, kind))
        return found

    return items, notes


def score_file(cases: list[Case], file_kind: str, system: Callable[[str, str], list[Item]]) -> dict:
    gold_total = found_total = matched = judged = right = 0
    misses: list[str] = []
    for case in cases:
        ours = system(case.text, file_kind)
        pairs = one_to_one(sorted(
            ((g, s, _overlap(gold, item)) for g, gold in enumerate(case.gold) for s, item in enumerate(ours)
             if _overlap(gold, item) > 0),
            key=lambda pair: -pair[2],
        ))
        gold_total += len(case.gold)
        found_total += len(ours)
        matched += len(pairs)
        for g, s, _ in pairs:
            gold, item = case.gold[g], ours[s]
            if gold.value is None:
                continue
            judged += 1
            if _same(gold, case.gold_units[g], item, file_kind):
                right += 1
            else:
                misses.append(f"{file_kind}: {case.text[gold.start:gold.end]!r} {gold.value} {gold.unit} "
                              f"-> {case.text[item.start:item.end]!r} {item.value} {item.unit}")
        taken = {g for g, _, _ in pairs}
        misses += [f"{file_kind}: missed {case.text[g.start:g.end]!r} in {case.text[:80]!r}"
                   for i, g in enumerate(case.gold) if i not in taken]
    precision = matched / found_total if found_total else 0.0
    recall = matched / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "cases": len(cases), "gold": gold_total, "found": found_total, "matched": matched,
        "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
        "value_unit_judged": judged, "value_unit_accuracy": round(right / judged, 4) if judged else 0.0,
        "misses": misses,
    }


def _overlap(a: Item, b: Item) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _same(gold: Item, units: frozenset[str] | None, item: Item, file_kind: str) -> bool:
    if item.value is None or abs(gold.value - item.value) > 1e-6 * max(1.0, abs(gold.value)):
        return False
    return file_kind == "number" or units is not None and item.unit in units


def evaluate_quantities(folder: Path, model: str, baseline: bool = True) -> dict:
    """Scores per file for dateline (and quantulum3), with the gates' keys at the top level."""
    from dateline.language import load_language

    files = {kind: folder / name for kind, name in FILES.items()}
    missing = [str(p) for p in files.values() if not p.exists()]
    if len(missing) == len(files):
        raise FileNotFoundError(f"no Recognizers-Text English-*Model.json files in {folder}")
    nlp = load_language(model, ("dateline_times", "dateline_quantities"))
    systems: dict[str, Callable[[str, str], list[Item]]] = {"dateline": dateline_items(nlp)}
    result: dict = {"matching": "spans overlap, one to one, largest overlap first; End inclusive in the gold"}
    notes: list[str] = []
    if baseline:
        try:
            systems["quantulum3"], notes = quantulum_items()
        except ImportError:
            result["quantulum3"] = None
    for name, system in systems.items():
        result[name] = {kind: score_file(read_cases(path, kind), kind, system)
                        for kind, path in files.items() if path.exists()}
    if notes:
        result["quantulum3_note"] = notes[0]
    ours = result["dateline"]
    for kind in ("currency", "dimension"):
        if kind in ours:
            result[f"{kind}_f1"] = ours[kind]["f1"]
            result[f"{kind}_value_unit_accuracy"] = ours[kind]["value_unit_accuracy"]
    result["misses"] = [m for kind in ours for m in ours[kind].pop("misses")]
    for name in systems:
        if name != "dateline":
            for scores in result[name].values():
                scores.pop("misses")
    return result


def score_table_rows(result: dict):
    """Rows for people: system, file, gold, found, P, R, F1, value+unit accuracy."""
    for system in ("dateline", "quantulum3"):
        for kind, s in (result.get(system) or {}).items():
            yield (system, kind, str(s["gold"]), str(s["found"]), f"{s['precision']:.3f}", f"{s['recall']:.3f}",
                   f"{s['f1']:.3f}", f"{s['value_unit_accuracy']:.3f} of {s['value_unit_judged']}")
