"""`dotterel ingest` and `dotterel export` from the command line (fake coder; one real end-to-end run)."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest
from storefakes import FakeCoder, make_event
from typer.testing import CliRunner

import dotterel.cli  # noqa: F401  (registers every command)
from dotterel import query
from dotterel.cli.app import app
from dotterel.store.ingest import ingest

runner = CliRunner()
TEXT = "Russia and Pakistan began joint military drills near Islamabad on Tuesday."


@pytest.fixture()
def inputs(tmp_path):
    lines = [
        {"id": "a1", "text": TEXT, "date": "2022-08-16", "url": "https://www.reuters.com/a1"},
        {"id": "a2", "text": TEXT.replace("Tuesday", "Monday"), "date": "2022-08-16", "source": "RT"},
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n{broken json\n", encoding="utf-8")
    return path


@pytest.fixture()
def fake_coder(monkeypatch):
    events = {
        doc: [make_event(doc, 0, "COOPERATE", ["PAK", "RUS"], text=TEXT, trigger="began joint")]
        for doc in ("a1", "a2")
    }
    created: list[FakeCoder] = []

    def factory(settings=None, nlp=None):
        created.append(FakeCoder(events))
        return created[-1]

    monkeypatch.setattr("dotterel.pipeline.Coder", factory)
    return created


def test_ingest_twice_stores_nothing_twice(tmp_path, inputs, fake_coder):
    db = tmp_path / "events.duckdb"
    first = runner.invoke(app, ["ingest", str(inputs), "--db", str(db), "--no-progress"])
    assert first.exit_code == 0, first.output
    assert "2 articles coded, 0 skipped as already stored, 1 rejected, 2 events stored" in first.stderr
    assert "news.jsonl:3" in first.stderr  # the broken line, by file and line
    second = runner.invoke(app, ["ingest", str(inputs), "--db", str(db), "--no-progress"])
    assert second.exit_code == 0
    assert "0 articles coded, 2 skipped as already stored" in second.stderr
    assert fake_coder[1].coded_ids == []
    assert query.summary(db) == {"articles": 2, "events": 2, "clusters": 1, "outlets": 2}


def test_ingest_warns_of_a_file_in_another_encoding_on_a_line_of_its_own(tmp_path, fake_coder):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a1.txt").write_bytes(f"date: 2022-08-16\n\n{TEXT} Les autorités ont réagi.\n".encode("cp1252"))
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "x.duckdb"), "--progress"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.replace("\r", "\n").splitlines()
    assert any(line.startswith("dotterel: WARNING:") and "a1.txt" in line and "cp1252" in line
               for line in lines), result.stderr


def test_ingest_misuse_exits_non_zero(tmp_path, fake_coder):
    result = runner.invoke(app, ["ingest", "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 2 and "INPUT" in result.stderr
    assert runner.invoke(app, ["ingest", str(tmp_path / "missing.txt")]).exit_code != 0


def test_ingest_of_only_unreadable_input_fails(tmp_path, fake_coder):
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01\x02binary\x00" * 50)
    result = runner.invoke(app, ["ingest", str(bad), "--db", str(tmp_path / "x.duckdb"), "--no-progress"])
    assert result.exit_code == 1 and "bad.bin" in result.stderr


@pytest.fixture()
def db(tmp_path, inputs, fake_coder):
    path = tmp_path / "events.duckdb"
    assert runner.invoke(app, ["ingest", str(inputs), "--db", str(path), "--no-progress"]).exit_code == 0
    return path


def test_export_to_stdout_as_plover_jsonl(db):
    result = runner.invoke(app, ["export", "--db", str(db), "--actor", "RUS", "--event", "COOPERATE"])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["doc_id"] for r in records) == ["a1", "a2"]
    assert {r["outlet"] for r in records} == {"reuters.com", "rt.com"}


def test_export_formats_and_filters(db, tmp_path):
    csv_out, pq_out = tmp_path / "e.csv", tmp_path / "e.parquet"
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(csv_out)]).exit_code == 0
    assert csv_out.read_text().splitlines()[0].startswith("id,doc_id,date")
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(pq_out)]).exit_code == 0
    assert pq.read_table(pq_out).num_rows == 2
    none = runner.invoke(
        app, ["export", "--db", str(db), "--recipient", "USA", "--since", "2020", "--until", "2023-01-01"]
    )
    assert none.exit_code == 0 and none.stdout == ""


def test_export_bad_filter_is_a_clear_error(db):
    result = runner.invoke(app, ["export", "--db", str(db), "--since", "yesterday"])
    assert result.exit_code == 2 and "since" in result.stderr
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "xml"])
    assert result.exit_code == 2 and "format" in result.stderr


def test_ingest_from_parquet(tmp_path, db):
    parts = tmp_path / "parts"
    parts.mkdir()
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(parts / "part-0.parquet")]).exit_code == 0
    copy = tmp_path / "copy.duckdb"
    result = runner.invoke(app, ["ingest", "--from-parquet", str(parts), "--db", str(copy), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert query.summary(copy)["events"] == 2


@pytest.mark.slow
def test_seed_article_end_to_end(coder, shared_dir, tmp_path):
    """The real coder on the seed article: the 2014 agreement sits in 2014 on the RUS–PAK timeline."""
    db = tmp_path / "seed.duckdb"
    summary = ingest([shared_dir / "corpora" / "seed"], db, coder, progress=False)
    assert summary.coded == 1 and summary.events > 0
    assert ingest([shared_dir / "corpora" / "seed"], db, coder, progress=False).skipped == 1
    series = query.dyad_series(db, "RUS", "PAK", freq="year")
    assert "2014-01-01" in set(series.period)
    doc = query.article(db, summary_doc_id(db))
    assert doc["outlet"] == "sputniknews.com"
    for event in doc["events"]:
        info = event["text_info"]
        assert doc["text"][info["start"] : info["end"]].strip() == event["text"].strip()


def summary_doc_id(db) -> str:
    return query.events(db, limit=1)["doc_id"][0]
