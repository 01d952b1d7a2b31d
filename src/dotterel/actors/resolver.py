"""Actor resolution: which PLOVER entities (code + sector) a noun phrase of a parsed article refers to.

Interface for the event coder
-----------------------------
    resolver = ActorResolver.from_settings(settings)      # loads the lexicon once (about a second)
    index = resolver.index(doc)                            # once per article: find_mentions + memory
    index.entities_for(token_or_span) -> list[Entity]      # the entities of a subject/object/pobj
    index.mention_at(token) -> Mention | None              # the article mention headed by (or holding) token
    resolver.find_mentions(doc) -> list[Mention]           # every mention in text order, memory applied
    resolver.resolve_span(span) -> list[Entity]            # one phrase, no article memory
    resolver.resolve_token(token) -> list[Entity]          # the phrase a token heads, no memory

`entities_for` accepts a token (the head of a phrase, e.g. a verb's nsubj), a span (a subtree), or a
preposition / passive "by" agent (it looks through to the object). Coordinated phrases ("Moscow and
Islamabad") give one entity per conjunct. It prefers the mention found for the article, where the
within-article memory has filled in what the phrase leaves out ("the ministry", "Hussain", "he",
"his country"), and falls back to `resolve_span` for phrases that are not mentions.

How one phrase is read
----------------------
The phrase's head and its dependents form a *unit* (relative clauses and prepositional phrases other
than of/in/from/at/for are left out, so "Pakistan's ambassador to Russia" is Pakistan's). Names
(countries, demonyms, capitals, seats, organisations, groups) and agent nouns (sectors.yaml) are
matched in the unit, longest first. The code comes from the name nearest the head (the head itself,
then its modifiers, then its of/in-phrases), plus names coordinated with it ("Hungarian and Romanian
officials"). The sector comes from the head's agent noun, unless the head is generic ("spokesman",
"leader") and a modifier is specific ("army spokesman" -> MIL); else from the name (capitals -> GOV).
A phrase with a sector but no code (e.g. "the officer") gets code None; `find_mentions` fills it from
the memory (memory.py) unless the phrase names a people or region without a code ("Kurdish
fighters", "Western diplomats").

Further rules: a state someone is for, against, backed by or occupied by is not the party ("pro-Russian
separatists", "Iran-backed militias", "the Israeli-occupied West Bank"), a state that leads is ("the
U.S.-led coalition", one token); a place name inside a longer proper name is no place ("the
Washington Post"), an organisation is still itself ("the United Nations Relief Coordinator");
"Bosnian Serbs" are placed by where they live (BIH), "ethnic Albanians" are a people with no code;
vague regions and blocs ("the West", "the international community") are marked so that no code is
ever guessed for them; "it"/"they" point to the latest fitting subject of the same or the previous
sentence (memory.SubjectHistory); a head noun the lexicon
does not know keeps the codes of its own modifiers ("Algerian landowners") but not of names deep in
its prepositional phrases ("contracts for Russian hardware"); provinces from pycountry's ISO 3166-2
list count only where the parser tagged exactly that place.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from dotterel.actors.lexicon import (
    CAPITAL,
    COUNTRY,
    DEMONYM,
    GROUP,
    ORG,
    PERSON,
    PLACE,
    REGION,
    Lexicon,
    load_lexicon,
)
from dotterel.actors.matching import (
    LEADING_SUFFIXES,
    AgentMatch,
    NameMatch,
    find_agents,
    find_names,
    may_start_match,
)
from dotterel.actors.memory import (
    NON_STATE_CODES,
    NUMBER_WORDS,
    PERSON_TITLES,
    PLURAL_COUNTRY_WORDS,
    ArticleMemory,
    Reading,
    SubjectHistory,
    names_a_person,
)
from dotterel.config import Settings
from dotterel.models import Entity
from dotterel.nlp.quotation import quoted_indices
from dotterel.nlp.reported import reporting_subjects

ENVOY_HEADS = frozenset({"envoy", "ambassador", "representative", "emissary", "delegate"})
KEPT_PREPOSITIONS = frozenset({"of", "in", "from", "at", "for", "within", "inside"})
LEFT_OUT_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj", "prep", "mark", "ccomp", "dep"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
STATING_LEMMAS = frozenset({"say", "claim", "accuse", "allege", "charge", "blame", "state", "assert",
                            "report", "insist", "announce", "tell"})
STATEMENT_NOUNS = frozenset({"claim", "accusation", "allegation", "charge", "assertion", "statement",
                             "remark", "comment", "report", "accusations", "allegations", "charges",
                             "claims", "remarks", "comments", "reports"})
THING_PRONOUNS = frozenset({"it", "they", "them"})  # resolved against earlier subjects (SubjectHistory)
HEAD_PRONOUNS = PERSONAL_PRONOUNS | THING_PRONOUNS  # the only pronouns that head a phrase of their own
NON_HEAD_DEPS = frozenset({"det", "case", "nummod", "quantmod", "predet"})
# Heads whose phrase the memory may fill in though it names nothing itself ("he", "the two countries",
# "the claim").
RECALLING_HEADS = PERSONAL_PRONOUNS | PLURAL_COUNTRY_WORDS | frozenset(NUMBER_WORDS) | STATEMENT_NOUNS
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# "SEVERAL ministers stepped down": some of a kind, not the minister named before
QUANTIFIERS = frozenset({"several", "some", "many", "few", "numerous", "other"})
# a state's own bodies and offices ("President X", "the government"), not groups of its society
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
PLACE_KINDS = frozenset({COUNTRY, DEMONYM, PLACE})
MOST_OF_THEM = frozenset({"most", "many", "all", "mostly"})
HOME_KINDS = frozenset({COUNTRY, CAPITAL, PLACE})  # a state named as a place, not as a people's origin
# ... but the leader of a state named by its demonym ("South Korean President Yoon") places the news too
LEADER_TITLES = frozenset({("president",), ("prime", "minister"), ("premier",), ("chancellor",)})
PERSON_SUFFIXES = ("ist", "ian", "er", "or", "ant", "ent", "man", "men", "ee", "ive", "ists", "ians", "ers",
                   "ors", "ants", "ents", "ees", "ives")
# Parts of a state named through an of/in-phrase ("provinces of Vietnam", "parts of Syria").
PLACE_HEADS = frozenset({"province", "region", "area", "part", "district", "territory", "border", "coast",
                         "north", "south", "east", "west", "northeast", "northwest", "southeast",
                         "southwest", "outskirts", "suburb", "countryside", "soil", "airspace", "waters"})
DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those", "his", "her", "its", "our", "their",
                            "my", "your"})
# Heads that count people rather than name them: "thousands of protesters", "members of parliament".
QUANTITY_HEADS = frozenset({"thousands", "hundreds", "dozens", "millions", "scores", "tens", "number",
                            "numbers", "members", "member", "team", "contingent", "majority", "rest",
                            "some", "many", "most", "all", "part", "body", "bodies", "side", "sides",
                            "camp", "wing", "faction", "factions", "ranks", "hundred", "thousand", "dozen",
                            "batch", "group", "unit", "detachment", "convoy", "delegation", "squad"})


@dataclass
class Mention:
    """A stretch of a sentence that names one or more PLOVER entities."""

    span: Span
    entities: list[Entity] = field(default_factory=list)
    head: Token | None = None
    resolved_by: str = "text"  # "text": the phrase itself; "memory": filled in from earlier mentions
    vague: bool = False  # names a vague region or bloc that has no code ("the West")
    city_tokens: tuple[int, ...] = ()  # tokens of the names of cities and regions in it ("Vienna talks")


def _leads(match: NameMatch, doc: Doc) -> bool:
    """The name is the leader in "Russian-led" (tokens "Russian", "-", "led")."""
    after = [t.lower_ for t in doc[match.end: match.end + 2]]
    return len(after) == 2 and after[0] == "-" and after[1] in LEADING_SUFFIXES


@dataclass
class _Unit:
    head: Token
    priority: dict[int, int]  # token index -> 0 head, 1 modifier, 2+ inside of/in-phrases

    def span(self, doc: Doc) -> Span:
        indices = sorted(self.priority)
        start, end = _named_entity_bounds(doc, self.head.i)
        start, end = min(start, indices[0]), max(end, indices[-1] + 1)
        while start < end - 1 and doc[start].pos_ in ("DET", "PUNCT", "CCONJ"):
            start += 1
        while end - 1 > start and doc[end - 1].pos_ in ("PUNCT", "CCONJ"):
            if _closes_bracket(doc, start, end):
                break
            end -= 1
        return doc[start:end]


class ActorResolver:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        # the lower-case words of the doc read last: the resolver reads one article at a time
        self._last_words: tuple[Doc | None, int, list[str]] = (None, 0, [])

    @classmethod
    def from_settings(cls, settings: Settings) -> ActorResolver:
        return cls(load_lexicon(settings.extra_actor_files))

    def _words(self, doc: Doc) -> list[str]:
        """`Token.lower_` of every token of `doc`, read once per article (a Token object per look-up
        costs more than the look-up)."""
        seen, length, words = self._last_words
        if seen is not doc or length != len(doc):  # the length: a doc retokenised since
            words = [token.lower_ for token in doc]
            self._last_words = (doc, len(doc), words)
        return words

    # --- one phrase -------------------------------------------------------------------------------

    def resolve_span(self, span: Span) -> list[Entity]:
        """The entities a phrase (noun chunk, subtree) refers to; [] when it names none."""
        if len(span) == 0 or not span.doc.has_annotation("DEP"):
            return []
        entities: list[Entity] = []
        for head in _span_heads(span):
            unit = _build_unit(head, span)
            reading = self.read_unit(unit, span.doc)
            entities.extend(reading.entities(unit.span(span.doc)))
        return unique_entities(entities)

    def resolve_token(self, token: Token) -> list[Entity]:
        """The entities of the phrase headed by `token` (no article memory)."""
        return self.resolve_span(token.doc[token.left_edge.i : token.right_edge.i + 1])

    def _name_head_key(self, head: Token, taken: set[int]) -> tuple[str, ...] | None:
        """The agent noun that heads a name ("the European COMMISSION", "the Supreme COURT"), by which a
        later mention ("the Commission") recalls it."""
        key = (head.lemma_.lower(),)
        return key if head.i in taken and key in self.lexicon.agents else None

    def read_unit(self, unit: _Unit, doc: Doc) -> Reading:
        positions = sorted(unit.priority)
        words = self._words(doc)
        children = list(unit.head.children)
        names = find_names(positions, words, doc, self.lexicon)
        if unit.head.lemma_.lower() in SEATED_BODIES:
            # "the Luxembourg-based court": where the body sits, not whose it is
            names = [m for m in names if not _seat_of(m, doc)]
        # states named as places anywhere in the phrase ("a post in Burkina Faso's Soum province") tell
        # the article where its news happens, even when they do not name the party
        place_codes = [m.entry.code for m in names if m.entry.code and m.entry.kind in HOME_KINDS]
        # ... and "in Brasilia", "in Peru" say where the news happens, for seats many states have
        located = [m.entry.code for m in names if m.entry.code and m.entry.kind in HOME_KINDS
                   and m.start > 0 and words[m.start - 1] == "in"]
        taken = {i for m in names for i in range(m.start, m.end)}
        agents = find_agents(positions, words, doc, self.lexicon, taken)
        head_agent = next((a for a in agents if a.start <= unit.head.i < a.end), None)
        if head_agent is None and _names_a_thing(unit.head, taken, self.lexicon):
            # A head noun the lexicon does not know: its own modifiers still place it ("Algerian
            # landowners", "Syrian territory"), names deep in its of/for-phrases do not ("contracts for
            # the purchase of Russian hardware"); an agent modifier gives a sector only to people
            # ("army servicemen"), not to things ("military cooperation")
            if unit.head.lemma_.lower() not in PLACE_HEADS:  # "provinces of Vietnam" keep Vietnam
                names = [m for m in names if _match_priority(m, unit) <= 1]
            people = _may_name_people(unit.head)
            agents = [a for a in agents if people and _span_priority(a.start, a.end, unit) <= 1]
        codes = self._codes(names, unit)
        # ... of the act itself, unless the phrase is a party of another state placed there ("seized power
        # in Niger", "the palace in Niamey"; not "the US commander in Iraq")
        acts_located = located if set(located) <= set(codes) or not codes else []
        country_named = any(m.entry.kind == COUNTRY and m.entry.code == (codes or [None])[0] for m in names)
        sector, deciding = self._sector(names, agents, head_agent, unit, codes)
        if sector is None and codes and "MNC" not in codes and any(m.entry.code == "MNC" for m in names):
            sector = "BUS"  # "Russia's Gazprom": a state's company
        title = head_agent or deciding  # "Defense Secretary Hussain": the title names the office
        if title is not None and title.key in LEADER_TITLES and len(codes) == 1:
            place_codes += [m.entry.code for m in names
                            if m.entry.kind == DEMONYM and m.entry.code == codes[0]]
        if not codes and title is not None and title.key in self.lexicon.agent_codes:
            codes = [self.lexicon.agent_codes[title.key]]  # "a human rights group" -> NGO
        person_key = self._person_key(unit, names, agents, children)
        return Reading(
            codes=codes,
            sector=sector,
            agent_key=title.key if title else None,
            person_key=person_key,
            body_keys=_bodies_titling(agents, title, doc, person_key),
            name_head_key=self._name_head_key(unit.head, taken),
            pronoun=unit.head.lower_ if unit.head.lower_ in PERSONAL_PRONOUNS else None,
            head_word=unit.head.lower_,
            singular=unit.head.tag_ in ("NN", "NNP"),
            named=any(m.entry.code is None for m in names),
            vague=any(m.entry.kind == REGION for m in names),
            country_named=country_named and len(codes) == 1,
            city_tokens=tuple(i for m in names if m.entry.kind in (CAPITAL, PLACE)
                              for i in range(m.start, m.end)),
            group_named=len(codes) == 1 and any(m.entry.kind in (GROUP, ORG) and m.entry.code == codes[0]
                                                for m in names),
            shared_seat=len(codes) == 1 and any(m.entry.shared and m.entry.code == codes[0] for m in names),
            place_codes=place_codes,
            located_codes=located,
            acts_located=acts_located,
            possessive=_possessive_pronoun(children),
            number=next((c.lower_ for c in children if c.lower_ in NUMBER_WORDS), None)
            or ("all" if any(c.lower_ == "all" for c in children) else _number_of_the_states(unit.head)),
            counted=any((c.dep_ == "nummod" and c.tag_ == "CD") or c.lower_ in QUANTIFIERS for c in children),
            sector_modifier=deciding is not None and head_agent is not None and deciding is not head_agent,
            definite=any(c.lower_ in DEFINITE_WORDS for c in children if c.dep_ in ("det", "poss")),
            indefinite=any(c.lower_ in ("a", "an") for c in children if c.dep_ == "det"),
        )

    def _codes(self, names: list[NameMatch], unit: _Unit) -> list[str]:
        other_side = _other_side_tokens(unit.head)
        coded = [m for m in names if m.entry.code is not None and m.start not in other_side]
        if not coded:
            return []
        rank = {id(m): (_match_priority(m, unit), abs(m.start - unit.head.i)) for m in coded}
        if unit.head.lemma_.lower() in ENVOY_HEADS:
            # "Syria's UN ambassador", "the US Syria envoy": the first name owns the envoy, the one next
            # to the head is the post's topic
            rank = {id(m): (_match_priority(m, unit), m.start) for m in coded}
        best = min(coded, key=lambda m: rank[id(m)])
        if best.entry.kind == DEMONYM and rank[id(best)][0] == 0:
            # "Bosnian Serbs", "Iraqi Kurds": people named by origin, placed by the state they live in
            placed = [m for m in coded if m is not best and m.entry.kind in PLACE_KINDS]
            best = min(placed, key=lambda m: rank[id(m)]) if placed else best
        if best.entry.shared:
            # "Peru's Congress", "the Brazilian Congress": the state named with a seat many states have
            owners = [m for m in coded if m is not best and m.entry.kind in PLACE_KINDS | HOME_KINDS]
            best = min(owners, key=lambda m: rank[id(m)]) if owners else best
        if _leads(best, unit.head.doc):
            # "the Russian-led Collective Security Treaty Organization": the body named, not its leader
            bodies = [m for m in coded if m is not best and m.entry.kind in (ORG, GROUP)]
            best = min(bodies, key=lambda m: rank[id(m)]) if bodies else best
        if best.entry.code == "MNC":
            # "Russia's Gazprom", "Chinese firm Huawei": a company named with its state is that state's
            owners = [m for m in coded if m is not best and m.entry.kind in (COUNTRY, DEMONYM)]
            best = min(owners, key=lambda m: rank[id(m)]) if owners else best
        chosen = [best]
        for match in coded:
            if match is not best and _coordinated(match, chosen, unit.head.doc):
                chosen.append(match)
        chosen.sort(key=lambda m: m.start)
        return list(dict.fromkeys(m.entry.code for m in chosen if m.entry.code))

    def _sector(self, names: list[NameMatch], agents: list[AgentMatch], head_agent: AgentMatch | None,
                unit: _Unit, codes: list[str]) -> tuple[str | None, AgentMatch | None]:
        """The sector, and the agent noun that decided it (None when a name or nothing did)."""
        head_is_generic = head_agent is not None and head_agent.key[-1] in self.lexicon.generic_heads
        if head_agent is not None and not head_is_generic:
            return head_agent.sector, head_agent
        others = [a for a in agents if a is not head_agent]
        specific = [a for a in others if a.key[-1] not in self.lexicon.generic_heads] or others
        if specific:
            best = min(specific, key=lambda a: (_span_priority(a.start, a.end, unit), -a.start))
            return best.sector, best
        with_sector = [m for m in names if m.entry.sector and (m.entry.code in codes or m.entry.code is None
                                                             or m.entry.shared)]
        groups = [m for m in with_sector if m.entry.kind in (GROUP, ORG)]
        if head_agent is not None and groups:  # "the leader of Hezbollah", "a Hamas spokesman": REB
            return min(groups, key=lambda m: _match_priority(m, unit)).entry.sector, head_agent
        if head_agent is not None:
            return head_agent.sector, head_agent
        if with_sector:
            best = min(with_sector, key=lambda m: _match_priority(m, unit))
            if best.entry.kind == CAPITAL and _modifies_common_noun(best, unit):
                return None, None  # "a London schoolgirl": of the city, not its government
            return best.entry.sector, None
        return None, None

    def _person_key(self, unit: _Unit, names: list[NameMatch], agents: list[AgentMatch],
                    children: list[Token]) -> str | None:
        """The surname of a person the phrase names ("Mian Hilal Hussain" -> "hussain").

        Any unmatched proper-noun head counts (the parser's entity labels for names are unreliable);
        the key is only used to recall a party that was resolved earlier under the same name.
        """
        candidates = [unit.head, *(c for c in children if c.dep_ == "appos")]
        for token in candidates:  # "the US envoy, John Bolton": the listed person in apposition
            if any(m.entry.kind == PERSON and m.start <= token.i < m.end for m in names):
                return token.lower_
        matched = {i for m in [*names, *agents] for i in range(m.start, m.end)}
        for token in candidates:
            if token.pos_ == "PROPN" and token.i not in matched:
                return token.lower_
        return None

    # --- a whole article --------------------------------------------------------------------------

    def find_mentions(self, doc: Doc) -> list[Mention]:
        """Every actor mention in the document, in text order, with within-article memory applied."""
        return self._read_article(doc)[0]

    def _read_article(self, doc: Doc) -> tuple[list[Mention], dict[int, str], dict[int, str]]:
        """The mentions, the state each sentence's news happens in (by the start token of the
        sentence), where the article has placed it (`ArticleMemory.news_state`), and the state it is
        placed in by a place named "in" it or before it (`ArticleMemory.located_state`)."""
        if not doc.has_annotation("DEP"):
            return [], {}, {}  # the resolver reads the dependency parse; an unparsed doc names no one
        units = self._article_units(doc)
        memory = ArticleMemory()
        mentions: list[Mention] = []
        history = SubjectHistory()
        objects_named: list[tuple[int, list[Entity]]] = []  # non-subject parties, for an object "it"
        groups_met: list[tuple[int, list[Entity]]] = []  # ... of two or more states, for an object "them"
        last_speaker: list[Entity] = []  # who last said, claimed or accused: "rejected the claim"
        found_at: dict[int, list[Entity]] = {}  # head token -> entities of its mention
        words = self._words(doc)
        readings = [self.read_unit(unit, doc) if self._may_name(unit, words) else None for _, unit in units]
        sentence_states: dict[int, set[str]] = defaultdict(set)  # states each sentence places news in
        quoted = {i for sentence in doc.sents for i in quoted_indices(sentence)}
        for (sentence, unit), reading in zip(units, readings, strict=True):
            if reading is not None:
                reading.sentence = sentence
                memory.home_codes.update((sentence, code) for code in reading.place_codes)
                if unit.head.i not in quoted:  # "removing our presence in Syria," he said: not where he is
                    memory.located_codes.update((sentence, code) for code in reading.located_codes)
                    sentence_states[sentence].update(reading.acts_located)
        for (sentence, unit), reading in zip(units, readings, strict=True):
            if unit.head.lower_ in THING_PRONOUNS:
                span = unit.span(doc)
                # a subject, or the target of a preposition ("fired at it"); an object pronoun more
                # often points to the object before it ("closed the border and reopened it")
                antecedent = history.antecedent(unit.head.lower_, sentence) if unit.head.dep_ in (
                    "nsubj", "nsubjpass", "pobj") else []
                if unit.head.lower_ == "them" and unit.head.dep_ in ("dobj", "obj"):
                    # "police fired tear gas to disperse them": a group named before, not the subject
                    # of the clause itself
                    antecedent = _last_object(groups_met, sentence) or history.antecedent(
                        "they", sentence, _clause_subjects(unit.head))
                if unit.head.lower_ == "it" and _object_position(unit.head):
                    # "holds the Russian Army in respect and considers it ...": the last party the
                    # sentence acted on
                    antecedent = _last_object(objects_named, sentence)
                entities = [_entity_as(e, span) for e in antecedent]
                if entities:
                    mentions.append(Mention(span, entities, unit.head, "memory"))
                continue
            if reading is None:
                continue  # names no one (`_may_name`)
            span = unit.span(doc)
            if reading.possessive in ("its", "their"):
                # "Armenia said its troops ...": the subject before it in the sentence, else the fitting
                # subject of the sentence before ("Armenia denied it. Its ministry said ...")
                owner = history.in_sentence(sentence)
                reading.owner = owner or history.antecedent(reading.possessive, sentence)
            elif reading.number and unit.head.dep_ not in SUBJECT_DEPS:
                reading.owner = history.in_sentence(sentence)  # "the EU urged both sides": not the EU
            entities, resolved_by = memory.resolve(reading, span)
            if reading.owner and not reading.codes and _singular_relation(unit.head):
                # "Kenya accused its neighbour": the other state last named, never the owner itself
                entities = [_entity_as(e, span) for e in _other_state(mentions, reading.owner)]
                resolved_by = "memory"
            if not any(e.code for e in entities) and (placed := _official_of_the_only_state(
                    reading, sentence_states[sentence])):
                # "... to reinstate President Mohamed Bazoum" in a sentence on Niger: Niger's, and so
                # is every later "Bazoum"
                entities, resolved_by = [replace(e, code=placed) for e in entities], "memory"
                memory.persons[reading.person_key] = [e for e in entities if e.code]  # type: ignore[index]
            if not any(e.code for e in entities) and (described := self._members_described(unit.head)):
                # "expelled 600 migrants, most of them Nigerien": of the state the description names
                entities = [replace(e, code=described) for e in entities] or [
                    Entity(described, reading.sector, span.text, span.start_char, span.end_char)]
            if reading.shared_seat and (home := memory.located_state(sentence)):
                entities = [replace(e, code=home) if e.code == reading.codes[0] else e for e in entities]
            if unit.head.lower_ in ("him", "her") and unit.head.dep_ in ("dobj", "obj", "dative", "pobj"):
                # an object "him" is never the subject of its own clause: "Xi praised him" is not Xi
                own = {e.code for i in _clause_subjects(unit.head) if _a_person(doc[i])
                       for e in found_at.get(i, [])}
                person = memory.person_other_than(own) if own else []
                if person:
                    entities, resolved_by = [_entity_as(e, span) for e in person], "memory"
            if unit.head.lower_ in ("he", "she") and unit.head.dep_ in SUBJECT_DEPS:
                subject = history.person_subject(sentence)
                if subject is not None:
                    entities, resolved_by = [_entity_as(e, span) for e in subject], "memory"
                    memory.last_person = entities  # "his" after it is the same person
            if not entities and last_speaker and _refers_to_a_statement(unit.head):
                # "The Indian army said ... . Islamabad rejected the claim": whose claim it was
                entities, resolved_by = [_entity_as(e, span) for e in last_speaker], "memory"
            found_at[unit.head.i] = entities
            if unit.head.dep_ == "conj" and any(e.code for e in entities):
                group = _coordinated_entities(unit.head, found_at)  # "Ghana and Togo"
                memory.note_group(list(dict.fromkeys(e.code for e in group if e.code)))
                if _coordination_root(unit.head).dep_ in SUBJECT_DEPS:
                    history.add(sentence, group, plural=True, person=False)
            if entities:
                vague = reading.vague and not any(e.code for e in entities)
                mentions.append(Mention(span, entities, unit.head, resolved_by, vague, reading.city_tokens))
                if unit.head.dep_ in SUBJECT_DEPS and unit.head.head.lemma_.lower() in STATING_LEMMAS \
                        and any(e.code for e in entities):
                    last_speaker = [e for e in entities if e.code]
                if unit.head.dep_ in SUBJECT_DEPS:
                    titled = _titled(unit.head)
                    history.add(sentence, entities, plural=unit.head.tag_ in ("NNS", "NNPS") and not titled,
                                person=names_a_person(reading) or titled, head=unit.head.i,
                                main=unit.head.head.dep_ == "ROOT")
                elif unit.head.dep_ in ("dobj", "obj", "pobj") and unit.head.tag_ not in ("NNS", "NNPS") \
                        and not names_a_person(reading):
                    objects_named.append((sentence, entities))
                elif unit.head.dep_ in ("dobj", "obj", "pobj") and len({e.code for e in entities}) > 1:
                    # "spoke with both ministers and urged them": the parties the sentence just met
                    groups_met.append((sentence, entities))
            elif unit.head.dep_ in SUBJECT_DEPS and reading.person_key:
                # "Morrison said he ...", Morrison met in no parse before: "he" is no one named earlier
                history.add(sentence, [], plural=False, person=True, head=unit.head.i,
                            main=unit.head.head.dep_ == "ROOT")
            elif unit.head.dep_ in ("dobj", "obj", "pobj") and (inner := self._inner_party(unit, doc)):
                objects_named.append((sentence, inner))  # "announced its withdrawal from ECOWAS, accusing it"
            if reading.person_key and not entities \
                    and (unit.head.dep_ in SUBJECT_DEPS or any(t.ent_type_ == "PERSON" for t in span)):
                memory.met_uncoded_person()  # "Navalny was arrested ... a court sentenced him"
        news = {sent.start: state for ordinal, sent in enumerate(doc.sents)
                if (state := memory.news_state(ordinal))}
        located = {sent.start: state for ordinal, sent in enumerate(doc.sents)
                   if (state := memory.located_state(ordinal))}
        return mentions, news, located

    def _members_described(self, head: Token) -> str | None:
        """The one state named right after ", most of them" (many, all) on a phrase of people."""
        doc, i = head.doc, head.i + 1
        if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in MOST_OF_THEM:
            return None
        start = i + 4 if doc[i + 2].lower_ == "of" and i + 3 < len(doc) and doc[i + 3].lower_ == "them" \
            else i + 2
        codes = {e.code for e in self.resolve_span(doc[start:min(start + 2, len(doc))])
                 if e.code and e.code not in NON_STATE_CODES}
        return codes.pop() if len(codes) == 1 else None

    def index(self, doc: Doc) -> MentionIndex:
        """find_mentions once, then cheap look-ups of any token or phrase of the article."""
        return MentionIndex(self, doc, *self._read_article(doc))

    def _inner_party(self, unit: _Unit, doc: Doc) -> list[Entity]:
        """The one body named inside an object phrase that names no party itself ("its withdrawal from
        ECOWAS"): what a later object "it" of the sentence may point back to."""
        sentence = unit.head.sent
        for token in reversed(sorted(unit.priority)):
            head = doc[token]
            if head.pos_ not in ("PROPN", "NOUN") or head.dep_ != "pobj" or head.tag_ in ("NNPS", "NNS"):
                continue  # "broadcasts of a French radio station, accusing IT": one body, named or not
            reading = self.read_unit(_build_unit(head, sentence), doc)
            if reading.codes and not names_a_person(reading):
                return [Entity(code=code, sector=reading.sector, entity_text=head.text, start=head.idx,
                               end=head.idx + len(head.text)) for code in reading.codes[:1]]
        return []

    def _may_name(self, unit: _Unit, words: list[str]) -> bool:
        """Whether reading the unit can matter for the article. A unit where no name or agent noun may
        start, with no proper noun that could be a surname and a head that recalls no one ("he", "the
        two countries", "the claim"), reads as no codes and no sector: the memory gives it no entities
        and learns nothing from it."""
        head = unit.head
        if words[head.i] in RECALLING_HEADS or _singular_relation(head):
            return True
        if any(may_start_match(i, words, self.lexicon) for i in unit.priority):
            return True
        return head.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)

    def _article_units(self, doc: Doc) -> list[tuple[int, _Unit]]:
        """(ordinal of the sentence, unit) of every nominal token that no other unit takes in (a modifier
        such as "Russian" in "Russian troops" is covered; one the parse leaves unattached, like a listed
        "Iraq", is not)."""
        heads = _phrase_head_indices(doc)
        breaks = _paragraph_break_indices(doc)
        units: list[tuple[int, _Unit]] = []
        for ordinal, sentence in enumerate(doc.sents):
            first, stop = bisect_left(heads, sentence.start), bisect_left(heads, sentence.end)
            if first < stop:
                paragraphs = bisect_left(breaks, sentence.start) < bisect_left(breaks, sentence.end)
                units += [(ordinal, _build_unit(doc[i], sentence, paragraphs)) for i in heads[first:stop]]
        unit_heads = {unit.head.i for _, unit in units}
        covered = {i for _, unit in units for i in unit.priority
                   if i != unit.head.i and i in unit_heads and _belongs_to(doc[i], unit)}
        return [(ordinal, unit) for ordinal, unit in units if unit.head.i not in covered]


