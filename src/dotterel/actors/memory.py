"""Within-article memory: later references ("Hussain", "the ministry", "he", "his country") take the
code of the party named earlier in the same article.

Rules, applied in text order:
- a person's surname resolves to the entities of the mention that first named that person; a person
  not named before gets no code from other mentions (a new name is a new party);
- a phrase with a sector but no code ("the defense secretary", "the ministry", "police") takes the code
  of the latest mention with the same agent phrase; for state bodies, armed groups and parties
  (RECALLED_SECTORS) also of the latest with the same head word, else with the same sector;
- "he"/"she"/"him"/"her" take the entities of the latest mention of a person or a person's title;
- a definite singular title not seen before ("the officer said") takes the latest person's entities
  (news names the speaker, then refers back to them by office);
- "country"/"nation" with no code ("his country", "our country") takes the code of the latest person
  mention (the speaker), else of the latest coded mention;
- "the two countries", "both sides" take the last two distinct codes named;
- a possessive pronoun points to the subject before it in the same sentence ("Armenia said its
  troops ...") for its/their, and to the latest person for his/her/our.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from dotterel.models import Entity

COUNTRY_WORDS = frozenset({"country", "nation", "state"})
PLURAL_COUNTRY_WORDS = frozenset({"countries", "nations", "states", "sides", "governments", "neighbours",
                                  "neighbors", "capitals", "allies"})
NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4}
# Titles of one person: "the officer said" refers back to the person being quoted.
PERSON_TITLES = frozenset({
    "president", "minister", "secretary", "premier", "chancellor", "spokesman", "spokeswoman",
    "spokesperson", "official", "envoy", "diplomat", "ambassador", "leader", "commander", "officer",
    "general", "judge", "prosecutor", "mayor", "governor", "king", "queen", "emir", "sheikh", "prince",
    "sultan", "monarch", "pope", "imam", "cleric", "chief", "head", "aide", "adviser", "advisor",
    "negotiator", "lawmaker", "senator", "deputy", "colonel", "consul", "speaker", "chairman",
    "chairwoman", "director", "ayatollah", "archbishop", "bishop", "counterpart", "commissioner",
})
# Sectors of bodies that an article keeps referring to ("the ministry", "the police", "the rebels");
# crowds, towns and other groups (CVL, REF, MED ...) are too often new ones to take an earlier code.
RECALLED_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "PRM", "OPP", "PTY"})


@dataclass
class Reading:
    """What one phrase says by itself."""

    codes: list[str]
    sector: str | None
    agent_key: tuple[str, ...] | None = None  # the head's agent phrase ("defense secretary")
    person_key: str | None = None  # surname, lower case
    pronoun: str | None = None  # he / she / him / her
    head_word: str = ""
    singular: bool = False  # the head is a singular noun (a person or one body, not "troops")
    definite: bool = False  # "the ..", "this ..", or a possessive pronoun ("his country")
    named: bool = False  # the phrase names a group or people that has no code ("Kurdish fighters")
    possessive: str | None = None  # a possessive pronoun on the head: "its troops", "his country"
    number: str | None = None  # "the two countries", "both sides"
    owner: list[Entity] = field(default_factory=list)  # who "its"/"their" points to, when known

    def entities(self, span: Span) -> list[Entity]:
        if self.codes:
            return [_entity(code, self.sector, span) for code in self.codes]
        if self.sector:
            return [_entity(None, self.sector, span)]
        return []


def _entity(code: str | None, sector: str | None, span: Span) -> Entity:
    return Entity(code=code, sector=sector, entity_text=span.text, start=span.start_char, end=span.end_char)


@dataclass
class ArticleMemory:
    persons: dict[str, list[Entity]] = field(default_factory=dict)
    agents: dict[tuple[str, ...], list[Entity]] = field(default_factory=dict)
    head_words: dict[str, list[Entity]] = field(default_factory=dict)
    sectors: dict[str, list[Entity]] = field(default_factory=dict)
    last_person: list[Entity] = field(default_factory=list)
    last_coded: list[Entity] = field(default_factory=list)
    recent_codes: list[str] = field(default_factory=list)  # distinct codes, most recent last

    def resolve(self, reading: Reading, span: Span) -> tuple[list[Entity], str]:
        """The entities of a mention, and "text" or "memory" for where their codes came from."""
        if reading.codes:
            entities = reading.entities(span)
            self._remember(reading, entities)
            return entities, "text"
        earlier = self._recall(reading)
        if earlier:
            sector = reading.sector or earlier[0].sector
            entities = [_entity(code, sector, span) for code in _codes(earlier)]
            self._remember(reading, entities)
            return entities, "memory"
        return reading.entities(span), "text"

    def _recall(self, reading: Reading) -> list[Entity]:
        if reading.person_key:
            # a named person not met before is a new party: no guessing from other mentions
            return self.persons.get(reading.person_key, [])
        if reading.pronoun:
            return self.last_person
        if reading.sector is None or reading.named:
            return []
        if reading.head_word in COUNTRY_WORDS:
            if not reading.definite:
                return []  # "a developing country" is no earlier party
            if reading.possessive in ("its", "their"):
                return reading.owner
            return self.last_person or self.last_coded
        if reading.head_word in PLURAL_COUNTRY_WORDS and reading.number in NUMBER_WORDS:
            wanted = NUMBER_WORDS[reading.number]  # "the two countries": the last two states named
            if len(self.recent_codes) < wanted:
                return []
            return [Entity(code=c, sector=reading.sector) for c in self.recent_codes[-wanted:]]
        if reading.possessive in ("its", "their"):
            return reading.owner  # "its troops": the subject of the sentence, if it named a party
        if reading.possessive in ("his", "her", "our", "my"):
            return self.last_person
        if reading.agent_key and reading.agent_key in self.agents:
            return self.agents[reading.agent_key]
        if reading.sector not in RECALLED_SECTORS:
            return []
        if reading.agent_key and reading.agent_key[-1] in self.head_words:
            return self.head_words[reading.agent_key[-1]]
        if _names_a_person(reading) and reading.definite and self.last_person:
            return self.last_person  # "the officer said": the person the article is quoting
        return self.sectors.get(reading.sector, [])

    def _remember(self, reading: Reading, entities: list[Entity]) -> None:
        coded = [e for e in entities if e.code]
        if not coded:
            return
        self.last_coded = coded
        for entity in coded:
            if entity.code in self.recent_codes:
                self.recent_codes.remove(entity.code)
            self.recent_codes.append(entity.code)  # type: ignore[arg-type]
        if reading.person_key:
            self.persons.setdefault(reading.person_key, coded)
        if reading.person_key or reading.pronoun or (_names_a_person(reading) and len(coded) == 1):
            self.last_person = coded
        if reading.agent_key:
            self.agents[reading.agent_key] = coded
            self.head_words[reading.agent_key[-1]] = coded
        if coded[0].sector:
            self.sectors[coded[0].sector] = coded


def _names_a_person(reading: Reading) -> bool:
    """A singular title or agent noun for one person ("the officer"), not a body ("the ministry")."""
    return reading.agent_key is not None and reading.singular and reading.agent_key[-1] in PERSON_TITLES


def _codes(entities: list[Entity]) -> list[str]:
    return list(dict.fromkeys(e.code for e in entities if e.code))
