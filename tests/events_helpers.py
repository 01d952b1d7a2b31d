"""Small stand-ins for the trigger finder and the actor resolver, so that the event coder's own logic
(arguments, auxiliary mode, dates, evidence, dedup) is tested apart from the lexicons.

Used by tests/test_events_*.py. The vocabulary here is deliberately tiny and invented for the tests.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from dotterel.actors.resolver import Mention
from dotterel.events.coder import EventCoder
from dotterel.events.triggers import Trigger
from dotterel.models import Article, Entity, Event

# surface form -> (code, sector)
NAMES = {
    "Norway": ("NOR", None), "Norwegian": ("NOR", None), "Oslo": ("NOR", "GOV"),
    "Chile": ("CHL", None), "Chilean": ("CHL", None), "Santiago": ("CHL", "GOV"),
    "Kenya": ("KEN", None), "Kenyan": ("KEN", None), "Nairobi": ("KEN", "GOV"),
    "Peru": ("PER", None), "Peruvian": ("PER", None),
    "Vietnam": ("VNM", None), "Vietnamese": ("VNM", None),
}
SECTOR_HEADS = {"minister": "GOV", "troops": "MIL", "police": "COP", "officials": "GOV", "army": "MIL",
                "soldiers": "MIL", "protesters": "CVL",
                "government": "GOV", "ministry": "GOV", "rebels": "REB"}
# lemma -> (category, recipient prepositions, reciprocal)
TRIGGERS = {
    "attack": ("ASSAULT", ("on", "against"), False),
    "kill": ("ASSAULT", (), False),
    "shell": ("ASSAULT", (), False),
    "accuse": ("ACCUSE", (), False),
    "criticize": ("ACCUSE", (), False),
    "complain": ("ACCUSE", ("to",), False),
    "meet": ("CONSULT", ("with",), False),
    "talk": ("CONSULT", ("with",), False),
    "visit": ("CONSULT", (), False),
    "sign": ("SUPPORT", ("with",), False),
    "drill": ("COOPERATE", ("with",), True),
    "sanction": ("SANCTION", (), False),
    "arrest": ("COERCE", (), False),
    "demand": ("REQUEST", ("from",), False),
    "aid": ("AID", ("to",), False),
    "receive": ("AID", (), False),
    "withdraw": ("RETREAT", ("from",), False),
    "threaten": ("THREATEN", (), False),
    "march": ("PROTEST", (), False),
    "oppose": ("REJECT", ("to",), False),
    "host": ("CONSULT", (), False),
    "battle": ("ASSAULT", (), False),
    "offer": ("AGREE", (), False),
    "reject": ("REJECT", (), False),
    "pardon": ("CONCEDE", (), False),
    "extradite": ("COOPERATE", (), False),
}


class FakeResolver:
    def _entities(self, span: Span) -> list[Entity]:
        found = []
        for tok in span:
            if tok.text in NAMES:
                code, sector = NAMES[tok.text]
                head_sector = SECTOR_HEADS.get(span.root.lower_) if span.root.text not in NAMES else None
                found.append(Entity(code, head_sector or sector, tok.text, tok.idx, tok.idx + len(tok)))
        titles = [t for t in span if t.lower_ in SECTOR_HEADS]  # "the minister", "Minister Otieno"
        if not found and titles:
            sector = SECTOR_HEADS[titles[-1].lower_]
            found.append(Entity(None, sector, span.text, span.start_char, span.end_char))
        return found

    def find_mentions(self, doc: Doc) -> list[Mention]:
        return [Mention(chunk, ents) for chunk in doc.noun_chunks if (ents := self._entities(chunk))]

    def resolve_span(self, span: Span) -> list[Entity]:
        return self._entities(span)


class FakeFinder:
    def find(self, sentence: Span) -> list[Trigger]:
        found = []
        for tok in sentence:
            spec = TRIGGERS.get(tok.lemma_.lower())
            if spec and tok.pos_ in ("VERB", "NOUN"):
                category, preps, reciprocal = spec
                found.append(Trigger(category, tok, [tok], None, reciprocal, preps, f"test:{tok.lemma_}"))
        return found


def make_coder() -> EventCoder:
    return EventCoder(FakeResolver(), finder=FakeFinder())  # type: ignore[arg-type]


def code_text(nlp: Language, text: str, published: str = "2024-03-14", doc_id: str = "t1") -> list[Event]:
    article = Article(id=doc_id, text=text, published=published)
    return make_coder().code(article, nlp(text))


def codes(entities: list[Entity]) -> set[str | None]:
    return {e.code for e in entities}


def only(events: list[Event], category: str) -> Event:
    matching = [e for e in events if e.event == category]
    assert len(matching) == 1, [(e.event, e.event_text) for e in events]
    return matching[0]
