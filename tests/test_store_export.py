"""Exports (JSON Lines, CSV, Parquet) round-trip; the Parquet layout loads back with --from-parquet."""

from __future__ import annotations

import io
import json

import duckdb
import pyarrow.parquet as pq
import pytest
from storefakes import FakeCoded, sample_corpus

from dotterel.query import QueryError
from dotterel.store import EVENT_SCHEMA, Store, write_parquet_partition
from dotterel.store.export import export, read_events, write_events
from dotterel.store.ingest import ingest_parquet, ingest_records


def _all_events():
    return [e for events in sample_corpus().events.values() for e in events]


def _key(event):
    return (
        event.id,
        event.doc_id,
        event.event,
        event.date,
        event.event_date,
        event.aux,
        event.mode,
        [(a.code, a.sector, a.entity_text) for a in event.actor],
        [(r.code, r.sector, r.entity_text) for r in event.recipient],
        list(event.context),
        event.text,
        event.event_text,
        event.quad_code,
        event.event_scale,
        event.text_info,
    )


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_write_events_round_trips(tmp_path, fmt):
    events = _all_events()
    out = tmp_path / f"events.{fmt}"
    assert write_events(events, out, fmt) == len(events)
    assert [_key(e) for e in read_events(out, fmt)] == [_key(e) for e in events]


def test_jsonl_is_plover_with_doc_id_on_every_line():
    buffer = io.StringIO()
    write_events(_all_events(), buffer, "jsonl")
    records = [json.loads(line) for line in buffer.getvalue().splitlines()]
    assert len(records) == 5
    for record in records:
        assert {"id", "doc_id", "date", "event", "actor", "recipient", "text_info", "quad_code"} <= set(
            record
        )
        assert record["doc_id"]


def test_parquet_has_the_store_schema(tmp_path):
    out = tmp_path / "events.parquet"
    write_events(_all_events(), out, "parquet")
    assert pq.read_schema(out).names == EVENT_SCHEMA.names


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(QueryError, match="format"):
        write_events(_all_events(), tmp_path / "x.xml", "xml")


@pytest.fixture()
def store_path(tmp_path):
    corpus = sample_corpus()
    db = tmp_path / "events.duckdb"
    ingest_records(corpus.articles, db, corpus.coder(), progress=False)
    return db


def test_export_filters_by_actor_recipient_category_and_dates(store_path, tmp_path):
    out = tmp_path / "rus.jsonl"
    assert export(store_path, out, "jsonl", actor="RUS", recipient="PAK") == 1  # the 2014 AGREE
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["event"] == "AGREE" and record["event_date"] == "2014"
    assert record["outlet"] == "reuters.com" and record["cluster_id"]
    assert export(store_path, out, "jsonl", category="COOPERATE") == 2
    assert export(store_path, out, "jsonl", since="2022-08-18") == 2  # guardian's two, by their own date
    assert export(store_path, out, "jsonl", until="2014") == 1


def test_export_all_formats_round_trip_from_the_store(store_path, tmp_path):
    expected = sorted(_key(e) for e in _all_events())
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"all.{fmt}"
        assert export(store_path, out, fmt) == 5
        assert sorted(_key(e) for e in read_events(out, fmt)) == expected


def test_parquet_partitions_load_into_a_store_once(tmp_path):
    corpus = sample_corpus()
    coded = [FakeCoded(a, corpus.events[a.id]) for a in corpus.articles]
    parts = tmp_path / "parts"
    write_parquet_partition(coded[:2], parts, 0)
    write_parquet_partition(coded[2:], parts, 1)
    direct = (
        duckdb.connect()
        .execute(f"SELECT count(*) FROM read_parquet('{parts}/events/*.parquet')")
        .fetchone()[0]
    )
    assert direct == 5  # DuckDB reads the partitions directly too

    db = tmp_path / "from_parquet.duckdb"
    first = ingest_parquet(parts, db, progress=False)
    again = ingest_parquet(parts, db, progress=False)
    assert (first.coded, first.events) == (3, 5)
    assert (again.coded, again.skipped) == (0, 3)
    with Store(db) as store:
        stored = sorted(_key(e) for e in store.events())
        texts = dict(store.con.execute("SELECT doc_id, text FROM articles").fetchall())
    assert stored == sorted(_key(e) for e in _all_events())
    assert texts["sputnik-1"] == corpus.articles[1].text


def test_events_only_parquet_loads_too(tmp_path):
    out_dir = tmp_path / "flat"
    out_dir.mkdir()
    write_events(_all_events(), out_dir / "part-0.parquet", "parquet")
    summary = ingest_parquet(out_dir, tmp_path / "db.duckdb", progress=False)
    assert (summary.coded, summary.events) == (3, 5)
