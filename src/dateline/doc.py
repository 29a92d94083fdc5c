"""The Doc contract: what dateline's spaCy components read from and write to a Doc.

Every component goes through this module, never through `doc._` with a name of its own:

    NAMES       every `doc._.dateline_*` extension, as a constant (`ENTITIES`, `QUOTES`, ...)
    LAYERS      `layer(doc, NAME)` reads what an earlier component wrote (None if nothing did),
                `set_layer(doc, NAME, items)` writes a component's own output
    ARTICLE     `article_info(doc)`: what the metadata stage knows about the article (date,
                dateline, paragraphs, body), typed; the language layer hands it on
    WARNINGS    `add_warnings(doc, items)`: what the record's reader should know
    IDS         `entity_id(index)`: the id the record gives the entity at that index
    TEXT        `doc_text(doc)`, `token_table(doc)`, `span_text`: the text, token strings and offsets, built once
    GUARD       `@guarded(code)` on a component's `__call__`: a bug costs that layer only

Extension values are plain data (lists and dicts of JSON values), so a Doc still serialises with
its `user_data` (spaCy's rule); the typed `ArticleInfo` is built on reading. Extensions are
registered when a component is built or first writes, never at import.
"""

from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LOWER, ORTH, SENT_START, SPACY
from spacy.tokens import Doc

from dateline.errors import Warnings, warning
from dateline.record import Span

__all__ = [
    "ARTICLE",
    "WARNINGS",
    "ENTITIES",
    "PLACES",
    "QUOTES",
    "TIMES",
    "QUANTITIES",
    "EVENTS",
    "ArticleInfo",
    "DatelineFacts",
    "add_warnings",
    "article_info",
    "doc_text",
    "ensure_extensions",
    "entity_id",
    "guarded",
    "layer",
    "remember_text",
    "set_article_info",
    "set_layer",
    "sentence_starts",
    "span_cutter",
    "span_text",
    "TokenTable",
    "token_table",
]

# -- names -------------------------------------------------------------------------------------
# `doc._.dateline_article`: the article's facts from the metadata stage (see ArticleInfo). None
# outside dateline's Pipeline unless the user sets it.
ARTICLE = "dateline_article"
# `doc._.dateline_warnings`: a list of {"code", "message"} (codes in errors.py).
WARNINGS = "dateline_warnings"
# One extension per extractor, each a list of plain dicts shaped like the record's item without
# its id (the record stage gives ids).
ENTITIES = "dateline_entities"
PLACES = "dateline_places"
QUOTES = "dateline_quotes"
TIMES = "dateline_times"
QUANTITIES = "dateline_quantities"
EVENTS = "dateline_events"


def ensure_extensions(*names: str) -> None:
    """Register Doc extensions once (default None); called by component builders, never at import."""
    for name in names:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


# -- layers ------------------------------------------------------------------------------------
def layer(doc: Doc, name: str) -> Any:
    """What an earlier component wrote under `name`, or None when none did (or none is registered)."""
    return doc._.get(name) if Doc.has_extension(name) else None


def set_layer(doc: Doc, name: str, value: Any) -> None:
    """A component's own output (registering the extension if its builder did not)."""
    ensure_extensions(name)
    doc._.set(name, value)


def entity_id(index: int) -> str:
    """The record's id of the entity at `index` in `doc._.dateline_entities`."""
    return f"e{index + 1}"


# -- text --------------------------------------------------------------------------------------
# spaCy rebuilds `Doc.text` from every token on each access, and each Token a loop touches is a new
# Python object: at a dozen accesses per article that was several ms (issue 16). The text of a Doc
# never changes (the retokenizer keeps it), so it is kept in `user_data` once: the Pipeline sets it
# when it makes the Doc, anyone else's Doc builds it on first use.
_TEXT_KEY = "dateline.text"
_TOKENS_KEY = "dateline.tokens"


def remember_text(doc: Doc, text: str) -> Doc:
    """Record `text` as the Doc's text (it must be the text the Doc was made from)."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


@dataclass(frozen=True)
class TokenTable:
    """The token strings and offsets of a Doc as plain lists, read from its arrays in one pass (no
    Token objects): what loops over every token need."""

    texts: list[str]
    lowers: list[str]
    starts: list[int]  # character offset of each token
    spaces: list[str]  # the whitespace after each token ("" or " ")


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` (tokens `start` to `end`, end exclusive, `end > start`), cut from the
    Doc's text: no Span or Token objects are built."""
    tokens = token_table(doc)
    return doc_text(doc)[tokens.starts[start] : tokens.starts[end - 1] + len(tokens.texts[end - 1])]


