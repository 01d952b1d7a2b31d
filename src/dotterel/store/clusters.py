"""Event clusters: group the reports of one real-world event.

Precision first: a merge must be right, since an analyst who finds two different events in one cluster
stops trusting every count. Two reports join only when they tell one act and nothing tells them apart.

Blocking. Reports are compared only within one PLOVER quad (a withdrawal or resignation announced,
CONCEDE, with the deeds that tell it done: `clustered_quad`), with compatible parties and effective dates
in a window. Parties are those the evidence sentence names (a recipient the coder inferred from the rest
of its article, with no span in the sentence, is left out: two articles may infer differently).
Reciprocal reports (and reports without a recipient) are compared as unordered party sets, directed ones
as actor -> recipient (A->B never joins B->A, except for MUTUAL_CATEGORIES: "Putin hosted Erdogan" ~
"Erdogan met Putin"); a recipient that is the actor itself ("Russia pulled back its forces") counts as
none; a report without a recipient may join a directed report whose parties include all its actors, or
whose actors it lists among more ("the US and the EU backed them" ~ "the US backed the YPG"), and, with
two doubts, one whose recipient it took for the actor ("the Afrin offensive" coded as Syria's); two
complete sets that differ (Turkey-US vs Turkey-Syria clashes) never join. Dates: the effective date is
the event's own date when the text gives one (historical mentions sit at their date), else the
publication date; a year-only or month-only date matches any day of that year or month. Material events
(quads 2 and 4, e.g. ASSAULT) are reported over `window_days`, verbal ones over twice that; an undated
report (its publication date only bounds the event from above) may re-mention an event up to
`background_days` earlier. A lasting act (a campaign, a withdrawal) is told for months: its reports are
grouped first, around an anchor report, by `campaigns`; the rules below cluster the rest.

One act. Both triggers must share a content stem, nouns of action folded onto their verbs
(`evidence.trigger_words`: "ordered the withdrawal" ~ "withdrawing"; light verbs such as "launched"
or "made" do not count), or a narrow class of act words (`evidence.act_words`: "offensive" ~
"assault" ~ "incursion"; "pullout" ~ "withdrawal"): "warned" and "vowed" in one week are two
statements, whatever else they share. A class alone is one doubt, unless both name the same place
for the act or repeat the same run of rare words (`_said_alike`: a demand told, then quoted), and is
not enough inside one article ("asked", then "demanded": two turns). Categories
of one quad may then differ for deeds (one attack coded ASSAULT in one report, COERCE in another), and
for words only when the triggers share a word: a threat to mount an assault and a claim about it are
two statements, whatever act class they share. `told_apart`
vetoes a pair whose texts name different actors or targets ("Mattis" vs "McGurk"), different
countries as the place ("from Syria" vs "in Afghanistan", near the trigger in one sentence and
anywhere in the other), or places and people near the triggers that the other sentence does not
name ("a market in Idlib" vs "... in Daraa"), unless both tell one known act (a burst's deed, a
lasting act at one place: who comments on "the US withdrawal" does not make it another).

Similarity. The mean of two IDF-weighted cosines over stemmed content words, one for the whole evidence
sentence and one for the words around the trigger, with stop words and the parties' own names
(country names, demonyms, capitals) removed and IDF computed over the store's evidence. Two reports
must also share a distinctive word (in at most 2% of the sentences; the capitalised words of the party
mentions do not count, the words that describe a party, "Seven clinics", do), a capitalised name, a named
target or a named place of the act (`evidence.locations_named`: "the assault on Afrin") besides the
trigger and the party mentions, or name the same people as parties (SHARED_PEOPLE_WORDS: "Donald
Trump and Theresa May"), or have one rarely named person act alone in both ("Mattis resigned"), unless
both are of one category with the same parties on the same day.
Reports of the same parties need `min_similarity`; each doubt adds
(`related_similarity` - `min_similarity`): parties that only overlap, a coarser date (a year counts
twice), two sentences of one article, an undated re-mention days later; more than `max_doubts` are
too many. Two reports whose texts give the same day, or that name the same place for the act, need
half the similarity.

Three cases need no more evidence. Background acts (`one_background_act`): a lasting act that two
articles recall in the same word, dated to one year or month ("the US invasion of 2003"). Twins:
(nearly) the same sentence with the same act, e.g. a paragraph re-used by a later article (its parties
may be coded differently, and its dates may differ unless it says "on Tuesday"). Stories: an act word
that an actor uses in a burst (`story_words`: at least STORY_ARTICLES articles within `background_days`,
holding at least half of all the actor's uses of that word, at least STORY_BURST times as concentrated
as the actor's news): "the US withdrawal" commented on by twenty articles in a fortnight is one
decision, however differently each article words it; "fighting", said all year long, is not. Only a
trigger's own words count (`story_candidates`), not its classes and not words of statements: what an
actor says in a burst ("vowed" to win, "vowed" to stay) is many statements.

Linkage. Two clusters merge when a pair of their reports is similar (the most similar first) and every
pair across them passes the blocking rules: a cluster never holds two reports that could not be one
event, which bounds chaining and its date span. Each connected part of the similarity graph is
agglomerated alone, so clustering a large store stays fast.
"""

