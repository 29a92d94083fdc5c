"""Quotes and their speakers (issue 4): quotation marks, cues, attribution, the component.

Invented fixtures in tests/fixtures/quotes/; the real sample story where ../shared is present.
"""

from __future__ import annotations

import pytest
import spacy

from conftest import FIXTURES, shared_path
from dateline.quotes.marks import find_quotations, paragraph_spans


def quotations(text: str) -> tuple[list[str], list[dict]]:
    found, warnings = find_quotations(text, paragraph_spans(text))
    return [text[q.content[0] : q.content[1]] for q in found], warnings


# -- quotation marks ------------------------------------------------------------------------------
def test_straight_and_curly_marks_pair():
    assert quotations('He said "yes" and left.')[0] == ["yes"]
    assert quotations("“In my view it’s fine,” Putin’s aide said. “More.”")[0] == ["In my view it’s fine,", "More."]


def test_apostrophes_are_not_quotes():
    found, warnings = quotations("It's Putin's view, and the voters' view, that the '90s are over.")
    assert found == [] and warnings == []


def test_single_quotes_inside_double_stay_inside():
    found, _ = quotations("\"Yet all the 'Western partners' are silent,\" he said.")
    assert found == ["Yet all the 'Western partners' are silent,"]


def test_top_level_single_quotes_outside_doubles():
    assert quotations("Caddell: It's 'in their heads'.")[0] == ["in their heads"]


def test_curly_quote_nested_in_a_straight_one():
    text = '"I read the question: “Do you agree?” Forty-three said yes."'
    assert quotations(text)[0] == ["I read the question: “Do you agree?” Forty-three said yes."]


def test_doubled_apostrophes_are_double_quotes():
    assert quotations("Ms. Friedan called her an ''Aunt Tom.''")[0] == ["Aunt Tom."]


def test_quote_continued_over_paragraphs():
    text = '"First paragraph goes on\n\n"and the second one ends."\n\nNot quoted.'
    found, warnings = find_quotations(text, paragraph_spans(text))
    assert len(found) == 1 and warnings == []
    assert text[found[0].content[0] : found[0].content[1]] == 'First paragraph goes on\n\n"and the second one ends.'
    assert len(found[0].pieces) == 2


def test_paragraph_breaks_lost_on_one_line():
    # Copy that lost its paragraph breaks keeps the multi-paragraph convention on one line.
    found, warnings = quotations('Ms Berg said: "We doubled it. "Next we extend it." She left.')
    assert found == ['We doubled it. "Next we extend it.'] and warnings == []


def test_unclosed_quoted_paragraph_is_kept_and_warned():
    found, warnings = quotations('"A whole paragraph that never closes\n\nNext paragraph.')
    assert found == ["A whole paragraph that never closes"]
    assert [w["code"] for w in warnings] == ["W010"]


def test_unclosed_mark_in_mid_paragraph_is_skipped_and_warned():
    found, warnings = quotations('The notice called it "a last resort and moved on.')
    assert found == []
    assert warnings[0]["code"] == "W010" and "never closes" in warnings[0]["message"]


def test_stray_closing_mark_never_breaks_the_rest():
    found, warnings = quotations('He is 5\'11" tall.\n\n"Fine," she said.')
    assert found == ["Fine,"]
    assert len(warnings) == 1


# -- the component in dateline's Pipeline ------------------------------------------------------------
def quote_with(record, start: str) -> dict:
    matches = [q for q in record.quotes if q.text.startswith(start)]
    assert len(matches) == 1, [q.text for q in record.quotes]
    return matches[0]


def said(record, quote) -> str | None:
    return record.text[slice(*quote.speaker.span)] if quote.speaker else None


