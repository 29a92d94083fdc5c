"""The corpus store on records built directly (no NLP): schema, writing, merging, questions, export."""

from __future__ import annotations

import builtins
import csv
import io
import json
import sqlite3

import pytest
from corpus_records import invented_records

from dateline.store import (
    SCHEMA_VERSION,
    Failed,
    MissingDependency,
    QueryTimeout,
    Reader,
    SchemaError,
    SearchSyntaxError,
    StoreError,
    StoreWriter,
    corpus_stats,
    entity_profile,
    export_table,
    find_places,
    find_quotes,
    get_record,
    list_errors,
    matching_entities,
    search,
    timeline,
)
from dateline.store.merging import name_key, role_words
from dateline.store.schema import MIGRATIONS


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "news.db"
    with StoreWriter(path) as writer:
        writer.write_records(invented_records())
        writer.write([Failed("stories/broken.txt", "E013", "no text after the date header and dateline")])
    return path


# -- schema and connections ------------------------------------------------------------------------
def test_new_database_has_schema_version_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "new.db"
    with StoreWriter(path) as writer:
        assert writer.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
        assert writer.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert writer.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with StoreWriter(path) as writer:  # reopening migrates nothing and loses nothing
        assert writer.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_newer_and_foreign_databases_are_refused(tmp_path):
    newer = tmp_path / "newer.db"
    with StoreWriter(newer):
        pass
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this dateline"):
        StoreWriter(newer)
    with pytest.raises(SchemaError, match="newer"):
        Reader(newer)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (x)")
    conn.close()
    with pytest.raises(StoreError, match="not a dateline corpus"):
        StoreWriter(other)
    with pytest.raises(StoreError, match="not a dateline corpus"):
        Reader(other)
    with pytest.raises(StoreError, match="no such corpus"):
        Reader(tmp_path / "missing.db")


def test_reader_is_read_only_even_without_wal_files(db):
    # The writer has closed, so SQLite has checkpointed and removed the WAL: a read-only
    # connection must cope with a WAL-mode file that has none.
    assert not (db.parent / (db.name + "-wal")).exists()
    with Reader(db) as reader:
        assert reader.value("SELECT count(*) FROM articles") == 5
        with pytest.raises(sqlite3.OperationalError, match="readonly|read-only|query_only|attempt to write"):
            reader.conn.execute("DELETE FROM articles")


def test_reader_queries_have_a_time_limit(db):
    with Reader(db, time_limit=0.05) as reader:
        with pytest.raises(QueryTimeout, match="longer than"):
            reader.rows("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n")
        assert reader.value("SELECT count(*) FROM quotes") == 5  # the connection is still usable


def test_reader_sees_committed_state_while_a_write_transaction_is_open(db):
    extra = invented_records()[0].model_copy(update={"text": invented_records()[0].text + " Updated.", "id": "ffffffffffffffff"})
    with StoreWriter(db) as writer, Reader(db) as reader:
        writer.conn.execute("BEGIN IMMEDIATE")
        writer._store(extra)
        # WAL: the reader is not blocked and sees the last committed corpus.
        assert reader.value("SELECT count(*) FROM articles") == 5
        assert len(find_quotes(reader, speaker="Putin")) == 2
        writer.conn.execute("COMMIT")
        assert reader.value("SELECT count(*) FROM articles") == 6
        assert len(find_quotes(reader, speaker="Putin")) == 3


# -- writing -------------------------------------------------------------------------------------------
def test_records_come_back_exactly(db):
    for record in invented_records():
        assert get_record(db, record.id).to_json() == record.to_json()
    out = io.StringIO()
    assert export_table(db, "articles", "jsonl", out) == 5
    assert out.getvalue().splitlines() == [r.to_json() for r in invented_records()]


def test_upsert_by_id_replaces_without_duplicating(db):
    def counts():
        with Reader(db) as reader:
            return {t: reader.value(f"SELECT count(*) FROM {t}") for t in
                    ("articles", "quotes", "mentions", "places", "times", "quantities", "article_entities", "entity_aliases")}

    before = counts()
    with StoreWriter(db) as writer:
        assert writer.write_records(invented_records()) == 5
    assert counts() == before
    # FTS follows the replacement: one hit per article, not two.
    assert len(search(db, "Leningrad")["articles"]) == 1


