"""Corpus-level entity merging against our own gold pairs (tests/fixtures/merging_gold.json).

Each gold scenario is a small corpus written in order into a fresh store; a pair is two article
entities that must (or must not) end as one corpus entity. Precision: of the pairs we merged, the
share that should be merged; recall: of the pairs that should be merged, the share we merged.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from dateline.record import ArticleRecord, Entity, Geo, Mention, Source, record_id
from dateline.store import StoreWriter
from dateline.store.connection import Reader


def scenario_records(scenario: dict) -> list[ArticleRecord]:
    """One record per gold article, its entities as given (one mention each, spans into a text
    that is just the names)."""
    records = []
    for number, article in enumerate(scenario["articles"]):
        names = [e["name"] for e in article["entities"]]
        text = f"{scenario['name']} #{number}: " + "; ".join(names) + "."
        entities, cursor = [], len(text) - len("; ".join(names)) - 1
        for index, item in enumerate(article["entities"]):
            start = text.index(item["name"], cursor)
            cursor = start + len(item["name"])
            entities.append(Entity(
                id=f"e{index + 1}", type=item["type"], name=item["name"], roles=item.get("roles", []),
                mentions=[Mention(span=(start, cursor))], geo=Geo(**item["geo"]) if item.get("geo") else None,
            ))
        records.append(ArticleRecord(id=record_id(text), source=Source(path=f"gold/{number}.txt"), text=text, entities=entities))
    return records


def corpus_ids(scenario: dict, folder: Path) -> dict[tuple[int, str], int]:
    """(article index, entity name) -> corpus entity id after writing the scenario in order."""
    db = folder / "merging.db"
    records = scenario_records(scenario)
    with StoreWriter(db) as writer:
        for record in records:
            writer.write_records([record])
    found = {}
    with Reader(db) as reader:
        for number, record in enumerate(records):
            for row in reader.rows("SELECT name, entity_id FROM article_entities WHERE article_id = ?", (record.id,)):
                found[(number, row["name"])] = row["entity_id"]
    db.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    return found


def evaluate_merging(gold_path: str | Path) -> dict:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    tp = fp = fn = tn = 0
    misses = []
    with tempfile.TemporaryDirectory() as tmp:
        for scenario in gold["scenarios"]:
            ids = corpus_ids(scenario, Path(tmp))
            for pair in scenario["pairs"]:
                a, b = ids[tuple(pair["a"])], ids[tuple(pair["b"])]
                merged = a == b
                if pair["merge"] and merged:
                    tp += 1
                elif pair["merge"]:
                    fn += 1
                    misses.append(f"{scenario['name']}: {pair['a']} and {pair['b']} should merge")
                elif merged:
                    fp += 1
                    misses.append(f"{scenario['name']}: {pair['a']} and {pair['b']} must not merge")
                else:
                    tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "pairs": tp + fp + fn + tn,
        "must_merge": tp + fn,
        "must_not_merge": fp + tn,
        "merged_correctly": tp,
        "wrongly_merged": fp,
        "missed_merges": fn,
        "kept_apart_correctly": tn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        "misses": misses,
    }
