"""The JSON API against a real running server (uvicorn on 127.0.0.1) over a corpus of our own
invented stories (tests/fixtures/serve): every endpoint, paging to the end, bad parameters, the
token rule, the body limit, and a property-based run of the OpenAPI schema (no 500s)."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="dateline serve needs its extra: pip install 'dateline[serve]'")
httpx = pytest.importorskip("httpx")

from serve_server import build_corpus, running  # noqa: E402

from dateline.serve import ServeError, create_app  # noqa: E402
from dateline.serve.app import check_bind  # noqa: E402

TOKEN = "s3cret-for-tests"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, pipeline):
    return build_corpus(tmp_path_factory.mktemp("serve-api"), pipeline)


@pytest.fixture(scope="module")
def base(corpus):
    with running(create_app(corpus)) as url:
        yield url


@pytest.fixture(scope="module")
def api(base):
    with httpx.Client(base_url=base, timeout=60) as client:
        yield client


def test_stats_and_home(api):
    stats = api.get("/api/stats").json()
    assert stats["articles"] == 5 and stats["quotes"] > 10
    assert stats["first_date"] == "2024-01-16" and stats["last_date"] == "2024-03-12"
    assert stats["top_speakers"][0]["name"] == "Joana Ferreira"
    home = api.get("/")
    assert home.status_code == 200 and "5 stories" in home.text


def test_articles_list_with_filters_and_one_record(api):
    listed = api.get("/api/articles", params={"limit": 200}).json()
    dates = [a["date"] for a in listed["articles"]]
    assert len(dates) == 5 and dates == sorted(dates, reverse=True) and listed["next"] is None
    ferries = api.get("/api/articles", params={"q": "ferry crews"}).json()["articles"]
    assert {a["title"] for a in ferries} == {"Lisbon ferry crews strike over pay as river crossings halt",
                                             "Lisbon ferry strike ends with two-year deal"}
    assert len(api.get("/api/articles", params={"speaker": "Ferreira"}).json()["articles"]) == 3
    assert len(api.get("/api/articles", params={"entity": "Rui Paiva"}).json()["articles"]) == 2
    assert api.get("/api/articles", params={"entity": "9" * 30}).json()["articles"] == []
    assert [a["dateline_place"] for a in api.get("/api/articles", params={"country": "ke"}).json()["articles"]] == ["Nairobi"]
    assert len(api.get("/api/articles", params={"place": "Lisbon"}).json()["articles"]) == 3
    assert len(api.get("/api/articles", params={"since": "2024-02-01", "until": "2024-02-29"}).json()["articles"]) == 2
    assert len(api.get("/api/articles", params={"source": "Reuters"}).json()["articles"]) == 5
    record = api.get(f"/api/articles/{ferries[0]['id']}").json()
    assert record["schema"] == "dateline/1" and record["id"] == ferries[0]["id"] and record["quotes"]
    assert record["text"][record["quotes"][0]["span"][0]:record["quotes"][0]["span"][1]] == record["quotes"][0]["text"]


def test_quotes_by_speaker_words_kind_and_facets(api):
    found = api.get("/api/quotes", params={"speaker": "Ferreira", "facets": "true"}).json()
    assert found["quotes"] and {q["speaker"] for q in found["quotes"]} == {"Joana Ferreira"}
    facets = found["facets"]["facets"]
    assert facets["speaker"][0]["value"] == "Joana Ferreira" and facets["speaker"][0]["count"] == len(found["quotes"])
    assert {m["value"] for m in facets["month"]} == {"2024-01", "2024-02", "2024-03"}
    assert sum(k["count"] for k in facets["kind"]) == found["facets"]["counted"] == len(found["quotes"])
    assert "PT" in {c["value"] for c in facets["country"]}
    direct = api.get("/api/quotes", params={"speaker": "Ferreira", "kind": "direct"}).json()["quotes"]
    assert direct and {q["kind"] for q in direct} == {"direct"}
    by_month = api.get("/api/quotes", params={"month": "2024-02"}).json()["quotes"]
    assert by_month and {q["date"][:7] for q in by_month} == {"2024-02"}
    kenya = api.get("/api/quotes", params={"country": "KE"}).json()["quotes"]
    assert kenya and {q["title"] for q in kenya} == {"Kenya opens freight rail link to the Ugandan border"}
    worded = api.get("/api/quotes", params={"about": "night shifts"}).json()["quotes"]
    assert len(worded) == 1 and "[night] [shifts]" in worded[0]["highlighted"]
    entity_id = facets["speaker"][0]["id"]
    assert len(api.get("/api/quotes", params={"speaker_id": entity_id}).json()["quotes"]) == len(found["quotes"])


def test_search_entities_places_timeline_errors(api):
    found = api.get("/api/search", params={"q": "container"}).json()
    assert found["quotes"] and "[container]" in found["quotes"][0]["snippet"]
    assert found["articles"][0]["title"].startswith("Kenya")
    people = api.get("/api/entities", params={"name": "Paiva"}).json()
    assert people[0]["name"] == "Rui Paiva"
    profile = api.get(f"/api/entities/{people[0]['id']}").json()
    assert profile["name"] == "Rui Paiva" and profile["quotes"] >= 2 and profile["articles"] == 2
    assert {c["name"] for c in profile["co_occurring"]} >= {"Joana Ferreira"}
    places = api.get("/api/places").json()
    assert places[0]["name"] == "Lisbon" and places[0]["country"] == "PT"
    assert {p["name"] for p in api.get("/api/places", params={"country": "no"}).json()} == {"Norway", "Oslo"}
    months = api.get("/api/timeline").json()
    assert [p["period"] for p in months["periods"]] == ["2024-01", "2024-02", "2024-03"]
    assert sum(p["articles"] for p in months["periods"]) == 5
    days = api.get("/api/timeline", params={"entity": "Joana Ferreira", "unit": "day"}).json()
    assert days["entity"]["name"] == "Joana Ferreira" and len(days["periods"]) == 3
    assert api.get("/api/errors").json() == {"errors": [], "next": None}


@pytest.mark.parametrize("path, key", [("/api/quotes", "quotes"), ("/api/articles", "articles")])
def test_paging_to_the_end(api, path, key):
    everything = api.get(path, params={"limit": 200}).json()[key]
    seen, cursor, pages = [], None, 0
    while True:
        page = api.get(path, params={"limit": 3, **({"cursor": cursor} if cursor else {})}).json()
        seen.extend(page[key])
        pages += 1
        cursor = page["next"]
        if cursor is None:
            break
    assert seen == everything and pages == -(-len(everything) // 3)


@pytest.mark.parametrize("path, params, status", [
    ("/api/quotes", {"limit": 0}, 422),
    ("/api/quotes", {"limit": 100_000}, 422),
    ("/api/quotes", {"since": "last week"}, 400),
    ("/api/quotes", {"cursor": "not-a-cursor"}, 400),
    ("/api/quotes", {"kind": "shouted"}, 422),
    ("/api/quotes", {"month": "March"}, 422),
    ("/api/articles", {"country": "Portugal"}, 422),
    ("/api/articles", {"cursor": "WyJ4Il0"}, 400),
    ("/api/search", {}, 422),
    ("/api/search", {"q": '"unbalanced', "fts": "true"}, 400),
    ("/api/search", {"q": "&&"}, 400),
    ("/api/entities/999999", {}, 404),
    ("/api/entities/abc", {}, 422),
    ("/api/entities/28181678722291093995520", {}, 422),  # past SQLite's 64-bit integers (schemathesis found it)
    ("/api/quotes", {"speaker_id": 2**70}, 422),
    ("/api/articles/0000000000000000", {}, 404),
    ("/api/timeline", {"unit": "week"}, 422),
    ("/api/errors", {"code": "'; DROP TABLE"}, 422),
])
def test_bad_parameters_are_said_not_crashed(api, path, params, status):
    response = api.get(path, params=params)
    assert response.status_code == status
    assert response.json()["error"]


def test_pages_answer_bad_parameters_with_a_page(api):
    response = api.get("/quotes", params={"since": "yesterday"})
    assert response.status_code == 400 and "text/html" in response.headers["content-type"]
    assert "not a date in YYYY-MM-DD form" in response.text
    assert api.get("/article/nope").status_code == 404


@pytest.mark.parametrize("typed", ["US-China", "e-mail", "Blair's", "AT&T", "9/11", "100%", "-blair", '"two-year deal'])
def test_the_q_parameter_takes_what_people_type(api, typed):
    assert api.get("/api/search", params={"q": typed}).status_code == 200
    assert api.get("/api/quotes", params={"about": typed}).status_code == 200
    assert api.get("/api/articles", params={"q": typed}).status_code == 200


def test_two_year_deal_is_found_as_typed(api):
    titles = [a["title"] for a in api.get("/api/search", params={"q": "two-year deal"}).json()["articles"]]
    assert titles[0] == "Lisbon ferry strike ends with two-year deal"


def test_analyze_text_and_json(api):
    story = ('date 2024-04-02\nBERLIN (Reuters) - "We will open the bridge in May," Mayor Klara Hoffmann said on Tuesday.\n')
    record = api.post("/api/analyze", content=story, headers={"content-type": "text/plain"}).json()
    assert record["date"] == "2024-04-02" and record["quotes"][0]["speaker"]["name"] == "Klara Hoffmann"
    as_json = api.post("/api/analyze", json={"text": story.split("\n", 1)[1], "title": "Bridge", "date": "2024-04-03"}).json()
    assert as_json["title"] == "Bridge" and as_json["date"] == "2024-04-03"
    empty = api.post("/api/analyze", content=b"", headers={"content-type": "text/plain"})
    assert empty.status_code == 400 and "E002" in empty.json()["error"]
    assert api.post("/api/analyze", content=b"\x00\x01\x02" * 100).status_code == 400


def test_bodies_over_the_limit_get_413(api):
    big = b"x" * (5 * 1024 * 1024 + 1)
    assert api.post("/api/analyze", content=big, headers={"content-type": "text/plain"}).status_code == 413

    def chunks():  # no Content-Length: the server must count
        for _ in range(6):
            yield b"y" * (1024 * 1024)

    assert api.post("/api/analyze", content=chunks(), headers={"content-type": "text/plain"}).status_code == 413


def test_token_rule(corpus):
    with pytest.raises(ServeError, match="--token"):
        check_bind("0.0.0.0", None)
    check_bind("0.0.0.0", TOKEN)
    check_bind("127.0.0.1", None)
    check_bind("::1", None)
    with running(create_app(corpus, token=TOKEN)) as url, httpx.Client(base_url=url, timeout=60) as client:
        assert client.get("/api/stats").status_code == 200  # reads stay open
        assert client.post("/api/analyze", content="Some words.").status_code == 401
        wrong = client.post("/api/analyze", content="Some words.", headers={"authorization": "Bearer nope"})
        assert wrong.status_code == 401 and "token" in wrong.json()["error"]
        right = client.post("/api/analyze", content=b"", headers={"authorization": f"Bearer {TOKEN}"})
        assert right.status_code == 400  # past the token: an empty story is the client's mistake


def test_cli_refuses_a_public_address_without_a_token(corpus):
    from typer.testing import CliRunner

    from dateline.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(corpus), "--host", "0.0.0.0"], env={"DATELINE_TOKEN": ""})
    assert result.exit_code == 1 and "without a token" in result.output
    missing = CliRunner().invoke(app, ["serve", "--db", str(corpus.parent / "none.db")])
    assert missing.exit_code == 1 and "no such corpus" in missing.output and "Traceback" not in missing.output


def test_headers_escaping_and_no_cdn(api):
    page = api.get("/articles", params={"q": "pranksters"})
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.text and "<script>alert" not in page.text
    assert api.get("/docs").status_code == 404
    schema = api.get("/openapi.json").json()
    assert {"/api/articles", "/api/quotes", "/api/search", "/api/analyze"} <= set(schema["paths"])
    for path in ("/", "/map", "/timeline", "/quotes"):
        html = api.get(path).text
        assert "http://" not in html.replace("http://127.0.0.1", "") and "https://" not in html


schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402


@pytest.fixture(scope="module")
def api_schema(base):
    return schemathesis.openapi.from_url(base + "/openapi.json")


fuzzed = schemathesis.pytest.from_fixture("api_schema")


@fuzzed.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_request_the_schema_allows_gets_a_500(case):
    """Bounded: 25 generated requests per operation."""
    from schemathesis.checks import not_a_server_error

    case.call_and_validate(checks=[not_a_server_error])
