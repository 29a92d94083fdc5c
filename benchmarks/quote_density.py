"""Quote finding on quote-dense text grows linearly with its length (issue 18, item 8).

    python benchmarks/quote_density.py [--sizes 10000 100000 1000000] [--parsed 10000 40000]

Lines of nested quotation marks (`"He said “no”, she said ‘yes’ "`, one a line) once took 3 s at
8,000 characters and over 10 minutes at 80,000: the parser makes the whole text one sentence in
which each `said` is the complement of the one before, and the quote layer walked every cue's
subtree. Two measurements, CPU time (`time.process_time`) of `dateline_quotes` alone:

- `synthetic`: Docs built with that worst-case parse (a chain as deep as the text is long) from
  10,000 to 1,000,000 characters, no model needed;
- `parsed`: the same text parsed by the real pipeline (the sizes after `--parsed`; the spaCy
  stages themselves are not timed).

Prints JSON with seconds per million characters at each size and the ratio of the largest to the
smallest (the target: within 2x); exit 1 when a ratio is over 2. Other processes on the machine
disturb the numbers: run it on a quiet machine, best of `--repeats`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import spacy
from spacy.tokens import Doc

# One line of the text, as tokens: (word, trailing space, head offset in the line, dep,
# lemma, pos). "said" at position 2 is the line's head; position 8 is the second "said", whose
# complement is the next line's head, so the chain is as deep as the text is long.
LINE = [
    ('"', False, 2, "punct", '"', "PUNCT"),
    ("He", True, 2, "nsubj", "he", "PRON"),
    ("said", True, None, "ccomp", "say", "VERB"),
    ("\u201c", False, 4, "punct", "\u201c", "PUNCT"),
    ("no", False, 2, "dobj", "no", "INTJ"),
    ("\u201d", False, 4, "punct", "\u201d", "PUNCT"),
    (",", True, 2, "punct", ",", "PUNCT"),
    ("she", True, 8, "nsubj", "she", "PRON"),
    ("said", True, 2, "conj", "say", "VERB"),
    ("\u2018", False, 10, "punct", "\u2018", "PUNCT"),
    ("yes", False, 8, "dobj", "yes", "INTJ"),
    ("\u2019", True, 10, "punct", "\u2019", "PUNCT"),
    ('"', False, 8, "punct", '"', "PUNCT"),
    ("\n", False, 12, "dep", "\n", "SPACE"),
]
LINE_TEXT = '"He said \u201cno\u201d, she said \u2018yes\u2019 "\n'
CHAIN_HEAD, CHAIN_TAIL = 2, 8  # the line's head, and the token the next line's head hangs from


def quote_dense_doc(vocab, chars: int) -> Doc:
    """A Doc of about `chars` characters of quote-dense lines with the chained parse above."""
    lines = max(1, chars // len(LINE_TEXT))
    words, spaces, heads, deps, lemmas, pos = [], [], [], [], [], []
    for n in range(lines):
        base = n * len(LINE)
        for word, space, head, dep, lemma, tag in LINE:
            words.append(word)
            spaces.append(space)
            if head is None:
                heads.append(base + CHAIN_HEAD if n == 0 else base - len(LINE) + CHAIN_TAIL)
                deps.append("ROOT" if n == 0 else dep)
            else:
                heads.append(base + head)
                deps.append(dep)
            lemmas.append(lemma)
            pos.append(tag)
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps, lemmas=lemmas, pos=pos)


def quote_layer(nlp):
    import dateline.quotes  # noqa: F401  (registers the factory)

    return nlp.add_pipe("dateline_quotes") if "dateline_quotes" not in nlp.pipe_names else nlp.get_pipe("dateline_quotes")


def best_seconds(extractor, make_doc, repeats: int) -> tuple[float, int]:
    best, quotes = float("inf"), 0
    for _ in range(repeats):
        doc = make_doc()
        started = time.process_time()
        extractor(doc)
        best = min(best, time.process_time() - started)
        quotes = len(doc._.dateline_quotes)
    return best, quotes


def measure(sizes: list[int], parsed: list[int], repeats: int) -> dict:
    report: dict = {}
    blank = spacy.blank("en")
    extractor = quote_layer(blank)
    rows = []
    for size in sizes:
        seconds, quotes = best_seconds(extractor, lambda: quote_dense_doc(blank.vocab, size), repeats)
        rows.append({"chars": size, "quotes": quotes, "seconds": round(seconds, 3), "s_per_million_chars": round(seconds / size * 1e6, 2)})
    report["synthetic"] = {"rows": rows, "ratio": _ratio(rows)}
    if parsed:
        from dateline.pipeline import Pipeline

        nlp = Pipeline().nlp
        nlp.max_length = max(nlp.max_length, max(parsed) + 1)
        extractor = nlp.get_pipe("dateline_quotes")
        rows = []
        for size in parsed:
            text = LINE_TEXT * max(1, size // len(LINE_TEXT))
            with nlp.select_pipes(disable=["dateline_quotes"]):
                doc = nlp(text)
            seconds, quotes = best_seconds(extractor, lambda: doc, repeats)
            rows.append({"chars": len(text), "quotes": quotes, "seconds": round(seconds, 3), "s_per_million_chars": round(seconds / len(text) * 1e6, 2)})
        report["parsed"] = {"rows": rows, "ratio": _ratio(rows)}
    return report


def _ratio(rows: list[dict]) -> float:
    rates = [r["s_per_million_chars"] for r in rows if r["seconds"] > 0]
    return round(max(rates) / min(rates), 2) if rates else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--parsed", type=int, nargs="*", default=[10_000, 40_000])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    report = measure(args.sizes, args.parsed, args.repeats)
    report["target"] = "seconds per character within 2x from the smallest to the largest size"
    print(json.dumps(report, indent=2))
    sys.exit(1 if any(part["ratio"] > 2 for part in report.values() if isinstance(part, dict)) else 0)


if __name__ == "__main__":
    main()
