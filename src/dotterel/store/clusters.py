"""Event clusters: group the reports of one real-world event.

Blocking. Reports are compared only within one PLOVER quad, with compatible parties and effective dates
in a window. Parties: reciprocal reports (and reports without a recipient) are compared as unordered
party sets, directed ones as actor -> recipient (A->B never joins B->A); a report without a recipient
may join a directed report that has its actors. Dates: the effective date is the event's own date when
the text gives one (historical mentions sit at their date), else the publication date; a year-only or
month-only date matches any day of that year or month. Material events (quads 2 and 4, e.g. ASSAULT)
are reported over `window_days`, verbal ones (announcements, agreements, accusations) over twice that.

Similarity. The mean of two IDF-weighted cosines over stemmed content words, one for the whole evidence
sentence and one for the words around the trigger, with stop words and the names of the report's own
parties (country names, demonyms, capitals) removed, and IDF computed over the store's evidence: place
names and distinctive nouns carry the decision ("offensive in Afrin" ~ "Afrin operation"), "Syrian"
or "attack" do not. Two reports must also share at least one distinctive word (in at most 2% of the
sentences) besides the trigger and the party mentions, and two reports whose trigger neighbourhoods
both name places or people (capitalised words) must name at least one in common: "barrel bombs hit a
market in Idlib" and "... in Daraa" are two events, however alike the rest.

Thresholds. Reports of one category with the same parties need `min_similarity`. Each doubt adds
(`related_similarity` - `min_similarity`): parties that only overlap (the coder resolved them
differently), different categories of one quad (one event coded CONCEDE in one report and RETREAT in
another; inside one article only for the same sentence), a date coarser than the other. Two doubts
are too many. An undated report (its publication date only bounds the event from above) may re-mention
an event up to `background_days` earlier, at the threshold of two doubts, with no other doubt and two
shared distinctive words. Two reports whose texts give the same day need half the similarity.

Linkage. Average linkage over the similar pairs (other pairs count as 0), merging two clusters only when
every pair of their reports passes the blocking rules and most pairs across them are similar. That
bounds chaining and a cluster's date span: A~B and B~C does not pull C into A's cluster unless A and C
could be one event and are alike. Each connected part of the similarity graph is agglomerated alone.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from functools import cache
from importlib import resources
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
FOCUS_WORDS = 8
DISTINCTIVE_SHARE = 0.02
MIN_SHARED = 1


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


def proper_names(text: str, drop: frozenset[str] = frozenset()) -> frozenset[str]:
    """Stems of the capitalised words inside a sentence (not its first word): places, people and
    operations, the words that tell two otherwise alike reports apart ("Idlib" vs "Daraa")."""
    words = re.findall(r"(?<=[\s(\"'])[A-Z][a-z][A-Za-z'-]+", text)
    return tokens(" ".join(words), drop)


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
    text = (resources.files("dotterel") / "actors" / "data" / "countries.yaml").read_text(encoding="utf-8")
    words: dict[str, frozenset[str]] = {}
    for code, entry in (yaml.safe_load(text).get("countries") or {}).items():
        names = [n for key in ("names", "demonyms", "capitals") for n in (entry or {}).get(key) or []]
        words[code] = frozenset(stem(w) for name in names for w in _TOKEN.findall(str(name).lower()))
    return words


@cache
def all_country_words() -> frozenset[str]:
    return frozenset(w for words in country_words().values() for w in words)


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

    def distinctive(self, word: str) -> bool:
        """Rare enough to tell one event from another (in at most DISTINCTIVE_SHARE of the sentences)."""
        return self.df.get(word, 0) <= max(5.0, DISTINCTIVE_SHARE * self.n)


def near_trigger(text: str, start: int, end: int, reach: int = FOCUS_WORDS) -> str:
    """The words of `text` within `reach` words of the trigger span [start, end) (offsets into text):
    the part of a long sentence that describes this event rather than the other things it says."""
    spans = [m.span() for m in re.finditer(r"\S+", text)]
    inside = [k for k, (a, b) in enumerate(spans) if a < end and b > start]
    if not inside:
        return text
    lo, hi = max(inside[0] - reach, 0), min(inside[-1] + reach + 1, len(spans))
    return text[spans[lo][0] : spans[hi - 1][1]]


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
    category: str
    quad: int
    actors: frozenset[str]
    recipients: frozenset[str]
    together: bool  # reciprocal, or no recipient: parties compared as an unordered set
    when: Date
    precision: str  # day | month | year
    dated: bool  # the text gave the date (else it is the publication date)
    words: frozenset[str] = field(default_factory=frozenset)  # the whole evidence sentence
    focus: frozenset[str] = field(default_factory=frozenset)  # the words around the trigger
    trigger: frozenset[str] = field(default_factory=frozenset)  # the trigger's own words
    names: frozenset[str] = field(default_factory=frozenset)  # words of the actor/recipient mentions
    proper: frozenset[str] = field(default_factory=frozenset)  # other capitalised words

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
    if a.actors == b.actors and a.recipients == b.recipients:
        return "same"
    if (a.actors & b.recipients) or (a.recipients & b.actors):
        return None  # A->B is never B->A
    if not a.actors & b.actors:
        return None
    if a.recipients & b.recipients or _group(a.recipients) or _group(b.recipients):
        return "related"  # e.g. USA->EUR and USA->DEU,FRA,GBR: a group may stand for its members
    return None


def _group(codes: frozenset[str]) -> bool:
    """Any code that is not a country (EUR, UNO, IGO, ...) and may include the other side's parties."""
    return any(code not in country_words() for code in codes)


