"""Query latency on a corpus of 1,000,000 quotes: p50/p95 of `find_quotes` and `search`.

Builds (once; reused if --db exists) a synthetic corpus through the real writer: articles with
invented speakers (Zipf-distributed, as real bylines are: a few people say most), Zipfian prose
vocabulary with some topical words, dates over two years. Then times the questions the CLI asks,
through the read-only query functions, and prints JSON.

    python benchmarks/corpus_queries.py --db /tmp/quotes-1m.db            # 50,000 x 20 quotes
    python benchmarks/corpus_queries.py --db /tmp/small.db --articles 2000 # a quick look
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import random
import statistics
import time
from pathlib import Path

from dateline.record import ArticleRecord, Entity, Mention, Quote, Source, Speaker, record_id
from dateline.store import StoreWriter, find_quotes, open_reader, search

TOPICS = [
    "Gaza", "Leningrad", "siege", "ceasefire", "inflation", "election", "harbour", "grain", "drone", "budget",
    "hospital", "strike", "pipeline", "tariff", "refugees", "vaccine", "earthquake", "referendum", "sanctions", "coalition",
]
FIRST = ["Anna", "Oleh", "Sarah", "Marco", "Irina", "Lukas", "Carla", "Peter", "Dafydd", "Kate", "Huw", "Olena",
         "Tom", "Frank", "Andrei", "Maria", "Jonas", "Leila", "Omar", "Yuki", "Ravi", "Ines", "Pablo", "Greta"]
LAST = ["Vella", "Danylenko", "Jones", "Farrugia", "Sokolova", "Brenner", "Grech", "Marchenko", "Hale", "Morrow",
        "Savchuk", "Holder", "Price", "Seidel", "Lysenko", "Novak", "Haddad", "Tanaka", "Mehta", "Costa", "Weber",
        "Kowalski", "Nielsen", "Duarte", "Rossi", "Okafor", "Larsen", "Petrov", "Moreau", "Silva"]


def vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    consonants, vowels = "bcdfghklmnprstvz", "aeiou"
    words = set()
    while len(words) < size:
        n = rng.randint(1, 4)
        words.add("".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(n)) + rng.choice(["", "s", "n", "r"]))
    return sorted(words)


def build(db: Path, articles: int, quotes_per_article: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    words = vocabulary(rng)
    weights = list(itertools.accumulate(1 / (i + 1) for i in range(len(words))))  # Zipf over the vocabulary
    speakers = sorted({f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(4000)})
    speaker_weights = list(itertools.accumulate(1 / (i + 1) ** 0.8 for i in range(len(speakers))))
    start = dt.date(2022, 1, 1)
    started = time.perf_counter()
    written = 0
    with StoreWriter(db) as writer:
        batch = []
        for number in range(articles):
            date = (start + dt.timedelta(days=rng.randrange(730))).isoformat()
            people = rng.choices(speakers, cum_weights=speaker_weights, k=4)
            parts, entities, quotes = [f"Story {number}. "], [], []
            at = len(parts[0])
            for index, person in enumerate(dict.fromkeys(people)):
                parts.append(person + " spoke. ")
                entities.append(Entity(id=f"e{index + 1}", type="PERSON", name=person, mentions=[Mention(span=(at, at + len(person)))]))
                at += len(parts[-1])
            for q in range(quotes_per_article):
                body = rng.choices(words, cum_weights=weights, k=rng.randint(8, 30))
                if rng.random() < 0.3:
                    body.insert(rng.randrange(len(body)), rng.choice(TOPICS))
                quote_text = " ".join(body).capitalize()
                speaker = entities[rng.randrange(len(entities))]
                parts.append(f"\"{quote_text},\" {speaker.name} said. ")
                begin, name_at = at + 1, at + 1 + len(quote_text) + 3
                quotes.append(Quote(
                    id=f"q{q + 1}", kind="direct", span=(begin, begin + len(quote_text)), text=quote_text,
                    speaker=Speaker(entity=speaker.id, name=speaker.name, span=(name_at, name_at + len(speaker.name))),
                ))
                at += len(parts[-1])
            text = "".join(parts)
            assert len(text) == at
            batch.append(ArticleRecord(id=record_id(text), source=Source(path=f"synthetic/{number}.txt"), text=text,
                                       date=date, entities=entities, quotes=quotes))
            if len(batch) == 500:
                writer.write_records(batch)
                written += len(batch)
                batch = []
        writer.write_records(batch)
        written += len(batch)
        writer.optimize()  # as `dateline ingest` does at the end of a run
    return {"articles": written, "quotes": written * quotes_per_article, "build_seconds": round(time.perf_counter() - started, 1),
            "db_mb": round(os.path.getsize(db) / 1e6, 1), "speakers": speakers, "words": words[:2000]}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def time_queries(db: Path, speakers: list[str], words: list[str], runs: int, seed: int = 11) -> dict:
    rng = random.Random(seed)
    reader = open_reader(db)
    common = words[:50]  # the corpus's most frequent words: its "of", "the", "said"
    # The questions of the issue: `quotes --speaker "Putin" --about Gaza --since ...`, `search
    # "siege of Leningrad"` (a phrase of a common word and a topical one), and their neighbours.
    cases = {
        "quotes --speaker --about --since": lambda: find_quotes(
            reader, speaker=rng.choice(speakers), about=rng.choice(TOPICS), since=f"2022-{rng.randint(1, 12):02d}-01"),
        "quotes --speaker (surname)": lambda: find_quotes(reader, speaker=rng.choice(speakers).split()[-1]),
        "quotes --about --since --until": lambda: find_quotes(
            reader, about=rng.choice(TOPICS), since="2023-01-01", until="2023-06-30"),
        "search (one topical word)": lambda: search(reader, rng.choice(TOPICS)),
        "search (two words)": lambda: search(reader, f"{rng.choice(TOPICS)} {rng.choice(words[:200])}"),
        "search (phrase: common word + topical word)": lambda: search(reader, f'"{rng.choice(common)} {rng.choice(TOPICS)}"'),
    }
    # Not part of the target: a phrase of two of the most common words (like searching "of the"),
    # reported to show the worst case.
    worst = {"search (phrase of two most common words; worst case)": lambda: search(reader, f'"{rng.choice(common)} {rng.choice(common)}"')}
    results = {}
    for name, run in {**cases, **worst}.items():
        run()  # warm the page cache for this query shape
        times, sizes = [], []
        for _ in range(runs):
            started = time.perf_counter()
            found = run()
            times.append((time.perf_counter() - started) * 1000)
            sizes.append(len(found) if isinstance(found, list) else len(found["articles"]) + len(found["quotes"]))
        results[name] = {"p50_ms": round(percentile(times, 50), 2), "p95_ms": round(percentile(times, 95), 2),
                         "max_ms": round(max(times), 2), "mean_rows": round(statistics.mean(sizes), 1)}
    reader.close()
    return results, list(cases)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=Path("/tmp/dateline-quotes-1m.db"))
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--quotes-per-article", type=int, default=20)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(7)
    if args.db.exists():
        with open_reader(args.db) as reader:
            info = {"articles": reader.value("SELECT count(*) FROM articles"), "quotes": reader.value("SELECT count(*) FROM quotes"),
                    "db_mb": round(os.path.getsize(args.db) / 1e6, 1), "build_seconds": None}
            speakers = [r[0] for r in reader.rows("SELECT name FROM entities WHERE type = 'PERSON'")]
        words = vocabulary(rng)[:2000]
    else:
        built = build(args.db, args.articles, args.quotes_per_article)
        speakers, words = built.pop("speakers"), built.pop("words")
        info = built
    timings, targeted = time_queries(args.db, speakers, words, args.runs)
    print(json.dumps({"corpus": info, "runs_per_query": args.runs, "load_average": os.getloadavg(), "queries": timings,
                      "p95_under_100ms": all(timings[name]["p95_ms"] < 100 for name in targeted)}, indent=2))


if __name__ == "__main__":
    main()
