"""The DuckDB store: idempotent writes, replacement of changed articles, streaming ingest."""

from __future__ import annotations

import io

import duckdb
import pytest
from storefakes import FakeCoded, FakeCoder, article, make_event, rejection, sample_corpus

from dotterel.store import Store, content_hash
from dotterel.store.ingest import ingest_records


def _counts(path) -> tuple[int, int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        articles = con.execute("SELECT count(*), count(DISTINCT doc_id) FROM articles").fetchone()
        events = con.execute("SELECT count(*), count(DISTINCT id) FROM events").fetchone()
    finally:
        con.close()
    assert articles[0] == articles[1] and events[0] == events[1], "duplicates stored"
    return articles[0], events[0]


def test_rerun_stores_nothing_twice_and_skips_before_coding(tmp_path):
    corpus = sample_corpus()
    db = tmp_path / "events.duckdb"
    first = ingest_records(corpus.articles, db, corpus.coder(), progress=False)
    assert (first.coded, first.skipped, first.events) == (3, 0, 5)
    before = _counts(db)

    second_coder = corpus.coder()
    second = ingest_records(corpus.articles, db, second_coder, progress=False)
    assert second_coder.coded_ids == []  # nothing re-coded
    assert (second.coded, second.skipped, second.events) == (0, 3, 0)
    assert _counts(db) == before == (3, 5)


def test_changed_text_replaces_the_articles_events(tmp_path):
    db = tmp_path / "events.duckdb"
    old = article("a1", "Old text.")
    new = article("a1", "New text about talks.")
    with Store(db) as store:
        store.add(
            [
                FakeCoded(
                    old,
                    [
                        make_event("a1", 0, "ASSAULT", ["USA"], ["SYR"]),
                        make_event("a1", 1, "ACCUSE", ["USA"], ["SYR"]),
                    ],
                )
            ]
        )
        written = store.add([FakeCoded(new, [make_event("a1", 5, "CONSULT", ["RUS"], ["PAK"])])])
        assert written == 1
        assert [e.id for e in store.events("a1")] == ["a1-5"]
        (stored_hash,) = store.con.execute("SELECT content_hash FROM articles").fetchone()
    assert stored_hash == content_hash(new)
    assert _counts(db) == (1, 1)


def test_same_article_twice_in_one_run_is_stored_once(tmp_path):
    db = tmp_path / "events.duckdb"
    doc = article("dup")
    coder = FakeCoder({"dup": [make_event("dup", 0, "AGREE", ["RUS"], ["PAK"])]})
    summary = ingest_records([doc, doc], db, coder, progress=False)
    assert coder.coded_ids == ["dup"]
    assert summary.skipped == 1
    assert _counts(db) == (1, 1)


def test_rejections_are_reported_with_file_and_line_and_counted(tmp_path):
    err = io.StringIO()
    summary = ingest_records(
        [rejection("in/bad.jsonl", 7), article("ok")],
        tmp_path / "x.duckdb",
        FakeCoder(),
        progress=False,
        err=err,
    )
    assert summary.rejected == 1 and summary.coded == 1
    assert "in/bad.jsonl:7" in err.getvalue() and "not valid JSON" in err.getvalue()
    assert "1 rejected" in summary.line()


def test_failed_batch_leaves_nothing_half_written(tmp_path):
    db = tmp_path / "events.duckdb"
    good = FakeCoded(article("g"), [make_event("g", 0, "AGREE", ["RUS"], ["PAK"])])
    with Store(db) as store:
        store.add([good])
        broken = FakeCoded(article("g", "Changed text."), [make_event("g", 1, "AGREE", ["RUS"])])
        broken.events[0].event = None  # type: ignore[assignment]  # NOT NULL fails after the DELETE
        with pytest.raises(duckdb.ConstraintException):
            store.add([broken])
        assert [e.id for e in store.events()] == ["g-0"]


def test_batches_are_committed_as_they_go(tmp_path):
    """A crash after some batches keeps them: the next run codes only the rest."""
    db = tmp_path / "events.duckdb"
    docs = [article(f"d{i}") for i in range(10)]

    class CrashingCoder(FakeCoder):
        def code_articles(self, articles):
            for n, coded in enumerate(super().code_articles(articles)):
                if n == 7:
                    raise KeyboardInterrupt
                yield coded

    with pytest.raises(KeyboardInterrupt):
        ingest_records(docs, db, CrashingCoder(), batch_size=3, progress=False)
    assert _counts(db)[0] == 6  # two whole batches of three
    rerun = FakeCoder()
    summary = ingest_records(docs, db, rerun, batch_size=3, progress=False)
    assert rerun.coded_ids == [f"d{i}" for i in range(6, 10)]
    assert summary.skipped == 6 and _counts(db)[0] == 10


def test_store_keeps_outlet_from_url_or_source(tmp_path):
    corpus = sample_corpus()
    db = tmp_path / "events.duckdb"
    ingest_records(corpus.articles, db, corpus.coder(), progress=False)
    con = duckdb.connect(str(db), read_only=True)
    rows = dict(con.execute("SELECT doc_id, outlet FROM articles").fetchall())
    affiliated = dict(con.execute("SELECT DISTINCT outlet, outlet_state_affiliated FROM events").fetchall())
    con.close()
    assert rows == {
        "reuters-1": "reuters.com",
        "sputnik-1": "sputniknews.com",
        "guardian-1": "theguardian.com",
    }
    assert affiliated["sputniknews.com"] is True and affiliated["reuters.com"] is False


def test_stored_events_read_back_equal_the_coded_ones(tmp_path):
    corpus = sample_corpus()
    db = tmp_path / "events.duckdb"
    ingest_records(corpus.articles, db, corpus.coder(), progress=False)
    with Store(db) as store:
        back = {e.id: e for e in store.events()}
    for events in corpus.events.values():
        for event in events:
            assert back[event.id].to_plover() == event.to_plover()


def test_undecodable_characters_do_not_break_a_batch(tmp_path):
    text = "Russia and Pakistan held talks \udcff in Moscow."
    event = make_event("s", 0, "CONSULT", ["PAK", "RUS"], text=text, trigger="held talks")
    with Store(tmp_path / "s.duckdb") as store:
        assert store.add([FakeCoded(article("s", text), [event])]) == 1
        (stored,) = store.con.execute("SELECT text FROM articles").fetchone()
        (back,) = store.events()
    assert stored == text.replace("\udcff", "?")
    assert stored[back.text_info.trigger_start : back.text_info.trigger_end] == "held talks"