from __future__ import annotations

import hashlib
import itertools
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta
from typing import Any

import duckdb
import pyarrow as pa

from dotterel.plover import QUAD
from dotterel.query.filters import UNREAL_AUX
from dotterel.store.campaigns import LASTING_ACTS, MATERIAL_QUADS, campaign_groups
from dotterel.store.evidence import (
    PLACE_WORDS,
    STATEMENT_CLASSES,
    TITLES,
    Rarity,
    act_classes,
    act_words,
    all_country_words,
    country_words,
    locations_named,
    lone_person,
    mention_names,
    named_words,
    near_trigger,
    party_words,
    phrases,
    places_named,
    proper_names,
    relative_time,
    similarity,
    statement_words,
    struck_places,
    tokens,
)

__all__ = ["ClusterRules", "Report", "dates_match", "recluster", "tokens"]

MIN_SHARED = 1
SHARED_PEOPLE_WORDS = 3  # named words of the parties both reports share: more than one person's name
MUTUAL_CATEGORIES = frozenset({"CONSULT"})  # meetings and calls: either side may be worded as the actor
STORY_ARTICLES = 5
STORY_BURST = 2.0
STORY_SHARE = 0.5
TWIN_MIN_WORDS = 5
TWIN_OVERLAP = 0.7
TWIN_DAYS = 60
STRUCK_WORDS = 6  # reach of the trigger's object: "bombed the rebel-held town of Douma"


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
    names: frozenset[str] = field(default_factory=frozenset)  # capitalised words of the party mentions
    proper: frozenset[str] = field(default_factory=frozenset)  # other capitalised words
    act: frozenset[str] = field(default_factory=frozenset)  # act_words of the trigger
    named: frozenset[str] = field(default_factory=frozenset)  # capitalised words of the whole sentence
    actor_names: frozenset[str] = field(default_factory=frozenset)  # people/bodies named as the actor
    recipient_names: frozenset[str] = field(default_factory=frozenset)  # ... as the recipient
    story: frozenset[str] = field(default_factory=frozenset)  # act words of a burst (story_words)
    places: frozenset[str] = field(default_factory=frozenset)  # countries named as places near the trigger
    relative: bool = False  # the sentence dates the act relative to its publication (relative_time)
    locations: frozenset[str] = field(default_factory=frozenset)  # named places of the act (locations_named)
    sentence_places: frozenset[str] = field(default_factory=frozenset)  # countries as places anywhere
    sentence_locations: frozenset[str] = field(default_factory=frozenset)  # named places anywhere
    phrases: frozenset[tuple[str, ...]] = field(default_factory=frozenset)  # runs of rare words (`phrases`)
    lone_person: frozenset[str] = field(default_factory=frozenset)  # surname of a person acting alone

    @property
    def parties(self) -> frozenset[str]:
        return self.actors | self.recipients

    @property
    def coarse(self) -> bool:
        return self.precision != "day"


