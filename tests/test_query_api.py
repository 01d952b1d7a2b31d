"""The Python query API on a small hand-made store."""

from __future__ import annotations

import json

import pytest
from storefakes import FakeCoded, article, make_event, sample_corpus

from dotterel import query
from dotterel.query import QueryError
from dotterel.store import Store
from dotterel.store.ingest import ingest_records


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    corpus = sample_corpus()
    path = tmp_path_factory.mktemp("q") / "events.duckdb"
    ingest_records(corpus.articles, path, corpus.coder(), progress=False)
    return path


def test_events_count_clusters_by_default_and_reports_on_request(db):
    clustered = query.events(db)
    reports = query.events(db, clusters=False)
    assert len(reports) == 4  # the negated one is not an event of record
    assert len(clustered) == 3  # the two drill reports are one event
    drill = clustered[clustered.event == "COOPERATE"].iloc[0]
    assert (drill.n_reports, drill.n_outlets, drill.n_independent_outlets) == (2, 2, 1)
    assert query.count_events(db) == 3 and query.count_events(db, clusters=False) == 4
    assert len(query.events(db, include_unreal=True, clusters=False)) == 5


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"actor": "RUS"}, {"reuters-1-0", "reuters-1-1", "sputnik-1-0"}),
        ({"actor": "USA,RUS", "recipient": "SYR"}, {"guardian-1-0"}),
        ({"recipient": "PAK"}, {"reuters-1-1"}),
        ({"party": "PAK"}, {"reuters-1-0", "reuters-1-1", "sputnik-1-0"}),
        ({"category": "assault"}, {"guardian-1-0"}),
        ({"quad": 2}, {"reuters-1-0", "sputnik-1-0"}),
        ({"quad": "verbal_cooperation"}, {"reuters-1-1"}),
        ({"context": "economic"}, {"reuters-1-1"}),
        ({"since": "2022-08-17"}, {"guardian-1-0"}),
        ({"until": "2014"}, {"reuters-1-1"}),
        ({"since": "2014", "until": "2014-12"}, {"reuters-1-1"}),
        ({"outlet": "sputniknews.com"}, {"sputnik-1-0"}),
        ({"outlet": "The Guardian"}, {"guardian-1-0"}),
        ({"country": "RUS"}, {"sputnik-1-0"}),
        ({"min_outlets": 2}, {"reuters-1-0", "sputnik-1-0"}),
        ({"min_independent_outlets": 1, "actor": "USA"}, {"guardian-1-0"}),
        ({"doc_id": "sputnik-1"}, {"sputnik-1-0"}),
    ],
)
def test_filters_select_the_right_reports(db, filters, expected):
    assert set(query.events(db, clusters=False, **filters)["id"]) == expected


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"actor": "Russia"}, "actor"),
        ({"category": "HUG"}, "category"),
        ({"quad": 7}, "quad"),
        ({"context": "sports"}, "context"),
        ({"since": "last year"}, "since"),
        ({"until": "2022-13-01"}, "until"),
        ({"since": "2023", "until": "2022"}, "after"),
        ({"min_outlets": "many"}, "min_outlets"),
        ({"limit": 0}, "limit"),
        ({"colour": "red"}, "unknown filter"),
    ],
)
def test_bad_filter_values_give_a_clear_error(db, filters, message):
    with pytest.raises(QueryError, match=message):
        query.events(db, **filters)


def test_user_values_never_become_sql(db):
    hostile = "x'); DROP TABLE events; --"
    assert query.search(db, hostile).empty
    assert query.events(db, outlet=hostile).empty
    assert query.summary(db)["events"] == 5


def test_missing_store_is_a_query_error(tmp_path):
    with pytest.raises(QueryError, match="no store"):
        query.events(tmp_path / "nope.duckdb")


def test_historical_2014_event_sits_in_2014_in_the_dyad_series(db):
    series = query.dyad_series(db, "RUS", "PAK", freq="year", by="quad")
    assert list(series.period) == ["2014-01-01", "2022-01-01"]
    by_year = series.set_index("period")
    assert by_year.loc["2014-01-01", "verbal_cooperation"] == 1
    assert by_year.loc["2022-01-01", "material_cooperation"] == 1  # two reports, one event
    assert by_year.loc["2022-01-01", "mean_scale"] == pytest.approx(9.5)
    reports = query.dyad_series(db, "PAK", "RUS", freq="month", by="category", clusters=False)
    assert reports.set_index("period").loc["2022-08-01", "COOPERATE"] == 2
    assert query.dyad_series(db, "RUS", "PAK", directed=True).n_events.sum() == 1
    assert query.dyad_series(db, "PAK", "RUS", directed=True).empty


