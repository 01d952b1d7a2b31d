"""Event clusters: group the reports of one real-world event.

Two reports belong to one cluster when they have the same category, the same parties (actor and
recipient code sets; for reciprocal events, or events without recipient, the same set of parties),
effective dates within a window (a year-only or month-only date matches any date in that year or month),
and similar evidence (token Jaccard of the evidence sentence plus trigger). Reports whose party sets only
overlap (the coder resolved the parties differently) merge when their evidence is more similar still.
Reports are taken in date order; each joins the open cluster it matches best, or starts a new one.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date as Date
from itertools import groupby
from typing import Any

import duckdb
import pyarrow as pa

from dotterel.query.filters import UNREAL_AUX

_STOPWORD_TEXT = (
    "the a an and or but of to in on at by for with from as is are was were be been being has have had "
    "that this these those it its their his her they them he she we our you your not no said says say "
    "will would could should may might can also after before over into about than then there which who "
    "whom what when where while more most other some such only own same very just new one two three "
    "mr mrs ms per cent told tuesday monday wednesday thursday friday saturday sunday week year "
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
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
class _Report:
    id: str
    block: str  # party structure: "R:A,B" (acting together) or "D:A>B" (directed)
    actors: frozenset[str]
    recipients: frozenset[str]
    tokens: frozenset[str]

    @property
    def together(self) -> bool:
        return self.block.startswith("R:")

    def related_to(self, other: _Report) -> bool:
        """Parties overlap without contradicting direction: directed reports share an actor and no
        party is actor in one and recipient in the other (A->B is never related to B->A)."""
        if self.together or other.together:
            return bool((self.actors | self.recipients) & (other.actors | other.recipients))
        reversed_roles = (self.actors & other.recipients) or (self.recipients & other.actors)
        return bool(self.actors & other.actors) and not reversed_roles


@dataclass
class _Cluster:
    first: Date
    precision: str
    members: list[_Report] = field(default_factory=list)

    def closed_by(self, when: Date, window_days: int) -> bool:
        """True when no report at `when` or later (in date order) can still join."""
        if self.precision == "year":
            return when.year > self.first.year
        if self.precision == "month":
            return (when.year, when.month) > (self.first.year, self.first.month)
        return (when - self.first).days > window_days


def dates_match(first: Date, first_precision: str, when: Date, precision: str, window_days: int) -> bool:
    if "year" in (first_precision, precision):
        return first.year == when.year
    if "month" in (first_precision, precision):
        return (first.year, first.month) == (when.year, when.month)
    return abs((when - first).days) <= window_days


@dataclass(frozen=True)
class ClusterRules:
    """window_days: how far apart (by effective date) one event's reports may be; min_similarity:
    evidence similarity needed between reports with the same party structure; related_similarity:
    the (higher) similarity needed when the party sets only overlap (the coder saw the parties
    differently in two reports of one event, e.g. TUR->SYR and TUR alone)."""

    window_days: int = 3
    min_similarity: float = 0.2
    related_similarity: float = 0.35

    def similarity_needed(self, a: _Report, b: _Report) -> float | None:
        if a.block == b.block:
            return self.min_similarity
        if a.related_to(b):
            return max(self.related_similarity, self.min_similarity)
        return None


def _best_cluster(
    report: _Report, when: Date, precision: str, open_: list[_Cluster], rules: ClusterRules
) -> _Cluster | None:
    best, best_margin = None, -1.0
    for cluster in open_:
        if not dates_match(cluster.first, cluster.precision, when, precision, rules.window_days):
            continue
        for member in cluster.members:
            needed = rules.similarity_needed(report, member)
            if needed is None:
                continue
            margin = jaccard(report.tokens, member.tokens) - needed
            if margin >= 0 and margin > best_margin:
                best, best_margin = cluster, margin
    return best


def assign_clusters(rows: Iterable[tuple[Any, ...]], rules: ClusterRules) -> Iterator[list[str]]:
    """rows of one category: (id, block, actors, recipients, effective_date, precision, text), by date.
    Yields each cluster's report ids (earliest first) as soon as no later report can join it."""
    open_: list[_Cluster] = []
    for event_id, block, actors, recipients, when, precision, text in rows:
        report = _Report(event_id, block, frozenset(actors or ()), frozenset(recipients or ()), tokens(text))
        still_open = []
        for cluster in open_:
            if cluster.closed_by(when, rules.window_days):
                yield [m.id for m in cluster.members]
            else:
                still_open.append(cluster)
        open_ = still_open
        best = _best_cluster(report, when, precision or "day", open_, rules)
        if best is None:
            best = _Cluster(when, precision or "day")
            open_.append(best)
        best.members.append(report)
    for cluster in open_:
        yield [m.id for m in cluster.members]


def cluster_id(representative_id: str) -> str:
    return "C" + hashlib.sha1(representative_id.encode("utf-8")).hexdigest()[:16]


def recluster(
    db: Any, *, window_days: int = 3, min_similarity: float = 0.2, related_similarity: float = 0.35
) -> int:
    """Recompute every event's cluster_id and the clusters table in one transaction; returns #clusters.

    `db` is a Store or a writable duckdb connection. Negated/hypothetical reports and reports without a
    date stay unclustered (cluster_id NULL; queries treat them as single reports).
    """
    rules = ClusterRules(window_days, min_similarity, related_similarity)
    con: duckdb.DuckDBPyConnection = getattr(db, "con", db)
    cur = con.execute(
        f"SELECT event, id, {BLOCK_KEY_SQL} AS block, actor_codes, recipient_codes,"
        " effective_date, date_precision, coalesce(event_text, '') || ' ' || coalesce(text, '') FROM events"
        f" WHERE effective_date IS NOT NULL AND (aux IS NULL OR aux NOT IN {UNREAL_AUX})"
        " ORDER BY event, effective_date, id"
    )
    ids: list[str] = []
    cluster_ids: list[str] = []
    for _category, rows in groupby(_fetch(cur), key=lambda row: row[0]):
        for members in assign_clusters((row[1:] for row in rows), rules):
            ids.extend(members)
            cluster_ids.extend([cluster_id(members[0])] * len(members))
    _write_clusters(
        con, pa.table({"id": pa.array(ids, pa.string()), "cluster_id": pa.array(cluster_ids, pa.string())})
    )
    return len(set(cluster_ids))


def _fetch(cur: duckdb.DuckDBPyConnection) -> Iterator[tuple[Any, ...]]:
    while chunk := cur.fetchmany(5000):
        yield from chunk


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
