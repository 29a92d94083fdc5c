"""Quote attribution against gold in brat standoff (PolNeAR: text/*.txt, attributions/*.ann).

The protocol (issue 4):
- gold: one attribution per `E` relation of the lowest annotator id of each article; its content
  is the covering span of its Content fragments, its source the covering span of its Source;
- both sides trimmed of whitespace, quotation marks and `, . ; :` at the ends;
- one-to-one greedy matching by highest character Jaccard; P/R/F1 for exact, Jaccard >= 0.5 and
  any-overlap matches;
- speaker accuracy over Jaccard >= 0.5 pairs (right when our speaker span overlaps the gold Source
  span, or both are absent), and end-to-end F1 (content Jaccard >= 0.5 and speaker right);
- breakdowns by the kind of content (direct / mixed / indirect, told from the text by the same rule
  on both sides) and by the kind of source (pronoun / named / nominal / none).
The same scores are computed for textacy's `direct_quotations` over the same spaCy pipeline.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from dateline.evaluation.matching import one_to_one
from dateline.record import Span


# Characters trimmed from both ends of a content span before comparing (the protocol's list).
_TRIM = set(" \t\r\n\u00a0\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a`,.;:")


@dataclass(frozen=True)
class GoldQuote:
    content: Span
    source: Span | None
    cue: Span | None


@dataclass
class GoldArticle:
    name: str
    text: str
    annotator: str
    quotes: list[GoldQuote] = field(default_factory=list)


def _covering(fragments: str) -> Span:
    """'575 842;843 1076' -> (575, 1076)."""
    points = [int(x) for part in fragments.split(";") for x in part.split()]
    return (min(points), max(points))


def parse_brat(ann: str) -> list[GoldQuote]:
    """The attributions of one .ann file: its `E` relations with their Content, Source and Cue."""
    spans: dict[str, tuple[str, Span]] = {}
    relations: list[list[tuple[str, str]]] = []
    for line in ann.splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            label, _, offsets = parts[1].partition(" ")
            try:
                spans[parts[0]] = (label, _covering(offsets))
            except ValueError:
                continue
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            relations.append([tuple(arg.split(":", 1)) for arg in parts[1].split() if ":" in arg])
    quotes = []
    for args in relations:
        content: list[Span] = []
        source: list[Span] = []
        cue: list[Span] = []
        for role, ref in args:
            if ref not in spans:
                continue
            span = spans[ref][1]
            if role.startswith("Content"):
                content.append(span)
            elif role.startswith("Source"):
                source.append(span)
            elif role.startswith("Cue"):
                cue.append(span)
        if not content:
            continue
        quotes.append(
            GoldQuote(
                content=(min(s for s, _ in content), max(e for _, e in content)),
                source=(min(s for s, _ in source), max(e for _, e in source)) if source else None,
                cue=(min(s for s, _ in cue), max(e for _, e in cue)) if cue else None,
            )
        )
    return quotes


_ANN_NAME = re.compile(r"^(?P<article>.+)_(?P<annotator>[0-9a-f]+)\.ann$")


def read_gold(folder: Path) -> list[GoldArticle]:
    """Every article of `folder` (text/*.txt) with the attributions of its lowest annotator id."""
    folder = Path(folder)
    annotations: dict[str, list[tuple[str, Path]]] = defaultdict(list)
    for path in sorted((folder / "attributions").glob("*.ann")):
        match = _ANN_NAME.match(path.name)
        if match:
            annotations[match["article"]].append((match["annotator"], path))
    articles = []
    for text_path in sorted((folder / "text").glob("*.txt")):
        found = annotations.get(text_path.stem)
        if not found:
            continue
        annotator, ann_path = min(found)
        text = text_path.read_text(encoding="utf-8")
        quotes = parse_brat(ann_path.read_text(encoding="utf-8"))
        articles.append(GoldArticle(text_path.stem, text, annotator, quotes))
    return articles


def trim(text: str, span: Span) -> Span:
    """`span` without whitespace, quotation marks and `, . ; :` at its ends."""
    start, end = span
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return (start, end)


def jaccard(a: Span, b: Span) -> float:
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    if overlap <= 0:
        return 0.0
    return overlap / ((a[1] - a[0]) + (b[1] - b[0]) - overlap)


def overlaps(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and min(a[1], b[1]) > max(a[0], b[0])


# -- classifying spans for the breakdowns ---------------------------------------------------------
_OPEN_MARKS = set("\"'\u201c\u2018\u00ab\u201e`")
_CLOSE_MARKS = set("\"'\u201d\u2019\u00bb`")
_ANY_DOUBLE = set("\"\u201c\u201d\u00ab\u00bb\u201e")
_EDGE = set(" \t\r\n\u00a0,.;:!?")
# A source that is one of these words is a pronoun source (PolNeAR: he 2,079, she 786, who 421).
PRONOUNS = frozenset({
    "he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "me", "us", "his", "its",
    "their", "who", "which", "that", "whom", "whose", "this", "these", "those",
})


def content_kind(text: str, span: Span) -> str:
    """direct when the trimmed content sits between quotation marks, mixed when it has some inside
    or on one side, indirect otherwise. The same rule for gold and systems."""
    start, end = trim(text, span)
    if end <= start:
        return "indirect"
    left = start - 1
    while left >= 0 and text[left] in _EDGE and start - left <= 3:
        left -= 1
    right = end
    while right < len(text) and text[right] in _EDGE and right - end <= 3:
        right += 1
    opened = left >= 0 and text[left] in _OPEN_MARKS
    closed = right < len(text) and text[right] in _CLOSE_MARKS
    if opened and closed:
        return "direct"
    if opened or closed or any(c in _ANY_DOUBLE for c in text[start:end]):
        return "mixed"
    return "indirect"


def source_kind(text: str, span: Span | None) -> str:
    """pronoun, named (has a capitalised word that is not its first), nominal, or none."""
    if span is None:
        return "none"
    words = text[span[0] : span[1]].split()
    if not words:
        return "none"
    if len(words) == 1 and words[0].lower().strip(".,'’") in PRONOUNS:
        return "pronoun"
    first = words[0]
    if first[:1].isupper() and first.lower() not in ("the", "a", "an", "this", "that", "some", "many", "one"):
        return "named"
    if any(w[:1].isupper() for w in words[1:]):
        return "named"
    return "nominal"


# -- scoring ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Item:
    """One attribution of one side, ready for scoring: trimmed content, its speaker span."""

    content: Span
    speaker: Span | None
    kind: str
    source: str


def items(text: str, pairs: list[tuple[Span, Span | None]]) -> list[Item]:
    out = []
    for content, speaker in pairs:
        trimmed = trim(text, content)
        if trimmed[1] <= trimmed[0]:
            continue
        out.append(Item(trimmed, speaker, content_kind(text, content), source_kind(text, speaker)))
    return out


def match(gold: list[Item], system: list[Item]) -> list[tuple[int, int, float]]:
    """One-to-one greedy matching by highest character Jaccard: (gold index, system index, J)."""
    pairs = []
    for g, gi in enumerate(gold):
        for s, si in enumerate(system):
            j = jaccard(gi.content, si.content)
            if j > 0:
                pairs.append((j, g, s))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return one_to_one((g, s, j) for j, g, s in pairs)


def speaker_correct(gold: Item, system: Item) -> bool:
    if gold.speaker is None and system.speaker is None:
        return True
    return overlaps(gold.speaker, system.speaker)


class Tally:
    """Counts for one system over many articles, overall and per breakdown."""

    GROUPS = ("all", "direct", "mixed", "indirect", "pronoun", "named", "nominal", "none")

    def __init__(self) -> None:
        self.counts = {g: defaultdict(int) for g in self.GROUPS}

    def add(self, gold: list[Item], system: list[Item]) -> None:
        matched = match(gold, system)
        for group in self.GROUPS:
            in_g = lambda item: group == "all" or item.kind == group or item.source == group  # noqa: E731
            c = self.counts[group]
            c["gold"] += sum(1 for x in gold if in_g(x))
            c["system"] += sum(1 for x in system if in_g(x))
            for g, s, j in matched:
                for name, ok in (("exact", j >= 1.0), ("jaccard", j >= 0.5), ("overlap", j > 0)):
                    if not ok:
                        continue
                    c[f"{name}_gold"] += in_g(gold[g])
                    c[f"{name}_system"] += in_g(system[s])
                if j >= 0.5:
                    right = speaker_correct(gold[g], system[s])
                    if in_g(gold[g]):
                        c["speaker_pairs"] += 1
                        c["speaker_right"] += right
                        c["e2e_gold"] += right
                    if in_g(system[s]):
                        c["e2e_system"] += right

    def scores(self) -> dict:
        out = {}
        for group, c in self.counts.items():
            row = {"gold": c["gold"], "system": c["system"]}
            for name in ("exact", "jaccard", "overlap", "e2e"):
                p = c[f"{name}_system"] / c["system"] if c["system"] else 0.0
                r = c[f"{name}_gold"] / c["gold"] if c["gold"] else 0.0
                f = 2 * p * r / (p + r) if p + r else 0.0
                row[name] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}
            row["speaker_accuracy"] = round(c["speaker_right"] / c["speaker_pairs"], 4) if c["speaker_pairs"] else 0.0
            row["speaker_pairs"] = c["speaker_pairs"]
            out[group] = row
        return out


# -- running the systems ---------------------------------------------------------------------------
def dateline_pairs(records, classes: frozenset[str] | None = None) -> list[list[tuple[Span, Span | None]]]:
    return [
        [(tuple(q.span), tuple(q.speaker.span) if q.speaker else None) for q in record.quotes if classes is None or q.cue_class in classes]
        for record in records
    ]


def gold_classes(nlp, articles: list[GoldArticle]) -> list[list[str]]:
    """The cue class of each gold attribution, by dateline's rule (quotes.cues.classify) on the
    lemma of its cue's last verb and the last word of its source; a cueless one is speech (a
    quoted paragraph going on)."""
    from dateline.quotes.cue import classify

    cue_texts = [a.text[q.cue[0] : q.cue[1]] if q.cue else "" for a in articles for q in a.quotes]
    with nlp.select_pipes(enable=[p for p in ("tok2vec", "tagger", "attribute_ruler", "lemmatizer") if p in nlp.pipe_names]):
        docs = list(nlp.pipe(cue_texts))
    found: list[list[str]] = []
    n = 0
    for article in articles:
        classes = []
        for quote in article.quotes:
            doc = docs[n]
            n += 1
            if not len(doc) or doc.text.lower().startswith("according"):
                lemma = "say" if not len(doc) else "according to"
            else:
                verbs = [t for t in doc if t.pos_ in ("VERB", "AUX")] or list(doc)
                lemma = verbs[-1].lemma_.lower()
            source = article.text[quote.source[0] : quote.source[1]].split() if quote.source else []
            classes.append(classify(lemma, source[-1].lower().strip(".,") if source else ""))
        found.append(classes)
    return found


def textacy_pairs(doc) -> tuple[list[tuple[Span, Span | None]], bool]:
    """textacy's direct quotations of a Doc, and whether it gave up on the document (it raises
    on an odd number of quotation marks)."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return [], True
    pairs = []
    for triple in triples:
        content = (triple.content[0].idx, triple.content[-1].idx + len(triple.content[-1]))
        speaker = (min(t.idx for t in triple.speaker), max(t.idx + len(t) for t in triple.speaker))
        pairs.append((content, speaker))
    return pairs, False


def evaluate_quotes(gold_dir: Path, baseline: bool = True, limit: int | None = None, classes: frozenset[str] | None = None) -> dict:
    """Scores of dateline (and textacy's direct_quotations) against the brat gold in `gold_dir`;
    with `classes`, only attributions of those cue classes on both sides (e.g. speech only)."""
    from dateline.context import RawArticle
    from dateline.language import analysis_text
    from dateline.metadata import locate_layout
    from dateline.pipeline import DEFAULT_COMPONENTS, Pipeline
    from dateline.record import Source

    articles = read_gold(Path(gold_dir))[:limit]
    if not articles:
        raise FileNotFoundError(f"no brat gold (text/*.txt with attributions/*.ann) in {gold_dir}")
    pipeline = Pipeline()
    raws = [RawArticle(text=a.text, source=Source(path=a.name)) for a in articles]
    results = list(pipeline.run(raws))
    ours = Tally()
    failures = []
    records = []
    for article, result in zip(articles, results):
        if not hasattr(result, "quotes"):
            failures.append(str(result))
            records.append(None)
            continue
        records.append(result)
    if classes is not None:
        kept = gold_classes(pipeline.nlp, articles)
        gold_quotes = [[q for q, c in zip(a.quotes, k) if c in classes] for a, k in zip(articles, kept)]
    else:
        gold_quotes = [a.quotes for a in articles]
    gold_items = [items(a.text, [(q.content, q.source) for q in quotes]) for a, quotes in zip(articles, gold_quotes)]
    for article, gold, record in zip(articles, gold_items, records):
        system = [] if record is None else items(article.text, dateline_pairs([record], classes)[0])
        ours.add(gold, system)
    report = {
        "classes": sorted(classes) if classes is not None else "all",
        "articles": len(articles),
        "attributions": sum(len(g) for g in gold_items),
        "failures": failures,
        "dateline": ours.scores(),
    }
    if baseline:
        theirs = Tally()
        gave_up = 0
        own = [name for name in pipeline.nlp.pipe_names if name in DEFAULT_COMPONENTS]
        texts = []
        for raw in raws:
            layout, _ = locate_layout(raw)
            texts.append(analysis_text(raw.text, layout) if layout.body else raw.text)
        with pipeline.nlp.select_pipes(disable=own):
            docs = pipeline.nlp.pipe(texts, batch_size=pipeline.options.batch_size)
            for article, gold, doc in zip(articles, gold_items, docs):
                pairs, failed = textacy_pairs(doc)
                gave_up += failed
                theirs.add(gold, items(article.text, pairs))
        report["textacy"] = theirs.scores()
        report["textacy_gave_up"] = gave_up
    return report


# -- reporting -------------------------------------------------------------------------------------
def floor_failures(
    scores: dict,
    overall: float | None = None,
    direct: float | None = None,
    speaker: float | None = None,
    e2e: float | None = None,
    indirect: float | None = None,
    no_source_speaker: float | None = None,
) -> list[str]:
    """Messages for each of dateline's scores under its floor (issues 4 and 13's gates)."""
    ours = scores["dateline"]
    checks = [
        ("Jaccard>=0.5 F1 (all)", ours["all"]["jaccard"]["f1"], overall),
        ("Jaccard>=0.5 F1 (direct)", ours["direct"]["jaccard"]["f1"], direct),
        ("Jaccard>=0.5 F1 (indirect)", ours["indirect"]["jaccard"]["f1"], indirect),
        ("speaker accuracy", ours["all"]["speaker_accuracy"], speaker),
        ("speaker accuracy where gold names no source", ours["none"]["speaker_accuracy"], no_source_speaker),
        ("end-to-end F1", ours["all"]["e2e"]["f1"], e2e),
    ]
    return [f"{name} {value:.4f} is below the floor {floor}" for name, value, floor in checks if floor is not None and value < floor]


def render_scores(scores: dict, console) -> None:
    """dateline and textacy side by side, one row per breakdown."""
    from rich.table import Table

    systems = [name for name in ("dateline", "textacy") if name in scores]
    classes = scores.get("classes", "all")
    which = "all cue classes" if classes == "all" else "cue classes " + ", ".join(classes)
    table = Table(title=f"quote attribution: {scores['articles']} articles, {scores['attributions']} gold attributions ({which})", title_justify="left")
    for column in ("breakdown", "system", "gold", "found", "exact F1", "J>=.5 P", "J>=.5 R", "J>=.5 F1", "overlap F1", "speaker acc", "e2e F1"):
        table.add_column(column, justify="left" if column in ("breakdown", "system") else "right")
    for group in Tally.GROUPS:
        for n, name in enumerate(systems):
            s = scores[name][group]
            table.add_row(
                group if n == 0 else "", name, str(s["gold"]), str(s["system"]), f"{s['exact']['f1']:.3f}",
                f"{s['jaccard']['p']:.3f}", f"{s['jaccard']['r']:.3f}", f"{s['jaccard']['f1']:.3f}",
                f"{s['overlap']['f1']:.3f}", f"{s['speaker_accuracy']:.3f}", f"{s['e2e']['f1']:.3f}",
                end_section=n == len(systems) - 1,
            )
    console.print(table)
    console.print(
        "kinds (direct/mixed/indirect) and sources (pronoun/named/nominal/none) are told from the text by one rule for "
        "gold and systems; precision in a row counts the system's items of that kind."
    )
    if "textacy_gave_up" in scores:
        console.print(f"textacy gave up on {scores['textacy_gave_up']} of {scores['articles']} articles (odd number of quotation marks)")
    if scores["failures"]:
        console.print(f"dateline failed on {len(scores['failures'])} articles: " + "; ".join(scores["failures"][:5]))
