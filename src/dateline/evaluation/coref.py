"""Coreference accuracy on dateline's own gold set of invented wire paragraphs.

`data/coref_gold.jsonl`: one story per line, `{"id", "set", "text", "refs": [{"mention",
"occurrence", "antecedent"}]}`. `set` is "development" (the stories the resolver's weights were
set on) or "held-out" (written afterwards and scored once before any change); the report gives
accuracy per set as well as overall. A ref names a pronoun or nominal by its text and which occurrence it is (whole
words, case-sensitive, 1-based), and the antecedent as the name the story gives (null where a
careful reader would leave it unresolved: a dummy "it", a pronoun inside a quotation, two
equally likely people). The set holds the traps the issue names: two men in one paragraph,
"it" for a country, a quote by a woman after a man's.

A case is correct when the record's entity with that mention (kind pronoun or nominal) is named
by the antecedent (its name or one of its name mentions), or when both are unresolved.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from dateline.record import ArticleRecord

DEFAULT_GOLD = Path(__file__).resolve().parent / "data" / "coref_gold.jsonl"


def load_gold(path: Path = DEFAULT_GOLD) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def locate(text: str, mention: str, occurrence: int) -> tuple[int, int]:
    """Character span of the `occurrence`-th whole-word `mention` in `text`."""
    matches = list(re.finditer(rf"(?<!\w){re.escape(mention)}(?!\w)", text))
    if len(matches) < occurrence:
        raise ValueError(f"{mention!r} occurs {len(matches)} times, not {occurrence}")
    match = matches[occurrence - 1]
    return match.start(), match.end()


def resolved_entity(record: ArticleRecord, span: tuple[int, int]):
    """The entity with a pronoun or nominal mention at `span` (or overlapping it), else None."""
    overlapping = None
    for entity in record.entities:
        for m in entity.mentions:
            if m.kind == "name":
                continue
            if tuple(m.span) == span:
                return entity
            if m.span[0] < span[1] and span[0] < m.span[1]:
                overlapping = entity
    return overlapping


def names_of(record: ArticleRecord, entity) -> set[str]:
    names = {entity.name}
    names.update(" ".join(record.text[m.span[0] : m.span[1]].split()) for m in entity.mentions if m.kind == "name")
    return {n.lower() for n in names}


def evaluate_coref(path: Path | None = None, model: str | None = None) -> dict:
    from dateline.options import AnalysisOptions
    from dateline.pipeline import Pipeline

    stories = load_gold(Path(path) if path else DEFAULT_GOLD)
    pipeline = Pipeline(AnalysisOptions.build(model=model))
    cases = correct = resolved = resolved_right = expected_resolved = 0
    by_set: dict[str, list[int]] = {}
    misses = []
    for story in stories:
        record = pipeline.analyze(story["text"])
        for ref in story["refs"]:
            span = locate(story["text"], ref["mention"], ref["occurrence"])
            entity = resolved_entity(record, span)
            gold = ref["antecedent"]
            cases += 1
            expected_resolved += gold is not None
            if entity is not None:
                resolved += 1
            if gold is None:
                ok = entity is None
            else:
                ok = entity is not None and gold.lower() in names_of(record, entity)
                resolved_right += ok
            correct += ok
            tally = by_set.setdefault(story.get("set", "all"), [0, 0])
            tally[0] += ok
            tally[1] += 1
            if not ok:
                got = entity.name if entity is not None else None
                misses.append(f"{story['id']}: {ref['mention']!r}#{ref['occurrence']} gold {gold!r}, ours {got!r}")
    return {
        "stories": len(stories),
        "cases": cases,
        "correct": correct,
        "accuracy": round(correct / cases, 4) if cases else 0.0,
        "resolved": resolved,
        "precision": round(resolved_right / resolved, 4) if resolved else 0.0,
        "recall": round(resolved_right / expected_resolved, 4) if expected_resolved else 0.0,
        "by_set": {name: {"cases": n, "accuracy": round(ok / n, 4)} for name, (ok, n) in sorted(by_set.items())},
        "misses": misses,
    }
