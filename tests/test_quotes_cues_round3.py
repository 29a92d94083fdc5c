"""Quotes, round 3 (issue 13): noun cues, objects and infinitives as content, and group speakers.

Short invented stories in the style of the cases the issue lists (never copied from any corpus).
"""

from __future__ import annotations

import pytest


def analyze(pipeline, *paragraphs: str):
    return pipeline.analyze("Story\n\n" + "\n\n".join(paragraphs) + "\n", date="2025-05-02")


def quote_with(record, start: str):
    matches = [q for q in record.quotes if q.text.startswith(start)]
    assert len(matches) == 1, [q.text for q in record.quotes]
    return matches[0]


def texts(record) -> list[str]:
    return [q.text for q in record.quotes]


# -- noun cues -------------------------------------------------------------------------------------
def test_a_reporting_noun_with_a_that_clause_is_a_cue(pipeline):
    record = analyze(pipeline, "The council rejected the union's claim that drivers had been ordered to skip safety checks.")
    quote = quote_with(record, "that drivers had been ordered")
    assert quote.cue.lemma == "claim" and quote.cue_class == "speech"
    assert quote.speaker is not None and "union" in quote.speaker.name
    assert quote.kind == "indirect"


def test_belief_and_plan_nouns_have_their_class(pipeline):
    record = analyze(
        pipeline,
        "Traders voiced fears that the harbour would close for a month.",
        "The mayor's plan to sell the old depot was announced on Friday.",
    )
    assert quote_with(record, "that the harbour would close").cue_class == "belief"
    plan = quote_with(record, "to sell the old depot")
    assert plan.cue_class == "intention" and "mayor" in plan.speaker.name


def test_nouns_that_report_no_one_are_not_cues(pipeline):
    record = analyze(
        pipeline,
        "The fact that the bridge was closed for a week angered commuters.",
        "It was a claim that the inspector later withdrew.",
        "A plan to widen the road was dropped.",
    )
    assert not [t for t in texts(record) if "bridge was closed" in t]
    assert not [t for t in texts(record) if "inspector later withdrew" in t]  # a relative clause
    assert not [t for t in texts(record) if "widen the road" in t]  # an infinitive with no holder


# -- objects and infinitives as content ------------------------------------------------------------
def test_what_was_said_as_an_object(pipeline):
    record = analyze(
        pipeline,
        "Asked about the tunnel, the engineer said nothing of the cracks in its walls.",
        "The ferry captain said it at the inquiry on Monday.",
    )
    assert quote_with(record, "nothing of the cracks").cue.lemma == "say"
    assert not [t for t in texts(record) if t.startswith("it")]  # a bare pronoun says nothing


def test_declined_to_and_spoke_about(pipeline):
    record = analyze(
        pipeline,
        "The club's owner declined to comment on the sale.",
        "Shares in the club declined 3% on Tuesday.",
        "The coach spoke about the pressure on young players.",
        "The coach spoke at the awards dinner in March.",
    )
    declined = quote_with(record, "to comment on the sale")
    assert declined.cue.lemma == "decline" and declined.cue_class == "intention"
    assert quote_with(record, "the pressure on young players").cue.lemma == "speak"
    assert not [t for t in texts(record) if "3%" in t or "awards dinner" in t]


def test_hopes_is_the_cue_hope(pipeline):
    record = analyze(pipeline, "The ferry company hopes the new timetable will win back passengers.")
    quote = quote_with(record, "the new timetable will win back")
    assert quote.cue.lemma == "hope" and quote.cue_class == "belief"


def test_an_object_keeps_what_modifies_it_but_not_the_time(pipeline):
    record = analyze(
        pipeline,
        "The nurses' union cited complaints from dozens of patients in its letter.",
        "The senator praised the harbour workers during the visit.",
    )
    assert quote_with(record, "complaints").text.startswith("complaints from dozens of patients")
    assert quote_with(record, "the harbour workers").text == "the harbour workers"


@pytest.mark.parametrize("sentence", [
    "The council wants to close the bus depot, sell the land and build 200 homes there.",
    "The mayor wanted to close the bus depot, extend the tram line and build 200 homes there.",
])
def test_coordinated_infinitives_stay_in_the_content(pipeline, sentence):
    quote = quote_with(analyze(pipeline, sentence), "to close the bus depot")
    assert quote.text.endswith("build 200 homes there")


# -- group speakers --------------------------------------------------------------------------------
def test_they_goes_on_with_the_group_not_the_nearest_organisation(pipeline):
    record = analyze(
        pipeline,
        "The Conservatives said the Home Office had lost track of thousands of visa applications last year. "
        "They pledged to hire 500 more caseworkers if they win the election.",
    )
    quote = quote_with(record, "to hire 500 more caseworkers")
    assert quote.speaker is not None and quote.speaker.name == "Conservatives"


@pytest.mark.parametrize("opening", ["The Greens insisted the plan was unaffordable.", "Officials insisted the plan was unaffordable."])
def test_a_they_speaker_with_no_entity_continues_a_plural_speaker(pipeline, opening):
    record = analyze(pipeline, opening + " They said the Treasury had ignored the warnings for a decade.")
    quote = quote_with(record, "the Treasury had ignored")
    assert quote.speaker is not None and quote.speaker.name is not None
    assert quote.speaker.name != "Treasury"


# -- more cues and speakers ------------------------------------------------------------------------
def test_chants_songs_and_as_she_put_it(pipeline):
    record = analyze(
        pipeline,
        'Outside the depot, strikers chanted "No cuts, no closures" until dusk.',
        'As the treasurer put it, "The money is simply not there."',
        "She put the plan to the council on Monday.",
    )
    assert quote_with(record, "No cuts, no closures").cue.lemma == "chant"
    put = quote_with(record, "The money is simply not there")
    assert put.cue.lemma == "put" and "treasurer" in put.speaker.name
    assert not [t for t in texts(record) if "the plan" in t]


