"""Actor and recipient of a trigger, read from the dependency parse of its sentence.

The functions here map a trigger to argument *phrases* (tokens heading noun phrases) and then to
PLOVER entities through an `EntityLookup` (mentions found by the actor resolver, with a fallback to
resolving the phrase directly).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from dotterel.actors.matching import ETHNIC_MARKERS
from dotterel.actors.resolver import (
    OFFICIAL_SECTORS,
    RELATION_NOUNS,
    ActorResolver,
    Mention,
    apposition_past_its_verb,
    unique_entities,
)
from dotterel.events import clauses
from dotterel.events.clauses import INTENT_NOUNS, RELATIVE_PRONOUNS, to_infinitive
from dotterel.events.reactions import REACTED_TO, reacts_to_an_act
from dotterel.events.triggers import (
    BEING_IN,
    BLAME_WORDS,
    CAUSING,
    DISPLACING,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    TAKEN_PART_IN,
    Trigger,
)
from dotterel.models import Entity
from dotterel.nlp.quotation import quoted_indices
from dotterel.nlp.reported import reporting_subjects

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "iobj", "dative", "obj", "attr", "oprd"})
# Children that open a new clause or a different phrase: their words do not name the argument itself.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "punct", "cc",
                         "conj", "prep", "appos", "mark", "dep", "npadvmod"})
# Prepositions inside a noun phrase that still say whose it is ("the president of France").
# Clauses inside such a phrase tell what happened to the owner, not whose it is ("the parents of a
# soldier WHO WAS ARRESTED IN TURKEY"); participles and purposes still may ("nationals DEPORTED FROM
# FRANCE", "a drive TO CONVINCE THE LITHUANIAN PARLIAMENT").
OWNER_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "parataxis"})
OWNER_PREPS = frozenset({"of", "from", "in", "at"})
DEFAULT_RECIPIENT_PREPS = ("with", "to", "against", "on", "at", "toward", "towards", "into", "upon",
                           "between", "among")
# Verbs whose subject carries out the event named by their object or complement ("held talks",
# "launched an attack", "agreed to meet"): the subject of the verb becomes the actor.
SUPPORT_VERBS = frozenset({
    "hold", "conduct", "launch", "carry", "stage", "engage", "sign", "make", "begin", "start", "continue",
    "resume", "impose", "issue", "deliver", "mount", "wage", "join", "take", "have", "give", "provide",
    "send", "offer", "extend", "announce", "order", "step", "intensify", "escalate", "lead", "organize",
    "organise", "perform", "undertake", "pursue", "open", "host", "attend", "participate", "sponsor",
    "ink", "conclude", "reach", "strike", "seal", "approve", "grant", "deploy", "commit", "unleash",
    "initiate", "call", "declare", "establish", "set", "pledge", "promise", "agree", "plan",
    "wield", "cast", "exercise", "use",  # "wielded its veto", "used force"
    "fight",  # "fought battles"
    # pace and completion of one's own act: "speeded up the withdrawal", "completed its pullout"
    "speed", "accelerate", "hasten", "complete", "finish", "finalise", "finalize", "expand", "widen",
    # motion towards an event: "returned to Geneva for talks", "gathered for a rally"
    "return", "come", "go", "travel", "arrive", "gather", "converge", "head", "fly", "assemble",
})
SPEECH_LEMMAS = frozenset({
    "say", "tell", "announce", "state", "add", "declare", "claim", "report", "write", "note", "insist",
    "explain", "warn", "stress", "emphasize", "emphasise", "confirm", "reiterate", "argue", "assert",
    "allege", "accuse", "charge", "complain", "suggest", "repeat", "urge", "call", "demand", "ask",
    "believe", "think", "hope", "want", "feel", "consider", "expect", "wish",
})
# Verbs by which a party makes the act it reports its own ("declared a truce to start at noon").
ANNOUNCING = frozenset({"announce", "declare", "proclaim", "order", "propose", "unveil", "offer", "promise",
                        "pledge", "decree"})
SPEAKER_ACTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"})
# Lemmas whose coordinated subject means the parties act together ("X and Y met").
SYMMETRIC_LEMMAS = frozenset({
    "meet", "agree", "clash", "talk", "negotiate", "cooperate", "sign", "fight", "discuss", "consult",
    "confer", "hold", "exchange", "conduct", "reconcile", "collaborate", "partner", "ally", "trade",
    "engage", "meeting", "talks", "agreement", "deal", "pact", "treaty", "exercise", "drill",
    "cooperation", "summit", "negotiation", "clashes",
})
PRONOUNS = frozenset({"i", "we", "us", "our", "my", "me", "ours", "it", "its", "they", "their", "them",
                      "he", "his", "she", "her"})
STATIVE_PARTICIPLES = frozenset({"oppose", "commit", "determine", "prepare", "interest", "resolve", "engage",
                                 "involve",
                                 "dedicate", "incline", "dispose", "set", "poise", "devote", "concern"})
RECEIVE_LEMMAS = frozenset({"receive", "get", "obtain", "gain", "win", "secure", "collect"})
# Verbs whose object is a guest: in a visit the guest acts and the host is the recipient.
HOST_LEMMAS = frozenset({"host", "receive", "welcome", "entertain"})
# Verbs whose object does what their complement says: "urged Iran to stop", "prompting Israel to recall".
OBJECT_CONTROL = CAUSING | frozenset({"urge", "ask", "order", "call", "tell", "help", "allow", "invite",
                                      "persuade", "encourage"})
# Texts a party issues: "passed a resolution calling for ...", "a statement condemning ..." — the
# participle says what the issuer does.
MESSAGE_NOUNS = SPEECH_NOUNS | frozenset({
    "resolution", "bill", "report", "speech", "motion", "decree", "petition", "tweet", "post", "video",
    "interview", "memo", "notice", "ultimatum", "communiqué", "proposal", "draft", "law", "order",
})


@dataclass
class Arguments:
    actors: list[Entity] = field(default_factory=list)
    recipients: list[Entity] = field(default_factory=list)
    reciprocal: bool = False
    actor_tokens: list[Token] = field(default_factory=list)  # heads of the actor phrases


class EntityLookup:
    """Entities named by a phrase: mentions from the resolver first, then the resolver on the phrase."""

    def __init__(self, doc: Doc, mentions: Iterable[Mention], resolve_span: Callable[[Span], list[Entity]]):
        self.doc = doc
        self.resolve_span = resolve_span
        self.by_token: dict[int, Mention] = {}
        for mention in mentions:
            if not any(e.code for e in mention.entities):
                continue
            for i in range(mention.span.start, mention.span.end):
                self.by_token.setdefault(i, mention)
        self._span_cache: dict[tuple[int, int], list[Entity]] = {}
        self._head_cache: dict[int, list[Entity]] = {}
        self.index: Any = None  # the resolver's per-article mention index, when it offers one

    @classmethod
    def from_resolver(cls, doc: Doc, resolver: ActorResolver) -> EntityLookup:
        index_of = getattr(resolver, "index", None)
        if index_of is None:
            return cls(doc, resolver.find_mentions(doc), resolver.resolve_span)
        index = index_of(doc)
        lookup = cls(doc, index.mentions, resolver.resolve_span)
        lookup.index = index
        return lookup

    def entities_of(self, head: Token) -> list[Entity]:
        """Entities of the noun phrase headed by `head`, each conjunct included."""
        if head.i not in self._head_cache:
            self._head_cache[head.i] = self._entities_of(head)
        return list(self._head_cache[head.i])

    def _entities_of(self, head: Token) -> list[Entity]:
        found: list[Entity] = []
        if self.index is not None:
            found = [e for e in self.index.entities_for(head) if e.code]
        if not found:
            for conjunct in [head, *_conjuncts(head)]:
                found.extend(self._phrase_entities(conjunct))
        listed = _listed_appositions(head)  # "the US, Russia, and Switzerland" parsed as appositions
        if listed:
            found.extend(e for e in self.resolve_span(self.doc[head.i:head.i + 1]) if e.code)
        for item in listed:
            found.extend(self.entities_of(item))
        if _refers_to_a_body(head) and not any(_spans(e, head) for e in found):
            # "from the bloc and the United States": the conjunct's code is not the bloc's
            found = self._body_named_before(head) + found
        if not found:  # "several European countries, including France and Germany": the members named
            found = [e for member in _listed_members(head) for e in self.entities_of(member)]
        return unique_entities(found)

    def _body_named_before(self, head: Token) -> list[Entity]:
        """ "withdrew from ECOWAS, accusing THE BLOC of ...", "... Kiribati quit THE 18-MEMBER FORUM": the
        latest organisation named before the reference, in its sentence or the BODY_REACH before."""
        start = max(head.sent.start - 1, 0)
        first = head.doc[start].sent.start if start < head.sent.start else head.sent.start
        for _ in range(BODY_REACH - 1):
            if first > 0:
                first = head.doc[first - 1].sent.start
        for token in reversed(head.doc[first: head.i]):
            if token.pos_ in ("PROPN", "NOUN") and token.dep_ in ("pobj", "dobj", "nsubj", "appos"):
                bodies = [e for e in self.entities_of(token) if e.code in BODY_CODES]
                if bodies:
                    return bodies
        return []

    def news_state(self, token: Token) -> str | None:
        """The state the news of the token's sentence happens in, where the article has placed it."""
        return self.index.news_state(token) if self.index is not None else None

    def recalled(self, head: Token) -> bool:
        """The phrase took its code from an earlier mention ("the armed forces"), not from its own words."""
        mention = self.index.mention_at(head) if self.index is not None else None
        return mention is not None and mention.resolved_by == "memory"

    def located_state(self, token: Token) -> str | None:
        """The state a place named "in" the token's sentence, or before it, puts the news in."""
        return self.index.located_state(token) if self.index is not None else None

    def uncoded_entities(self, head: Token) -> list[Entity]:
        """Entities the phrase names by sector only ("the rebels", "students"), code None."""
        if self.index is not None:
            found = self.index.entities_for(head)
        else:
            core = _core_tokens(head)
            start, end = min(t.i for t in core), max(t.i for t in core) + 1
            found = self.resolve_span(self.doc[start:end])
        return [e for e in found if not e.code and e.sector]

    def names_city(self, token: Token) -> bool:
        """ "Vienna", "Afrin": a city or region by its name, which places an act but does not do it."""
        check = getattr(self.index, "names_city", None)
        return bool(check and check(token))

    def names_region(self, head: Token) -> bool:
        """ "the international community", "Western diplomats": no code may be guessed for them."""
        check = getattr(self.index, "names_region", None)
        return bool(check and check(head))

    def _phrase_entities(self, head: Token) -> list[Entity]:
        core = _core_tokens(head)
        found = self._mentioned(core)
        if not found:
            found = self._resolved(core)
        if not found:
            wider: list[Token] = []
            for child in head.children:
                if child.dep_ == "appos" and not apposition_past_its_verb(child):
                    wider.extend(child.subtree)
                elif child.dep_ == "prep" and child.lower_ in OWNER_PREPS:
                    wider.extend(_owner_phrase_tokens(child))
            found = self._mentioned(wider)
        if not found and head.dep_ in ("nsubj", "nsubjpass"):
            # a subject "opponents of Rwanda's senate" acts for the owner's country (not so "in
            # defiance of X", where X is no party to the act)
            owners = [g for child in head.children if child.dep_ == "prep" and child.lower_ in OWNER_PREPS
                      for g in child.children if g.dep_ == "pobj"]
            cores = [_core_tokens(owner) for owner in owners]
            found = [e for core in cores for e in (self._mentioned(core) or self._resolved(core)) if e.code]
        return found

    def _mentioned(self, tokens: Iterable[Token]) -> list[Entity]:
        seen: list[int] = []
        found: list[Entity] = []
        for tok in sorted(tokens, key=lambda t: t.i):
            mention = self.by_token.get(tok.i)
            if mention is not None and id(mention) not in seen:
                seen.append(id(mention))
                found.extend(mention.entities)
        return found

    def _resolved(self, tokens: list[Token]) -> list[Entity]:
        if not tokens:
            return []
        start, end = min(t.i for t in tokens), max(t.i for t in tokens) + 1
        key = (start, end)
        if key not in self._span_cache:
            self._span_cache[key] = [e for e in self.resolve_span(self.doc[start:end]) if e.code]
        return self._span_cache[key]


MEMBER_PREPS = frozenset({"including", "like"})


def _listed_members(head: Token) -> list[Token]:
    """The members a group phrase lists: "countries, INCLUDING France", "states SUCH AS Chad"."""
    preps = [c for c in head.children if c.dep_ == "prep" and (
        c.lower_ in MEMBER_PREPS or (c.lower_ == "as" and any(g.lower_ == "such" for g in c.children)))]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


PROTEST_NOUNS = frozenset({"protest", "opposition", "defiance"})
PROTESTED_PREPS = frozenset({"against", "at", "over", "to"})


