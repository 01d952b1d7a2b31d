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
  mention (the speaker), else of the latest coded mention; "the country" the latest state named by
  its own name (not by a demonym: "Mali expelled the French envoy, and French troops left the country");
- "the two countries", "both sides" take the parties of the latest coordination of that many ("Ghana
  and Togo"), else the last two distinct codes named;
- a counted group without a determiner ("four soldiers", "12 policemen") is a new party: no recall;
  so is an armed body introduced by "a" ("a 30,000-strong border force");
- a domestic group that recalls no one ("police", "protesters", "the court") belongs to the one state
  the article has named as a place so far (by its name, capital or a place in it), if it named one;
- a possessive pronoun points to the subject before it in the same sentence ("Armenia said its
  troops ...") for its/their, and to the latest person for his/her/our;
- "the group", "the movement", "the agency", "the alliance" take the latest organisation or armed group
  named ("Hamas", "the World Food Programme");
- "it"/"they" and a sentence-initial "its"/"their" point to the latest coded subject of the same or
  the previous sentence that fits: one body that is no person for "it", a plural for "they"
  (SubjectHistory);
- a subject "he"/"she" is the person last named as a subject in the same or previous sentence ("Lula met
  Xi. He praised ..." is Lula; no code when that person has none), else the latest person;
- an object "it" (also "considers it a ...") is the party of the latest non-subject mention of the same
  sentence; an object "them" is the latest plural subject that is not the subject of its own clause
  ("police fired tear gas to disperse them");
- "the claim", "the allegations" with no owner of their own are the party that last said or claimed
  something ("... the army said. Islamabad rejected the claim").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span

from dotterel.models import Entity

COUNTRY_WORDS = frozenset({"country", "nation", "state"})
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
PLURAL_COUNTRY_WORDS = frozenset({"countries", "nations", "states", "sides", "governments", "neighbours",
                                  "neighbors", "capitals", "allies", "leaders", "presidents", "ministers",
                                  "delegations", "armies", "militaries", "rivals", "foes", "adversaries",
                                  "premiers", "powers"})
# armed bodies an indefinite article introduces as new ("a 30,000-strong border force")
NEW_FORCE_WORDS = frozenset({"force", "militia", "army", "unit", "brigade", "battalion"})
NUMBER_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4}
ALL_SIDES = frozenset({"sides", "parties"})
# Titles of one person: "the officer said" refers back to the person being quoted.
PERSON_TITLES = frozenset({
    "president", "minister", "secretary", "premier", "chancellor", "spokesman", "spokeswoman",
    "spokesperson", "official", "envoy", "diplomat", "ambassador", "leader", "commander", "officer",
    "general", "judge", "prosecutor", "mayor", "governor", "king", "queen", "emir", "sheikh", "prince",
    "sultan", "monarch", "pope", "imam", "cleric", "chief", "head", "aide", "adviser", "advisor",
    "negotiator", "lawmaker", "senator", "deputy", "colonel", "consul", "speaker", "chairman",
    "chairwoman", "director", "ayatollah", "archbishop", "bishop", "counterpart", "commissioner",
})
# Offices a state has one holder of: "a president" is never the president named before.
ONE_PER_STATE = frozenset({("president",), ("prime", "minister"), ("premier",), ("chancellor",), ("king",),
                           ("queen",), ("emir",)})
# Groups that belong to the state where the news happens when the article names no other.
HOME_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "CVL", "REB", "LAB", "EDU",
                          "MED", "JRN", "AGR", "BUS", "REL", "ELI", "SOC", "CRM"})
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
    body_keys: tuple[tuple[str, ...], ...] = ()  # the bodies a person's title names ("JUNTA spokesman")
    name_head_key: tuple[str, ...] | None = None  # an agent noun heading a name ("European COMMISSION")
    pronoun: str | None = None  # he / she / him / her
    head_word: str = ""
    shared_seat: bool = False  # its code comes from a seat many states have ("Congress")
    located_codes: list[str] = field(default_factory=list)  # states named after "in" ("in Brasilia")
    acts_located: list[str] = field(default_factory=list)  # ... alone: "seized power in Niger"
    singular: bool = False  # the head is a singular noun (a person or one body, not "troops")
    definite: bool = False  # "the ..", "this ..", or a possessive pronoun ("his country")
    indefinite: bool = False  # "a ..", "an ..": someone not met before
    named: bool = False  # the phrase names a group or people that has no code ("Kurdish fighters")
    vague: bool = False  # ... and that group is a vague region or bloc ("Western diplomats")
    possessive: str | None = None  # a possessive pronoun on the head: "its troops", "his country"
    number: str | None = None  # "the two countries", "both sides"
    counted: bool = False  # "four soldiers", "12 policemen": a count of people, news of new ones
    sector_modifier: bool = False  # a modifier, not the head, gives the sector: "REBEL forces"
    country_named: bool = False  # the code comes from a state's own name ("Mali", "Mali's army")
    # tokens of the names of cities and regions in the phrase ("the VIENNA talks"), which place
    # things but are no state
    city_tokens: tuple[int, ...] = ()
    place_codes: list[str] = field(default_factory=list)  # states named as places: "Georgia", "Tbilisi"
    sentence: int = 0  # ordinal of the phrase's sentence in the article
    group_named: bool = False  # the code comes from an organisation's or armed group's name ("Hamas")
    owner: list[Entity] = field(default_factory=list)  # who "its"/"their" points to, when known; for
    # "both sides", the subject of the sentence (not one of the sides)

    def entities(self, span: Span) -> list[Entity]:
        if self.codes:
            return _entities(self.codes, self.sector, span)
        if self.sector:
            return _entities([None], self.sector, span)
        return []