def _belongs_to(token: Token, unit: _Unit) -> bool:
    """A word is part of a wider party's phrase unless it is a name that "for" leads to: in "a warrant for
    President Putin" Putin is a party of his own, in "the minister for Africa" or "a call for its
    forces" not."""
    if unit.priority[token.i] <= 1 or token.pos_ != "PROPN":
        return True
    while token.i != unit.head.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ == "for" and unit.head.ent_type_ != "PERSON" \
                and unit.head.lemma_.lower() not in PERSON_TITLES:
            return False
        token = token.head
    return True


class MentionIndex:
    """The mentions of one article, looked up by token; falls back to reading a phrase afresh."""

    def __init__(self, resolver: ActorResolver, doc: Doc, mentions: list[Mention],
                 news_states: dict[int, str] | None = None,
                 located_states: dict[int, str] | None = None) -> None:
        self.resolver = resolver
        self.doc = doc
        self.mentions = mentions
        self.news_states = news_states or {}  # sentence start -> the state its news happens in
        self.located_states = located_states or {}  # ... where a place named "in" it says so
        self._by_head = {m.head.i: m for m in mentions if m.head is not None}
        self._by_token: dict[int, Mention] = {}
        for mention in mentions:
            for i in range(mention.span.start, mention.span.end):
                self._by_token.setdefault(i, mention)
        # (head, limit start, limit end) -> entities of a phrase that is no mention: the coder asks
        # about the same phrases again and again
        self._read: dict[tuple[int, int, int], list[Entity]] = {}
        self._breaks: dict[tuple[int, int], bool] = {}  # (limit start, end) -> holds a paragraph break

    def mention_at(self, token: Token) -> Mention | None:
        return self._by_head.get(token.i) or self._by_token.get(token.i)

    def news_state(self, token: Token) -> str | None:
        """The state the news of the token's sentence happens in, if the article has placed it."""
        return self.news_states.get(token.sent.start)

    def located_state(self, token: Token) -> str | None:
        """The state the token's sentence, or the article before it, places its news in ("in Minsk")."""
        return self.located_states.get(token.sent.start)

    def names_region(self, head: Token) -> bool:
        """The phrase headed by `head` names a vague region or bloc ("the West", "Gulf states")."""
        mention = self._by_head.get(head.i)
        return mention is not None and mention.vague

    def names_city(self, token: Token) -> bool:
        """The token is part of the name of a city or region ("Vienna", "Afrin"), not of a state; a name
        that is no mention of its own ("the Paris attacks") is read afresh."""
        mention = self.mention_at(token)
        if mention is not None:
            return token.i in mention.city_tokens
        limit = token.sent
        bounds = (limit.start, limit.end)
        if bounds not in self._breaks:
            self._breaks[bounds] = _has_paragraph_break(limit)
        unit = _build_unit(token, limit, self._breaks[bounds])
        return token.i in self.resolver.read_unit(unit, self.doc).city_tokens

    def entities_for(self, target: Span | Token) -> list[Entity]:
        """Entities of a phrase given by its head token or its span; [] when it names no actor."""
        if isinstance(target, Token):
            heads, limit = _phrase_heads(target, target.sent), target.sent
        elif len(target) == 0:
            return []
        else:
            heads, limit = _span_heads(target), target
        entities: list[Entity] = []
        for head in heads:
            mention = self._by_head.get(head.i)
            if mention is not None:
                entities.extend(replace(e) for e in mention.entities)
                continue
            entities.extend(replace(e) for e in self._read_phrase(head, limit))
        return unique_entities(entities)

    def _read_phrase(self, head: Token, limit: Span) -> list[Entity]:
        key = (head.i, limit.start, limit.end)
        if key not in self._read:
            bounds = (limit.start, limit.end)
            if bounds not in self._breaks:
                self._breaks[bounds] = _has_paragraph_break(limit)
            unit = _build_unit(head, limit, self._breaks[bounds])
            self._read[key] = self.resolver.read_unit(unit, self.doc).entities(unit.span(self.doc))
        return self._read[key]