def _protest_targets(act: Token) -> list[Token]:
    """What an act done "in protest against X" (at, over X) is aimed at: X; and whom the protesters
    demand something of ("blocked the border with Ukraine, demanding that WARSAW halt imports")."""
    against = [target for prep in act.children if prep.dep_ == "prep" and prep.lower_ == "in"
               for noun in prep.children if noun.dep_ == "pobj" and noun.lemma_.lower() in PROTEST_NOUNS
               for inner in noun.children if inner.dep_ == "prep" and inner.lower_ in PROTESTED_PREPS
               for target in inner.children if target.dep_ == "pobj"]
    demands = [d for d in act.children
               if d.dep_ == "advcl" and d.tag_ == "VBG" and d.lemma_.lower() in DEMANDING]
    # "rallied in Tehran, chanting slogans AGAINST the United States"
    against += [target for cry in act.children if cry.dep_ == "advcl" and cry.tag_ == "VBG"
                and cry.lemma_.lower() in CRYING for words in cry.children if words.dep_ == "dobj"
                for inner in words.children if inner.dep_ == "prep" and inner.lower_ == "against"
                for target in inner.children if target.dep_ == "pobj"]
    # a chant against a state: "chanting 'Down with France'", "'Death to America'"
    against += [target for tok in act.sent if tok.lower_ in ("with", "to") and tok.i > act.sent.start
                and tok.nbor(-1).text in SLOGAN_HEADS.get(tok.lower_, ())
                for target in tok.children if target.dep_ == "pobj"]
    return against or [who for demand in demands for clause in demand.children for who in clause.children
                       if (clause.dep_ == "ccomp" and who.dep_ in ("nsubj", "nsubjpass"))
                       or (clause.dep_ == "dobj" and _marked_that(clause) and who.dep_ == "compound"
                           and who.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"))]


def _marked_that(noun: Token) -> bool:
    """ "demanding that Warsaw halt imports" misread as one noun phrase: the clause's mark is still there."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in noun.children)


DEMANDING = frozenset({"demand", "urge", "insist"})
SLOGAN_HEADS = {"with": ("Down", "DOWN"), "to": ("Death", "DEATH")}
CRYING = frozenset({"chant", "shout", "sing", "carry", "wave", "hold", "brandish", "raise", "scrawl"})


def _owner_phrase_tokens(prep: Token) -> list[Token]:
    """The words of an owner phrase, without any border inside it ("part of a stronghold on the Thai
    border" is no part of Thailand) and without its clauses ("the parents of a soldier who was arrested
    in Turkey" are not Turkey's)."""
    left_out = [t for t in prep.subtree if (t.lemma_.lower() in BORDER_WORDS and t.dep_ == "pobj")
                or (t.dep_ in OWNER_CLAUSE_DEPS and not to_infinitive(t))]
    inside = {w.i for t in left_out for w in t.subtree}
    return [t for t in prep.subtree if t.i not in inside]


# "the bloc", "the alliance": a reference back to an organisation, not a party of its own
BODY_WORDS = frozenset({"bloc", "alliance", "organisation", "organization", "union", "body", "grouping",
                        "community", "forum", "council", "court", "agency"})
BODY_CODES = frozenset({"IGO", "UNO", "EUR", "NGO"})


BODY_REACH = 2  # sentences before the reference's own


def _refers_to_a_body(head: Token) -> bool:
    """ "the bloc", "the 18-member forum"; not "the African Union" or "the Arab bloc", which name one."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    named = any(c.dep_ in ("amod", "compound") and (c.pos_ == "PROPN" or c.ent_type_) for c in head.children)
    return head.lemma_.lower() in BODY_WORDS and definite and not named


def _spans(entity: Entity, token: Token) -> bool:
    """The entity's words cover the token."""
    return entity.start is not None and entity.end is not None and entity.start <= token.idx < entity.end


def _conjuncts(head: Token) -> list[Token]:
    out: list[Token] = []
    for child in head.children:
        if child.dep_ == "conj" and child.pos_ in ("PROPN", "NOUN", "PRON", "ADJ", "NUM"):
            out.append(child)
            out.extend(_conjuncts(child))
    return out


def _listed_appositions(head: Token) -> list[Token]:
    return [c for c in head.children if c.dep_ == "appos" and head.pos_ == "PROPN" and c.pos_ == "PROPN"
            and any(g.dep_ == "conj" for g in c.children)]


def lemma_in(tok: Token, words: frozenset[str]) -> bool:
    """Lemma or word form in `words`, tolerant of lemmatizer slips ("staged" -> "stag")."""
    lower = tok.lower_
    candidates = {tok.lemma_.lower(), lower}
    for suffix in ("ed", "d", "es", "s", "ing"):
        if lower.endswith(suffix):
            candidates.add(lower[: -len(suffix)])
    if lower.startswith("re") and len(lower) > 5:  # "reimposed" is "imposed" again
        candidates |= {c[2:] for c in candidates if c.startswith("re")}
    return not candidates.isdisjoint(words)


def _core_tokens(head: Token) -> list[Token]:
    """The head and its modifiers, without clauses, conjuncts or prepositional phrases."""
    out = [head]
    for child in head.children:
        if child.dep_ not in CLAUSE_DEPS:
            out.extend(_core_tokens(child))
    return out


# --- finding the argument phrases ---------------------------------------------------------------

def is_verbal(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


def clause_verb(trigger_head: Token) -> Token:
    """The verb whose clause carries a trigger: the head itself, or the verb governing a nominal trigger.

    Climbs "held [talks]", "engaged in [drills]", "signed a [cooperation] agreement".
    """
    tok = trigger_head
    for _ in range(6):
        if is_verbal(tok) and tok.dep_ not in ("amod", "compound"):
            return tok
        if tok.dep_ in ("dobj", "obj", "attr", "oprd", "pobj", "prep", "compound", "amod", "nmod", "appos",
                        "conj", "npadvmod", "pcomp") and tok.head != tok:
            if tok.dep_ == "conj" and not is_verbal(tok.head):
                tok = tok.head
                continue
            tok = tok.head
            continue
        break
    return tok


def _subject_children(verb: Token) -> tuple[list[Token], list[Token]]:
    """Active subjects and passive subjects among a verb's children (auxiliaries' too)."""
    active = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.dep_ != "expl"]
    passive = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    return active, passive


def _agents(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


# Prepositions whose gerund tells how or when the main clause's subject acted ("BY attacking ...,
# Turkey angered Washington", "AFTER meeting Xi, Putin said"), unlike "accused X OF attacking".
ADVERBIAL_PREPS = frozenset({"by", "after", "before", "while", "without", "despite", "upon", "on", "in",
                             "through", "since", "besides"})


def verb_actor_tokens(verb: Token, depth: int = 0) -> list[Token]:
    """Heads of the phrases that do what `verb` says, following control, coordination and relatives."""
    if depth > 5:
        return []
    if _fell_fighting(verb):
        return []  # "Britons killed fighting Isis": the Britons were killed
    active, passive = _subject_children(verb)
    if passive and lemma_in(verb, STATIVE_PARTICIPLES) and not _agents(verb):
        return passive  # "Israel is opposed to ...", "Vietnam is committed to ...": a stance, not a passive
    if passive or any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return _agents(verb)
    shared = _shared_agents(verb)
    if shared:
        return shared  # "TRAINED and equipped by the US": the agent of the later participle
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.dep_ in ("ROOT", "nsubj") \
            and any(c.dep_ == "dobj" for c in verb.children) and not _agents(verb):
        # a past tense read as a participle: "Kenya's cabinet approved the plan", also before ", X said"
        return [verb.head]
    if verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not active:
        return []  # "Asked about ..., the minister said": the participle's patient is the subject
    if active:
        subject = active[0]
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return [verb.head]
        if _destination_read_as_subject(verb, subject):
            return verb_actor_tokens(verb.head, depth + 1)
        if depth == 0 and lemma_in(subject, MESSAGE_NOUNS):  # "a statement by the ministry condemned"
            return _message_sources(subject) or [subject]
        if subject.lemma_.lower() in WEAPON_NOUNS:  # "drones launched by the RSF struck ...": who fired
            launchers = [a for c in subject.children if c.dep_ == "acl" for a in _agents(c)]
            if launchers:
                return launchers
        return [subject]
    if verb.dep_ == "acomp" and verb.head != verb:  # "Norway is opposed to ...": the copula's subject
        return verb_actor_tokens(verb.head, depth + 1)
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ("let", "help", "make"):
        return verb_actor_tokens(verb.head, depth + 1)  # "Ethiopia let free 74 leaders"
    if speakers := reporting_subjects(verb, SPEECH_VERBS):
        return speakers  # "said both sides had disengaged and encouraged them to talk": the speaker
    if verb.dep_ == "conj" and verb.head != verb and _is_passive(verb.head):
        return [c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if verb.dep_ == "conj" and not _coordinated(verb):
        return []  # a "conj" with no conjunction anywhere is usually a misparse of a new clause
    if verb.dep_ in ("xcomp", "advcl") and verb.head != verb and _is_passive(verb.head):
        # "the force raised by Washington to fight Isis": the force fights, not Washington
        subjects = [c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if subjects:
            return subjects
        return [verb.head.head] if verb.head.dep_ == "acl" else []
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and (speakers := _parenthetical_speakers(verb)):
        return speakers
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and verb.head != verb:
        governor = verb.head
        if verb.dep_ == "pcomp" and governor.lower_ not in ADVERBIAL_PREPS:
            # "accused Israel of attacking": the object of accuse attacks; but "by attacking the
            # Kurds, Turkey angered Washington": Turkey attacks
            governor = governor.head if governor.dep_ == "prep" else governor
            objects = [c for c in governor.children if c.dep_ in ("dobj", "obj")]
            if objects:
                return objects
        if governor.dep_ == "prep":
            governor = governor.head
        if governor.dep_ in ("acomp", "oprd") and governor.pos_ == "ADJ":
            governor = governor.head  # "Syria is willing to withdraw": the subject of "is"
        if verb.dep_ == "xcomp":
            objects = [c for c in governor.children if c.dep_ in ("dobj", "obj")]
            if objects and governor.lemma_ in OBJECT_CONTROL:
                return objects
        if is_verbal(governor) or governor.pos_ == "NOUN":
            return verb_actor_tokens(governor, depth + 1) if is_verbal(governor) else []
    if verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.pos_ == "NOUN" and to_infinitive(verb) \
            and lemma_in(verb.head, RESOLVE_NOUNS):
        return noun_actor_tokens(verb.head)  # "the US decision TO REIMPOSE sanctions": the US's act
    if verb.dep_ in ("acl", "relcl") and verb.tag_ in ("VBN", "VBG"):
        # "troops deployed by Russia", "the group fighting the army"; "trained and equipped by the US":
        # the agent the parser hangs on the last conjunct is shared
        agents = _agents(verb) or [a for c in verb.conjuncts if c.tag_ == "VBN" for a in _agents(c)]
        if agents:
            return agents
        if verb.tag_ == "VBG":
            return _issuers(verb.head, depth) if lemma_in(verb.head, MESSAGE_NOUNS) else [verb.head]
    return []


KILLING_LEMMAS = frozenset({"kill", "wound", "injure"})
# nouns whose owner does (or means to do) what their infinitive says: "Trump's decision to withdraw"
RESOLVE_NOUNS = INTENT_NOUNS | {"move"}


def _fell_fighting(verb: Token) -> bool:
    """ "Other Britons killed fighting Isis include ...", "soldiers wounded battling the rebels": a
    participle the parser reads as a past tense, with no object, whose subject fell fighting someone."""
    return lemma_in(verb, KILLING_LEMMAS) and verb.tag_ in ("VBD", "VBN") \
        and not any(c.dep_ in ("dobj", "obj", "aux", "auxpass", "agent") for c in verb.children) \
        and any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in FIGHTING_LEMMAS
                for c in verb.children)


def _shared_agents(verb: Token) -> list[Token]:
    """A bare participle coordinated with a later one that has an agent shares it."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "advcl") or any(
            c.dep_ in ("aux", "agent") for c in verb.children):
        return []
    return [a for c in verb.conjuncts if c.tag_ == "VBN" and c.i > verb.i for a in _agents(c)]


def _owners_not_venues(noun: Token, lookup: EntityLookup) -> list[Token]:
    """Who owns an event noun; "the Vienna talks", "the Afrin offensive": a city or region before
    it is where it happens, not who does it."""
    return [t for t in noun_actor_tokens(noun)
            if not (t.dep_ in ("compound", "nmod", "amod") and lookup.names_city(t))]


def _act_owners(subject: Token, lookup: EntityLookup) -> list[Token]:
    """ "The Afrin offensive killed hundreds": an act of force as the subject is done by its owner,
    not by the place its name carries; "fighting between the army and the RSF forced thousands to flee":
    by the parties it names."""
    parties = between_tokens(subject)
    if parties:
        return parties
    if subject.lemma_.lower() not in FORCE_NOUNS:
        return [subject]
    placed = any(c.dep_ in ("compound", "nmod", "amod") and lookup.names_city(c) for c in subject.children)
    owners = _owners_not_venues(subject, lookup)
    return owners if owners or placed else [subject]  # "an attack BY militants on a prison killed 20"


def _actor_phrase(actor: Token, event: Token) -> list[Token]:
    """The actor's phrase, less the clause that tells the event itself: in "the militant, who left to
    join Isis, ...", Isis is the party joined, not part of who joined."""
    telling = [c for c in actor.children if c.dep_ in ("relcl", "acl") and event in c.subtree]
    # "Thousands ... rallied, some waving flags and chanting 'Down with France'": past the verb, no part
    telling += [c for c in actor.children if apposition_past_its_verb(c)]
    inside = {t.i for clause in telling for t in clause.subtree}
    return [t for t in actor.subtree if t.i not in inside]


MOTION_LEMMAS = frozenset({"leave", "head", "depart", "set", "sail", "fly", "travel", "bind"})


def _destination_read_as_subject(verb: Token, subject: Token) -> bool:
    """ "left for Syria to join Isis": the parser reads "for Syria to join" as a clause with Syria as its
    subject; after a verb of going, "for" names where to, and whoever went does the joining."""
    marked = any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
    return marked and verb.dep_ == "advcl" and subject.ent_type_ in ("GPE", "LOC") \
        and verb.head.lemma_.lower() in MOTION_LEMMAS


def _message_sources(message: Token) -> list[Token]:
    """Who speaks through a text that is a subject: "Iran's statement", "a letter from Cairo", "a report
    issued by the ministry", "a report released in the Rwandan capital" (a capital speaks for its state)."""
    sources = noun_actor_tokens(message)
    sources += [g for c in message.children if c.dep_ == "prep" and c.lower_ == "from"
                for g in c.children if g.dep_ == "pobj"]
    for clause in (c for c in message.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        sources += _agents(clause) or [g for c in clause.children if c.dep_ == "prep" and c.lower_ == "in"
                                       for g in c.children if g.dep_ == "pobj" and _names_a_seat(g)]
    return sources


def _names_a_seat(place: Token) -> bool:
    """ "the Rwandan capital", "Kigali": a seat of government, which speaks for its state."""
    return place.lemma_.lower() == "capital" or place.ent_type_ == "GPE"


def _issuers(message: Token, depth: int) -> list[Token]:
    """Who issued a text: its owner ("Iran's statement", "a letter from Egypt") or the subject of the
    verb that issued it ("the ministry issued a statement", "the ministry said in a statement")."""
    owners = noun_actor_tokens(message)
    if owners:
        return owners
    if message.dep_ in ("dobj", "obj") and is_verbal(message.head):
        return verb_actor_tokens(message.head, depth + 1)
    if message.dep_ == "pobj" and message.head.lower_ in ("in", "through") and is_verbal(message.head.head):
        return verb_actor_tokens(message.head.head, depth + 1)  # "X said in a statement condemning ..."
    return []


def noun_actor_tokens(noun: Token) -> list[Token]:
    """Owner of a nominal trigger: "Iran's attack", "Russian strikes", "an attack by rebels"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her"):
            return [child]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return [g for g in child.children if g.dep_ == "pobj"]
    # "an attack on an army base by militants": the parser hangs the agent on the target
    for target in (g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
                   for g in c.children if g.dep_ == "pobj"):
        agents = [g for c in target.children if c.dep_ == "prep" and c.lower_ == "by"
                  for g in c.children if g.dep_ == "pobj"]
        if agents and noun.lemma_.lower() in FORCE_NOUNS:
            return agents
    owners = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
              and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN") and c.i < noun.i]
    if not owners and noun.lemma_.lower() in OCCASION_NOUNS and noun.dep_ == "pobj" \
            and noun.head.lower_ in OCCASION_PREPS and is_verbal(noun.head.head):
        return verb_actor_tokens(noun.head.head)  # "pledged support DURING A VISIT": the one pledging
    return owners[:1]


# "signed the deal during a visit to Hanoi": who acts in the clause is the one visiting
OCCASION_NOUNS = frozenset({"visit", "trip", "tour"})
OCCASION_PREPS = frozenset({"during", "on", "at"})


def between_tokens(noun: Token) -> list[Token]:
    """Parties of "talks between X and Y" / "clashes among ...", also when the parser hangs the phrase
    on the verb the noun is the subject of ("fighting erupted in Khartoum between X and Y")."""
    holders = [noun]
    if noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and not any(
            c.dep_ in ("dobj", "obj") for c in noun.head.children):
        holders.append(noun.head)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in ("between", "among", "amongst"):
                return [g for g in child.children if g.dep_ == "pobj"]
    return []


def recipient_tokens(trigger: Trigger, verb: Token) -> list[Token]:
    head = trigger.head
    preps = frozenset(trigger.recipient_preps) | frozenset(DEFAULT_RECIPIENT_PREPS)
    if trigger.category in ("CONSULT", "COOPERATE"):  # "talks on X", "shared intelligence on X": the topic
        preps -= frozenset({"on"}) - frozenset(trigger.recipient_preps)
    out: list[Token] = []
    trigger_ids = {t.i for t in trigger.tokens} | {head.i}

    def from_preps(tok: Token, skip: frozenset[str] = frozenset()) -> None:
        for child in tok.children:
            # a preposition that is part of the trigger ("withdrew from", "met with") introduces its party
            if child.dep_ in ("prep", "dative") and (child.lower_ in preps or child.i in trigger_ids) \
                    and child.lower_ not in skip:
                out.extend(o for o in _prep_objects(child) or _stranded_object(child)
                           if not _helped_by(o) and o.lemma_.lower() not in BORDER_WORDS)

    if is_verbal(head):
        fell = _fell_fighting(head)
        passive = fell or any(c.dep_ in ("auxpass",) for c in head.children) or any(
            c.dep_ in PASSIVE_SUBJECT_DEPS for c in head.children)
        if passive:
            subjects = [c for c in head.children
                        if c.dep_ in PASSIVE_SUBJECT_DEPS or (fell and c.dep_ == "nsubj")]
            if head.dep_ == "relcl":  # "Meng Wanzhou, who was arrested in Vancouver": the one arrested
                subjects = [head.head if c.lower_ in RELATIVE_PRONOUNS else c for c in subjects]
            out.extend(subjects)
            for subject in subjects:  # "evidence against X was presented"
                if subject.pos_ == "NOUN":
                    from_preps(subject)
        else:
            objects = [c for c in head.children if c.dep_ in OBJECT_DEPS - {"attr", "oprd"}
                       and c.i not in trigger_ids and not _misparsed_speaker(c) and not _fired(head, c)]
            if head.dep_ == "relcl":  # "the YPG, WHICH Turkey attacked": the noun the clause is on
                objects = [head.head if c.lower_ in RELATIVE_PRONOUNS else c for c in objects]
            objects += _small_clause_objects(head)
            destinations = [c for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                            and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)]
            if not (destinations and objects and all(o.pos_ == "NOUN" for o in objects)):
                out.extend(objects)  # "extradited a suspect to X": the common-noun object is what moves
            out.extend(_subject_act_targets(head))
        # "condemned the Israeli strike on a school": the target belongs to the owned act (the parser
        # often hangs its "on" on the verb), not to the condemning
        owned_act = any(_named_owner(obj) for obj in head.children if obj.dep_ in ("dobj", "obj")
                        and obj.i not in trigger_ids and obj.pos_ == "NOUN")
        from_preps(head, ACT_TARGET_PREPS if owned_act and not passive else frozenset())
        # "held talks with X", "signed a pact with X": the object's own preposition names the recipient
        for obj in [c for c in head.children if c.dep_ in ("dobj", "obj")]:
            if obj.i in trigger_ids and obj.pos_ != "PROPN":
                # "tightened the blockade of X", "warrants for X": the noun's patient (not a word of a
                # name: "left the Economic Community OF West African States")
                out.extend(g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                           for g in c.children if g.dep_ == "pobj")
            if (obj.i in trigger_ids or obj.pos_ == "NOUN") and not (
                    obj.i not in trigger_ids and _object_owners(obj)):
                # ... but "condemned the Russian strikes on Kyiv" targets the owner, not the victim
                from_preps(obj)
        # "announced a ceasefire with the ELN to begin on Monday": the trigger's noun, parsed as the
        # subject of its own clause, keeps its party
        for noun in trigger.tokens:
            if noun != head and noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "nsubjpass") \
                    and noun.head.dep_ in ("ccomp", "xcomp") and noun.head.head == head:
                from_preps(noun)
    else:
        from_preps(head)
        cursor = head
        while cursor != verb and cursor.dep_ in ("compound", "amod", "nmod") and cursor.head != cursor:
            cursor = cursor.head  # "issued [arrest] warrants for X"
            from_preps(cursor)
        if verb != head and is_verbal(verb):
            from_preps(verb)
            if not out:
                out.extend(c for c in verb.children if c.dep_ in ("dative", "iobj"))
        if not out and head.dep_ == "nsubj" and is_verbal(head.head) and head.head != head:
            # "an attack by X damaged a ship": what the event, as subject, acted on
            out.extend(c for c in head.head.children if c.dep_ in ("dobj", "obj"))
        if not [t for t in out if t.ent_type_ not in ("DATE", "TIME")]:
            out.extend(_suffered_in(head))
    if not out and is_verbal(head) and head.dep_ == "acl" and head.tag_ == "VBN":
        out.append(head.head)  # "soldiers killed in ...": the modified noun suffered it
    elif not out and is_verbal(head) and head.dep_ == "conj" and head.tag_ == "VBN" \
            and head.head.dep_ == "acl" and head.head.tag_ == "VBN":
        out.append(head.head.head)  # "forces trained and EQUIPPED by the US": the forces
    return [t for t in out if t.i not in trigger_ids]


def _subject_act_targets(verb: Token) -> list[Token]:
    """ "an Israeli strike ON a school in Gaza killed 20": the act that is the subject names what it
    hit, and where."""
    targets = [g for s in verb.children if s.dep_ == "nsubj" and s.lemma_.lower() in FORCE_NOUNS
               for c in s.children if c.dep_ == "prep" and c.lower_ in ACT_TARGET_PREPS
               for g in c.children if g.dep_ == "pobj"]
    return targets + [p for t in targets for p in _location_objects(t) if p.ent_type_ not in ("DATE", "TIME")]


def _small_clause_objects(verb: Token) -> list[Token]:
    """ "considers it a professional army", "called them terrorists": the parser makes the object the
    subject of a verbless clause."""
    return [g for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ in ("NOUN", "ADJ")
            for g in c.children if g.dep_ == "nsubj"]


# "forces backed / armed / funded by X": who stands behind a party, part of saying who the party is
BACKING = frozenset({"back", "support", "arm", "fund", "finance", "sponsor", "train", "equip", "supply"})
# "with Albania's help", "with the backing of X": a helper of the actor, not the party acted on.
HELP_NOUNS = frozenset({"help", "support", "assistance", "backing", "aid", "participation", "consent",
                        "approval", "blessing", "permission", "mediation", "involvement"})


def _helped_by(obj: Token) -> bool:
    return obj.head.lower_ == "with" and obj.lemma_.lower() in HELP_NOUNS


def _suffered_in(event: Token) -> list[Token]:
    """ "Two fishermen died in a Saudi air strike": who the verb around the event noun befell."""
    if event.dep_ != "pobj" or event.head.lower_ not in ("in", "during", "after") or event.head.head == event:
        return []
    befallen = event.head.head
    if not is_verbal(befallen) or any(c.dep_ in ("dobj", "obj") for c in befallen.children):
        return []  # "took part in talks": an act of the subject, not something that befell it
    return [c for c in befallen.children if c.dep_ in ("nsubj", "nsubjpass")]


def _stranded_object(prep: Token) -> list[Token]:
    """The object of a preposition the parser left without one: in "granted asylum to five officers
    holed up in ..." it made "officers" the subject of the next clause."""
    doc = prep.doc
    if any(prep.children):
        return []  # "with Putin welcoming the new members": a clause of its own, not a party
    for tok in doc[prep.i + 1 : min(prep.i + 8, prep.sent.end)]:
        if tok.pos_ in ("NOUN", "PROPN", "PRON"):
            while tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i:
                tok = tok.head  # "five Panamanian army officers": the phrase's head
            return [tok] if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i > tok.i else []
    return []


def _misparsed_speaker(obj: Token) -> bool:
    """ "X abused migrants, a rights group charged": the attribution parsed as a second object."""
    return any(c.dep_ in ("acl", "relcl") and c.i == obj.i + 1 and lemma_in(c, SPEECH_LEMMAS | CLAIM_VERBS)
               and not any(g.dep_ in ("dobj", "obj") for g in c.children) for c in obj.children)


ACT_TARGET_PREPS = frozenset({"on", "upon", "against", "at", "into"})


def _named_owner(noun: Token) -> bool:
    """The noun's owner is named ("the Israeli strike", "Russia's decision"), not a pronoun."""
    owners = [w for w in _object_owners(noun) if w.dep_ != "pobj"]
    return any(w.pos_ in ("PROPN", "ADJ") or w.ent_type_ in ("NORP", "GPE", "ORG") for w in owners)


OWNER_OF_OBJECT_PREPS = frozenset({"by", "from", "of"})
# Protests and threats name their target in a purpose or condition clause: "marched to protest X's
# decision", "threatened to strike unless Israel withdrew".
TARGETED_BY_PURPOSE = frozenset({"PROTEST"})
# Force and repression name their target in a purpose clause: "fired tear gas to disperse protesters".
FORCE = frozenset({"ASSAULT", "COERCE"})
PURPOSE_TARGETED = TARGETED_BY_PURPOSE | FORCE | {"THREATEN", "MOBILIZE"}
CONDITION_MARKS = frozenset({"if", "unless"})
COMPLEMENT_PREPS = frozenset(DEFAULT_RECIPIENT_PREPS) | {"for"}
SPEAKER_PRONOUNS = frozenset({"it", "they", "we", "i"})


def _verdict_phrase(head: Token) -> set[int]:
    """The tokens of what a verb calls its object: "condemned the launch AS A VIOLATION OF ..."."""
    return {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree}


def _addressees(head: Token, trigger: Trigger, actor_ids: set[int], lookup: EntityLookup) -> bool:
    """A request's object names whom it is made of, a party of no code ("western countries", "the
    Kurds"): what it asks them to do to others is not the request's recipient."""
    if trigger.category != "REQUEST" or not is_verbal(head):
        return False
    asked = [c for c in head.children if c.dep_ in ("dobj", "obj") and c.i not in actor_ids]
    complement = any(c.dep_ in ("xcomp", "ccomp") or _infinitive_advcl(c) for c in head.children)
    return complement and any(lookup.uncoded_entities(t) for t in asked)


def complement_recipient_tokens(head: Token, depth: int = 0, threat: bool = False) -> list[Token]:
    """Recipients that sit inside what a verb absorbed, tried when its own dependents name none:
    "demanded that [the US] cancel ...", "threatened to cut ties with [X]", "rejected [an Indian] offer",
    "dismissed an appeal from [X]"; for a `threat`, also "warned that it would impose visa bans on [X]"
    (the speaker's own act, aimed at X)."""
    out: list[Token] = []
    own_acts: list[Token] = []
    for child in head.children:
        if child.dep_ == "ccomp" and is_verbal(child):
            subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
            if threat and subjects and all(s.lower_ in SPEAKER_PRONOUNS for s in subjects):
                own_acts.append(child)
            else:
                out.extend(subjects)
        elif child.dep_ in ("dobj", "obj") and child.pos_ == "NOUN":
            out.extend(_object_owners(child))
    if out or depth > 1:
        return out
    complements = [c for c in head.children if is_verbal(c) and (c.dep_ == "xcomp" or _infinitive_advcl(c))]
    complements += own_acts
    for child in complements:
        out.extend(c for c in child.children if c.dep_ in ("dobj", "obj", "dative", "iobj"))
        for grand in child.children:
            if grand.dep_ in ("prep", "dative") and grand.lower_ in COMPLEMENT_PREPS:
                objects = [g for g in grand.children if g.dep_ == "pobj"]
                out.extend(objects)
                out.extend(owner for obj in objects for owner in _object_owners(obj))
            if grand.dep_ in ("dobj", "obj"):
                out.extend(_object_owners(grand))
                for prep in grand.children:
                    if prep.dep_ == "prep" and prep.lower_ in COMPLEMENT_PREPS:
                        out.extend(g for g in prep.children if g.dep_ == "pobj")
        if not out:
            out.extend(complement_recipient_tokens(child, depth + 1))
    if not out:  # "threatened to resume attacks in Israel"
        for child in complements:
            for grand in [child, *(g for g in child.children if g.dep_ in ("dobj", "obj"))]:
                for prep in grand.children:
                    if prep.dep_ == "prep" and prep.lower_ in LOCATION_PREPS:
                        out.extend(g for g in prep.children if g.dep_ == "pobj")
    return out


def _parenthetical_speakers(participle: Token) -> list[Token]:
    """ "The troops fired back, the military said, accusing Hamas of ...": a participle after a speech
    clause set off inside the sentence is what the speaker did, not the main clause's subject."""
    governor = participle.head
    speech = [c for c in governor.children if c.dep_ == "parataxis" and governor.i < c.i < participle.i
              and c.lemma_.lower() in SPEECH_VERBS]
    if not speech and _speaking_after_report(participle):
        speech = [governor.head]
    return [s for c in speech[-1:] for s in c.children if s.dep_ == "nsubj"]


# participles that tell how a speaker put it: "..., CALLING the breach unprecedented"
SPEAKING_PARTICIPLES = frozenset({"call", "describe", "term", "brand", "label", "add", "accuse", "warn",
                                  "urge", "praise", "condemn", "dismiss", "deny", "insist", "say"})


def _speaking_after_report(participle: Token) -> bool:
    """ "The court said Budapest had evaded EU law, CALLING the breach unprecedented": a participle of
    speech set off after a reported clause is the reporter's, though the parser hangs it on that clause."""
    governor = participle.head
    return (participle.lemma_.lower() in SPEAKING_PARTICIPLES and governor.dep_ == "ccomp"
            and governor.head.lemma_.lower() in SPEECH_VERBS and governor.head.i < governor.i
            and participle.i > 0 and participle.nbor(-1).lower_ == ",")


def _infinitive_advcl(clause: Token) -> bool:
    """ "offered to mediate between X and Y" parsed as an adverbial clause: a subjectless infinitive."""
    return clause.dep_ == "advcl" and to_infinitive(clause) \
        and not any(c.dep_.startswith("nsubj") for c in clause.children)


# acts a denunciation names by their noun, doer aside ("condemned the visit by X")
ACCUSED_ACTS = frozenset({*REACTED_TO, "visit", "trip", "sale", "stop", "stopover"})


ACCUSING = frozenset({"accuse", "charge", "blame"})


def _accusation_targets(head: Token, verb: Token) -> list[Token]:
    # "lodged a protest WITH Nicaragua over the detention of ...": the complaint's addressee is accused,
    # not the people its grievance is about
    out = [g for obj in head.children if obj.dep_ in ("dobj", "obj")
           for c in obj.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
           for g in c.children if g.dep_ == "pobj"]
    # "condemned a visit to Taiwan BY a delegation of Lithuanian lawmakers": the parser hangs the act's
    # doer on the verb; the doer is accused, not where the act went
    if any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in ACCUSED_ACTS for o in head.children):
        out += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "by"
                for g in c.children if g.dep_ == "pobj"]
    # "filed a case at the court ACCUSING Germany of ...": whom the complaint accuses, not the court
    out += [o for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
            and c.lemma_.lower() in ACCUSING for o in c.children if o.dep_ in ("dobj", "obj")]
    for anchor in [head] if head == verb else [head, verb]:
        for prep in anchor.children:
            if prep.dep_ == "prep" and prep.lower_ in ("over", "about", "against"):
                for obj in (g for g in prep.children if g.dep_ == "pobj"):
                    out.append(obj)
                    out.extend(_object_owners(obj))
            elif prep.dep_ == "prep" and prep.lower_ == "at":
                # "hit back at comments made by Trump": who said or did what is answered, not where
                out += [o for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in REACTED_TO
                        for o in _object_owners(g)]
    return out


def purpose_recipient_tokens(verb: Token) -> list[Token]:
    """The subject of a condition ("... unless Baghdad accepted") or the target inside a purpose clause
    ("to protest against Sweden's decision", "to show disapproval for the US's policies")."""
    out: list[Token] = []
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
    for xcomp in (c for c in verb.children if c.dep_ == "xcomp"):
        clauses.extend(c for c in xcomp.children if c.dep_ == "advcl")
    for clause in clauses:
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children):
            out.extend(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
        elif to_infinitive(clause):
            for child in clause.children:
                if child.dep_ in ("dobj", "obj") and (child.pos_ in ("NOUN", "PROPN")
                                                      or child.lower_ in ("them", "him", "her")):
                    out.append(child)  # "fired tear gas to disperse them": the group named before
                    out.extend(_owners_with_preps(child))
                elif child.dep_ == "prep":
                    for obj in (g for g in child.children if g.dep_ == "pobj"):
                        out.append(obj)
                        out.extend(_owners_with_preps(obj))
    return out


def _owners_with_preps(noun: Token) -> list[Token]:
    owners = _object_owners(noun)
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "against", "on", "over", "with"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                owners.append(obj)
                owners.extend(_object_owners(obj))
    return owners


def _object_owners(noun: Token) -> list[Token]:
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
               and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")]
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    # "the withdrawal of troops from X": with an "of" owner, "from" names where from, not who
    owner_preps = OWNER_OF_OBJECT_PREPS - {"from"} if "of" in preps else OWNER_OF_OBJECT_PREPS
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in owner_preps:
            owners.extend(g for g in prep.children if g.dep_ == "pobj")
    for clause in noun.children:  # "a proposal put forward by X": the agent of the noun's participle
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() not in BACKING:
            owners.extend(_agents(clause))  # ... but "backed by X" says who stands behind, not who owns
    return owners


def speech_governor(verb: Token) -> Token | None:
    """The speech verb that reports the clause of `verb` ("..., the minister said")."""
    tok = verb
    for _ in range(4):
        if tok.dep_ in ("ccomp", "parataxis", "xcomp", "conj", "advcl", "acomp") and tok.head != tok:
            tok = tok.head
            if tok.lemma_ in SPEECH_LEMMAS:
                return tok
            continue
        if tok.lemma_ in SPEECH_LEMMAS and tok != verb:
            return tok
        break
    # "X said" attached to the root as a sibling clause ("..., X said." parsed as parataxis child)
    for child in verb.children:
        if child.dep_ in ("parataxis", "ccomp") and child.lemma_ in SPEECH_LEMMAS and child.i > verb.i:
            return child
    return None


def find_arguments(trigger: Trigger, lookup: EntityLookup, worded_as: str | None = None) -> Arguments:
    """Actors and recipients of a trigger. `worded_as` is the category the words themselves report
    when the coder has recoded it ("will withdraw" is worded as RETREAT, coded as CONCEDE)."""
    head = trigger.head
    verb = clause_verb(head)
    if not is_verbal(head) and head.dep_ == "pobj" and head.head.lower_ in clauses.CIRCUMSTANCE_PREPS \
            and any(c.dep_ == "prep" and c.lower_ in ("of", "on", "against", "into") for c in head.children):
        verb = head  # "fled to the US after the Soviet invasion OF AFGHANISTAN": the noun's own target
    if trigger.pattern in FLED_FROM:
        return _fled_from(trigger, lookup)
    if trigger.pattern == "dismayed-by":
        return _dismayed(head, lookup)
    mutual = _each_other(head, lookup)
    if mutual:  # "Armenia and Azerbaijan ..., each blaming the other": both sides, together
        return Arguments(actors=mutual, recipients=[], reciprocal=True)
    sides = _sides_of_a_deadly_clash(trigger, head, lookup)
    if sides:  # "20 Indian soldiers were killed in a clash with Chinese troops": both fought
        return Arguments(actors=sides, recipients=[], reciprocal=True)
    actor_heads: list[Token] = []
    # "the truce between X and Y took effect": the subject noun is part of the wording and names the parties
    worded_subjects = [t for t in trigger.tokens if t.dep_ in ("nsubj", "nsubjpass") and t.head == head]
    named_by = worded_subjects if is_verbal(head) else [head]
    parties = [t for noun in named_by for t in between_tokens(noun)]
    if parties:
        actors = unique_entities(e for t in parties for e in lookup.entities_of(t))
        if actors:
            return Arguments(actors=actors, recipients=[], reciprocal=True, actor_tokens=parties)
    owner_heads: list[Token] = []
    if not is_verbal(head):
        owner_heads = _owners_not_venues(head, lookup)
        actor_heads = owner_heads
    carried = is_verbal(verb) and verb != head and _carries_noun(verb, head)
    if is_verbal(verb) and (verb == head or carried) and (not actor_heads or carried):
        # "the secretary attended the Moscow conference": who attends acts; the owner hosts
        subject_heads = [t for h in verb_actor_tokens(verb) for t in _act_owners(h, lookup)]
        if any(e.code for t in subject_heads for e in lookup.entities_of(t)) or not actor_heads:
            actor_heads = subject_heads
        else:
            owner_heads = []
    if actor_heads is not owner_heads and owner_heads:
        owner_heads = [t for t in owner_heads if t.dep_ != "poss"]
    else:
        owner_heads = []
    actors = unique_entities(e for t in actor_heads for e in lookup.entities_of(t))
    if not any(e.code for e in actors):
        # "two were killed when Russian missiles struck ...", "killed in an ambush by rebels",
        # "the attack, which ..., was claimed by X": the attacker named outside the trigger's clause
        found, found_heads = _hidden_attacker(trigger, head, verb, actor_heads, lookup)
        if found:
            actors, actor_heads = found, found_heads
    if _needs_speaker(actors, actor_heads, trigger) and not _is_passive(verb):
        anchor = verb if is_verbal(verb) else head
        if anchor.dep_ in ("nsubj", "nsubjpass") and is_verbal(anchor.head) and anchor.head.dep_ == "ccomp" \
                and lemma_in(anchor.head.head, ANNOUNCING):
            anchor = anchor.head  # "announced a ceasefire to begin on Monday": the noun's own clause
        speaker_verb = speech_governor(anchor)
        if speaker_verb is not None:
            speakers = verb_actor_tokens(speaker_verb)
            speaker_entities = unique_entities(e for t in speakers for e in lookup.entities_of(t))
            if speaker_entities:
                actors, actor_heads = speaker_entities, speakers
    # "X faced criticism FROM Y", "drew a rebuke FROM Y" (trigger.subject_is_recipient): Y acts too
    inverse = lemma_in(verb, RECEIVE_LEMMAS) or (trigger.subject_is_recipient and verb == head)
    admits = trigger.category == "RETREAT" and trigger.mode == "access"  # "received inspectors from X":
    giver = _giver(verb) if is_verbal(verb) and inverse and not admits else []  # the host allows access
    giver_entities = unique_entities(e for t in giver for e in lookup.entities_of(t))
    if giver_entities:  # "X received weapons from Y": Y acts, X receives
        return Arguments(actors=giver_entities, recipients=[e for e in actors if e.code],
                         actor_tokens=giver)
    if not any(e.code for e in actors) and is_verbal(verb) and _is_passive(verb) and not _agents(verb):
        found, found_heads = _unagented_passive_actors(trigger, verb, lookup)
        if found:
            actors, actor_heads = found, found_heads
    if not any(e.code for e in actors):
        actors = _placed_actors(trigger, head, verb, actor_heads, lookup)
    if not any(e.code for e in actors):
        actors = _officials_of_the_only_country(head, actor_heads, lookup)
        actors = _not_of_the_target(actors, trigger, head, verb, lookup)
    if not any(e.code for e in actors) and trigger.category == "CONSULT" and trigger.mode == "visit":
        actors = _visitor_from_elsewhere(head, actor_heads, lookup) or actors
    if not any(e.code for e in actors):
        actors = _ethnic_origin(actor_heads, lookup)
    if not actors:
        actors = _crowd_of_the_only_state(trigger, head, lookup)
    if not actors:  # "insurgents shelled ...": a party known by its role only, no country to give it
        actors = unique_entities(e for t in actor_heads for e in lookup.uncoded_entities(t)
                                 if e.sector not in OFFICIAL_SECTORS)
    actor_ids = {t.i for h in actor_heads for t in _actor_phrase(h, head)}
    actor_keys = {(e.code, e.sector) for e in actors}
    actor_codes = {e.code for e in actors if e.code}
    if trigger.pattern in DISPLACING:
        return Arguments(actors=actors, recipients=_displaced(trigger, actor_codes, lookup),
                         actor_tokens=actor_heads)
    recipients: list[Entity] = []
    groups = [lambda: recipient_tokens(trigger, verb)]
    if clauses.mediation(head):
        groups.insert(0, lambda: _mediated_parties(head))
    if trigger.category == "ACCUSE":  # "complained to the UN over Israeli raids": the target, not the UN
        groups.insert(0, lambda: _accusation_targets(head, verb))
    if clauses.comment_clause(head):  # "Ukraine accused Russia ..., an allegation Moscow denied": Ukraine
        groups.insert(0, lambda: _commented_actors(head.head))
    if clauses.named_by_another(head):  # "missiles struck Kyiv in what Ukraine called an attack": Russia's
        groups.insert(0, lambda: _commented_actors(head))
    if trigger.category == "PROTEST":  # "blocked the border with Ukraine in protest against the EU"
        groups.insert(0, lambda: _protest_targets(verb if is_verbal(verb) else head))
    if is_verbal(head) and trigger.pattern not in DISPLACING:  # "forced them to flee INTO Chad": a refuge
        threat = (worded_as or trigger.category) == "THREATEN"
        groups.append(lambda: complement_recipient_tokens(head, threat=threat))
    if trigger.category == "THREATEN":  # "will retaliate if the Turks overstep": whom the condition names
        groups.append(lambda: _condition_parties(head))
    if owner_heads:
        groups.append(lambda: owner_heads)
    if is_verbal(verb) and (worded_as or trigger.category) in PURPOSE_TARGETED:
        groups.append(lambda: purpose_recipient_tokens(verb))
    # "troops left the country", "allowed UN convoys into ...": a trigger word that names a party of
    # another state is the one acted on
    groups.insert(0 if trigger.pattern in OBJECT_IS_PARTY else 2 if trigger.category == "ACCUSE" else 1,
                  lambda: [t for t in trigger.tokens if t != head and t.pos_ in ("NOUN", "PROPN")
                           and not any(e.code in actor_codes for e in lookup.entities_of(t))])
    addressed = _addressees(head, trigger, actor_ids, lookup)
    moved = MOVED_FORCES.get(worded_as or trigger.category, frozenset())
    for group in groups:
        found = [n for t in group() if t.i not in actor_ids for n in _named(t)]
        recipient_heads = _targets_over_venues(found)
        # the actor's own forces ("its troops", "the withdrawal of US troops") and own ground ("into
        # Tigray") are not acted on
        recipients = unique_entities(e for t in recipient_heads for e in lookup.entities_of(t)
                                     if e.code not in actor_codes
                                     or not (_own_thing(t) or e.sector in moved))
        recipients = [e for e in recipients if e.code and (e.code, e.sector) not in actor_keys]
        if recipients or addressed:
            break  # "urged western countries to repatriate FIGHTERS": asked of the countries
    if recipients and {e.code for e in recipients} <= actor_codes:
        # "withdrawing the United States from the WHO": the party the wording itself names, not one's own
        worded = unique_entities(e for t in trigger.tokens[1:] for e in lookup.entities_of(t)
                                 if e.code and e.code not in actor_codes)
        recipients = worded or recipients
    visit = trigger.category == "CONSULT" and trigger.mode == "visit"
    if visit and {e.code for e in recipients} <= actor_codes:
        # "a visit to a Russian airbase in Syria", "visited US troops in Iraq": the host is
        # the country the own base or troops are in
        abroad = [e for e in _places_inside(head, lookup) if e.code not in actor_codes]
        recipients = abroad[:1] or recipients
    if recipients and verb.lemma_.lower() in COMMANDING:
        recipients = _own_forces_commanded(recipients, recipient_heads, actors, lookup)
    actor_codes = {e.code for e in actors}
    if len(actor_codes) > 1 and all(e.code in actor_codes for e in recipients):
        recipients = []  # "X and Y signed contracts for Y's hardware": the parties act together
    if any(e.code not in actor_codes for e in recipients):
        # "withdraw its troops from Lebanon": the actor's own forces are moved, Lebanon is the recipient
        recipients = [e for e in recipients if e.code not in actor_codes]
    # parties acting together in a symmetric act ("X and Y met") have no recipient; a joint protest or
    # attack still has a target
    mutual = trigger.reciprocal and not _one_sided(head, trigger.tokens)
    joint = mutual or (len({e.code for e in actors}) > 1 and (
        head.lemma_.lower() in SYMMETRIC_LEMMAS or verb.lemma_.lower() in SYMMETRIC_LEMMAS
        or trigger.category in COOPERATIVE))
    if not recipients and not joint and not addressed:
        # "condemned the strikes AS a violation of Yemen's sovereignty": a reaction to an act is aimed at
        # its doers (events/reactions.py), not at a party its verdict names
        verdict = _verdict_phrase(head) if reacts_to_an_act(trigger) else set()
        recipients = _predicate_party(trigger, verb, actor_ids | verdict, actors, lookup,
                                      joint_act=_coordinated_subject(actor_heads))
    if not recipients and (not joint or trigger.category == "AID"):  # donors together still give to someone
        recipients = _default_recipients(trigger, worded_as or trigger.category, head, verb, actors,
                                         actor_ids, lookup)
    if moved:  # "sent its air force", "pulled back its ground forces": the force moved is its own
        recipients = [e for e in recipients if not (e.code in actor_codes and e.sector in moved)]
    elif trigger.category == "THREATEN":  # "threatened to send troops": the means, not the target
        recipients = [e for e in recipients if not (e.code in actor_codes and e.sector == "MIL")]
    reciprocal = mutual or (
        len({e.code for e in actors}) >= 2 and not recipients
        and (head.lemma_.lower() in SYMMETRIC_LEMMAS or verb.lemma_.lower() in SYMMETRIC_LEMMAS))
    if mutual and recipients:
        actors, recipients = unique_entities([*actors, *recipients]), []
    if recipients and not any(e.code for e in actors):
        actors = _government_facing(actors, actor_heads, recipients, head, lookup) or actors
    guests = _guests(trigger, verb, actor_ids, lookup)
    if guests and not reciprocal:  # "X hosted Y for talks": Y visits X
        return Arguments(actors=guests, recipients=[e for e in actors if e.code], actor_tokens=actor_heads)
    sides = {(e.code, e.sector) for e in actors}
    if not recipients and _coordinated_subject(actor_heads) and len(sides) >= 2 \
            and (head.lemma_.lower() in SYMMETRIC_LEMMAS or verb.lemma_.lower() in SYMMETRIC_LEMMAS):
        reciprocal = True  # "the army and the militia fought": both sides act, even of one country
    return Arguments(actors=actors, recipients=recipients, reciprocal=reciprocal, actor_tokens=actor_heads)


COMMANDING = frozenset({"order", "command", "instruct", "direct"})
FORCE_SECTORS = frozenset({"MIL", "COP"})
# categories whose acts move forces (deploy, withdraw): the actor's own forces of these sectors are moved,
# not acted on (a withdrawal moves troops; one hands oneself over to the police, pardons a sheriff)
MOVED_FORCES = {"MOBILIZE": FORCE_SECTORS, "RETREAT": frozenset({"MIL"}), "CONCEDE": frozenset({"MIL"})}


def _own_forces_commanded(recipients: list[Entity], heads: list[Token], actors: list[Entity],
                          lookup: EntityLookup) -> list[Entity]:
    """ "He ordered the armed forces to remain in their barracks": forces a leader commands, named by no
    state, are the leader's own, not the last foreign troops the article told of."""
    codes = {e.code for e in actors if e.code}
    if len(codes) != 1 or not any(t.pos_ == "NOUN" and lookup.recalled(t) for t in heads):
        return recipients
    own = next(iter(codes))
    return [replace(e, code=own) if e.sector in FORCE_SECTORS and e.code != own else e for e in recipients]


# entries whose object, part of the trigger's wording, is the party acted on: "ordered the ENVOY to leave"
OBJECT_IS_PARTY = frozenset({"order-to-leave"})
# nouns of an act of force whose owner ("a Russian strike", "an ambush by rebels") is its attacker
FORCE_NOUNS = frozenset({"attack", "strike", "airstrike", "raid", "ambush", "bombing", "shelling", "assault",
                         "offensive", "bombardment", "shooting", "crackdown", "incursion", "onslaught",
                         "massacre", "killing", "barrage", "strafing", "missile", "rocket", "drone", "shell",
                         "fire", "gunfire", "shellfire"})
WEAPON_NOUNS = frozenset({"missile", "rocket", "bomb", "shell", "drone", "mine", "grenade", "mortar",
                          "explosive", "device", "projectile", "artillery", "airstrike", "strike"})
FIRING_LEMMAS = frozenset({"fire", "launch", "lob", "drop", "hurl", "shoot"})
FIRED_NOUNS = WEAPON_NOUNS | frozenset({"shot", "round", "salvo", "barrage", "volley", "bullet", "tomahawk",
                                        "warhead", "munition"})


def _fired(verb: Token, obj: Token) -> bool:
    """ "fired 59 missiles AT the airbase": what is fired is the weapon, not the party hit."""
    return lemma_in(verb, FIRING_LEMMAS) and lemma_in(obj, FIRED_NOUNS) and not any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)


CLAIMING_LEMMAS = frozenset({"claim"})
BLAMING_LEMMAS = frozenset({"blame", "attribute", "pin"})


NAMING_LEMMAS = frozenset({"call", "describe", "term", "dub", "label", "brand"})


def _named(token: Token) -> list[Token]:
    """ "struck what NEW DELHI called a training camp in Pakistan": who names the target is not the
    target; what is named, and where, is."""
    verb = token.head
    said_to_be = [c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"
                  and any(s.dep_ == "nsubj" and s.lower_ == "what" for s in c.children)]
    if token.dep_ == "nsubj" and lemma_in(verb, SPEECH_LEMMAS) and said_to_be:
        # "struck what New Delhi SAID WAS a training camp in ...": the camp, and where it is
        named = [a for c in said_to_be for a in c.children if a.dep_ == "attr"]
    elif token.dep_ == "nsubj" and verb.lemma_.lower() in NAMING_LEMMAS \
            and any(c.lower_ == "what" for c in verb.children):
        named = [c for c in verb.children if c.dep_ in ("dobj", "oprd", "attr") and c.lower_ != "what"]
        named += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS
                  for g in c.children if g.dep_ == "pobj"]
    else:
        return [token]
    return named + [g for a in named for c in a.children if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS
                    for g in c.children if g.dep_ == "pobj"]


def _commented_actors(noun: Token) -> list[Token]:
    """Who did the act that a comment's noun sums up: the subject of the clause it hangs on ("X accused Y,
    an allegation ...", "X banned Y, in a move ...", "missiles struck Kyiv in what Ukraine called ...")."""
    act = noun.head.head if noun.dep_ in ("pobj", "pcomp") and noun.head.lower_ == "in" else noun.head
    # "moved the embassy from Tel Aviv, a decision ...": the parser hangs the apposition on the act's
    # last noun, from which the act lies a few steps up
    steps = 3 if noun.dep_ == "appos" else 0
    while steps and not is_verbal(act) and act.head != act:
        act, steps = act.head, steps - 1
    while act.dep_ == "xcomp" and is_verbal(act.head):  # "ordered preparations to move ...": who ordered
        act = act.head
    return verb_actor_tokens(act) if is_verbal(act) else []


def _condition_parties(head: Token) -> list[Token]:
    """The subject of the condition a threat sets: "will strike back IF ISRAEL attacks", "warned it would
    act UNLESS THE MILITIA withdrew" (the parser may make "the Turks overstep" one noun phrase)."""
    clauses_ = [head, *(t for t in head.subtree if t.dep_ in ("ccomp", "xcomp") and t.head.i >= head.i)]
    conditions = [c for t in clauses_ for c in t.children if c.dep_ == "advcl"
                  and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)]
    return [g for c in conditions for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
            or (g.dep_ == "compound" and g.ent_type_ in ("NORP", "GPE", "ORG"))]


def _mediated_parties(clause: Token) -> list[Token]:
    """ "Russia and Ukraine exchanged prisoners in a swap mediated by the UAE": the mediator acts
    between those who made the swap, the truce or the talks."""
    noun = clause.head
    parties = between_tokens(noun)
    if parties:
        return parties
    governor = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ in ("dobj", "pobj") and is_verbal(governor):
        return verb_actor_tokens(governor)
    return []


def _displaced(trigger: Trigger, actor_codes: set[str], lookup: EntityLookup) -> list[Entity]:
    """People driven from their homes ("forced 20,000 people to flee into Chad") are of the land
    fought over, the one state of those who drove them out; where they fled to is a refuge."""
    groups = trigger.tokens[1:]
    groups += [g for t in groups for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]  # "thousands OF RESIDENTS"
    people = [e for t in groups for e in lookup.entities_of(t)]
    named = [e for e in people if e.code]
    states = actor_codes - NON_STATE_CODES
    if named or len(states) != 1 or not groups:
        return named
    (home,) = states
    if people:
        return [replace(people[0], code=home)]
    group = groups[-1]
    return [Entity(home, "REF", group.text, group.idx, group.idx + len(group.text))]


SUFFERING = frozenset({"die", "perish", "suffer", "flee", "lose", "fall", "succumb", "survive", "escape"})
DEPLOYING = frozenset({"deploy", "redeploy", "send", "dispatch", "station", "airlift", "fly", "rush"})
FLED_FROM = frozenset({"flee-an-act-of-force", "flee-an-act-of-force-a-people"})


def _unagented_passive_actors(trigger: Trigger, verb: Token,
                              lookup: EntityLookup) -> tuple[list[Entity], list[Token]]:
    """Who did a passive act that names no agent, where its subject tells: "UN sanctions against Iran
    were lifted" (whose measure it was lifts it); "South African troops were deployed" (sent by their own
    state)."""
    subjects = [s for s in verb.children if s.dep_ in PASSIVE_SUBJECT_DEPS]
    owners = [t for s in subjects if lemma_in(s, OWNED_MEASURES) for t in noun_actor_tokens(s)]
    owned = unique_entities(e for t in owners for e in lookup.entities_of(t) if e.code)
    if owned:
        return owned, owners
    if verb.lemma_.lower() not in DEPLOYING or trigger.category not in ("MOBILIZE", "AID"):
        return [], []  # "South African troops were deployed (to help police ...)": sent by their state
    sent = [s for s in subjects if s.dep_ == "nsubjpass"]
    forces = unique_entities(e for t in sent for e in lookup.entities_of(t)
                             if e.code and e.sector in ("MIL", "COP"))
    return forces, sent


def _dismayed(verb: Token, lookup: EntityLookup) -> Arguments:
    """ "Washington was deeply troubled by the decision": who is dismayed disapproves of whoever did
    what dismays it (the passive's agent is the cause, not the actor)."""
    who = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    causes = [g for c in verb.children if c.dep_ in ("agent", "prep") for g in c.children if g.dep_ == "pobj"]
    actors = unique_entities(e for t in who for e in lookup.entities_of(t))
    if not any(e.code for e in actors):  # "Washington said it was troubled": the speaker
        speech = speech_governor(verb)
        speakers = verb_actor_tokens(speech) if speech is not None else []
        actors = unique_entities(e for t in speakers for e in lookup.entities_of(t)) or actors
    codes = {e.code for e in actors if e.code}
    recipients = [e for t in causes for e in lookup.entities_of(t) if e.code and e.code not in codes]
    if not recipients and not any(t.lemma_.lower() in REACTED_TO for t in causes):
        return Arguments(actors=[], recipients=[])  # "worried about inflation": no one's act
    return Arguments(actors=actors, recipients=unique_entities(recipients), actor_tokens=who)


def _each_other(verb: Token, lookup: EntityLookup) -> list[Entity]:
    """ "with EACH side accusing THE OTHER", "each blaming the other": the parties of the clause it hangs
    on, each doing it to the other; "X and Y accused EACH OTHER": its own subjects."""
    if clauses.acts_on_each_other(verb):
        clause = verb
    elif clauses.each_to_the_other(verb):
        clause = verb.head.head if verb.dep_ == "pcomp" else verb.head
    else:
        return []
    parties = [t for s in clause.children if s.dep_ == "nsubj" for t in [s, *s.conjuncts]]
    found = unique_entities(e for t in parties for e in lookup.entities_of(t) if e.code)
    return found if len({e.code for e in found}) >= 2 else []


def _fled_from(trigger: Trigger, lookup: EntityLookup) -> Arguments:
    """ "100,000 Armenians fled since Azerbaijan's offensive": those who did the act fled from drove the
    people out; the people are of the land fought over, as `_displaced` places them."""
    acts = [t for t in trigger.tokens[1:] if t.dep_ == "pobj"]  # "offensive" may be tagged ADJ
    doers = [t for act in acts for t in (between_tokens(act) or _owners_not_venues(act, lookup))]
    actors = unique_entities(e for t in doers for e in lookup.entities_of(t) if e.code)
    people = [s for s in trigger.head.children if s.dep_ in ("nsubj", "nsubjpass")]
    fled = replace(trigger, tokens=[trigger.head, *people])
    return Arguments(actors=actors, recipients=_displaced(fled, {e.code for e in actors if e.code}, lookup),
                     actor_tokens=doers)


FIGHTING_LEMMAS = frozenset({"fight", "battle", "combat"})
# measures whose owner ("UN sanctions", "the Israeli blockade") imposed them
OWNED_MEASURES = frozenset({"sanction", "sanctions", "embargo", "blockade", "ban", "curfew", "restriction",
                            "restrictions", "boycott", "siege"})


def _hidden_attacker(trigger: Trigger, head: Token, verb: Token, actor_heads: list[Token],
                     lookup: EntityLookup) -> tuple[list[Entity], list[Token]]:
    """The attacker of an act of force that its own clause does not name as subject or agent."""
    if trigger.category not in FORCE:
        return [], []
    candidates: list[Token] = []
    if is_verbal(verb) and _is_passive(verb):
        candidates += [t for weapon in _agents(verb) if weapon.lemma_.lower() in WEAPON_NOUNS
                       for t in _weapon_users(weapon)]
    if is_verbal(verb) and _is_passive(verb) and not _agents(verb):
        candidates += _cause_clause_subjects(verb)
        candidates += [o for prep in verb.children
                       if prep.dep_ == "prep" and prep.lower_ in ("in", "during", "by")
                       for act in prep.children if act.dep_ == "pobj" and act.lemma_.lower() in FORCE_NOUNS
                       for o in [*noun_actor_tokens(act), *_claimants(act)]]
    if is_verbal(verb) and (_is_passive(verb) or verb.tag_ == "VBN" or _fell_fighting(verb)) \
            and not _agents(verb):
        # "Britons killed FIGHTING ISIS": whom the victims fought killed them
        fought = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
                  and c.lemma_.lower() in FIGHTING_LEMMAS]
        candidates += [o for c in fought for o in c.children if o.dep_ in ("dobj", "obj")]
    if not is_verbal(head) and head.dep_ == "pobj" and head.head.lower_ in ("in", "during") \
            and is_verbal(head.head.head) and not _is_passive(head.head.head) \
            and head.head.head.lemma_.lower() not in SUFFERING | SPEECH_LEMMAS:
        # "Iraqi forces pushed toward Mosul in an offensive": who moves in it wages it
        candidates += [s for s in head.head.head.children if s.dep_ == "nsubj"]
    for noun in [h for h in actor_heads if h.pos_ == "NOUN"] + ([head] if not is_verbal(head) else []):
        candidates += _claimants(noun)  # "the attack, which killed nine, was claimed by X"
    for tok in candidates:
        found = unique_entities(e for e in lookup.entities_of(tok))
        if any(e.code for e in found):
            return found, [tok]
    for tok in candidates:  # "when militants attacked ...": a group placed later where it acts
        found = lookup.uncoded_entities(tok)
        if found:
            return found, [tok]
    return [], []


