"""The REST API over a small hand-made store (no spaCy): every endpoint, filters, paging, bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dotterel.api import create_app
from dotterel.cli import app as cli_app
from dotterel.models import Article, Entity, Event, TextInfo
from dotterel.pipeline import CodedArticle
from dotterel.plover import event_scale, quad_code
from dotterel.store import Store
from dotterel.store.clusters import recluster
from dotterel.store.export import export

DRILL_WIRE = "Russia and Pakistan held joint military drills near Islamabad on Tuesday."
HISTORY = "In 2014 Moscow signed a defence agreement with Islamabad."
DRILL_STATE = "Pakistani and Russian troops began joint military drills near Islamabad, officials said."
STRIKE = "US jets struck Syrian army positions near Homs."
NOT_MET = "Moscow did not meet Kabul."


def _event(article: Article, n: int, category: str, sentence: str, trigger: str,
           actors: list[tuple[str, str]], recipients: list[tuple[str, str]] = (), **extra) -> Event:
    """An event whose evidence offsets point at the given words of `sentence` inside the article text."""
    start = article.text.index(sentence)

    def entity(code: str, words: str) -> Entity:
        at = article.text.index(words, start)
        return Entity(code, "GOV", words, at, at + len(words))

    trigger_at = article.text.index(trigger, start)
    return Event(
        id=f"{article.id}-{n}", doc_id=article.id, date=article.published, event=category,
        actor=[entity(c, w) for c, w in actors], recipient=[entity(c, w) for c, w in recipients],
        context=["military"], event_text=trigger, text=sentence,
        text_info=TextInfo(n, start, start + len(sentence), trigger_at, trigger_at + len(trigger)),
        quad_code=quad_code(category), event_scale=event_scale(category), reciprocal=not recipients,
        cite_info={"url": article.url, "title": article.title, "publication": article.source}, **extra,
    )


def _corpus() -> list[CodedArticle]:
    wire = Article("wire-1", f"{DRILL_WIRE} {HISTORY}", "2022-08-16", "Drills", "https://www.reuters.com/w/1")
    state = Article("state-1", DRILL_STATE, "2022-08-17", "Joint drills", "https://sputniknews.com/20220817/x")
    paper = Article("paper-1", f"{STRIKE} {NOT_MET}", "2022-09-01", "Strikes", "https://www.theguardian.com/p/1")
    return [
        CodedArticle(wire, [
            _event(wire, 0, "COOPERATE", DRILL_WIRE, "held joint military drills",
                   [("RUS", "Russia"), ("PAK", "Pakistan")]),
            _event(wire, 1, "SUPPORT", HISTORY, "signed", [("RUS", "Moscow")], [("PAK", "Islamabad")],
                   aux="historical", event_date="2014"),
        ], 2),
        CodedArticle(state, [
            _event(state, 0, "COOPERATE", DRILL_STATE, "began joint military drills",
                   [("PAK", "Pakistani"), ("RUS", "Russian")]),
        ], 1),
        CodedArticle(paper, [
            _event(paper, 0, "ASSAULT", STRIKE, "struck", [("USA", "US")], [("SYR", "Syrian")]),
            _event(paper, 1, "CONSULT", NOT_MET, "meet", [("RUS", "Moscow")], [("AFG", "Kabul")],
                   aux="negated"),
        ], 2),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "events.duckdb"
    with Store(path) as store:
        store.add(_corpus())
        recluster(store)
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db))


def _ids(items: list[dict]) -> set[str]:
    return {item["id"] for item in items}


# ---------- /api/events ----------

def test_events_count_one_row_per_cluster_unless_reports_are_asked_for(client):
    clustered = client.get("/api/events").json()
    reports = client.get("/api/events", params={"clusters": "false"}).json()
    assert reports["total"] == 4  # the negated event is not an event of record
    assert clustered["total"] == 3  # the two drill reports are one real-world event
    assert len(clustered["items"]) == clustered["total"]
    drill = next(e for e in clustered["items"] if e["event"] == "COOPERATE")
    assert drill["cluster"]["n_reports"] == 2 and drill["cluster"]["n_outlets"] == 2


def test_event_records_carry_outlet_and_corroboration(client):
    params = {"clusters": "false", "outlet": "sputniknews.com"}
    items = client.get("/api/events", params=params).json()["items"]
    assert _ids(items) == {"state-1-0"}
    assert items[0]["outlet"]["state_affiliated"] is True
    assert items[0]["outlet"]["country"] == "RUS"
    assert items[0]["cluster"]["state_affiliated_only"] is False  # a wire service reports it too


@pytest.mark.parametrize(("params", "expected"), [
    ({"actor": "RUS", "recipient": "PAK"}, {"wire-1-1"}),
    ({"category": "assault"}, {"paper-1-0"}),
    ({"quad": "4"}, {"paper-1-0"}),
    ({"since": "2014", "until": "2014-12-31"}, {"wire-1-1"}),  # historical event at its own date
    ({"since": "2022-08-17"}, {"state-1-0", "paper-1-0"}),
    ({"min_outlets": "2"}, {"wire-1-0", "state-1-0"}),
    ({"country": "RUS"}, {"state-1-0"}),
    ({"party": "SYR"}, {"paper-1-0"}),
    ({"include_unreal": "true", "actor": "RUS", "recipient": "AFG"}, {"paper-1-1"}),
    ({"actor": "RUS", "recipient": "AFG"}, set()),
])
def test_event_filters_select_the_matching_reports(client, params, expected):
    body = client.get("/api/events", params={**params, "clusters": "false"}).json()
    assert _ids(body["items"]) == expected
    assert body["total"] == len(expected)


def test_events_page_through_all_rows_without_repeats(client):
    seen: list[str] = []
    for offset in range(4):
        body = client.get("/api/events", params={"clusters": "false", "limit": 1, "offset": offset}).json()
        assert body["total"] == 4 and len(body["items"]) == 1
        seen += [item["id"] for item in body["items"]]
    assert len(set(seen)) == 4
    beyond = client.get("/api/events", params={"clusters": "false", "limit": 1, "offset": 9}).json()
    assert beyond["items"] == [] and beyond["total"] == 4


@pytest.mark.parametrize(("params", "named"), [
    ({"category": "FOO"}, "category"),
    ({"quad": "7"}, "quad"),
    ({"since": "2014-13-01"}, "since"),
    ({"until": "yesterday"}, "until"),
    ({"since": "2022", "until": "2014"}, "since"),
    ({"limit": "-1"}, "limit"),
    ({"limit": "0"}, "limit"),
    ({"limit": "5000"}, "limit"),
    ({"offset": "-3"}, "offset"),
    ({"actor": "RU5"}, "actor"),
    ({"context": "sports"}, "context"),
    ({"clusters": "maybe"}, "clusters"),
    ({"min_outlets": "-1"}, "min_outlets"),
])
def test_bad_filters_get_422_naming_the_filter(client, params, named):
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    assert named in response.json()["detail"]


def test_api_events_equal_the_cli_export_for_the_same_filters(client, db):
    for api_filters, cli_filters in [({}, []), ({"actor": "RUS"}, ["--actor", "RUS"]),
                                     ({"category": "COOPERATE", "since": "2022-08-17"},
                                      ["--event", "COOPERATE", "--since", "2022-08-17"])]:
        result = CliRunner().invoke(cli_app, ["export", "--db", str(db), *cli_filters])
        assert result.exit_code == 0, result.output
        exported = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
        body = client.get("/api/events", params={**api_filters, "clusters": "false", "include_unreal": "true",
                                                 "limit": 1000}).json()
        served = {item["id"]: item for item in body["items"]}
        assert served.keys() == exported.keys() and exported
        for event_id, record in exported.items():
            plover = {k: v for k, v in record.items() if k not in ("outlet", "cluster_id")}
            assert {k: served[event_id][k] for k in plover} == plover
            assert served[event_id]["cluster"]["id"] == record["cluster_id"]


def test_api_events_equal_the_python_export(client, db):
    out = io.StringIO()
    export(db, out, "jsonl", recipient="PAK")
    exported = [json.loads(line) for line in out.getvalue().splitlines()]
    served = client.get("/api/events", params={"recipient": "PAK", "clusters": "false",
                                               "include_unreal": "true"}).json()["items"]
    assert sorted(r["id"] for r in exported) == sorted(e["id"] for e in served)


def test_one_event_by_id(client):
    event = client.get("/api/events/wire-1-1").json()
    assert (event["event"], event["aux"], event["event_date"]) == ("SUPPORT", "historical", "2014")
    assert event["effective_date"] == "2014-01-01"
    response = client.get("/api/events/no-such-event")
    assert response.status_code == 404 and "no-such-event" in response.json()["detail"]


# ---------- clusters ----------

def test_clusters_list_and_detail_agree(client):
    body = client.get("/api/clusters").json()
    assert body["total"] == 3
    top = body["items"][0]  # most reported first
    assert (top["event"], top["n_reports"], top["n_outlets"]) == ("COOPERATE", 2, 2)
    detail = client.get(f"/api/clusters/{top['id']}").json()
    assert {r["doc_id"] for r in detail["reports"]} == {"wire-1", "state-1"}
    assert detail["n_reports"] == len(detail["reports"])
    with_reports = client.get("/api/clusters", params={"min_reports": 2, "reports": "true"}).json()
    assert with_reports["total"] == 1 and len(with_reports["items"][0]["reports"]) == 2
    assert client.get("/api/clusters/C-none").status_code == 404
    assert client.get("/api/clusters", params={"min_reports": 0}).status_code == 422


# ---------- dyads and actors ----------

def test_dyad_series_places_history_at_its_own_date(client):
    body = client.get("/api/dyads/rus/pak", params={"freq": "month"}).json()
    series = {point["period"]: point for point in body["series"]}
    assert set(series) == {"2014-01-01", "2022-08-01"}
    assert series["2014-01-01"]["quad"]["1"] == 1 and series["2014-01-01"]["categories"] == {"SUPPORT": 1}
    assert series["2022-08-01"]["quad"]["2"] == 1  # one drill cluster, reported twice
    assert series["2022-08-01"]["mean_score"] == event_scale("COOPERATE")
    assert body["events"]["total"] == 2 and _ids(body["events"]["items"]) == {"wire-1-0", "wire-1-1"}
    reports = client.get("/api/dyads/RUS/PAK", params={"clusters": "false"}).json()
    assert reports["events"]["total"] == 3
    directed = client.get("/api/dyads/PAK/RUS", params={"directed": "true"}).json()
    assert directed["series"] == [] and directed["events"]["total"] == 0


@pytest.mark.parametrize("url", ["/api/dyads/RUS/PAK?freq=fortnight", "/api/dyads/RUSSIA/PAK",
                                 "/api/dyads/RUS/PAK?category=NOPE", "/api/dyads?limit=0"])
def test_bad_dyad_requests_get_422(client, url):
    assert client.get(url).status_code == 422


def test_top_dyads_and_actors(client):
    dyads = client.get("/api/dyads").json()["items"]
    assert {(d["actor"], d["recipient"]) for d in dyads} == {("PAK", "RUS"), ("SYR", "USA")}
    assert next(d for d in dyads if d["actor"] == "PAK")["events"] == 2
    actors = client.get("/api/actors").json()["items"]
    assert actors[0]["code"] in ("RUS", "PAK") and actors[0]["events"] == 2
    assert {a["code"] for a in actors} == {"RUS", "PAK", "USA", "SYR"}
    recipients = client.get("/api/actors", params={"role": "recipient"}).json()["items"]
    assert {a["code"] for a in recipients} == {"PAK", "SYR"}
    assert client.get("/api/actors", params={"role": "boss"}).status_code == 422
    assert client.get("/api/actors", params={"limit": "-2"}).status_code == 422


# ---------- articles and search ----------

def test_article_gives_text_and_evidence_offsets(client):
    body = client.get("/api/articles/wire-1").json()
    text = body["text"]
    assert text.startswith(DRILL_WIRE)
    assert body["outlet"]["name"] and body["outlet"]["state_affiliated"] is False
    events = {e["id"]: e for e in body["events"]}
    history = events["wire-1-1"]["evidence"]
    assert history["trigger"]["text"] == "signed"
    assert text[history["trigger"]["start"]:history["trigger"]["end"]] == "signed"
    assert [(a["code"], a["text"]) for a in history["actors"]] == [("RUS", "Moscow")]
    assert [(r["code"], r["text"]) for r in history["recipients"]] == [("PAK", "Islamabad")]
    assert history["sentence"]["text"] == HISTORY
    drill = events["wire-1-0"]
    assert drill["cluster"]["n_reports"] == 2


def test_article_of_a_state_affiliated_outlet_says_so(client):
    body = client.get("/api/articles/state-1").json()
    assert body["outlet"]["state_affiliated"] is True
    assert body["events"][0]["evidence"]["trigger"]["text"] == "began joint military drills"


def test_unknown_article_is_404(client):
    response = client.get("/api/articles/nope")
    assert response.status_code == 404 and "nope" in response.json()["detail"]


def test_search_finds_words_in_the_evidence(client):
    body = client.get("/api/search", params={"q": "joint DRILLS"}).json()
    assert _ids(body["items"]) == {"wire-1-0", "state-1-0"} and body["total"] == 2
    assert client.get("/api/search", params={"q": "joint drills", "clusters": "true"}).json()["total"] == 1
    assert client.get("/api/search", params={"q": "submarine"}).json()["total"] == 0
    assert client.get("/api/search").status_code == 422
    assert client.get("/api/search", params={"q": ""}).status_code == 422


def test_summary_counts_the_store(client):
    assert client.get("/api/summary").json() == {"articles": 3, "events": 5, "clusters": 3, "outlets": 3}


# ---------- schema and app ----------

def test_openapi_schema_documents_every_endpoint_and_filter(client):
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    for path in ["/api/events", "/api/events/{event_id}", "/api/clusters", "/api/clusters/{cluster_id}",
                 "/api/dyads", "/api/dyads/{a}/{b}", "/api/actors", "/api/articles/{doc_id}", "/api/search"]:
        assert path in paths, path
    assert "/api/ingest" not in paths
    parameters = {p["name"]: p for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    for name in ["actor", "recipient", "category", "quad", "context", "since", "until", "outlet", "country",
                 "min_outlets", "clusters", "limit", "offset"]:
        assert parameters[name].get("description"), name


def test_ingest_endpoint_is_absent_without_a_token(client):
    assert client.post("/api/ingest", content=b'{"id": "x", "text": "Hello."}').status_code in (404, 405)


def test_app_refuses_a_missing_store(tmp_path):
    with pytest.raises(FileNotFoundError):
        create_app(tmp_path / "missing.duckdb")
