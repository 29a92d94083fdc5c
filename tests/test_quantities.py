"""The quantities layer: counts, money, percentages and measures, never years, dates or ordinals."""

from __future__ import annotations

import pytest
import spacy

from conftest import FIXTURES
from dateline.quantities.numbers import parse_number


def quantities_of(nlp, text: str) -> dict[str, dict]:
    doc = nlp.make_doc(text)
    doc._.dateline_article = {"date": "2024-03-15"}
    return {q["text"]: q for q in nlp(doc)._.dateline_quantities}


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "kind", "mod", "counted"),
    [
        ("More than 2 million people live there.", "More than 2 million people", 2e6, "people", "count", "MORE_THAN", "people"),
        ("Police held 20 Palestinian prisoners overnight.", "20 Palestinian prisoners", 20, "prisoners", "count", None, "prisoners"),
        ("The fund pledged $10 billion in aid.", "$10 billion", 1e10, "USD", "money", None, None),
        ("Turnout was up to 5.5% in the north.", "up to 5.5%", 5.5, "%", "percent", "EQUAL_OR_LESS", None),
        ("Unemployment fell 2 percent last year.", "2 percent", 2, "%", "percent", None, None),
        ("The pipeline runs for about 4,000 km.", "about 4,000 km", 4000, "km", "measure", "APPROX", None),
        ("The fine was 500 euros.", "500 euros", 500, "EUR", "money", None, None),
        ("Thousands of civilians fled.", "Thousands of civilians", None, "civilians", "count", None, "civilians"),
        ("The army sent twenty-five soldiers.", "twenty-five soldiers", 25, "soldiers", "count", None, "soldiers"),
        ("At least 1,200 homes were destroyed.", "At least 1,200 homes", 1200, "homes", "count", "EQUAL_OR_MORE", "homes"),
    ],
)
def test_amounts(nlp, sentence, text, value, unit, kind, mod, counted):
    found = quantities_of(nlp, sentence)
    assert text in found, f"{text!r} not in {list(found)}"
    item = found[text]
    assert (item["value"], item["unit"], item["kind"], item["mod"], item["counted"]) == (value, unit, kind, mod, counted)


def test_years_dates_ordinals_and_names_are_not_quantities(nlp):
    found = quantities_of(
        nlp,
        "In 2022 the second round of talks began on March 3, during World War Two commemorations; "
        "Flight 17 landed and the home side won 3-1 after a 20-month delay lasting 24 hours.",
    )
    assert found == {}


def test_a_four_digit_count_is_a_count_not_a_year(nlp):
    found = quantities_of(nlp, "The ministry sent 2000 troops to the border in 2000.")
    assert list(found) == ["2000 troops"]


def test_spans_slice_the_text(nlp):
    text = "Officials said more than 1 million people, or 45% of the population, had left."
    doc = nlp(text)
    for item in doc._.dateline_quantities:
        assert text[item["span"][0] : item["span"][1]] == item["text"]


def test_blank_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("dateline_times", config={"anchor": "2023-10-13"})
    nlp.add_pipe("dateline_quantities")
    doc = nlp("More than 2 million people live there, and the blockade of 1941-44 lasted nearly 20 months at $5 billion.")
    found = {q["text"]: q for q in doc._.dateline_quantities}
    assert found["More than 2 million people"]["counted"] == "people"
    assert found["$5 billion"]["value"] == 5e9
    assert set(found) == {"More than 2 million people", "$5 billion"}


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("2 million", 2e6), ("twenty-five", 25), ("1,200.5", 1200.5), ("5 1/2", 5.5), ("a dozen", 12),
     ("two hundred thousand", 2e5), ("one and a half", 1.5), ("1.5 billion", 1.5e9), ("people", None)],
)
def test_parse_number(phrase, value):
    assert parse_number(phrase) == value


# -- money and numbers read as a reader would (issue 17) ------------------------------------------

STORY = FIXTURES / "quantities" / "harbour-2025-02-11-airline.txt"


@pytest.fixture(scope="module")
def story_quantities(nlp) -> list[dict]:
    doc = nlp(STORY.read_text(encoding="utf-8"))
    return doc._.dateline_quantities