def twins(a: Report, b: Report) -> bool:
    """The same act told in (nearly) the same sentence, e.g. a paragraph re-used by a later article: the
    coder's parties may differ (one report names the recipient, the other not) but must be compatible
    (`party_match`); the dates must agree (both from the publication, or both from the text, at most
    TWIN_DAYS apart), and a sentence that dates the act relative to its publication ("on Tuesday")
    must be of the same day. The same words about another town ("bombed Jobar", "bombed Douma") tell
    another act."""
    if not a.act & b.act or party_match(a, b) is None or a.dated != b.dated or _places_apart(a, b):
        return False
    if a.dated and not dates_match(a.when, a.precision, b.when, b.precision, 0):
        return False
    if ((a.relative or b.relative) and a.when != b.when) or abs((a.when - b.when).days) > TWIN_DAYS:
        return False  # "on Tuesday" published on two dates names two Tuesdays
    shared = len(a.words & b.words)
    return shared >= TWIN_MIN_WORDS and shared >= TWIN_OVERLAP * len(a.words | b.words)


def party_match(a: Report, b: Report) -> str | None:
    """'same' (identical party structure), 'related' (overlapping, not contradicting), 'loose' (one
    report's parties plausibly mis-coded: two doubts) or None."""
    mutual = a.category == b.category and a.category in MUTUAL_CATEGORIES
    if mutual and a.parties == b.parties and (a.actors, a.recipients) != (b.actors, b.recipients):
        return "related"  # "Putin hosted Rouhani" ~ "Rouhani met Putin": who hosts is a matter of wording
    if a.together and b.together:
        if a.parties == b.parties:
            return "same"
        if min(len(a.parties), len(b.parties)) > 1 and not (a.parties <= b.parties or b.parties <= a.parties):
            return None  # Turkey-US clashes are not Turkey-Syria clashes
        return "related" if a.parties & b.parties else None
    if a.together or b.together:
        lone, directed = (a, b) if a.together else (b, a)
        if not lone.recipients and lone.actors and lone.actors <= directed.actors:
            return "related"  # the coder did not find the recipient in one report
        if lone.actors <= directed.parties and lone.actors & directed.actors:
            return "related"
        if not lone.recipients and directed.actors <= lone.actors:
            return "loose"  # "the US and the EU have backed them" ~ "the US has backed the YPG"
        if not lone.recipients and lone.actors <= directed.recipients:
            return "loose"  # "the Afrin offensive" coded as Syria's: the target's country taken for the actor
        return None  # "Russia and Iran" is not "Russia -> Syria": Iran has no part in the other
    if a.actors == b.actors and a.recipients == b.recipients:
        return "same"
    if (a.actors & b.recipients) or (a.recipients & b.actors):
        return None  # A->B is never B->A
    if not a.actors & b.actors:
        return None
    if a.recipients & b.recipients or _group(a.recipients) or _group(b.recipients):
        return "related"  # e.g. USA->EUR and USA->DEU,FRA,GBR: a group may stand for its members
    return None


_PARTY_DOUBTS = {"same": 0, "related": 1, "loose": 2}
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}


def _coarser(first: str, second: str) -> int:
    """How much less precise one date is than the other: 0 (same), 1 (day/month), 2 (day/year)."""
    return abs(_PRECISION_RANK.get(first, 0) - _PRECISION_RANK.get(second, 0))


def told_apart(a: Report, b: Report) -> bool:
    """Whether the texts name two events, however alike the rest: different named actors or targets
    ("Mattis resigned", "McGurk resigned": one party code, two people), different countries as the
    place ("withdrawal from Syria", "... from Afghanistan"), different named places of the act
    (`_places_apart`), places or people near both triggers that the other sentence does not name
    ("Shelling hit Jinderes", "... Rajo"), unless both tell `_one_known_act`, or, inside one
    article, two sentences coded as different categories (its sentences share its topic words)."""
    if a.doc_id == b.doc_id and a.words == b.words:
        return False  # one sentence: its names are shared
    b_actors, b_recipients = b.actor_names, b.recipient_names
    if a.actors and a.actors == b.recipients and a.recipients == b.actors:
        b_actors, b_recipients = b_recipients, b_actors  # a mutual act worded from the other side
    return (
        _named_apart(a.actor_names, b_actors)
        or _named_apart(a.recipient_names, b_recipients)
        or _named_apart(a.places, b.places or b.sentence_places)
        or _named_apart(a.places or a.sentence_places, b.places)
        or _places_apart(a, b)
        or (_names_apart(a, b) and not _one_known_act(a, b))
        or (a.doc_id == b.doc_id and a.category != b.category)
    )


