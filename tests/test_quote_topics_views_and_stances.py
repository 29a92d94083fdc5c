"""Quotes whose content is a topic, a view or a stance (issue 13): topics given with a preposition
or after a reporting noun, objects of explaining and disputing, a third person's thoughts, `as X
said` asides, and the people's stances (offers, rejections) told from a firm's wares or a market's
demand.

Short invented stories in the style of the PolNeAR cases they serve (never copied from any corpus).
"""

from __future__ import annotations

import pytest


def analyze(pipeline, *paragraphs: str):
    return pipeline.analyze("Story\n\n" + "\n\n".join(paragraphs) + "\n", date="2025-05-02")


def quotes_of(record, lemma: str):
    return [q for q in record.quotes if q.cue is not None and q.cue.lemma == lemma]


# -- a topic given with a preposition ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "lemma", "topic"),
    [
        ("At the town meeting, Mayor Ines Albright talked about the closure of the ferry terminal.", "talk", "the closure of the ferry terminal"),
        ("The harbour board has not commented on the reasons for the sudden closure.", "comment", "the reasons for the sudden closure"),
        ("Councillor Dunmore bragged about his record on road repairs.", "brag", "his record on road repairs"),
        ("The ferry company apologized for the delays over the holiday weekend.", "apologize", "the delays over the holiday weekend"),
    ],
)
def test_the_topic_after_a_preposition_is_the_content(pipeline, sentence, lemma, topic):
    record = analyze(pipeline, sentence)
    found = quotes_of(record, lemma)
    assert [q.text for q in found] == [topic]
    assert found[0].kind == "indirect"


def test_an_agreement_on_something_is_no_quote(pipeline):
    # `agree on` is left out: agreeing on a deal is an act, not words.
    record = analyze(pipeline, "The two unions agreed on a new pay deal late on Friday.")
    assert quotes_of(record, "agree") == []


# -- objects of explaining, disputing, answering -------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "lemma", "start"),
    [
        ("The harbour master disputed the idea that the pier was unsafe.", "dispute", "the idea that the pier"),
        ("In a letter to residents, the council explained its decision to close the library.", "explain", "its decision to close"),
    ],
)
def test_what_was_explained_or_disputed_is_the_content(pipeline, sentence, lemma, start):
    record = analyze(pipeline, sentence)
    found = quotes_of(record, lemma)
    assert len(found) == 1 and found[0].text.startswith(start), [q.text for q in record.quotes]


def test_a_stranded_preposition_is_no_content(pipeline):
    record = analyze(pipeline, "Nobody knew what the stranded passengers had pleaded for.")
    assert all(q.text.strip() != "for" for q in record.quotes)


# -- a third person's thoughts ---------------------------------------------------------------------
def test_a_third_persons_thought_with_its_clause_is_a_view(pipeline):
    record = analyze(pipeline, "Senator Maria Okoro thinks the harbour bill will pass before the summer recess.")
    found = quotes_of(record, "think")
    assert [q.text for q in found] == ["the harbour bill will pass before the summer recess"]
    assert found[0].cue_class == "belief" and found[0].speaker is not None and "Okoro" in found[0].speaker.name


@pytest.mark.parametrize(
    "sentence",
    [
        "I think the harbour bill will pass before the summer recess.",
        "We think the ferry will be back in service by June.",
        "Senator Okoro thinks about the harbour every day.",
    ],
)
def test_ones_own_thoughts_or_a_thought_without_a_clause_are_no_quote(pipeline, sentence):
    assert quotes_of(analyze(pipeline, sentence), "think") == []


# -- reporting nouns with a prepositional topic ------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "lemma", "topic"),
    [
        ("Her speech on river pollution drew a standing ovation.", "speech", "river pollution"),
        ("His mention of the budget gap angered the council.", "mention", "the budget gap"),
    ],
)
def test_a_reporting_nouns_topic_is_the_content(pipeline, sentence, lemma, topic):
    record = analyze(pipeline, sentence)
    found = quotes_of(record, lemma)
    assert [q.text for q in found] == [topic]
    # the holder is the possessive before the noun (`Her`, `His`), whose span the speaker keeps
    assert found[0].speaker is not None and found[0].speaker.span[0] == 0 + len("Story\n\n")


def test_a_markets_demand_is_no_quote(pipeline):
    record = analyze(pipeline, "Demand for thermal coal fell sharply in the second quarter.")
    assert record.quotes == []


