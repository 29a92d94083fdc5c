"""Geoparsing on TR-News and GeoVirus (Gritta et al.'s XML): toponym detection and geocoding.

Detection: predicted toponym spans are matched one-to-one to gold spans that they overlap
(greatest overlap first); precision, recall and F1 count the matches.
Geocoding, over matched gold toponyms that have coordinates: the great-circle error of the
predicted point (a prediction without a point counts as 20,039 km, half the Earth's
circumference), accuracy within 161 km (100 miles), the median error and the AUC of the
ln(1 + error) curve (Gritta et al. 2018: 0 is perfect, 1 is every toponym at the far side).

Two systems side by side over the same texts:
- dateline: the full Pipeline; every mention of every place in `record.places` is a prediction.
- baseline: bare spaCy GPE/LOC/FAC entities, each geocoded to its most populous gazetteer match.

Gold offsets: a few TR-News articles carry toponym offsets that drift from the text (117 of
1,319 spans: the phrase is not at its offsets, the error growing along the article). Such a span
is re-anchored to the occurrence of its phrase nearest to where the drift so far puts it, within
REANCHOR_WINDOW characters; the count is reported as `gold_spans_reanchored`.

Demonyms ("Turkish" -> Turkey) are predictions only for a corpus whose gold annotates them
(TR-News does, GeoVirus does not): `demonyms="auto"` decides from the gold's phrases. Such gold
marks national adjectives ("a Turkish policeman"), not people nouns ("Turks"), so only adjective
mentions are scored.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from dateline.evaluation.matching import one_to_one
from dateline.gazetteer import Gazetteer, distance_km
from dateline.lexicons.demonyms import DEMONYM_ADJECTIVES

# Half the Earth's circumference: the error of a matched toponym given no point.
MAX_ERROR_KM = 20039.0
# Gritta et al.'s accuracy radius: 161 km = 100 miles.
ACCURACY_KM = 161.0
BASELINE_TYPES = frozenset({"GPE", "LOC", "FAC"})
# How far from its stated offset (plus the drift so far) a gold phrase is looked for.
REANCHOR_WINDOW = 300


@dataclass
class Toponym:
    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None


@dataclass
class GoldArticle:
    ident: str
    text: str
    toponyms: list[Toponym] = field(default_factory=list)
    reanchored: int = 0  # gold spans moved onto their phrase (see _reanchor)


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value is not None and value.strip() else None
    except ValueError:
        return None


def read_gold(path: Path) -> list[GoldArticle]:
    """Articles of a TR-News-style (<toponyms>/<toponym>/<gaztag>) or GeoVirus-style
    (<locations>/<location>) XML file."""
    root = ET.parse(path).getroot()
    articles = []
    for number, node in enumerate(root.iter("article")):
        text = node.findtext("text") or ""
        ident = node.get("docid") or (node.findtext("source") or "").strip() or str(number)
        article = GoldArticle(ident, text)
        for top in node.iter("toponym"):
            start, end = int(top.findtext("start")), int(top.findtext("end"))
            tag = top.find("gaztag")
            lat = _float(tag.findtext("lat")) if tag is not None else None
            lon = _float(tag.findtext("lon")) if tag is not None else None
            article.toponyms.append(Toponym(start, end, top.findtext("phrase") or text[start:end], lat, lon))
        for loc in node.iter("location"):
            start, end = int(loc.findtext("start")), int(loc.findtext("end"))
            article.toponyms.append(
                Toponym(start, end, loc.findtext("name") or text[start:end], _float(loc.findtext("lat")),
                        _float(loc.findtext("lon")))
            )
        article.toponyms.sort(key=lambda t: (t.start, t.end))
        article.reanchored = _reanchor(article.text, article.toponyms)
        articles.append(article)
    return articles


def _reanchor(text: str, toponyms: list[Toponym]) -> int:
    """Move gold spans whose phrase is not at their offsets onto the nearest occurrence of the
    phrase, following the drift of the spans before; returns how many moved."""
    drift, moved = 0, 0
    for toponym in toponyms:
        phrase = toponym.text
        if not phrase or text[toponym.start : toponym.end] == phrase:
            drift = 0 if phrase else drift
            continue
        expected = toponym.start + drift
        lo = max(0, expected - REANCHOR_WINDOW)
        best = None
        position = text.find(phrase, lo, expected + REANCHOR_WINDOW + len(phrase))
        while position != -1:
            if best is None or abs(position - expected) < abs(best - expected):
                best = position
            position = text.find(phrase, position + 1, expected + REANCHOR_WINDOW + len(phrase))
        if best is None:
            continue
        drift = best - toponym.start
        toponym.start, toponym.end = best, best + len(phrase)
        moved += 1
    return moved


def gold_has_demonyms(articles: list[GoldArticle]) -> bool:
    return any(t.text in DEMONYM_ADJECTIVES for a in articles for t in a.toponyms)


def match(gold: list[Toponym], predicted: list[Toponym]) -> list[tuple[Toponym, Toponym]]:
    """One-to-one matching of overlapping spans, greatest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                pairs.append((overlap, g.start, p.start, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    return [(gold[gi], predicted[pi]) for gi, pi in one_to_one((gi, pi) for *_, gi, pi in pairs)]


def auc(errors: list[float]) -> float:
    """Area under the sorted ln(1 + error) curve, scaled to [0, 1] (Gritta et al. 2018)."""
    if len(errors) < 2:
        return math.log(1 + errors[0]) / math.log(1 + MAX_ERROR_KM) if errors else 0.0
    ys = [math.log(1 + e) for e in sorted(errors)]
    area = sum((a + b) / 2 for a, b in zip(ys, ys[1:]))
    return area / (math.log(1 + MAX_ERROR_KM) * (len(ys) - 1))


class Scorer:
    def __init__(self) -> None:
        self.gold = self.predicted = self.matched = 0
        self.errors: list[float] = []
        self.misses: list[str] = []

    def add(self, article: GoldArticle, predicted: list[Toponym]) -> None:
        pairs = match(article.toponyms, predicted)
        self.gold += len(article.toponyms)
        self.predicted += len(predicted)
        self.matched += len(pairs)
        for g, p in pairs:
            if g.lat is None or g.lon is None:
                continue
            error = MAX_ERROR_KM if p.lat is None else distance_km(g.lat, g.lon, p.lat, p.lon)
            self.errors.append(error)
            if error > ACCURACY_KM:
                self.misses.append(f"{article.ident}: {g.text!r} off by {error:.0f} km")

    def scores(self) -> dict:
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        within = sum(1 for e in self.errors if e <= ACCURACY_KM)
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": round(100 * precision, 1),
            "recall": round(100 * recall, 1),
            "f1": round(100 * f1, 1),
            "geocoded": len(self.errors),
            "accuracy_161km": round(100 * within / len(self.errors), 1) if self.errors else 0.0,
            "median_error_km": round(statistics.median(self.errors), 1) if self.errors else 0.0,
            "auc": round(auc(self.errors), 4),
        }


def dateline_predictions(record, demonyms: bool) -> list[Toponym]:
    predicted = []
    for place in record.places:
        if place.kind == "demonym" and not demonyms:
            continue
        geo = place.geo
        for start, end in place.spans:
            if place.kind == "demonym" and record.text[start:end] not in DEMONYM_ADJECTIVES:
                continue
            predicted.append(
                Toponym(start, end, record.text[start:end], geo.lat if geo else None, geo.lon if geo else None)
            )
    return predicted


def baseline_predictions(doc, gazetteer: Gazetteer) -> list[Toponym]:
    predicted = []
    for ent in doc.ents:
        if ent.label_ not in BASELINE_TYPES:
            continue
        places = [p for p in gazetteer.lookup(ent.text) if p.lat is not None]
        best = max(places, key=lambda p: p.population) if places else None
        predicted.append(
            Toponym(ent.start_char, ent.end_char, ent.text, best.lat if best else None, best.lon if best else None)
        )
    return predicted


def evaluate_geo(gold_path: Path, demonyms: str = "auto", limit: int | None = None, pipeline=None) -> dict:
    """Scores of dateline and the naive baseline on one gold file."""
    import spacy

    from dateline import Pipeline
    from dateline.record import Source

    articles = read_gold(Path(gold_path))[:limit]
    if not articles:
        raise FileNotFoundError(f"no articles in {gold_path}")
    use_demonyms = gold_has_demonyms(articles) if demonyms == "auto" else demonyms == "yes"
    pipeline = pipeline or Pipeline()
    bare = spacy.load(pipeline.options.model, exclude=["dateline_paragraphs"])
    gazetteer = pipeline.gazetteer or Gazetteer(pipeline.options.gazetteer)
    ours, baseline = Scorer(), Scorer()
    blanked = 0
    for article in articles:
        record = pipeline.analyze(article.text, source=Source(path=f"{Path(gold_path).name}#{article.ident}"))
        if record.text != article.text:
            raise ValueError(f"{article.ident}: the record's text differs from the gold text; offsets would not match")
        if record.title_span is not None:
            blanked += 1
        ours.add(article, dateline_predictions(record, use_demonyms))
        baseline.add(article, baseline_predictions(bare(article.text), gazetteer))
    return {
        "gold_file": str(gold_path),
        "articles": len(articles),
        "demonyms_scored": use_demonyms,
        "articles_with_title_blanked": blanked,
        "gold_spans_reanchored": sum(a.reanchored for a in articles),
        "dateline": ours.scores(),
        "baseline": baseline.scores(),
        "misses": ours.misses,
    }