CLASH_NOUNS = frozenset({"clash", "fighting", "battle", "gunfight", "firefight", "skirmish", "shootout",
                         "gunbattle", "confrontation"})


def _sides_of_a_deadly_clash(trigger: Trigger, head: Token, lookup: EntityLookup) -> list[Entity]:
    """Those killed or wounded in a clash with a named party fought it with that party: "20 Indian
    soldiers were killed in a clash with Chinese troops", "two policemen died in a gunfight with
    gunmen". Both sides act, together; neither is only the victim."""
    if trigger.category != "ASSAULT":
        return []
    if head.lemma_.lower() in CLASH_NOUNS and head.dep_ == "pobj":
        clashes, befallen = [head], head.head.head
    elif is_verbal(head):
        clashes = [o for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "during")
                   for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in CLASH_NOUNS]
        befallen = head
    else:
        return []
    if not is_verbal(befallen) or not (_is_passive(befallen) or befallen.lemma_.lower() in SUFFERING):
        return []
    others = [o for clash in clashes for c in clash.children if c.dep_ == "prep" and c.lower_ == "with"
              for o in _prep_objects(c)]
    victims = [s for s in befallen.children if s.dep_ in ("nsubj", "nsubjpass")]
    fought = unique_entities(e for t in others for e in lookup.entities_of(t))
    fell = unique_entities(e for t in victims for e in lookup.entities_of(t) if e.code)
    if not fell or not fought or not any(e.code for e in fought):
        return []
    return unique_entities([*fell, *fought])


