"""The parse's children lists and sentence bounds, built once per Doc in one pass.

spaCy finds a token's children by scanning every token between its left and right edges, and a
token's sentence by walking it: cheap in a news sentence, quadratic in text the parser makes one
long sentence of. Quote-dense lines (`"He said “no”, she said ‘yes’ "` repeated) parse as one
sentence in which each `said` is the complement of the one before (issue 18), so the quote layer
asks these questions here instead.
"""

from __future__ import annotations

import numpy
from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

from dateline.doc import sentence_starts
from dateline.record import Span  # noqa: E402  (one home for the alias)


class Tree:
    def __init__(self, doc: Doc, parsed: bool | None = None) -> None:
        """`parsed`: whether the Doc has a dependency parse, when the caller knows already
        (`doc.has_annotation` reads every token)."""
        self.doc = doc
        n = len(doc)
        if parsed is None:
            parsed = doc.has_annotation("DEP")
        # Read from the Doc's arrays with numpy: a Token object per token, or a Python loop over
        # the tokens, cost more than the questions asked of the tree (issue 16).
        index = numpy.arange(n, dtype="int64")
        if parsed and n:
            heads = index + doc.to_array(HEAD).view("int64")
            kids = numpy.flatnonzero(heads != index)  # every token but the roots, in order
            parents = heads[kids]
            # children grouped by parent, each group in text order (a stable sort)
            self._kids = kids[numpy.argsort(parents, kind="stable")].tolist()
            self._first_kid = numpy.concatenate(([0], numpy.cumsum(numpy.bincount(parents, minlength=n)))).tolist()
        else:
            self._kids, self._first_kid = [], [0] * (n + 1)
        if n and (parsed or doc.has_annotation("SENT_START")):  # a parse sets sentence starts
            starts = sentence_starts(doc)
            number = numpy.cumsum(starts) - 1  # each token's sentence, counted from 0
            firsts = numpy.flatnonzero(starts)
            ends = numpy.append(firsts[1:], n)
            self.sent_start = firsts[number].tolist()
            self.sent_end = ends[number].tolist()
        else:
            self.sent_start = [0] * n
            self.sent_end = [n] * n

    def kids(self, i: int) -> list[int]:
        """The indices of token i's children, in text order."""
        return self._kids[self._first_kid[i]:self._first_kid[i + 1]]

    def children(self, token: Token) -> list[Token]:
        return [self.doc[i] for i in self.kids(token.i)]

    def rights(self, token: Token) -> list[Token]:
        return [self.doc[i] for i in self.kids(token.i) if i > token.i]

    def is_leaf(self, token: Token) -> bool:
        return not self.kids(token.i)

    def sentence(self, token: Token) -> Span:
        """The token indices [start, end) of the token's sentence."""
        return (self.sent_start[token.i], self.sent_end[token.i])


def children_of(token: Token, tree: Tree | None) -> list[Token]:
    """A token's children, from the tree when there is one (the quote layer always has one)."""
    return tree.children(token) if tree is not None else list(token.children)