def test_every_input_is_a_source_or_an_error(db):
    stats = corpus_stats(db)
    assert (stats["articles"], stats["inputs"], stats["errors"], stats["duplicates"]) == (5, 5, 1, 0)
    assert list_errors(db) == [{"input": "stories/broken.txt", "code": "E013",
                                "message": "no text after the date header and dateline", "article_id": None}]


# -- corpus entity merging -------------------------------------------------------------------------------
def test_name_keys_fold_titles_possessives_and_acronyms():
    assert name_key("President Vladimir Putin", "PERSON").norm == "vladimir putin"
    assert name_key("Mr Blair", "PERSON").norm == "blair"
    assert name_key("Putin's", "PERSON").norm == "putin"
    assert name_key("Martin Luther King Jr.", "PERSON").surname == "king"
    assert name_key("Erdoğan", "PERSON").norm == "erdogan"
    assert name_key("U.N.", "ORG").norm == "un" and name_key("U.N.", "ORG").is_acronym
    assert name_key("the United Nations", "ORG").acronym == "un"
    assert role_words(["the former Russian president"]) == {"russian", "president"}


def test_putin_across_articles_is_one_entity_and_two_joneses_are_two(db):
    putin = matching_entities(db, "Vladimir Putin")
    assert putin[0]["name"] == "Vladimir Putin" and putin[0]["articles"] == 2
    assert matching_entities(db, "Putin")[0]["id"] == putin[0]["id"]
    joneses = matching_entities(db, "Jones")
    assert sorted(m["name"] for m in joneses) == ["Dafydd Jones", "Sarah Jones"]


def test_an_unqualified_surname_is_not_guessed_between_two_people(tmp_path):
    from corpus_records import StoryBuilder

    path = tmp_path / "jones.db"
    records = invented_records()
    s = StoryBuilder("stories/06-jones.txt", "2023-12-02")
    s.name("Jones", key="Jones")
    s.add(" was seen.")
    records.append(s.record())
    s = StoryBuilder("stories/07-jones.txt", "2023-12-03")
    s.name("Jones", roles=("the health minister",), key="Jones")
    s.add(" spoke.")
    records.append(s.record())
    with StoreWriter(path) as writer:
        writer.write_records(records)
    with Reader(path) as reader:
        rows = {r["article_id"]: r["entity_id"] for r in reader.rows(
            "SELECT article_id, entity_id FROM article_entities WHERE name IN ('Jones', 'Sarah Jones', 'Dafydd Jones')")}
    sarah, dafydd, bare, by_role = (rows[r.id] for r in (records[2], records[3], records[5], records[6]))
    assert len({sarah, dafydd, bare}) == 3  # "Jones" with no role: a bucket of its own
    assert by_role == sarah  # "Jones, the health minister": Sarah Jones


# -- questions ------------------------------------------------------------------------------------------------
def test_quotes_by_speaker_topic_and_date(db):
    both = find_quotes(db, speaker="Putin", about="Gaza")
    assert [q["date"] for q in both] == ["2023-11-02", "2023-10-13"]  # newest first
    assert {q["speaker"] for q in both} == {"Vladimir Putin"}
    assert "[Gaza]" in both[0]["highlighted"]
    assert [q["date"] for q in find_quotes(db, speaker="Vladimir Putin", since="2023-11-01")] == ["2023-11-02"]
    assert [q["date"] for q in find_quotes(db, about="ceasefire", until="2023-10-31")] == []
    assert find_quotes(db, speaker="Sarah Jones")[0]["text"].startswith("Nobody should wait")
    assert len(find_quotes(db, limit=2)) == 2
    with pytest.raises(StoreError, match="not a date"):
        find_quotes(db, since="last week")