@dataclass(frozen=True)
class ClusterRules:
    """window_days: how far apart (by effective date) a material event's reports may be (verbal events:
    twice that); min_similarity: evidence similarity needed between two reports of one category with
    the same parties; related_similarity: the (higher) similarity needed when the party sets only
    overlap or the categories differ within one quad; background_days: how long after an event an
    undated report (dated by its publication) may still re-mention it."""

    window_days: int = 3
    min_similarity: float = 0.08
    related_similarity: float = 0.15
    background_days: int = 14

    def window(self, quad: int) -> int:
        return self.window_days if quad in _MATERIAL_QUADS else 2 * self.window_days

    def dates_close(self, a: Report, b: Report) -> bool:
        return dates_match(a.when, a.precision, b.when, b.precision, self.window(a.quad))

    def background(self, a: Report, b: Report) -> bool:
        """The later report is undated and published within background_days after the earlier one."""
        if a.coarse or b.coarse:
            return False
        early, late = (a, b) if (a.when, a.dated) <= (b.when, b.dated) else (b, a)
        return not late.dated and (late.when - early.when).days <= self.background_days

    def needed(self, a: Report, b: Report) -> float | None:
        """The similarity two reports need to be one event, or None when they cannot be.

        Each doubt (parties only overlap; categories differ; one date is coarser than the other) adds
        the gap between related_similarity and min_similarity; an undated background mention counts
        as two. Two reports whose texts both name the same day for the event need half as much: an
        explicit date shared by chance is rare."""
        parties = party_match(a, b)
        if parties is None or a.quad != b.quad:
            return None
        same_sentence = a.doc_id == b.doc_id and a.words == b.words
        if a.proper and b.proper and not a.proper & b.proper and not same_sentence:
            return None  # near their triggers both name places or people, and not the same ones
        if a.category != b.category and a.doc_id == b.doc_id and not same_sentence:
            return None  # one article's sentences share its topic words, not necessarily an event
        doubts = (parties != "same") + (a.category != b.category) + (a.precision != b.precision)
        if doubts >= 2:
            return None
        if not self.dates_close(a, b):
            if doubts or not self.background(a, b):
                return None
            doubts = 2  # an undated re-mention weeks later must be very close to the event's report
        needed = self.min_similarity + doubts * max(self.related_similarity - self.min_similarity, 0.0)
        if a.dated and b.dated and not (a.coarse or b.coarse) and a.when == b.when:
            needed /= 2
        return needed

    def reach(self, quad: int) -> int:
        return max(self.window(quad), self.background_days)


def shared_evidence(a: Report, b: Report, rarity: Rarity) -> int:
    """How many distinctive words both reports' evidence contains, besides the trigger verbs and the
    mentions of the parties (two reports naming "Bashar al-Assad" share a party, not an event)."""
    shared = (a.words & b.words) - a.trigger - b.trigger - a.names - b.names
    return sum(1 for w in shared if rarity.distinctive(w))


def same_day_same_event(a: Report, b: Report) -> bool:
    """One category, the same parties in the same roles, the same day: the wording need not add more."""
    return (a.category == b.category and party_match(a, b) == "same"
            and not (a.coarse or b.coarse) and a.when == b.when)


