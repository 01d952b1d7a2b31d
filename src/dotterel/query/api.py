"""Python query API on the DuckDB store. Every function returns a pandas DataFrame (or a dict/None).

`db` is a path to a store file, an open `duckdb.DuckDBPyConnection`, or a `dotterel.store.Store`.
Paths are opened read-only for the duration of the call. Invalid arguments raise `QueryError`
(a ValueError) with a message naming the argument; a store another process is writing raises
`StoreUnavailable` (a RuntimeError). All SQL is parameterised.

Frames are JSON-friendly: dates are ISO strings, list columns hold Python lists; `to_records(df)` turns
a frame into a list of dicts with NaN replaced by None.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from dotterel.plover import CATEGORIES
from dotterel.query.filters import (
    QUAD_NAMES,
    EventFilter,
    QueryError,
    StoreUnavailable,
    check_int,
    cluster_columns,
    parse_codes,
)

Db = Any  # str | Path | duckdb.DuckDBPyConnection | dotterel.store.Store
FREQS = ("day", "week", "month", "quarter", "year")
EVENT_COLUMNS = (
    "id, doc_id, date, CAST(effective_date AS VARCHAR) AS effective_date, date_precision, event, mode, aux,"
    " event_date, quad_code, event_scale, reciprocal, actor_codes, recipient_codes, actor_sectors,"
    " recipient_sectors, actor, recipient, context, event_text, text, text_info, event_loc, cite_info,"
    " outlet, outlet_name, outlet_country, outlet_state_affiliated, cluster_id"
)
_LIST_COLUMNS = (
    "actor_codes",
    "recipient_codes",
    "actor_sectors",
    "recipient_sectors",
    "actor",
    "recipient",
    "context",
    "outlets",
    "reports",
)


@contextmanager
def connect(db: Db) -> Iterator[duckdb.DuckDBPyConnection]:
    """An open connection for `db` (path: opened read-only and closed afterwards)."""
    if isinstance(db, duckdb.DuckDBPyConnection):
        yield db
        return
    con = getattr(db, "con", None)
    if isinstance(con, duckdb.DuckDBPyConnection):
        yield con
        return
    path = Path(db)
    if not path.is_file():
        raise QueryError(f"db: no store at {path} (create one with `dotterel ingest INPUT --db {path}`)")
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.IOException as error:
        raise StoreUnavailable(f"db: cannot open {path} now ({error})") from None
    con.execute("SET enable_progress_bar = false")
    try:
        yield con
    finally:
        con.close()


def _frame(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> pd.DataFrame:
    df = con.execute(sql, params).df()
    if "cite_info" in df.columns:
        df["cite_info"] = df["cite_info"].map(lambda text: json.loads(text) if text else {})
    for col in _LIST_COLUMNS:
        if col in df.columns:
            df[col] = df[col].map(_plain)
    return df


def _plain(value: Any) -> Any:
    """numpy arrays / nested values from DuckDB -> plain Python lists and dicts."""
    if value is None:
        return []
    if hasattr(value, "tolist") and not isinstance(value, dict):
        value = value.tolist()
    if isinstance(value, list):
        return [_plain_item(v) for v in value]
    return value


def _plain_item(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain_item(v) for k, v in value.items()}
    if hasattr(value, "item"):
        return value.item()
    return value


def to_records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as dicts that json.dumps accepts (NaN/NaT -> None, numpy scalars -> Python)."""
    out = []
    for row in df.to_dict(orient="records"):
        out.append({k: _json_safe(v) for k, v in row.items()})
    return out


