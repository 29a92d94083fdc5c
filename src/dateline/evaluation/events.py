"""Event coding against PLOVER gold standard records (one news sentence each).

Gold (`dev.jsonl`, OEDA's PLOVER GSR): `text`, `event` (the category of the sentence's main event),
`source` / `target` (lists of `{"actorText", ...}`; a target may be absent, "" or a word such as
"diplomatic", which names no actor), `textInfo.markup` (SRC, TAR and SRC/TAR marks: SRC/TAR
actors act on each other, "Hungarian and Romanian officials agreed").

Each sentence is analysed as an article (with the record's date) by the full pipeline. The main
event is the record's event whose clause is widest (the outermost act; ties go to the first).
Scores:
- category: per-category and micro precision / recall / F1 of the main event's category (a
  sentence with no event is a miss, never a false positive);
- source, target: the main event's actor mention overlaps the text of a gold actor (any of the
  list); where the gold names none, right when dateline names none either (for a target, also
  when it names one of the SRC/TAR actors);
- all three: category, source and target all right.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from dateline.record import ArticleRecord, Event


def load_gold(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def actor_texts(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    return [a["actorText"].strip() for a in value if isinstance(a, dict) and (a.get("actorText") or "").strip()]


def occurrences(text: str, phrases: list[str]) -> list[tuple[int, int]]:
    spans = []
    for phrase in phrases:
        start = text.find(phrase)
        while start != -1:
            spans.append((start, start + len(phrase)))
            start = text.find(phrase, start + 1)
    return spans


def overlaps(span, spans: list[tuple[int, int]]) -> bool:
    return span is not None and any(span[0] < e and s < span[1] for s, e in spans)


def main_event(record: ArticleRecord) -> Event | None:
    best = None
    for event in record.events:
        width = event.span[1] - event.span[0]
        if best is None or width > best[0]:
            best = (width, event)
    return best[1] if best else None


def score_sentence(row: dict, record: ArticleRecord) -> dict:
    text = record.text
    event = main_event(record)
    sources = occurrences(text, actor_texts(row.get("source")))
    targets = occurrences(text, actor_texts(row.get("target")))
    mutual = "SRC/TAR" in ((row.get("textInfo") or {}).get("markup") or "")
    predicted = event.category if event else None
    source_span = event.subject_span if event else None
    target_span = event.object_span if event else None
    source_ok = overlaps(source_span, sources) if sources else source_span is None
    if targets:
        target_ok = overlaps(target_span, targets) or (mutual and overlaps(target_span, sources))
    else:
        target_ok = target_span is None or (mutual and overlaps(target_span, sources))
    if mutual and not targets and event is not None and overlaps(source_span, sources):
        target_ok = True  # "A and B agreed": each is the other's target
    return {
        "id": row.get("id"), "gold": row["event"], "predicted": predicted,
        "category_ok": predicted == row["event"], "source_ok": bool(event) and source_ok,
        "target_ok": bool(event) and target_ok,
        "predicate": text[event.predicate.span[0]:event.predicate.span[1]] if event else None,
        "source": text[source_span[0]:source_span[1]] if source_span else None,
        "target": text[target_span[0]:target_span[1]] if target_span else None,
        "text": text,
    }


def summarise(rows: list[dict]) -> dict:
    gold = Counter(r["gold"] for r in rows)
    predicted = Counter(r["predicted"] for r in rows if r["predicted"])
    correct = Counter(r["gold"] for r in rows if r["category_ok"])
    per_category = {}
    for category in sorted(gold | predicted):
        p = correct[category] / predicted[category] if predicted[category] else 0.0
        r = correct[category] / gold[category] if gold[category] else 0.0
        per_category[category] = {"gold": gold[category], "predicted": predicted[category], "correct": correct[category],
                                  "precision": round(p, 4), "recall": round(r, 4),
                                  "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}
    n = len(rows)
    n_pred = sum(predicted.values())
    n_correct = sum(correct.values())
    precision = n_correct / n_pred if n_pred else 0.0
    recall = n_correct / n if n else 0.0
    all_three = sum(1 for r in rows if r["category_ok"] and r["source_ok"] and r["target_ok"])
    return {
        "sentences": n,
        "with_event": n_pred,
        "category_precision": round(precision, 4),
        "category_recall": round(recall, 4),
        "category_f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        "source_accuracy": round(sum(r["source_ok"] for r in rows) / n, 4) if n else 0.0,
        "target_accuracy": round(sum(r["target_ok"] for r in rows) / n, 4) if n else 0.0,
        "all_three": round(all_three / n, 4) if n else 0.0,
        "per_category": per_category,
        "misses": [
            f"{r['gold']} -> {r['predicted']} | {r['predicate']} | S={r['source']!r} T={r['target']!r} | {r['text'][:140]}"
            for r in rows if not (r["category_ok"] and r["source_ok"] and r["target_ok"])
        ],
    }


def evaluate_events(gold_path: Path, model: str | None = None, limit: int | None = None) -> dict:
    from dateline.options import AnalysisOptions
    from dateline.pipeline import Pipeline
    from dateline.record import Source

    rows = load_gold(gold_path)[:limit]
    pipeline = Pipeline(AnalysisOptions.build(model=model))
    scored = []
    for row in rows:
        record = pipeline.analyze(row["text"], date=row.get("date"), source=Source(path=row.get("id"), format="text"))
        scored.append(score_sentence(row, record))
    return summarise(scored)
