"""A directed act whose sentence names no one it is aimed at is aimed at the story's other party.

"Even so, the Russian foreign ministry expressed serious concern on Sunday", paragraphs into a story of
Turkey's offensive: the concern is Turkey's to hear, though the sentence does not say so. News tells one
story between a few parties, and an act of speech or policy with no recipient in its own words is almost
always aimed at the party the article is about. A recipient-less event of an aimed category
(COUNTERPART_CATEGORIES) takes the party that the article's events name most often, besides its own
actors, when one party is named more often than any other; an addressee of no country ("appealed to
donors") is then overruled, which on the development sets costs less than the recipients it finds. The
party is borrowed from the event that names it nearest before (`Event.borrowed`: no evidence span, since
the sentence does not name it). Multilateral meetings ("will host a security conference") are aimed at
no one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from dotterel.events.arguments import Arguments, clause_verb
from dotterel.events.reactions import REACTED_TO
from dotterel.events.triggers import Trigger
from dotterel.models import Entity, Event

# acts of speech and policy; not acts of force, whose targets are places and people rather than the
# story's other party ("the regime's chemical attack" in a story of Russia and Britain is no attack on Russia)
COUNTERPART_CATEGORIES = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT", "THREATEN", "SANCTION", "AID",
                                    "CONSULT", "CONCEDE", "AGREE"})
UNREAL = frozenset({"negated", "hypothetical"})
DEFENDING = frozenset({"defend", "justify"})


def open_recipient(category: str, worded_mode: str | None, trigger: Trigger, args: Arguments) -> bool:
    """An event of `category` names no recipient, is no multilateral meeting (`worded_mode`, the mode
    of its wording) and does not back a named act ("Ankara defended the move": its own, when
    `reactions` found no one else's)."""
    if args.recipients or args.reciprocal or category not in COUNTERPART_CATEGORIES:
        return False
    if worded_mode == "multilateral":
        return False
    verb = clause_verb(trigger.head)
    return not (verb.lemma_.lower() in DEFENDING and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in REACTED_TO for c in verb.children))


def aim_at_counterparts(events: list[Event], open_ids: set[str]) -> list[Event]:
    """The article's events, each still recipient-less one of `open_ids` aimed at the article's most
    named other party (when one is named more often than any other)."""
    named = Counter(e.code for event in events for e in [*event.actor, *event.recipient] if e.code)
    return [_aimed(at, events, named) if event.id in open_ids and not event.recipient else event
            for at, event in enumerate(events)]


def _aimed(at: int, events: list[Event], named: Counter[str]) -> Event:
    event = events[at]
    own = {e.code for e in event.actor if e.code}
    if not own or event.aux in UNREAL:
        return event
    ranked = [(code, n) for code, n in named.most_common() if code not in own]
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return event
    party = _nearest_mention(ranked[0][0], at, events)
    return replace(event, recipient=[event.borrowed(party)]) if party is not None else event


def _nearest_mention(code: str, at: int, events: list[Event]) -> Entity | None:
    """The party as the event nearest before events[at] names it, else the first after."""
    for other in [*reversed(events[:at]), *events[at + 1 :]]:
        for entity in [*other.actor, *other.recipient]:
            if entity.code == code:
                return entity
    return None
