"""Openers in every common arrangement (issue 14): headline lines, bylines and datelines of the
agencies, on invented stories. Metadata layer only: no spaCy."""

from __future__ import annotations

import pytest

from dateline.context import RawArticle
from dateline.metadata import locate_layout
from dateline.metadata.dates import month_number
from dateline.record import Source

BODY = "Officials said the talks would resume next week."


def layout_of(text: str, **raw):
    layout, _ = locate_layout(RawArticle(text=text, source=Source(path="t.txt"), **raw))
    return layout


@pytest.mark.parametrize(
    "opener, place, region, agency, date_text",
    [
        ("BEIJING, March 3 (Xinhua) -- ", "Beijing", None, "Xinhua", "March 3"),  # Xinhua
        ("PARIS, March 3, 2023 (AFP) - ", "Paris", None, "AFP", "March 3, 2023"),  # AFP
        ("Berlin (dpa) - ", "Berlin", None, "dpa", None),  # dpa, mixed case
        ("LONDON (PA) - ", "London", None, "PA", None),  # PA Media
        ("WASHINGTON, March 3 (UPI) -- ", "Washington", None, "UPI", "March 3"),  # UPI
        ("(Bloomberg) -- ", None, None, "Bloomberg", None),  # Bloomberg: no place
        ("(CNN) — ", None, None, "CNN", None),  # CNN without a place
        ("Atlanta (CNN) — ", "Atlanta", None, "CNN", None),  # CNN with a place
        ("GRONINGEN, the Netherlands (Reuters) - ", "Groningen", "the Netherlands", "Reuters", None),
        ("ROME, March 13, Reuter - ", "Rome", None, "Reuter", "March 13"),  # Reuters-21578 style
        ("omaha, april 7 - ", "Omaha", None, None, "april 7"),  # any case
        ("La paz, march 4 - ", "La paz", None, None, "march 4"),  # hand-typed capitals
        ("NEW YORK, Macrh 31 - ", "New York", None, None, "Macrh 31"),  # misspelt months
        ("DENVER, Apri 1 - ", "Denver", None, None, "Apri 1"),
        ("CHICAGO, March 4, - ", "Chicago", None, None, "March 4"),  # stray comma before the dash
        ("GEORGETOWN, Grand Cayman, British West Indies, March 25 - ", "Georgetown", "Grand Cayman, British West Indies", None, "March 25"),
    ],
)
def test_dateline_forms_of_the_agencies(opener, place, region, agency, date_text):
    dateline = layout_of(opener + BODY).dateline
    assert dateline is not None
    assert (dateline.place, dateline.region, dateline.agency, dateline.date_text) == (place, region, agency, date_text)


def test_reuter_after_the_date_is_the_agency_with_its_span():
    text = "ROME, March 13, Reuter - " + BODY
    dateline = layout_of(text).dateline
    assert text[slice(*dateline.agency_span)] == "Reuter"


@pytest.mark.parametrize("word, month", [("Macrh", 3), ("Apri", 4), ("Mach", 3), ("Marchg", 3), ("Sept", 9), ("feb", 2), ("Table", None), ("Mayor", None)])
def test_misspelt_months_within_one_edit(word, month):
    assert month_number(word + " 12") == month


@pytest.mark.parametrize(
    "text",
    [
        "BERLIN, Monday 12 - " + BODY,  # a word that is not a month
        "(Reuters says) - " + BODY,  # a parenthesis that is not a known agency
        "(Updated) — " + BODY,
        "U.S. sales for the March 1-10 period dropped 57 pct.",  # a range, not a dateline dash
    ],
)
def test_not_datelines(text):
    assert layout_of(text).dateline is None


