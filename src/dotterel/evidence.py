"""Human-readable evidence for an event: who did what to whom, and the words it rests on."""

from __future__ import annotations

from dotterel.models import Entity, Event


def parties(entities: list[Entity]) -> str:
    if not entities:
        return "-"
    return "+".join(f"{e.code or '?'}{' ' + e.sector if e.sector else ''}" for e in entities)


def marked_sentence(event: Event, article_text: str) -> str:
    """The evidence sentence with the trigger words in [brackets]."""
    info = event.text_info
    if info is None:
        return event.text
    sentence = article_text[info.start : info.end]
    if info.trigger_start is None or info.trigger_end is None:
        return sentence
    a, b = info.trigger_start - info.start, info.trigger_end - info.start
    return f"{sentence[:a]}[{sentence[a:b]}]{sentence[b:]}"


def describe(event: Event, article_text: str) -> str:
    """Two lines: the record in short, then the evidence sentence."""
    arrow = "<->" if event.reciprocal else "->"
    head = f"{event.event:<9} {parties(event.actor)} {arrow} {parties(event.recipient)}"
    extras = [f"mode={event.mode}" if event.mode else "", f"aux={event.aux}" if event.aux else "",
              f"date={event.event_date}" if event.event_date else ""]
    head += "  " + " ".join(x for x in extras if x)
    return f"{head.rstrip()}\n    \"{marked_sentence(event, article_text).strip()}\""
