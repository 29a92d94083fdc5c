"""The entity and place layers read token strings instead of spaCy Tokens (issue 16): each
shortcut must give what the Token-by-Token way gives."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from dateline.entities.clustering import display_name, name_mention, name_tokens
from dateline.entities.corrections import _Words

# Invented lines in the style of wire copy: articles, honorifics, possessives, quotes, dashes.
WORDS = ["The", "Mayor", "of", "Oakridge", ",", "Dr.", "Ana", "Pell", "'s", "office", "-", "\u201c",
         "Mills", "&", "Sons", "\u201d", "said", ":", "(", "The", "Times", ")", "\n\n", "Ms", "Pell", "."]
SPACES = [True, True, True, False, True, True, True, False, True, True, True, False,
          True, True, False, True, False, True, False, True, False, False, False, True, False, False]
TAGS = ["DT", "NNP", "IN", "NNP", ",", "NNP", "NNP", "NNP", "POS", "NN", "HYPH", "``",
        "NNP", "CC", "NNPS", "''", "VBD", ":", "-LRB-", "DT", "NNP", "-RRB-", "_SP", "NNP", "NNP", "."]
SENT_STARTS = [True] + [False] * 18 + [True] + [False] * 3 + [True, False, False]


def _doc() -> Doc:
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=WORDS, spaces=SPACES, tags=TAGS, sent_starts=SENT_STARTS)


def test_words_give_what_the_tokens_give():
    doc = _doc()
    words = _Words(doc)
    for token in doc:
        i = token.i
        assert words.punct(i) == token.is_punct, token.text
        assert words.possessive(i) == (token.tag_ == "POS"), token.text
        assert words.sentence_start(i) == bool(token.is_sent_start), token.text
        assert words.sentence_initial_only(i) == bool(_sentence_initial_only(token)), token.text
        for end in range(i + 1, min(i + 5, len(doc)) + 1):
            assert words.span(i, end) == doc[i:end].text


def test_name_mention_is_the_name_tokens_mention():
    doc = _doc()
    for start in range(len(doc)):
        for end in range(start + 1, min(start + 6, len(doc)) + 1):
            span = Span(doc, start, end, label="PERSON")
            core = name_tokens(span)
            words = tuple(t.lower_ for t in core if not t.is_punct or t.text in {"&", "."})
            mention = name_mention(span)
            if not words:
                assert mention is None
                continue
            assert (mention.start, mention.end) == (core.start_char, core.end_char)
            assert (mention.token_start, mention.token_end) == (core.start, core.end)
            assert mention.words == words
            assert mention.name == display_name(core.text)


def _sentence_initial_only(token) -> bool:
    """The slow way, on spaCy Tokens: a sentence's or a quotation's head."""
    return token.is_sent_start or token.i == 0 or token.nbor(-1).is_space or token.nbor(-1).text in {'"', "“", "(", "-", ":"}