def test_an_object_control_verb_gives_the_speaker(pipeline):
    record = analyze(pipeline, "The committee pressed the chief executive to admit that the targets had been unrealistic.")
    quote = quote_with(record, "that the targets had been unrealistic")
    assert "chief executive" in quote.speaker.name


def test_a_subject_inside_the_quotation_is_not_the_speaker(pipeline):
    record = analyze(pipeline, '"My answer, frankly, was no," the harbour master said after the meeting.')
    quote = quote_with(record, "My answer, frankly, was no")
    assert "harbour master" in quote.speaker.name


def test_a_that_clause_after_an_adverbial_is_the_content(pipeline):
    record = analyze(pipeline, 'The mayor tweeted in the early hours of Sunday that the new bridge was "a disgrace" and would be closed.')
    quote = quote_with(record, "that the new bridge")
    assert quote.kind == "mixed" and quote.text.endswith("would be closed")


def test_a_quoted_heading_is_not_a_floating_quote(pipeline):
    record = analyze(
        pipeline,
        '"We will rebuild the pier by summer," the mayor said.',
        '"Legend of the Old Pier"',
        '"Nobody here has ever seen a storm like that one," she added.',
    )
    assert not [t for t in texts(record) if t.startswith("Legend of the Old Pier")]


def test_a_transcript_quoted_whole_gives_one_quote_per_speaker(pipeline):
    record = analyze(
        pipeline,
        "Senator Ruth Alder spoke to the host Tom Brandt on Sunday. A partial transcript follows:",
        '"BRANDT: Senator, will you vote for the harbour bill on Tuesday?',
        '"ALDER: I will not, because the bill does nothing for the fishing towns on the coast.',
        '"BRANDT: Not even with the amendments your own party wrote?',
    )
    answer = quote_with(record, "I will not, because")
    assert answer.cue.lemma == ":" and answer.speaker.name.lower().endswith("alder")
    assert "BRANDT" not in answer.text and "ALDER" not in answer.text
    assert quote_with(record, "Not even with the amendments").speaker.name.lower().endswith("brandt")


def test_a_labelled_list_of_names_is_not_a_quote(pipeline):
    record = analyze(
        pipeline,
        "The coach Marta Lindqvist named her side for the final on Friday.",
        "Forwards: Marta Lindqvist, Elin Sundberg, Johanna Berg, Sara Holm.",
    )
    assert not [q for q in record.quotes if "Sundberg" in q.text]


def test_a_finished_quotation_before_a_cue_that_opens_another_is_not_its_words(pipeline):
    record = analyze(
        pipeline,
        'The ferry operator defended the timetable. "We have run this route for forty years," its manager said. '
        '"Nothing about that will change." She adds, "Why would anyone cut a service that pays for itself?"',
    )
    added = quote_with(record, "Why would anyone cut")
    assert added.cue.lemma == "add" and "Nothing about that" not in added.text


def test_a_raised_passive_keeps_its_subject_and_names_no_source(pipeline):
    record = analyze(pipeline, "About one in five drivers is expected to switch to an electric car by 2030.")
    quote = quote_with(record, "About one in five drivers")
    assert quote.text.endswith("by 2030") and quote.speaker is None and quote.cue_class == "belief"


def test_according_to_between_commas_reports_both_sides(pipeline):
    record = analyze(
        pipeline,
        "Rents in the harbour district rose 12 percent last year, according to the city's housing office, "
        "and the number of empty flats fell by a third.",
    )
    quote = quote_with(record, "Rents in the harbour district")
    assert quote.text.endswith("fell by a third") and quote.cue.lemma == "according to"


def test_a_semicolon_ends_the_reported_clause(pipeline):
    record = analyze(pipeline, "The ferry company said the delay was not deliberate; passengers were offered refunds on Monday.")
    quote = quote_with(record, "the delay was not deliberate")
    assert quote.text == "the delay was not deliberate"


def test_a_passive_with_no_agent_reports_its_subject_too(pipeline):
    record = analyze(pipeline, "The new ferry was quickly dubbed the slowest boat on the coast.")
    quote = quote_with(record, "The new ferry was quickly dubbed")
    assert quote.text.endswith("the slowest boat on the coast") and quote.speaker is None


def test_a_gerund_after_a_preposition_is_spoken_by_the_clause_subject(pipeline):
    record = analyze(pipeline, "The dockers' union ended the strike by announcing that its members would return to work on Monday.")
    quote = quote_with(record, "that its members would return")
    assert quote.speaker is not None and "union" in quote.speaker.name


def test_a_cue_coordinated_under_an_adjective_is_spoken_by_its_subject(pipeline):
    record = analyze(pipeline, "The minister will be unable to visit the island and accuse the ferry company of neglect.")
    quote = quote_with(record, "the ferry company of neglect")
    assert quote.speaker is not None and quote.speaker.name == "The minister"


@pytest.mark.parametrize("tail", ["Sen. Ada Marsh (D-Maine) said in a phone interview.", "said Sen. Ada Marsh on Tuesday."])
def test_the_speaker_beside_a_quote_when_the_parse_picks_a_quoted_word(pipeline, tail):
    record = analyze(pipeline, f'"One vote will not change this harbour, and nobody here thinks it will," {tail}')
    quote = quote_with(record, "One vote will not change")
    assert quote.speaker is not None and "Marsh" in (quote.speaker.name or "")
