"""The metadata layer on invented wire stories: every item where it belongs, every span exact."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES
from dateline.context import RawArticle
from dateline.metadata import locate_layout
from dateline.metadata.opener import place_name
from dateline.record import Source

WIRE = sorted((FIXTURES / "wire").glob("*.txt"))


def layout_of(text: str, **raw):
    layout, warnings = locate_layout(RawArticle(text=text, source=Source(path="t.txt"), **raw))
    return layout, warnings


@pytest.mark.parametrize("path", WIRE, ids=[p.stem for p in WIRE])
def test_fixture_layout_matches_expected(path):
    text = path.read_text(encoding="utf-8")
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    layout, _ = layout_of(text)
    assert (layout.date.isoformat() if layout.date else None) == expected["date"]
    if expected.get("title"):
        assert layout.title == expected["title"]
        assert text[slice(*layout.title_span)] == expected["title"]
    if expected["dateline"] is None:
        assert layout.dateline is None
    else:
        dl = layout.dateline
        want = expected["dateline"]
        assert dl is not None
        assert text[slice(*dl.span)] == want["text"]
        assert dl.place == want["place"]
        if want["place"] is None:
            assert dl.place_span is None
        else:
            assert text[slice(*dl.place_span)].lower() == want["place"].lower()
        assert dl.agency == want["agency"]
        assert dl.region == want.get("region")
        assert dl.date_text == want.get("date_text")
    assert [[c.role, c.name] for c in layout.credits] == expected["credits"]
    for credit in layout.credits:
        assert text[slice(*credit.span)] == credit.name
    assert [s.heading for s in layout.sections] == expected["sections"]
    for section in layout.sections:
        assert text[slice(*section.span)] == section.heading
    assert [[n.kind, text[slice(*n.span)]] for n in layout.noise] == expected["noise"]
    assert len(layout.paragraphs) == expected["paragraphs"]
    assert text[layout.paragraphs[0][0]:].startswith(expected["first_paragraph_starts"])
    assert text[: layout.paragraphs[-1][1]].endswith(expected["last_paragraph_ends"])
    assert layout.body == (layout.paragraphs[0][0], layout.paragraphs[-1][1])


def test_paragraphs_never_overlap_noise_sections_or_credits(fixture_text):
    text = fixture_text("wire/tbilisi-2024-05-17-protest.txt")
    layout, _ = layout_of(text)
    others = [n.span for n in layout.noise] + [s.span for s in layout.sections] + list(layout.credit_spans)
    for a, b in layout.paragraphs:
        for c, d in others:
            assert b <= c or d <= a


def test_glued_credit_names_are_split():
    text = "LONDON (Reuters) - Prices rose.\n\n(Writing by Mark TrevelyanEditing by Gareth Jones)"
    layout, _ = layout_of(text)
    assert [(c.role, c.name) for c in layout.credits] == [("writing", "Mark Trevelyan"), ("editing", "Gareth Jones")]
    assert [text[slice(*c.span)] for c in layout.credits] == ["Mark Trevelyan", "Gareth Jones"]


@pytest.mark.parametrize(
    "opener, place, agency, date_text",
    [
        ("BISHKEK (Reuters) -Russian", "Bishkek", "Reuters", None),  # dash glued to the first word
        ("WASHINGTON (AP) — The", "Washington", "AP", None),
        ("PORTLAND, Ore., Feb 26 - Red", "Portland", None, "Feb 26"),
        ("NEW YORK, FEb 26 - Moody's", "New York", None, "FEb 26"),  # Reuters-21578 typing
        ("Toronto, Feb 26 - Shares", "Toronto", None, "Feb 26"),
        ("Kyiv, Ukraine (CNN) — Air", "Kyiv", "CNN", None),
        ("AMSTERDAM, 2 March - Dutch", "Amsterdam", None, "2 March"),
        ("ST. LOUIS, Oct. 13, 2023 (UPI) -- A", "St. Louis", "UPI", "Oct. 13, 2023"),
    ],
)
def test_dateline_forms(opener, place, agency, date_text):
    layout, _ = layout_of(opener + " story goes on here.")
    assert layout.dateline is not None
    assert (layout.dateline.place, layout.dateline.agency, layout.dateline.date_text) == (place, agency, date_text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said - after a pause - that talks would go on.",
        "A - B testing is common.",
        "Prices rose on Friday.",
        "UK-based bank Standard Chartered said it would buy a rival.",  # BBC: hyphenated opener
        "EU-US seeking deal on air dispute\n\nThe EU and US have agreed to talks.",
    ],
)
def test_no_dateline_in_ordinary_openings(text):
    layout, _ = layout_of(text)
    assert layout.dateline is None


def test_date_precedence_header_then_metadata_then_option():
    import datetime as dt

    text = "date 2023-10-13 LONDON (Reuters) - Text."
    layout, warnings = layout_of(text, date="2023-10-14")
    assert layout.date == dt.date(2023, 10, 13) and layout.date_origin == "header"
    assert [w["code"] for w in warnings] == ["W004"]
    layout, _ = locate_layout(RawArticle(text="Text here.", source=Source(), date="2023-10-14T08:00:00Z"), dt.date(2020, 1, 1))
    assert layout.date == dt.date(2023, 10, 14) and layout.date_origin == "metadata"
    layout, _ = locate_layout(RawArticle(text="Text here.", source=Source()), dt.date(2020, 1, 1))
    assert layout.date == dt.date(2020, 1, 1) and layout.date_origin == "option"


def test_bad_metadata_date_is_a_warning_not_a_failure():
    layout, warnings = layout_of("Text here.", date="last Tuesday")
    assert layout.date is None
    assert warnings[0]["code"] == "W003"


def test_reuters_21578_hard_wrapped_paragraphs():
    text = (
        "    SALVADOR, Feb 26 -  Showers continued throughout the week in\n"
        "the Bahia cocoa zone, alleviating the drought.\n"
        "    Arrivals were 1.2 mln bags.\n"
        "the crop was late.\n"
    )
    layout, _ = layout_of(text)
    assert layout.dateline.place == "Salvador"
    assert len(layout.paragraphs) == 2


@pytest.mark.parametrize("raw, name", [("NEW YORK", "New York"), ("ST. LOUIS", "St. Louis"), ("U.S.", "U.S."), ("US", "US"), ("EU", "EU"), ("EL PASO", "El Paso"), ("WINSTON-SALEM", "Winston-Salem"), ("RIO DE JANEIRO", "Rio de Janeiro")])
def test_place_name_capitalisation(raw, name):
    assert place_name(raw) == name


def test_noise_line_inside_a_paragraph_is_cut_out_of_it():
    text = "LONDON (Reuters) - First line of the story.\nADVERTISEMENT\nSecond line of the story."
    layout, _ = layout_of(text)
    assert [text[slice(*p)] for p in layout.paragraphs] == ["First line of the story.", "Second line of the story."]
    assert [n.kind for n in layout.noise] == ["advertisement"]


def test_title_line_from_input_metadata_is_located():
    text = "Crane collapse inquiry\n\nThe harbour authority ordered an inquiry."
    layout, _ = layout_of(text, title="Crane collapse inquiry")
    assert layout.title_span == (0, 22)
    assert layout.paragraphs == ((24, len(text)),)


@pytest.mark.parametrize("block, heading", [
    ("RUSSIAN MEDIATION?", True),
    ("TOO FAST TOO FURIOUS (DIGITAL BRIDGES)", True),
    ("2000 GMT", False),  # BBC sport kick-off line
    ("NATO.", False),
    ("Key facts", False),
])
def test_section_headings(block, heading):
    from dateline.metadata.blocks import is_section_heading

    assert is_section_heading(block) is heading