def test_dyad_series_validates_its_arguments(db):
    for kwargs, message in [({"freq": "hourly"}, "freq"), ({"by": "mood"}, "by")]:
        with pytest.raises(QueryError, match=message):
            query.dyad_series(db, "RUS", "PAK", **kwargs)
    with pytest.raises(QueryError, match="b"):
        query.dyad_series(db, "RUS", "Pakistan")


def test_top_actors_and_dyads(db):
    actors = query.top_actors(db).set_index("code")
    assert actors.loc["RUS", "n_events"] == 2 and actors.loc["PAK", "n_as_recipient"] == 1
    assert list(query.top_actors(db, role="recipient").code) == ["PAK", "SYR"]
    dyads = query.top_dyads(db)
    first = dyads.iloc[0]
    assert (first.actor, first.recipient, first.n_events, first.n_cooperation) == ("PAK", "RUS", 2, 2)
    directed = query.top_dyads(db, directed=True)
    assert ("RUS", "PAK") in set(zip(directed.actor, directed.recipient, strict=True))
    assert len(query.network(db, n=1)) == 1


def test_search_finds_every_word_in_the_evidence(db):
    hits = query.search(db, "Joint DRILLS")
    assert set(hits["id"]) == {"reuters-1-0", "sputnik-1-0"}
    assert query.search(db, "joint helicopters").empty
    with pytest.raises(QueryError):
        query.search(db, "  ")


def test_clusters_keep_every_report(db):
    table = query.clusters(db, min_reports=2)
    assert len(table) == 1
    row = query.to_records(table)[0]
    assert row["outlets"] == ["reuters.com", "sputniknews.com"]
    assert {(r["doc_id"], r["outlet"]) for r in row["reports"]} == {
        ("reuters-1", "reuters.com"),
        ("sputnik-1", "sputniknews.com"),
    }
    assert len(query.cluster_reports(db, row["cluster_id"])) == 2
    assert len(query.clusters(db, actor="USA")) == 1
    json.dumps(query.to_records(query.clusters(db)))  # JSON-safe


def test_article_has_text_events_and_evidence_spans(db):
    doc = query.article(db, "reuters-1")
    assert doc["outlet_name"] == "Reuters" and doc["outlet_state_affiliated"] is False
    assert [e["event"] for e in doc["events"]] == ["COOPERATE", "AGREE"]
    for event in doc["events"]:
        info = event["text_info"]
        assert doc["text"][info["trigger_start"] : info["trigger_end"]] == event["event_text"]
        assert doc["text"][info["start"] : info["end"]] == event["text"]
    assert query.article(db, "no-such-doc") is None
    json.dumps(doc)


def test_queries_accept_an_open_store(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.add([FakeCoded(article("x"), [make_event("x", 0, "AGREE", ["RUS"], ["PAK"])])])
        assert list(query.events(store, clusters=False)["id"]) == ["x-0"]
        assert query.summary(store.con)["articles"] == 1


def test_single_event_cluster_and_outlet_lookups(db):
    drill = query.event(db, "sputnik-1-0")
    assert drill["outlet"] == "sputniknews.com" and drill["n_outlets"] == 2
    assert query.event(db, "nope") is None
    whole = query.cluster(db, drill["cluster_id"])
    assert sorted(r["id"] for r in whole["reports"]) == ["reuters-1-0", "sputnik-1-0"]
    assert query.cluster(db, "C-missing") is None
    table = query.outlet_stats(db).set_index("outlet")
    assert table.loc["sputniknews.com", "outlet_state_affiliated"]
    assert table.loc["reuters.com", "n_events"] == 2


def test_dyad_needs_two_different_single_codes(db):
    with pytest.raises(QueryError, match="exactly one"):
        query.dyad_series(db, "RUS,USA", "PAK")
    with pytest.raises(QueryError, match="two different"):
        query.dyad_series(db, "RUS", "rus")


def test_dyad_series_by_category_also_counts_quads(db):
    row = query.dyad_series(db, "RUS", "PAK", freq="year", by="category").iloc[0]
    assert (row.AGREE, row.verbal_cooperation) == (1, 1)


def test_store_locked_by_a_writer_is_reported_as_unavailable(db, tmp_path):
    import subprocess
    import sys

    from dotterel.query import StoreUnavailable

    locked = tmp_path / "locked.duckdb"
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]);"
            " print('ready', flush=True); time.sleep(30)",
            str(locked),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout.readline().strip() == "ready"
        with pytest.raises(StoreUnavailable, match="cannot open"):
            query.summary(locked)
    finally:
        writer.kill()
        writer.wait()