def _names_apart(a: Report, b: Report) -> bool:
    """Each sentence names someone or somewhere near its trigger that the other does not name."""
    return bool(a.proper and b.proper and not (a.proper & b.named or b.proper & a.named))


def _one_known_act(a: Report, b: Report) -> bool:
    """Both tell an act already known to be one: a deed of one burst (`story_words`: "the US
    withdrawal", whoever comments on it, "For Putin, ..."), or a lasting act at one named place."""
    return bool(a.story & b.story or (a.act & b.act & LASTING_ACTS and _same_place(a, b)))


def _places_apart(a: Report, b: Report) -> bool:
    """Each report names a place for its act that the other sentence does not give as a place ("a
    market in Idlib", "... in Daraa"). Other names near a deed's trigger (who commented on it, whom
    it angered) do not tell two deeds apart."""
    return bool(a.locations and b.locations and not _same_place(a, b))


def _same_word(a: Report, b: Report) -> bool:
    """The triggers share a word, not only a class of act words ("withdrawal" ~ "withdrawing", not
    "withdrawal" ~ "pullout"): a synonym is weaker evidence of one act."""
    return any(not word.startswith("=") for word in a.act & b.act)


def _statements(a: Report, b: Report) -> bool:
    """The act both tell is an act of speech (a vow, a warning, an accusation), not a deed."""
    shared = a.act & b.act
    table = act_classes()
    classes = {w for w in shared if w.startswith("=")}
    classes |= {c for w in shared if not w.startswith("=") for c in table.get(w, frozenset())}
    unclassed = [w for w in shared if not w.startswith("=") and w not in table]
    return bool(classes) and classes <= STATEMENT_CLASSES and not unclassed


def _one_day(a: Report, b: Report) -> bool:
    """The two can tell one statement by their dates: the same day, or a report that gives no date
    published the day after the other's ("Trump urged Erdogan on Wednesday" ~ a readout of the call
    told the next morning)."""
    if a.when == b.when:
        return True
    early, late = (a, b) if a.when < b.when else (b, a)
    return not (late.dated or late.coarse or early.coarse) and (late.when - early.when).days <= 1


def _said_alike(a: Report, b: Report) -> bool:
    """Two reports of one category that repeat the same run of rare words tell one act, whatever verb
    tells it: "asked Britain, France and Germany to take back over 800 Isis fighters" ~ "told the EU
    it must take back its 800 Isis fighters" (the same demand, quoted or paraphrased)."""
    return a.category == b.category and bool(a.phrases & b.phrases)


def _same_place(a: Report, b: Report) -> bool:
    """One report names a place for its act that the other sentence also gives as a place."""
    return bool(a.locations & b.sentence_locations or b.locations & a.sentence_locations)


def _named_apart(first: frozenset[str], second: frozenset[str]) -> bool:
    return bool(first and second and not first & second)


def _group(codes: frozenset[str]) -> bool:
    """Any code that is not a country (EUR, UNO, IGO, ...) and may include the other side's parties."""
    return any(code not in country_words() for code in codes)