# -- `as X said` asides ----------------------------------------------------------------------------------
def test_an_as_aside_reports_the_clause_it_hangs_from(pipeline):
    record = analyze(pipeline, "The harbour, as the port director pointed out, has not been dredged in a decade.")
    found = quotes_of(record, "point")
    assert len(found) == 1 and "has not been dredged in a decade" in found[0].text
    assert "port director" in found[0].speaker.name


@pytest.mark.parametrize(
    "sentence",
    [
        "The streets stayed quiet as the regulars continued to stay away.",
        "He waved his hat as if to say that the race was over.",
    ],
)
def test_a_time_clause_or_as_if_is_no_aside(pipeline, sentence):
    record = analyze(pipeline, sentence)
    assert all("streets" not in q.text and "waved his hat" not in q.text for q in record.quotes)


def test_an_as_aside_beside_a_quotation_keeps_the_quotation(pipeline):
    record = analyze(pipeline, 'The new ferry is, as the mayor put it, "a floating palace."')
    assert [q.text.rstrip(".") for q in record.quotes] == ["a floating palace"]


# -- a person's stances -----------------------------------------------------------------------------------
def test_a_persons_offer_is_an_intention(pipeline):
    record = analyze(pipeline, "Governor Lena Moss offered a full apology to the families on Tuesday.")
    found = quotes_of(record, "offer")
    assert len(found) == 1 and found[0].text.startswith("a full apology")
    assert found[0].cue_class == "intention"


def test_a_firms_wares_are_no_offer(pipeline):
    record = analyze(pipeline, "The new service offers free internet access to every household in the town.")
    assert quotes_of(record, "offer") == []


def test_a_person_recognizing_a_danger_is_a_belief(pipeline):
    record = analyze(pipeline, "Senator Ruth Adeyemi recognized the danger of waiting another year.")
    found = quotes_of(record, "recognize")
    assert len(found) == 1 and found[0].cue_class == "belief"


@pytest.mark.parametrize(
    ("sentence", "lemma"),
    [
        ("Councillor Hamid Osei rejected the plan to sell the harbour land.", "reject"),
        ("The harbour fund rejected the plan to sell the harbour land.", None),
    ],
)
def test_a_rejection_is_a_stance_only_when_a_person_takes_it(pipeline, sentence, lemma):
    found = quotes_of(analyze(pipeline, sentence), "reject")
    assert [q.cue.lemma for q in found] == ([lemma] if lemma else [])


# -- an aside after a one-word content -------------------------------------------------------------------
def test_an_aside_after_a_one_word_object_is_cut_and_speaks_for_itself(pipeline):
    record = analyze(pipeline, "The union is endorsing Okafor, who says he is honored by the support.")
    endorse = quotes_of(record, "endorse")
    assert [q.text for q in endorse] == ["Okafor"]
    assert [q.text for q in quotes_of(record, "say")] == ["he is honored by the support"]


# -- guards from reading the BBC run ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The two friends have won a place in a tournament offering $1m in prize money.",  # the tournament offers
        "The documentary recounts the life of a blues singer from Georgia.",  # a plot, not words
        "The high cost of phone lines helps to explain it, and this explains the number of net cafes.",  # a cause
        "They spend twice as long online, viewing an average of 1,444 pages per month.",  # looking, not a view
        "The web has not changed as much as people thought it would.",  # a comparison
    ],
)
def test_wares_plots_causes_and_comparisons_are_no_quotes(pipeline, sentence):
    record = analyze(pipeline, sentence)
    assert [q.text for q in record.quotes if q.cue is not None and q.cue.lemma in ("offer", "recount", "explain", "view", "think")] == []


def test_where_a_statement_was_given_is_not_its_topic(pipeline):
    record = analyze(pipeline, "In a statement on the band's website, the singer thanked the fans.")
    assert quotes_of(record, "statement") == []


def test_software_answering_queries_is_no_quote(pipeline):
    record = analyze(pipeline, "The new search engine can also answer specific queries directly.")
    assert quotes_of(record, "answer") == []


def test_as_he_sang_is_a_time_not_an_aside(pipeline):
    record = analyze(pipeline, "The singer did nothing more daring than remove his jacket as he sang.")
    assert all("jacket" not in q.text for q in record.quotes)


def test_talking_to_someone_is_no_content(pipeline):
    record = analyze(pipeline, "The story moves on through characters who stop to talk directly to you.")
    assert all(q.text != "to you" for q in record.quotes)
