"""Dates a reader would sign off (issue 17): each case on an invented story in
tests/fixtures/times-dates/, through the whole Pipeline."""

from __future__ import annotations

import pytest

from conftest import FIXTURES

STORIES = FIXTURES / "times-dates"


def times_of(pipeline, name: str) -> dict[str, tuple[str, str | None]]:
    record = pipeline.analyze((STORIES / name).read_text(encoding="utf-8"))
    return {t.text: (t.type, t.value) for t in record.times}


def test_a_clock_time_takes_the_day_next_to_it(pipeline):
    times = times_of(pipeline, "clock-own-day.txt")
    # "at 6:38 p.m. on Saturday, May 18": May 18, not the article's Monday.
    assert times["6:38 p.m."] == ("TIME", "2019-05-18T18:38")
    assert times["Saturday, May 18"] == ("DATE", "2019-05-18")
    # "on Sunday at 9:15 a.m.": the day before it.
    assert times["9:15 a.m."] == ("TIME", "2019-05-19T09:15")


def test_a_wire_clock_in_gmt_is_not_a_year(pipeline):
    times = times_of(pipeline, "clock-own-day.txt")
    assert "2010" not in times
    assert times["2010 GMT"] == ("TIME", "2019-05-20T20:10")


def test_past_events_are_not_after_the_article(pipeline):
    times = times_of(pipeline, "past-before-publication.txt")
    # Published 2019-03-05: the April arrest and the March 21 call both lie before it.
    assert times["April"] == ("DATE", "2018-04")
    assert times["March 21"] == ("DATE", "2018-03-21")
    assert times["next month"] == ("DATE", "2019-04")


def test_later_counts_from_the_nearest_explicit_time(pipeline):
    times = times_of(pipeline, "later-from-explicit-year.txt")
    assert times["2018"] == ("DATE", "2018")
    assert times["A year later"] == ("DATE", "2019")


def test_a_second_reading_is_not_one_second(pipeline):
    times = times_of(pipeline, "later-from-explicit-year.txt")
    assert "A second" not in times
    assert times["a second"] == ("DURATION", "PT1S")  # "waited a second before they spoke"


@pytest.mark.parametrize("name", ["last-day-of-calendar.txt", "first-day-of-calendar.txt"])
def test_articles_at_the_ends_of_the_calendar_keep_their_times(pipeline, name):
    record = pipeline.analyze((STORIES / name).read_text(encoding="utf-8"))
    assert record.times, "the times layer must still read the story"
    for time in record.times:  # no value outside years 1-9999, and no exception
        assert time.value is None or not time.value.startswith(("-", "0000", "10000"))