@dataclass(frozen=True)
class ClusterRules:
    """window_days: how far apart (by effective date) a material event's reports may be (verbal events:
    twice that); min_similarity: evidence similarity needed between two reports of one act with the
    same parties; related_similarity: the (higher) similarity needed with one doubt (see `needed`),
    each further doubt adding the same step; background_days: how long after an event an undated
    report (dated by its publication) may still re-mention it, and the span of a `story_words` burst;
    max_doubts: how many doubts a pair may have; lasting_days: how long after a campaign or a
    withdrawal an undated report may re-mention it (`campaigns`)."""

    window_days: int = 3
    min_similarity: float = 0.12
    related_similarity: float = 0.18
    background_days: int = 14
    max_doubts: int = 2
    lasting_days: int = 90

    def window(self, quad: int) -> int:
        return self.window_days if quad in MATERIAL_QUADS else 2 * self.window_days

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

        `twins` need little. Otherwise both must tell one act (a shared `trigger_words` stem) with
        compatible parties, nothing may tell them apart (`told_apart`), and each doubt adds the gap
        between related_similarity and min_similarity: parties that only overlap, a coarser date
        (a year counts twice), two sentences of one article, an undated re-mention days later.
        More than max_doubts are too many. Two reports whose texts both name the same day for the
        event need half as much: an explicit date shared by chance is rare."""
        if a.quad != b.quad:
            return None
        if twins(a, b):
            return self.min_similarity / 2
        parties = party_match(a, b)
        if parties is None or not (a.act & b.act or _said_alike(a, b)) or told_apart(a, b):
            return None
        if one_background_act(a, b):
            return self.min_similarity / 2
        one_article = a.doc_id == b.doc_id and a.words != b.words
        if one_article and not (_same_word(a, b) or _said_alike(a, b)
                                or (a.act & b.act & LASTING_ACTS and _same_place(a, b))):
            return None  # "asked", then "demanded": one article tells two turns in other words
        if a.category != b.category and a.quad not in MATERIAL_QUADS and not _same_word(a, b):
            return None  # a threat to mount an assault is not a claim about the assault
        if _statements(a, b) and not (_said_alike(a, b) or one_article or twins(a, b) or _one_day(a, b)):
            return None  # "vowed" on Tuesday and "vowed" on Sunday: two statements, unless in the same words
        doubts = _PARTY_DOUBTS[parties] + _coarser(a.precision, b.precision) + one_article
        doubts += not (_same_word(a, b) or _same_place(a, b) or _said_alike(a, b))
        if not self.dates_close(a, b):
            if not self.background(a, b):
                return None
            doubts += 1
        if doubts > self.max_doubts:
            return None
        needed = self.min_similarity + doubts * max(self.related_similarity - self.min_similarity, 0.0)
        if a.dated and b.dated and not (a.coarse or b.coarse) and a.when == b.when:
            needed /= 2
        if a.locations & b.locations:
            needed /= 2  # the same named place for the act ("the assault on Afrin", "into Afrin")
        return needed

    def reach(self, quad: int) -> int:
        return max(self.window(quad), self.background_days)


def shared_evidence(a: Report, b: Report, rarity: Rarity) -> int:
    """How many distinctive words (in at most 2% of the sentences), capitalised names and named targets
    ("Afrin") both reports' evidence contains, besides the trigger and the mentions of the parties
    (two reports naming "Bashar al-Assad" share a party, not an event)."""
    shared = (a.words & b.words) - a.trigger - b.trigger - a.names - b.names
    # "Afrin", "Douma": a named target or the place of the act, even when the coder took it as a party
    targets = (a.recipient_names | b.recipient_names) & a.named & b.named
    places = targets | (a.locations & b.locations)
    found = sum(1 for w in shared - places if rarity.distinctive(w) or w in a.named & b.named) + len(places)
    people = (a.actor_names | a.recipient_names) & (b.actor_names | b.recipient_names)
    # one rarely named person acting alone in both ("Mattis resigned" ~ "Mr Mattis, in resigning, wrote"),
    # not one named in every other report ("Trump")
    alone = a.lone_person & b.lone_person
    return found + (len(people) >= SHARED_PEOPLE_WORDS) + any(map(rarity.distinctive, alone))


def same_day_same_event(a: Report, b: Report) -> bool:
    """One category, the same parties in the same roles, the same day: the wording need not add more."""
    return (a.category == b.category and party_match(a, b) == "same"
            and not (a.coarse or b.coarse) and a.when == b.when)


def one_background_act(a: Report, b: Report) -> bool:
    """Two articles recall, as background dated to one year or month, an actor's lasting act in the same
    word: "the US invasion of 2003" ~ "when the US invasion toppled Saddam in 2003"."""
    return (a.doc_id != b.doc_id and a.dated and b.dated and a.coarse and b.coarse
            and a.category == b.category and dates_match(a.when, a.precision, b.when, b.precision, 0)
            and any(not w.startswith("=") for w in a.act & b.act) and bool(a.act & b.act & LASTING_ACTS))


def report_similarity(a: Report, b: Report, rarity: Rarity) -> float:
    """Mean of the similarity of the whole sentences and of the words around the triggers; 0 unless
    the two share a distinctive word besides the trigger and the party mentions, or are
    `same_day_same_event`."""
    if shared_evidence(a, b, rarity) < MIN_SHARED and not (same_day_same_event(a, b)
                                                            or one_background_act(a, b)):
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


def twin_pairs(reports: Sequence[Report], rarity: Rarity) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) of `twins`, even beyond the date window: near-identical sentences share
    their rarest words, so reports are only compared within buckets keyed by their two rarest
    distinctive words."""
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, report in enumerate(reports):
        if len(report.words) >= TWIN_MIN_WORDS:
            for word in sorted(report.words, key=lambda w: (rarity.df.get(w, 0), w))[:2]:
                if rarity.distinctive(word):  # a bucket of a common word would be large and say little
                    buckets[word].append(i)
    seen: set[tuple[int, int]] = set()
    for members in buckets.values():
        for i, j in itertools.combinations(members, 2):
            if (i, j) not in seen and twins(reports[i], reports[j]):
                seen.add((i, j))
                yield i, j


