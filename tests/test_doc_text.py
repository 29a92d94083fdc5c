"""What components read once per Doc (issue 16): the text, the token strings, and the cheap scans
that pick which tokens become spaCy Tokens at all. Each shortcut must give what the slow way gives."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dateline.doc import char_tokens, doc_ents, doc_text, remember_text, span_cutter, span_text, token_table
from dateline.events.component import _sentences_holding
from dateline.events.predicates import find_predicates, predicate_candidates
from dateline.quantities.currency import Currencies
from dateline.quantities.reading import could_start, may_start, possible_starts

# Invented lines in the style of wire copy, with every kind of amount the quantities layer reads.
AMOUNT_LINES = [
    "The fund lost $600m, or £7.5bn, and HK$3bn in 2023.",
    "Nearly half a million people fled; tens of thousands of civilians stayed.",
    "Shares fell 5.2 percent to 243 pounds, c $ 16.4 million in all.",
    "One in 13 pupils walked 10k in 200lbs boots at −3 degrees.",
    "Twenty-five MPs and a dozen peers voted on the 737 Max and 5G masts.",
    "EUR 3bn, USD115 and 20 usd were wired; a ½ share went for ¥900.",
]


def test_doc_text_is_the_docs_text_and_kept():
    nlp = spacy.blank("en")
    doc = nlp("Mill  reopens.\n\nThe owner said so.")
    assert doc_text(doc) == doc.text
    # The Pipeline hands in the text it made the Doc from: no join of every token then.
    other = remember_text(nlp.make_doc("A short line."), "A short line.")
    assert doc_text(other) == other.text


def test_token_table_matches_the_tokens():
    nlp = spacy.blank("en")
    doc = nlp("Hello  World. $5m!\nBye")
    table = token_table(doc)
    assert table.texts == [t.text for t in doc]
    assert table.lowers == [t.lower_ for t in doc]
    assert table.starts == [t.idx for t in doc]
    assert table.spaces == [t.whitespace_ for t in doc]
    assert token_table(nlp("")).texts == []


def test_token_table_follows_a_retokenised_doc_and_never_anothers():
    nlp = spacy.blank("en")
    doc = nlp("New York City is big")
    assert token_table(doc).texts[:3] == ["New", "York", "City"]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:3])
    assert token_table(doc).texts == ["New York City", "is", "big"]
    # A Doc joined from parts copies the user data of another Doc (language.analyse_in_parts).
    part = nlp("Four words in here")
    token_table(part)
    joined = Doc.from_docs([nlp("Five other words right here")])
    joined.user_data.update(part.user_data)
    assert token_table(joined).texts == ["Five", "other", "words", "right", "here"]


def test_could_start_holds_wherever_an_amount_may_start():
    nlp = spacy.blank("en")
    currencies = Currencies.build()
    for line in AMOUNT_LINES:
        doc = nlp(line)
        texts = token_table(doc).texts
        for i in range(len(doc)):
            if may_start(doc, i, currencies):
                assert could_start(texts, i, currencies), (line, doc[i].text)
    # The scan of a whole story, each distinct word tested once, gives the same answers.
    known: dict[str, bool] = {}
    for line in AMOUNT_LINES * 2:
        texts = token_table(nlp(line)).texts
        assert possible_starts(texts, currencies, known) == [could_start(texts, i, currencies) for i in range(len(texts))]


def test_predicate_candidates_give_the_same_predicates(nlp):
    doc = nlp(
        "Rebels launched an attack on the town and threatened to ban the march. "
        "The ministry's blockade of the port was condemned, and officials staged a protest. "
        "He said they will release the prisoners unless talks resume."
    )
    candidates = predicate_candidates(doc)
    for sentence in doc.sents:
        slow = find_predicates(sentence)
        fast = find_predicates(sentence, candidates)
        assert [(p.head.i, p.category, p.mode) for p in fast] == [(p.head.i, p.category, p.mode) for p in slow]
    assert any(find_predicates(s) for s in doc.sents)  # the story reports acts at all


def test_sentences_holding_candidates_are_the_docs_sentences(nlp):
    doc = nlp(
        "Talks resumed. Nothing happened then. Rebels launched an attack on the town!\n\nThe army "
        "replied. Calm. Officials staged a protest and police banned the march."
    )
    candidates = predicate_candidates(doc)
    slow = [(s.start, s.end) for s in doc.sents if any(s.start <= i < s.end for i in candidates)]
    assert [(s.start, s.end) for s in _sentences_holding(doc, candidates)] == slow
    assert 1 < len(slow) < len(list(doc.sents))  # some sentences hold no candidate
    assert list(_sentences_holding(doc, [])) == []


def test_cue_candidates_give_the_same_cues(nlp, monkeypatch):
    from dateline.quotes import cues as cue_module
    from dateline.quotes.cue import QuoteIndex
    from dateline.quotes.marks import find_quotations

    text = (
        '"We will not back down," the mayor said on Monday. According to police, the march was '
        "peaceful. The union's claim that wages fell was rejected, and officials hoped talks would "
        'resume. Critics say the plan, which he announced, is doomed; she added: "It is over."'
    )
    doc = nlp(text)
    quotations, _ = find_quotations(text, [(0, len(text))])

    def cues_found() -> list[tuple]:
        found = cue_module.find_cues(doc, QuoteIndex(quotations), [(0, len(text))])
        return [(c.token.i, c.lemma, c.speaker.i if c.speaker is not None else None) for c in found]

    fast = cues_found()
    monkeypatch.setattr(cue_module, "cue_candidates", lambda d: list(range(len(d))))
    assert fast == cues_found()
    assert len(fast) >= 4  # said, according to, claim, hoped, say, added


def test_a_story_read_in_parts_merges_without_warnings(pipeline):
    import warnings

    from dateline.language import analyse_in_parts

    text = "\n\n".join(f"The council met on day {n} and said the budget would rise." for n in range(40))
    doc = pipeline.nlp.make_doc(text)
    token_table(doc)  # a cached table on the made Doc, as a component would leave one
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # spaCy's W102 ("skipping unsupported user data") fails here
        whole = analyse_in_parts(pipeline.nlp, doc, pipeline.components, limit=500)
    assert doc_text(whole) == text and token_table(whole).texts == [t.text for t in whole]


def test_quote_finder_agrees_with_a_scan():
    import random

    from dateline.events.component import _QuoteFinder

    rng = random.Random(7)
    for _ in range(200):
        spans = sorted((a, a + rng.randint(1, 40)) for a in (rng.randint(0, 300) for _ in range(rng.randint(0, 12))))
        finder = _QuoteFinder(spans)
        for offset in range(0, 360, 3):
            slow = next((f"q{n + 1}" for n, (qs, qe) in enumerate(spans) if qs <= offset < qe), None)
            assert finder(offset) == slow


def test_char_tokens_are_the_tokens_of_an_expanded_char_span():
    nlp = spacy.blank("en")
    doc = nlp("BISHKEK, Oct 13  (Reuters) - Mill reopens.\n\nThe owner, Ms Asanova, said: \"Yes.\"  ")
    length = len(doc.text)
    for start in range(0, length):
        for end in range(start + 1, length + 2):
            span = doc.char_span(start, end, alignment_mode="expand")
            found = char_tokens(doc, start, end)
            if span is None:
                assert found is None, (start, end)
            else:
                assert found is not None and (found.start, found.stop) == (span.start, span.end), (start, end)


def test_doc_ents_follow_the_entities_set_on_the_doc():
    nlp = spacy.blank("en")
    doc = nlp("Ms Asanova met Tony Blair in Bishkek.")
    doc.ents = [doc.char_span(3, 10, label="PERSON")]
    first = doc_ents(doc)
    assert [(e.text, e.label_) for e in first] == [("Asanova", "PERSON")]
    assert doc_ents(doc) is first  # read once while the entities stay
    doc.ents = [doc.char_span(3, 10, label="PERSON"), doc.char_span(29, 36, label="GPE")]
    assert [(e.text, e.label_) for e in doc_ents(doc)] == [(e.text, e.label_) for e in doc.ents]
    assert [(e.text, e.label_) for e in doc_ents(doc.copy())] == [(e.text, e.label_) for e in doc.ents]
    # Nothing of it is stored on the Doc: spaCy still pickles and copies it (multiprocessing).
    assert Doc(nlp.vocab).from_bytes(doc.to_bytes()).ents[1].text == "Bishkek"


def test_sentence_count_from_arrays_matches_the_sentences():
    """The record's sentence count, read from the arrays, is the count of `doc.sents` with any
    text; a blank "sentence" (a paragraph break the parser cut off on its own) is not counted."""
    from dateline.assemble import _sentence_count

    nlp = spacy.blank("en")
    for text, starts in [
        ("The mill reopened.  \n\n  Workers cheered. \"We won,\" one said.", [0, 4, 5, 8]),
        ("One line only", [0]),
        ("\n\n", [0]),
    ]:
        doc = nlp(text)
        for i, token in enumerate(doc):
            token.is_sent_start = i in starts
        expected = sum(1 for s in doc.sents if doc.text[s.start_char : s.end_char].strip())
        assert _sentence_count(doc, doc.to_array("IS_SPACE")) == expected
    empty = nlp("")
    assert _sentence_count(empty, empty.to_array("IS_SPACE")) == 0


def test_span_cutter_cuts_what_span_text_and_spans_give():
    nlp = spacy.blank("en")
    doc = nlp("Mill  reopens.\n\nThe owner, Ana Pell, said: \u201cyes\u201d.")
    cut = span_cutter(doc)
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            assert cut(start, end) == span_text(doc, start, end) == doc[start:end].text
