"""POST /api/ingest (only behind the operator's token) and the `dotterel serve` command's checks."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from dotterel.api import create_app
from dotterel.api.ingest import parse_articles
from dotterel.cli import app as cli_app
from dotterel.models import Article, Entity, Event, Rejection, TextInfo
from dotterel.pipeline import CodedArticle

TOKEN = "s3cret-token-for-tests"


class OneEventCoder:
    """Codes every article into one AGREE event on its first sentence (no spaCy needed)."""

    def __init__(self) -> None:
        self.coded: list[str] = []

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        for article in articles:
            self.coded.append(article.id)
            end = article.text.find(".") + 1 or len(article.text)
            event = Event(id=f"{article.id}-0", doc_id=article.id, date=article.published, event="AGREE",
                          actor=[Entity("RUS", "GOV", article.text[:6], 0, 6)], event_text="agreed",
                          text=article.text[:end], text_info=TextInfo(0, 0, end), quad_code=1,
                          event_scale=2.5)
            yield CodedArticle(article, [event], 1)


@pytest.fixture
def coder() -> OneEventCoder:  # shadows the spaCy coder of conftest: these tests need none
    return OneEventCoder()


@pytest.fixture
def client(tmp_path: Path, coder: OneEventCoder) -> TestClient:
    return TestClient(create_app(tmp_path / "new.duckdb", ingest_token=TOKEN, coder=coder))


def _auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


BODY = "\n".join([
    json.dumps({"id": "a1", "text": "Russia agreed to talks. More text.", "date": "2024-03-01",
                "url": "https://www.reuters.com/a1"}),
    "{not json",
    json.dumps({"id": "a2", "title": "no text here"}),
    json.dumps({"id": "a3", "text": "Moscow agreed to a ceasefire.", "date": "2024-03-02"}),
])


def test_ingest_needs_the_bearer_token(client):
    assert client.post("/api/ingest", content=BODY).status_code == 401
    assert client.post("/api/ingest", content=BODY, headers={"Authorization": "Basic abc"}).status_code == 401
    assert client.post("/api/ingest", content=BODY, headers=_auth("wrong")).status_code == 403
    assert client.get("/api/summary").json()["articles"] == 0


def test_ingest_codes_good_records_and_reports_bad_lines(client, coder):
    response = client.post("/api/ingest", content=BODY, headers=_auth())
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["summary"]["coded"] == 2 and body["summary"]["events"] == 2
    assert [r["line"] for r in body["rejected"]] == [2, 3]
    assert "JSON" in body["rejected"][0]["reason"] and "text" in body["rejected"][1]["reason"]
    assert coder.coded == ["a1", "a3"]
    article = client.get("/api/articles/a1").json()
    assert article["outlet"]["domain"] == "reuters.com" and article["events"][0]["event"] == "AGREE"
    again = client.post("/api/ingest", content=BODY, headers=_auth()).json()
    assert again["summary"]["coded"] == 0 and again["summary"]["skipped"] == 2  # stored nothing twice


def test_ingest_accepts_a_json_array(client):
    articles = [{"id": "j1", "text": "Russia agreed."}, {"id": "j2", "text": "Russia agreed again."}]
    body = client.post("/api/ingest", json=articles, headers=_auth()).json()
    assert body["summary"]["coded"] == 2 and body["rejected"] == []
    assert client.get("/api/events", params={"clusters": "false"}).json()["total"] == 2


def test_ingest_of_nothing_is_422(client):
    assert client.post("/api/ingest", content=b"", headers=_auth()).status_code == 422


def test_ingest_is_documented_only_when_enabled(client):
    assert "/api/ingest" in client.get("/openapi.json").json()["paths"]


def test_parse_articles_names_line_and_reason():
    records = parse_articles(b'{"id": "x", "text": "Fine text."}\n[1, 2]\n\xff\xfe')
    assert isinstance(records[0], Article)
    assert all(isinstance(r, Rejection) for r in records[1:])
    assert [r.line for r in records[1:]] == [2, 3] and "UTF-8" in records[2].reason


# ---------- dotterel serve ----------

def test_serve_help_shows_an_example():
    result = CliRunner().invoke(cli_app, ["serve", "--help"])
    assert result.exit_code == 0 and "dotterel serve --db" in result.output


def test_serve_refuses_a_missing_store(tmp_path):
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no store" in result.output


def test_serve_refuses_an_unset_token_variable(tmp_path, monkeypatch):
    monkeypatch.delenv("DOTTEREL_TEST_TOKEN", raising=False)
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(tmp_path / "x.duckdb"),
                                          "--ingest-token-env", "DOTTEREL_TEST_TOKEN"])
    assert result.exit_code == 2 and "DOTTEREL_TEST_TOKEN" in result.output


def test_reads_during_ingest_all_succeed(tmp_path, coder):
    app = create_app(tmp_path / "busy.duckdb", ingest_token=TOKEN, coder=coder)
    statuses: list[int] = []
    stop = threading.Event()

    def keep_reading() -> None:
        reader = TestClient(app)
        while not stop.is_set():
            statuses.append(reader.get("/api/events", params={"clusters": "false"}).status_code)

    readers = [threading.Thread(target=keep_reading) for _ in range(3)]
    for thread in readers:
        thread.start()
    writer = TestClient(app)
    try:
        for n in range(5):
            body = {"id": f"busy-{n}", "text": f"Russia agreed to plan {n}."}
            assert writer.post("/api/ingest", json=[body], headers=_auth()).status_code == 200
    finally:
        stop.set()
        for thread in readers:
            thread.join()
    assert statuses and set(statuses) == {200}
    assert writer.get("/api/events", params={"clusters": "false"}).json()["total"] == 5
