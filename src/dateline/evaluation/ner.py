"""Named-entity accuracy on CoNLL-2003: dateline's entities against the bare spaCy pipeline.

Each CoNLL document (split on -DOCSTART-) becomes an article: tokens joined by spaces, sentences
by newlines. Both systems read the same text:
- dateline: `dateline.Pipeline` (layout, NER corrections, entities), scored on the `name`
  mentions of the record's entities, each with its entity's type;
- bare spaCy: the same spaCy pipeline without dateline's components, `doc.ents` on the raw text.
Our types map to CoNLL's (PERSON->PER, GPE/LOC/FAC->LOC, NORP/EVENT/...->MISC); spans are scored
exactly at entity level (precision, recall, F1 overall and per type).

CoNLL gives each document's layout (sentences, no headline, dateline or credit line), so the eval
hands that layout to the Pipeline instead of letting the metadata stage guess it: guessing would
set aside short capitalised lines ("LONDON 1996-08-30" reads as a subheading, "CRICKET -" as a
dateline) and their gold entities would never reach the NER. Everything after the layout is
dateline's real path. The report still counts gold entities outside the prose the NER read
(`gold_unseen`, expected 0), so a score can never rest silently on text the model did not see.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.context import ArticleContext, InputFailure, Layout, RawArticle
from dateline.pipeline import Pipeline
from dateline.record import ArticleRecord, Source

CONLL_TYPES = ("PER", "ORG", "LOC", "MISC")

# OntoNotes labels (ours and spaCy's) -> CoNLL-2003 labels; anything else (DATE, CARDINAL, ...) is
# not a named entity in CoNLL and is not scored.
TO_CONLL: dict[str, str] = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}

Labelled = tuple[int, int, str]  # (start, end, CoNLL type)


@dataclass(frozen=True)
class ConllArticle:
    """One CoNLL document as article text with its gold entities as character spans."""

    name: str
    text: str
    gold: frozenset[Labelled]


def read_conll(path: Path) -> list[ConllArticle]:
    """The documents of a CoNLL-2003 file (`token POS chunk tag`, IOB1 or IOB2 tags)."""
    articles: list[ConllArticle] = []
    sentences: list[list[tuple[str, str]]] = []
    sentence: list[tuple[str, str]] = []

    def close_document() -> None:
        if sentence:
            sentences.append(list(sentence))
            sentence.clear()
        if sentences:
            articles.append(conll_article(f"{Path(path).name}#{len(articles) + 1}", sentences))
            sentences.clear()

    with open(path, encoding="utf-8") as handle:
        for line in handle:
            fields = line.split()
            if not fields:
                if sentence:
                    sentences.append(list(sentence))
                    sentence.clear()
            elif fields[0] == "-DOCSTART-":
                close_document()
            else:
                sentence.append((fields[0], fields[-1]))
    close_document()
    return articles


def conll_article(name: str, sentences: list[list[tuple[str, str]]]) -> ConllArticle:
    """Tokens joined by spaces, sentences by newlines; gold chunks as character spans."""
    parts: list[str] = []
    gold: set[Labelled] = set()
    pos = 0
    for index, sentence in enumerate(sentences):
        if index:
            parts.append("\n")
            pos += 1
        chunk: list[int] | None = None  # [start, end] of the open chunk
        chunk_type = None
        for number, (token, tag) in enumerate(sentence):
            if number:
                parts.append(" ")
                pos += 1
            start, end = pos, pos + len(token)
            parts.append(token)
            pos = end
            prefix, _, kind = tag.partition("-")
            continues = prefix == "I" and chunk is not None and kind == chunk_type
            if chunk is not None and not continues:
                gold.add((chunk[0], chunk[1], chunk_type))
                chunk = None
            if prefix in ("B", "I") and kind:
                if continues:
                    chunk[1] = end
                else:
                    chunk, chunk_type = [start, end], kind
        if chunk is not None:
            gold.add((chunk[0], chunk[1], chunk_type))
    return ConllArticle(name=name, text="".join(parts), gold=frozenset(gold))


# -- predictions -----------------------------------------------------------------------------
def record_entities(record: ArticleRecord) -> set[Labelled]:
    """Name mentions of a record's entities, typed as CoNLL types (a dateline's own place mention
    lies outside the prose and is kept: it is a name dateline found)."""
    found: set[Labelled] = set()
    for entity in record.entities:
        kind = TO_CONLL.get(entity.type)
        if kind is None:
            continue
        for mention in entity.mentions:
            if mention.kind == "name":
                found.add((mention.span[0], mention.span[1], kind))
    return found


def doc_entities(doc) -> set[Labelled]:
    return {(e.start_char, e.end_char, TO_CONLL[e.label_]) for e in doc.ents if e.label_ in TO_CONLL}


class KnownLayoutPipeline(Pipeline):
    """The Pipeline with each article's layout given: every non-empty line is a paragraph."""

    def _locate(self, raw: RawArticle, fallback) -> ArticleContext | InputFailure:
        paragraphs = tuple(line_spans(raw.text))
        layout = Layout(
            date=fallback,
            date_origin="option" if fallback else None,
            header_span=None,
            title=None,
            title_span=None,
            dateline=None,
            credits=(),
            credit_spans=(),
            body=(paragraphs[0][0], paragraphs[-1][1]) if paragraphs else None,
            paragraphs=paragraphs,
            sections=(),
            noise=(),
        )
        return ArticleContext(raw=raw, layout=layout)


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            yield (pos + lead, pos + len(line.rstrip()))
        pos += len(line) + 1