def token_table(doc: Doc) -> TokenTable:
    """The Doc's TokenTable, built once per tokenisation."""
    # Kept with the Doc's identity and length: a Doc joined from parts copies the user data of
    # another, and a retokenised Doc has other tokens.
    kept = doc.user_data.get(_TOKENS_KEY)
    if kept is not None and kept[0] == id(doc) and len(kept[1].texts) == len(doc):
        return kept[1]
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, LOWER, IDX, SPACY]).tolist() if len(doc) else []
    table = TokenTable(
        texts=[strings[row[0]] for row in rows],
        lowers=[strings[row[1]] for row in rows],
        starts=[row[2] for row in rows],
        spaces=[" " if row[3] else "" for row in rows],
    )
    doc.user_data[_TOKENS_KEY] = (id(doc), table)
    return table


def char_tokens(doc: Doc, start: int, end: int) -> range | None:
    """The token indices of `doc.char_span(start, end, alignment_mode="expand")`, found in the
    token table (no Span or Token objects): None where spaCy gives no span."""
    tokens = token_table(doc)
    first, last = _token_at_char(tokens, start), _token_at_char(tokens, end - 1)
    if first < 0 or last < 0:
        return None
    if start == tokens.starts[first] + len(tokens.texts[first]):  # in the token's trailing space
        first += 1
    return range(first, last + 1)


def _token_at_char(tokens: TokenTable, char: int) -> int:
    """The token whose text or trailing space holds `char`, or -1 (spaCy's token_by_char)."""
    i = bisect_right(tokens.starts, char) - 1
    if i >= 0 and char < tokens.starts[i] + len(tokens.texts[i]) + len(tokens.spaces[i]):
        return i
    return -1


def doc_ents(doc: Doc) -> tuple:
    """`doc.ents`, built once per set of entities: spaCy builds a new Span (and two Tokens) per
    entity on every read, and seven components read them. The Spans are shared: read, never
    change them. Kept with the Doc's entity annotation, so a component that sets `doc.ents` is
    seen by the next reader; kept outside the Doc (a Span in `user_data` would make the Doc
    unpicklable, and spaCy pickles Docs between processes) for the last few Docs only, whose
    Spans hold them alive, so no other Doc can take their identity."""
    marks = doc.to_array([ENT_IOB, ENT_TYPE]).tobytes() if len(doc) else b""
    kept = _RECENT_ENTS.get(id(doc))
    if kept is not None and kept[0] is doc and kept[1] == marks:
        return kept[2]
    ents = doc.ents
    _RECENT_ENTS.pop(id(doc), None)
    while len(_RECENT_ENTS) >= _RECENT_ENTS_SIZE:
        del _RECENT_ENTS[next(iter(_RECENT_ENTS))]
    _RECENT_ENTS[id(doc)] = (doc, marks, ents)
    return ents


# A component reads a Doc's entities while the next Docs of its batch wait: a handful suffices.
_RECENT_ENTS_SIZE = 4
_RECENT_ENTS: dict[int, tuple[Doc, bytes, tuple]] = {}


def span_cutter(doc: Doc) -> Callable[[int, int], str]:
    """`span_text(doc, start, end)` for many spans of one Doc: the text and the token table are
    read once, so each cut is one slice (for loops that cut a span per candidate window)."""
    tokens = token_table(doc)
    text, starts, texts = doc_text(doc), tokens.starts, tokens.texts

    def cut(start: int, end: int) -> str:
        return text[starts[start] : starts[end - 1] + len(texts[end - 1])]

    return cut


def sentence_starts(doc: Doc) -> numpy.ndarray:
    """A boolean per token: whether a sentence starts there, as `doc.sents` cuts them (the first
    token always does), read from the sentence-start array: no Span per sentence. Only for a Doc
    with sentence boundaries (`doc.has_annotation("SENT_START")`) and no `sents` user hook."""
    starts = doc.to_array(SENT_START).view("int64") == 1  # -1: not a start (stored as uint64)
    if len(starts):
        starts[0] = True
    return starts


# -- warnings ----------------------------------------------------------------------------------
def add_warnings(doc: Doc, items: Iterable[dict[str, str]]) -> None:
    """Append component warnings to the Doc."""
    items = list(items)
    if not items:
        return
    set_layer(doc, WARNINGS, list(layer(doc, WARNINGS) or []) + items)


Component = TypeVar("Component")


