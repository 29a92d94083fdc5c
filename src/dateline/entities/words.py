"""What NER correction reads of a Doc: the token strings (`Words`) and its entities as (start
token, end token, label) triples (`Ent`); shared by the correction steps (corrections.py,
repeated_names.py)."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.doc import span_cutter, token_table

Ent = tuple[int, int, str]  # token start, token end, label
# The NER's labels for names (numbers, dates and amounts are no names to correct).
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})

# Words after which a capital is a sentence's or a quotation's head, not a name's.
_OPENERS = frozenset({'"', "“", "(", "-", ":"})


class Words:
    """The token strings the corrections read, from the Doc's token table (issue 16: a spaCy
    Token per look was most of this component's time); a Token is built only for what the
    strings cannot tell (a sentence start, a tag)."""

    def __init__(self, doc: Doc) -> None:
        tokens = token_table(doc)
        self.doc = doc
        self.texts, self.lowers, self.spaces = tokens.texts, tokens.lowers, tokens.spaces
        # `span(start, end)`: `span_text(doc, start, end)` (end > start), text and table read once.
        self.span = span_cutter(doc)

    def sentence_start(self, i: int) -> bool:
        """`doc[i].is_sent_start` (truth value)."""
        return bool(self.doc[i].is_sent_start)

    def punct(self, i: int) -> bool:
        """`doc[i].is_punct`: a word opening with a letter or digit is no punctuation (spaCy's
        test is that every character is of a punctuation category)."""
        return not self.texts[i][:1].isalnum() and self.doc[i].is_punct

    def possessive(self, i: int) -> bool:
        return self.doc[i].tag_ == "POS"

    def sentence_initial_only(self, i: int) -> bool:
        """A capital here is a sentence's or a quotation's head: read on the strings first."""
        if i == 0:
            return True
        before = self.texts[i - 1]
        return before.isspace() or before in _OPENERS or self.sentence_start(i)