def prose_spans(record: ArticleRecord) -> list[tuple[int, int]]:
    return [tuple(p) for p in record.paragraphs]


def unseen(gold: Iterable[Labelled], prose: list[tuple[int, int]]) -> list[Labelled]:
    """Gold entities not wholly inside the prose the NER read."""
    return [g for g in gold if not any(a <= g[0] and g[1] <= b for a, b in prose)]


# -- scoring ---------------------------------------------------------------------------------
@dataclass
class Tally:
    tp: Counter
    fp: Counter
    fn: Counter

    @classmethod
    def empty(cls) -> "Tally":
        return cls(Counter(), Counter(), Counter())

    def add(self, gold: set[Labelled], predicted: set[Labelled]) -> None:
        for item in predicted & gold:
            self.tp[item[2]] += 1
        for item in predicted - gold:
            self.fp[item[2]] += 1
        for item in gold - predicted:
            self.fn[item[2]] += 1

    def scores(self) -> dict:
        out = {"overall": _prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))}
        for kind in CONLL_TYPES:
            out[kind] = _prf(self.tp[kind], self.fp[kind], self.fn[kind])
        return out


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "gold": tp + fn}


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def evaluate_ner(path: Path, model: str | None = None, limit: int | None = None) -> dict:
    """Exact-span entity P/R/F1 of dateline and of the bare spaCy pipeline on a CoNLL-2003 file."""
    from dateline.language import load_language
    from dateline.options import AnalysisOptions

    articles = read_conll(Path(path))
    if limit is not None:
        articles = articles[:limit]
    if not articles:
        raise FileNotFoundError(f"no CoNLL-2003 documents in {path}")
    options = AnalysisOptions.build(model=model)
    pipeline = KnownLayoutPipeline(options)
    bare = load_language(options.model)  # the same model, none of dateline's components
    bare.remove_pipe("dateline_paragraphs")

    ours, theirs = Tally.empty(), Tally.empty()
    unseen_gold: list[str] = []
    failures: list[str] = []
    by_name = {a.name: a for a in articles}
    raws = [RawArticle(text=a.text, source=Source(path=a.name)) for a in articles]
    for article, result in zip(articles, pipeline.run(raws)):
        gold = set(article.gold)
        if not isinstance(result, ArticleRecord):
            failures.append(str(result))
            ours.add(gold, set())
            continue
        for item in unseen(gold, prose_spans(result)):
            unseen_gold.append(f"{article.name}: {article.text[item[0]:item[1]]!r} ({item[2]})")
        ours.add(gold, record_entities(result))
    for batch in _chunks(articles, options.batch_size):
        for article, doc in zip(batch, bare.pipe([a.text for a in batch])):
            theirs.add(set(by_name[article.name].gold), doc_entities(doc))

    dateline_scores, spacy_scores = ours.scores(), theirs.scores()
    return {
        "documents": len(articles),
        "gold_entities": sum(len(a.gold) for a in articles),
        "gold_unseen": len(unseen_gold),
        "failures": len(failures),
        "dateline": dateline_scores,
        "spacy": spacy_scores,
        "f1_gain": round(dateline_scores["overall"]["f1"] - spacy_scores["overall"]["f1"], 4),
        "misses": unseen_gold + failures,
    }


def render_ner(scores: dict, console) -> None:
    """The two systems side by side, overall and per type."""
    from rich.table import Table

    table = Table(
        "type", "gold", "dateline P", "R", "F1", "spaCy P", "R", "F1",
        title=f"CoNLL-2003: {scores['documents']} documents, {scores['gold_entities']} gold entities, "
        f"{scores['gold_unseen']} unseen by the NER",
        title_justify="left",
    )
    for kind in ("overall", *CONLL_TYPES):
        ours, theirs = scores["dateline"][kind], scores["spacy"][kind]
        table.add_row(
            kind, str(ours["gold"]),
            f"{ours['precision']:.3f}", f"{ours['recall']:.3f}", f"{ours['f1']:.3f}",
            f"{theirs['precision']:.3f}", f"{theirs['recall']:.3f}", f"{theirs['f1']:.3f}",
        )
    console.print(table)
    console.print(f"F1 gain over bare spaCy: {scores['f1_gain'] * 100:+.2f} points")
