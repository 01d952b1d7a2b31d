"""Event clusters: group the reports of one real-world event.

Reports are compared only inside a block: the same PLOVER category, compatible parties and effective
dates within a window sized to the category. Inside a block, two reports are similar when the content
words of their evidence overlap (IDF-weighted cosine over stemmed word sets, with stop words and the
reports' own party names removed, so that place names and distinctive nouns carry the decision).
Reports are then merged by average linkage: a cluster joins another only while the mean similarity of
all their report pairs stays above the threshold, no two of its reports contradict each other (roles
reversed, parties disjoint) and its dates span no more than the category's window. That bounds chaining:
A~B and B~C does not pull C into A's cluster unless A and C are also alike.

Parties: reciprocal reports (and reports without a recipient) are compared as unordered party sets;
directed reports as actor -> recipient. A report without a recipient may join a directed report that has
one of its actors. Reports whose parties only overlap (the coder resolved them differently) need a
higher similarity (`related_similarity`).

Dates: the effective date is the event's own date when the text gives one (historical mentions sit at
their date), else the article's publication date. A year-only or month-only date matches any date in
that year or month. Material events (quads 2 and 4, e.g. ASSAULT) are reported over `window_days`;
verbal ones (announcements, agreements, accusations) over twice that. An undated report, whose
publication date only bounds the event from above, may also join an earlier cluster of up to
`background_days` before when its evidence is as close as `related_similarity` demands.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from functools import cache
from importlib import resources
from itertools import combinations
from typing import Any

import duckdb
import pyarrow as pa
import yaml

from dotterel.query.filters import UNREAL_AUX

_STOPWORD_TEXT = (
    "the a an and or but of to in on at by for with from as is are was were be been being has have had "
    "that this these those it its their his her they them he she we our you your not no said says say "
    "will would could should may might can also after before over into about than then there which who "
    "whom what when where while more most other some such only own same very just new one two three "
    "mr mrs ms per cent told tuesday monday wednesday thursday friday saturday sunday week year "
    "all any both each few many much now out up down off again further once here how why because "
    "until against between through during above below under does did doing do i me my him us "
    "if so too least last first since yet still even ever already being according including "
    "including day days month months years ago earlier later today yesterday tomorrow time "
    "january february march april june july august september october november december "
    "reported report reports statement told tell added people official officials spokesman spokeswoman "
    "around among within without across another several whether though although however"
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_TOKEN = re.compile(r"[a-z][a-z'-]+")
_MATERIAL_QUADS = frozenset({2, 4})


def stem(word: str) -> str:
    """A crude, stable stem: strike/strikes/striking/struck-free forms map together."""
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'-")
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def tokens(text: str, drop: frozenset[str] = frozenset()) -> frozenset[str]:
    """Content-word stems of a text, for evidence similarity; `drop`: stems (party names) to leave out."""
    out = set()
    for word in _TOKEN.findall(text.lower()):
        if word in STOPWORDS or len(word) < 3:
            continue
        stemmed = stem(word)
        if stemmed not in drop and stemmed not in STOPWORDS and len(stemmed) >= 3:
            out.add(stemmed)
    return frozenset(out)


@cache
def country_words() -> Mapping[str, frozenset[str]]:
    """Country code -> stems of its names, demonyms and capitals (from the actor lexicon's data file):
    the words that name a party rather than say what happened."""
    text = (resources.files("dotterel.actors") / "data" / "countries.yaml").read_text(encoding="utf-8")
    words: dict[str, frozenset[str]] = {}
    for code, entry in (yaml.safe_load(text).get("countries") or {}).items():
        names = [n for key in ("names", "demonyms", "capitals") for n in (entry or {}).get(key) or []]
        words[code] = frozenset(stem(w) for name in names for w in _TOKEN.findall(str(name).lower()))
    return words


def party_words(codes: Iterable[str]) -> frozenset[str]:
    table = country_words()
    return frozenset(w for code in codes for w in table.get(code, ()))


class Rarity:
    """Inverse document frequency of stems over a set of evidence sentences (each sentence counted once)."""

    def __init__(self, sentences: Iterable[frozenset[str]]) -> None:
        self.df: Counter[str] = Counter()
        self.n = 0
        for words in sentences:
            self.n += 1
            self.df.update(words)

    def idf(self, word: str) -> float:
        return math.log((self.n + 1) / (self.df.get(word, 0) + 1)) + 1.0


def similarity(a: frozenset[str], b: frozenset[str], rarity: Rarity) -> float:
    """IDF-weighted cosine of two word sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    shared = sum(rarity.idf(w) ** 2 for w in a & b)
    if not shared:
        return 0.0
    norm_a = math.sqrt(sum(rarity.idf(w) ** 2 for w in a))
    norm_b = math.sqrt(sum(rarity.idf(w) ** 2 for w in b))
    return shared / (norm_a * norm_b)


def dates_match(first: Date, first_precision: str, when: Date, precision: str, window_days: int) -> bool:
    if "year" in (first_precision, precision):
        return first.year == when.year
    if "month" in (first_precision, precision):
        return (first.year, first.month) == (when.year, when.month)
    return abs((when - first).days) <= window_days


@dataclass
class Report:
    id: str
    doc_id: str
    quad: int
    actors: frozenset[str]
    recipients: frozenset[str]
    together: bool  # reciprocal, or no recipient: parties compared as an unordered set
    when: Date
    precision: str  # day | month | year
    dated: bool  # the text gave the date (else it is the publication date)
    words: frozenset[str] = field(default_factory=frozenset)

    @property
    def parties(self) -> frozenset[str]:
        return self.actors | self.recipients

    @property
    def coarse(self) -> bool:
        return self.precision != "day"


def party_match(a: Report, b: Report) -> str | None:
    """'same' (identical party structure), 'related' (overlapping, not contradicting) or None."""
    if a.together and b.together:
        if a.parties == b.parties:
            return "same"
        return "related" if a.parties & b.parties else None
    if a.together or b.together:
        lone, directed = (a, b) if a.together else (b, a)
        if not lone.recipients and lone.actors and lone.actors <= directed.actors:
            return "related"  # the coder did not find the recipient in one report
        return "related" if lone.parties & directed.parties and lone.actors & directed.actors else None
    if (a.actors & b.recipients) or (a.recipients & b.actors):
        return None  # A->B is never B->A
    if a.actors == b.actors and a.recipients == b.recipients:
        return "same"
    return "related" if a.actors & b.actors else None  # recipients seen differently (EUR vs FRA, GBR)


@dataclass(frozen=True)
class ClusterRules:
    """window_days: how far apart (by effective date) a material event's reports may be (verbal events:
    twice that); min_similarity: evidence similarity needed between reports with the same parties;
    related_similarity: the (higher) similarity needed when the party sets only overlap, and for an
    undated report that re-mentions an event up to background_days earlier."""

    window_days: int = 3
    min_similarity: float = 0.2
    related_similarity: float = 0.35

    def window(self, quad: int) -> int:
        return self.window_days if quad in _MATERIAL_QUADS else 2 * self.window_days

    def dates_close(self, a: Report, b: Report) -> bool:
        return dates_match(a.when, a.precision, b.when, b.precision, self.window(a.quad))

    def needed(self, a: Report, b: Report) -> float | None:
        """The similarity two reports need to be one event, or None when they cannot be. Two reports
        whose texts both name the same day for the event need only half of it: an explicit date shared
        by chance is rare."""
        parties = party_match(a, b)
        if parties is None or not self.dates_close(a, b):
            return None
        needed = self.min_similarity if parties == "same" else max(self.related_similarity, self.min_similarity)
        if a.dated and b.dated and not (a.coarse or b.coarse) and a.when == b.when:
            needed /= 2
        return needed



def candidate_pairs(reports: Sequence[Report], rules: ClusterRules) -> Iterator[tuple[int, int]]:
    """Index pairs whose dates can match: a sliding window over day dates, coarse dates against all."""
    order = sorted(range(len(reports)), key=lambda i: reports[i].when)
    day = [i for i in order if not reports[i].coarse]
    coarse = [i for i in order if reports[i].coarse]
    reach = rules.window(reports[0].quad) if reports else 0
    for pos, i in enumerate(day):
        for j in day[pos + 1 :]:
            if (reports[j].when - reports[i].when).days > reach:
                break
            yield i, j
    for i in coarse:
        for j in order:
            if j != i and (j not in coarse or j > i) and rules.dates_close(reports[i], reports[j]):
                yield i, j


def _edges(reports: Sequence[Report], rules: ClusterRules, rarity: Rarity) -> dict[tuple[int, int], float]:
    """Pairs that may be one event, with their similarity margin-adjusted to a common threshold: the
    stored value is similarity - needed + min_similarity, so every edge is judged against min_similarity."""
    edges = {}
    for i, j in candidate_pairs(reports, rules):
        needed = rules.needed(reports[i], reports[j])
        if needed is None:
            continue
        score = similarity(reports[i].words, reports[j].words, rarity) - needed + rules.min_similarity
        if score > 0:
            edges[(min(i, j), max(i, j))] = score
    return edges


class _Agglomeration:
    """Average linkage over a sparse similarity graph; absent pairs count as 0 similarity."""

    def __init__(self, reports: Sequence[Report], edges: dict[tuple[int, int], float], rules: ClusterRules):
        self.reports, self.rules = reports, rules
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(reports))}
        self.links: dict[int, dict[int, float]] = defaultdict(dict)
        for (i, j), score in edges.items():
            self.links[i][j] = self.links[j][i] = score

    def compatible(self, a: int, b: int) -> bool:
        """No pair across the two clusters contradicts, and the merged date span stays bounded."""
        reports = [self.reports[i] for i in self.members[a] + self.members[b]]
        days = [r.when for r in reports if not r.coarse]
        if days and (max(days) - min(days)).days > self.rules.window(reports[0].quad):
            return False
        return all(
            party_match(self.reports[i], self.reports[j]) is not None
            for i in self.members[a]
            for j in self.members[b]
        )

    def run(self) -> list[list[int]]:
        blocked: set[tuple[int, int]] = set()
        while True:
            best, best_score = None, self.rules.min_similarity
            for a, row in self.links.items():
                for b, total in row.items():
                    if a < b and (a, b) not in blocked:
                        score = total / (len(self.members[a]) * len(self.members[b]))
                        if score >= best_score:
                            best, best_score = (a, b), score
            if best is None:
                return list(self.members.values())
            if self.compatible(*best):
                self._merge(*best)
            else:
                blocked.add(best)

    def _merge(self, a: int, b: int) -> None:
        self.members[a] += self.members.pop(b)
        for k, total in self.links.pop(b, {}).items():
            self.links[k].pop(b, None)
            if k != a:
                self.links[a][k] = self.links[a].get(k, 0.0) + total
                self.links[k][a] = self.links[a][k]
        self.links[a].pop(a, None)


