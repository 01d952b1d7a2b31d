"""The store: an embedded DuckDB file (schema.sql), PLOVER exports, event clusters.

Public API:
    Store(path, outlets=None, read_only=False)   .add(coded_articles, hashes=None) -> int, .events(),
                                                 .stored_hashes(doc_ids), .add_tables(articles, events)
    ingest(paths, db, coder, *, batch_size=64, progress=True, cluster=True, ...) -> IngestSummary
    ingest_parquet(directory, db, *, cluster=True) -> IngestSummary
    write_events(events, out, fmt="jsonl") -> int        (fmt: jsonl | csv | parquet; out: path or stream)
    export(db, out, fmt="jsonl", **filters) -> int
    recluster(db_or_store, *, window_days=3, min_similarity=0.25) -> int   (number of clusters)
    events_to_arrow(events, outlets=None, articles=None, hashes=None) -> pyarrow.Table (EVENT_SCHEMA)
    write_parquet_partition(coded_articles, out_dir, partition, outlets=None, hashes=None)
    content_hash(article) -> str
"""

from dotterel.store.duck import Store
from dotterel.store.schema import (
    ARTICLE_SCHEMA,
    EVENT_SCHEMA,
    articles_to_arrow,
    coded_to_arrow,
    content_hash,
    events_to_arrow,
    write_parquet_partition,
)

__all__ = [
    "ARTICLE_SCHEMA",
    "EVENT_SCHEMA",
    "Store",
    "articles_to_arrow",
    "coded_to_arrow",
    "content_hash",
    "events_to_arrow",
    "write_parquet_partition",
]