def _entities(codes: Sequence[str | None], sector: str | None, span: Span) -> list[Entity]:
    text, start, end = span.text, span.start_char, span.end_char
    return [Entity(code=code, sector=sector, entity_text=text, start=start, end=end) for code in codes]


@dataclass
class ArticleMemory:
    persons: dict[str, list[Entity]] = field(default_factory=dict)
    agents: dict[tuple[str, ...], list[Entity]] = field(default_factory=dict)
    head_words: dict[str, list[Entity]] = field(default_factory=dict)
    sectors: dict[str, list[Entity]] = field(default_factory=dict)
    last_person: list[Entity] = field(default_factory=list)
    # every person mention, in text order; [] for a person named without a code
    persons_seen: list[list[Entity]] = field(default_factory=list)
    last_coded: list[Entity] = field(default_factory=list)
    recent_codes: list[str] = field(default_factory=list)  # distinct codes, most recent last
    last_group: list[str] = field(default_factory=list)  # codes of the latest coordination ("X and Y")
    groups: list[tuple[str, ...]] = field(default_factory=list)  # every coordination, in text order
    mentioned: Counter[str] = field(default_factory=Counter)  # how often each code was named
    last_country: list[Entity] = field(default_factory=list)  # the latest state named by its name
    home_codes: set[tuple[int, str]] = field(default_factory=set)  # (sentence, state) named as places
    located_codes: set[tuple[int, str]] = field(default_factory=set)  # ... named after "in"
    last_group_named: list[Entity] = field(default_factory=list)  # the latest organisation or group named

    def note_group(self, codes: list[str]) -> None:
        if len(codes) >= 2:
            self.last_group = codes
            self.groups.append(tuple(codes))

    def resolve(self, reading: Reading, span: Span) -> tuple[list[Entity], str]:
        """The entities of a mention, and "text" or "memory" for where their codes came from."""
        if reading.codes:
            entities = reading.entities(span)
            self._remember(reading, entities)
            if reading.head_word in PLURAL_COUNTRY_WORDS or len(set(reading.codes)) > 1:
                # "the three regional powers – Russia, Iran and Turkey", "Indian and Chinese troops"
                self.note_group(_codes(entities))
            return entities, "text"
        earlier = self._recall(reading)
        if earlier:
            sector = reading.sector or earlier[0].sector
            if _names_the_group(reading):  # "the group" said: Hezbollah's own sector, not SOC
                sector = earlier[0].sector or reading.sector
            entities = _entities(_codes(earlier), sector, span)
            self._remember(reading, entities)
            if reading.head_word in PLURAL_COUNTRY_WORDS and reading.number in NUMBER_WORDS:
                self.note_group(_codes(entities))  # "the three countries" say the same three later on
            return entities, "memory"
        return reading.entities(span), "text"

    def _recall(self, reading: Reading) -> list[Entity]:
        if reading.person_key:
            # a named person not met before is a new party: no guessing from other mentions, but for
            # the body the title names ("junta spokesman Amadou Abdramane": the junta named before)
            return self.persons.get(reading.person_key, []) or self._body_titling(reading)
        if reading.pronoun:
            return self.last_person
        if reading.head_word in PLURAL_COUNTRY_WORDS and reading.number in NUMBER_WORDS and not reading.named:
            return self._last_parties(NUMBER_WORDS[reading.number], reading.sector,
                                      {e.code for e in reading.owner})
        if reading.number == "all" and reading.head_word in ALL_SIDES and not reading.named:
            return self._all_sides(reading)  # "urged all sides to show restraint": those in conflict
        if reading.head_word in ALL_SIDES and reading.definite and not (reading.number or reading.named):
            # "appealed to the parties to respect the ceasefire": those the story names together
            group = self._usual_group(None, {e.code for e in reading.owner})
            return [Entity(code=c, sector=reading.sector) for c in group]
        if reading.head_word in NUMBER_WORDS and reading.definite and not reading.named:
            # "the two agreed to ...": the parties just named, as for "the two countries"
            return self._last_parties(NUMBER_WORDS[reading.head_word], None, {e.code for e in reading.owner})
        if reading.sector is None or reading.named:
            return []
        if reading.head_word in COUNTRY_WORDS:
            if not reading.definite:
                return []  # "a developing country" is no earlier party
            if reading.possessive in ("its", "their"):
                return reading.owner
            if reading.possessive is None and self.last_country:
                return self.last_country  # "Mali expelled ..., and French troops left the country"
            return self.last_person or self.last_coded
        if _names_the_group(reading) and self.last_group_named:
            return self.last_group_named  # "Hezbollah fired rockets ... The group said ..."
        if reading.possessive in ("its", "their"):
            return reading.owner  # "its troops": the subject of the sentence, if it named a party
        if reading.possessive in ("his", "her", "our", "my"):
            return self.last_person
        if reading.counted and not reading.definite:
            return self._home(reading)  # "... wounding four soldiers": not the forces named before
        if reading.indefinite and reading.head_word in NEW_FORCE_WORDS:
            return self._home(reading)  # "a US plan to train a border force": not the forces named before
        if reading.indefinite and reading.agent_key in ONE_PER_STATE:
            return self._home(reading)  # "did not recognise a self-proclaimed president": not Trump
        if body := self._body_titling(reading):
            return body  # "a Commission spokesman": of the Commission named before
        if reading.agent_key and reading.agent_key in self.agents:
            earlier = self.agents[reading.agent_key]
            if reading.singular and reading.definite and len({e.code for e in earlier}) > 1:
                # "the governments of Brazil, Colombia and Mexico ... the government and the opposition
                # signed": one state's government, the one the story is about
                return self._home(reading) or self._story_state(reading)
            if reading.located_codes and not {e.code for e in earlier} & set(reading.located_codes):
                # "Kenyan police arrived ... Gangs attacked the police in Port-au-Prince": the police of
                # the place named, not the foreign ones named before
                return [Entity(code=reading.located_codes[0], sector=reading.sector)]
            if not (reading.sector_modifier and any(e.sector != reading.sector for e in earlier)):
                return earlier  # "rebel forces" are not the Turkish forces named before; "the forces" are
            return self._home(reading)
        if reading.sector not in RECALLED_SECTORS:
            return self._home(reading)
        if reading.agent_key and reading.agent_key[-1] in self.head_words:
            return self.head_words[reading.agent_key[-1]]
        if _names_a_person(reading) and reading.definite and self.last_person:
            return self.last_person  # "the officer said": the person the article is quoting
        return self.sectors.get(reading.sector, []) or self._home(reading)

    def _all_sides(self, reading: Reading) -> list[Entity]:
        """ "all sides", "all parties": the parties the story names together, unless the state it names
        most is none of them (a domestic crisis: "Australia and Japan called for calm; China urged all
        sides to ..." in a story on Myanmar); else the one state the news happens in, else the state
        named most."""
        speaker = {e.code for e in reading.owner}
        group = self._usual_group(None, speaker)
        if group and self._most_named(speaker) in group:
            return [Entity(code=c, sector=reading.sector) for c in group]
        earlier = {code for sentence, code in self.home_codes if sentence < reading.sentence} - speaker
        if len(earlier) == 1:
            return [Entity(code=next(iter(earlier)), sector=reading.sector)]
        most = self._most_named(speaker)
        return [Entity(code=most, sector=reading.sector)] if most else []

    def _body_titling(self, reading: Reading) -> list[Entity]:
        """The body named before that the reading's title names ("JUNTA spokesman")."""
        return next((self.agents[key] for key in reading.body_keys if key in self.agents), [])

    def _story_state(self, reading: Reading) -> list[Entity]:
        most = self._most_named(set())
        return [Entity(code=most, sector=reading.sector)] if most else []

    def _most_named(self, speaker: set[str | None]) -> str | None:
        """The state the article has named most often so far, besides the speaker."""
        named = [(count, code) for code, count in self.mentioned.items()
                 if code not in speaker and code not in NON_STATE_CODES]
        return max(named)[1] if named else None

    def _home(self, reading: Reading) -> list[Entity]:
        """A domestic group ("police", "protesters", "the court") in an article whose earlier sentences
        named one state only, by its name, capital or places, belongs to that state (a sentence that
        names the state itself places its groups by its own words)."""
        earlier = {code for sentence, code in self.home_codes if sentence < reading.sentence}
        if reading.sector not in HOME_SECTORS or len(earlier) != 1:
            return []
        if any(sentence == reading.sentence for sentence, _ in self.home_codes):
            return []  # "Iran threatened to shell Iraqi towns": the sentence speaks for itself
        return [Entity(code=next(iter(earlier)), sector=reading.sector)]

    def located_state(self, sentence: int) -> str | None:
        """The one state the news is placed in ("in Brasilia") in this sentence, else before it."""
        here = {code for at, code in self.located_codes if at == sentence}
        if here:
            return next(iter(here)) if len(here) == 1 else None
        earlier = {code for at, code in self.located_codes if at < sentence}
        return next(iter(earlier)) if len(earlier) == 1 else None

    def news_state(self, sentence: int) -> str | None:
        """The state the news of a sentence happens in: the one it is placed in ("in Naypyitaw"), else
        the one state the article's earlier sentences named as a place (a place named in the sentence
        itself may be where something came from: "money from Moscow")."""
        placed = self.located_state(sentence)
        if placed:
            return placed
        named = {code for at, code in self.home_codes if at < sentence}
        return next(iter(named)) if len(named) == 1 else None

    def met_uncoded_person(self) -> None:
        """A person named without a code: "him" or "his" after it is no one met before."""
        self.last_person = []
        self.persons_seen.append([])

    def person_other_than(self, codes: set[str | None]) -> list[Entity]:
        """ "Xi praised him": the latest person who is not the clause's own subject (none if that person
        has no code: "Navalny was arrested ... a Moscow court sentenced him")."""
        for person in reversed(self.persons_seen):
            if not person:
                return []
            if {e.code for e in person} != codes:
                return person
        return []

    def _last_parties(self, wanted: int, sector: str | None, speaker: set[str | None]) -> list[Entity]:
        """ "the two countries", "both sides": the parties last named together, else the last two
        named, leaving out the subject of the sentence that speaks of them ("the EU urged both sides")."""
        group = self._usual_group(wanted, speaker)
        if group:
            return [Entity(code=c, sector=sector) for c in group]
        # states, not the bodies that mediate between them ("the UN urged both sides")
        recent = [c for c in self.recent_codes if c not in speaker and c not in NON_STATE_CODES]
        if len(recent) < wanted:
            return []
        return [Entity(code=c, sector=sector) for c in recent[-wanted:]]

    def _usual_group(self, wanted: int | None, speaker: set[str | None]) -> tuple[str, ...]:
        """The parties of that number (or any) named together most often, then named most often each
        (then the latest), leaving out the speaker's: "Armenia and Azerbaijan" of a war story are "both
        sides", not "Ankara and Baku", named together once in a later paragraph."""
        fitting = [g for g in self.groups if wanted in (None, len(set(g))) and not speaker & set(g)]
        if not fitting:
            return ()
        told = Counter(frozenset(g) for g in fitting)
        return max(reversed(fitting), key=lambda g: (told[frozenset(g)], sum(self.mentioned[c] for c in g)))

    def _remember(self, reading: Reading, entities: list[Entity]) -> None:
        coded = [e for e in entities if e.code]
        if not coded:
            return
        self.last_coded = coded
        self.mentioned.update(e.code for e in coded if e.code)
        for entity in coded:
            if entity.code in self.recent_codes:
                self.recent_codes.remove(entity.code)
            self.recent_codes.append(entity.code)  # type: ignore[arg-type]
        if reading.person_key:
            self.persons.setdefault(reading.person_key, coded)
        if reading.person_key or reading.pronoun or (_names_a_person(reading) and len(coded) == 1):
            self.last_person = coded
            self.persons_seen.append(coded)
        if reading.agent_key:
            self.agents[reading.agent_key] = coded
            self.head_words[reading.agent_key[-1]] = coded
        elif reading.name_head_key:  # "the European Commission ... the Commission"
            self.agents[reading.name_head_key] = coded
        if coded[0].sector:
            self.sectors[coded[0].sector] = coded
        if reading.country_named:
            self.last_country = coded
        self.home_codes.update((reading.sentence, code) for code in reading.place_codes)
        if reading.group_named:
            self.last_group_named = coded