def _weapon_users(weapon: Token) -> list[Token]:
    """ "blown up by a missile fired by rebels": who fired the weapon named as the agent (the agent of a
    participle on it, also under "believed to be"), else the weapon itself ("by a Russian missile")."""
    users = [a for clause in weapon.subtree if clause.dep_ in ("acl", "xcomp") and clause.tag_ == "VBN"
             for a in _agents(clause)]
    return [*users, weapon]


def _cause_clause_subjects(verb: Token) -> list[Token]:
    """ "two were killed when Russian missiles struck a block": the acting subject of the "when" clause
    that tells how the passive event came about (not "when their car hit a mine": their own)."""
    found: list[Token] = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or not is_verbal(clause) or _is_passive(clause):
            continue
        if not any(m.dep_ in ("advmod", "mark") and m.lower_ == "when" for m in clause.children):
            continue
        found += [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                  and not _owned_by_pronoun(c)]
    return found


def _blame_copula(noun: Token) -> Token | None:
    """The "was" of "Russia WAS responsible for the attack", when the act is what a party is said to be
    responsible for: laid at its door."""
    blame = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and blame.dep_ == "acomp" \
            and blame.lemma_.lower() in BLAME_WORDS:
        return blame.head
    return None


def _claimants(noun: Token) -> list[Token]:
    """Who claimed or is blamed for an act: "X claimed (responsibility for) the attack", "the attack was
    claimed by X", "blamed the bombing on X", "the bombing was blamed on X"."""
    tok = noun
    while tok.dep_ in ("compound", "amod", "conj") and tok.head != tok:
        tok = tok.head
    copula = _blame_copula(tok)
    if copula is not None:  # "Russia was responsible for the attack"
        return [s for s in copula.children if s.dep_ == "nsubj"]
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        owner = tok.head.head  # "claimed responsibility for the attack", also with "for" on the verb
        duty = [owner] if owner.lemma_.lower() == "responsibility" else \
            [c for c in owner.children if c.dep_ == "dobj" and c.lemma_.lower() == "responsibility"]
        tok = duty[0] if duty else tok
    governor = tok.head
    if tok == governor or not is_verbal(governor):
        return []
    for clause in noun.children:  # "a car bomb claimed by X", "the attack, blamed on X"
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and lemma_in(clause, CLAIMING_LEMMAS):
            return _agents(clause)
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and lemma_in(clause, BLAMING_LEMMAS):
            return [o for prep in clause.children if prep.dep_ == "prep" and prep.lower_ in ("on", "to")
                    for o in prep.children if o.dep_ == "pobj"]
    lemma = governor.lemma_.lower()
    if lemma in CLAIMING_LEMMAS:
        if tok.dep_ == "nsubjpass":
            return _agents(governor)
        if tok.dep_ in ("dobj", "obj"):
            return [c for c in governor.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    if lemma in BLAMING_LEMMAS and tok.dep_ in ("dobj", "obj", "nsubjpass"):
        return [o for prep in governor.children if prep.dep_ == "prep" and prep.lower_ in ("on", "to")
                for o in prep.children if o.dep_ == "pobj"]
    return []


def _targets_over_venues(heads: list[Token]) -> list[Token]:
    """ "filed a case against Israel at the ICJ": the party acted against, not the venue it is done at."""
    if not any(t.dep_ == "pobj" and t.head.lower_ == "against" for t in heads):
        return heads
    return [t for t in heads if not (t.dep_ == "pobj" and t.head.lower_ in ("at", "in", "before"))]


ONE_SIDED = frozenset({"unilateral", "one-sided", "unilaterally"})


def _one_sided(head: Token, words: Iterable[Token] = ()) -> bool:
    """ "a unilateral ceasefire with the rebels": one party's act, though the noun is usually mutual."""
    modifiers = [*head.children, *head.head.children, *(c for w in words for c in w.children)]
    return any(c.lower_ in ONE_SIDED for c in modifiers if c.dep_ in ("amod", "advmod"))


def _guests(trigger: Trigger, verb: Token, actor_ids: set[int], lookup: EntityLookup) -> list[Entity]:
    """The coded parties a host verb takes as its object, when the event is a consultation."""
    if trigger.category != "CONSULT" or not is_verbal(verb) or not lemma_in(verb, HOST_LEMMAS):
        return []
    if _is_passive(verb):
        return []
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i not in actor_ids]
    return unique_entities(e for o in objects for e in lookup.entities_of(o) if e.code)


