"""The structure coreference reads a story by: its sentences, paragraphs and quotations by
character offset, and the grammatical role of a word (subject, object, possessor, oblique)."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token

from dateline.doc import article_info, doc_text
from dateline.lexicons.layout import PARAGRAPH_BREAK_RE

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "expl"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})


class DocStructure:
    """Sentences, paragraphs and quotations of a Doc, by character offset."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # Doc.text joins every token on each access: read it once.
        self.text = text = doc_text(doc)
        sentences = [(s.start_char, s.end_char) for s in doc.sents] if doc.has_annotation("SENT_START") else [(0, len(text))]
        self.sent_starts = [a for a, _ in sentences]
        self.par_starts = _paragraph_starts(doc, text)
        self.quoted = _quoted_ranges(text, self.par_starts)
        self._quote_starts = [a for a, _ in self.quoted]
        # Sentences wholly inside a quotation do not move the story on: "Putin told reporters.
        # 'Four quoted sentences.' His criticism ..." - "His" is one narrative sentence later.
        self.sent_rank = []
        rank = -1
        for a, b in sentences:
            sentence = text[a:b]
            lead = a + len(sentence) - len(sentence.lstrip())
            if not (self.in_quote(lead) and self.in_quote(max(lead, a + len(sentence.rstrip()) - 1))) or rank < 0:
                rank += 1
            self.sent_rank.append(rank)

    def sentence_of(self, char: int) -> int:
        """The narrative sentence of a character: sentences wholly inside quotations share the
        number of the sentence before them."""
        return self.sent_rank[max(0, bisect.bisect_right(self.sent_starts, char) - 1)]

    def plural_noun_between(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            return False
        return any(t.tag_ in {"NNS", "NNPS"} and not t.ent_type_ for t in span)

    def paragraph_opening_sentence(self, paragraph: int) -> int:
        start = self.par_starts[paragraph] if 0 <= paragraph < len(self.par_starts) else 0
        return self.sentence_of(start)

    def paragraph_of(self, char: int) -> int:
        return bisect.bisect_right(self.par_starts, char) - 1

    def in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self._quote_starts, char) - 1
        return i >= 0 and self.quoted[i][0] <= char < self.quoted[i][1]

    def role_of(self, token: Token) -> str:
        dep = token.dep_
        if dep in SUBJECT_DEPS:
            return "subj"
        if dep in OBJECT_DEPS:
            return "obj"
        if dep == "poss":
            return "poss"
        if dep == "pobj":
            return "obl"
        if dep in {"appos", "conj"} and token.head is not token:
            return self.role_of(token.head)
        return "other"

    def mention_info(self, start: int, end: int, root: Token) -> tuple[int, int, int, int, str, bool]:
        return (start, end, self.sentence_of(start), self.paragraph_of(start), self.role_of(root), self.in_quote(start))

    def is_subject_of(self, mention: tuple, verb: Token) -> bool:
        span = self.doc.char_span(mention[0], mention[1], alignment_mode="expand")
        return span is not None and span.root.head.i == verb.i and span.root.dep_ in SUBJECT_DEPS


def _paragraph_starts(doc: Doc, text: str) -> list[int]:
    article = article_info(doc)
    paragraphs = article.paragraphs if article is not None else ()
    if paragraphs:
        return sorted({0} | {p[0] for p in paragraphs})
    return [0] + [m.end() for m in PARAGRAPH_BREAK_RE.finditer(text)]


def _quoted_ranges(text: str, par_starts: list[int]) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks, paragraph by paragraph. An opening mark left
    open runs to the paragraph's end (wire style: a quote continues into the next paragraph)."""
    ranges = []
    bounds = par_starts + [len(text)]
    for a, b in zip(bounds, bounds[1:]):
        open_at = None
        for match in re.finditer(r"[\"“”]", text[a:b]):
            pos = a + match.start()
            mark = match.group()
            if open_at is None and mark != "”":
                open_at = pos
            elif open_at is not None and mark != "“":
                ranges.append((open_at, pos + 1))
                open_at = None
        if open_at is not None:
            ranges.append((open_at, b))
    return ranges
