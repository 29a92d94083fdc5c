"""Where an article's date comes from (`date_source`): the text's header, the input's metadata,
the file name (--date-from-name), the dateline's own date with a year, or --date."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from dateline.context import RawArticle
from dateline.metadata import locate_layout
from dateline.metadata.dates import dateline_date, file_name_date, file_name_year
from dateline.record import Source

WIRE = "SANAA, March 30 (Reuters) - Yemen said on Thursday it would reopen the port."


def located(text: str, path: str | None = "story.txt", date: str | None = None, **options):
    layout, _ = locate_layout(RawArticle(text=text, source=Source(path=path), date=date), **options)
    return layout.date, layout.date_origin


@pytest.mark.parametrize(
    "path, date",
    [
        ("2023-10-13-bishkek.txt", dt.date(2023, 10, 13)),
        ("news/20231013_reuters.txt", dt.date(2023, 10, 13)),
        ("bbc_2005.03.14_budget.html", dt.date(2005, 3, 14)),
        ("archive/2023-10-13/story.txt", dt.date(2023, 10, 13)),  # a per-folder date
        ("story-2023-13-40.txt", None),  # not a date
        ("id-120231013999.txt", None),  # digits of an id
        ("-", None),
    ],
)
def test_file_name_dates(path, date):
    assert file_name_date(path) == date


def test_file_name_year_and_dateline_dates():
    assert file_name_year("reuters-1987/a.txt") == 1987
    assert file_name_year("001.txt") is None
    assert dateline_date("March 30", 2023) == dt.date(2023, 3, 30)
    assert dateline_date("Oct. 13, 2023", None) == dt.date(2023, 10, 13)
    assert dateline_date("2 March", 2024) == dt.date(2024, 3, 2)
    assert dateline_date("Macrh 31", 1987) == dt.date(1987, 3, 31)
    assert dateline_date("March 30", None) is None  # no year: unknown, not a guess
    assert dateline_date("Feb 30", 2023) is None


def test_each_date_source():
    assert located("date 2023-10-13 " + WIRE) == (dt.date(2023, 10, 13), "header")
    assert located(WIRE, date="2023-10-12") == (dt.date(2023, 10, 12), "metadata")
    assert located(WIRE, path="2023-10-11-sanaa.txt", date_from_name=True) == (dt.date(2023, 10, 11), "file_name")
    assert located(WIRE, path="sanaa.txt", year=2022) == (dt.date(2022, 3, 30), "dateline")
    assert located(WIRE, path="2021-sanaa.txt") == (dt.date(2021, 3, 30), "dateline")  # the name's year
    assert located("Yemen said it would reopen the port.", fallback_date=dt.date(2020, 1, 1)) == (dt.date(2020, 1, 1), "option")
    assert located("Yemen said it would reopen the port.") == (None, None)


def test_file_name_date_only_when_asked_and_after_header_and_metadata():
    assert located(WIRE, path="2023-10-11-sanaa.txt")[1] == "dateline"  # the name's year only
    assert located("date 2023-10-13 " + WIRE, path="2023-10-11-sanaa.txt", date_from_name=True)[1] == "header"
    assert located(WIRE, path="2023-10-11-sanaa.txt", date="2023-10-12", date_from_name=True)[1] == "metadata"


def test_cli_date_options_reach_the_record(tmp_path):
    from dateline.cli import app

    (tmp_path / "2023-10-13-sanaa.txt").write_text(WIRE, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["analyze", str(tmp_path / "2023-10-13-sanaa.txt"), "--date-from-name", "--model", "blank:en"])
    if result.exit_code == 2 and "not installed" in result.output:
        pytest.skip("no spaCy pipeline")
    record = json.loads(result.stdout)
    assert (record["date"], record["date_source"]) == ("2023-10-13", "file_name")
    result = runner.invoke(app, ["analyze", str(tmp_path / "2023-10-13-sanaa.txt"), "--year", "2019", "--model", "blank:en"])
    record = json.loads(result.stdout)
    assert (record["date"], record["date_source"]) == ("2019-03-30", "dateline")