def _coordinated_subject(actor_heads: list[Token]) -> bool:
    return any(c.dep_ == "conj" for t in actor_heads for c in t.children)


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children)


def owned_by_another(noun: Token) -> bool:
    """An event noun with a named possessor does what its owner did: "Isis will use TRUMP'S withdrawal"
    (not "launched ITS offensive")."""
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)


def _carries_noun(verb: Token, noun: Token) -> bool:
    """Does the subject of `verb` do what `noun` names? "held talks" yes, "condemned the attack" no,
    "called the raid an outrage" no (a verdict on it)."""
    if lemma_in(verb, BEING_IN) and lemma_in(noun, TAKEN_PART_IN) and noun.dep_ == "pobj" \
            and noun.head.lower_ in ("in", "on") and noun.head.head == verb and not owned_by_another(noun):
        return True  # "has been in talks with Baghdad", "remains on hunger strike"
    if not lemma_in(verb, SUPPORT_VERBS | ANSWERING_VERBS) or owned_by_another(noun):
        return False
    tok = noun
    while tok.dep_ in ("compound", "amod", "nmod", "conj") and tok.head != tok:
        tok = tok.head  # "signed a defense [cooperation] agreement"
    if tok.dep_ in ("dobj", "obj") and any(c.dep_ in ("oprd", "attr") for c in verb.children):
        return False  # a verdict on the object
    if tok.dep_ in ("dobj", "obj", "attr", "oprd", "xcomp"):
        return tok.head == verb
    # "engaged in drills", "took part in talks", "returned to Geneva for talks" (not "takes comfort
    # from X for the genocide": a purpose "for" goes with verbs of motion only)
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    prep = tok.head
    answering = prep.lower_ == "with" and lemma_in(verb, ANSWERING_VERBS)  # "responded with air strikes"
    if prep.lower_ not in CARRYING_PREPS and not answering \
            and not (prep.lower_ == "for" and lemma_in(verb, MOTION_VERBS)):
        return False
    return prep.head == verb or (prep.head.head == verb and prep.head.dep_ in ("dobj", "attr"))