def guarded(code: Warnings, empty: str | None = None) -> Callable:
    """The one failure guard of every component's `__call__`: a bug in a component costs its own
    layer, with warning `code` in the record, never the article (trafilatura's rule: a broken
    source costs that source). `empty` names the layer set to [] on failure; without it the layer
    stays unset (so a later component sees that this one did not run)."""

    def wrap(call: Callable[[Component, Doc], Doc]) -> Callable[[Component, Doc], Doc]:
        @functools.wraps(call)
        def guarded_call(self: Component, doc: Doc) -> Doc:
            try:
                return call(self, doc)
            except Exception as exc:
                add_warnings(doc, [warning(code, detail=f"{type(exc).__name__}: {exc}")])
                if empty is not None:
                    set_layer(doc, empty, [])
                return doc

        return guarded_call

    return wrap


# -- the article -------------------------------------------------------------------------------
@dataclass(frozen=True)
class DatelineFacts:
    """The wire opener (`BISHKEK (Reuters) -`) as the extractors need it. The language layer
    blanks the dateline from the text the model reads, and hands it on here instead."""

    span: Span
    place: str | None = None
    place_span: Span | None = None
    region: str | None = None
    agency: str | None = None
    agency_span: Span | None = None
    date_text: str | None = None
    date_span: Span | None = None

    @property
    def confirmed(self) -> bool:
        """A dateline in substance, not only in form: it has an agency or a date with it
        ("SOCCER -" at the head of a sports brief has neither)."""
        return bool(self.agency or self.date_text)

    @property
    def region_span(self) -> Span | None:
        """Where the dateline's region stands ("COLUMBIA, Ky. (WBKO) -"): after the place and a
        comma, inside the dateline and before its agency."""
        if not self.region or not self.place_span or not self.span:
            return None
        start = self.place_span[1] + 2
        end = start + len(self.region)
        limit = (self.agency_span or self.date_span or self.span)[0]
        if limit <= self.place_span[1]:
            limit = self.span[1]
        return (start, end) if end <= min(limit, self.span[1]) else None

    def with_date(self, text: str) -> str:
        """`text` (the Doc's, dateline blanked) with the dateline's date put back ("BUDAPEST,
        March 12 (Xinhua) --"): the date is a time of the story, though no prose."""
        if not self.date_span or not self.date_text:
            return text
        start, end = self.date_span
        if len(self.date_text) != end - start or not 0 <= start <= end <= len(text) or text[start:end].strip():
            return text
        return text[:start] + self.date_text + text[end:]

    @classmethod
    def from_data(cls, data: dict) -> DatelineFacts:
        def span(key: str) -> Span | None:
            value = data.get(key)
            return (int(value[0]), int(value[1])) if value else None

        return cls(
            span=span("span"),
            place=data.get("place"),
            place_span=span("place_span"),
            region=data.get("region"),
            agency=data.get("agency"),
            agency_span=span("agency_span"),
            date_text=data.get("date_text"),
            date_span=span("date_span"),
        )


@dataclass(frozen=True)
class ArticleInfo:
    """What components may know about the article beyond the Doc's text."""

    date: str | dt.date | None = None  # publication date (ISO), the anchor of relative times
    dateline: DatelineFacts | None = None
    paragraphs: tuple[Span, ...] = ()  # the layout's paragraphs, character spans
    body: Span | None = None

    def to_data(self) -> dict:
        """Plain data, as stored on the Doc."""
        dateline = self.dateline
        return {
            "date": self.date.isoformat() if isinstance(self.date, dt.date) else self.date,
            "dateline": None if dateline is None else {
                "span": _listed(dateline.span), "place": dateline.place, "place_span": _listed(dateline.place_span),
                "region": dateline.region, "agency": dateline.agency, "agency_span": _listed(dateline.agency_span),
                "date_text": dateline.date_text, "date_span": _listed(dateline.date_span),
            },
            "paragraphs": [list(p) for p in self.paragraphs],
            "body": _listed(self.body),
        }

    @classmethod
    def from_data(cls, data: dict) -> ArticleInfo:
        dateline = data.get("dateline")
        body = data.get("body")
        return cls(
            date=data.get("date"),
            dateline=DatelineFacts.from_data(dateline) if isinstance(dateline, dict) else None,
            paragraphs=tuple((int(s), int(e)) for s, e in data.get("paragraphs") or ()),
            body=(int(body[0]), int(body[1])) if body else None,
        )


def _listed(span: Span | None) -> list[int] | None:
    return list(span) if span is not None else None


def article_info(doc: Doc) -> ArticleInfo | None:
    """The article's facts: set by dateline's Pipeline, or by a user as a dict
    (`doc._.dateline_article = {"date": "2023-10-13"}`); None when nobody did."""
    value = layer(doc, ARTICLE)
    if isinstance(value, ArticleInfo):
        return value
    if isinstance(value, dict):
        return ArticleInfo.from_data(value)
    return None


def set_article_info(doc: Doc, info: ArticleInfo) -> None:
    set_layer(doc, ARTICLE, info.to_data())