def _coordination_root(conjunct: Token) -> Token:
    first = conjunct
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return first


def _coordinated_entities(conjunct: Token, found_at: dict[int, list[Entity]]) -> list[Entity]:
    """Entities of a coordination read so far ("Ghana, Togo and Benin"), from its first conjunct on."""
    first = _coordination_root(conjunct)
    heads = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.i <= conjunct.i)]
    return unique_entities(e for t in heads for e in found_at.get(t.i, []) if e.code)


def _entity_as(entity: Entity, span: Span) -> Entity:
    """An earlier party's entity, pointed at the words of a later reference."""
    return Entity(entity.code, entity.sector, span.text, span.start_char, span.end_char)


def _names_a_thing(head: Token, in_names: set[int], lexicon: Lexicon) -> bool:
    """A common-noun head that is no agent noun: the phrase is about a thing, not a party.

    Heads that count or stand for people ("thousands of ...", "the head of ...") are no things.
    """
    if head.pos_ != "NOUN" or head.i in in_names:
        return False
    return head.lower_ not in QUANTITY_HEADS and head.lower_ not in lexicon.generic_heads


def _number_of_the_states(head: Token) -> str | None:
    """ "foreign ministers FROM THE THREE countries": the number of the states the people come from."""
    if head.lower_ not in PLURAL_COUNTRY_WORDS:
        return None
    states = [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
              for g in c.children if g.dep_ == "pobj" and g.lower_ in PLURAL_COUNTRY_WORDS]
    return next((n.lower_ for g in states for n in g.children if n.lower_ in NUMBER_WORDS), None)