def report_similarity(a: Report, b: Report, rarity: Rarity) -> float:
    """Mean of the similarity of the whole sentences and of the words around the triggers; 0 unless
    the two share a distinctive word besides the trigger and the party mentions, or are
    `same_day_same_event`."""
    if shared_evidence(a, b, rarity) < MIN_SHARED and not same_day_same_event(a, b):
        return 0.0
    return (similarity(a.words, b.words, rarity) + similarity(a.focus, b.focus, rarity)) / 2


def candidate_pairs(reports: Sequence[Report], rules: ClusterRules) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) that share a party and whose dates can match: a sliding window over the day
    dates of each party's reports, and coarse (year/month) dates against every report of the party."""
    by_party: dict[str, list[int]] = defaultdict(list)
    for i in sorted(range(len(reports)), key=lambda i: reports[i].when):
        for code in reports[i].parties:
            by_party[code].append(i)
    reach = rules.reach(reports[0].quad) if reports else 0
    seen: set[tuple[int, int]] = set()
    for members in by_party.values():
        day = [i for i in members if not reports[i].coarse]
        pairs = [(i, j) for pos, i in enumerate(day) for j in _following(reports, day, pos, reach)]
        pairs += [
            (i, j)
            for i in members
            if reports[i].coarse
            for j in members
            if j != i and rules.dates_close(reports[i], reports[j])
        ]
        for i, j in pairs:
            pair = (min(i, j), max(i, j))
            if pair not in seen:
                seen.add(pair)
                yield pair


def _following(reports: Sequence[Report], day: list[int], pos: int, reach: int) -> list[int]:
    """The reports after day[pos] (day is in date order) at most `reach` days later."""
    first = reports[day[pos]].when
    return list(itertools.takewhile(lambda j: (reports[j].when - first).days <= reach, day[pos + 1 :]))


def _edges(reports: Sequence[Report], rules: ClusterRules, rarity: Rarity) -> dict[tuple[int, int], float]:
    """Pairs that may be one event, with their similarity shifted to a common threshold: the stored
    value is similarity - needed + min_similarity, so every edge is judged against min_similarity."""
    edges = {}
    for i, j in candidate_pairs(reports, rules):
        needed = rules.needed(reports[i], reports[j])
        if needed is None:
            continue
        if (
            not rules.dates_close(reports[i], reports[j])
            and shared_evidence(reports[i], reports[j], rarity) < 2
        ):
            continue  # a re-mention weeks later must share more than one distinctive word
        score = report_similarity(reports[i], reports[j], rarity) - needed + rules.min_similarity
        if score > 0:
            edges[(min(i, j), max(i, j))] = score
    return edges


class _Agglomeration:
    """Average linkage over a sparse similarity graph (absent pairs count as 0). Two clusters merge
    only when every pair of their reports could be one event (complete linkage on the hard rules:
    parties, quad, dates) and most pairs across them are similar: a report joins a two-report
    cluster only when it is like both. That bounds chaining and the span of a cluster's dates."""

    def __init__(self, reports: Sequence[Report], edges: dict[tuple[int, int], float], rules: ClusterRules):
        self.reports, self.rules = reports, rules
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(reports))}
        # cluster -> neighbour cluster -> [sum of similarities, number of similar report pairs]
        self.links: dict[int, dict[int, list[float]]] = defaultdict(dict)
        for (i, j), score in edges.items():
            self.links[i][j] = [score, 1]
            self.links[j][i] = [score, 1]

    def compatible(self, a: int, b: int) -> bool:
        pairs = len(self.members[a]) * len(self.members[b])
        if 2 * self.links[a][b][1] <= pairs and pairs > 1:
            return False
        return all(
            self.rules.needed(self.reports[i], self.reports[j]) is not None
            for i in self.members[a]
            for j in self.members[b]
        )

    def run(self) -> list[list[int]]:
        blocked: set[tuple[int, int]] = set()
        while True:
            best, best_score = None, self.rules.min_similarity
            for a, row in self.links.items():
                for b, (total, _linked) in row.items():
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
        for k, (total, linked) in self.links.pop(b, {}).items():
            self.links[k].pop(b, None)
            if k != a:
                merged = self.links[a].get(k, [0.0, 0])
                self.links[a][k] = self.links[k][a] = [merged[0] + total, merged[1] + linked]
        self.links[a].pop(a, None)