def _by_text(items: list[dict]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for item in items:
        found.setdefault(item["text"], []).append(item)
    return found


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind", "mod", "counted"),
    [
        ("$500m", 5e8, "USD", "money", None, None),  # millions after a currency, never metres
        ("£7.5bn", 7.5e9, "GBP", "money", None, None),
        ("EUR 3bn", 3e9, "EUR", "money", None, None),  # an ISO code (pycountry) before the amount
        ("USD 5m", 5e6, "USD", "money", None, None),
        ("roughly 400 737 Max jets", 400, "jets", "count", "APPROX", "jets"),  # 400, not 1,137
        ("five 787 Dreamliners", 5, "dreamliners", "count", None, "dreamliners"),  # 5, not 792
        ("nearly half a million passengers", 5e5, "passengers", "count", "APPROX", "passengers"),
        ("One in 13 pupils", 1 / 13, "ratio", "ratio", None, "pupils"),  # a ratio, not 13 pupils
        ("3,000 m", 3000, "m", "measure", None, None),  # a bare "m" after a number is metres
        ("4.5%", 4.5, "%", "percent", None, None),
        ("99 euros", 99, "EUR", "money", None, None),
    ],
)
def test_story_amounts(story_quantities, text, value, unit, kind, mod, counted):
    found = _by_text(story_quantities)
    assert text in found, f"{text!r} not in {list(found)}"
    item = found[text][0]
    assert item["value"] == pytest.approx(value)
    assert (item["unit"], item["kind"], item["mod"], item["counted"]) == (unit, kind, mod, counted)


def test_pounds_by_context(story_quantities):
    """ "243 pounds" is weight in a sentence about weight and money in one about fares."""
    pounds = [(q["unit"], q["kind"]) for q in story_quantities if q["text"] in {"243 pounds", "180 pounds"}]
    assert pounds == [("lb", "measure"), ("lb", "measure"), ("GBP", "money")]


def test_model_names_and_standards_are_not_quantities(story_quantities):
    texts = " | ".join(q["text"] for q in story_quantities)
    for name in ("737", "787", "5G", "MP3", "Windows 7", "7"):
        assert not any(q["text"] == name for q in story_quantities), texts
    assert not any(q["value"] in {1137, 792, 13} for q in story_quantities), texts
    hurdles = [q for q in story_quantities if q["text"] == "100m"]
    assert [(q["value"], q["unit"]) for q in hurdles] == [(100, "m")]  # "the 100m hurdles": metres


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Shares rose after it raised HK$3bn.", "HK$3bn", 3e9, "HKD"),  # symbol, number and scale in one token
        ("The film took $458 m at home.", "$458 m", 4.58e8, "USD"),  # a spaced scale after a currency
        ("The bid was C$5m.", "C$5m", 5e6, "CAD"),
        ("Its losses reached 600m euros.", "600m euros", 6e8, "EUR"),  # a currency name after "m"
        ("The deal is worth 5m USD.", "5m USD", 5e6, "USD"),
        ("The tax raised 35 lakh rupees.", "35 lakh rupees", 3.5e6, "INR"),
        ("Exports fell to 10 turkish lira a unit.", "10 turkish lira", 10, "TRY"),  # pycountry's name
        ("The fee is 470 pence a share.", "470 pence", 470, "GBP-pence"),
        ("Some 1.5m people watched.", "Some 1.5m people", 1.5e6, "people"),  # "m" before a counted noun
        ("The hold is a 3-inch gap.", "3-inch", 3, "in"),
        ("It fell to −3 degrees overnight.", "−3 degrees", -3, "degree"),
        ("Temperatures hit 25C on Monday.", "25C", 25, "°C"),
        ("Half a million homes lost power.", "Half a million homes", 5e5, "homes"),
    ],
)
def test_money_and_measures(nlp, sentence, text, value, unit):
    found = quantities_of(nlp, sentence)
    assert text in found, f"{text!r} not in {list(found)}"
    assert (found[text]["value"], found[text]["unit"]) == (pytest.approx(value), unit)


def test_a_symbol_after_a_number_belongs_to_the_next_amount(nlp):
    found = quantities_of(nlp, "He found 1 $10 note.")
    assert found["$10"]["unit"] == "USD" and found["$10"]["value"] == 10
    assert found.get("1", {}).get("unit") is None