def _json_safe(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if hasattr(value, "item") and not isinstance(value, list | dict):
        return _json_safe(value.item())
    return value


def _filter(filters: dict[str, Any]) -> EventFilter:
    unknown = set(filters) - set(EventFilter.names())
    if unknown:
        raise QueryError(f"unknown filter(s): {', '.join(sorted(unknown))}")
    return EventFilter(**filters)


def _reports_sql(flt: EventFilter) -> tuple[str, list[Any]]:
    """Filtered event reports with their cluster key and corroboration, as a subquery."""
    where, params = flt.to_sql()
    sql = (
        f"SELECT e.*, {cluster_columns()} FROM events e"
        f" LEFT JOIN clusters c ON c.cluster_id = e.cluster_id WHERE {where}"
    )
    return sql, params


def _deduped_sql(flt: EventFilter, clusters: bool) -> tuple[str, list[Any]]:
    """Reports, or with clusters=True one row per event cluster (its earliest matching report)."""
    sql, params = _reports_sql(flt)
    if clusters:
        sql = (
            f"SELECT * FROM ({sql}) r QUALIFY row_number() OVER"
            f" (PARTITION BY cluster_key ORDER BY effective_date NULLS LAST, id) = 1"
        )
    return sql, params


def events(
    db: Db,
    *,
    clusters: bool = True,
    limit: int = 100,
    offset: int = 0,
    newest_first: bool = False,
    **filters: Any,
) -> pd.DataFrame:
    """Events matching the filters (see EventFilter: actor, recipient, party, category, quad, context,
    since, until, outlet, country, min_outlets, min_independent_outlets, doc_id, include_unreal).

    clusters=True (default): one row per real-world event (event cluster), represented by its earliest
    matching report; clusters=False: every report. Columns: EVENT_COLUMNS plus cluster_key, n_reports,
    n_outlets, n_independent_outlets. Ordered by effective date (oldest first unless newest_first).
    """
    flt = _filter(filters)
    limit = check_int(limit, "limit", 1, 100_000)
    offset = check_int(offset, "offset", 0)
    sql, params = _deduped_sql(flt, clusters)
    order = "DESC" if newest_first else "ASC"
    query = (
        f"SELECT {EVENT_COLUMNS}, cluster_key, n_reports, n_outlets, n_independent_outlets FROM ({sql}) x"
        f" ORDER BY effective_date {order} NULLS LAST, id LIMIT ? OFFSET ?"
    )
    with connect(db) as con:
        return _frame(con, query, [*params, limit, offset])


def count_events(db: Db, *, clusters: bool = True, **filters: Any) -> int:
    """How many rows `events` would return without limit/offset (for pagination)."""
    sql, params = _deduped_sql(_filter(filters), clusters)
    with connect(db) as con:
        return int(con.execute(f"SELECT count(*) FROM ({sql}) x", params).fetchone()[0])


def _dyad_condition(a: str, b: str, directed: bool) -> tuple[str, list[Any]]:
    forward = "(list_contains(actor_codes, ?) AND list_contains(recipient_codes, ?))"
    if directed:
        return forward, [a, b]
    backward = "(list_contains(actor_codes, ?) AND list_contains(recipient_codes, ?))"
    together = "(list_contains(actor_codes, ?) AND list_contains(actor_codes, ?))"
    return f"({forward} OR {backward} OR {together})", [a, b, b, a, a, b]


def _one_code(value: str, name: str) -> str:
    codes = parse_codes(value, name)
    if len(codes) != 1:
        raise QueryError(f"{name}: give exactly one actor code, e.g. RUS")
    return codes[0]


def dyad_series(
    db: Db,
    a: str,
    b: str,
    *,
    freq: str = "month",
    by: str = "category",
    directed: bool = False,
    clusters: bool = True,
    **filters: Any,
) -> pd.DataFrame:
    """Time series of the dyad a–b: one row per period with events (historical ones at their own date).

    Columns: period (ISO date of the period start), n_events, mean_scale (mean PLOVER score), then one
    count column per quad (verbal_cooperation, material_cooperation, verbal_conflict,
    material_conflict) and, with by="category", one per category (AGREE … ASSAULT). Undirected by default
    (a→b, b→a, and a and b acting together); directed=True counts only a→b.
    """
    code_a, code_b = _one_code(a, "a"), _one_code(b, "b")
    if code_a == code_b:
        raise QueryError(f"a, b: a dyad needs two different actors, not {code_a} twice")
    if freq not in FREQS:
        raise QueryError(f"freq: {freq!r} is not one of {', '.join(FREQS)}")
    if by not in ("category", "quad"):
        raise QueryError(f"by: {by!r} is not 'category' or 'quad'")
    sql, params = _deduped_sql(_filter(filters), clusters)
    dyad, dyad_params = _dyad_condition(code_a, code_b, directed)
    counts = ", ".join(f"count(*) FILTER (WHERE quad_code = {q}) AS {name}" for name, q in QUAD_NAMES.items())
    if by == "category":
        counts += ", " + ", ".join(f"count(*) FILTER (WHERE event = '{cat}') AS {cat}" for cat in CATEGORIES)
    query = (
        f"SELECT CAST(date_trunc('{freq}', effective_date) AS DATE) AS period, count(*) AS n_events,"
        f" avg(event_scale) AS mean_scale, {counts} FROM ({sql}) x"
        f" WHERE effective_date IS NOT NULL AND {dyad} GROUP BY period ORDER BY period"
    )
    with connect(db) as con:
        df = _frame(con, query, [*params, *dyad_params])
    df["period"] = df["period"].map(lambda d: d.date().isoformat() if hasattr(d, "date") else str(d))
    return df


def top_actors(
    db: Db, *, n: int = 20, role: str = "any", clusters: bool = True, **filters: Any
) -> pd.DataFrame:
    """The most active actor codes. role: "actor", "recipient" or "any".
    Columns: code, n_events, n_as_actor, n_as_recipient, mean_scale."""
    if role not in ("any", "actor", "recipient"):
        raise QueryError(f"role: {role!r} is not 'any', 'actor' or 'recipient'")
    n = check_int(n, "n", 1, 10_000)
    sql, params = _deduped_sql(_filter(filters), clusters)
    roles = {"actor": ["actor"], "recipient": ["recipient"], "any": ["actor", "recipient"]}[role]
    parts = " UNION ALL ".join(
        f"SELECT unnest({r}_codes) AS code, '{r}' AS role, event_scale, id FROM ({sql}) x{i}"
        for i, r in enumerate(roles)
    )
    query = (
        f"SELECT code, count(DISTINCT id) AS n_events, count(*) FILTER (WHERE role = 'actor') AS n_as_actor,"
        f" count(*) FILTER (WHERE role = 'recipient') AS n_as_recipient, avg(event_scale) AS mean_scale"
        f" FROM ({parts}) p GROUP BY code ORDER BY n_events DESC, code LIMIT ?"
    )
    with connect(db) as con:
        return _frame(con, query, [*params * len(roles), n])


def top_dyads(
    db: Db, *, n: int = 20, directed: bool = False, clusters: bool = True, **filters: Any
) -> pd.DataFrame:
    """The most frequent actor pairs: actor→recipient pairs, and pairs of actors acting together.
    Undirected by default (actor <= recipient alphabetically). Columns: actor, recipient, n_events,
    n_cooperation (quads 1-2), n_conflict (quads 3-4), mean_scale."""
    n = check_int(n, "n", 1, 100_000)
    sql, params = _deduped_sql(_filter(filters), clusters)
    pair = (
        "least(a, b) AS actor, greatest(a, b) AS recipient" if not directed else "a AS actor, b AS recipient"
    )
    query = f"""
        WITH r AS ({sql}),
        directed_pairs AS (
            SELECT id, quad_code, event_scale, a, unnest(recipient_codes) AS b
            FROM (SELECT *, unnest(actor_codes) AS a FROM r)
        ),
        together AS (
            SELECT id, quad_code, event_scale, a, b FROM (
                SELECT id, quad_code, event_scale, unnest(actor_codes) AS a, actor_codes FROM r
                WHERE len(recipient_codes) = 0)
            CROSS JOIN LATERAL (SELECT unnest(actor_codes) AS b) WHERE a < b
        ),
        pairs AS (SELECT DISTINCT id, quad_code, event_scale, {pair}
                  FROM (SELECT * FROM directed_pairs UNION ALL SELECT * FROM together) WHERE a <> b)
        SELECT actor, recipient, count(*) AS n_events,
               count(*) FILTER (WHERE quad_code IN (1, 2)) AS n_cooperation,
               count(*) FILTER (WHERE quad_code IN (3, 4)) AS n_conflict, avg(event_scale) AS mean_scale
        FROM pairs GROUP BY actor, recipient ORDER BY n_events DESC, actor, recipient LIMIT ?"""
    with connect(db) as con:
        return _frame(con, query, [*params, n])


def search(
    db: Db, text: str, *, limit: int = 50, offset: int = 0, clusters: bool = False, **filters: Any
) -> pd.DataFrame:
    """Reports whose evidence sentence (or trigger) contains every word of `text`, case-insensitively.
    Every report by default (clusters=False); same columns as `events`."""
    if not text or not str(text).strip():
        raise QueryError("text: give the words to search for")
    limit = check_int(limit, "limit", 1, 100_000)
    offset = check_int(offset, "offset", 0)
    sql, params = _reports_sql(_filter(filters))
    words = str(text).lower().split()
    matches = " AND ".join("(contains(lower(r.text), ?) OR contains(lower(r.event_text), ?))" for _ in words)
    query = f"SELECT * FROM ({sql}) r WHERE {matches}"
    if clusters:
        query += " QUALIFY row_number() OVER (PARTITION BY cluster_key ORDER BY effective_date, id) = 1"
    query = (
        f"SELECT {EVENT_COLUMNS}, cluster_key, n_reports, n_outlets, n_independent_outlets FROM ({query}) x"
        f" ORDER BY effective_date NULLS LAST, id LIMIT ? OFFSET ?"
    )
    with connect(db) as con:
        return _frame(con, query, [*params, *(w for word in words for w in (word, word)), limit, offset])


def clusters(
    db: Db,
    *,
    cluster_id: str | None = None,
    min_reports: int = 1,
    limit: int = 100,
    offset: int = 0,
    reports: bool = True,
    **filters: Any,
) -> pd.DataFrame:
    """Event clusters having at least one report that matches the filters, most reported first
    (only the cluster `cluster_id` when given).

    Columns: cluster_id, event, quad_code, actor_codes, recipient_codes, first_date, last_date,
    date_precision, n_reports, n_articles, n_outlets, n_independent_outlets, state_affiliated_only,
    mean_scale, outlets, text (the earliest report's sentence) and, with reports=True, `reports`: a list
    of {id, doc_id, outlet, outlet_name, date, effective_date, text, event_text} for every report.
    """
    min_reports = check_int(min_reports, "min_reports", 1)
    limit = check_int(limit, "limit", 1, 100_000)
    offset = check_int(offset, "offset", 0)
    where, params = _filter(filters).to_sql()
    query = f"""
        SELECT c.cluster_id, c.event, c.quad_code, c.actor_codes, c.recipient_codes,
               CAST(c.first_date AS VARCHAR) AS first_date, CAST(c.last_date AS VARCHAR) AS last_date,
               c.date_precision, c.n_reports, c.n_articles, c.n_outlets, c.n_independent_outlets,
               c.state_affiliated_only, c.mean_scale, c.outlets,
               (SELECT text FROM events r WHERE r.id = c.representative_id LIMIT 1) AS text
        FROM clusters c
        WHERE c.n_reports >= ? AND (?::VARCHAR IS NULL OR c.cluster_id = ?) AND c.cluster_id IN (
            SELECT e.cluster_id FROM events e LEFT JOIN clusters c ON c.cluster_id = e.cluster_id
            WHERE {where})
        ORDER BY c.n_reports DESC, c.n_outlets DESC, c.first_date, c.cluster_id LIMIT ? OFFSET ?"""
    with connect(db) as con:
        df = _frame(con, query, [min_reports, cluster_id, cluster_id, *params, limit, offset])
        if reports:
            df["reports"] = [_cluster_reports(con, cid) for cid in df["cluster_id"]]
    return df


REPORT_COLUMNS = [
    "id", "doc_id", "outlet", "outlet_name", "outlet_state_affiliated", "date", "effective_date", "text",
    "event_text",
]


def _cluster_reports(con: duckdb.DuckDBPyConnection, cluster_id: str) -> list[dict[str, Any]]:
    rows = con.execute(
        "SELECT id, doc_id, outlet, outlet_name, outlet_state_affiliated, date,"
        " CAST(effective_date AS VARCHAR) AS effective_date, text, event_text"
        " FROM events WHERE cluster_id = ? ORDER BY effective_date, doc_id, id",
        [cluster_id],
    ).fetchall()
    return [dict(zip(REPORT_COLUMNS, row, strict=True)) for row in rows]


def cluster_reports(db: Db, cluster_id: str) -> pd.DataFrame:
    """Every report of one cluster (columns as in `clusters(...).reports`); empty if there is none."""
    with connect(db) as con:
        return pd.DataFrame(
            _cluster_reports(con, str(cluster_id)),
            columns=REPORT_COLUMNS,
        )


def article(db: Db, doc_id: str) -> dict[str, Any] | None:
    """One article with its text, outlet and events (None if not stored).

    Keys: doc_id, url, title, source, outlet, outlet_name, outlet_country, outlet_state_affiliated,
    published, text, sentences, events. Each event is a dict with the EVENT_COLUMNS plus n_reports,
    n_outlets, n_independent_outlets; evidence spans are character offsets into `text`:
    text_info {sequence, start, end, trigger_start, trigger_end} and actor/recipient entities {start, end}.
    """
    with connect(db) as con:
        row = con.execute(
            "SELECT doc_id, url, title, source, outlet, published, text, sentences FROM articles"
            " WHERE doc_id = ? LIMIT 1",
            [str(doc_id)],
        ).fetchone()
        if row is None:
            return None
        keys = ["doc_id", "url", "title", "source", "outlet", "published", "text", "sentences"]
        out: dict[str, Any] = dict(zip(keys, row, strict=True))
        meta = con.execute(
            "SELECT outlet_name, outlet_country, outlet_state_affiliated FROM events"
            " WHERE doc_id = ? LIMIT 1",
            [str(doc_id)],
        ).fetchone()
        out.update(
            dict(
                zip(
                    ["outlet_name", "outlet_country", "outlet_state_affiliated"],
                    meta or (None, None, None),
                    strict=True,
                )
            )
        )
        sql, params = _reports_sql(EventFilter(doc_id=str(doc_id), include_unreal=True))
        df = _frame(
            con,
            f"SELECT {EVENT_COLUMNS}, n_reports, n_outlets, n_independent_outlets FROM ({sql}) x"
            " ORDER BY text_info.sequence, text_info.trigger_start, id",
            params,
        )
    out["events"] = to_records(df)
    return out


def network(db: Db, *, n: int = 100, clusters: bool = True, **filters: Any) -> pd.DataFrame:
    """Edges of the actor network (undirected): actor, recipient, n_events, n_cooperation, n_conflict,
    mean_scale — the `n` heaviest."""
    return top_dyads(db, n=n, directed=False, clusters=clusters, **filters)


def summary(db: Db) -> dict[str, int]:
    """Counts: articles, events (reports), clusters, outlets."""
    with connect(db) as con:
        (articles,) = con.execute("SELECT count(*) FROM articles").fetchone()
        reports, outlets = con.execute("SELECT count(*), count(DISTINCT outlet) FROM events").fetchone()
        (n_clusters,) = con.execute("SELECT count(*) FROM clusters").fetchone()
    return {"articles": articles, "events": reports, "clusters": n_clusters, "outlets": outlets}


def event(db: Db, event_id: str) -> dict[str, Any] | None:
    """One event report by id (EVENT_COLUMNS plus corroboration), or None."""
    sql, params = _reports_sql(EventFilter(include_unreal=True))
    query = f"SELECT {EVENT_COLUMNS}, n_reports, n_outlets, n_independent_outlets FROM ({sql}) x WHERE id = ?"
    with connect(db) as con:
        rows = to_records(_frame(con, query, [*params, str(event_id)]))
    return rows[0] if rows else None


def cluster(db: Db, cluster_id: str) -> dict[str, Any] | None:
    """One event cluster with its reports (keys as in `clusters`), or None."""
    with connect(db) as con:
        sql = "SELECT count(*) FROM clusters WHERE cluster_id = ?"
        known = con.execute(sql, [str(cluster_id)]).fetchone()
        if not known[0]:
            return None
    frame = clusters(db, cluster_id=str(cluster_id))
    return to_records(frame)[0] if len(frame) else None


def outlet_stats(db: Db) -> pd.DataFrame:
    """Outlets in the store: outlet, outlet_name, outlet_country, outlet_state_affiliated, n_articles,
    n_events — most events first."""
    query = (
        "SELECT outlet, any_value(outlet_name) AS outlet_name, any_value(outlet_country) AS outlet_country,"
        " any_value(outlet_state_affiliated) AS outlet_state_affiliated,"
        " count(DISTINCT doc_id) AS n_articles,"
        " count(*) AS n_events FROM events WHERE outlet IS NOT NULL GROUP BY outlet"
        " ORDER BY n_events DESC, outlet"
    )
    with connect(db) as con:
        return _frame(con, query, [])
