"""Killing `dotterel ingest` with SIGKILL mid-run and starting it again stores every article exactly once,
with the same events as a run that was never interrupted."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from dotterel.pipeline import Coder
from dotterel.store.duck import Store
from dotterel.store.ingest import ingest

DOTTEREL = Path(sys.executable).parent / "dotterel"  # the console script installed with the package
STORE_BATCH = 5
ARTICLES = 300
# Invented sentences (not from any real article), in the style of wire reports.
PLACES = [("France", "Paris"), ("Turkey", "Ankara"), ("Iran", "Tehran"), ("Egypt", "Cairo"),
          ("Kenya", "Nairobi"), ("Japan", "Tokyo"), ("Brazil", "Brasilia"), ("Poland", "Warsaw")]
TEMPLATES = [
    "Protesters marched through {capital} on Monday to demand the resignation of the interior minister.",
    "{country} troops attacked rebel positions near the border, the army said.",
    "The foreign minister of {country} met his {other} counterpart in {other_capital} on Tuesday.",
    "{country} accused {other} of supplying weapons to armed groups.",
    "Officials in {capital} said the talks would continue next week.",
]


def _article(i: int) -> dict[str, str]:
    country, capital = PLACES[i % len(PLACES)]
    other, other_capital = PLACES[(i * 3 + 1) % len(PLACES)]
    picked = [TEMPLATES[(i + k) % len(TEMPLATES)] for k in range(3)]
    text = " ".join(t.format(country=country, capital=capital, other=other, other_capital=other_capital)
                    for t in picked)
    return {"id": f"art{i:04d}", "date": f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}", "text": text}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(_article(i)) + "\n" for i in range(ARTICLES)), encoding="utf-8")
    return path


def _ingest_command(corpus: Path, db: Path) -> list[str]:
    return [str(DOTTEREL), "ingest", str(corpus), "--db", str(db),
            "--store-batch", str(STORE_BATCH), "--no-cluster", "--progress"]


def _articles_shown(log: Path) -> int:
    counts = re.findall(r"(\d+) articles", log.read_text(errors="replace")) if log.exists() else []
    return int(counts[-1]) if counts else 0


def _kill_mid_run(corpus: Path, db: Path, log: Path) -> None:
    """Start an ingest, wait until some batches are committed, then SIGKILL its whole process group."""
    with log.open("w") as stderr:
        process = subprocess.Popen(_ingest_command(corpus, db), stdout=subprocess.DEVNULL, stderr=stderr,
                                   start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        # The progress bar counts coded articles; a batch is committed before the next article is
        # counted, so 3 batches shown means at least 2 are stored.
        while _articles_shown(log) < 3 * STORE_BATCH:
            assert process.poll() is None, f"ingest ended before it could be killed:\n{log.read_text()}"
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.05)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def _stored(db: Path) -> tuple[list[str], list[dict]]:
    with Store(db) as store:
        doc_ids = [row[0] for row in store.con.execute("SELECT doc_id FROM articles").fetchall()]
        events = sorted((e.to_plover() for e in store.events()), key=lambda e: e["id"])
    return doc_ids, events


def test_sigkill_then_rerun_stores_every_article_once(corpus: Path, tmp_path: Path, coder: Coder) -> None:
    db = tmp_path / "killed.duckdb"
    _kill_mid_run(corpus, db, tmp_path / "first.log")
    with duckdb.connect(str(db), read_only=True) as con:
        (after_kill,) = con.execute("SELECT count(*) FROM articles").fetchone()
    assert 0 < after_kill < ARTICLES, "the kill should land mid-run"

    rerun = subprocess.run(_ingest_command(corpus, db), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr

    reference = tmp_path / "uninterrupted.duckdb"
    ingest([corpus], reference, coder, batch_size=STORE_BATCH, progress=False, cluster=False)
    doc_ids, events = _stored(db)
    expected_ids, expected_events = _stored(reference)
    assert sorted(doc_ids) == sorted(set(doc_ids)) == sorted(expected_ids)
    assert len(doc_ids) == ARTICLES
    assert expected_events, "the invented corpus should produce events"
    assert events == expected_events
