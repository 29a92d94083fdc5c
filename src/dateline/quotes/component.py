"""`dateline_quotes`: reported speech with its speaker, cue and addressee, on the parsed Doc.

Writes `doc._.dateline_quotes`, a list of plain dicts shaped like the record's `Quote` without its
id, `doc.spans["dateline_quotes"]` (the contents, labelled with their kind) for spaCy users, and
warnings about unbalanced quotation marks to `doc._.dateline_warnings`. Token and regex work over
the Doc the model already parsed: no model of its own.

    STEPS
    1. marks        pair the quotation marks of each paragraph (marks.find_quotations)
    2. cues         reporting verbs and `according to` with their speakers and complements
                    (cues.find_cues; cues.surface_cues when the pipeline has no parser)
    3. attribution  claim quotations for cues, build one quote per attribution, floating quotes
    4. speakers     resolve each speaker through the entity layer when the pipeline has one

Runs after `dateline_entities` in dateline's Pipeline; in other pipelines it works without it
(speakers then carry the name as written, and no entity id).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dateline.doc import ARTICLE, ENTITIES, QUOTES, WARNINGS, add_warnings, article_info, doc_text, ensure_extensions, guarded, set_layer
from dateline.errors import Warnings
from dateline.quotes.attribution import attribute
from dateline.quotes.cues import QuoteIndex, find_cues, surface_cues
from dateline.quotes.marks import find_quotations, paragraph_spans
from dateline.quotes.speakers import EntityLookup
from dateline.quotes.tree import Tree

QUOTES_EXTENSION = QUOTES  # the name this package has always exported
SPANS_KEY = "dateline_quotes"


class QuoteExtractor:
    def __init__(self, spans_key: str | None = SPANS_KEY) -> None:
        self.spans_key = spans_key

    @guarded(Warnings.W011, empty=QUOTES)  # a bug costs this article's quotes, never the article
    def __call__(self, doc: Doc) -> Doc:
        quotes, warnings = self.predict(doc)
        self.set_annotations(doc, quotes, warnings)
        return doc

    def predict(self, doc: Doc) -> tuple[list[dict], list[dict]]:
        text = doc_text(doc)
        paragraphs = _paragraphs(doc, text)
        quotations, warnings = find_quotations(text, paragraphs)
        index = QuoteIndex(quotations)
        parsed = doc.has_annotation("DEP")
        tree = Tree(doc, parsed)
        if parsed:
            cues = find_cues(doc, index, paragraphs, tree, text)
        else:
            cues = surface_cues(doc, index)
        quotes = attribute(doc, quotations, cues, paragraphs, EntityLookup(doc), tree, text)
        return quotes, warnings

    def set_annotations(self, doc: Doc, quotes: list[dict], warnings: list[dict]) -> None:
        set_layer(doc, QUOTES, quotes)
        add_warnings(doc, warnings)
        if self.spans_key:
            spans = []
            for quote in quotes:
                span = doc.char_span(quote["span"][0], quote["span"][1], label=quote["kind"], alignment_mode="expand")
                if span is not None:
                    spans.append(span)
            doc.spans[self.spans_key] = spans


def _paragraphs(doc: Doc, text: str) -> list[tuple[int, int]]:
    """The article's paragraphs from dateline's layout stage, else from the text's blank lines."""
    info = article_info(doc)
    if info is not None and info.paragraphs:
        return list(info.paragraphs)
    return paragraph_spans(text)


@Language.factory(
    "dateline_quotes",
    assigns=[f"doc._.{QUOTES}", f"doc._.{WARNINGS}", "doc.spans"],
    requires=["token.dep", "token.lemma", f"doc._.{ENTITIES}"],
    default_config={"spans_key": SPANS_KEY},
)
def make_quote_extractor(nlp: Language, name: str, spans_key: str | None = SPANS_KEY) -> QuoteExtractor:
    ensure_extensions(QUOTES, WARNINGS, ARTICLE)
    return QuoteExtractor(spans_key=spans_key)
