"""Whoever claims an attack did it, when the report of the attack names no attacker.

"Twenty-eight Beninese soldiers were killed when jihadist fighters overran an army post ... The al
Qaeda-linked group JNIM claimed responsibility for the attack": the attack is coded with an
unidentified attacker, the claim names it. A claim of responsibility ("X claimed responsibility",
"X claimed the attack", "an attack claimed by X", "the attack was claimed by X") gives its claimant as
actor to the latest attack of record in its sentence or the CLAIM_REACH sentences before it whose
attacker the coder could not identify (no code, or unidentified forces of the place). The claim's own
mention of "the attack" ("responsibility for the attack", "claimed the attack") is that same attack, not
another one (`restates_a_claimed_attack`); "claimed responsibility for an ambush that killed 11 soldiers"
tells the ambush itself.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from dotterel.events.arguments import EntityLookup, verb_actor_tokens
from dotterel.models import Entity, Event

CLAIM_REACH = 2  # sentences back
CLAIMED = frozenset({"responsibility", "credit"})
ATTACK_NOUNS = frozenset({"attack", "attacks", "bombing", "bombings", "ambush", "assault", "raid", "killing",
                          "killings", "blast", "explosion", "massacre", "kidnapping", "abduction"})
UNIDENTIFIED = frozenset({"UAF"})
UNREAL = frozenset({"negated", "hypothetical"})


@dataclass(frozen=True)
class ResponsibilityClaim:
    sentence: int  # ordinal of the sentence in the article
    claimants: list[Entity]


def claims_in(sentence: Span, sequence: int, lookup: EntityLookup) -> list[ResponsibilityClaim]:
    """The claims of responsibility a sentence makes, with their coded claimants."""
    found = []
    for token in sentence:
        heads = _claimant_heads(token)
        claimants = [e for head in heads if not _denied(head) for e in lookup.entities_of(head) if e.code]
        if claimants:
            found.append(ResponsibilityClaim(sequence, claimants))
    return found


def _claimant_heads(token: Token) -> list[Token]:
    if token.lemma_.lower() != "claim" or token.pos_ not in ("VERB", "AUX"):
        return []
    objects = [c for c in token.children if c.dep_ in ("dobj", "obj")]
    if any(c.dep_ == "neg" for c in token.children):
        return []
    if any(o.lower_ in CLAIMED | ATTACK_NOUNS for o in objects):
        return verb_actor_tokens(token)  # "JNIM claimed responsibility", "Isis claimed the attack"
    passive = any(c.dep_ == "nsubjpass" and c.lower_ in ATTACK_NOUNS for c in token.children)
    described = token.dep_ in ("acl", "relcl") and (
        token.head.lower_ in ATTACK_NOUNS or _after_attack_noun(token))
    if passive or described:  # "the attack was claimed by X", "an attack claimed by X"
        return [g for c in token.children if c.dep_ == "agent" for g in c.children]
    return []


def _after_attack_noun(token: Token) -> bool:
    """ "killing 127 people in attacks later claimed by X": the parser may hang the participle on another
    noun; the attack noun then stands just before it (an adverb or two between)."""
    before = token.i - 1
    while before >= token.sent.start and token.doc[before].pos_ == "ADV":
        before -= 1
    return before >= token.sent.start and token.doc[before].lower_ in ATTACK_NOUNS


def _denied(head: Token) -> bool:
    """ "No group has claimed responsibility": no one did."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)


def restates_a_claimed_attack(head: Token) -> bool:
    """ "claimed responsibility for THE ATTACK", "Isis claimed THE ATTACK": an attack told before (not
    "claimed responsibility for an ambush that killed 11 soldiers", which tells it)."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
        return False
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ == "for":
        return governor.head.lemma_.lower() in CLAIMED
    if head.dep_ == "nsubjpass":  # "the attack was claimed by X"; not "the bombing, which killed ..., was"
        told_here = any(c.dep_ in ("relcl", "acl") for c in head.children)
        return governor.lemma_.lower() == "claim" and not told_here
    return head.dep_ in ("dobj", "obj") and governor.lemma_.lower() == "claim"


def credit_attacks(events: list[Event], claims: list[ResponsibilityClaim]) -> list[Event]:
    """The article's events, each attack by an unidentified attacker credited to a later claim."""
    credited = list(events)
    for claim in claims:
        attack = _unattributed_attack(credited, claim)
        if attack is not None:
            credited[credited.index(attack)] = replace(
                attack, actor=[attack.borrowed(e) for e in claim.claimants])
    return credited


def _unattributed_attack(events: list[Event], claim: ResponsibilityClaim) -> Event | None:
    for event in reversed(events):
        info = event.text_info
        if info is None or info.sequence > claim.sentence:
            continue
        if claim.sentence - info.sequence > CLAIM_REACH:
            return None
        if event.event == "ASSAULT" and event.aux not in UNREAL and _unidentified(event.actor):
            return event
    return None


def _unidentified(actors: list[Entity]) -> bool:
    return all(e.code is None or e.sector in UNIDENTIFIED for e in actors)
