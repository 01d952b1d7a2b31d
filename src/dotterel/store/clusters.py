"""Event clusters: group the reports of one real-world event.

Two reports belong to one cluster when they have the same category, the same parties (actor and
recipient code sets; for reciprocal events, or events without recipient, the same set of parties),
effective dates within a window (a year-only or month-only date matches any date in that year or month),
and similar evidence (token Jaccard of the evidence sentence plus trigger). Reports are taken in date
order; each joins the most similar open cluster of its block, or starts a new one.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

import duckdb
import pyarrow as pa

from dotterel.query.filters import UNREAL_AUX

STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "his",
        "her",
        "they",
        "them",
        "he",
        "she",
        "we",
        "our",
        "you",
        "your",
        "not",
        "no",
        "said",
        "says",
        "say",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "also",
        "after",
        "before",
        "over",
        "into",
        "about",
        "than",
        "then",
        "there",
        "which",
        "who",
        "whom",
        "what",
        "when",
        "where",
        "while",
        "more",
        "most",
        "other",
        "some",
        "such",
        "only",
        "own",
        "same",
        "very",
        "just",
        "new",
        "one",
        "two",
        "three",
        "mr",
        "mrs",
        "ms",
        "per",
        "cent",
        "told",
        "tuesday",
        "monday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "week",
        "year",
    ]
)
_TOKEN = re.compile(r"[a-z][a-z'-]+")

BLOCK_KEY_SQL = (
    "CASE WHEN reciprocal OR len(recipient_codes) = 0"
    " THEN 'R:' || array_to_string(list_sort(list_distinct(list_concat(actor_codes, recipient_codes))), ',')"
    " ELSE 'D:' || array_to_string(actor_codes, ',') || '>' || array_to_string(recipient_codes, ',') END"
)


def tokens(text: str) -> frozenset[str]:
    """Content-word stems of a text, for evidence similarity."""
    out = set()
    for word in _TOKEN.findall(text.lower()):
        if word in STOPWORDS or len(word) < 3:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if len(word) > len(suffix) + 3 and word.endswith(suffix):
                word = word[: -len(suffix)]
                break
        out.add(word)
    return frozenset(out)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


@dataclass
class _Cluster:
    first: Date
    precision: str
    members: list[str] = field(default_factory=list)
    token_sets: list[frozenset[str]] = field(default_factory=list)


def dates_match(first: Date, first_precision: str, when: Date, precision: str, window_days: int) -> bool:
    if "year" in (first_precision, precision):
        return first.year == when.year
    if "month" in (first_precision, precision):
        return (first.year, first.month) == (when.year, when.month)
    return abs((when - first).days) <= window_days


def _assign_block(rows: list[tuple[Any, ...]], window_days: int, min_similarity: float) -> list[_Cluster]:
    """rows: (id, effective_date, date_precision, text) sorted by date. Greedy single pass."""
    done: list[_Cluster] = []
    open_: list[_Cluster] = []
    for event_id, when, precision, text in rows:
        toks = tokens(text)
        still_open = []
        for cluster in open_:
            if (
                cluster.precision == "day"
                and precision == "day"
                and (when - cluster.first).days > window_days
            ):
                done.append(cluster)
            else:
                still_open.append(cluster)
        open_ = still_open
        best, best_sim = None, min_similarity
        for cluster in open_:
            if not dates_match(cluster.first, cluster.precision, when, precision, window_days):
                continue
            sim = max(jaccard(toks, other) for other in cluster.token_sets)
            if sim >= best_sim:
                best, best_sim = cluster, sim
        if best is None:
            best = _Cluster(when, precision or "day")
            open_.append(best)
        best.members.append(event_id)
        best.token_sets.append(toks)
    return done + open_


def cluster_id(representative_id: str) -> str:
    return "C" + hashlib.sha1(representative_id.encode("utf-8")).hexdigest()[:16]


def recluster(db: Any, *, window_days: int = 3, min_similarity: float = 0.2) -> int:
    """Recompute every event's cluster_id and the clusters table in one transaction; returns #clusters.

    `db` is a Store or a writable duckdb connection. Negated/hypothetical reports and reports without a
    date stay unclustered (cluster_id NULL; queries treat them as single reports).
    """
    con: duckdb.DuckDBPyConnection = getattr(db, "con", db)
    cur = con.execute(
        f"SELECT event, {BLOCK_KEY_SQL} AS block, id, effective_date, date_precision,"
        " coalesce(event_text, '') || ' ' || coalesce(text, '') FROM events"
        f" WHERE effective_date IS NOT NULL AND (aux IS NULL OR aux NOT IN {UNREAL_AUX})"
        " ORDER BY event, block, effective_date, id"
    )
    ids: list[str] = []
    cluster_ids: list[str] = []
    block_key, block_rows = None, []

    def flush() -> None:
        for cluster in _assign_block(block_rows, window_days, min_similarity):
            cid = cluster_id(cluster.members[0])
            ids.extend(cluster.members)
            cluster_ids.extend([cid] * len(cluster.members))

    while chunk := cur.fetchmany(5000):
        for event, block, *row in chunk:
            if (event, block) != block_key:
                flush()
                block_key, block_rows = (event, block), []
            block_rows.append(tuple(row))
    flush()
    _write_clusters(con, pa.table({"id": ids, "cluster_id": cluster_ids}))
    return len(set(cluster_ids))


def _write_clusters(con: duckdb.DuckDBPyConnection, mapping: pa.Table) -> None:
    con.execute("BEGIN TRANSACTION")
    try:
        con.register("_cluster_map", mapping)
        con.execute("UPDATE events SET cluster_id = NULL WHERE cluster_id IS NOT NULL")
        con.execute("UPDATE events SET cluster_id = m.cluster_id FROM _cluster_map m WHERE events.id = m.id")
        con.unregister("_cluster_map")
        con.execute("DELETE FROM clusters")
        con.execute("""
            INSERT INTO clusters
            SELECT cluster_id,
                   arg_min(event, (effective_date, id)), arg_min(quad_code, (effective_date, id)),
                   arg_min(actor_codes, (effective_date, id)), arg_min(recipient_codes, (effective_date, id)),
                   min(effective_date), max(effective_date), arg_min(date_precision, (effective_date, id)),
                   count(*), count(DISTINCT doc_id), count(DISTINCT outlet),
                   count(DISTINCT outlet) FILTER (WHERE outlet_state_affiliated IS NOT TRUE),
                   bool_and(coalesce(outlet_state_affiliated, FALSE)),
                   avg(event_scale),
                   coalesce(list_sort(list(DISTINCT outlet) FILTER (WHERE outlet IS NOT NULL)), []),
                   arg_min(id, (effective_date, id))
            FROM events WHERE cluster_id IS NOT NULL GROUP BY cluster_id""")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
