"""The store: an embedded DuckDB file (data/schema.sql), PLOVER exports, event clusters.

Public API (import from the modules named):
    dotterel.store.Store(path, outlets=None, read_only=False)
        .add(coded_articles, hashes=None) -> int       one transaction, idempotent by content hash
        .add_tables(articles, events) -> int          Arrow tables (ARTICLE_SCHEMA / EVENT_SCHEMA)
        .stored_hashes(doc_ids) -> dict, .events(doc_id=None) -> list[Event], .counts() -> dict
    dotterel.store.ingest.ingest(paths, db, coder, *, csv_columns=None, batch_size=64, progress=True,
                                 cluster=True, cluster_options=None, outlets=None, err=None) -> IngestSummary
    dotterel.store.ingest.ingest_records(records, db, coder, **same options) -> IngestSummary
    dotterel.store.ingest.ingest_parquet(directory, db, *, cluster=True, ...) -> IngestSummary
    dotterel.store.export.write_events(events, out=None, fmt="jsonl") -> int   (jsonl | csv | parquet)
    dotterel.store.export.export(db, out=None, fmt="jsonl", **filters) -> int
    dotterel.store.export.read_events(path, fmt=None) -> list[Event]
    dotterel.store.clusters.recluster(db_or_store, *, window_days=3, min_similarity=0.12,
                                      related_similarity=0.18, background_days=14) -> int  (#clusters)
    dotterel.store.events_to_arrow(events, outlets=None, articles=None, hashes=None) -> pyarrow.Table
    dotterel.store.write_parquet_partition(coded_articles, out_dir, partition, outlets=None, hashes=None)
    dotterel.store.content_hash(article) -> str
The column layout (DuckDB and Parquet) is described in SCHEMA.md.
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
