"""Actor and recipient of a trigger, read from the dependency parse of its sentence.

The functions here map a trigger to argument *phrases* (tokens heading noun phrases) and then to
PLOVER entities through an `EntityLookup` (mentions found by the actor resolver, with a fallback to
resolving the phrase directly).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from dotterel.actors.resolver import ActorResolver, Mention
from dotterel.events.triggers import Trigger
from dotterel.models import Entity

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "iobj", "dative", "obj", "attr", "oprd"})
# Children that open a new clause or a different phrase: their words do not name the argument itself.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "punct", "cc",
                         "conj", "prep", "appos", "mark", "dep", "npadvmod"})
# Prepositions inside a noun phrase that still say whose it is ("the president of France").
OWNER_PREPS = frozenset({"of", "from", "in", "at"})
DEFAULT_RECIPIENT_PREPS = ("with", "to", "against", "on", "at", "toward", "towards", "into", "upon")
# Verbs whose subject carries out the event named by their object or complement ("held talks",
# "launched an attack", "agreed to meet"): the subject of the verb becomes the actor.
SUPPORT_VERBS = frozenset({
    "hold", "conduct", "launch", "carry", "stage", "engage", "sign", "make", "begin", "start", "continue",
    "resume", "impose", "issue", "deliver", "mount", "wage", "join", "take", "have", "give", "provide",
    "send", "offer", "extend", "announce", "order", "step", "intensify", "escalate", "lead", "organize",
    "organise", "perform", "undertake", "pursue", "open", "host", "attend", "participate", "sponsor",
    "ink", "conclude", "reach", "strike", "seal", "approve", "grant", "deploy", "commit", "unleash",
    "initiate", "call", "declare", "establish", "set", "pledge", "promise", "agree", "plan",
})
SPEECH_LEMMAS = frozenset({
    "say", "tell", "announce", "state", "add", "declare", "claim", "report", "write", "note", "insist",
    "explain", "warn", "stress", "emphasize", "emphasise", "confirm", "reiterate", "argue", "assert",
    "allege", "accuse", "charge", "complain", "suggest", "repeat", "urge", "call", "demand", "ask",
})
SPEAKER_ACTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"})
# Lemmas whose coordinated subject means the parties act together ("X and Y met").
SYMMETRIC_LEMMAS = frozenset({
    "meet", "agree", "clash", "talk", "negotiate", "cooperate", "sign", "fight", "discuss", "consult",
    "confer", "hold", "exchange", "conduct", "reconcile", "collaborate", "partner", "ally", "trade",
    "engage", "meeting", "talks", "agreement", "deal", "pact", "treaty", "exercise", "drill",
    "cooperation", "summit", "negotiation", "clashes",
})
FIRST_PERSON = frozenset({"i", "we", "us", "our", "my", "me", "ours"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})


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
            for tok in mention.span:
                self.by_token.setdefault(tok.i, mention)
        self._span_cache: dict[tuple[int, int], list[Entity]] = {}

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
        found: list[Entity] = []
        if self.index is not None:
            found = [e for e in self.index.entities_for(head) if e.code]
        if not found:
            for conjunct in [head, *_conjuncts(head)]:
                found.extend(self._phrase_entities(conjunct))
        for listed in _listed_appositions(head):  # "the US, Russia, and Switzerland" parsed as appositions
            found.extend(self.entities_of(listed))
        return unique_entities(found)

    def _phrase_entities(self, head: Token) -> list[Entity]:
        core = _core_tokens(head)
        found = self._mentioned(core)
        if not found:
            found = self._resolved(core)
        if not found:
            wider: list[Token] = []
            for child in head.children:
                if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in OWNER_PREPS):
                    wider.extend(child.subtree)
            found = self._mentioned(wider)
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


def unique_entities(entities: Iterable[Entity]) -> list[Entity]:
    out: list[Entity] = []
    keys: set[tuple[str | None, str | None]] = set()
    for ent in entities:
        key = (ent.code, ent.sector)
        if key not in keys:
            keys.add(key)
            out.append(ent)
    return out


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
                        "conj", "npadvmod", "pcomp") and tok.head is not tok:
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


def verb_actor_tokens(verb: Token, depth: int = 0) -> list[Token]:
    """Heads of the phrases that do what `verb` says, following control, coordination and relatives."""
    if depth > 5:
        return []
    active, passive = _subject_children(verb)
    if passive or any(c.dep_ == "auxpass" for c in verb.children):
        return _agents(verb)
    if active:
        subject = active[0]
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return [verb.head]
        return [subject]
    if verb.dep_ == "conj" and verb.head is not verb and _is_passive(verb.head):
        return [c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if verb.dep_ in ("xcomp", "conj", "advcl", "pcomp") and verb.head is not verb:
        governor = verb.head
        if verb.dep_ == "pcomp":  # "accused Israel of attacking": the object of accuse attacks
            governor = governor.head if governor.dep_ == "prep" else governor
            objects = [c for c in governor.children if c.dep_ in ("dobj", "obj")]
            if objects:
                return objects
        if governor.dep_ == "prep":
            governor = governor.head
        if verb.dep_ == "xcomp":
            objects = [c for c in governor.children if c.dep_ in ("dobj", "obj")]
            if objects and governor.lemma_ in ("urge", "ask", "order", "force", "call", "tell", "help",
                                                "allow", "invite", "persuade", "encourage", "push"):
                return objects
        if is_verbal(governor) or governor.pos_ == "NOUN":
            return verb_actor_tokens(governor, depth + 1) if is_verbal(governor) else []
    if verb.dep_ in ("acl", "relcl") and verb.tag_ in ("VBN", "VBG"):
        # "troops deployed by Russia", "the group fighting the army"
        agents = _agents(verb)
        if agents:
            return agents
        if verb.tag_ == "VBG":
            return [verb.head]
    return []


def noun_actor_tokens(noun: Token) -> list[Token]:
    """Owner of a nominal trigger: "Iran's attack", "Russian strikes", "an attack by rebels"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her"):
            return [child]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return [g for g in child.children if g.dep_ == "pobj"]
    owners = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
              and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN") and c.i < noun.i]
    return owners[:1]