CARRYING_PREPS = frozenset({"in", "into", "on", "upon", "at", "to"})
ANSWERING_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer", "hit"})
MOTION_VERBS = frozenset({"return", "come", "go", "travel", "arrive", "gather", "converge", "head", "fly",
                          "assemble", "meet", "call", "leave", "set"})


def _needs_speaker(actors: list[Entity], actor_heads: list[Token], trigger: Trigger) -> bool:
    if any(e.code for e in actors):
        return False
    if not actor_heads:
        return trigger.category in SPEAKER_ACTS
    # "Iraq said it would allow ...", "the rebels said their forces had withdrawn": the speaker
    return all(t.lower_ in PRONOUNS or any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in t.children)
               for t in actor_heads)


LOCATION_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "throughout", "into", "to",
                            "through", "around", "along"})
# Categories whose unnamed target is, by news convention, the place where they happen.
PLACE_TARGETED = frozenset({"CONSULT", "AID", "RETREAT", "CONCEDE", "PROTEST", "SANCTION", "MOBILIZE",
                            "COERCE", "ASSAULT"})
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"})
# Conflict at a place of the actor's own country targets that country ("lifted a curfew in its capital").
CONFLICT_AT_PLACE = PLACE_TARGETED - COOPERATIVE | {"THREATEN"}
# ... and whose unnamed target is otherwise the actor's own country (domestic protest and repression).
DOMESTIC = frozenset({"PROTEST", "COERCE"})
HOME_BODIES = frozenset({"COP", "JUD"})
# Refusals and concessions that name no one, in news of one state (no other named so far), answer
# someone at home ("refused to step down", "lifted the curfew"); a rebuff of something said or done is
# aimed at whoever said or did it (`reactions`).
HOME_TARGETED = frozenset({"REJECT", "CONCEDE"})
# A foreign state's sanction or attack that names no target falls on the state the news happens in, and
# so does its aid ("flew in field hospitals" in news from Beirut).
NEWS_TARGETED = frozenset({"SANCTION", "ASSAULT", "AID"})


def _default_recipients(trigger: Trigger, worded_as: str, head: Token, verb: Token, actors: list[Entity],
                        actor_ids: set[int], lookup: EntityLookup) -> list[Entity]:
    """When the sentence names no recipient: a party named only by its sector ("the rebels") belongs
    to the country in focus; a protest, attack or visit targets the place where it happens."""
    actor_codes = [e.code for e in actors if e.code]
    if trigger.pattern == "close-border" and any(t.lemma_.lower() in FRONTIER_CLOSED for t in trigger.tokens):
        # "closed the border crossing": shut against the other state the sentence names, not its own
        others = _sentence_states(head, lookup, skip=NON_STATE_CODES | set(actor_codes))
        return [Entity(next(iter(others)), None, "")] if len(others) == 1 else []
    if worded_as == "MOBILIZE":  # "exercises involving 10,000 troops near the border with Armenia"
        neighbours = _border_neighbours(verb if is_verbal(verb) else head, actor_codes, lookup)
        if neighbours:
            return neighbours[:1]
    place = _place_entities(head, verb, actor_ids, lookup, deep=True)
    if not place and worded_as == "THREATEN":  # "threatened to impose a curfew in Algiers"
        place = _places_in_predicate(trigger, verb, actor_ids, lookup)
    place_codes = [e.code for e in place if e.code and e.code not in actor_codes]
    # cooperation is mostly with foreign parties; conflict and demands with unnamed ones are mostly at
    # home; the object of a mobilisation is the actor's own force, not its target
    own = actor_codes[:1] if worded_as not in COOPERATIVE | {"MOBILIZE"} else []
    if own and own[0] in NON_STATE_CODES:
        own = []  # an armed group or an international body has no home ground of its own
    # "Pakistani officials said Afghan forces fired ..., wounding four soldiers": the victims of a
    # foreign attack that a state reports are its own
    reporters = _reporting_state(verb, lookup, actor_codes) if worded_as in FORCE else []
    # "Biden condemned the generals' seizure of power" in news placed in Myanmar: the generals are of
    # the state the news happens in, not the speaker's (protest and repression stay at home)
    news = lookup.news_state(verb) if actor_codes and worded_as not in DOMESTIC else None
    news = None if news in actor_codes or news in NON_STATE_CODES else news
    abroad = [news] if news and own else []
    focus = place_codes[:1] or reporters[:1] or abroad or own
    candidates = _target_candidates(trigger, worded_as, verb, actor_ids)
    uncoded = [e for t in candidates if not _owned_by_pronoun(t)  # "its forces": the actor's own
               and t.lemma_.lower() not in WEAPON_NOUNS  # "fired a missile at ...": the means
               for e in lookup.uncoded_entities(t)]
    if uncoded and not place_codes and all(lookup.names_region(t) for t in candidates
                                           if lookup.uncoded_entities(t)):
        return []  # "appealed to the international community": a bloc of no country
    if uncoded and not place_codes and _across_the_border(verb):
        return []  # "burst across the border, killing 1,200 people": not its own people
    if worded_as == "MOBILIZE" and not uncoded and len(set(actor_codes)) == 1:
        meant_for = _mobilised_against(verb, actor_ids, lookup)
        if meant_for:
            code = (place_codes or actor_codes)[0]
            return [Entity(code, e.sector, e.entity_text, e.start, e.end) for e in meant_for[:1]]
    # an official named without a country is of the only country the sentence names, unless a state
    # cooperates with them (foreign leaders are the usual partners of a state's talks and deals)
    if worded_as not in COOPERATIVE or not any(e.sector in STATE_SECTORS for e in actors):
        officials = _officials_of_the_only_country(head, candidates, lookup)
        # "the Italian coastguard rescued 300 migrants": refugees are seldom of the state acting on them
        officials = [e for e in officials if not (e.sector == "REF" and e.code in actor_codes)]
        if officials:
            return officials[:1]
    if not uncoded:  # "accepted demands from the rebels", "dismissed an appeal from President X"
        for level in _predicate_levels(trigger, verb, actor_ids, extra_deps=CLAUSE_ON_OBJECT_DEPS):
            # ... but a weapon is the means, not a party ("ordered a missile strike")
            uncoded = [e for tok in level if tok.pos_ in ("PROPN", "NOUN") and not _in_place_phrase(tok)
                       and not _owned_by_pronoun(tok) and tok.lemma_.lower() not in WEAPON_NOUNS
                       and not lookup.names_region(tok)  # "seven Latin American countries": no one's own
                       for e in lookup.uncoded_entities(tok) if e.sector in DOMESTIC_GROUP_SECTORS]
            if uncoded:
                break
    # "aid to refugees fleeing the war in Liberia": a place inside the group's own phrase places it
    inside = [e.code for t in candidates if lookup.uncoded_entities(t) for e in _places_inside(t, lookup)
              if e.code not in actor_codes]
    focus = inside[:1] or focus
    if uncoded and uncoded[0].sector in NON_STATE_ARMED and not inside and not place_codes:
        focus = own  # rebels fought by a state are its own, whoever reports it
    if trigger.pattern in DISPLACING and own:
        focus = own  # people driven out are of the land fought over, not of where they flee to
    if focus == own and any(t.lemma_.lower() in ENVOYS for t in candidates if lookup.uncoded_entities(t)):
        return []  # "the ambassador was summoned": a foreign envoy, of no state the sentence names
    if uncoded and len(set(actor_codes)) == 1 and focus:
        return [Entity(focus[0], e.sector, e.entity_text, e.start, e.end) for e in uncoded[:1]]
    if worded_as in PLACE_TARGETED and place_codes:
        return [e for e in place if e.code in place_codes][:1]
    home = [e for e in place if e.code in actor_codes]
    if worded_as in CONFLICT_AT_PLACE and len(set(actor_codes)) == 1 and home:
        return home[:1]  # "lifted a curfew in a city of its own", "abducted pupils in its own state"
    # a court's sentence falls on someone under its own jurisdiction ("sentenced Muhammad Yunus to ...")
    convicted = worded_as == "SANCTION" and trigger.mode == "convict"
    # police and courts act on their own country's people ("police fired tear gas", "the police chief
    # warned that protest leaders would be arrested")
    home_body = worded_as not in COOPERATIVE and all(e.sector in HOME_BODIES for e in actors)
    # ... and so do refusals and concessions in news of one state
    at_home = worded_as in HOME_TARGETED and not reacts_to_an_act(trigger) \
        and not any(_owned_by_pronoun(c) for c in head.children if c.dep_ in ("dobj", "obj")) \
        and _only_state(head, lookup) in actor_codes \
        and _states_named_so_far(head, lookup) <= set(actor_codes)  # "withdraw ITS soldiers": its own
    if (worded_as in DOMESTIC or convicted or home_body or at_home) and len(set(actor_codes)) == 1 \
            and actor_codes[0] not in NON_STATE_CODES:
        return [Entity(actor_codes[0], None, "")]
    if worded_as in NEWS_TARGETED and news:
        return [Entity(news, None, "")]  # "France suspended all budget aid" in news from Niger
    if worded_as == "ASSAULT" and _strikes_a_place_noun(verb) and len(set(actor_codes)) == 1 \
            and lookup.news_state(verb) in actor_codes:
        # "government forces continue to pound the area" in news from their own country: its ground
        return [Entity(actor_codes[0], None, "")]
    return []


# places named only by their kind: "the area", "the town"
PLACE_NOUNS = frozenset({"area", "areas", "town", "towns", "city", "enclave", "district", "village",
                         "villages", "province", "region", "suburb", "suburbs", "neighbourhood",
                         "neighborhood"})


def _strikes_a_place_noun(verb: Token) -> bool:
    """The act's object, or its target after "on"/"at", is a place named only by its kind."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "at") for g in c.children
                if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in PLACE_NOUNS or o.lower_ in PLACE_NOUNS for o in objects)


def _across_the_border(verb: Token) -> bool:
    """The act, or the act it elaborates, crosses a border: "burst across the border, killing ...". """
    clauses_ = [verb, verb.head] if verb.dep_ in ("advcl", "conj", "xcomp") else [verb]
    return any(p.lower_ == "across" and any(o.lemma_.lower() == "border" for o in p.children)
               for clause in clauses_ for p in clause.children if p.dep_ == "prep")


def _border_neighbours(anchor: Token, actor_codes: list[str], lookup: EntityLookup) -> list[Entity]:
    """The other state of a "border with X" anywhere in the clause (not in a clause with a subject of
    its own): forces massed or drilling by a border face the state across it."""
    found: list[Entity] = []
    stack = [anchor]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            own_clause = any(c.dep_ in SUBJECT_DEPS for c in child.children)
            if child.dep_ in ("ccomp", "relcl", "advcl") and own_clause:
                continue
            stack.append(child)
            if tok.lemma_.lower() in BORDER_WORDS and child.dep_ == "prep" and child.lower_ == "with":
                found += [e for obj in _prep_objects(child) for e in lookup.entities_of(obj)
                          if e.code and e.code not in actor_codes]
    return found


def _target_candidates(trigger: Trigger, worded_as: str, verb: Token, actor_ids: set[int]) -> list[Token]:
    """Phrases that may name whom the event is aimed at: the recipient phrases, for force also
    "opened fire to disperse demonstrators" (purpose) and "..., wounding four soldiers" (result), for
    a threat what it threatens to do to whom."""
    candidates = recipient_tokens(trigger, verb)
    if worded_as in FORCE | TARGETED_BY_PURPOSE and is_verbal(verb):
        candidates += [*purpose_recipient_tokens(verb), *_participle_victims(verb)]
    if worded_as == "THREATEN" and is_verbal(trigger.head):  # "vowed to crush the protesters"
        candidates += complement_recipient_tokens(trigger.head, threat=True)
    return [t for t in candidates if t.i not in actor_ids]


def _mobilised_against(verb: Token, actor_ids: set[int], lookup: EntityLookup) -> list[Entity]:
    """ "sent soldiers into the streets to confront criminal gangs": whom the force is meant for."""
    if not is_verbal(verb):
        return []
    targets = [t for t in purpose_recipient_tokens(verb) if t.i not in actor_ids and not _owned_by_pronoun(t)]
    return [e for t in targets for e in lookup.uncoded_entities(t) if not lookup.names_region(t)]


def _places_inside(token: Token, lookup: EntityLookup) -> list[Entity]:
    """Coded places in "in/at/near" phrases anywhere inside the phrase of `token`."""
    places = [t for t in token.subtree if t is not token and _in_place_phrase(t)]
    return [e for t in places for e in lookup.entities_of(t) if e.code]


def _continues_clause(verb: Token) -> bool:
    """A subjectless participle clause that tells the result of its governor's act ("..., killing 12")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head != verb and is_verbal(verb.head) \
        and not any(c.dep_.startswith("nsubj") for c in verb.children)