@pytest.fixture(scope="module")
def tallinn(pipeline):
    return pipeline.analyze((FIXTURES / "quotes" / "tallinn-2024-05-14-pipeline.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def berlin(pipeline):
    return pipeline.analyze((FIXTURES / "quotes" / "berlin-2024-02-02-strike.txt").read_text(encoding="utf-8"))


def test_every_quote_slices_what_it_claims(tallinn, berlin):
    for record in (tallinn, berlin):
        assert record.quotes
        for quote in record.quotes:
            assert record.text[slice(*quote.span)] == quote.text
            assert quote.text[:1] not in "\"“”'" and quote.kind in ("direct", "indirect", "mixed")
            if quote.cue:
                cue = record.text[slice(*quote.cue.span)]
                assert cue.strip() == cue and cue.isalpha() or cue.lower() == quote.cue.lemma == "according to"


def test_cue_verb_with_clause_and_participle(tallinn):
    warned = quote_with(tallinn, "that a planned gas pipeline")
    assert warned.kind == "mixed" and warned.cue.lemma == "warn" and said(tallinn, warned) == "Kaja Lind"
    assert warned.text.endswith('"dangerously exposed"')  # the participle's clause is not part of it
    saying = quote_with(tallinn, "her government was")
    assert saying.kind == "mixed" and saying.cue.lemma == "say"
    assert said(tallinn, saying) == "Kaja Lind"  # the subject of "warned", not of the clause


def test_direct_quote_split_over_sentences_is_one_quote_with_addressee(tallinn):
    quote = quote_with(tallinn, "We have seen this before")
    assert quote.kind == "direct" and quote.cue.lemma == "tell" and quote.addressee == "reporters"
    assert quote.text.endswith("It's only a question of time.")
    assert said(tallinn, quote) == "Lind"


def test_inverted_order_with_apposition(tallinn):
    quote = quote_with(tallinn, "The route was approved twice")
    assert said(tallinn, quote) == "Mart Kask" and quote.speaker.name == "Mart Kask"
    assert quote.text.endswith("We will not change it.")


def test_apposition_before_the_cue(tallinn):
    quote = quote_with(tallinn, "the seabed there was")
    assert said(tallinn, quote) == "Hugh Marten" and quote.kind == "indirect"


def test_organisations_and_according_to(tallinn):
    says = quote_with(tallinn, "its route meets")
    assert said(tallinn, says) == "Nordline" and says.cue.lemma == "say"
    ministry = quote_with(tallinn, "talks with the builders")
    assert said(tallinn, ministry) == "The Estonian energy ministry" and ministry.speaker.entity is None
    according = quote_with(tallinn, "The pipeline would cost")
    assert according.cue.lemma == "according to" and according.text.endswith("2 billion euros")
    assert said(tallinn, according) == "the company's own estimates"


def test_speaker_resolves_through_the_entity_layer(tallinn):
    quote = quote_with(tallinn, "We need clarity")
    entity = next(e for e in tallinn.entities if e.id == quote.speaker.entity)
    assert entity.name == quote.speaker.name == "Arvo Peel"


def test_floating_paragraph_continues_the_last_speaker(tallinn):
    floating = quote_with(tallinn, "Who will pay for the repairs")
    before = quote_with(tallinn, "We need clarity")
    assert floating.cue is None and floating.kind == "direct"
    assert floating.speaker == before.speaker  # the earlier mention: the attribution rests on it


def test_scare_quotes_are_not_quotes(tallinn):
    assert not any(q.text == "friendly partners" for q in tallinn.quotes)


def test_curly_split_quote_and_colon_introduction(berlin):
    split = quote_with(berlin, "We have a plan")
    assert split.text == "We have a plan,” he said, “and we will stick to it."
    assert split.kind == "direct" and said(berlin, split) == "he"
    assert split.speaker.name == "Jan Roth"  # the entity layer resolves "he" to the last man named
    colon = quote_with(berlin, "Nobody wants a repeat")
    assert said(berlin, colon) == "Jan Roth" and colon.cue.lemma == "add"
    assert colon.text.endswith("‘winter of anger’.")


def test_multi_paragraph_quote_after_a_colon_paragraph(berlin):
    quote = quote_with(berlin, "Our members voted")
    assert said(berlin, quote) == "Petra Ahl"
    assert quote.text.endswith("it knows what to do.") and "\n\n" in quote.text
    assert quote.kind == "direct"


def test_unbalanced_mark_warns_and_keeps_the_rest(berlin):
    assert any(w.code == "W010" for w in berlin.warnings)
    last = quote_with(berlin, "Passengers should check")
    assert said(berlin, last) == "the operator"


# -- the component in someone else's pipeline ---------------------------------------------------------
def test_component_in_a_plain_spacy_pipeline():
    from dateline.options import DEFAULT_MODEL

    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("dateline_quotes")
    assert "dateline_entities" not in nlp.pipe_names
    text = '"We will not back down," Maria Stone told the board.\n\nThe board said it would vote on Monday.'
    doc = nlp(text)
    quotes = doc._.dateline_quotes
    assert [q["text"] for q in quotes] == ["We will not back down,", "it would vote on Monday"]
    name = text.index("Maria Stone")
    assert quotes[0]["speaker"] == {"entity": None, "name": "Maria Stone", "span": [name, name + len("Maria Stone")]}
    assert quotes[0]["addressee"] == "the board" and quotes[1]["kind"] == "indirect"
    assert [s.label_ for s in doc.spans["dateline_quotes"]] == ["direct", "indirect"]


def test_component_without_a_parser_still_finds_direct_quotes():
    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_quotes")
    doc = nlp('"The bridge is closed until further notice," Mayor Ines Kalda said on Monday.')
    assert [(q["text"], q["speaker"]["name"], q["cue"]["lemma"]) for q in doc._.dateline_quotes] == [
        ("The bridge is closed until further notice,", "Mayor Ines Kalda", "say")  # no NER: the capitalised run
    ]


def test_a_bug_costs_the_quotes_not_the_article(monkeypatch):
    from dateline.quotes import component

    nlp = spacy.blank("en")
    extractor = nlp.add_pipe("dateline_quotes")

    def broken(doc):
        raise RuntimeError("boom")

    monkeypatch.setattr(extractor, "predict", broken)
    doc = nlp('"Fine," she said.')
    assert doc._.dateline_quotes == []
    assert [w["code"] for w in doc._.dateline_warnings] == ["W011"]
    assert component.QUOTES_EXTENSION == "dateline_quotes"


# -- the real sample story (issue 4's expectations) --------------------------------------------------
@pytest.fixture(scope="module")
def sample(pipeline):
    path = shared_path("samples", "reuters-2023-10-13-bishkek.txt")
    return pipeline.analyze(path.read_text(encoding="utf-8"))


def test_sample_story_quotes(sample):
    def who(start):
        quote = quote_with(sample, start)
        return quote, said(sample, quote)

    quote, speaker = who("a ground offensive there would lead to")
    assert (quote.kind, quote.cue.lemma, speaker) == ("mixed", "say", "Vladimir Putin")
    quote, speaker = who("Israel had been subjected to")
    assert (quote.kind, speaker) == ("mixed", "Putin")
    quote, speaker = who("In my view it is unacceptable")
    assert (quote.kind, quote.addressee, speaker) == ("direct", "reporters", "Putin")
    assert quote.text.endswith("Of course it's hard for anyone to agree with this.")
    quote, speaker = who("that Israel had the right to defend itself")
    assert (quote.kind, speaker) == ("indirect", "Putin")
    quote, speaker = who("a ground attack would lead to")
    assert (quote.kind, speaker) == ("mixed", "Putin") and quote.text.endswith('"serious consequences for all sides"')
    quote, speaker = who("And most importantly")
    assert (quote.kind, speaker) == ("direct", "he")
    quote, speaker = who("Moscow was \"ready to coordinate")
    assert (quote.kind, quote.cue.lemma, speaker) == ("mixed", "say", "Putin")
    quote, speaker = who("it is in a position to help mediate")
    assert (quote.kind, speaker) == ("indirect", "Russia")
    quote, speaker = who("Moscow's contacts with Hamas")
    assert speaker == "the foreign ministry"
    quote, speaker = who("the West has ignored")
    assert speaker == "Russia" and quote.text.endswith("while supporting Israel")  # one quote, not two
    medvedev, speaker = who("More than a million people from Gaza")
    assert (medvedev.kind, speaker) == ("direct", "Dmitry Medvedev")
    floating, speaker = who("I wonder what their reaction would be")
    assert floating.cue is None and speaker == "Dmitry Medvedev" and floating.speaker == medvedev.speaker
    assert not any(q.text == "Western partners" for q in sample.quotes)


def test_pronoun_speaker_resolves_when_the_entity_layer_lists_it():
    """The contract with the entity layer (issue 3): a speaker resolves to the entity one of whose
    mentions covers it, pronouns included. Here a stand-in entity layer lists `He` as a mention."""
    from spacy.language import Language

    from dateline.entities import ENTITIES_EXTENSION
    from dateline.doc import ensure_extensions
    from dateline.options import DEFAULT_MODEL

    text = 'Anna Berg spoke in Riga.\n\n"We are ready," she said. He said nothing.'
    she = text.index("she")

    @Language.component("test_stand_in_entities")
    def stand_in(doc):
        doc._.set(ENTITIES_EXTENSION, [
            {"type": "GPE", "name": "Riga", "roles": [], "mentions": [{"span": [19, 23], "kind": "name"}], "geo": None},
            {"type": "PERSON", "name": "Anna Berg", "roles": [], "geo": None,
             "mentions": [{"span": [0, 9], "kind": "name"}, {"span": [she, she + 3], "kind": "pronoun"}]},
        ])
        return doc

    ensure_extensions(ENTITIES_EXTENSION)
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("test_stand_in_entities")
    nlp.add_pipe("dateline_quotes")
    quote = nlp(text)._.dateline_quotes[0]
    assert quote["text"] == "We are ready,"
    assert quote["speaker"] == {"entity": "e2", "name": "Anna Berg", "span": [she, she + 3]}


def test_quote_interrupted_by_an_advertisement(pipeline):
    text = (
        " date 2024-01-08 RIGA (Reuters) -The city will close its main bridge for repairs.\n\n"
        "Mayor Ines Kalda said on Monday:\n\n"
        '"The bridge will close for a month. We have no choice.\n\n'
        "ADVERTISEMENT Advertisement\n\n"
        '"Traffic will move to the ring road."\n\n'
        "(Reporting by Anna Berg; Editing by Tom Hale)\n"
    )
    record = pipeline.analyze(text)
    assert [n.kind for n in record.noise] == ["advertisement"]
    assert [q.text for q in record.quotes] == ["The bridge will close for a month. We have no choice.", "Traffic will move to the ring road."]
    first, second = record.quotes
    assert said(record, first) == "Ines Kalda" and first.cue.lemma == "say"
    assert second.cue is None and second.speaker == first.speaker  # the ad ends the quote, the speaker goes on
    assert all(record.text[slice(*q.span)] == q.text for q in record.quotes)
