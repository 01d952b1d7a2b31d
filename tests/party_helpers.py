"""The parties of the events the full coder finds in a sentence, for tests of actor and recipient
resolution that should not depend on the category the trigger lexicon gives."""

from __future__ import annotations

from dotterel.models import Article

Parties = tuple[frozenset[str | None], frozenset[str | None]]


def coded_parties(coder, text: str, published: str) -> list[Parties]:
    """(actor codes, recipient codes) of every event of record the coder finds in `text`."""
    events = coder.code_article(Article("parties", text, published)).events
    return [(frozenset(e.code for e in ev.actor), frozenset(e.code for e in ev.recipient))
            for ev in events if ev.aux not in ("negated", "hypothetical")]


def pair(actors: set[str], recipients: set[str]) -> Parties:
    return frozenset(actors), frozenset(recipients)
