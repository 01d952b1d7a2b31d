"""A reaction to an act or a statement is aimed at whoever did or said it earlier in the article.

A demand for someone's release is aimed at whoever seized or holds them, told earlier.

"Ecuadorean police forced their way into Mexico's embassy ... Mexico's president called the raid an
authoritarian act": the sentence of the reaction names the act, not who did it; the article does. A
denunciation, a welcome or a rebuff (ACCUSE, SUPPORT, REJECT) with no recipient (or only its own side)
whose object is an act ("the raid", "the release", "the move"), a statement ("the request", "the
allegations", "denied that ...", "an allegation Baku denied") or points back to one ("it", "this") takes
as recipient the actors of the latest earlier event of record, within REACH sentences, done by another
party: of the category the object names when it names one ("rejected the request": the latest REQUEST)
or else of any in the sentence before, and of any when the object names no category ("welcomed the
move", though not a charge or a demand: a move is a deed or a decision). Failing that, it answers the
story's lead act, told in the headline or the lead, which most reactions in news are about ("Maas called
the move unacceptable", paragraphs on). When no event of record comes before (the act was coded as none:
"Nepal's parliament approved a new map. India condemned the move"), the reaction answers the subject of
the sentence just before. Another party is another state, or in one state another side (a union reacting
to the government, not a ministry to its army).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dotterel.events.clauses import RELATIVE_PRONOUNS
from dotterel.events.triggers import SPEECH_VERBS, Trigger
from dotterel.models import Entity, Event

if TYPE_CHECKING:
    from dotterel.events.arguments import EntityLookup

REACTING = frozenset({"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "PROTEST"})
Categories = tuple[str, ...]  # PLOVER categories, the likeliest first
# what a protest is held to do, when it names an act: "rallied in Sanaa TO DENOUNCE the strikes"
DENOUNCING = frozenset({"denounce", "condemn", "protest", "decry", "oppose"})
REACH = 2  # sentences back
LEAD_SENTENCES = 2  # the headline and the lead: where the story's own act is told
UNREAL = frozenset({"negated", "hypothetical"})
BACK_POINTERS = frozenset({"it", "this", "that"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
# a marker among the categories: the act is done by a state's own forces to its own rulers (a coup)
DOMESTIC = "domestic"
# Nouns that name an act someone did (the object of "condemned the ...", "welcomed the ..."), with the
# categories of the event they name when they name one, the one they most often name first.
ACT_NOUNS: dict[str, Categories] = {
    **dict.fromkeys(["raid", "attack", "strike", "assault", "incursion", "invasion", "bombing", "shelling",
                     "offensive", "killing", "shooting", "abduction", "kidnapping", "execution", "storming",
                     "burning", "violence", "bloodshed"], ("ASSAULT", "COERCE", "PROTEST")),
    **dict.fromkeys(["unrest", "riot", "rioting", "protest", "demonstration", "uprising", "rebellion",
                     "mutiny", "insurrection"], ("PROTEST", "ASSAULT")),
    **dict.fromkeys(["arrest", "detention", "crackdown", "seizure", "closure", "takeover"],
                    ("COERCE", "ASSAULT")),
    **dict.fromkeys(["coup", "putsch"], ("COERCE", "ASSAULT", DOMESTIC)),
    "ban": ("SANCTION", "REJECT", "COERCE"),  # a travel ban, an entry ban, a ban on rallies
    **dict.fromkeys(["sanction", "embargo", "tariff", "fine", "penalty", "boycott"], ("SANCTION",)),
    "recall": ("SANCTION",),  # of an ambassador
    **dict.fromkeys(["release", "withdrawal", "handover", "transfer", "resignation", "departure"],
                    ("RETREAT", "CONCEDE")),
    **dict.fromkeys(["pardon", "suspension"], ("CONCEDE", "SANCTION")),
    **dict.fromkeys(["deal", "agreement", "accord", "pact", "treaty"],
                    ("SUPPORT", "AGREE", "COOPERATE")),
    **dict.fromkeys(["meeting", "talks", "summit"], ("CONSULT",)),
    "expulsion": ("SANCTION", "COERCE"),
    "deployment": ("MOBILIZE",),
    "sentence": ("SANCTION",),
    "verdict": ("SANCTION",),
    "ruling": ("SANCTION", "ACCUSE"),
    **dict.fromkeys(["move", "decision", "step", "announcement", "vote", "operation", "measure", "action",
                     "test", "launch", "blockade", "annexation", "recognition", "referendum"], ()),
}
# Nouns that name what someone said or asked (the object of "rejected the ...", "denied the ...").
STATEMENT_NOUNS: dict[str, Categories] = {
    **dict.fromkeys(["allegation", "accusation", "claim", "charge", "criticism", "assertion", "involvement",
                     "responsibility", "role"], ("ACCUSE",)),
    **dict.fromkeys(["request", "demand", "call", "appeal", "bid"], ("REQUEST",)),
    **dict.fromkeys(["offer", "proposal", "invitation", "plan", "idea"], ("AGREE",)),
    "ultimatum": ("THREATEN",),
    **dict.fromkeys(["report", "suggestion", "question", "argument", "statement", "remark", "comment"],
                    ()),
}
REACTED_TO = {**ACT_NOUNS, **STATEMENT_NOUNS}
MEETINGS = frozenset({"CONSULT"})
# what "the move", "the decision" name is a deed or a decision, not a charge or a demand made of another
SAYINGS = frozenset({"ACCUSE", "REQUEST"})
# What a demand asks of whoever holds someone: "demanded Conde's RELEASE" is asked of his captors (the
# possessor is the one held, not the doer).
RELEASE_NOUNS = frozenset({"release", "freedom", "reinstatement", "return"})
HOLDING = ("COERCE", "ASSAULT")


def reacts_to_an_act(trigger: Trigger) -> bool:
    """A denunciation, welcome or rebuff whose object is an act or a statement or points back to one
    ("condemned the raid", "welcomed it", "denied that ..."); "condemned Ecuador" names its recipient
    itself, and "struck a deal" is the deal."""
    return reacted_to(trigger) is not None


def reacted_to(trigger: Trigger) -> Categories | None:
    """The categories of the event the trigger reacts to, most likely first (empty: any), or None if it
    reacts to none."""
    if trigger.category not in REACTING or trigger.nominal:
        return None
    if trigger.category == "PROTEST":
        purposes = [c for c in trigger.head.children if c.dep_ in ("advcl", "xcomp")
                    and c.lemma_.lower() in DENOUNCING]
        named = [_named(o) for c in purposes for o in c.children if o.dep_ in ("dobj", "obj")]
        return _joined(named) if named and all(n for n in named) else None
    objects = [c for c in trigger.head.children if c.dep_ in ("dobj", "obj") and c not in trigger.tokens]
    objects += [g for c in trigger.head.children if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children if g.dep_ == "pobj"]  # "called for the detainees' release"
    if trigger.pattern == "dismayed-by":  # "was deeply troubled BY THE DECISION"
        objects += [g for c in trigger.head.children if c.dep_ in ("agent", "prep")
                    for g in c.children if g.dep_ == "pobj"]
    if trigger.head.dep_ == "relcl":  # "the strikes, WHICH Moscow called a violation": the noun
        objects = [trigger.head.head if o.lower_ in RELATIVE_PRONOUNS else o for o in objects]
    if trigger.category == "REQUEST":
        released = [o for o in objects if o.lemma_.lower() in RELEASE_NOUNS]
        return HOLDING if released else None
    if not objects and trigger.head.dep_ == "relcl":  # "..., an allegation Baku DENIED"
        return _named(trigger.head.head)
    if not objects:
        said = trigger.category == "REJECT" and any(c.dep_ == "ccomp" for c in trigger.head.children)
        return ("ACCUSE",) if said else None  # "denied that its troops had fired"
    named = [_named(o) for o in objects]
    if any(n is None for n in named):
        return None
    return _joined(named)


def _joined(named: list[Categories | None]) -> Categories:
    return tuple(dict.fromkeys(c for n in named if n for c in n))


def _named(token: Token) -> Categories | None:
    if token.lower_ in BACK_POINTERS:
        return ()
    if any(c.dep_ == "poss" for c in token.children):
        return None  # "Ecuador's raid" names its doer
    return REACTED_TO.get(token.lemma_.lower())


def aim_reactions(events: list[Event], reacting: dict[str, Categories],
                  subjects: dict[int, list[Entity]] | None = None) -> list[Event]:
    """The article's events, each recipient-less reaction (its id a key of `reacting`, with the
    categories it reacts to) aimed at the doer: of an earlier event, else (when the act it reacts to
    was coded as no event: "approved a new map. India called the move untenable") the coded subject
    of the sentence just before (`subjects`, by sentence number; see `main_subject`)."""
    subjects = subjects or {}
    return [_aimed(event, events[:i], reacting[event.id], subjects) if event.id in reacting else event
            for i, event in enumerate(events)]


OPENING = 3  # tokens: a mention starting this early in an unparsed sentence is taken as its subject


def main_subject(sentence: Span, lookup: EntityLookup) -> list[Entity]:
    """The coded parties that are the subject of a sentence's main verb, or, when that verb only tells
    who said it ("X said on Monday that ..."), of what was said. A sentence left unparsed (it held no
    trigger) has no verbs: there, the mention that opens it."""
    verb = sentence.root
    if verb.pos_ not in ("VERB", "AUX"):
        opening = sentence.doc[sentence.start:min(sentence.start + OPENING, sentence.end)]
        return [e for e in lookup.resolve_span(opening) if e.code][:1]
    if verb.lemma_.lower() in SPEECH_VERBS:
        verb = next((c for c in verb.children if c.dep_ == "ccomp"), verb)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return [e for s in subjects for e in lookup.entities_of(s) if e.code]


def _aimed(reaction: Event, earlier: list[Event], categories: Categories,
           subjects: dict[int, list[Entity]]) -> Event:
    # a protest held to denounce an act answers its doers, whatever place it was held in
    own_side = reaction.event == "PROTEST" or all(
        any(_same_side(r, a) for a in reaction.actor) for r in reaction.recipient)
    if not own_side or reaction.aux in UNREAL or reaction.text_info is None:
        return reaction  # a recipient of the reacting party's own side is no one it answers
    sentence = reaction.text_info.sequence
    recent = [e for e in earlier if e.text_info is not None and sentence - e.text_info.sequence <= REACH
              and e.aux not in UNREAL]
    candidates = _likeliest(categories, recent, earlier) if categories else [
        e for e in recent if e.event not in SAYINGS]
    if not candidates and categories:
        # "called for the release of those detained", "welcomed the resignation": the act the reaction
        # names, however far back the article told it
        candidates = [e for e in earlier if e.event in categories and e.aux not in UNREAL]
    if not candidates:  # what "the accusation" named was worded as another act: only just before
        candidates = [e for e in recent if sentence - e.text_info.sequence <= 1]  # type: ignore[union-attr]
    for act in reversed(candidates):
        both = act.reciprocal or act.event in MEETINGS  # who met whom: both sides did it
        doers = [e for e in (act.actor + act.recipient if both else act.actor) if e.code]
        aimed = _answering(reaction, doers)
        if aimed is not None:
            return aimed
    # else the story's lead act, which reactions in news most often answer ("Maas called the move
    # unacceptable", paragraphs on), or, when none was coded, the subject of the sentence before
    lead = _answering_the_lead(reaction, earlier, categories)
    if lead is not None or (recent and not categories):
        return lead or reaction
    return _answering(reaction, subjects.get(sentence - 1, [])) or reaction


def _likeliest(categories: Categories, recent: list[Event], earlier: list[Event]) -> list[Event]:
    """The acts a reaction may answer: of the category its noun most often names, just before or
    anywhere earlier ("condemned the attack" answers the invasion told in the lead, not the martial
    law declared in between), else of its other categories just before."""
    if DOMESTIC in categories:  # "condemned the coup": the soldiers' seizure, not the sanctions after it
        recent, earlier = [e for e in recent if _domestic(e)], [e for e in earlier if _domestic(e)]
    return [e for e in recent if e.event == categories[0]] or [
        e for e in earlier if e.event == categories[0] and e.aux not in UNREAL] or [
        e for e in recent if e.event in categories]


def _domestic(event: Event) -> bool:
    doers = {e.code for e in event.actor if e.code}
    return bool(doers) and {e.code for e in event.recipient if e.code} <= doers


def _answering_the_lead(reaction: Event, earlier: list[Event], categories: Categories) -> Event | None:
    lead = next((e for e in earlier if e.aux not in UNREAL and e.text_info is not None), None)
    if lead is None or lead.text_info is None or lead.text_info.sequence > LEAD_SENTENCES:
        return None
    if categories and lead.event not in categories:
        return None
    return _answering(reaction, [e for e in lead.actor if e.code])


def _answering(reaction: Event, doers: list[Entity]) -> Event | None:
    """The reaction aimed at the doers, unless there are none or they are of its own side."""
    if not doers or any(_same_side(d, r) for d in doers for r in reaction.actor):
        return None
    return replace(reaction, recipient=[reaction.borrowed(e) for e in doers])


def _same_side(a: Entity, b: Entity) -> bool:
    """One party: the same state's government bodies, or the same code and sector."""
    if a.code != b.code:
        return False
    return a.sector == b.sector or None in (a.sector, b.sector) or {a.sector, b.sector} <= STATE_SECTORS
