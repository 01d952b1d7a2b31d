"""Queries on the dotterel store (DuckDB): events, clusters, dyads, actors, search, articles.

Public API (all take `db`: a store path, a duckdb connection or a `dotterel.store.Store`):

    events(db, *, clusters=True, limit=100, offset=0, newest_first=False, **filters) -> DataFrame
    count_events(db, *, clusters=True, **filters) -> int
    dyad_series(db, a, b, *, freq="month", by="category", directed=False, clusters=True, **filters)
    top_actors(db, *, n=20, role="any", clusters=True, **filters) -> DataFrame
    top_dyads(db, *, n=20, directed=False, clusters=True, **filters) -> DataFrame
    network(db, *, n=100, clusters=True, **filters) -> DataFrame
    search(db, text, *, limit=50, offset=0, clusters=False, **filters) -> DataFrame
    clusters(db, *, min_reports=1, limit=100, offset=0, reports=True, **filters) -> DataFrame
    cluster_reports(db, cluster_id) -> DataFrame
    article(db, doc_id) -> dict | None
    event(db, event_id) -> dict | None
    cluster(db, cluster_id) -> dict | None          (with its reports)
    outlet_stats(db) -> DataFrame
    summary(db) -> dict
    to_records(df) -> list[dict]   (JSON-safe rows)

filters (EventFilter): actor, recipient, party, category, quad, context, since, until, outlet, country,
min_outlets, min_independent_outlets, doc_id, include_unreal. Bad values raise QueryError (ValueError);
a store that cannot be opened now (another process writes it) raises StoreUnavailable (RuntimeError).
"""

from importlib import import_module
from typing import Any

# Attributes are imported on first use, so that `dotterel.query.filters` and the CLI start without pandas.
_HOMES = {
    **dict.fromkeys(
        ["FREQS", "article", "cluster", "cluster_reports", "clusters", "connect", "count_events",
         "dyad_series", "event", "events", "network", "outlet_stats", "search", "summary", "to_records",
         "top_actors", "top_dyads"],
        "dotterel.query.api",
    ),
    **dict.fromkeys(["EventFilter", "QueryError", "StoreUnavailable"], "dotterel.query.filters"),
    **dict.fromkeys(["Outlet", "OutletTable"], "dotterel.query.outlets"),
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'dotterel.query' has no attribute {name!r}")
    return getattr(import_module(_HOMES[name]), name)


__all__ = [
    "FREQS",
    "EventFilter",
    "Outlet",
    "OutletTable",
    "QueryError",
    "StoreUnavailable",
    "article",
    "cluster",
    "cluster_reports",
    "clusters",
    "connect",
    "count_events",
    "dyad_series",
    "event",
    "events",
    "network",
    "outlet_stats",
    "search",
    "summary",
    "to_records",
    "top_actors",
    "top_dyads",
]