def _following(reports: Sequence[Report], day: list[int], pos: int, reach: int) -> list[int]:
    """The reports after day[pos] (day is in date order) at most `reach` days later."""
    first = reports[day[pos]].when
    return list(itertools.takewhile(lambda j: (reports[j].when - first).days <= reach, day[pos + 1 :]))


def story_candidates(act: frozenset[str]) -> frozenset[str]:
    """The act words that may name one deed told in a burst: the trigger's own words (not its classes),
    and not the words of statements (`evidence.STATEMENT_CLASSES`): what an actor does in a burst is
    one decision; what it says in a burst is many statements ("vowed" to win, "vowed" to stay)."""
    table = act_classes()
    said = STATEMENT_CLASSES
    return frozenset(w for w in act if not w.startswith("=") and not table.get(w, frozenset()) & said)


def story_words(reports: Sequence[Report], days: int) -> list[frozenset[str]]:
    """For each report, the act words its actor uses in a burst around its date: in at least
    STORY_ARTICLES articles within `days`, where at least STORY_SHARE of all the actor's uses of the
    word fall, a share at least STORY_BURST times that of all the actor's reports in that time. "US
    withdrawal" said in twenty articles in a fortnight names one decision, however differently each
    article comments on it; "fighting", said all year long, names none."""
    uses: dict[tuple[str, str], list[tuple[Date, str]]] = defaultdict(list)
    reports_of: dict[str, list[Date]] = defaultdict(list)
    for report in reports:
        if report.coarse:
            continue
        for code in report.actors:
            reports_of[code].append(report.when)
            for word in story_candidates(report.act):
                uses[(code, word)].append((report.when, report.doc_id))
    for dates in reports_of.values():
        dates.sort()
    for items in uses.values():
        items.sort()
    span = timedelta(days=days)
    out = []
    for report in reports:
        words = set()
        for code in () if report.coarse else report.actors:
            dates = reports_of[code]
            around = bisect_right(dates, report.when + span) - bisect_left(dates, report.when - span)
            for word in story_candidates(report.act):
                items = uses[(code, word)]
                lo = bisect_left(items, (report.when - span, ""))
                hi = bisect_right(items, (report.when + span, "\uffff"))
                articles = {doc for _when, doc in items[lo:hi]}
                share = (hi - lo) / len(items)
                bursting = share * len(dates) >= STORY_BURST * around
                if len(articles) >= STORY_ARTICLES and share >= STORY_SHARE and bursting:
                    words.add(word)
        out.append(frozenset(words))
    return out


