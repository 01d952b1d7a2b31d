"""A vow of retaliation is aimed at whoever attacked, coerced, sanctioned or threatened the vower earlier
in the article.

"India launched missile strikes on ... Pakistan ... Islamabad vowed to respond": the sentence of the
vow names no target, but the article does. A threat with no recipient whose sentence speaks of
retaliation takes as recipient the attacker of the latest earlier attack (of record) on the vower's
own state (or coerced, sanctioned or threatened it: "Canada expelled a Chinese diplomat ..., and
Beijing vowed to retaliate").

An apology is the other way round: a concession with no recipient whose sentence speaks of an apology
is aimed at the victims of the apologiser's own latest hostile act ("Azerbaijani forces shot down a
Russian helicopter ... Baku apologised": to Russia).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from dotterel.models import Entity, Event

RETALIATION = re.compile(
    r"\b(retaliat\w*|reveng\w*|aveng\w*|respond\w*|response|unanswered|unpunished|reprisals?|counter-?measures?|"
    r"those responsible|perpetrators|pay (?:a|the) (?:heavy |high )?price)\b",
    re.IGNORECASE,
)
APOLOGY = re.compile(r"\bapolog(?:i[sz]\w*|y|ies)\b", re.IGNORECASE)
UNREAL = frozenset({"negated", "hypothetical"})
# acts one vows to answer: force, repression, sanctions (an expelled envoy) and threats
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})


def aim_vows(events: list[Event]) -> list[Event]:
    """The article's events, each recipient-less vow of retaliation aimed at the earlier attacker, and
    each recipient-less apology at the victims of the apologiser's own earlier act."""
    return [_aimed(event, events[:i]) for i, event in enumerate(events)]


def _aimed(event: Event, earlier: list[Event]) -> Event:
    if event.recipient or event.aux in UNREAL:
        return event
    own = {e.code for e in event.actor if e.code}
    if event.event == "THREATEN" and RETALIATION.search(event.text or ""):
        # the attacker of the latest act against the vower
        answered = _latest(earlier, lambda doers, targets: doers - own and own & targets, "actor", own)
    elif event.event == "CONCEDE" and APOLOGY.search(event.text or ""):
        # the victims of the apologiser's own latest act
        answered = _latest(earlier, lambda doers, targets: own & doers and targets - own, "recipient", own)
    else:
        return event
    return replace(event, recipient=[event.borrowed(e) for e in answered]) if answered else event


def _latest(earlier: list[Event], fits: Callable[[set[str], set[str]], object], side: str,
            own: set[str]) -> list[Entity]:
    """The parties on `side` (not the event's own) of the latest hostile act of record that fits."""
    for act in reversed(earlier):
        if act.event not in HOSTILE_ACTS or act.aux in UNREAL:
            continue
        doers = {e.code for e in act.actor if e.code}
        targets = {e.code for e in act.recipient if e.code}
        if fits(doers, targets):
            return [e for e in getattr(act, side) if e.code and e.code not in own]
    return []