def test_lower_case_words_are_not_currency_codes(nlp):
    """ "all" is the Albanian lek's code (ALL) and "top" Tonga's (TOP): words first."""
    found = quantities_of(nlp, "All 70 of them made the top 10 list.")
    assert all(q["kind"] != "money" for q in found.values()), found


def test_currencies_come_from_pycountry():
    from dateline.quantities.currency import Currencies

    currencies = Currencies.build()
    assert {"USD", "EUR", "GBP", "KGS", "LAK"} <= currencies.codes
    assert "XAU" not in currencies.codes  # gold is not money anyone is paid in
    assert currencies.name(["swiss", "franc"]) == ("CHF", 2)
    assert currencies.code("usd", before_number=False) == "USD"
    assert currencies.code("all", before_number=False) is None


def test_times_requirement_is_declared(nlp):
    meta = nlp.get_pipe_meta("dateline_quantities")
    assert "doc._.dateline_times" in meta.requires


def test_a_second_reading_is_not_a_quantity(nlp):
    """ "A second reading" is an ordinal, neither a duration (the times layer's) nor an amount."""
    assert quantities_of(nlp, "A second reading of the bill passed on Tuesday.") == {}


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("half a million", 5e5), ("a quarter of a million", 2.5e5), ("three quarters billion", 7.5e8),
     ("400 737", None), ("five 787", None), ("three thousand five hundred", 3500), ("-5", -5), ("fifty two", 52)],
)
def test_parse_number_never_glues_numbers(phrase, value):
    assert parse_number(phrase) == value


def test_a_height_in_feet_and_inches_is_one_measure(nlp):
    found = quantities_of(nlp, "The 6ft 4in lock was picked, and the wall is 5 feet and 2 inches high.")
    assert found["6ft 4in"]["value"] == pytest.approx(6 + 4 / 12) and found["6ft 4in"]["unit"] == "ft"
    assert found["5 feet and 2 inches"]["value"] == pytest.approx(5 + 2 / 12)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The approach by the 76-year-old owner failed.", "76-year-old", 76, "years old"),  # an age, not a duration
        ("Ryanair ordered 70 Boeing 737-800 planes.", "70 Boeing 737-800 planes", 70, "planes"),  # the model is skipped
        ("Sales will top 500,000 in 2005.", "500,000", 500000, None),  # an amount and a year, not a ratio
    ],
)
def test_ages_models_and_years_after_amounts(nlp, sentence, text, value, unit):
    found = quantities_of(nlp, sentence)
    assert text in found, f"{text!r} not in {list(found)}"
    assert (found[text]["value"], found[text]["unit"]) == (value, unit)


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("Rival bids of £20m, £38m and 45m were turned down.", "45m", 4.5e7, "GBP"),
        ("A fund offered $5m and 38m later.", "38m", 3.8e7, "USD"),
        ("The club spent between £10m to 12m on the roof.", "12m", 1.2e7, "GBP"),
    ],
)
def test_a_bare_scale_number_in_a_money_list_is_money(nlp, sentence, text, value, unit):
    """Issue 17: "$5m and 38m" -- the second amount is money in the list's currency, not metres."""
    found = quantities_of(nlp, sentence)
    assert (found[text]["value"], found[text]["unit"], found[text]["kind"]) == (pytest.approx(value), unit, "money")


def test_metres_after_money_in_another_clause_stay_metres(nlp):
    found = quantities_of(nlp, "The stadium cost £20m. Its roof rises 38m above the pitch.")
    assert found["38m"]["unit"] == "m" and found["38m"]["kind"] == "measure"


@pytest.mark.parametrize(
    "sentence, text, unit, kind",
    [
        ("Sales were 77m euros, up from 38m in the same period of 2003.", "38m", "EUR", "money"),
        ("The club will get 1bn euros now, with another 550m to follow within 90 days.", "550m", "EUR", "money"),
        ("The £20m stadium has a 38m roof.", "38m", "m", "measure"),
        ("The £20m prize went to the winner of the 100m final.", "100m", "m", "measure"),
    ],
)
def test_a_bare_scale_number_after_money_in_its_sentence(nlp, sentence, text, unit, kind):
    found = quantities_of(nlp, sentence)
    assert (found[text]["unit"], found[text]["kind"]) == (unit, kind), found