def test_search_ranks_articles_and_quotes_with_snippets(db):
    found = search(db, "siege of Leningrad")
    assert [a["id"] for a in found["articles"]] == [invented_records()[0].id]
    assert "[siege] [of] [Leningrad]" in found["articles"][0]["snippet"]
    quotes = search(db, "ceasefire OR hip", fts=True)["quotes"]
    assert {q["speaker"] for q in quotes} == {"Vladimir Putin", "Sarah Jones"}
    assert search(db, '"world needs"')["quotes"][0]["speaker"] == "Oleh Danylenko"


@pytest.mark.parametrize("query", ['"unbalanced', "Gaza AND", "(Gaza", "nosuchcolumn: x", "   "])
def test_search_syntax_errors_are_explained(db, query):
    with pytest.raises(SearchSyntaxError, match="double quotes"):
        search(db, query, fts=True)
    with pytest.raises(SearchSyntaxError):
        find_quotes(db, about=query, fts=True)


@pytest.mark.parametrize("query", ["US-China", "e-mail", "Blair's", "AT&T", "9/11", "100%", "-blair", '"unbalanced', "Gaza AND"])
def test_what_people_type_is_searched_as_words(tmp_path, query):
    """Issue 18 item 5: punctuation inside words is never FTS5 syntax unless asked for (fts=True)."""
    from corpus_records import StoryBuilder

    words = query.strip('"-')
    story = StoryBuilder("typed.txt", "2024-01-05")
    story.add(f"Talks on {words} went on. ")
    story.name("Anna Vella")
    story.add(" spoke.")
    story.quote(f"We spoke about {words} at length", "Anna Vella")
    path = tmp_path / "typed.db"
    with StoreWriter(path) as writer:
        writer.write_records([story.record()])
    found = search(path, query)
    assert len(found["articles"]) == 1 and len(found["quotes"]) == 1
    assert [q["speaker"] for q in find_quotes(path, about=query)] == ["Anna Vella"]
    assert search(path, "nowhere " + query)["articles"] == []  # every word must be there


def test_a_search_with_no_words_says_so(db):
    with pytest.raises(SearchSyntaxError, match="nothing to search for"):
        search(db, "&& %")


def test_entity_profile(db):
    profile = entity_profile(db, "Vladimir Putin")
    assert {a["alias"] for a in profile["aliases"]} == {"Vladimir Putin", "Putin"}
    assert {r["role"] for r in profile["roles"]} == {"Russian President", "the Russian president"}
    assert (profile["articles"], profile["quotes"]) == (2, 2)
    assert profile["by_month"] == [{"month": "2023-10", "articles": 1, "quotes": 1},
                                   {"month": "2023-11", "articles": 1, "quotes": 1}]
    assert [p["name"] for p in profile["places"]][:1] == ["Gaza"]  # in both of his stories
    assert {p["name"] for p in profile["places"]} >= {"Gaza", "Moscow", "Bishkek"}
    assert entity_profile(db, "Nobody Atall") is None
    assert entity_profile(db, profile["id"])["name"] == "Vladimir Putin"


def test_places_by_country_with_geo(db):
    ukraine = find_places(db, country="ua")
    assert [p["name"] for p in ukraine] == ["Kyiv", "Odesa"]
    kyiv = ukraine[0]
    assert (kyiv["lat"], kyiv["lon"], kyiv["geonames_id"], kyiv["datelines"]) == (50.45, 30.52, 703448, 1)
    assert find_places(db, country="PS")[0]["articles"] == 2


def test_timeline_and_stats(db):
    line = timeline(db, entity="Putin")
    assert line["entity"]["name"] == "Vladimir Putin"
    assert [(e["date"], e["quotes"]) for e in line["events"]] == [("2023-10-13", 1), ("2023-11-02", 1)]
    assert [m["month"] for m in timeline(db)["months"]] == ["2023-10", "2023-11", "2023-12"]
    stats = corpus_stats(db)
    assert (stats["first_date"], stats["last_date"], stats["quotes"], stats["times"], stats["quantities"]) == (
        "2023-10-13", "2023-12-01", 5, 2, 1)
    assert stats["top_speakers"][0] == {"id": stats["top_speakers"][0]["id"], "name": "Vladimir Putin", "quotes": 2}
    assert stats["top_places"][0]["name"] == "Gaza"


