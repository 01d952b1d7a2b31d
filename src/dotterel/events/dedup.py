"""One record per event: the same event reported twice in an article is kept once (the first report)."""

from __future__ import annotations

from collections.abc import Iterable

from dotterel.models import Event


def event_key(event: Event) -> tuple[object, ...]:
    """Who did what to whom, when: two records with the same key report the same event."""
    actors = frozenset(e.code for e in event.actor if e.code)
    recipients = frozenset(e.code for e in event.recipient if e.code)
    if event.reciprocal:
        actors, recipients = actors | recipients, frozenset()
    return (event.event, actors, recipients, event.aux, event.event_date)


def deduplicate(events: Iterable[Event]) -> list[Event]:
    """Keep the first of each group of same-key events; a later report may add a missing mode. Two acts
    of one category told in different modes are two events ("detained her" and "declared a state of
    emergency": an arrest and a restriction, both COERCE)."""
    kept: list[Event] = []
    by_key: dict[tuple[object, ...], list[Event]] = {}
    for event in _merge_within_sentences(list(events)):
        same = by_key.setdefault(event_key(event), [])
        first = next((e for e in same if None in (e.mode, event.mode) or e.mode == event.mode), None)
        if first is None:
            same.append(event)
            kept.append(event)
        elif first.mode is None and event.mode is not None:
            first.mode = event.mode
    return kept


def _merge_within_sentences(events: list[Event]) -> list[Event]:
    """In one sentence, "met with X to discuss ..." is one meeting: an event whose category, actors and
    aux equal another's and whose recipients are a subset of the other's is dropped."""
    dropped: set[int] = set()
    for i, event in enumerate(events):
        for j, other in enumerate(events):
            if i == j or j in dropped or not _same_sentence(event, other):
                continue
            mine, theirs = event_key(event), event_key(other)
            if mine[0] != theirs[0] or mine[1] != theirs[1] or mine[3] != theirs[3]:
                continue
            smaller = mine[2] < theirs[2] or (mine[2] == theirs[2] and j < i)  # type: ignore[operator]
            if smaller:
                dropped.add(i)
                break
    return [e for i, e in enumerate(events) if i not in dropped]


def _same_sentence(a: Event, b: Event) -> bool:
    if a.text_info is None or b.text_info is None:
        return False
    return a.text_info.sequence == b.text_info.sequence
