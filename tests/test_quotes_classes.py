"""Quotes, round 2 (issue 13): cue classes, split quotes' parts, what is not a quote, speakers.

Invented stories in tests/fixtures/quotes/ in the style of the cases the issue lists.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES
from dateline.cli import app
from dateline.record import span_problems
from dateline.store import StoreError, StoreWriter, find_quotes
from dateline.store.schema import MIGRATIONS, SCHEMA_VERSION


@pytest.fixture(scope="module")
def harbour(pipeline):
    return pipeline.analyze((FIXTURES / "quotes" / "harbour-2025-03-04-tariff.txt").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def brookfield(pipeline):
    return pipeline.analyze((FIXTURES / "quotes" / "brookfield-2025-06-11-hearing.txt").read_text(encoding="utf-8"))


def quote_with(record, start: str):
    matches = [q for q in record.quotes if q.text.startswith(start)]
    assert len(matches) == 1, [q.text for q in record.quotes]
    return matches[0]


def speaker_name(quote) -> str | None:
    return quote.speaker.name if quote.speaker else None


def test_spans_and_parts_slice_the_text(harbour, brookfield):
    for record in (harbour, brookfield):
        assert [p for p in span_problems(record) if p.startswith("q")] == []  # the quotes' own spans
        for quote in record.quotes:
            assert quote.cue_class in ("speech", "belief", "finding", "intention")
            assert quote.parts and all(quote.span[0] <= s < e <= quote.span[1] for s, e in quote.parts)


# -- cue classes -------------------------------------------------------------------------------------
def test_each_kind_of_attribution_has_its_class(harbour):
    assert quote_with(harbour, "that the new tariff").cue_class == "speech"
    assert quote_with(harbour, "that household bills").cue_class == "finding"  # a study found
    assert quote_with(harbour, "prices to fall").cue_class == "belief"  # economists expect
    assert quote_with(harbour, "to open two more plants").cue_class == "intention"  # the utility wants


def test_speech_verbs_for_tone_are_cues(harbour):
    assert quote_with(harbour, 'that the plan was "dead').cue.lemma == "blurt"
    assert quote_with(harbour, "You should be ashamed").cue.lemma == "scold"
    assert quote_with(harbour, "that he had lost").cue.lemma == "confess"
    quip = quote_with(harbour, "Only on Tuesdays")
    assert quip.cue.lemma == "quip" and speaker_name(quip) == "Mara Lindqvist"


# -- split quotes --------------------------------------------------------------------------------------
def test_a_quote_split_around_its_cue_is_one_quote_with_two_parts(harbour):
    quote = quote_with(harbour, "We are ready")
    assert quote.kind == "direct" and quote.cue_class == "speech"
    pieces = [harbour.text[s:e] for s, e in quote.parts]
    assert pieces == ["We are ready,", "The grid can take the extra load."]


def test_a_quote_over_paragraphs_lists_each_paragraph(brookfield):
    quote = quote_with(brookfield, "Our libraries are the heart")
    assert len(quote.parts) == 2 and speaker_name(quote) == "Petra Osei"
    assert brookfield.text[slice(*quote.parts[1])].startswith("keep them open")


# -- what is not a quote -----------------------------------------------------------------------------
def test_no_quote_from_a_headline_or_a_section_label(harbour):
    assert not [q for q in harbour.quotes if q.span[0] < harbour.text.index("\n")]  # the headline
    label_paragraph = harbour.text.index("CURRENCIES:")
    assert not [q for q in harbour.quotes if q.span[0] <= label_paragraph + 40 <= q.span[1]]
    assert not [q for q in harbour.quotes if q.speaker and "CURRENCIES" in (q.speaker.name or "")]


def test_events_are_not_speech(harbour):
    texts = [q.text for q in harbour.quotes]
    assert not [t for t in texts if "missing boy" in t]  # police found the boy
    assert not [t for t in texts if t.strip() == "911"]  # a neighbour called 911
    assert not [t for t in texts if "protest outside parliament" in t]  # video showing
    asked = quote_with(harbour, "about the ferry timetable")  # when asked about: she was asked
    assert asked.speaker is None


def test_no_quote_from_widgets_credits_or_the_opener(brookfield):
    texts = [q.text for q in brookfield.quotes]
    assert not [t for t in texts if "Budget row" in t or "Libraries saved" in t]
    assert not [t for t in texts if "contributed" in t or "Associated Press" in t]
    assert not [q for q in brookfield.quotes if q.span[0] < brookfield.text.index("Council")]


def test_an_unbalanced_mark_keeps_the_other_quotes(brookfield):
    assert any(w.code == "W010" for w in brookfield.warnings)  # the 5'11" statue
    assert "Kell" in (speaker_name(quote_with(brookfield, "There is no plan B")) or "")
    statue = quote_with(brookfield, "the 5'11\" statue")  # the stray mark stays inside its quote
    assert speaker_name(statue) == "Petra Osei"


# -- speakers --------------------------------------------------------------------------------------------
def test_apposition_names_the_speaker(harbour):
    quote = quote_with(harbour, "the tariff would hurt fishing towns")
    assert speaker_name(quote) == "Mara Lindqvist"


def test_no_source_gives_no_speaker(harbour):
    quote = quote_with(harbour, "that both utilities will raise prices")
    assert quote.speaker is None and quote.cue_class == "belief"


def test_pronoun_beside_a_quote_goes_on_with_the_person_last_quoted(brookfield):
    added = quote_with(brookfield, 'Mr Dunmore had been "blindsided"')
    assert brookfield.text[slice(*added.speaker.span)] == "he" and "Kell" in speaker_name(added)
    assert "he added" not in added.text  # the attribution is not part of the quote
    asked = quote_with(brookfield, "Wouldn't this be the time")
    assert asked.cue.lemma == "ask" and "Kell" in speaker_name(asked)


# -- store and command ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def classed_db(harbour, brookfield, tmp_path_factory):
    path = tmp_path_factory.mktemp("classes") / "news.db"
    with StoreWriter(path) as writer:
        writer.write_records([harbour, brookfield])
    return path


def test_find_quotes_filters_on_cue_class(classed_db, harbour):
    speech = find_quotes(classed_db, cue_class="speech", limit=100)
    findings = find_quotes(classed_db, cue_class="finding", limit=100)
    assert speech and findings and {q["cue_class"] for q in speech} == {"speech"}
    assert any(q["text"].startswith("that household bills") for q in findings)
    assert len(findings) == len([q for q in harbour.quotes if q.cue_class == "finding"])
    with pytest.raises(StoreError, match="cue class"):
        find_quotes(classed_db, cue_class="gossip")


def test_quotes_command_takes_a_class(classed_db):
    result = CliRunner().invoke(app, ["quotes", "--db", str(classed_db), "--class", "belief", "--json"])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert rows and {r["cue_class"] for r in rows} == {"belief"}
    bad = CliRunner().invoke(app, ["quotes", "--db", str(classed_db), "--class", "gossip"])
    assert bad.exit_code != 0 and "cue class" in bad.stderr and "Traceback" not in bad.stderr


def test_a_version_1_corpus_gains_the_class_column(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(f"BEGIN;\n{MIGRATIONS[0]}\nPRAGMA user_version = 1;\nCOMMIT;")
    conn.close()
    with StoreWriter(path) as writer:
        assert writer.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        columns = {row[1] for row in writer.conn.execute("PRAGMA table_info(quotes)")}
    assert "cue_class" in columns


def test_a_quotation_signed_with_a_dash_is_the_signers(pipeline):
    text = (
        "Readers told us what they think of the bridge.\n\n"
        "\u201cThe bridge will change my life. I can get to work in ten minutes.\u201d \u2015 Maria Lopes\n\n"
        "The council \u2015 which met on Monday \u2015 hung a \u201cbridge of shame\u201d banner \u2015 Town Hall\n"
    )
    record = pipeline.analyze(text)
    signed = quote_with(record, "The bridge will change my life")
    assert signed.kind == "direct" and speaker_name(signed) == "Maria Lopes" and signed.cue.lemma == "\u2015"
    assert not [q for q in record.quotes if q.text.startswith("bridge of shame")]  # a dash mid-sentence signs nothing


def test_eval_refuses_an_unknown_class(tmp_path):
    result = CliRunner().invoke(app, ["eval", "quotes", "--gold", str(tmp_path), "--classes", "speech,gossip"])
    assert result.exit_code == 2 and "gossip" in result.stderr and "Traceback" not in result.stderr


def test_gold_attributions_are_classed_by_the_same_rule(nlp):
    from dateline.evaluation.quotes import GoldArticle, GoldQuote, gold_classes

    text = "The survey found that rents rose. Mr Ode said rents fell. Tenants want lower rents."
    spans = {word: (text.index(word), text.index(word) + len(word)) for word in ("The survey", "found", "Mr Ode", "said", "Tenants", "want")}
    article = GoldArticle("invented", text, "1", [
        GoldQuote(content=(22, 32), source=spans["The survey"], cue=spans["found"]),
        GoldQuote(content=(46, 56), source=spans["Mr Ode"], cue=spans["said"]),
        GoldQuote(content=(63, 81), source=spans["Tenants"], cue=spans["want"]),
    ])
    assert gold_classes(nlp, [article]) == [["finding", "speech", "intention"]]


def test_openers_and_section_labels_are_not_speakers(pipeline):
    text = (
        "(CNN) \u2014 Senator Dana Whitcombe said on Sunday that the shutdown could last for weeks.\n\n"
        "FED TALK: Fed Governor Lucy Amberg said rates would stay on hold through the summer.\n\n"
        "STOCKS: Shares in Harbour Energy fell 4%, and traders said the outlook was \"murky\".\n"
    )
    record = pipeline.analyze(text)
    assert not [q for q in record.quotes if q.span[0] < text.index("Senator")]
    assert {speaker_name(q) for q in record.quotes} == {"Dana Whitcombe", "Lucy Amberg", "traders"}
    assert not [q for q in record.quotes if "FED TALK" in q.text or "STOCKS" in q.text]


def test_the_quotes_export_has_the_class(classed_db, harbour, brookfield, tmp_path):
    import csv

    from dateline.store import export_table

    out = tmp_path / "quotes.csv"
    assert export_table(classed_db, "quotes", "csv", path=out) == len(harbour.quotes) + len(brookfield.quotes)
    with open(out, encoding="utf-8", newline="") as handle:
        classes = {row["cue_class"] for row in csv.DictReader(handle)}
    assert classes == {q.cue_class for q in harbour.quotes + brookfield.quotes}


def test_a_reduced_passive_takes_no_ones_quotation(pipeline):
    text = (
        "Ministers say the accession talks are going well.\n\n"
        "\"The cake will be bigger for everybody,\" said Deputy Prime Minister Abdul Senner earlier this month. "
        "\"Our country will not be a burden for the budget.\" If admitted into the union, the country would be its largest member.\n"
    )
    record = pipeline.analyze(text)
    quote = quote_with(record, "The cake will be bigger")
    assert [record.text[s:e] for s, e in quote.parts][-1] == "Our country will not be a burden for the budget."
    assert speaker_name(quote) == "Abdul Senner"