def _possessive_pronoun(children: list[Token]) -> str | None:
    return next((c.lower_ for c in children if c.dep_ == "poss" and c.pos_ == "PRON"), None)


def _may_name_people(head: Token) -> bool:
    """Plural nouns and nouns with a suffix for people (-ist, -ian, -er, -man ...) may name a party."""
    return head.tag_ == "NNS" or head.lower_.endswith(PERSON_SUFFIXES)


def _closes_bracket(doc: Doc, start: int, end: int) -> bool:
    return doc[end - 1].text == ")" and "(" in doc[start : end - 1].text


# --- tree helpers ---------------------------------------------------------------------------------

def _ids(strings: Iterable[str]) -> np.ndarray:
    return np.array([get_string_id(s) for s in strings], dtype=np.uint64)


_NOMINAL_IDS = np.array([POS_IDS[pos] for pos in NOMINAL], dtype=np.uint64)
_NON_HEAD_DEP_IDS = _ids(NON_HEAD_DEPS)
_HEAD_PRONOUN_IDS = _ids(HEAD_PRONOUNS)


def _phrase_head_indices(doc: Doc) -> list[int]:
    """Tokens that head a phrase of their own: nominal, no determiner, case marker or number of another
    word, and no pronoun but a personal or "thing" one. Read from the doc's arrays, since a Token object
    for each word costs more than the test."""
    pos, dep, lower = doc.to_array([POS, DEP, LOWER]).T
    heads = np.isin(pos, _NOMINAL_IDS) & ~np.isin(dep, _NON_HEAD_DEP_IDS)
    heads &= (pos != POS_IDS["PRON"]) | np.isin(lower, _HEAD_PRONOUN_IDS)
    return np.flatnonzero(heads).tolist()


