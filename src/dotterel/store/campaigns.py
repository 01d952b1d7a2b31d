"""Campaigns: a lasting act told for weeks is one event.

A military campaign ("the offensive on Afrin") or a withdrawal ("the US pullout from Syria") begins
on one day and is told long after: in follow-ups ("Turkey's assault on the enclave of Afrin", two
months on), in background ("since Turkey launched its offensive"), in comment ("the US withdrawal is
a gift to Putin"). Every such report tells the same event, however the coder read its parties.

The pairwise rules of `clusters` need every two reports of a cluster to agree; a long story told with
the coder's party slips ("the Afrin offensive" coded as Syria's) never does. Here a report need only
agree with the campaign's anchor (`_anchor`): a report that names the actor and the place of the act
near its trigger. A report joins the anchor's campaign when it
- tells the same lasting act (a class of LASTING_ACTS shared with the anchor);
- at the anchor's place: an offensive's named place ("Afrin", "Operation Olive Branch") named in the
  sentence or in the article's other reports of a lasting act (not another place near its trigger); a
  withdrawal's country given as a place or as the recipient, or the withdrawal the actor is reported
  making in a burst of articles (`story_words`); a report placing its act in another country is
  never a member;
- by a named actor, with parties compatible with the anchor's (`party_match`: the coder's slips
  allowed), and, for words about a campaign (quads 1 and 3), of the anchor's category: a threat to
  mount the assault and a claim of its toll are two statements;
- at a time that can overlap the anchor's (`span`): a text date matches within the window; an undated
  report (dated by its publication) may re-mention an act begun up to lasting_days earlier (an
  undated anchor's act, up to background_days earlier: it is the news of its day).
Anchors are taken greedily, the one with most members first; a report belongs to one campaign.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date as Date
from datetime import timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dotterel.store.clusters import ClusterRules, Report

# acts that last, or are told long after they began: each is one event for as long as it is told
LASTING_ACTS = frozenset({"=offensive", "=withdraw"})
ONE_OFF_ACTS = frozenset({"=strike"})  # "attack" is an offensive or one strike
MATERIAL_QUADS = frozenset({2, 4})  # deeds; quads 1 and 3 are words


def campaign_groups(reports: Sequence[Report], rules: ClusterRules) -> list[list[int]]:
    """Indexes of the reports (of one quad) of each campaign with at least two reports."""
    told = _article_words(reports)
    lasting = [i for i, report in enumerate(reports) if report.actors and report.act & LASTING_ACTS]
    members = {i: _members(reports, lasting, i, rules, told) for i in lasting if _anchor(reports[i])}
    anchored: list[tuple[int, set[int]]] = []
    taken: set[int] = set()
    while members:
        best = max(members, key=lambda i: (len(members[i] - taken), -i))
        group = members.pop(best) - taken
        if best in taken or len(group) < 2:
            continue
        anchored.append((best, group))
        taken |= group
    return [sorted(group) for group in _join_told_together(reports, anchored, rules)]


def _join_told_together(reports: Sequence[Report], anchored: list[tuple[int, set[int]]],
                        rules: ClusterRules) -> list[set[int]]:
    """Campaigns whose anchors agree (parties, time) and that one article tells together are one: an
    article that calls it "Operation Olive Branch" in one sentence and "the Afrin offensive" in
    another joins the campaign named by each."""
    from dotterel.store.clusters import party_match

    joined: list[tuple[Report, set[int]]] = []
    for anchor_index, group in anchored:
        anchor = reports[anchor_index]
        docs = {reports[i].doc_id for i in group}
        for other, members in joined:
            if (party_match(other, anchor) is not None and _same_kind(other, anchor)
                    and _overlap(other, anchor, rules)
                    and docs & {reports[i].doc_id for i in members}):
                members |= group
                break
        else:
            joined.append((anchor, set(group)))
    return [members for _anchor, members in joined]


def _same_kind(anchor: Report, report: Report) -> bool:
    """Deeds may be coded in two categories of one quad; words about a campaign may not: a threat to
    mount the assault on Afrin and a claim of its toll are two statements."""
    return anchor.category == report.category or anchor.quad in MATERIAL_QUADS


def _overlap(a: Report, b: Report, rules: ClusterRules) -> bool:
    return _meet(span(a, rules.background_days), span(b, rules.background_days), rules.window(a.quad))


def _meet(first: tuple[Date, Date], second: tuple[Date, Date], slack_days: int) -> bool:
    """Two spans of days overlap, give or take `slack_days`."""
    slack = timedelta(slack_days)
    return first[0] <= second[1] + slack and second[0] <= first[1] + slack


def span(report: Report, days: int) -> tuple[Date, Date]:
    """The days on which the act a report tells may have begun: its text date (a day, or a month's or
    year's days), or, for a report dated by its publication, up to `days` before it."""
    if not report.dated:
        return report.when - timedelta(days), report.when
    if report.precision == "year":
        return report.when, report.when.replace(month=12, day=31)
    if report.precision == "month":
        next_month = report.when.replace(day=28) + timedelta(days=4)
        return report.when, next_month - timedelta(days=next_month.day)
    return report.when, report.when


def _anchor(report: Report) -> bool:
    """A report that can anchor a campaign: it names the actor and the place of the act, in words
    that only name a lasting act ("offensive", "incursion"; not "attack", which may be one strike)."""
    lasting = report.act & LASTING_ACTS
    return bool(lasting and not report.act & ONE_OFF_ACTS and report.actors and _places(report))


def _places(report: Report) -> frozenset[str]:
    """Where the anchor's act is: an offensive's named place, a withdrawal's country."""
    named = report.locations if "=offensive" in report.act else frozenset()
    return named | (_countries(report) if "=withdraw" in report.act else frozenset())


def _countries(report: Report) -> frozenset[str]:
    """The countries a report places its act in or aims it at ("the pullout from Syria")."""
    return report.places | report.recipients


def _article_words(reports: Sequence[Report]) -> dict[str, frozenset[str]]:
    """The words of each article's reports of lasting acts: "the offensive", in an article that names
    Afrin for it elsewhere, is the Afrin offensive."""
    words: dict[str, set[str]] = defaultdict(set)
    for report in reports:
        if report.act & LASTING_ACTS:
            words[report.doc_id] |= report.words | report.sentence_locations
    return {doc: frozenset(found) for doc, found in words.items()}


def _members(reports: Sequence[Report], lasting: list[int], anchor_index: int, rules: ClusterRules,
             told: dict[str, frozenset[str]]) -> set[int]:
    from dotterel.store.clusters import party_match

    anchor = reports[anchor_index]
    anchor_span = span(anchor, rules.background_days)  # an undated anchor tells news, not a long-past start
    found = {anchor_index}
    for i in lasting:  # an act without an actor cannot be told to be the anchor's
        report = reports[i]
        if i == anchor_index or not report.act & anchor.act & LASTING_ACTS or not _same_kind(anchor, report):
            continue
        if not _meet(anchor_span, span(report, rules.lasting_days), rules.window(anchor.quad)):
            continue
        if _at_place(anchor, report, told[report.doc_id]) and party_match(anchor, report) is not None:
            found.add(i)
    return found


def _at_place(anchor: Report, report: Report, article_words: frozenset[str]) -> bool:
    if report.places and anchor.places and not report.places & anchor.places:
        return False  # "the withdrawal from Afghanistan" is not the one from Syria
    if report.locations and anchor.locations and not report.locations & article_words & anchor.locations:
        return False  # "the offensive on Idlib" is not the one on Afrin
    shared = anchor.act & report.act
    if "=offensive" in shared:
        # "the offensive" in an article about Afrin (its words hold the report's own); an "attack"
        # must name its place itself
        seen = report.words | report.sentence_locations if report.act & ONE_OFF_ACTS else article_words
        if anchor.locations & seen:
            return True
    if "=withdraw" in shared:
        return bool(_countries(anchor) & (_countries(report) | report.sentence_places)
                    or anchor.story & report.story)
    return False