def between_tokens(noun: Token) -> list[Token]:
    """Parties of "talks between X and Y" / "clashes among ..."."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("between", "among", "amongst"):
            return [g for g in child.children if g.dep_ == "pobj"]
    return []


def recipient_tokens(trigger: Trigger, verb: Token) -> list[Token]:
    head = trigger.head
    preps = trigger.recipient_preps or DEFAULT_RECIPIENT_PREPS
    out: list[Token] = []
    trigger_ids = {t.i for t in trigger.tokens} | {head.i}

    def from_preps(tok: Token) -> None:
        for child in tok.children:
            if child.dep_ in ("prep", "dative") and child.lower_ in preps:
                out.extend(g for g in child.children if g.dep_ == "pobj")

    if is_verbal(head):
        passive = any(c.dep_ in ("auxpass",) for c in head.children) or any(
            c.dep_ in PASSIVE_SUBJECT_DEPS for c in head.children)
        if passive:
            out.extend(c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS)
        else:
            out.extend(c for c in head.children if c.dep_ in OBJECT_DEPS - {"attr", "oprd"}
                       and c.i not in trigger_ids)
        from_preps(head)
        # "held talks with X", "signed a pact with X": the object's own preposition names the recipient
        for obj in [c for c in head.children if c.dep_ in ("dobj", "obj")]:
            if obj.i in trigger_ids or obj.pos_ == "NOUN":
                from_preps(obj)
    else:
        from_preps(head)
        cursor = head
        while cursor is not verb and cursor.dep_ in ("compound", "amod", "nmod") and cursor.head != cursor:
            cursor = cursor.head  # "issued [arrest] warrants for X"
            from_preps(cursor)
        if verb is not head and is_verbal(verb):
            from_preps(verb)
            if not out:
                out.extend(c for c in verb.children if c.dep_ in ("dative", "iobj"))
    return [t for t in out if t.i not in trigger_ids]


OWNER_OF_OBJECT_PREPS = frozenset({"by", "from", "of"})


def complement_recipient_tokens(head: Token, depth: int = 0) -> list[Token]:
    """Recipients that sit inside what a verb absorbed, tried when its own dependents name none:
    "demanded that [the US] cancel ...", "threatened to cut ties with [X]", "rejected [an Indian] offer",
    "dismissed an appeal from [X]"."""
    out: list[Token] = []
    for child in head.children:
        if child.dep_ == "ccomp" and is_verbal(child):
            out.extend(c for c in child.children if c.dep_ in ("nsubj", "nsubjpass"))
        elif child.dep_ in ("dobj", "obj") and child.pos_ == "NOUN":
            out.extend(_object_owners(child))
    if out or depth > 1:
        return out
    for child in head.children:
        if child.dep_ == "xcomp" and is_verbal(child):
            out.extend(c for c in child.children if c.dep_ in ("dobj", "obj", "dative", "iobj"))
            for grand in child.children:
                if grand.dep_ in ("prep", "dative") and grand.lower_ in DEFAULT_RECIPIENT_PREPS:
                    out.extend(g for g in grand.children if g.dep_ == "pobj")
                if grand.dep_ in ("dobj", "obj"):
                    for prep in grand.children:
                        if prep.dep_ == "prep" and prep.lower_ in DEFAULT_RECIPIENT_PREPS:
                            out.extend(g for g in prep.children if g.dep_ == "pobj")
            if not out:
                out.extend(complement_recipient_tokens(child, depth + 1))
    return out


def _object_owners(noun: Token) -> list[Token]:
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")
               and c.ent_type_ in ("NORP", "GPE", "ORG")]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in OWNER_OF_OBJECT_PREPS:
            owners.extend(g for g in prep.children if g.dep_ == "pobj")
    return owners


def speech_governor(verb: Token) -> Token | None:
    """The speech verb that reports the clause of `verb` ("..., the minister said")."""
    tok = verb
    for _ in range(4):
        if tok.dep_ in ("ccomp", "parataxis", "xcomp", "conj", "advcl") and tok.head is not tok:
            tok = tok.head
            if tok.lemma_ in SPEECH_LEMMAS:
                return tok
            continue
        if tok.lemma_ in SPEECH_LEMMAS and tok is not verb:
            return tok
        break
    # "X said" attached to the root as a sibling clause ("..., X said." parsed as parataxis child)
    for child in verb.children:
        if child.dep_ in ("parataxis", "ccomp") and child.lemma_ in SPEECH_LEMMAS and child.i > verb.i:
            return child
    return None


def find_arguments(trigger: Trigger, lookup: EntityLookup) -> Arguments:
    head = trigger.head
    verb = clause_verb(head)
    actor_heads: list[Token] = []
    parties = [] if is_verbal(head) else between_tokens(head)
    if parties:
        actors = unique_entities(e for t in parties for e in lookup.entities_of(t))
        if actors:
            return Arguments(actors=actors, recipients=[], reciprocal=True, actor_tokens=parties)
    if not is_verbal(head):
        actor_heads = noun_actor_tokens(head)
    if not actor_heads and is_verbal(verb) and (verb is head or _carries_noun(verb, head)):
        actor_heads = verb_actor_tokens(verb)
    actors = unique_entities(e for t in actor_heads for e in lookup.entities_of(t))
    if _needs_speaker(actors, actor_heads, trigger) and not _is_passive(verb):
        speaker_verb = speech_governor(verb if is_verbal(verb) else head)
        if speaker_verb is not None:
            speakers = verb_actor_tokens(speaker_verb)
            speaker_entities = unique_entities(e for t in speakers for e in lookup.entities_of(t))
            if speaker_entities:
                actors, actor_heads = speaker_entities, speakers
    actor_ids = {t.i for h in actor_heads for t in h.subtree}
    actor_keys = {(e.code, e.sector) for e in actors}
    recipients: list[Entity] = []
    groups = [lambda: recipient_tokens(trigger, verb)]
    if is_verbal(head):
        groups.append(lambda: complement_recipient_tokens(head))
    for group in groups:
        recipient_heads = [t for t in group() if t.i not in actor_ids]
        recipients = unique_entities(e for t in recipient_heads for e in lookup.entities_of(t))
        recipients = [e for e in recipients if e.code and (e.code, e.sector) not in actor_keys]
        if recipients:
            break
    reciprocal = trigger.reciprocal or (
        len({e.code for e in actors}) >= 2 and not recipients
        and (head.lemma_.lower() in SYMMETRIC_LEMMAS or verb.lemma_.lower() in SYMMETRIC_LEMMAS))
    if trigger.reciprocal and recipients:
        actors, recipients = unique_entities([*actors, *recipients]), []
    return Arguments(actors=actors, recipients=recipients, reciprocal=reciprocal, actor_tokens=actor_heads)


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _carries_noun(verb: Token, noun: Token) -> bool:
    """Does the subject of `verb` do what `noun` names? "held talks" yes, "condemned the attack" no."""
    return lemma_in(verb, SUPPORT_VERBS) and noun.dep_ not in ("nsubj", "nsubjpass")


def _needs_speaker(actors: list[Entity], actor_heads: list[Token], trigger: Trigger) -> bool:
    if any(e.code for e in actors):
        return False
    if not actor_heads:
        return trigger.category in SPEAKER_ACTS
    return all(t.lower_ in FIRST_PERSON for t in actor_heads)