def _paragraph_break_indices(doc: Doc) -> list[int]:
    """Tokens holding a paragraph break, as `_has_paragraph_break` finds it in a span's text: the
    tokenizer keeps whitespace apart from words (but for the one space a word carries), so only
    whitespace tokens can hold one."""
    spaces = np.flatnonzero(doc.to_array(IS_SPACE)).tolist()
    return [i for i in spaces if "\n\n" in doc[i].text_with_ws]


def _span_heads(span: Span) -> list[Token]:
    """Phrase heads of a span; a span the parser split into several pieces gives each piece's heads."""
    roots = [t for t in span if not span.start <= t.head.i < span.end or t.head is t]
    roots = [t for t in roots if not t.is_punct] or [span.root]
    heads: dict[int, Token] = {}
    for root in roots:
        heads.update((h.i, h) for h in _phrase_heads(root, span))
    return [heads[i] for i in sorted(heads)]


def _phrase_heads(root: Token, limit: Span) -> list[Token]:
    """The head of each conjunct of the phrase at `root`, looking through prepositions ("by Russia")."""
    if root.pos_ in ("VERB", "AUX"):
        return []
    while root.pos_ == "ADP" or root.dep_ == "agent":
        objects = [c for c in root.children if c.dep_ in ("pobj", "pcomp")]
        if not objects:
            return []
        root = objects[0]
    heads = [root]
    queue = [root]
    while queue:
        token = queue.pop()
        for child in token.children:
            if child.dep_ == "conj" and limit.start <= child.i < limit.end and child.pos_ in NOMINAL:
                heads.append(child)
                queue.append(child)
    return sorted(heads, key=lambda t: t.i)