def _participle_victims(verb: Token) -> list[Token]:
    """Objects of a subjectless participle clause that continues the event ("..., killing 20 people")."""
    return [o for clause in verb.children if clause.dep_ == "advcl" and clause.tag_ == "VBG"
            and not any(c.dep_.startswith("nsubj") for c in clause.children)
            for o in clause.children if o.dep_ in ("dobj", "obj")]


def _reporting_state(verb: Token, lookup: EntityLookup, actor_codes: list[str]) -> list[str]:
    """Codes of the state officials reporting the clause of `verb`, when they are not its actors."""
    speech = speech_governor(verb) if is_verbal(verb) else None
    if speech is None:
        return []
    # its officials, or the state by its name ("Azerbaijan said"), not "sources in Pakistan"
    speakers = [e for t in verb_actor_tokens(speech) for e in lookup.entities_of(t)
                if e.sector in STATE_SECTORS or (e.sector is None and t.pos_ == "PROPN")]
    return [e.code for e in speakers
            if e.code and e.code not in actor_codes and e.code not in NON_STATE_CODES]


def _places_in_predicate(trigger: Trigger, verb: Token, actor_ids: set[int],
                         lookup: EntityLookup) -> list[Entity]:
    """Places named anywhere in the predicate's phrases ("to institute a curfew in Algiers")."""
    for level in _predicate_levels(trigger, verb, actor_ids):
        found = [e for tok in level if _in_place_phrase(tok) for e in lookup.entities_of(tok) if e.code]
        if found:
            return found
    return []


def _ethnic_origin(actor_heads: list[Token], lookup: EntityLookup) -> list[Entity]:
    """ "ethnic Turks began a hunger strike": a people named by its origin and placed nowhere in the
    sentence keeps the state its name comes from."""
    found: list[Entity] = []
    for head in actor_heads:
        counted = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"]  # "hundreds of ethnic Uzbeks"
        for tok in [t for h in [head, *counted] for t in _core_tokens(h)]:
            if tok.i > 0 and tok.doc[tok.i - 1].lower_ in ETHNIC_MARKERS:
                found.extend(e for e in lookup.resolve_span(tok.doc[tok.i : tok.i + 1]) if e.code)
    return unique_entities(found)


def _in_place_phrase(tok: Token) -> bool:
    """ "surrendered in the eastern town": a place the event happens in, not a group it affects."""
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATION_PREPS - {"to", "into"}


def _victims_home(verb: Token, lookup: EntityLookup) -> list[Entity]:
    """ "The mayor of X was killed" with no place named: the killing happened where the victims are from."""
    if not is_verbal(verb) or not _is_passive(verb) or _agents(verb):
        return []
    victims = [e for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS
               for e in lookup.entities_of(c) if e.code]
    codes = {e.code for e in victims}
    return [Entity(victims[0].code, None, "")] if len(codes) == 1 and not codes & NON_STATE_CODES else []


def _arresting_state(verb: Token, lookup: EntityLookup) -> list[Entity]:
    """An arrest that names neither arrester nor place is made where the article places its news, which
    for a foreigner is not home ("His Russian girlfriend was also taken into custody" after "landed in
    Minsk"); with no such place, where the detainees are from."""
    victims = _victims_home(verb, lookup)
    news = lookup.located_state(verb) if victims else None
    if news and news not in NON_STATE_CODES and news != victims[0].code:
        return [Entity(news, None, "")]
    return victims


def _placed_actors(trigger: Trigger, head: Token, verb: Token, actor_heads: list[Token],
                   lookup: EntityLookup) -> list[Entity]:
    """An actor named without a country takes the country where it acts ("protesters in Hong Kong");
    an attack with no named attacker is by unidentified forces of that country ("a car bomb near X
    killed ..."), an arrest with none by its police ("was arrested at his home in Lahore")."""
    if is_topic_mention(head, verb):
        return []  # "expressed sorrow for the shootings in X": the attack is a topic, not reported here
    # where it happens, not what it is aimed at ("fired rockets at a US base in Syria": Syria)
    place = [e for e in _place_entities(head, verb, set(), lookup, deep=True, aimed=False) if e.code]
    if not place:  # the place of the weapon or blast that is the subject: "a bombing near X killed ..."
        place = [e for t in actor_heads if t.pos_ == "NOUN"
                 for obj in _location_objects(t) for e in lookup.entities_of(obj) if e.code]
    arrest = trigger.category == "COERCE" and trigger.mode == "arrest" and not actor_heads
    release = trigger.category == "RETREAT" and trigger.mode == "release" and not actor_heads
    if release:  # "five Americans detained in Iran were released": by the state that held them
        holders = _holders(verb, lookup)
        return [Entity(holders[0].code, "GOV")] if holders else []
    if not place and arrest:
        place = _arresting_state(verb, lookup)
    if not place and trigger.category == "ASSAULT" and not actor_heads:
        place = _victims_home(verb, lookup)
    uncoded = [e for t in actor_heads for e in lookup.uncoded_entities(t)]
    if not place and uncoded and all(e.sector in OUTLAWS for e in uncoded):
        place = _home_of_outlaws(head, verb, lookup)
    if not place:
        return []
    if _at_a_mission(head, verb) and (city := _city_state(head, lookup)):
        place = [replace(place[0], code=city)]  # "gathered outside the Swedish consulate in Istanbul"
    if uncoded:
        return [Entity(place[0].code, e.sector, e.entity_text, e.start, e.end) for e in uncoded]
    if trigger.category == "ASSAULT" and not any(t.pos_ in ("PROPN", "PRON") for t in actor_heads) \
            and not _from_abroad(head):
        return [Entity(place[0].code, "UAF", place[0].entity_text, place[0].start, place[0].end)]
    if arrest:  # "Imran Khan was arrested at his home in Lahore": by the police of the place
        return [Entity(place[0].code, "COP")]
    return []


def _from_abroad(head: Token) -> bool:
    """ "the cross-border ground assault on Afrin", "a foreign incursion": the attacker comes from beyond
    the place (the tokenizer may split "cross-border" into three modifiers)."""
    modifiers = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound")}
    return "foreign" in modifiers or "cross-border" in modifiers or {"cross", "border"} <= modifiers


# gunmen and gangs named by no state ("gunmen", "attackers", "gangs"); rebels and insurgents are not
# given a state this way: "insurgents shelled a government-held district" may be anyone's
OUTLAWS = frozenset({"UAF", "CRM"})


def _home_of_outlaws(head: Token, verb: Token, lookup: EntityLookup) -> list[Entity]:
    """Gunmen or gangs named by no state, acting at no place of their own, are of the one state where
    their act lands ("an attack by gunmen on a village in Mali", "kidnapped an engineer working at a
    mine in Niger"), else of the one state the sentence names ("El Salvador's Congress ... after gangs
    killed 62 people")."""
    clause = verb if is_verbal(verb) else head
    places = [e for tok in clause.subtree if tok.ent_type_ in PLACE_TYPES and tok.ent_iob_ == "B"
              for e in lookup.entities_of(tok) if e.code and e.code not in NON_STATE_CODES]
    if len({e.code for e in places}) == 1:
        return places[:1]
    code = None if places else _only_state(head, lookup) or lookup.located_state(head)
    return [Entity(code, None, "")] if code else []


STATE_CUSTODY = frozenset({"detain", "jail", "imprison", "arrest", "sentence", "convict", "incarcerate"})


def _holders(verb: Token, lookup: EntityLookup) -> list[Entity]:
    """The state where captives set free were held: "Americans DETAINED IN IRAN were released"."""
    if not is_verbal(verb):
        return []
    captives = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    held = [c for t in captives for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"
            and c.lemma_.lower() in STATE_CUSTODY]  # "hostages HELD in Mali" may be held by anyone
    return [e for v in held for c in v.children if c.dep_ == "prep" and c.lower_ == "in"
            for obj in _prep_objects(c) for e in lookup.entities_of(obj)
            if e.code and e.code not in NON_STATE_CODES]


# A nominal trigger hanging on these prepositions of a verb that does not carry it names what someone
# talks or feels about ("sorrow for the shootings", "a debate over the strikes"), not an event reported.
TOPIC_PREPS = frozenset({"for", "about", "over", "on", "of", "regarding", "concerning", "to"})


def is_topic_mention(head: Token, verb: Token) -> bool:
    """A nominal trigger with no owner of its own that is the topic of another predicate."""
    if is_verbal(head) or noun_actor_tokens(head) or between_tokens(head):
        return False
    if not is_verbal(verb) or verb == head or _carries_noun(verb, head):
        return False
    tok = head
    while tok.dep_ in ("compound", "amod", "nmod", "conj") and tok.head != tok:
        tok = tok.head
    if tok.dep_ in ("dobj", "obj"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS


def _location_objects(tok: Token) -> list[Token]:
    """Objects of the place prepositions on `tok` ("near X", "in X", "outside of X")."""
    return [o for child in tok.children if child.dep_ in ("prep", "advmod") and child.lower_ in LOCATION_PREPS
            for o in _prep_objects(child)]  # "outside of X" is often parsed as an adverb with "of X"


def _prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, through a complex one: "outside of X", "out of X", "ahead of X"."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    if not objects:
        objects = [o for inner in prep.children if inner.dep_ == "prep" and inner.lower_ in ("of", "from")
                   for o in inner.children if o.dep_ == "pobj"]
    return objects


def _place_entities(head: Token, verb: Token, actor_ids: set[int], lookup: EntityLookup,
                    deep: bool = False, aimed: bool = True) -> list[Entity]:
    """Entities of the places the event happens in: "in/at/near X" on the trigger or its verb
    (with `deep`, also on the nouns of those phrases: "killed in a bombing in Baghdad")."""
    objects: list[Token] = []
    anchors = [head] if head == verb else [head, verb]
    if deep:  # "killed 23 people when they blew themselves up in X": the clause of the same act
        anchors += [c for c in verb.children if c.dep_ == "advcl"
                    and any(m.dep_ == "advmod" and m.lower_ == "when" for m in c.children)]
        if _continues_clause(verb):  # "struck a market in Yemen, killing 12": the act it continues
            anchors.append(verb.head)
        if not is_verbal(head):  # "a bombing that killed 14 at a mosque in Peshawar"
            anchors += [c for c in head.children if c.dep_ in ("relcl", "acl") and is_verbal(c)]
    for anchor in anchors:
        objects.extend(o for o in _location_objects(anchor) if o.i not in actor_ids)
        if not deep:
            continue
        for child in anchor.children:
            if child.dep_ in ("dobj", "obj"):  # "evacuate settlements in Gaza"
                objects.extend(_location_objects(child))
                # "launched an attack on a base in Syria": the place of the act's target
                objects.extend(o for prep in child.children if prep.dep_ == "prep"
                               and prep.lower_ in ACT_TARGET_PREPS for target in _prep_objects(prep)
                               for o in _location_objects(target))
            if child.dep_ in ("prep", "agent"):  # "killed in a bombing in Baghdad"
                for obj in (o for o in child.children if o.dep_ == "pobj"):
                    objects.extend(_location_objects(obj))
    found: list[Entity] = []
    for obj in objects:
        if obj.lemma_.lower() in BORDER_WORDS or obj.pos_ == "PRON" or obj == head:
            continue  # "on the Thai border": a line two states share; "fired at it": a party; "died in
            # a US air strike": the event itself, no place
        if not aimed and obj.head.lower_ in AIMED_PREPS and obj.head.head in anchors:
            continue  # "fired at X": the target; "fired on protesters AT a toll gate": a place
        # a phrase that merely contains the place phrase ("China's role in the process") is no place
        named = [e for e in lookup.entities_of(obj) if e.start is None or e.start >= obj.left_edge.idx]
        if not named and obj.pos_ == "NOUN":  # "outside his home in Port-au-Prince", "a village near Gao"
            named = [e for inner in _location_objects(obj) for e in lookup.entities_of(inner) if e.code]
        if not named:  # "in a residential sector of eastern Beirut": the place named in "of"
            named = [e for inner in obj.children if inner.dep_ == "prep" and inner.lower_ == "of"
                     for place in inner.children if place.dep_ == "pobj" and place.ent_type_ in PLACE_TYPES
                     for e in lookup.entities_of(place)]
        found.extend(named)
    return found


PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
AIMED_PREPS = frozenset({"at", "to", "into", "toward", "towards"})
ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache", "attaché", "emissary"})
NON_STATE_ARMED = frozenset({"REB", "UAF", "PRM"})
BORDER_WORDS = frozenset({"border", "frontier", "boundary", "borderline"})
FRONTIER_CLOSED = BORDER_WORDS | frozenset({"crossing", "airspace", "checkpoint"})  # shut against a neighbour


def _giver(verb: Token) -> list[Token]:
    found = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
             for g in c.children if g.dep_ == "pobj"]
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        found += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "from"
                  for g in c.children if g.dep_ == "pobj"]
    return found


def _coordinated(conj: Token) -> bool:
    """A conjunction links `conj` to its head: "signed ..., have engaged ..., and have signed"."""
    siblings = [*conj.head.children, *conj.children]
    return any(c.dep_ == "cc" or (c.dep_ == "punct" and c.text == ";") for c in siblings) or any(
        c.dep_ == "cc" for other in conj.head.children if other.dep_ == "conj" for c in other.children)


# A party that says another party attacked or repressed someone accuses it ("Israel said a rocket was
# fired at it from Gaza", "the ministry said that rebels had shelled the town"). Only a speaker named
# before the clause frames it as its claim; a trailing "..., police said" attributes a reported event.
CLAIM_VERBS = frozenset({"say", "claim", "allege", "charge", "report", "state", "insist", "assert",
                         "maintain", "tell", "write"})
CLAIMABLE = frozenset({"ASSAULT", "COERCE"})
ALLEGING_VERBS = frozenset({"claim", "allege", "charge", "accuse", "insist", "assert", "maintain"})
SOURCE_PREPS = frozenset({"from", "by"})


@dataclass
class Claim:
    speakers: list[Entity]
    accused: list[Entity]
    verb: Token  # the speech verb


def reported_claim(trigger: Trigger, args: Arguments, lookup: EntityLookup) -> Claim | None:
    """The claim a coded speaker makes about another party's attack, if the trigger is one."""
    if trigger.category not in CLAIMABLE:
        return None
    copula = _blame_copula(trigger.head)  # "said Russia WAS responsible for the attack": its clause
    speech = _fronted_speech_verb(copula or clause_verb(trigger.head), trigger.head)
    if speech is None:
        return None
    speakers = unique_entities(e for t in verb_actor_tokens(speech) for e in lookup.entities_of(t) if e.code)
    if not speakers:
        return None
    speaker_codes = {e.code for e in speakers}
    if any(e.code for e in args.actors):
        accused = [e for e in args.actors if e.code and e.code not in speaker_codes]
    else:  # "a mortar bomb was fired at it from the Gaza Strip": where it came from
        verb = clause_verb(trigger.head)
        sources = [o for anchor in {trigger.head, verb} for child in anchor.children
                   if child.dep_ in ("prep", "agent") and child.lower_ in SOURCE_PREPS | LOCATION_PREPS
                   for o in _prep_objects(child)]
        accused = [e for t in sources for e in lookup.entities_of(t)
                   if e.code and e.code not in speaker_codes]
    if not accused:
        return None  # the speaker reports its own act, or names no one
    if not lemma_in(speech, ALLEGING_VERBS) and _reported_as_done(clause_verb(trigger.head)) \
            and not _called_an_allegation(speech) and copula is None:
        return None  # "officials said X had fired ...": a completed fact reported, not an allegation
    return Claim(speakers, unique_entities(accused)[:3], speech)


ALLEGATION_NOUNS = frozenset({"allegation", "accusation", "claim", "charge"})


def _called_an_allegation(speech: Token) -> bool:
    """ "..., AN ALLEGATION Baku denied": the sentence itself calls what was said a claim."""
    return any(t.lemma_.lower() in ALLEGATION_NOUNS and t.dep_ in ("appos", "npadvmod")
               for t in speech.subtree)


