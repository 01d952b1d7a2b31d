"""A vow of retaliation is aimed at whoever attacked, coerced, sanctioned or threatened the vower earlier
in the article.

"India launched missile strikes on ... Pakistan ... Islamabad vowed to respond": the sentence of the
vow names no target, but the article does. A threat with no recipient whose sentence speaks of
retaliation takes as recipient the attacker of the latest earlier attack (of record) on the vower's
own state (or coerced, sanctioned or threatened it: "Canada expelled a Chinese diplomat ..., and
Beijing vowed to retaliate").
"""

from __future__ import annotations

import re
from dataclasses import replace

from dotterel.models import Event

RETALIATION = re.compile(
    r"\b(retaliat\w*|reveng\w*|aveng\w*|respond\w*|response|unanswered|unpunished|reprisals?|counter-?measures?|"
    r"those responsible|perpetrators|pay (?:a|the) (?:heavy |high )?price)\b",
    re.IGNORECASE,
)
UNREAL = frozenset({"negated", "hypothetical"})
# acts one vows to answer: force, repression, sanctions (an expelled envoy) and threats
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})


def aim_vows(events: list[Event]) -> list[Event]:
    """The article's events, each recipient-less vow of retaliation aimed at the earlier attacker."""
    return [_aimed(event, events[:i]) for i, event in enumerate(events)]


def _aimed(vow: Event, earlier: list[Event]) -> Event:
    if vow.event != "THREATEN" or vow.recipient or vow.aux in UNREAL:
        return vow
    if not RETALIATION.search(vow.text or ""):
        return vow
    own = {e.code for e in vow.actor if e.code}
    for attack in reversed(earlier):
        if attack.event not in HOSTILE_ACTS or attack.aux in UNREAL:
            continue
        hit = {e.code for e in attack.recipient if e.code}
        attackers = [e for e in attack.actor if e.code and e.code not in own]
        if own & hit and attackers:
            return replace(vow, recipient=[vow.borrowed(e) for e in attackers])
    return vow
