"""Times read by their context (issue 17, the TBAQ gap): time words that are names or discourse
words, centuries and decades in words, year-ago comparisons after the year so far, deadlines
before a weekday, a clock time with its date, "the previous Friday". Invented sentences, through
the real model, at an invented article date."""

from __future__ import annotations

import pytest

ANCHOR = "2024-03-13"  # a Wednesday


def times_of(nlp, text: str, anchor: str = ANCHOR) -> dict[str, tuple[str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.dateline_article = {"date": anchor}
    doc = nlp(doc)
    return {t["text"]: (t["type"], t["value"]) for t in doc._.dateline_times}


# -- not times where they stand ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # A programme, a film and a show: time words inside names (TimeML leaves them untagged).
        ('The minister told ABC\'s "This Week" that the talks would go on.', "This Week"),
        ("He spoke to CBS's ''60 Minutes'' about the harbour deal.", "60 Minutes"),
        ("The mayor quoted the film ``High Noon'' in her speech.", "Noon"),
        ("You are listening to Radio Harbour Today.", "Today"),
        # "Now," opening a sentence turns to a new point.
        ("The fund lost money for years. Now, its managers say, it is growing.", "Now"),
        # The present and future ages, not days.
        ("The museum wants to speak to today's youth about the flood.", "today"),
        ("If I were choosing the people of tomorrow, I would ask the teachers.", "tomorrow"),
    ],
)
def test_time_words_that_are_not_times_here(nlp, sentence, word):
    assert word not in times_of(nlp, sentence)


def test_the_same_words_stay_times_where_they_are_times(nlp):
    found = times_of(nlp, "This week the council met. Now the mayor says the bridge opens today. "
                          "Today's meeting starts at noon.")
    assert found["This week"] == ("DATE", "2024-W11")
    assert found["Now"] == ("DATE", "PRESENT_REF")
    assert found["today"] == ("DATE", "2024-03-13")
    assert found["Today"] == ("DATE", "2024-03-13")
    assert found["noon"] == ("TIME", "2024-03-13T12:00")


def test_a_headline_in_title_case_keeps_its_times(nlp):
    found = times_of(nlp, "Harbour Strike Called For Next Week\n\nDock workers will strike next week.")
    assert found["Next Week"] == ("DATE", "2024-W12")


# -- centuries, decades, midday ----------------------------------------------------------------


def test_centuries_without_the_and_decades_in_words(nlp):
    found = times_of(nlp, "Divers reached an 11th century harbour wall, a site neglected through the nineties.")
    assert found["11th century"] == ("DATE", "10")
    assert found["the nineties"] == ("DATE", "199")
    assert "Century" not in str(times_of(nlp, "He worked for 21st Century Media before the war."))
    assert "the twenties" not in times_of(nlp, "Temperatures stayed in the twenties degrees all week.")


def test_midday_is_noon(nlp):
    assert times_of(nlp, "The ferry will leave at midday.")["midday"] == ("TIME", "2024-03-13T12:00")


# -- deadlines before a weekday --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The crew could sail as soon as Tuesday, the captain said.", "Tuesday", "2024-03-19"),
        ("The port authority postponed until Monday any decision on the fees.", "Monday", "2024-03-18"),
        ("The council gave the owners until 9 a.m. Tuesday to sign.", "9 a.m. Tuesday", "2024-03-19T09:00"),
        # Without a deadline the past tense keeps a weekday in the past.
        ("The talks lasted until Tuesday.", "Tuesday", "2024-03-12"),
    ],
)
def test_a_deadline_weekday_lies_ahead(nlp, sentence, text, value):
    assert times_of(nlp, sentence)[text][1] == value


def test_until_mid_month_is_a_deadline(nlp):
    found = times_of(nlp, "Regulators gave the bidder until mid-April to submit more papers.")
    assert found["mid-April"] == ("DATE", "2024-04")


# -- the discourse ---------------------------------------------------------------------------------


