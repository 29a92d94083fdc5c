"""Web pages (scrapinghub's article-extraction-benchmark layout: `html/<id>.html.gz` and
`ground-truth.json` with each page's `articleBody`): what the metadata layer finds in the text
trafilatura extracts.

- titles and dates: found on how many pages, out of the pages whose markup has one (a <title>,
  og:title or <h1>; a published-time meta, JSON-LD datePublished or <time datetime>);
- noise: the share of the ground truth's body words that we mark as noise (words in noise spans
  that the ground-truth body also has, matched as a multiset so each gold word counts once).
  Marking noise must not eat the story: this should stay under 1%.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

from dateline.context import InputFailure
from dateline.metadata import locate_layout
from dateline.reading import read_inputs

_WORD = re.compile(r"\w+", re.U)
_TITLE_MARKUP = re.compile(rb"<title[^>]*>\s*\S|property=[\"']og:title|<h1\b", re.I)
_DATE_MARKUP = re.compile(
    rb"article:published_time|datePublished|<time[^>]+datetime=|name=[\"'](?:date|pubdate|publishdate|dc\.date|sailthru\.date|parsely-pub-date)[\"']",
    re.I,
)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def evaluate_extraction(folder: Path) -> dict:
    gold = json.loads((Path(folder) / "ground-truth.json").read_text(encoding="utf-8"))
    pages = sorted(gold)
    if not pages:
        raise FileNotFoundError(f"no pages in {folder}/ground-truth.json")
    paths = [str(Path(folder) / "html" / f"{page}.html.gz") for page in pages]
    counts = Counter()
    kinds: Counter[str] = Counter()
    gold_words = marked_words = marked_gold_words = 0
    worst: list[tuple[float, str, list[str]]] = []
    failures = []
    for page, raw in zip(pages, read_inputs(paths)):
        markup = gzip.decompress((Path(folder) / "html" / f"{page}.html.gz").read_bytes())
        has_title, has_date = bool(_TITLE_MARKUP.search(markup)), bool(_DATE_MARKUP.search(markup))
        counts["pages_with_title"] += has_title
        counts["pages_with_date"] += has_date
        if isinstance(raw, InputFailure):
            failures.append(str(raw))
            continue
        layout, _ = locate_layout(raw)
        counts["read"] += 1
        counts["titles_found"] += layout.title is not None
        counts["titles_found_where_marked"] += has_title and layout.title is not None
        counts["dates_found"] += layout.date is not None
        counts["dates_found_where_marked"] += has_date and layout.date is not None
        body = Counter(_words(gold[page]["articleBody"]))
        page_gold = sum(body.values())
        gold_words += page_gold
        page_marked = 0
        lost: list[str] = []
        for item in layout.noise:
            kinds[item.kind] += 1
            snippet = raw.text[item.span[0] : item.span[1]]
            words = _words(snippet)
            marked_words += len(words)
            kept = 0
            for word in words:
                if body[word] > 0:
                    body[word] -= 1
                    kept += 1
            page_marked += kept
            if kept:
                lost.append(f"{item.kind}: {snippet[:80]!r}")
        marked_gold_words += page_marked
        if page_marked:
            worst.append((page_marked / max(1, page_gold), page, lost))
    worst.sort(reverse=True)
    return {
        "pages": len(pages),
        "read": counts["read"],
        "pages_with_title": counts["pages_with_title"],
        "titles_found": counts["titles_found"],
        "title_recall": round(counts["titles_found_where_marked"] / max(1, counts["pages_with_title"]), 4),
        "pages_with_date": counts["pages_with_date"],
        "dates_found": counts["dates_found"],
        "date_recall": round(counts["dates_found_where_marked"] / max(1, counts["pages_with_date"]), 4),
        "noise_spans": dict(kinds.most_common()),
        "noise_words": marked_words,
        "gold_body_words": gold_words,
        "gold_words_marked_as_noise": marked_gold_words,
        "body_marked_as_noise_share": round(marked_gold_words / max(1, gold_words), 5),
        "misses": failures + [f"{page}: {share:.2%} of its body marked: {'; '.join(lost[:3])}" for share, page, lost in worst[:20]],
    }
