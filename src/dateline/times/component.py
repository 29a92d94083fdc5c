"""`dateline_times`: temporal expressions with TimeML extents and TIMEX3 values.

The anchor for relative expressions ("Friday", "last week") is the article's publication date:
`dateline.doc.article_info(doc).date` in dateline's Pipeline. In another pipeline, give it in the
config (`nlp.add_pipe("dateline_times", config={"anchor": "2023-10-13"})`) or per document in
`doc._.dateline_article = {"date": "2023-10-13"}`; with neither, relative expressions keep an
underspecified value ("Friday" XXXX-WXX-5) or none ("yesterday").
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from dateline.doc import ARTICLE, TIMES, WARNINGS, add_warnings, article_info, doc_text, ensure_extensions, guarded, set_layer
from dateline.errors import Warnings, warning
from dateline.record import iso_date
from dateline.times.grammar import Context, Draft, find_times
from dateline.times.tense import clause_tense

TIMES_EXTENSION = TIMES  # the name this package has always exported


class TimeTagger:
    """Finds and normalises the temporal expressions of a Doc (a class with plain arguments; the
    factory below registers it with spaCy)."""

    def __init__(self, anchor: str | dt.date | None = None) -> None:
        self.anchor = _as_date(anchor) if anchor else None

    @guarded(Warnings.W021)  # the article goes on without times, and says so
    def __call__(self, doc: Doc) -> Doc:
        anchor, problem = self._anchor(doc)
        # The text the times are found in, and quoted from: the Doc's (spaCy builds it from the
        # tokens on every access: once per Doc) with the dateline's date put back, so a time in
        # the dateline ("BUDAPEST, March 12 (Xinhua)") says "March 12", not the blanked spaces.
        text = _with_dateline_date(doc, doc_text(doc))
        drafts = self.predict(doc, anchor, text)
        self.set_annotations(doc, drafts, text)
        if problem:
            add_warnings(doc, [problem])
        return doc

    def predict(self, doc: Doc, anchor: dt.date | None, text: str | None = None) -> list[Draft]:
        text = doc_text(doc) if text is None else text
        ctx = Context(
            text=_with_dateline_date(doc, text),
            anchor=anchor,
            tense_at=lambda s, e: clause_tense(doc, s, e),
            pos_at=_token_attribute(doc, "pos_", len(text)),
            tag_at=_token_attribute(doc, "tag_", len(text)),
        )
        return find_times(ctx)

    def set_annotations(self, doc: Doc, drafts: list[Draft], text: str | None = None) -> None:
        text = doc_text(doc) if text is None else text
        set_layer(doc, TIMES, [time_item(text, d) for d in drafts])

    def _anchor(self, doc: Doc) -> tuple[dt.date | None, dict | None]:
        article = article_info(doc)
        value = article.date if article is not None else None
        if value:
            try:
                return _as_date(value), None
            except ValueError:
                return self.anchor, warning(Warnings.W020, value=value)
        return self.anchor, None


def _with_dateline_date(doc: Doc, text: str) -> str:
    """The Doc's text with the dateline's date put back ("BUDAPEST, March 12 (Xinhua) --"): our
    Pipeline blanks the dateline from the language model, but its date is a time of the story."""
    article = article_info(doc)
    if article is None or article.dateline is None:
        return text
    return article.dateline.with_date(text)


def time_item(text: str, draft: Draft) -> dict:
    """A record `Time` (without id) for a draft: plain JSON-like data."""
    item = {
        "span": [draft.start, draft.end],
        "text": text[draft.start : draft.end],
        "type": draft.type,
        "value": draft.value,
        "mod": draft.mod,
    }
    if draft.begin or draft.finish:
        item["begin"], item["end"] = draft.begin, draft.finish
    return item


def _as_date(value: str | dt.date) -> dt.date:
    return iso_date(value)


def _token_attribute(doc: Doc, name: str, length: int):
    """A look-up of a token attribute by character offset (None where the pipeline sets none)."""
    has = doc.has_annotation("POS" if name == "pos_" else "TAG")

    def at(char: int) -> str | None:
        if not has:
            return None
        span = doc.char_span(char, min(char + 1, length), alignment_mode="expand")
        if span is None or not len(span):
            return None
        return getattr(span[0], name) or None

    return at


@Language.factory(
    "dateline_times",
    assigns=[f"doc._.{TIMES}", f"doc._.{WARNINGS}"],
    requires=[],
    default_config={"anchor": None},
)
def make_time_tagger(nlp: Language, name: str, anchor: str | None) -> TimeTagger:
    ensure_extensions(TIMES, ARTICLE, WARNINGS)
    return TimeTagger(anchor=anchor)