def _reported_as_done(verb: Token) -> bool:
    """An active past-perfect clause with a concrete patient ("had fired shells at a post"): the
    speaker reports a completed fact; "X had attacked themselves" stays the speaker's claim."""
    if verb.tag_ != "VBN" or _is_passive(verb):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    patients = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    patients += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(p.pos_ in ("NOUN", "PROPN") for p in patients)


def _fronted_speech_verb(verb: Token, head: Token) -> Token | None:
    """The speech verb whose complement clause holds `verb`, when it comes before the clause."""
    cursor = verb
    for _ in range(4):
        if cursor.dep_ == "acomp" and cursor.head != cursor:  # "said it was LIKELY that ..."
            cursor = cursor.head
        if cursor.dep_ not in ("ccomp", "conj") or cursor.head == cursor:
            return None
        parent = cursor.head
        if cursor.dep_ == "ccomp" and lemma_in(parent, CLAIM_VERBS):
            return parent if parent.i < head.i and parent.i < verb.i else None
        cursor = parent
    return None


# Links followed down from a predicate to the phrases that complete it ("suspended air links WITH
# Serbia", "fired shells AT targets IN Jericho", "rejected an offer FROM Kabul"); subjects, new clauses,
# attributions and background phrases are not followed.
PHRASE_DEPS = frozenset({"dobj", "obj", "dative", "iobj", "prep", "pobj", "pcomp", "xcomp", "compound",
                         "amod", "nmod", "poss", "appos", "conj", "advmod", "oprd", "acl"})
NOT_PARTY_PREPS = frozenset({"after", "following", "since", "amid", "despite", "before", "during", "until",
                             "like", "unlike", "than", "because", "due", "including"})


def _predicate_party(trigger: Trigger, verb: Token, actor_ids: set[int], actors: list[Entity],
                     lookup: EntityLookup, joint_act: bool = False) -> list[Entity]:
    """The nearest party named inside the predicate's own phrases, when no rule named a recipient."""
    actor_codes = {e.code for e in actors if e.code}
    for level in _predicate_levels(trigger, verb, actor_ids):
        if joint_act and trigger.category in COOPERATIVE:  # "X and Y signed a deal in Pretoria": a venue
            level = [t for t in level if not _in_place_phrase(t)]
        if trigger.category in ("CONSULT", "COOPERATE"):
            # "met to discuss supplies for X", "shared intelligence on X": X is what it was about
            level = [t for t in level if not _under_topic_prep(t, verb)]
        phrases = [[e for e in lookup.entities_of(tok)
                    if e.code and (e.code not in actor_codes or _own_countrys_other_party(e, tok, actors))]
                   # "near its border with X": X, not the border; "its soldiers": not "its"
                   for tok in level if tok.pos_ in ("PROPN", "NOUN", "ADJ", "PRON")
                   and tok.lemma_.lower() not in BORDER_WORDS
                   and not (tok.dep_ == "poss" and tok.lower_ in OWN_POSSESSIVES)]
        phrases = [found for found in phrases if found]
        if phrases:  # the nearest two phrases, each with all its coordinated parties ("to X, Y and Z")
            return unique_entities(e for found in phrases[:2] for e in found)
    return []


OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "own"})


def _own_thing(tok: Token) -> bool:
    # "withdraw its soldiers": the possessive itself, pointing back to the actor, is no other party
    own_possessive = tok.dep_ == "poss" and tok.lower_ in OWN_POSSESSIVES
    return own_possessive or _owned_by_pronoun(tok) or _names_a_place(tok)


def _names_a_place(tok: Token) -> bool:
    """ "into Tigray", "in a town of its own": a place phrase, the actor's own ground when coded so."""
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATION_PREPS


def _owned_by_pronoun(tok: Token) -> bool:
    """ "its peacekeeping forces", "their withdrawal": the actor's own forces or act, not another party
    ("its neighbour", "its rival" are the other side)."""
    return tok.lemma_.lower() not in RELATION_NOUNS \
        and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in tok.children)


def _own_countrys_other_party(entity: Entity, tok: Token, actors: list[Entity]) -> bool:
    """ "reneged on his commitment to the Zambian people", "rejected an invitation from Palestinian
    factions": a group of the actor's own country other than the actor itself (another sector, not the
    actor's own forces named through a possessive)."""
    if entity.sector is None or entity.sector in {e.sector for e in actors}:
        return False
    return not _owned_by_pronoun(tok)


CONSULT_TOPIC_PREPS = frozenset({"for", "about", "over", "on", "regarding", "concerning"})


def _under_topic_prep(tok: Token, verb: Token) -> bool:
    """Is `tok` inside a topic phrase ("supplies for X", "talks on X") below the predicate?"""
    cursor = tok
    while cursor != verb and cursor.head != cursor:
        if cursor.dep_ == "prep" and cursor.lower_ in CONSULT_TOPIC_PREPS:
            return True
        cursor = cursor.head
    return False


# Unnamed domestic groups a predicate can affect: officials, forces, parties, rebels, civilians.
DOMESTIC_GROUP_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "ELI", "REB",
                                    "CVL"})
# "an amnesty that will free prisoners", "a bill passed by parliament": clauses on the object that
# say whom the thing acted on affects or who made it.
CLAUSE_ON_OBJECT_DEPS = frozenset({"relcl", "agent"})


def _predicate_levels(trigger: Trigger, verb: Token, actor_ids: set[int], max_depth: int = 4,
                      extra_deps: frozenset[str] = frozenset()) -> Iterator[list[Token]]:
    """The tokens of the predicate's phrases, level by level down the parse (nearest first)."""
    head = trigger.head
    starts = [head] if verb == head or not is_verbal(verb) or not _carries_noun(verb, head) else [verb, head]
    # a trigger of several words ("opened an investigation") completes its phrases from each noun
    starts += [t for t in trigger.tokens if t not in starts and t.pos_ == "NOUN" and t.head in starts]
    seen = {t.i for t in starts} | actor_ids
    level = list(starts)
    for _ in range(max_depth):
        following: list[Token] = []
        for tok in level:
            for child in tok.children:
                if child.i in seen or child.dep_ not in PHRASE_DEPS | extra_deps:
                    continue
                if extra_deps and to_infinitive(child):
                    continue  # "appealed for help to feed displaced people": whom the help is for
                if child.dep_ == "conj" and (is_verbal(tok) or is_verbal(child)):
                    continue  # "rejected X and threatened Y": a coordinated predicate is another event
                if child.dep_ == "prep" and child.lower_ in NOT_PARTY_PREPS:
                    continue
                if child.dep_ == "pobj" and _helped_by(child):
                    continue
                if tok.lemma_.lower() in BORDER_WORDS and child.dep_ in ("amod", "compound", "nmod", "poss"):
                    continue  # "a stronghold on the Thai border": a shared line, no party
                if child.dep_ in ("xcomp", "acl") and any(c.dep_.startswith("nsubj") for c in child.children):
                    continue
                seen.add(child.i)
                following.append(child)
        if not following:
            return
        yield following
        level = following


# Sectors of people and bodies that belong to a state: an official named without a country ("President
# X", "Judge Y", "opposition leaders") in a sentence that names one country only is that country's.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "ELI"})
# groups of one country's society: named by role only, they act where the sentence's one state is
SOCIETY_SECTORS = frozenset({"OPP", "PTY", "ELI", "CVL", "REF", "JRN", "LAB", "EDU", "MED", "REL", "AGR",
                             "SOC"})
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})
NAMED_PLACE_TYPES = frozenset({"GPE", "NORP", "LOC"})


def _proper_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper()  # the tagger calls "the foreign ministry" PROPN


def _not_of_the_target(officials: list[Entity], trigger: Trigger, head: Token, verb: Token,
                       lookup: EntityLookup) -> list[Entity]:
    """ "President Miguel Diaz-Canel blamed the United States": an official is not of the state his act
    targets, even when it is the only one the sentence names; he is of the one other state the article
    has named, if there is one."""
    if not officials:
        return officials
    # the target named as a state ("the United States", "Kigali"), not people or places of it: a
    # judge's probe of Chilean officials, rioters in Nairobi's parliament are news at home
    targeted = {e.code for t in recipient_tokens(trigger, verb) if t.ent_type_ == "GPE"
                for e in lookup.entities_of(t) if e.code}
    if officials[0].code not in targeted:
        return officials
    code = _one_other_state(_states_named_so_far(head, lookup), targeted)
    return _recoded(officials, code) if code else []


def _visitor_from_elsewhere(head: Token, actor_heads: list[Token], lookup: EntityLookup) -> list[Entity]:
    """ "signed a pact with China during a visit to Beijing by Prime Minister X": a visiting official of
    no known state comes from the one state, other than the host, that the article has named."""
    named = [t for t in actor_heads if any(_proper_name(w) for w in _core_tokens(t))]
    officials = [e for t in named for e in lookup.uncoded_entities(t) if e.sector in STATE_SECTORS]
    hosts = {e.code for t in head.subtree if t.dep_ == "pobj" and t.head.lower_ in ("to", "in")
             and t.head.head == head for e in lookup.entities_of(t) if e.code}
    if not officials or not hosts:
        return []
    code = _one_other_state(_states_named_so_far(head, lookup) | _sentence_states(head, lookup), hosts)
    return _recoded(officials, code) if code else []


def _officials_of_the_only_country(head: Token, actor_heads: list[Token],
                                   lookup: EntityLookup) -> list[Entity]:
    # a named official ("President X", "the X coalition") or a group of society that acts at home ("the
    # opposition", "elders", "a newspaper"); "the government" is better left to the article's memory
    # than given to whichever country the sentence happens to name
    named = [t for t in actor_heads if any(_proper_name(w) for w in _core_tokens(t))]
    uncoded = [e for t in named for e in lookup.uncoded_entities(t) if e.sector in STATE_SECTORS]
    uncoded += [e for t in actor_heads if t not in named for e in lookup.uncoded_entities(t)
                if e.sector in SOCIETY_SECTORS | HOME_BODIES]  # "police fired tear gas ... in Dhaka"
    code = _only_state(head, lookup, unquoted=True) if uncoded else None
    if code is None and uncoded and all(e.sector in HOME_BODIES for e in uncoded) \
            and not _sentence_states(head, lookup):
        # "Police detained dozens": in a sentence naming no state, the police of the one state the
        # article has named so far
        named_so_far = _states_named_so_far(head, lookup)
        code = next(iter(named_so_far)) if len(named_so_far) == 1 else None
    return _recoded(uncoded, code) if code else []


def _one_other_state(named: set[str], excluded: set[str]) -> str | None:
    """The one state named besides those excluded (the target, the host), if there is exactly one."""
    others = named - excluded - NON_STATE_CODES
    return next(iter(others)) if len(others) == 1 else None


def _recoded(entities: list[Entity], code: str) -> list[Entity]:
    """The same mentions, given the code of the state they belong to."""
    return [replace(e, code=code) for e in entities]


GOVERNMENT_WORDS = frozenset({"government", "authorities", "ministry", "cabinet", "presidency"})


def _government_facing(actors: list[Entity], actor_heads: list[Token], recipients: list[Entity], head: Token,
                       lookup: EntityLookup) -> list[Entity]:
    """ "Hackers hit Moldova's presidency, and the government blamed Russian intelligence": a government
    named by no state is not the one it acts on; it is the one other state the article has named."""
    if not all(t.lemma_.lower() in GOVERNMENT_WORDS and not any(_proper_name(w) for w in _core_tokens(t))
               for t in actor_heads) or not actor_heads:
        return []
    named = _states_named_so_far(head, lookup) | _sentence_states(head, lookup)
    code = _one_other_state(named, {e.code for e in recipients if e.code})
    if code is None:
        return []
    governments = [replace(e, sector=e.sector or "GOV")
                   for t in actor_heads for e in lookup.uncoded_entities(t)]
    return _recoded(governments, code) or [Entity(code, "GOV")]


def _states_named_so_far(head: Token, lookup: EntityLookup) -> set[str]:
    """Codes of the states the article has named up to the end of the sentence of `head`."""
    end = head.sent.end
    return {e.code for i, mention in lookup.by_token.items() if i < end for e in mention.entities
            if e.code and e.code not in NON_STATE_CODES}


MISSION_WORDS = frozenset({"embassy", "consulate", "mission", "legation", "chancery"})


def _at_a_mission(head: Token, verb: Token) -> bool:
    """The act happens at a state's mission abroad ("outside the Turkish embassy in Stockholm")."""
    return any(t.dep_ == "pobj" and t.lemma_.lower() in MISSION_WORDS
               for t in itertools.chain(verb.subtree, head.subtree))


def _city_state(head: Token, lookup: EntityLookup) -> str | None:
    """The one state whose cities the sentence of `head` names, inside a party's phrase or not ("the
    Swedish consulate in Istanbul": Turkey), if it names cities of one state only."""
    sentence = head.sent
    mentions = {id(m): m for m in lookup.by_token.values() if sentence.start <= m.span.start < sentence.end}
    codes: set[str] = set()
    for mention in mentions.values():
        for run in _runs(sorted(mention.city_tokens)):
            codes.update(e.code for e in lookup._resolved([head.doc[i] for i in run]) if e.code)
    codes -= NON_STATE_CODES
    return next(iter(codes)) if len(codes) == 1 else None


def _runs(indices: list[int]) -> list[list[int]]:
    """Consecutive token indices grouped: the tokens of each name."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _only_state(head: Token, lookup: EntityLookup, unquoted: bool = False) -> str | None:
    """The one state the sentence of `head` names (by name, capital, people or places), if only one;
    `unquoted`: outside quotations (`_sentence_states`)."""
    codes = _sentence_states(head, lookup, stop_after=1, skip=NON_STATE_CODES, unquoted=unquoted)
    return next(iter(codes)) if len(codes) == 1 else None


def _sentence_states(head: Token, lookup: EntityLookup, stop_after: int = 0,
                     skip: frozenset[str] = frozenset(), unquoted: bool = False) -> set[str]:
    """Codes the sentence of `head` names (by name, capital, people or places), but those to `skip`; with
    stop_after, the search stops once it has found more than that many; `unquoted`: only outside
    quotations, where a speaker's own state is named, not the states the speech is about."""
    root = head
    while root.head != root:
        root = root.head
    codes: set[str] = set()
    quoted = quoted_indices(root.sent) if unquoted else set()
    for tok in root.subtree:
        if tok.i in quoted:
            continue
        mention = lookup.by_token.get(tok.i)
        if mention is not None:
            codes.update(e.code for e in mention.entities if e.code and e.code not in skip)
        elif tok.ent_type_ in NAMED_PLACE_TYPES and tok.ent_iob_ == "B":  # "a curfew in Algiers"
            ent = next((e for e in tok.doc.ents if e.start == tok.i), None)
            if ent is not None:
                codes.update(e.code for e in lookup._resolved(list(ent)) if e.code and e.code not in skip)
        if stop_after and len(codes) > stop_after:
            break
    return codes


def _counted_crowd(verb: Token) -> bool:
    """ "Thousands rallied", "tens of thousands marched": a crowd given by its size only."""
    return any(c.dep_ == "nsubj" and (c.pos_ == "NUM" or c.lemma_.lower() in CROWD_SIZES)
               for c in verb.children)


CROWD_SIZES = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "ten", "tens",
                         "million", "millions", "scores"})


def _crowd_of_the_only_state(trigger: Trigger, head: Token, lookup: EntityLookup) -> list[Entity]:
    """ "arrested hundreds during protests against the election": a protest named with no one owning it
    is by the people of the one state the sentence names."""
    if trigger.category != "PROTEST" or (not trigger.nominal and not _counted_crowd(head)):
        return []
    code = _only_state(head, lookup)
    crowd = next((c for c in head.children if c.dep_ == "nsubj"), head)  # "Thousands", else "protests"
    return [Entity(code, "CVL", crowd.text, crowd.idx, crowd.idx + len(crowd.text))] if code else []