# bodies whose spokesman, leader or member a title may make someone ("junta spokesman X" is the junta's,
# "a Commission spokesman" the Commission's)
BODY_KEYS = frozenset({("junta",), ("government",), ("army",), ("military",), ("ministry",), ("opposition",),
                       ("party",), ("rebel",), ("militia",), ("regime",), ("administration",), ("cabinet",),
                       ("foreign", "ministry"), ("defence", "ministry"), ("defense", "ministry"),
                       ("commission",), ("court",), ("parliament",), ("council",), ("police",), ("navy",)})


def _bodies_titling(agents: list[AgentMatch], title: AgentMatch | None, doc: Doc,
                    person: str | None) -> tuple[tuple[str, ...], ...]:
    """Bodies a phrase's title names besides its own head: any for a named person ("junta spokesman
    Colonel X"), else only one written with a capital ("a Commission spokesman"; not "military
    prosecutors", whose "military" says what kind they are)."""
    return tuple(a.key for a in agents if a is not title and a.key in BODY_KEYS
                 and (person or (doc[a.start].is_title and not doc[a.start].is_sent_start)))


# bodies that a "<place>-based" modifier seats somewhere without making them that state's ("the
# Luxembourg-based court", "the Paris-based watchdog"); people ("a Dubai-based businessman") keep it
SEATED_BODIES = frozenset({"court", "tribunal", "watchdog", "group", "organisation", "organization", "agency",
                           "body", "monitor", "observatory", "institute", "centre", "center", "network",
                           "fund", "bank", "committee", "commission", "council", "federation", "union"})


