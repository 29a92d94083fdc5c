"""How a run's records read written money amounts ("$500m", "£7.5bn"): money, metres, or missed.

    python benchmarks/money_amounts.py before.jsonl [after.jsonl ...]

For every record, each amount written as a currency symbol, a number and "m" or "bn" in the text
("£600m", "$ 1.2bn") is looked up among the record's quantities: an item overlapping the number
and read as money with the right value, an item read as metres, some other reading, or none.
Given several runs, only records present in all of them (by source path) are counted, so a partial
run compares with the same articles of a full one. Prints JSON per file. Issue 17 measured the BBC folder before the fix: 864 "£600m"-like amounts
stored as metres, all 793 "bn" amounts missed. Amounts outside the record's paragraphs (the title,
which the layers do not read as prose) are counted as `not_prose`.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

WRITTEN_MONEY = re.compile(r"(?P<symbol>[$£€¥])\s?(?P<number>\d[\d,]*(?:\.\d+)?)(?P<scale>m|bn)\b")
SCALES = {"m": 1e6, "bn": 1e9}


def reading(match: re.Match, quantities: list[dict]) -> str:
    start, end = match.start("number"), match.end()
    overlapping = [q for q in quantities if q["span"][0] < end and start < q["span"][1]]
    if not overlapping:
        return "missed"
    item = overlapping[0]
    value = float(match["number"].replace(",", "")) * SCALES[match["scale"]]
    if item.get("kind") == "money" and item.get("value") and abs(item["value"] - value) <= 1e-6 * value:
        return "money"
    if item.get("unit") == "m" and item.get("kind") == "measure":
        return "metres"
    return "other"


def _records(path: str):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            yield (record.get("source") or {}).get("path") or record.get("id"), record


def count(path: str, only: set[str] | None = None) -> dict:
    found: dict[str, Counter] = {"m": Counter(), "bn": Counter()}
    records = 0
    for name, record in _records(path):
        if only is not None and name not in only:
            continue
        records += 1
        text, quantities = record.get("text") or "", record.get("quantities") or []
        prose = record.get("paragraphs") or []
        for match in WRITTEN_MONEY.finditer(text):
            inside = any(start <= match.start() and match.end() <= end for start, end in prose)
            found[match["scale"]][reading(match, quantities) if inside else "not_prose"] += 1
    return {"records": records, **{scale: dict(counts, total=sum(counts.values())) for scale, counts in found.items()}}


if __name__ == "__main__":
    paths = sys.argv[1:]
    common = set.intersection(*({name for name, _ in _records(p)} for p in paths)) if len(paths) > 1 else None
    json.dump({path: count(path, common) for path in paths}, sys.stdout, indent=2)
    sys.stdout.write("\n")
