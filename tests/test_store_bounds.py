"""The bounded questions of the store: search ranks the newest matches only, an entity's
companions are counted over its newest articles, and both say so; within the bound, the answers
are the exact ones."""

from __future__ import annotations

import pytest
from corpus_records import StoryBuilder

import dateline.store.entities as entities
import dateline.store.searches as searches
from dateline.store import StoreWriter, entity_profile, search
from dateline.store.articles import article_list
from dateline.store.paging import QuoteFilters
from dateline.store.quotes import quote_page
from dateline.store.searches import quote_facets


def harbour_story(number: int, date: str, times: int) -> object:
    """A story whose quote says "harbour" `times` times (more often: a better bm25 match)."""
    story = StoryBuilder(f"harbour-{number}.txt", date)
    story.add(f"Story {number} about the harbour. ")
    story.name("Anna Vella")
    story.add(" spoke. ")
    story.name("Marco Grech")
    story.add(" listened. ")
    story.quote(" ".join(["the harbour"] * times + ["will open again next spring, and the boats with it"]), "Anna Vella")
    return story.record()


@pytest.fixture
def harbours(tmp_path):
    """Five stories, stored oldest first; the first stored says "harbour" most."""
    path = tmp_path / "harbours.db"
    with StoreWriter(path) as writer:
        writer.write_records([harbour_story(n, f"2024-0{n + 1}-10", times) for n, times in enumerate([5, 1, 1, 2, 1])])
    return path


def test_search_ranks_every_match_when_there_are_few(harbours):
    found = search(harbours, "harbour")
    assert found["ranking"] == {"articles": {"ranked": 5, "complete": True}, "quotes": {"ranked": 5, "complete": True}}
    assert found["quotes"][0]["text"].count("harbour") == 5  # the best match, stored first
    scores = [q["score"] for q in found["quotes"]]
    assert scores == sorted(scores)  # best (lowest bm25) first


def test_search_past_its_window_ranks_the_newest_matches_and_says_so(harbours, monkeypatch):
    monkeypatch.setattr(searches, "SEARCH_WINDOW", 3)
    found = search(harbours, "harbour")
    assert found["ranking"]["quotes"] == {"ranked": 3, "complete": False}
    assert found["ranking"]["articles"] == {"ranked": 3, "complete": False}
    # The newest three stored: stories 2, 3, 4; story 3 says "harbour" twice and leads.
    assert [q["date"] for q in found["quotes"]] == ["2024-04-10", "2024-05-10", "2024-03-10"]
    assert {a["date"] for a in found["articles"]} == {"2024-03-10", "2024-04-10", "2024-05-10"}
    # Pages by offset are slices of that one ranking (ties newest first), then nothing.
    pages = [search(harbours, "harbour", limit=1, offset=n)["quotes"] for n in range(4)]
    assert [p[0]["date"] for p in pages[:3]] == [q["date"] for q in found["quotes"]] and pages[3] == []
    assert search(harbours, "harbour", limit=1, offset=7)["ranking"]["quotes"] == {"ranked": 3, "complete": False}


def test_companions_are_counted_over_the_newest_articles_and_say_so(harbours, monkeypatch):
    full = entity_profile(harbours, "Anna Vella")
    assert full["companions_counted"] == {"articles": 5, "capped": False}
    assert [(c["name"], c["articles"]) for c in full["co_occurring"]] == [("Marco Grech", 5)]
    assert (full["articles"], full["quotes"], full["first_date"], full["last_date"]) == (5, 5, "2024-01-10", "2024-05-10")
    monkeypatch.setattr(entities, "COMPANION_SAMPLE", 2)
    capped = entity_profile(harbours, "Anna Vella")
    assert capped["companions_counted"] == {"articles": 2, "capped": True}
    assert [(c["name"], c["articles"]) for c in capped["co_occurring"]] == [("Marco Grech", 2)]
    assert {k: capped[k] for k in ("articles", "quotes", "by_month", "first_date", "last_date")} == {
        k: full[k] for k in ("articles", "quotes", "by_month", "first_date", "last_date")}  # exact whatever the cap


def test_facets_count_the_sampled_quotes(harbours):
    facets = quote_facets(harbours, about="harbour")
    assert facets["counted"] == 5 and not facets["capped"]
    assert {e["value"]: e["count"] for e in facets["facets"]["entity"]} == {"Anna Vella": 5, "Marco Grech": 5}
    capped = quote_facets(harbours, about="harbour", sample=2)
    assert capped["counted"] == 2 and capped["capped"]
    assert {e["value"]: e["count"] for e in capped["facets"]["entity"]} == {"Anna Vella": 2, "Marco Grech": 2}


@pytest.mark.parametrize("walk_factor", [0.0, 1e12])  # always walk the articles / always look the entity's up
def test_both_ways_of_listing_an_entitys_articles_agree(harbours, monkeypatch, walk_factor):
    import dateline.store.articles as articles

    monkeypatch.setattr(articles, "WALK_FACTOR", walk_factor)
    dates = ["2024-05-10", "2024-04-10", "2024-03-10", "2024-02-10", "2024-01-10"]
    for question in ({"entity": "Marco Grech"}, {"speaker": "Anna Vella"}, {"entity": "Marco Grech", "speaker": "Vella"}):
        first = article_list(harbours, limit=3, **question)
        rest = article_list(harbours, limit=3, after=first["next"], **question)
        assert [a["date"] for a in first["articles"] + rest["articles"]] == dates and rest["next"] is None
    assert article_list(harbours, speaker="Marco Grech")["articles"] == []  # he never speaks
    assert [a["date"] for a in article_list(harbours, entity="Marco Grech", since="2024-02-01", until="2024-03-31")["articles"]] == [
        "2024-03-10", "2024-02-10"]


def test_a_month_filter_is_the_months_dates(harbours):
    found = quote_page(harbours, about="harbour", filters=QuoteFilters(month="2024-03"))["quotes"]
    assert [q["date"] for q in found] == ["2024-03-10"]
    assert quote_facets(harbours, filters=QuoteFilters(month="2024-04"))["counted"] == 1
