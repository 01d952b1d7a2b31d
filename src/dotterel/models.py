"""Plain data classes passed between the pipeline stages.

Every stage takes and returns these; none reaches into another stage's internals.
Dates are ISO strings ("2022-08-16", or "2014" / "2014-05" when only that much is known).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Article:
    """One news article as read from any input format."""

    id: str
    text: str
    published: str | None = None  # publication date, YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    source: str | None = None  # outlet name or domain, when the input says
    origin: str | None = None  # where it was read from: "path" or "path:line"


@dataclass(frozen=True)
class Rejection:
    """An input record or file that could not be read, and why."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass
class Entity:
    """A PLOVER actor or recipient entity."""

    code: str | None  # ISO 3166 alpha-3, or IGO/UNO/EUR/NGO/ISM/IMG/MNC; None if unresolved
    sector: str | None = None  # GOV, MIL, COP, REB, CVL, ...
    entity_text: str = ""
    start: int | None = None  # character offsets in the article text
    end: int | None = None

    def to_plover(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "sector": self.sector, "entity_text": self.entity_text}
        if self.start is not None:
            out["start"], out["end"] = self.start, self.end
        return out


@dataclass
class TextInfo:
    """Evidence: where in the article text the event was found."""

    sequence: int  # sentence index within the article, from 0
    start: int  # sentence start, character offset in the article text
    end: int  # sentence end
    trigger_start: int | None = None
    trigger_end: int | None = None


@dataclass
class Event:
    """One PLOVER event record."""

    id: str
    doc_id: str
    date: str | None  # publication date of the article
    event: str  # PLOVER category
    actor: list[Entity]
    recipient: list[Entity] = field(default_factory=list)
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    aux: str | None = None  # None, "historical", "future", "hypothetical", "negated"
    event_date: str | None = None  # when it happened, when the text says and it differs from `date`
    event_loc: str | None = None
    event_text: str = ""  # the trigger words
    text: str = ""  # the evidence sentence
    text_info: TextInfo | None = None
    quad_code: int | None = None
    event_scale: float | None = None
    reciprocal: bool = False
    cite_info: dict[str, Any] = field(default_factory=dict)

    def borrowed(self, entity: Entity) -> Entity:
        """A party named elsewhere in the article, as a party of this event: its offsets are kept only
        when they lie in this event's sentence (evidence spans point into the evidence)."""
        info = self.text_info
        inside = info is not None and entity.start is not None and info.start <= entity.start < info.end
        if inside:
            return Entity(entity.code, entity.sector, entity.entity_text, entity.start, entity.end)
        return Entity(entity.code, entity.sector, entity.entity_text)

    def to_plover(self) -> dict[str, Any]:
        """The record as PLOVER JSON (field names from the PLOVER spec)."""
        out = asdict(self)
        out["actor"] = [e.to_plover() for e in self.actor]
        out["recipient"] = [e.to_plover() for e in self.recipient]
        return out

    @classmethod
    def from_plover(cls, data: dict[str, Any]) -> Event:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["actor"] = [_entity(e) for e in data.get("actor") or []]
        known["recipient"] = [_entity(e) for e in data.get("recipient") or []]
        if data.get("text_info"):
            known["text_info"] = TextInfo(**data["text_info"])
        return cls(**known)


def _entity(data: dict[str, Any]) -> Entity:
    return Entity(**{k: v for k, v in data.items() if k in Entity.__dataclass_fields__})
