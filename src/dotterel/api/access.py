"""Access to the store file from the API: many readers, or one writer (the optional ingest endpoint).

DuckDB lets one process hold either read-only connections or a writing one on a file, so reads and the
ingest write never overlap. The two small look-ups here are additive to `dotterel.query`
(it has no filter by event id and its event rows carry no cite_info).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from dotterel.query import connect

T = TypeVar("T")


class ReadWriteLock:
    """Shared for readers, exclusive for the writer; a waiting writer is not starved by new readers."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def shared(self) -> Iterator[None]:
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and not self._writers_waiting)
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        with self._cond:
            self._writers_waiting += 1
            self._cond.wait_for(lambda: not self._writing and self._readers == 0)
            self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()


class StoreAccess:
    """Runs query functions on the store under the read/write lock.

    Reads share one read-only DuckDB connection (each request gets its own cursor of it): opening the
    file costs tens of milliseconds, so it is opened once. The writer closes it and it reopens on the
    next read. While the server runs, the file is locked against other writing processes: add articles
    through `POST /api/ingest`, or stop the server to run `dotterel ingest`.
    """

    def __init__(self, db_path: str | Path) -> None:
        self.db_path = Path(db_path)
        self.lock = ReadWriteLock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._con_lock = threading.Lock()

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        with self._con_lock:
            if self._con is None:
                self._con = duckdb.connect(str(self.db_path), read_only=True)
            return self._con.cursor()

    def read(self, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.lock.shared():
            cursor = self._cursor()
            try:
                return query(cursor, *args, **kwargs)
            finally:
                cursor.close()

    def write(self, job: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.lock.exclusive():
            self.close()
            return job(self.db_path, *args, **kwargs)

    def close(self) -> None:
        with self._con_lock:
            if self._con is not None:
                self._con.close()
                self._con = None


def doc_id_of_event(db: Any, event_id: str) -> str | None:
    """The article an event report came from (None when no such event is stored)."""
    with connect(db) as con:
        row = con.execute("SELECT doc_id FROM events WHERE id = ? LIMIT 1", [event_id]).fetchone()
    return row[0] if row else None


def cite_infos(db: Any, event_ids: list[str]) -> dict[str, str]:
    """event id -> stored cite_info JSON, for the given ids."""
    if not event_ids:
        return {}
    with connect(db) as con:
        rows = con.execute(
            "SELECT id, cite_info FROM events WHERE list_contains(?::VARCHAR[], id)", [event_ids]
        ).fetchall()
    return dict(rows)