def same_story(a: Report, b: Report) -> bool:
    """Both tell an act of one burst (`story_words`) and their sentences share a word besides it."""
    return bool(a.story & b.story and (a.words & b.words) - a.trigger - b.trigger)


def mark_stories(reports: Sequence[Report], days: int) -> None:
    """Set each report's `story` (over every quad: one decision is told as AGREE, CONCEDE, RETREAT)."""
    for report, words in zip(reports, story_words(reports, days), strict=True):
        report.story = words


def _edges(reports: Sequence[Report], rules: ClusterRules, rarity: Rarity) -> dict[tuple[int, int], float]:
    """Pairs that may be one event, with their similarity shifted to a common threshold: the stored
    value is similarity - needed + min_similarity, so every edge is judged against min_similarity.
    Two reports of one act in a burst of the actor's news (`story_words`) need no more."""
    edges = {}
    for i, j in itertools.chain(candidate_pairs(reports, rules), twin_pairs(reports, rarity)):
        needed = rules.needed(reports[i], reports[j])
        if needed is None:
            continue
        score = report_similarity(reports[i], reports[j], rarity) - needed + rules.min_similarity
        if same_story(reports[i], reports[j]):
            score = max(score, rules.min_similarity)
        if score > 0:
            edges[(min(i, j), max(i, j))] = score
    return edges


class _Agglomeration:
    """Merges the two clusters with the highest mean similarity over their similar report pairs, as
    long as every pair across them could be one event (complete linkage on the hard rules: quad,
    parties, act, dates, names): a report joins a cluster only when it contradicts none of it."""

    def __init__(self, reports: Sequence[Report], edges: dict[tuple[int, int], float], rules: ClusterRules):
        self.reports, self.rules = reports, rules
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(reports))}
        # cluster -> neighbour cluster -> [sum of similarities, number of similar report pairs]
        self.links: dict[int, dict[int, list[float]]] = defaultdict(dict)
        for (i, j), score in edges.items():
            self.links[i][j] = [score, 1]
            self.links[j][i] = [score, 1]

    def compatible(self, a: int, b: int) -> bool:
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
                for b, (total, linked) in row.items():
                    if a < b and (a, b) not in blocked:
                        score = total / linked
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
    """Reports of one quad -> clusters of report ids (each in date order): first the `campaigns`, then
    the rest, agglomerating each connected part of the similarity graph on its own, which keeps large
    stores fast."""
    groups = campaign_groups(reports, rules)
    taken = {i for group in groups for i in group}
    rest = [i for i in range(len(reports)) if i not in taken]
    for group in _agglomerate([reports[i] for i in rest], rules, rarity):
        groups.append([rest[k] for k in group])
    return [
        [reports[i].id for i in sorted(g, key=lambda i: (reports[i].when, reports[i].id))] for g in groups
    ]


def _agglomerate(reports: Sequence[Report], rules: ClusterRules, rarity: Rarity) -> list[list[int]]:
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
    return groups


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


# recipients the evidence sentence names (a party inferred from the rest of the article has no span
# there): reports are compared on what their sentences say
_NAMED_RECIPIENTS = "[x.code FOR x IN coalesce(recipient, []) IF x.start IS NOT NULL]"
_REPORTS_SQL = f"""
    SELECT quad_code, id, doc_id, event, actor_codes, {_NAMED_RECIPIENTS},
           coalesce(reciprocal, FALSE) OR len({_NAMED_RECIPIENTS}) = 0,
           effective_date, coalesce(date_precision, 'day'), event_date IS NOT NULL,
           coalesce(text, ''), coalesce(event_text, ''),
           coalesce(text_info.trigger_start - text_info.start, -1),
           coalesce(text_info.trigger_end - text_info.start, -1),
           [x.entity_text FOR x IN coalesce(actor, [])],
           [x.entity_text FOR x IN coalesce(recipient, [])]
    FROM events
    WHERE effective_date IS NOT NULL AND (aux IS NULL OR aux NOT IN {UNREAL_AUX})
    ORDER BY effective_date, id"""


