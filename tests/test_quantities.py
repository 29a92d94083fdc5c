"""The quantities layer: counts, money, percentages and measures, never years, dates or ordinals."""

from __future__ import annotations

import pytest
import spacy

from dateline.quantities import parse_number


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
