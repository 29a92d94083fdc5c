"""The language layer: blanked non-prose keeps offsets; paragraph boundaries as a spaCy component."""

from __future__ import annotations

import spacy

from dateline.context import RawArticle
from dateline.language import analysis_text
from dateline.metadata import locate_layout
from dateline.record import Source


def test_analysis_text_has_the_same_length_and_blanks_non_prose(fixture_text):
    text = fixture_text("wire/tbilisi-2024-05-17-protest.txt")
    layout, _ = locate_layout(RawArticle(text=text, source=Source()))
    prose = analysis_text(text, layout)
    assert len(prose) == len(text)
    assert prose.count("\n") == text.count("\n")
    assert "Reuters" not in prose and "ADVERTISEMENT" not in prose and "Editing" not in prose
    for a, b in layout.paragraphs:
        assert prose[a:b] == text[a:b]


def test_paragraph_boundaries_component_in_someone_elses_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_paragraphs")
    doc = nlp("First paragraph has no full stop\n\nsecond paragraph starts here\nand this line continues it")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["First", "second"]


def test_paragraph_boundaries_hold_in_the_real_model(nlp):
    doc = nlp("Putin said talks would go on\n\n\"I wonder what they think?\"")
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences == ["Putin said talks would go on", '"I wonder what they think?"']


def test_model_parts_cut_at_paragraph_breaks_and_cover_the_text():
    from dateline.language import model_parts

    text = "".join(f"Paragraph {i} says the council met on Tuesday.\n\n" for i in range(40))
    parts = model_parts(text, 300)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a == b for (_, a), (b, _) in zip(parts, parts[1:]))  # consecutive, no gap
    assert all(b - a <= 300 for a, b in parts)
    assert all(text[b - 2 : b] == "\n\n" for _, b in parts[:-1])  # each cut after a blank line
    assert model_parts("short", 300) == [(0, 5)]


def test_a_long_article_is_read_by_the_model_in_parts_with_a_warning(pipeline):
    """Issue 18 item 7: the model's memory grows with a Doc's length, so a long article is read
    in parts; the Doc is one, with the article's text, and dateline's components see it whole."""
    from dateline.doc import ENTITIES, WARNINGS, layer
    from dateline.language import analyse_in_parts

    text = "".join(
        f"Mayor Anna Kowalski opened bridge number {i} in Gdansk on Monday. She said it cost little.\n\n"
        for i in range(12)
    )
    doc = analyse_in_parts(pipeline.nlp, pipeline.nlp.make_doc(text), pipeline.components, limit=400)
    assert doc.text == text
    [cut] = [w for w in layer(doc, WARNINGS) if w["code"] == "W008"]
    assert "in 3 parts of at most 400 characters" in cut["message"]  # 1,082 characters
    [mayor] = [e for e in layer(doc, ENTITIES) if e["name"] == "Anna Kowalski"]
    spans = [m["span"] for m in mayor["mentions"]]
    assert len([s for s in spans if text[s[0] : s[1]] == "Anna Kowalski"]) == 12  # in every part
    assert any(text[a:b] == "She" for a, b in spans)  # coreference over the joined Doc