def assign_clusters(reports: Sequence[Report], rules: ClusterRules, rarity: Rarity) -> list[list[str]]:
    """Reports of one category -> clusters of report ids (each in date order)."""
    groups = _Agglomeration(reports, _edges(reports, rules, rarity), rules).run()
    return [[reports[i].id for i in sorted(g, key=lambda i: (reports[i].when, reports[i].id))] for g in groups]


def cluster_id(representative_id: str) -> str:
    return "C" + hashlib.sha1(representative_id.encode("utf-8")).hexdigest()[:16]


_REPORTS_SQL = f"""
    SELECT event, id, doc_id, quad_code, actor_codes, recipient_codes,
           coalesce(reciprocal, FALSE) OR len(recipient_codes) = 0,
           effective_date, coalesce(date_precision, 'day'), event_date IS NOT NULL,
           coalesce(event_text, '') || ' ' || coalesce(text, '')
    FROM events
    WHERE effective_date IS NOT NULL AND (aux IS NULL OR aux NOT IN {UNREAL_AUX})
    ORDER BY event, effective_date, id"""


def load_reports(con: duckdb.DuckDBPyConnection) -> tuple[dict[str, list[Report]], Rarity]:
    """Clusterable reports by category, and word rarity over every distinct evidence sentence."""
    by_category: dict[str, list[Report]] = defaultdict(list)
    for row in con.execute(_REPORTS_SQL).fetchall():
        category, event_id, doc_id, quad, actors, recipients, together, when, precision, dated, text = row
        by_category[category].append(
            Report(
                event_id, doc_id, quad or 0, frozenset(actors or ()), frozenset(recipients or ()),
                bool(together), when, precision, bool(dated),
                tokens(text, party_words([*(actors or ()), *(recipients or ())])),
            )
        )
    sentences = con.execute("SELECT DISTINCT doc_id, coalesce(text, '') FROM events").fetchall()
    return by_category, Rarity(tokens(text) for _doc, text in sentences)


def recluster(
    db: Any,
    *,
    window_days: int = 3,
    min_similarity: float = 0.2,
    related_similarity: float = 0.35,
) -> int:
    """Recompute every event's cluster_id and the clusters table in one transaction; returns #clusters.

    `db` is a Store or a writable duckdb connection. Negated/hypothetical reports and reports without a
    date stay unclustered (cluster_id NULL; queries treat them as single reports).
    """
    rules = ClusterRules(window_days, min_similarity, related_similarity)
    con: duckdb.DuckDBPyConnection = getattr(db, "con", db)
    by_category, rarity = load_reports(con)
    ids: list[str] = []
    cluster_ids: list[str] = []
    for category in sorted(by_category):
        for members in assign_clusters(by_category[category], rules, rarity):
            ids.extend(members)
            cluster_ids.extend([cluster_id(members[0])] * len(members))
    _write_clusters(
        con, pa.table({"id": pa.array(ids, pa.string()), "cluster_id": pa.array(cluster_ids, pa.string())})
    )
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
