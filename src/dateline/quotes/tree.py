"""The parse's children lists and sentence bounds, built once per Doc in one pass.

spaCy finds a token's children by scanning every token between its left and right edges, and a
token's sentence by walking it: cheap in a news sentence, quadratic in text the parser makes one
long sentence of. Quote-dense lines (`"He said “no”, she said ‘yes’ "` repeated) parse as one
sentence in which each `said` is the complement of the one before (issue 18), so the quote layer
asks these questions here instead.
"""

from __future__ import annotations

from spacy.attrs import HEAD, SENT_START
from spacy.tokens import Doc, Token

from dateline.record import Span  # noqa: E402  (one home for the alias)


class Tree:
    def __init__(self, doc: Doc, parsed: bool | None = None) -> None:
        """`parsed`: whether the Doc has a dependency parse, when the caller knows already
        (`doc.has_annotation` reads every token)."""
        self.doc = doc
        n = len(doc)
        self.kids: list[list[int]] = [[] for _ in range(n)]
        self.sent_start = [0] * n
        self.sent_end = [n] * n
        if parsed is None:
            parsed = doc.has_annotation("DEP")
        # Read from the Doc's arrays: a Token object per token per pass cost more than the walk.
        if parsed:
            for i, offset in enumerate(doc.to_array(HEAD).view("int64").tolist()):
                if offset:
                    self.kids[i + offset].append(i)
        if parsed or doc.has_annotation("SENT_START"):  # a parse sets sentence starts
            first = 0
            for i, start in enumerate(doc.to_array(SENT_START).view("int64").tolist()):
                if i > 0 and start == 1:
                    for j in range(first, i):
                        self.sent_end[j] = i
                    first = i
                self.sent_start[i] = first

    def children(self, token: Token) -> list[Token]:
        return [self.doc[i] for i in self.kids[token.i]]

    def rights(self, token: Token) -> list[Token]:
        return [self.doc[i] for i in self.kids[token.i] if i > token.i]

    def is_leaf(self, token: Token) -> bool:
        return not self.kids[token.i]

    def sentence(self, token: Token) -> Span:
        """The token indices [start, end) of the token's sentence."""
        return (self.sent_start[token.i], self.sent_end[token.i])


def children_of(token: Token, tree: Tree | None) -> list[Token]:
    """A token's children, from the tree when there is one (the quote layer always has one)."""
    return tree.children(token) if tree is not None else list(token.children)
