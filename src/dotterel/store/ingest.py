"""ingest: read -> skip already stored -> code -> store in batches -> recluster. Crash-safe and resumable.

Every batch is written in one transaction, so a run killed at any moment leaves whole articles only;
a rerun skips (before coding) every article whose content hash is already stored.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from tqdm import tqdm

from dotterel.models import Article, Rejection
from dotterel.query.filters import UNREAL_AUX
from dotterel.query.outlets import OutletTable
from dotterel.store.clusters import recluster
from dotterel.store.duck import Store
from dotterel.store.schema import ARTICLE_SCHEMA, EVENT_SCHEMA, content_hash

LOOKUP_CHUNK = 256  # articles looked up in the store at once


@dataclass
class IngestSummary:
    coded: int = 0  # articles coded and stored in this run
    skipped: int = 0  # already stored with the same content
    rejected: int = 0  # inputs the readers could not use
    events: int = 0  # events stored in this run
    sentences: int = 0
    clusters: int | None = None  # event clusters in the store after the run
    seconds: float = 0.0

    def line(self) -> str:
        text = (
            f"{self.coded} articles coded, {self.skipped} skipped as already stored, "
            f"{self.rejected} rejected, {self.events} events stored"
        )
        if self.clusters is not None:
            text += f", {self.clusters} event clusters in the store"
        return text

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _open(db: str | Path | Store, outlets: OutletTable | None) -> tuple[Store, bool]:
    if isinstance(db, Store):
        return db, False
    return Store(db, outlets=outlets), True


def ingest(
    paths: Iterable[str | Path],
    db: str | Path | Store,
    coder: Any,
    *,
    csv_columns: Any = None,
    **options: Any,
) -> IngestSummary:
    """Code the articles in `paths` (files or folders, any supported format) and store them in `db`.

    Options as for `ingest_records`; `csv_columns` is a `dotterel.ingest.CsvColumns`. Rejected inputs
    are reported on `err` (default stderr) with file, line and reason.
    """
    from dotterel.ingest import read_inputs  # the reader stage; imported here to keep store light

    return ingest_records(read_inputs(list(paths), csv_columns=csv_columns), db, coder, **options)


def ingest_records(
    records: Iterable[Article | Rejection],
    db: str | Path | Store,
    coder: Any,
    *,
    batch_size: int = 64,
    progress: bool = True,
    cluster: bool = True,
    cluster_options: dict[str, Any] | None = None,
    outlets: OutletTable | None = None,
    err: IO[str] | None = None,
) -> IngestSummary:
    """Store coded `records` (Articles; Rejections are reported and counted) in batches of `batch_size`
    articles, each in one transaction; articles already stored with the same content are skipped before
    coding. `coder` has `code_articles(articles) -> Iterator[CodedArticle]`; `cluster_options` go to
    `recluster` (window_days, min_similarity)."""
    err = err or sys.stderr
    started = time.perf_counter()
    summary = IngestSummary()
    store, owned = _open(db, outlets)
    pending: dict[str, deque[str]] = defaultdict(deque)
    bar = tqdm(unit=" articles", file=err, disable=not progress, desc="ingest", mininterval=0.5)
    try:
        fresh = _fresh_articles(records, store, summary, pending, bar, err)
        batch: list[Any] = []
        hashes: dict[str, str] = {}
        for coded in coder.code_articles(fresh):
            queue = pending.get(coded.article.id)
            if queue:
                hashes[coded.article.id] = queue.popleft()
                if not queue:
                    del pending[coded.article.id]
            batch.append(coded)
            bar.update(1)
            if len(batch) >= batch_size:
                _flush(store, batch, hashes, summary)
                batch, hashes = [], {}
        _flush(store, batch, hashes, summary)
        bar.close()
        if cluster and (summary.coded or _unclustered(store)):
            summary.clusters = recluster(store, **(cluster_options or {}))
        elif cluster:
            summary.clusters = store.counts()["clusters"]
    finally:
        bar.close()
        if owned:
            store.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _flush(store: Store, batch: list[Any], hashes: dict[str, str], summary: IngestSummary) -> None:
    if not batch:
        return
    written = store.add(batch, hashes)  # < len(batch) only when a doc_id repeats within the batch
    summary.coded += written
    summary.skipped += len(batch) - written
    summary.events += sum(len(c.events) for c in batch)
    summary.sentences += sum(c.sentences for c in batch)


def _fresh_articles(
    records: Iterable[Article | Rejection],
    store: Store,
    summary: IngestSummary,
    pending: dict[str, deque[str]],
    bar: tqdm,
    err: IO[str],
) -> Iterator[Article]:
    """The articles not yet stored with the same content, in input order; rejections go to `err`."""
    seen: set[tuple[str, str]] = set()
    chunk: list[Article] = []
    for record in records:
        if isinstance(record, Rejection):
            summary.rejected += 1
            tqdm.write(f"rejected: {record}", file=err)
            continue
        chunk.append(record)
        if len(chunk) >= LOOKUP_CHUNK:
            yield from _unstored(chunk, store, summary, pending, seen, bar)
            chunk = []
    yield from _unstored(chunk, store, summary, pending, seen, bar)


def _unstored(
    chunk: list[Article],
    store: Store,
    summary: IngestSummary,
    pending: dict[str, deque[str]],
    seen: set[tuple[str, str]],
    bar: tqdm,
) -> Iterator[Article]:
    stored = store.stored_hashes(a.id for a in chunk)
    for article in chunk:
        digest = content_hash(article)
        if stored.get(article.id) == digest or (article.id, digest) in seen:
            summary.skipped += 1
            bar.update(1)
            continue
        seen.add((article.id, digest))
        pending[article.id].append(digest)
        yield article


def _unclustered(store: Store) -> bool:
    (count,) = store.con.execute(
        "SELECT count(*) FROM events WHERE cluster_id IS NULL AND effective_date IS NOT NULL"
        f" AND (aux IS NULL OR aux NOT IN {UNREAL_AUX})"
    ).fetchone()
    return count > 0


def _parquet_parts(directory: Path) -> list[tuple[Path, Path | None]]:
    """(events file, matching articles file or None) for OUT/events/*.parquet, or any *.parquet in OUT."""
    events_dir = directory / "events"
    if events_dir.is_dir():
        files = sorted(events_dir.glob("*.parquet"))
        return [(f, f2 if (f2 := directory / "articles" / f.name).is_file() else None) for f in files]
    return [(f, None) for f in sorted(directory.rglob("*.parquet"))]


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """The table with exactly `schema`'s columns (missing ones null)."""
    columns = [
        table.column(f.name).cast(f.type)
        if f.name in table.column_names
        else pa.nulls(table.num_rows, f.type)
        for f in schema
    ]
    return pa.Table.from_arrays(columns, schema=schema)


def _articles_from_events(events: pa.Table) -> pa.Table:
    import json

    rows: dict[str, dict[str, Any]] = {}
    for row in events.select(["doc_id", "content_hash", "date", "cite_info", "outlet"]).to_pylist():
        if row["doc_id"] in rows:
            continue
        cite = json.loads(row["cite_info"] or "{}")
        rows[row["doc_id"]] = {
            "doc_id": row["doc_id"],
            "content_hash": row["content_hash"] or "",
            "url": cite.get("url"),
            "title": cite.get("title"),
            "source": cite.get("publication"),
            "outlet": row["outlet"],
            "published": row["date"],
            "n_events": 0,
        }
    for doc_id in events.column("doc_id").to_pylist():
        rows[doc_id]["n_events"] += 1
    return pa.Table.from_pylist(list(rows.values()), schema=ARTICLE_SCHEMA)


def ingest_parquet(
    directory: str | Path,
    db: str | Path | Store,
    *,
    cluster: bool = True,
    cluster_options: dict[str, Any] | None = None,
    progress: bool = True,
    err: IO[str] | None = None,
) -> IngestSummary:
    """Load partitioned Parquet written by `write_parquet_partition` (or `export --format parquet`) into
    the store, one partition per transaction; articles already stored with the same hash are skipped."""
    err = err or sys.stderr
    started = time.perf_counter()
    directory = Path(directory)
    parts = _parquet_parts(directory)
    if not parts:
        raise FileNotFoundError(f"{directory}: no Parquet files found")
    summary = IngestSummary()
    store, owned = _open(db, None)
    try:
        for events_file, articles_file in tqdm(parts, unit=" parts", file=err, disable=not progress):
            events = _conform(pq.read_table(events_file), EVENT_SCHEMA)
            articles = (
                _conform(pq.read_table(articles_file), ARTICLE_SCHEMA)
                if articles_file
                else _articles_from_events(events)
            )
            _store_partition(store, articles, events, summary)
        if cluster:
            summary.clusters = recluster(store, **(cluster_options or {}))
    finally:
        if owned:
            store.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _store_partition(store: Store, articles: pa.Table, events: pa.Table, summary: IngestSummary) -> None:
    ids = articles.column("doc_id").to_pylist()
    hashes = articles.column("content_hash").to_pylist()
    stored = store.stored_hashes(ids)
    keep = [i for i, (d, h) in enumerate(zip(ids, hashes, strict=True)) if not h or stored.get(d) != h]
    summary.skipped += len(ids) - len(keep)
    if not keep:
        return
    articles = articles.take(keep)
    kept_ids = pa.array(articles.column("doc_id").to_pylist(), pa.string())
    events = events.filter(pc.is_in(events.column("doc_id"), value_set=kept_ids))
    store.add_tables(articles, events)
    summary.coded += articles.num_rows
    summary.events += events.num_rows