# An act announced and the act done are told as one decision: "Trump has ordered a withdrawal from
# Syria" (CONCEDE, words) and "Trump's withdrawal" (RETREAT, a deed) report one event, so a concession
# of such an act is clustered with the deeds of its quad.
ANNOUNCED_DEEDS = {"CONCEDE": ("RETREAT", frozenset({"=withdraw", "=resign"}))}


def clustered_quad(category: str, quad: int, act: frozenset[str]) -> int:
    """The quad a report is clustered in: its category's, or, for an act announced, the act's."""
    deed, acts = ANNOUNCED_DEEDS.get(category, ("", frozenset()))
    return QUAD[deed] if act & acts else quad


def load_reports(con: duckdb.DuckDBPyConnection) -> tuple[dict[int, list[Report]], Rarity]:
    """Clusterable reports by quad, and word rarity over every distinct evidence sentence."""
    by_quad: dict[int, list[Report]] = defaultdict(list)
    for row in con.execute(_REPORTS_SQL).fetchall():
        quad, event_id, doc_id, category, actors, recipients, together, when, precision, dated = row[:10]
        text, trigger, t0, t1, actor_mentions, recipient_mentions = row[10:]
        mentions = " ".join(m or "" for m in [*(actor_mentions or ()), *(recipient_mentions or ())])
        names = party_words([*(actors or ()), *(recipients or ())])
        doers = tokens(" ".join(m or "" for m in actor_mentions or ()))  # a target may be the place
        focus = near_trigger(text, t0, t1)
        place_focus = near_trigger(text, t0, t1, PLACE_WORDS)
        actors, recipients = frozenset(actors or ()), frozenset(recipients or ())
        act = act_words(trigger, text[t1:] if t1 >= 0 else "", text[:t0] if t0 >= 0 else "")
        quad = clustered_quad(category, quad or 0, act)
        if recipients & actors:  # "Russia pulled back its forces": the actor is no other side
            recipients = recipients - actors
            together = together or not recipients
        by_quad[quad].append(
            Report(
                event_id,
                doc_id,
                category,
                quad,
                actors,
                recipients,
                bool(together),
                when,
                precision,
                bool(dated),
                tokens(text, names),
                tokens(focus, names),
                tokens(trigger),
                named_words(mentions),
                proper_names(focus, all_country_words() | tokens(mentions or "")),
                act,
                proper_names(text, all_country_words()),
                mention_names(actor_mentions or ()),
                mention_names(recipient_mentions or ()),
                places=places_named(place_focus),
                relative=relative_time(text),
                locations=locations_named(place_focus, all_country_words(), doers)
                | struck_places(near_trigger(text, t0, t1, STRUCK_WORDS), all_country_words(), doers),
                sentence_places=places_named(text),
                sentence_locations=locations_named(text, all_country_words(), doers),
                # what was said or done, not who ("Recep Tayyip Erdogan", "the prime minister vowed")
                phrases=phrases(text, names | proper_names(text) | TITLES | statement_words(trigger)),
                lone_person=lone_person(actor_mentions or ()),
            )
        )
    sentences = con.execute("SELECT DISTINCT doc_id, coalesce(text, '') FROM events").fetchall()
    rarity = Rarity(tokens(text) for _doc, text in sentences)
    for report in (r for reports in by_quad.values() for r in reports):
        report.phrases = frozenset(p for p in report.phrases if any(map(rarity.distinctive, p)))
    return by_quad, rarity


def recluster(
    db: Any,
    *,
    window_days: int = 3,
    min_similarity: float = 0.12,
    related_similarity: float = 0.18,
    background_days: int = 14,
) -> int:
    """Recompute every event's cluster_id and the clusters table in one transaction; returns #clusters.

    `db` is a Store or a writable duckdb connection. Negated/hypothetical reports and reports without a
    date stay unclustered (cluster_id NULL; queries treat them as single reports).
    """
    rules = ClusterRules(window_days, min_similarity, related_similarity, background_days)
    con: duckdb.DuckDBPyConnection = getattr(db, "con", db)
    by_quad, rarity = load_reports(con)
    mark_stories([report for reports in by_quad.values() for report in reports], rules.background_days)
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
