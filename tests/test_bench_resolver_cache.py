"""The article's mention index reads a phrase that is no mention once and remembers it: the answer is
the one a fresh reading gives, and a caller changing what it got back changes nothing for the next."""

from __future__ import annotations

from dotterel.models import Entity
from dotterel.pipeline import Coder

# Invented text: "Turkish" is no mention of its own (it modifies "warplanes"), so asking about it
# alone goes past the mentions and reads the phrase.
TEXT = "Turkish warplanes struck Kurdish positions near Afrin on Tuesday."


def _codes(entities: list[Entity]) -> list[tuple[str | None, str | None]]:
    return [(e.code, e.sector) for e in entities]


def test_a_remembered_phrase_reads_as_a_fresh_one(coder: Coder) -> None:
    doc = coder.nlp(TEXT)
    index = coder.resolver.index(doc)
    modifier = doc[0:1]
    assert all(m.head is None or m.head.i != 0 for m in index.mentions)
    fresh = coder.resolver.resolve_span(modifier)
    assert fresh, "the modifier names a state"
    assert _codes(index.entities_for(modifier)) == _codes(fresh)
    assert _codes(index.entities_for(modifier)) == _codes(fresh)  # asked again: from the memo


def test_changing_an_answer_does_not_change_the_next_one(coder: Coder) -> None:
    doc = coder.nlp(TEXT)
    index = coder.resolver.index(doc)
    first = index.entities_for(doc[0:1])
    expected = _codes(first)
    first[0].code = "XXX"
    assert _codes(index.entities_for(doc[0:1])) == expected