# -- export --------------------------------------------------------------------------------------------------------
def test_export_csv_and_jsonl_tables(db, tmp_path):
    out = io.StringIO()
    assert export_table(db, "quotes", "csv", out) == 5
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {r["speaker"] for r in rows} == {"Vladimir Putin", "Sarah Jones", "Dafydd Jones", "Oleh Danylenko"}
    out = io.StringIO()
    export_table(db, "entities", "jsonl", out)
    entities = [json.loads(line) for line in out.getvalue().splitlines()]
    putin = next(e for e in entities if e["name"] == "Vladimir Putin")
    assert (putin["aliases"], putin["articles"], putin["quotes"]) == ("Putin; Vladimir Putin", 2, 2)
    with pytest.raises(StoreError, match="no table"):
        export_table(db, "secrets", "csv", io.StringIO())


def test_export_parquet(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    for table, expected in (("articles", 5), ("quotes", 5), ("places", 10), ("times", 2)):
        path = tmp_path / f"{table}.parquet"
        assert export_table(db, table, "parquet", path=path) == expected
        assert pq.read_table(path).num_rows == expected
    assert pq.read_table(tmp_path / "places.parquet").column("lat").type == "double"


def test_parquet_without_pyarrow_says_what_to_install(db, tmp_path, monkeypatch):
    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    with pytest.raises(MissingDependency, match=r"dateline\[parquet\]"):
        export_table(db, "quotes", "parquet", path=tmp_path / "q.parquet")


@pytest.mark.parametrize("walk_factor", [0.0, 1e12])  # always walk the indexes / always look up the matches
def test_both_ways_of_finding_topic_quotes_agree(db, monkeypatch, walk_factor):
    import dateline.store.quotes as quotes

    monkeypatch.setattr(quotes, "WALK_FACTOR", walk_factor)
    found = find_quotes(db, speaker="Putin", about="Gaza OR ceasefire", fts=True)
    assert [(q["date"], q["quote_id"]) for q in found] == [("2023-11-02", "q1"), ("2023-10-13", "q1")]
    assert [q["speaker"] for q in find_quotes(db, about="hip OR ship OR Gaza", since="2023-10-14", fts=True)] == [
        "Oleh Danylenko", "Sarah Jones", "Vladimir Putin"]
    assert find_quotes(db, speaker="Jones", about="Gaza") == []


def test_a_name_from_a_dateline_gives_way_to_the_name_an_article_writes(tmp_path):
    from corpus_records import StoryBuilder

    first = StoryBuilder("stories/a.txt", "2023-10-01", dateline="Us")  # a "US (Reuters) -" opener
    first.add(" Markets rose.")
    second = StoryBuilder("stories/b.txt", "2023-10-02")
    second.name("US", "GPE")
    second.add(" markets rose.")
    path = tmp_path / "us.db"
    with StoreWriter(path) as writer:
        writer.write_records([first.record(), second.record()])
    [place] = find_places(path)
    assert (place["name"], place["articles"], place["datelines"]) == ("US", 2, 1)


def test_a_surname_is_the_full_name_of_the_same_article_and_spellings_follow_the_majority(tmp_path):
    from corpus_records import StoryBuilder

    stories = []
    s = StoryBuilder("stories/cherie.txt", "2004-01-01")
    s.name("Cherie Blair")
    s.add(" spoke.")
    stories.append(s)
    for n in range(2):
        s = StoryBuilder(f"stories/tony-{n}.txt", f"2004-01-0{n + 2}")
        s.name("Tony Blair")
        s.add(" said, and later ")
        s.name("Blair", key="Blair")
        s.add(" added. The ")
        s.name("US" if n else "Us", "GPE", key="US" if n else "Us")  # an NER span in odd case, then the usual one
        s.add(" agreed.")
        stories.append(s)
    s = StoryBuilder("stories/us.txt", "2004-01-05")
    s.name("US", "GPE", key="US")
    s.add(" and ")
    s.name("the United States", "GPE", key="the United States")
    stories.append(s)
    path = tmp_path / "blair.db"
    with StoreWriter(path) as writer:
        writer.write_records([story.record() for story in stories])
    tony = entity_profile(path, "Tony Blair")
    assert tony["articles"] == 2 and {a["alias"] for a in tony["aliases"]} == {"Tony Blair", "Blair"}
    assert entity_profile(path, "Cherie Blair")["articles"] == 1
    us = entity_profile(path, "the United States")
    assert {a["alias"] for a in us["aliases"]} == {"US", "the United States"} and us["articles"] == 2
    assert [m["name"] for m in matching_entities(path, "Us") if m["name"] == "Us"] == ["Us"]  # the odd span stays apart


def test_an_entity_is_named_as_its_own_articles_name_it_most(tmp_path):
    """Issue 17: the longer name merged in by GeoNames id or by acronym does not name the entity
    ("US People's Choice Awards" for the US, "Aldridge Browhills Conservatives" for ABC)."""
    from corpus_records import StoryBuilder

    from dateline.record import Geo

    us = Geo(country="US", lat=39.76, lon=-98.5, geonames_id=6252001, feature="country", name="United States")
    stories = []
    for n in range(3):
        s = StoryBuilder(f"stories/us-{n}.txt", f"2005-01-0{n + 1}")
        s.add("Shares fell in the ")
        s.name("US", "GPE", geo=us)
        s.add(" and the ")
        s.name("ABC", "ORG")
        s.add(f" network said so on day {n}.")
        stories.append(s)
    s = StoryBuilder("stories/awards.txt", "2005-01-05")
    s.add("The ")
    s.name("US People's Choice Awards", "EVENT", geo=us)  # an event geocoded to its country
    s.add(" and the ")
    s.name("Aldridge Browhills Conservatives", "ORG")  # merged with ABC by its initials
    s.add(" met.")
    stories.append(s)
    path = tmp_path / "names.db"
    with StoreWriter(path) as writer:
        writer.write_records([story.record() for story in stories])
    [place] = find_places(path)
    assert place["name"] == "US"
    names = {e["name"] for e in corpus_stats(path)["top_entities"]}
    assert "ABC" in names and "US" in names
    assert not names & {"US People's Choice Awards", "Aldridge Browhills Conservatives"}


def test_a_surname_finds_the_person_the_corpus_mentions_most(tmp_path):
    """`dateline entity Blair`: Tony Blair (named in most articles), not a bucket of bare
    "Blair" mentions that fitted two people."""
    from corpus_records import StoryBuilder

    stories = []
    for n, name in enumerate(["Tony Blair", "Cherie Blair", "Blair", "Tony Blair", "Tony Blair"]):
        s = StoryBuilder(f"stories/blair-{n}.txt", f"2005-02-0{n + 1}")
        s.name(name)
        s.add(f" spoke in London on day {n}.")
        stories.append(s)
    path = tmp_path / "blair.db"
    with StoreWriter(path) as writer:
        writer.write_records([story.record() for story in stories])
    matches = matching_entities(path, "Blair")
    assert matches[0]["name"] == "Tony Blair" and matches[0]["articles"] == 3
    assert entity_profile(path, "Blair")["name"] == "Tony Blair"


def test_a_name_the_places_layer_left_out_is_no_place_of_the_corpus(tmp_path):
    """The NER types the retailer in "new entrants such as Amazon" as a place; the places layer
    leaves it out (no geo, not in the record's places), and so does the corpus."""
    from corpus_records import KYIV, StoryBuilder

    from dateline.record import Place

    story = StoryBuilder("stories/shops.txt", "2023-10-01")
    story.add("New entrants such as ")
    story.name("Amazon", "GPE")
    story.add(" opened offices in ")
    kyiv = story.name("Kyiv", "GPE", geo=KYIV)
    story.add(".")
    record = story.record()
    record = record.model_copy(update={"places": [Place(entity=kyiv, name="Kyiv", kind="toponym", span=record.entities[1].mentions[0].span, geo=KYIV)]})
    path = tmp_path / "shops.db"
    with StoreWriter(path) as writer:
        writer.write_records([record])
    assert [place["name"] for place in find_places(path)] == ["Kyiv"]