def test_a_year_ago_after_the_year_so_far_is_the_year_before(nlp):
    found = times_of(nlp, "The shipyard reported fourth-quarter profit of $5 million, up from $4 million a year ago. "
                          "For the nine months, profit was $12 million, against $9 million a year earlier. "
                          "The year-ago quarter included a gain.", anchor="2024-01-20")
    assert found["a year ago"] == ("DATE", "2022-Q4")
    assert found["a year earlier"] == ("DATE", "2022")
    # "the year-ago quarter" names its quarter, whatever came before.
    assert found["The year-ago quarter"] == ("DATE", "2022-Q4")


def test_a_clock_time_and_its_date_are_one_expression(nlp):
    found = times_of(nlp, "The port extended its offer until 5 p.m. EST March 20.")
    assert found["5 p.m. EST March 20"] == ("TIME", "2024-03-20T17:00")
    assert "March 20" not in found


def test_the_previous_friday_is_the_week_before_the_story_day(nlp):
    found = times_of(nlp, "Shares closed lower on Friday, down 4% from the previous Friday.", anchor="2024-03-18")
    assert found["Friday"] == ("DATE", "2024-03-15")
    assert found["the previous Friday"] == ("DATE", "2024-03-08")


def test_the_then_current_price_is_past(nlp):
    found = times_of(nlp, "Holders may buy shares at half the then current market price.")
    assert found["then current"] == ("DATE", "PAST_REF")


def test_capitalised_centuries_stay_times_and_take_no_amount_modifier(nlp):
    found = times_of(nlp, "The mill was bricked up in the 19th Century. Anyone who knows about 1st century history smiles.")
    assert found["the 19th Century"] == ("DATE", "18")
    assert found["1st century"] == ("DATE", "00")  # "about" is the preposition, not APPROX


def test_a_gap_between_events_is_a_duration_that_keeps_the_day_it_reaches(nlp):
    doc = nlp.make_doc("The ferry sank on March 2. Three days later, divers found the wreck. A year later the port reopened.")
    doc._.dateline_article = {"date": ANCHOR}
    found = {t["text"]: t for t in nlp(doc)._.dateline_times}
    gap = found["Three days later"]
    assert (gap["type"], gap["value"], gap.get("end")) == ("DURATION", "P3D", "2024-03-05")
    # A year is a period a report compares with, not a gap: still a point.
    assert (found["A year later"]["type"], found["A year later"]["value"]) == ("DATE", "2025")


def test_parts_of_days_and_ends_of_years(nlp):
    found = times_of(nlp, "By mid afternoon the ferry had left. Shares fell at mid-morning yesterday. "
                          "The sale will close by year's end.")
    assert found["mid afternoon"] == ("TIME", "2024-03-13TAF")
    assert found["mid-morning yesterday"] == ("TIME", "2024-03-12TMO")
    assert found["year's end"] == ("DATE", "2024")


def test_the_second_day_of_a_pair(nlp):
    found = times_of(nlp, "The summit will be held on April 24 and 25 in the old port.")
    assert found["April 24"] == ("DATE", "2024-04-24")
    assert found["25"] == ("DATE", "2024-04-25")
    # A count after "and" is not a day.
    assert "12" not in times_of(nlp, "The ferry left on April 24 and 12 boats followed.")


def test_named_days_and_their_weeks(nlp):
    found = times_of(nlp, "The campaign runs from now to Election Day.", anchor="2024-10-20")
    assert found["Election Day"] == ("DATE", "2024-11-05")
    found = times_of(nlp, "Pilgrims arrived as Easter week began.", anchor="2024-03-25")
    assert found["Easter week"] == ("DATE", "2024-W13")  # Easter 2024 is March 31


def test_the_day_before_an_event_is_not_the_day_before_the_last_date(nlp):
    found = times_of(nlp, "The captain was last seen March 3, the day before police searched the harbour.")
    assert found["March 3"] == ("DATE", "2024-03-03")
    assert "the day before" not in found  # the day before the search, which the text does not date
    found = times_of(nlp, "The ferry sank on March 3. Divers arrived the day after.")
    assert found["the day after"] == ("DATE", "2024-03-04")