def _seat_of(name: NameMatch, doc: Doc) -> bool:
    end = name.end
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based"


NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def _named_entity_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The token bounds of the named entity holding token i (or of the token alone): the parser may
    split a name the tagger kept whole ("Bashar al-Assad" parsed as four subjects), and a party's words
    are the whole name."""
    start, end = i, i + 1
    if doc[i].ent_type_ not in NAME_LABELS:
        return start, end
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if any(t.pos_ == "CCONJ" for t in doc[start:end]):
        return i, i + 1  # "Facebook and YouTube": the tagger's one name holds two parties
    return start, end


def _build_unit(head: Token, limit: Span, paragraphs: bool | None = None) -> _Unit:
    """The head and the dependents that belong to the party it names, each with its priority.
    `paragraphs`: whether `limit` holds a paragraph break, when the caller already knows."""
    priority = {head.i: 0}
    stack: list[tuple[Token, int]] = [(head, 0)]
    doc = head.doc
    start, end = limit.start, limit.end
    if paragraphs is None:
        paragraphs = _has_paragraph_break(limit)
    while stack:
        token, level = stack.pop()
        for child in token.children:
            i = child.i
            if not start <= i < end or i in priority:
                continue
            if paragraphs and _paragraph_break_between(doc, token.i, i):
                continue
            if child.dep_ == "prep":
                if child.lower_ not in KEPT_PREPOSITIONS:
                    continue
                child_level = max(level, 1) + 1
            elif _left_out(child, token is head) or apposition_past_its_verb(child):
                continue
            else:
                child_level = max(level, 1)
            priority[i] = child_level
            stack.append((child, child_level))
    return _Unit(head, priority)


# nouns of a relation between two parties: "Turkey's rival, Greece", "Assad's main backer, the Russian
# president", "Israel's enemies" are not of the state that owns the noun
RELATION_NOUNS = frozenset({"ally", "backer", "sponsor", "patron", "rival", "enemy", "foe", "adversary",
                            "neighbour", "neighbor", "partner", "proxy", "friend", "protector"})


# the other side of a story: "its neighbour" is the state it is at odds or at peace with; an ally or a
# backer is as often a third state as the one last named
OTHER_SIDE_NOUNS = frozenset({"neighbour", "neighbor", "rival", "enemy", "foe", "adversary"})


def _official_of_the_only_state(reading: Reading, states: set[str]) -> str | None:
    """The state of a named person with an official's title ("President X") whom no lexicon knows: the
    one state the sentence places its news in ("seized power in Niger"), not one it names as a party
    ("Kurti accused Belgrade")."""
    if not reading.person_key or reading.sector not in OFFICIAL_SECTORS or len(states) != 1:
        return None
    return next(iter(states))


def _singular_relation(head: Token) -> bool:
    return head.tag_ == "NN" and head.lemma_.lower() in OTHER_SIDE_NOUNS


def _other_state(mentions: list[Mention], owner: list[Entity]) -> list[Entity]:
    """The last party named before with one code besides the owner's: "its neighbour", "its rival"."""
    own = {e.code for e in owner}
    for mention in reversed(mentions):
        others = [e for e in mention.entities if e.code and e.code not in own]
        if len({e.code for e in others}) == 1:  # "Greece and Macedonia ...": Macedonia, for Greece
            return others[:1]
    return []