@pytest.mark.parametrize(
    "head, title, credits",
    [
        # Reuters scraped: the headline line right above the dateline.
        ("BAHIA COCOA REVIEW\n", "BAHIA COCOA REVIEW", []),
        # A headline in capitals that reads like a dateline itself, over a real one.
        ("ROTTERDAM PORT SUBSIDY TO END JULY 1 - MINISTER\n", "ROTTERDAM PORT SUBSIDY TO END JULY 1 - MINISTER", []),
        ("(CORRECTED) - PORT OPERATOR <PRT> PAYOUT\n", "(CORRECTED) - PORT OPERATOR <PRT> PAYOUT", []),
        # Headline, blank line, byline, blank line.
        ("Talks resume on border crossing\n\nBy Jane Doe\n\n", "Talks resume on border crossing", [("byline", "Jane Doe")]),
        # Two title-cased lines and a byline with two names and the agency.
        ("Border Talks Resume\nAfter Month-Long Pause\nBy Jane Doe and John Roe, Reuters\n",
         "Border Talks Resume\nAfter Month-Long Pause", [("byline", "Jane Doe"), ("byline", "John Roe")]),
        # AP's job title after the name, and the capitals byline.
        ("Border talks resume\nBY JANE DOE, AP Diplomatic Writer\n\n", "Border talks resume", [("byline", "JANE DOE")]),
        # A site's "Name | Agency" line.
        ("Border talks resume\nJane Doe | AP\n", "Border talks resume", [("byline", "Jane Doe")]),
        # A byline and no headline.
        ("By Jane Doe\n", None, [("byline", "Jane Doe")]),
        # The agency on the same line without a comma, the outlet, a date after the name.
        ("Border talks resume\nBy JANE DOE Associated Press\n", "Border talks resume", [("byline", "JANE DOE")]),
        ("Border talks resume\nBy Jane Doe, The Washington Post\n", "Border talks resume", [("byline", "Jane Doe")]),
        ("Border talks resume\nBy Jane Doe, March 3, 2023\n", "Border talks resume", [("byline", "Jane Doe")]),
    ],
)
def test_headline_and_byline_above_the_dateline(head, title, credits):
    text = head + "SANAA, March 3 (Reuters) - " + BODY
    layout = layout_of(text)
    assert layout.title == title
    if title is not None:
        assert text[slice(*layout.title_span)] == title
    assert [(c.role, c.name) for c in layout.credits] == credits
    for credit in layout.credits:
        assert text[slice(*credit.span)] == credit.name
    assert layout.dateline is not None and layout.dateline.place == "Sanaa"
    assert text[layout.paragraphs[0][0] :].startswith("Officials said")


@pytest.mark.parametrize(
    "text, title",
    [
        ("Ad sales boost Time Warner profit\n\nQuarterly profits at the media giant rose 76%.", "Ad sales boost Time Warner profit"),  # the BBC
        ("Rivals of the £400 Apple...\n\nThe Mac mini is the cheapest Apple computer ever.", "Rivals of the £400 Apple..."),
        ("Storm Batters Coast\nThousands Without Power\n\nA storm hit the coast overnight.", "Storm Batters Coast\nThousands Without Power"),
        ("The council met on Monday\nand voted to close the library.\n\nIt will shut in May.", None),  # a wrapped paragraph
        ("By the end of the year, prices had doubled.\n\nThey fell later.", None),  # not a byline
        ("LONDON (Reuters) - Shares fell\n\nThe index lost 2%.", None),  # wire copy, short first paragraph
    ],
)
def test_headline_without_a_dateline(text, title):
    layout = layout_of(text)
    assert layout.title == title
    assert layout.credits == ()


def test_known_title_from_json_takes_its_lines_and_the_byline_under_it():
    text = "Border Talks Resume\nAfter Pause\nBy Jane Doe\n\n" + BODY
    layout = layout_of(text, title="Border Talks Resume After Pause")
    assert layout.title == "Border Talks Resume\nAfter Pause"
    assert [c.name for c in layout.credits] == ["Jane Doe"]
    assert text[layout.paragraphs[0][0] :] == BODY


def test_bylines_are_not_prose_for_the_language_model():
    from dateline.language import analysis_text

    text = "Border talks resume\nBy Jane Doe\n\n(CNN) — " + BODY
    blanked = analysis_text(text, layout_of(text))
    assert len(blanked) == len(text)
    assert "Jane" not in blanked and "CNN" not in blanked and "Border" not in blanked
    assert blanked.strip() == BODY


def test_one_rhetorical_question_is_prose_several_are_headings():
    one = "Prices rose again.\n\nHow is that possible?\n\nThe answer lies in the budget."
    assert layout_of(one).sections == ()
    several = "Prices rose again.\n\nWhat happened?\n\nThe budget changed.\n\nWhy does it matter?\n\nBills rise."
    assert [s.heading for s in layout_of(several).sections] == ["What happened?", "Why does it matter?"]