def assign_clusters(reports: Sequence[Report], rules: ClusterRules, rarity: Rarity) -> list[list[str]]:
    """Reports of one quad -> clusters of report ids (each in date order). Agglomerates each connected
    part of the similarity graph on its own, which keeps large stores fast."""
    edges = _edges(reports, rules, rarity)
    parts = _connected_parts(len(reports), edges)
    part_of = {i: p for p, part in enumerate(parts) for i in part}
    local = {i: k for part in parts for k, i in enumerate(part)}
    part_edges: dict[int, dict[tuple[int, int], float]] = defaultdict(dict)
    for (i, j), score in edges.items():
        part_edges[part_of[i]][(local[i], local[j])] = score
    groups: list[list[int]] = []
    for p, part in enumerate(parts):
        if len(part) == 1:
            groups.append(part)
            continue
        for group in _Agglomeration([reports[i] for i in part], part_edges[p], rules).run():
            groups.append([part[k] for k in group])
    return [
        [reports[i].id for i in sorted(g, key=lambda i: (reports[i].when, reports[i].id))] for g in groups
    ]


def _connected_parts(n: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in edges:
        parent[root(i)] = root(j)
    parts: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        parts[root(i)].append(i)
    return list(parts.values())


def cluster_id(representative_id: str) -> str:
    return "C" + hashlib.sha1(representative_id.encode("utf-8")).hexdigest()[:16]


_REPORTS_SQL = f"""
    SELECT quad_code, id, doc_id, event, actor_codes, recipient_codes,
           coalesce(reciprocal, FALSE) OR len(recipient_codes) = 0,
           effective_date, coalesce(date_precision, 'day'), event_date IS NOT NULL,
           coalesce(text, ''), coalesce(event_text, ''),
           coalesce(text_info.trigger_start - text_info.start, -1),
           coalesce(text_info.trigger_end - text_info.start, -1),
           array_to_string([x.entity_text FOR x IN
                            list_concat(coalesce(actor, []), coalesce(recipient, []))], ' ')
    FROM events
    WHERE effective_date IS NOT NULL AND (aux IS NULL OR aux NOT IN {UNREAL_AUX})
    ORDER BY quad_code, effective_date, id"""


def load_reports(con: duckdb.DuckDBPyConnection) -> tuple[dict[int, list[Report]], Rarity]:
    """Clusterable reports by quad, and word rarity over every distinct evidence sentence."""
    by_quad: dict[int, list[Report]] = defaultdict(list)
    for row in con.execute(_REPORTS_SQL).fetchall():
        quad, event_id, doc_id, category, actors, recipients, together, when, precision, dated = row[:10]
        text, trigger, t0, t1, mentions = row[10:]
        names = party_words([*(actors or ()), *(recipients or ())])
        by_quad[quad or 0].append(
            Report(
                event_id,
                doc_id,
                category,
                quad or 0,
                frozenset(actors or ()),
                frozenset(recipients or ()),
                bool(together),
                when,
                precision,
                bool(dated),
                tokens(text, names),
                tokens(near_trigger(text, t0, t1), names),
                tokens(trigger),
                tokens(mentions or ""),
                proper_names(near_trigger(text, t0, t1), all_country_words() | tokens(mentions or "")),
            )
        )
    sentences = con.execute("SELECT DISTINCT doc_id, coalesce(text, '') FROM events").fetchall()
    return by_quad, Rarity(tokens(text) for _doc, text in sentences)


def recluster(
    db: Any,
    *,
    window_days: int = 3,
    min_similarity: float = 0.08,
    related_similarity: float = 0.15,
    background_days: int = 14,
) -> int:
    """Recompute every event's cluster_id and the clusters table in one transaction; returns #clusters.

    `db` is a Store or a writable duckdb connection. Negated/hypothetical reports and reports without a
    date stay unclustered (cluster_id NULL; queries treat them as single reports).
    """
    rules = ClusterRules(window_days, min_similarity, related_similarity, background_days)
    con: duckdb.DuckDBPyConnection = getattr(db, "con", db)
    by_quad, rarity = load_reports(con)
    ids: list[str] = []
    cluster_ids: list[str] = []
    for quad in sorted(by_quad):
        for members in assign_clusters(by_quad[quad], rules, rarity):
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