def _other_side_tokens(head: Token) -> set[int]:
    """Tokens of the owner of a relation noun ("TURKEY's rival", "an ally of IRAN"): the other side."""
    if head.lemma_.lower() not in RELATION_NOUNS:
        return set()
    owners = [c for c in head.children if c.dep_ == "poss"]
    owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return {t.i for owner in owners for t in owner.subtree}


def _has_paragraph_break(limit: Span) -> bool:
    return "\n\n" in limit.text  # a headline the parser ran into the first sentence


def _paragraph_break_between(doc: Doc, one: int, other: int) -> bool:
    return any("\n\n" in doc[i].text_with_ws for i in range(min(one, other), max(one, other)))


def apposition_past_its_verb(child: Token) -> bool:
    """An apposition the parse found past the verb of its noun ("Thousands ... rallied in Niamey, some
    waving Russian flags" read as "Thousands, flags"): no part of the party."""
    noun, verb = child.head, child.head.head
    return child.dep_ == "appos" and verb.pos_ in ("VERB", "AUX") and noun.i < verb.i < child.i


def _left_out(child: Token, of_head: bool) -> bool:
    """Dependents that are not part of the party a phrase names (clauses; the head's conjuncts)."""
    if of_head:
        return child.dep_ in LEFT_OUT_DEPS and child.text != ")"
    return child.dep_ in ("relcl", "acl", "advcl", "ccomp")


def _match_priority(match: NameMatch, unit: _Unit) -> int:
    return _span_priority(match.start, match.end, unit)


def _modifies_common_noun(match: NameMatch, unit: _Unit) -> bool:
    head = unit.head
    return head.pos_ == "NOUN" and not match.start <= head.i < match.end


def _span_priority(start: int, end: int, unit: _Unit) -> int:
    return min(unit.priority.get(i, 9) for i in range(start, end))


def _coordinated(match: NameMatch, chosen: list[NameMatch], doc: Doc) -> bool:
    """True when a name is joined by a conjunction to one already chosen ("Hungarian and Romanian")."""
    inside = {i for m in chosen for i in range(m.start, m.end)}
    if any(_joined_in_text(match, m, doc) for m in chosen):
        return True
    for i in range(match.start, match.end):
        token = doc[i]
        if token.dep_ == "conj" and token.head.i in inside:
            return True
        if any(c.dep_ == "conj" and c.i in inside for c in token.children):
            return True
        # "troops from Kazakhstan, Kyrgyzstan, Tajikistan and Russia": a list the parser began as an
        # apposition
        if token.dep_ == "appos" and token.head.i in inside and any(c.dep_ == "conj" for c in token.children):
            return True
        # "scores of Sierra Leonean and Liberian refugees": the name modifies a noun that the parser
        # coordinated with the chosen name
        modified = token.head
        if token.dep_ in ("amod", "compound", "nmod") and modified.dep_ == "conj" \
                and modified.head.i in inside:
            return True
    return False


def _joined_in_text(first: NameMatch, second: NameMatch, doc: Doc) -> bool:
    """Two names with nothing but "and" or "or" (and commas) between them, however the parser hung
    them ("the governments of Mali and Burkina Faso", read as one noun phrase)."""
    start, end = (first.end, second.start) if first.end <= second.start else (second.end, first.start)
    gap = [t.lower_ for t in doc[start:end]]
    return 0 < len(gap) <= 2 and set(gap) <= {",", "and", "or"} and bool(set(gap) & {"and", "or"})


def unique_entities(entities: Iterable[Entity]) -> list[Entity]:
    """Entities in order, each code and sector once."""
    seen: set[tuple[str | None, str | None]] = set()
    out = []
    for entity in entities:
        key = (entity.code, entity.sector)
        if key not in seen:
            seen.add(key)
            out.append(entity)
    return out


def _last_object(objects_named: list[tuple[int, list[Entity]]], sentence: int) -> list[Entity]:
    """The coded party of the latest non-subject mention of the same sentence, if it was coded."""
    if not objects_named or objects_named[-1][0] != sentence:
        return []
    return [e for e in objects_named[-1][1] if e.code]


def _object_position(pronoun: Token) -> bool:
    """An object, or the subject of a verbless clause that stands for one ("considers it an army")."""
    if pronoun.dep_ in ("dobj", "obj"):
        return True
    clause = pronoun.head
    return pronoun.dep_ == "nsubj" and clause.pos_ in ("NOUN", "ADJ") \
        and clause.dep_ in ("ccomp", "xcomp", "oprd")


def _titled(head: Token) -> bool:
    """ "Morales, Bolivia's first indigenous president, resigned": one person, named and titled (the
    tagger may read a name ending in -s as a plural noun)."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_TITLES for c in head.children)


def _a_person(token: Token) -> bool:
    """ "Xi", "the president", "she": a person (not "a Moscow court", which may sentence its own)."""
    return token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and not token.ent_type_) \
        or token.lower_ in ("he", "she") or (token.pos_ == "NOUN" and token.lemma_.lower() in PERSON_TITLES)


def _clause_subjects(token: Token) -> frozenset[int]:
    """Who cannot be "them": the subject of its clause, also when the clause borrows it from the verb it
    hangs on ("police fired tear gas to disperse them"). A subject above a clause with its own subject
    can ("Isis fighters fled to the desert, where the army hunts them")."""
    if speakers := reporting_subjects(token.head, STATING_LEMMAS):
        return frozenset(s.i for s in speakers)  # "said both sides ... and urged them": the speaker urges
    found: set[int] = set()
    verb = token.head
    for _ in range(6):
        subjects = [c.i for c in verb.children if c.dep_ in SUBJECT_DEPS]
        found.update(subjects)
        if subjects or verb.head is verb:
            break
        verb = verb.head
    return frozenset(found)


def _refers_to_a_statement(head: Token) -> bool:
    """ "the claim", "these allegations": a statement made before, with no owner or source of its own."""
    if head.lower_ not in STATEMENT_NOUNS or head.dep_ not in ("dobj", "obj", "pobj"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those", "such", "this", "that")
               for c in head.children):
        return False
    return not any(c.dep_ in ("poss", "acl", "relcl") or
                   (c.dep_ == "prep" and c.lower_ in ("of", "by", "from", "that", "about"))
                   for c in head.children if c.dep_ != "det")
