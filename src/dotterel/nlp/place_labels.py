"""Country and city names that the entity recogniser labels as something else are places.

The small English model reads some country names as people or organisations ("French soldiers left
Niger" gives Niger the label PERSON, "Mozambique" is often an ORG), or misses them; it does so more
often with cities ("arrived in Bamako" is an ORG, "flew to Nouakchott" a PERSON). Rules that ask
for a place label ("troops left [a place]", "arrived in [a place]") then miss the event. A
capitalised country name from the actor lexicon, standing alone as an entity or outside any entity,
is relabelled GPE. A city or town (a capital or a gazetteer place) is relabelled only where a place
preposition governs it ("in Bamako", "to Niamey and Nouakchott"): many share their name with a
person ("Mr Gao", "Victoria"). A longer entity that contains a name ("Michael Jordan", "Niger Delta
Avengers") is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


PLACE_PREPOSITIONS = frozenset({"in", "into", "to", "from", "at", "near", "toward", "towards", "across",
                                "outside", "around", "inside", "through", "via", "between"})


class PlaceLabels:
    """Relabels the country names (`names`) and the cities governed by a place preposition (`cities`) of
    a parsed Doc; both are lower-case token tuples, "the" left out."""

    def __init__(self, names: Iterable[tuple[str, ...]], cities: Iterable[tuple[str, ...]] = ()) -> None:
        self.names = frozenset(names)
        self.cities = frozenset(cities) - self.names
        self.longest = max((len(name) for name in self.names | self.cities), default=0)

    def __call__(self, doc: Doc) -> Doc:
        entities = [self._relabelled(ent) for ent in doc.ents]
        entities += self._unlabelled_names(doc)
        if entities != list(doc.ents):
            doc.ents = sorted(entities, key=lambda ent: ent.start)
        return doc

    def _is_name(self, tokens: Span) -> bool:
        words = list(tokens)[1:] if tokens[0].lower_ == "the" else list(tokens)
        if not words or not words[0].text[:1].isupper():
            return False
        key = tuple(t.lower_ for t in words)
        return key in self.names or (key in self.cities and _after_place_preposition(tokens))

    def _relabelled(self, ent: Span) -> Span:
        if ent.label_ in PLACE_LABELS or not self._is_name(ent):
            return ent
        return Span(ent.doc, ent.start, ent.end, label="GPE")

    def _unlabelled_names(self, doc: Doc) -> list[Span]:
        found: list[Span] = []
        i = 0
        while i < len(doc):
            length = self._unlabelled_name_at(doc, i)
            if length:
                found.append(Span(doc, i, i + length, label="GPE"))
            i += length or 1
        return found

    def _unlabelled_name_at(self, doc: Doc, i: int) -> int:
        """The length of the longest country name that starts at token i outside any entity, or 0."""
        if doc[i].pos_ != "PROPN" or doc[i].ent_iob_ != "O":
            return 0
        for length in range(min(self.longest, len(doc) - i), 0, -1):
            words = doc[i:i + length]
            if all(t.ent_iob_ == "O" for t in words) and self._is_name(words):
                return length
        return 0


def _after_place_preposition(tokens: Span) -> bool:
    """The name is the object of a place preposition, or listed with one: "in Bamako", "to Niamey and
    Nouakchott"."""
    head = tokens.root
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPOSITIONS
