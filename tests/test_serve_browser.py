"""The web pages in a real headless Chromium (Debian's package at /usr/bin/chromium, driven by
Playwright's Python package; `playwright install` is never needed): search, a facet, an article
with its highlighted quotes, a speaker page, the map, the timeline, and a story full of markup
that must show as text and run nothing. Saves docs/article.png and docs/speaker.png."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="dateline serve needs its extra: pip install 'dateline[serve]'")
sync_api = pytest.importorskip("playwright.sync_api", reason="the browser tests need playwright's Python package (pip install playwright)")

from serve_server import build_corpus, running  # noqa: E402

from dateline.serve import create_app  # noqa: E402

DOCS = Path(__file__).resolve().parents[1] / "docs"
CHROMIUM = os.environ.get("DATELINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="module")
def base(tmp_path_factory, pipeline):
    db = build_corpus(tmp_path_factory.mktemp("serve-browser"), pipeline)
    with running(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no chromium at {CHROMIUM}: apt-get install chromium (.ci/run does), or set $DATELINE_CHROMIUM")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, base):
    context = browser.new_context(base_url=base, viewport={"width": 1280, "height": 900}, device_scale_factor=1)
    tab = context.new_page()
    tab.problems = []
    tab.on("dialog", lambda dialog: (tab.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    tab.on("console", lambda message: tab.problems.append(f"console {message.type}: {message.text}") if message.type == "error" else None)
    tab.on("pageerror", lambda error: tab.problems.append(f"page error: {error}"))
    # Nothing may be fetched from anywhere but the app (no CDN, no tiles, no fonts).
    tab.route(re.compile(r"^(?!" + re.escape(base) + ").*"), lambda route: (tab.problems.append(f"off-site: {route.request.url}"), route.abort()))
    yield tab
    context.close()
    assert tab.problems == []


def test_search_then_a_facet(page):
    page.goto("/")
    page.fill(".big-find input[name=q]", "strike")
    page.click(".big-find button")
    page.wait_for_url(re.compile(r"/search\?q=strike"))
    assert page.locator(".articles .article-row").count() >= 1
    assert page.locator(".quotes mark").first.inner_text().lower() == "strike"
    page.click("text=All quotes with these words")
    page.wait_for_url(re.compile(r"/quotes\?q=strike"))
    facet = page.locator(".facet[data-facet=month] a").first
    month = facet.inner_text()
    facet.click()
    page.wait_for_url(re.compile(r"month=" + month))
    assert page.locator(".chip", has_text=f"month: {month}").count() == 1
    dates = page.locator(".quote-row .date").all_inner_texts()
    assert dates and all(d.startswith(month) for d in dates)


def test_article_highlights_each_speaker(page):
    page.goto("/articles?q=ferry+crews+strike+pay")
    page.click("text=Lisbon ferry crews strike over pay as river crossings halt")
    page.wait_for_selector(".story-text .q")
    colours = {c for c in page.eval_on_selector_all(".story-text .q", "els => els.map(e => [...e.classList].find(c => /^sp/.test(c)))")}
    assert {"sp0", "sp1"} <= colours  # Ferreira and Paiva in two colours
    assert page.locator(".story-text .cue").count() >= 3
    first = page.locator(".story-text .q[tabindex]").first
    first.focus()
    tip = page.evaluate("() => getComputedStyle(document.activeElement, '::after').content")
    assert "Joana Ferreira" in tip and "quote" in tip
    assert page.locator(".story-text a.ent", has_text="Rui Paiva").count() >= 1
    assert page.locator(".story-text .noise").inner_text().startswith("ADVERTISEMENT")
    assert page.locator(".story-text .time").count() >= 2
    assert page.locator(".facts", has_text="Marta Lopes").count() == 1  # the credit
    page.locator(".speakers .speaker", has_text="Rui Paiva").click(position={"x": 2, "y": 8})
    assert page.locator(".story-text.focus-speaker").count() == 1
    page.locator(".speakers .speaker", has_text="Rui Paiva").click(position={"x": 2, "y": 8})
    page.screenshot(path=str(DOCS / "article.png"), full_page=True)


def test_speaker_page(page):
    page.goto("/articles?q=ferry+crews+strike+pay")
    page.click("text=Lisbon ferry crews strike over pay as river crossings halt")
    page.click(".speakers a:has-text('Joana Ferreira')")
    page.wait_for_url(re.compile(r"/entity/\d+"))
    assert page.locator("h1").inner_text().startswith("Joana Ferreira")
    assert page.locator("svg.chart rect.bar").count() >= 3
    speakers = page.locator(".quote-row .who").all_inner_texts()
    assert len(speakers) >= 4 and set(speakers) == {"Joana Ferreira"}
    assert page.locator("text=Appears with").count() == 1 and page.locator("aside a", has_text="Rui Paiva").count() >= 1
    page.screenshot(path=str(DOCS / "speaker.png"), full_page=True)


def test_map_links_places_to_their_stories(page):
    page.goto("/map")
    circles = page.locator("svg.map circle")
    assert circles.count() >= 8
    assert page.locator("svg.map path.land").count() == 1
    page.locator("svg.map a[href*='Cardiff']").click()
    page.wait_for_url(re.compile(r"/articles\?place=Cardiff"))
    assert page.locator(".article-row .title").all_inner_texts() == ["Council debates web filter after <script>alert(1)</script> prank"]


def test_timeline_by_entity(page):
    page.goto("/timeline")
    assert page.locator("svg.chart rect.bar").count() == 6  # 3 months x (stories, quotes)
    page.fill("input[name=entity]", "Ferreira")
    page.select_option("select[name=unit]", "day")
    page.click(".filters button")
    page.wait_for_url(re.compile(r"entity=Ferreira"))
    assert "Joana Ferreira" in page.locator("h1").inner_text()
    assert page.locator("table.grid tbody tr").count() == 3


def test_markup_in_a_story_shows_as_text_and_runs_nothing(page):
    page.goto("/search?q=pranksters")
    assert page.locator(".article-row .title").first.inner_text() == "Council debates web filter after <script>alert(1)</script> prank"
    page.locator(".article-row .title").first.click()
    page.wait_for_selector(".story-text")
    text = page.locator(".story-text").inner_text()
    assert '"><img src=x onerror=alert(1)>' in text and "<script>alert('x')</script>" in text
    assert page.locator("img").count() == 0 and page.locator("main script").count() == 0
    assert page.locator("h1").inner_text() == "Council debates web filter after <script>alert(1)</script> prank"
    # page.problems (checked by the fixture) holds any alert dialog or script error