IT_PRONOUNS = frozenset({"it", "its"})
THEY_PRONOUNS = frozenset({"they", "them", "their"})


@dataclass
class _Subject:
    sentence: int  # ordinal of the sentence in the article
    entities: list[Entity]
    plural: bool  # "the rebels", "Ghana and Togo"
    person: bool  # "the president", "Hussain", "he"
    head: int = -1  # token index of the subject's head
    main: bool = False  # the subject of the sentence's main clause, not of a clause inside it


@dataclass
class SubjectHistory:
    """Coded subjects in text order, for "it"/"they" and "its"/"their" in the same or the next sentence
    ("Armenia denied the claim. Its defence ministry said ...", "The rebels seized the town. They ...")."""

    subjects: list[_Subject] = field(default_factory=list)

    def add(self, sentence: int, entities: list[Entity], plural: bool, person: bool, head: int = -1,
            main: bool = False) -> None:
        """Every subject that names a party, coded or not: an uncoded one still blocks older ones."""
        self.subjects.append(_Subject(sentence, entities, plural, person, head, main))

    def in_sentence(self, sentence: int) -> list[Entity]:
        """The latest coded subject of this sentence ("Armenia said its troops ...")."""
        for subject in reversed(self.subjects):
            if subject.sentence != sentence:
                break
            if any(e.code for e in subject.entities):
                return subject.entities
        return []

    def person_subject(self, sentence: int) -> list[Entity] | None:
        """The person last named as a subject in this or the previous sentence: news refers back to the
        subject with "he"/"she" ("Lula met Xi in Beijing. He praised ..." is Lula). [] when that person
        has no code ("Ahmed Sheikh, a local official, said he ..." is not someone named before him);
        None when there is no such subject. From the previous sentence, the person who is the subject of
        its main clause comes first: "Pompeo said ..., arguing that Maduro no longer had the authority.
        He also called on ..." is Pompeo."""
        for subject in reversed(self.subjects):
            if sentence - subject.sentence > 1:
                break
            if subject.person and subject.sentence == sentence:
                return [e for e in subject.entities if e.code]
            if subject.person:
                main = self._main_person(subject.sentence) or subject
                return [e for e in main.entities if e.code]
        return None

    def _main_person(self, sentence: int) -> _Subject | None:
        return next((s for s in self.subjects if s.sentence == sentence and s.person and s.main), None)

    def antecedent(self, pronoun: str, sentence: int,
                   not_heads: frozenset[int] = frozenset()) -> list[Entity]:
        """The coded party "it" (one body, no person) or "they" (a plural) points back to; `not_heads`
        are subjects it cannot be ("police fired tear gas to disperse them": not the police)."""
        for subject in reversed(self.subjects):
            if sentence - subject.sentence > 1:
                break
            if subject.head in not_heads:
                continue
            fits = (not subject.plural and not subject.person) if pronoun in IT_PRONOUNS else subject.plural
            if fits and not_heads:  # an object "them": a group, coded or placed later where it is
                return subject.entities
            if fits:
                return [e for e in subject.entities if e.code]  # "Kurdish fighters ... they": no code
        return []


def names_a_person(reading: Reading) -> bool:
    return reading.person_key is not None or reading.pronoun is not None or _names_a_person(reading)


# "the group", "the movement": a reference back to the organisation or armed group named before.
GROUP_WORDS = frozenset({"group", "movement", "organisation", "organization", "militia", "faction", "agency",
                         "alliance", "bloc", "watchdog", "fund"})


def _names_the_group(reading: Reading) -> bool:
    return reading.head_word in GROUP_WORDS and reading.definite and reading.possessive is None \
        and reading.singular


def _names_a_person(reading: Reading) -> bool:
    """A singular title or agent noun for one person ("the officer"), not a body ("the ministry")."""
    return reading.agent_key is not None and reading.singular and reading.agent_key[-1] in PERSON_TITLES


def _codes(entities: list[Entity]) -> list[str]:
    return list(dict.fromkeys(e.code for e in entities if e.code))
