"""The embedded DuckDB store: one writer, one transaction per batch, idempotent by content hash."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from dotterel.models import Event
from dotterel.query.outlets import OutletTable
from dotterel.store.schema import EVENT_SCHEMA, coded_to_arrow, row_to_event, schema_sql


class Store:
    """A DuckDB store file. `Store(path)` creates the tables if needed; use it as a context manager.

    Outlets are resolved with `outlets`, default: the bundled table plus $DOTTEREL_OUTLET_FILES.

    DuckDB allows one writing process per file; readers open it read-only (dotterel.query does).
    """

    def __init__(self, path: str | Path, outlets: OutletTable | None = None, read_only: bool = False) -> None:
        self.path = Path(path)
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = duckdb.connect(str(self.path), read_only=read_only)
        self.con.execute("SET enable_progress_bar = false")
        self.outlets = outlets or OutletTable.from_env()
        if not read_only:
            self.con.execute(schema_sql())

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def stored_hashes(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """doc_id -> content hash for those of `doc_ids` already stored."""
        ids = list(dict.fromkeys(doc_ids))
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT doc_id, content_hash FROM articles WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
        ).fetchall()
        return dict(rows)

    def add(self, coded_articles: Iterable[Any], hashes: dict[str, str] | None = None) -> int:
        """Store a batch of CodedArticles in one transaction; returns the number of articles written.

        An article whose content hash is already stored is skipped; one stored under the same doc_id with
        another hash is replaced together with its events. `hashes` maps doc_id -> content hash of the
        article as read (default: hash of the coded article's text).
        """
        batch = _last_per_doc(list(coded_articles))
        if not batch:
            return 0
        articles, events = coded_to_arrow(batch, self.outlets, hashes)
        stored = self.stored_hashes(articles.column("doc_id").to_pylist())
        keep = [
            i
            for i, (doc_id, digest) in enumerate(
                zip(
                    articles.column("doc_id").to_pylist(),
                    articles.column("content_hash").to_pylist(),
                    strict=True,
                )
            )
            if stored.get(doc_id) != digest
        ]
        if not keep:
            return 0
        articles = articles.take(keep)
        doc_ids = articles.column("doc_id").to_pylist()
        events = events.filter(pc.is_in(events.column("doc_id"), value_set=pa.array(doc_ids)))
        self._write(articles, events, doc_ids, replace=any(d in stored for d in doc_ids))
        return len(doc_ids)

    def add_tables(self, articles: pa.Table | None, events: pa.Table) -> int:
        """Store Arrow tables (ARTICLE_SCHEMA / EVENT_SCHEMA, e.g. read from Parquet) in one transaction,
        replacing stored articles with the same doc_id. Returns the number of doc_ids written."""
        doc_ids = sorted(
            set(events.column("doc_id").to_pylist())
            | set(articles.column("doc_id").to_pylist() if articles is not None else [])
        )
        if not doc_ids:
            return 0
        self._write(articles, events, doc_ids)
        return len(doc_ids)

    def _write(
        self, articles: pa.Table | None, events: pa.Table, doc_ids: list[str], replace: bool = True
    ) -> None:
        """One transaction: drop what is stored under `doc_ids` (when `replace`), insert the new rows."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            if replace:
                for table in ("events", "articles"):
                    con.execute(
                        f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids]
                    )
            if articles is not None and articles.num_rows:
                con.register("_new_articles", articles)
                con.execute("INSERT INTO articles BY NAME SELECT * FROM _new_articles")
                con.unregister("_new_articles")
            if events.num_rows:
                con.register("_new_events", events)
                con.execute("INSERT INTO events BY NAME SELECT * FROM _new_events")
                con.unregister("_new_events")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def events(self, doc_id: str | None = None) -> list[Event]:
        """Stored events (of one article, or all) as Event records, in document order."""
        cols = ", ".join(EVENT_SCHEMA.names)
        where, params = ("WHERE doc_id = ?", [doc_id]) if doc_id else ("", [])
        cur = self.con.execute(
            f"SELECT {cols} FROM events {where}"
            " ORDER BY doc_id, text_info.sequence, text_info.trigger_start, id",
            params,
        )
        names = [d[0] for d in cur.description]
        return [row_to_event(dict(zip(names, row, strict=True))) for row in cur.fetchall()]

    def counts(self) -> dict[str, int]:
        (articles,) = self.con.execute("SELECT count(*) FROM articles").fetchone()
        (events,) = self.con.execute("SELECT count(*) FROM events").fetchone()
        (clusters,) = self.con.execute("SELECT count(*) FROM clusters").fetchone()
        return {"articles": articles, "events": events, "clusters": clusters}


def _last_per_doc(batch: list[Any]) -> list[Any]:
    """Within one batch, the last version of each doc_id wins."""
    by_id = {coded.article.id: coded for coded in batch}
    return list(by_id.values())
