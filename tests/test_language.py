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
