"""The entity and place layers read token strings instead of spaCy Tokens (issue 16): each
shortcut must give what the Token-by-Token way gives."""

from __future__ import annotations

import spacy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from dateline.entities.clustering import display_name, name_mention, name_tokens
from dateline.entities.corrections import NerCorrector, _already_set, _non_overlapping
from dateline.entities.words import Words
from dateline.places.spotting import _in_spans

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
    words = Words(doc)
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


def test_entities_filtered_on_triples_as_filter_spans_does():
    doc = _doc()
    ents = [(0, 4, "ORG"), (3, 4, "GPE"), (6, 8, "PERSON"), (5, 8, "PERSON"), (6, 8, "ORG"),
            (12, 15, "ORG"), (14, 16, "ORG"), (20, 21, "ORG"), (19, 21, "WORK_OF_ART"), (24, 25, "PERSON")]
    slow = [(s.start, s.end, s.label_) for s in filter_spans([Span(doc, s, e, label=l) for s, e, l in ents])]
    assert _non_overlapping(ents) == slow


def test_entities_left_unset_only_when_setting_them_would_change_nothing():
    doc = _doc()
    doc.ents = [Span(doc, 3, 4, label="GPE"), Span(doc, 6, 8, label="PERSON")]
    assert _already_set(doc, [(3, 4, "GPE"), (6, 8, "PERSON")])
    assert not _already_set(doc, [(3, 4, "GPE")])
    assert not _already_set(doc, [(3, 4, "GPE"), (6, 8, "ORG")])
    assert not _already_set(doc, [(3, 4, "GPE"), (5, 8, "PERSON")])
    # The component gives the marks the `doc.ents` setter gives, whether it sets them or not.
    for ents in ([(3, 4, "GPE"), (6, 8, "PERSON")], [(0, 4, "ORG"), (6, 8, "PERSON"), (7, 9, "ORG")], []):
        ours, theirs = _doc(), _doc()
        for d in (ours, theirs):
            d.ents = [Span(d, 3, 4, label="GPE"), Span(d, 6, 8, label="PERSON")]
        NerCorrector().set_annotations(ours, ents)
        theirs.ents = filter_spans([Span(theirs, s, e, label=l) for s, e, l in ents])
        attrs = [ENT_IOB, ENT_TYPE, ENT_KB_ID]
        assert ours.to_array(attrs).tolist() == theirs.to_array(attrs).tolist(), ents


def test_offsets_inside_spans_as_a_set_of_characters_says():
    spans = [(5, 9), (0, 3), (7, 12), (12, 14), (20, 20), (30, 31)]
    chars = {c for a, b in spans for c in range(a, b)}
    inside = _in_spans(spans)
    assert [inside(c) for c in range(-2, 35)] == [c in chars for c in range(-2, 35)]


def test_abbreviation_after_a_comma_is_the_first_of_all_longest_first():
    from dateline.places.mentions import _ABBREVIATIONS_LONGEST_FIRST, abbreviation_after

    def every_abbreviation(text: str, end: int) -> str | None:
        if not text[end : end + 2].startswith(", "):
            return None
        rest = text[end + 2 : end + 12]
        for abbreviation in _ABBREVIATIONS_LONGEST_FIRST:
            if rest.startswith(abbreviation) and not rest[len(abbreviation) : len(abbreviation) + 1].isalnum():
                return abbreviation
        return None

    texts = [f"Hugo, {a}{tail}" for a in _ABBREVIATIONS_LONGEST_FIRST for tail in ("", " ", "x", ".", ", said", "1")]
    texts += ["Hugo, Oklahoma", "Hugo, ", "Hugo,", "Paris, Texas", "Hugo,  Ala."]
    assert all(abbreviation_after(t, 4) == every_abbreviation(t, 4) for t in texts)
