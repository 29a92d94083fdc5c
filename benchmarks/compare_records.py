"""Compare two runs' records (JSONL from `dateline analyze -f jsonl`), ignoring `stats.seconds`.

    python benchmarks/compare_records.py before.jsonl after.jsonl [--show 5]

Records are paired by source path (and position within a multi-record input). Prints JSON: how
many records each side has, how many differ, which are missing on either side, and for the first
few differing records the top-level fields that differ. Refactors and speed work must give 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter


def _load(path: str) -> dict[tuple[str, int], dict]:
    records: dict[tuple[str, int], dict] = {}
    seen: Counter[str] = Counter()
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            record.get("stats", {}).pop("seconds", None)
            name = (record.get("source") or {}).get("path") or record.get("id")
            records[(name, seen[name])] = record
            seen[name] += 1
    return records


def compare(before_path: str, after_path: str, show: int = 5) -> dict:
    before, after = _load(before_path), _load(after_path)
    differing = [key for key in before.keys() & after.keys() if before[key] != after[key]]
    differing.sort()
    fields: Counter[str] = Counter()
    examples = []
    for key in differing:
        a, b = before[key], after[key]
        changed = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
        fields.update(changed)
        if len(examples) < show:
            examples.append({"input": key[0], "fields": changed})
    return {
        "before": len(before), "after": len(after), "differing": len(differing),
        "only_before": sorted(k[0] for k in before.keys() - after.keys())[:20],
        "only_after": sorted(k[0] for k in after.keys() - before.keys())[:20],
        "fields": dict(fields.most_common()), "examples": examples,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--show", type=int, default=5)
    args = parser.parse_args()
    result = compare(args.before, args.after, args.show)
    json.dump(result, sys.stdout, indent=2)
    sys.stdout.write("\n")
    sys.exit(1 if result["differing"] or result["only_before"] or result["only_after"] else 0)


if __name__ == "__main__":
    main()
