"""Event coding: triggers + arguments + auxiliary mode + date + context -> PLOVER event records."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from dotterel.actors.resolver import ActorResolver
from dotterel.events import clauses
from dotterel.events.arguments import (
    BACKING,
    DEPLOYING,
    FIGHTING_LEMMAS,
    Arguments,
    Claim,
    EntityLookup,
    clause_verb,
    find_arguments,
    is_verbal,
    reported_claim,
)
from dotterel.events.auxiliary import auxiliary_mode, governed_hypothetical, in_condition
from dotterel.events.clauses import RELATIVE_PRONOUNS
from dotterel.events.context import ContextClassifier
from dotterel.events.counterparts import aim_at_counterparts, open_recipient
from dotterel.events.dates import event_date, follows_a_past_date, is_historical, parse_published
from dotterel.events.dedup import deduplicate
from dotterel.events.ids import event_id
from dotterel.events.reactions import Categories, aim_reactions, main_subject, reacted_to
from dotterel.events.responsibility import (
    ATTACK_NOUNS,
    ResponsibilityClaim,
    claims_in,
    credit_attacks,
    restates_a_claimed_attack,
)
from dotterel.events.retaliation import aim_vows
from dotterel.events.triggers import THREAT_MODES, THREAT_MODES_BY_MODE, Trigger, TriggerFinder
from dotterel.models import Article, Entity, Event, TextInfo
from dotterel.plover import SPECIAL_CODES, event_scale, quad_code

# Codebook: any future consultation, support, cooperation or aid is an AGREE; a future retreat a CONCEDE.
# An announced or intended act of material conflict or protest is a THREATEN whose mode is the act.
FUTURE_AS = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
             "RETREAT": "CONCEDE", "ASSAULT": "THREATEN", "COERCE": "THREATEN", "SANCTION": "THREATEN",
             "MOBILIZE": "THREATEN", "PROTEST": "THREATEN"}
# lexicon entries for military exercises (a one-country exercise is MOBILIZE)
EXERCISE_PATTERNS = ("exercise-nouns", "war-games", "fire-drill-live")
SELF_MEETING = frozenset({"meet", "convene", "gather", "assemble", "sit"})
PRIVATE_ACTS = frozenset({"CONSULT", "SUPPORT"})
PRIVATE_SECTORS = frozenset({"CVL", "REF"})
ARMED_GROUP_SECTORS = frozenset({"REB", "PRM", "UAF"})
PRIVATE_PERSONS = frozenset({
    "woman", "man", "girl", "boy", "schoolgirl", "schoolboy", "teenager", "national", "citizen", "mother",
    "father", "son", "daughter", "wife", "husband", "friend", "volunteer", "student", "refugee", "writer",
    "author", "singer", "actor", "actress", "player", "fan", "resident", "family", "brother", "sister",
    "people", "person", "individual", "child", "families",
})
PROMISSORY = frozenset({"AGREE", "CONCEDE", "THREATEN"})
BOILERPLATE = re.compile(
    r"click here|subscribe|all rights reserved|read more|sign up|newsletter|cookies?\b|follow us|"
    r"copyright|©|related articles?|share this|advertisement",
    re.IGNORECASE,
)
HEADER_LINE = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\b")
# a labelled line points at another story or describes a picture: "Related: ...", "Photo: ..."
LABELLED_LINE = re.compile(
    r"^\s*(related|see also|also read|read more|more|watch|listen|live|opinion|analysis|comment|editorial|"
    r"explainer|factbox|fact box|timeline|photo|photos|picture|caption|video|recommended|trending|"
    r"breaking|update|updated)\s*[:|]", re.IGNORECASE)
END_PUNCT = tuple(".!?\"”’'»)")
CLAIM_WORD = re.compile(r"\bclaim(?:s|ed|ing)?\b", re.IGNORECASE)


class EventCoder:
    """Codes one parsed article into PLOVER events."""

    def __init__(self, resolver: ActorResolver, finder: TriggerFinder | None = None,
                 contexts: ContextClassifier | None = None) -> None:
        self.resolver = resolver
        self.finder = finder or TriggerFinder.default()
        self.contexts = contexts or ContextClassifier.from_yaml()

    def code(self, article: Article, doc: Doc) -> list[Event]:
        """All PLOVER events in one article (doc = spaCy parse of article.text)."""
        published = parse_published(article.published)
        # the article's mention index and contexts cost as much as the rest of coding: built only
        # once a sentence holds a codable trigger
        lookup: EntityLookup | None = None
        contexts: list[str] | None = None
        events: list[Event] = []
        reacting: dict[str, Categories] = {}  # reactions to a deed named by it ("condemned the raid")
        text = doc.text  # Doc.text joins every token: build it once, not once per trigger
        claims: list[ResponsibilityClaim] = []  # "JNIM claimed responsibility for the attack"
        echoes: dict[str, list[list[Entity]]] = {}  # event id -> parties repeating its act ("as did X")
        open_ids: set[str] = set()  # events aimed at no one their sentence names
        for sequence, sentence in enumerate(doc.sents):
            if BOILERPLATE.search(text, sentence.start_char, sentence.end_char):
                continue
            if CLAIM_WORD.search(text, sentence.start_char, sentence.end_char):
                lookup = lookup or EntityLookup.from_resolver(doc, self.resolver)
                claims += claims_in(sentence, sequence, lookup)
            for trigger in self.finder.find(sentence):
                if not _codable_line(text, trigger, article.title):
                    continue
                if lookup is None:
                    lookup = EntityLookup.from_resolver(doc, self.resolver)
                if contexts is None:
                    contexts = self.contexts.contexts(doc)
                coded = self._events(article, text, sentence, sequence, trigger, lookup, published, contexts,
                                     open_ids)
                if coded and (echo := _echo_actors(trigger, lookup)):
                    echoes.update((event.id, echo) for event in coded)
                categories = reacted_to(trigger)
                if categories is not None:
                    reacting.update((event.id, categories) for event in coded)
                events.extend(coded)
        subjects = _subjects_before(doc, events, reacting, lookup)
        aimed = aim_reactions(aim_vows(credit_attacks(deduplicate(events), claims)), reacting, subjects)
        return aim_at_counterparts(_with_echoes(aimed, echoes), open_ids - reacting.keys())

    def _events(self, article: Article, text: str, sentence: Span, sequence: int, trigger: Trigger,
                lookup: EntityLookup, published: date | None, contexts: list[str],
                open_ids: set[str] | None = None) -> list[Event]:
        """The events of one trigger; the ids of those aimed at no one the sentence names go to `open_ids`
        (see `counterparts`)."""
        if _describes_party(trigger, lookup) and not clauses.dated_in_past(clause_verb(trigger.head)):
            return []  # a description, unless it dates a past event ("whose forces took X in 2023")
        if _fell_while_fighting(trigger.head):
            return []  # "the first Briton to die WHILE FIGHTING alongside Kurdish forces": who the dead was
        if trigger.nominal and restates_a_claimed_attack(trigger.head):
            return []  # "claimed responsibility for the attack": the attack told before
        if clauses.is_slogan(trigger.head):
            return []  # "signs reading 'stop Turkey from helping Isis'": words on a sign
        if clauses.is_generic(trigger.head):
            return []  # "journalists are killed for ...", "police routinely detain ...": a rule, not an event
        if trigger.category == "REJECT" and clauses.standing_denial(trigger.head):
            return []  # "..., a charge Kigali has long denied": a position, not news of the day
        if clauses.is_tally(trigger.head):
            return []  # "500,000 people have been killed since 2011": a count over time, not an event
        if _strike_of_war(trigger, sentence, contexts):
            return []  # "before the strikes" in a story of war: air strikes by no one named, no walkout
        category, mode = trigger.category, trigger.mode
        worded_as, worded_mode = category, mode
        aux = auxiliary_mode(trigger.head, category)
        if trigger.modality_in_category and aux in ("negated", "future", "hypothetical"):
            # "will not accept refugees" is already a REJECT, "would blockade" a THREATEN; only a
            # condition the whole clause hangs on ("if war starts, X will close ...") still applies
            unreal = in_condition(trigger.head) or governed_hypothetical(trigger.head, category)
            aux = "hypothetical" if unreal else None
        if aux == "future" and category in FUTURE_AS:
            category, aux = FUTURE_AS[category], None
            mode = _threat_mode(trigger) if category == "THREATEN" else None
        if aux == "future" and category in PROMISSORY:
            aux = None  # the category itself says it is about the future
        if category != trigger.category:
            # promising to cooperate with X is one party's act, even if cooperating would be joint
            trigger = replace(trigger, category=category, mode=mode, reciprocal=False)
        args = find_arguments(trigger, lookup, worded_as=worded_as)
        if _sent_to_help_at_home(trigger, args):
            trigger = replace(trigger, category="MOBILIZE", mode=None, pattern=trigger.pattern + "~home")
            category, mode = "MOBILIZE", None
            home = [Entity(code, None, "") for code in dict.fromkeys(e.code for e in args.actors if e.code)]
            args = find_arguments(trigger, lookup, worded_as=category)
            args = replace(args, recipients=args.recipients or home)  # deployed against trouble at home
        if _own_force_trained(trigger, args.actors, lookup):
            trigger = replace(trigger, category="MOBILIZE", mode=None, pattern=trigger.pattern + "~own-force")
            category, mode = "MOBILIZE", None
            args = find_arguments(trigger, lookup, worded_as=category)
        if trigger.pattern == "order-troops-to-leave" and _own_force_ordered(trigger, args.actors, lookup):
            # "Trump ordered US forces in Syria to leave": a withdrawal announced, not an expulsion
            trigger = replace(trigger, category="CONCEDE", mode=None, pattern=trigger.pattern + "~own-force")
            category, mode = "CONCEDE", None
            args = replace(args, recipients=_stationed_in(trigger, args.actors, lookup))
        if _joint_exercise(trigger, worded_as, args.actors, args.recipients):
            # codebook: an exercise of several countries together is military cooperation; one they
            # are due to hold is cooperation agreed (not a threat)
            category = "COOPERATE" if category == worded_as == "MOBILIZE" else FUTURE_AS["COOPERATE"]
            trigger = replace(trigger, category=category, mode=None, reciprocal=True,
                              recipient_preps=("with",), pattern=trigger.pattern + "~joint")
            mode = None
            args = find_arguments(trigger, lookup, worded_as=category)
        # "X claimed that Y attacked": hypothetical by the wording, still X's accusation of Y
        claim = reported_claim(trigger, args, lookup) if aux in (None, "hypothetical") else None
        if claim is not None:
            aux = "hypothetical"  # one party's word that another attacked: not an event of record
        elif not _anchored(args) or _meeting_of_one(trigger, args.actors, args.recipients) \
                or _private_goodwill(category, args) or _private_travel(trigger, args):
            return []
        elif clauses.mediation(trigger.head) and not args.recipients:
            return []  # "talks mediated by Iraq", between parties not found: whom did it bring together?
        elif category == "ACCUSE" and mode in (None, "allege") and not args.recipients \
                and not args.reciprocal and not _named_target(trigger):
            return []  # "X claimed that they had attacked ...": an allegation against no one identified
        when = event_date(trigger.head, sentence, published, nouns=_event_nouns(trigger))
        iso = None
        if when is not None and (published is None or when.iso != published.isoformat()):
            iso = when.iso
            if aux is None and is_historical(when, published):
                aux = "historical"
        elif aux is None and follows_a_past_date(trigger.head, sentence, published):
            aux = "historical"
        head = trigger.head
        start, end = head.idx, head.idx + len(head.text)
        evidence_start, evidence_end = _evidence_bounds(text, sentence, start)
        words = sorted({t.i: t for t in [head, *trigger.tokens]}.values(), key=lambda t: t.i)
        event = Event(
            id=event_id(article.id, sequence, start, end, category),
            doc_id=article.id,
            date=article.published,
            event=category,
            actor=args.actors,
            recipient=args.recipients,
            mode=mode,
            context=list(contexts),
            aux=aux,
            event_date=iso,
            event_text=" ".join(t.text for t in words),
            text=text[evidence_start:evidence_end],
            text_info=TextInfo(sequence=sequence, start=evidence_start, end=evidence_end,
                               trigger_start=start, trigger_end=end),
            quad_code=quad_code(category),
            event_scale=event_scale(category, mode),
            reciprocal=args.reciprocal,
            cite_info={"url": article.url, "title": article.title, "publication": article.source},
        )
        if open_ids is not None and open_recipient(category, worded_mode, trigger, args):
            open_ids.add(event.id)
        if claim is None:
            return [event]
        accusation = _accusation(event, claim, article.id)
        return [accusation, event] if any(e.code for e in args.actors) else [accusation]


def _echo_actors(trigger: Trigger, lookup: EntityLookup) -> list[list[Entity]]:
    """The parties of each echo clause of the trigger's verb ("..., as did the European Union")."""
    verb = clause_verb(trigger.head)
    found = ([e for e in lookup.entities_of(subject) if e.code] for subject in clauses.echo_subjects(verb))
    return [actors for actors in found if actors]


def _echo_id(event: Event, k: int) -> str:
    info = event.text_info
    where = (info.sequence, info.trigger_start, info.trigger_end) if info else (0, 0, 0)
    return event_id(event.doc_id, where[0], where[1] or 0, where[2] or 0, f"{event.event}~echo{k}")


def _with_echoes(events: list[Event], echoes: dict[str, list[list[Entity]]]) -> list[Event]:
    """Each event followed by the same act of the parties of its echo clauses, as events of their own
    (aimed as the event was: "Japan condemned the launch, as did Seoul" both answer the launcher)."""
    out = []
    for event in events:
        out.append(event)
        if event.aux in ("negated", "hypothetical"):
            continue
        for k, actors in enumerate(echoes.get(event.id, [])):
            if not {e.code for e in actors} & {e.code for e in event.recipient}:
                out.append(replace(event, actor=actors, id=_echo_id(event, k + 1)))
    return out


def _subjects_before(doc: Doc, events: list[Event], reacting: dict[str, Categories],
                     lookup: EntityLookup | None) -> dict[int, list[Entity]]:
    """By sentence number, the coded subject of each sentence just before a reaction: whom a reaction
    to an act coded as no event answers."""
    if not reacting or lookup is None:
        return {}
    sentences = list(doc.sents)
    reacting_in = {e.text_info.sequence for e in events if e.id in reacting and e.text_info}
    return {n - 1: main_subject(sentences[n - 1], lookup) for n in reacting_in if n > 0}


DYING_LEMMAS = frozenset({"die", "kill", "wound", "injure"})


def _fell_while_fighting(head: Token) -> bool:
    """A fight the dead or wounded were waging when they fell tells who they were, not an event."""
    return (head.tag_ == "VBG" and head.lemma_.lower() in FIGHTING_LEMMAS and head.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in ("while", "when") for c in head.children)
            and head.head.lemma_.lower() in DYING_LEMMAS)


def _describes_party(trigger: Trigger, lookup: EntityLookup) -> bool:
    """ "Moscow, which has resisted sanctions, ...", "the group that seized the city": a relative clause
    on a party says who the party is; the sentence's news is elsewhere."""
    verb = clause_verb(trigger.head)
    for _ in range(3):  # "al-Qaida, whose attacks on New York sparked ...": the noun's own clause
        if is_verbal(verb) or verb.head == verb:
            break
        verb = verb.head
    # a participle set off by commas describes the party too: "Assad, SUPPORTED by Moscow, ...", and so
    # does the backing a party has, commas or not: "Kurdish forces BACKED by a US-led coalition"
    # ... and the side a group fights on: "Kurdish militias FIGHTING in Syria", "rebels BATTLING the regime"
    participle = verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG") \
        and (_set_off(verb) or (verb.tag_ == "VBN" and verb.lemma_.lower() in BACKING)
             or (verb.tag_ == "VBG" and verb.lemma_.lower() in FIGHTING_LEMMAS))
    if (verb.dep_ != "relcl" and not participle) or verb.head == verb:
        return False
    party = verb.head
    if party.dep_ == "attr":
        return False  # a cleft, "it was Kenyan police who arrested ...", puts the event in focus
    if trigger.category == "PROTEST" and verb.tag_ == "VBD" and verb.dep_ == "relcl":
        return False  # "police fired on protesters who stormed parliament": the storming is news too
    if verb.dep_ == "relcl" and _done_to_party_by_another(verb, lookup):
        return False
    return bool(lookup.entities_of(party) or lookup.uncoded_entities(party))


def _done_to_party_by_another(clause: Token, lookup: EntityLookup) -> bool:
    """ "Israel, WHICH Iranian officials accuse of fomenting the unrest": the clause tells what another
    party does to this one, not who this one is."""
    relative_object = any(c.dep_ in ("dobj", "obj") and c.lower_ in RELATIVE_PRONOUNS
                          for c in clause.children)
    party_codes = {e.code for e in lookup.entities_of(clause.head)}
    doers = {e.code for c in clause.children if c.dep_ == "nsubj" for e in lookup.entities_of(c) if e.code}
    return relative_object and bool(doers) and not doers & party_codes


def _set_off(clause: Token) -> bool:
    """The clause follows a comma: a non-restrictive description, not part of the noun's identity."""
    first = clause.left_edge
    return first.i > 0 and first.nbor(-1).text == ","


def _accusation(event: Event, claim: Claim, article_id: str) -> Event:
    """The speaker's ACCUSE of the party its claim names, on the evidence of the claimed event."""
    start = claim.verb.idx
    end = start + len(claim.verb.text)
    sequence = event.text_info.sequence if event.text_info else 0
    info = replace(event.text_info, trigger_start=start, trigger_end=end) if event.text_info else None
    return replace(event, id=event_id(article_id, sequence, start, end, "ACCUSE"), event="ACCUSE",
                   actor=claim.speakers, recipient=claim.accused, mode=None, aux=None,
                   context=list(event.context), cite_info=dict(event.cite_info or {}),
                   event_text=f"{claim.verb.text} {event.event_text}", text_info=info,
                   quad_code=quad_code("ACCUSE"), event_scale=event_scale("ACCUSE", None), reciprocal=False)


def _joint_exercise(trigger: Trigger, worded_as: str, actors: list[Entity], recipients: list[Entity]) -> bool:
    """ "French and Egyptian warships launched war games", "Russia held drills with China": an exercise
    of two or more countries; one country's own exercise stays a MOBILIZE."""
    planned = worded_as == "THREATEN" and trigger.pattern.endswith("@intent")  # "are due to start drills"
    if not (worded_as == "MOBILIZE" or planned) or not any(p in trigger.pattern for p in EXERCISE_PATTERNS):
        return False
    parties = {e.code for e in actors if e.code}
    partnered = any(c.dep_ == "prep" and c.lower_ in ("with", "alongside") for t in trigger.tokens
                    for x in (t, *t.conjuncts) for c in x.children)
    if partnered:
        parties |= {e.code for e in recipients if e.code}
    return len(parties) >= 2


# Verbs of building up a force, and the people who make up one's own force.
TRAINING_LEMMAS = frozenset({"train", "arm", "equip", "recruit"})
OWN_FORCE_NOUNS = frozenset({"recruit", "soldier", "troop", "officer", "pilot", "hacker", "cadet",
                             "reservist", "conscript", "commando", "sniper", "policeman", "sailor", "marine"})


def _sent_to_help_at_home(trigger: Trigger, args: Arguments) -> bool:
    """ "deployed troops to help police contain protests": forces sent to help at home mobilise; sent to
    help another state ("to help Somali forces") they are aid."""
    if trigger.category != "AID" or ">" not in trigger.pattern:  # "deploy>help-to", "deploy>aid-verbs"
        return False
    own = {e.code for e in args.actors if e.code}
    helped = {e.code for e in args.recipients if e.code}
    return bool(own) and helped <= own and trigger.head.lemma_.lower() in DEPLOYING


def _own_force_trained(trigger: Trigger, actors: list[Entity], lookup: EntityLookup) -> bool:
    """ "The army trained 2,000 new recruits", "North Korea has trained 500 hackers": a state building up
    its own force mobilises; training or arming another's fighters ("trained Syrian rebels") is aid."""
    if trigger.category != "AID" or trigger.head.lemma_.lower() not in TRAINING_LEMMAS:
        return False
    objects = [c for c in trigger.head.children if c.dep_ in ("dobj", "obj")]
    own = {e.code for e in actors if e.code}
    return bool(objects and own) and all(
        o.lemma_.lower() in OWN_FORCE_NOUNS and {e.code for e in lookup.entities_of(o) if e.code} <= own
        for o in objects)


TARGET_PREPS = frozenset({"against", "on", "of"})
NOT_PARTY_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "CARDINAL", "MONEY", "PERCENT", "QUANTITY",
                            "EVENT"})


def _named_target(trigger: Trigger) -> bool:
    """An accusation aimed at someone the text names, though no code is known for them: "indicted Sajid
    Mir", "blamed the Haqqani network", "filed a lawsuit against The New York Times"."""
    heads = [trigger.head, *(t for t in trigger.tokens if t.pos_ == "NOUN")]
    targets = [c for h in heads for c in h.children if c.dep_ in ("dobj", "obj")]
    targets += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
                for g in c.children if g.dep_ == "pobj"]
    return any(t.pos_ == "PROPN" and t.ent_type_ not in NOT_PARTY_ENTS for t in targets)


def _own_force_ordered(trigger: Trigger, actors: list[Entity], lookup: EntityLookup) -> bool:
    """The troops ordered out are the actor's own ("ordered US forces to leave"), or of no state named."""
    own = {e.code for e in actors if e.code}
    troops = [t for t in trigger.tokens[1:] if t.pos_ in ("NOUN", "PROPN")]
    return bool(own and troops) and all(
        {e.code for e in _own_core_entities(t, lookup) if e.code} <= own for t in troops)


def _own_core_entities(troops: Token, lookup: EntityLookup) -> list[Entity]:
    """Whose the troops are, not where they are: "US forces [in Syria]"."""
    return lookup.resolve_span(troops.doc[troops.left_edge.i:troops.i + 1])


def _stationed_in(trigger: Trigger, actors: list[Entity], lookup: EntityLookup) -> list[Entity]:
    """Where one's own troops ordered out are: "US forces IN SYRIA"."""
    own = {e.code for e in actors if e.code}
    places = [o for t in trigger.tokens[1:] for c in t.children if c.dep_ == "prep" and c.lower_ == "in"
              for o in c.children if o.dep_ == "pobj"]
    return [e for o in places for e in lookup.entities_of(o) if e.code and e.code not in own][:1]


def _anchored(args: Arguments) -> bool:
    """An event needs a coded actor, or an actor named by role only ("insurgents", "protesters") acting on
    a coded recipient: the record then says who was acted on and by what kind of party."""
    if any(e.code for e in args.actors):
        return True
    return any(e.sector for e in args.actors) and any(e.code for e in args.recipients)


def _private_goodwill(category: str, args: Arguments) -> bool:
    """ "She married a Dutchman soon after arriving in Syria", "a volunteer paid tribute to his friend":
    a private person's travels and praise are no political event (officials, groups and states are
    named by a sector or by their own name)."""
    if category not in PRIVATE_ACTS or not args.actor_tokens:
        return False
    if any((e.sector and e.sector not in PRIVATE_SECTORS) or e.code in SPECIAL_CODES for e in args.actors):
        return False
    if any(e.code == "IMG" or e.sector in ARMED_GROUP_SECTORS for e in args.recipients):
        return False  # "a schoolgirl who left to join Isis": joining an armed group is no private matter
    return all(_names_a_private_person(t) for t in args.actor_tokens)


# who travels on no one's behalf: "the photojournalist went to Syria", "refugees arrived in Canada"
PRIVATE_TRAVELLERS = PRIVATE_SECTORS | {"JRN", "EDU", "MED", "CRM"}
QUANTITY_NOUNS = frozenset({"thousand", "hundred", "dozen", "million", "score", "number", "group", "couple"})


def _private_travel(trigger: Trigger, args: Arguments) -> bool:
    """A journey ("travelled to", "arrived in") is a visit only when someone goes on a state's or a
    group's business, not a reporter's, a refugee's or a private person's."""
    if not trigger.pattern.startswith("travel-to") or not args.actor_tokens:
        return False
    if any(e.code in SPECIAL_CODES or (e.sector and e.sector not in PRIVATE_TRAVELLERS) for e in args.actors):
        return False
    return all(e.sector for e in args.actors) or all(_names_a_private_person(t) for t in args.actor_tokens)


LABOUR_WORDS = frozenset({"worker", "workers", "union", "unions", "employee", "employees", "staff", "wage",
                          "wages", "pay", "pension", "pensions", "teacher", "teachers", "doctor", "doctors",
                          "nurse", "nurses", "miner", "miners", "labour", "labor", "walkout", "general"})


def _strike_of_war(trigger: Trigger, sentence: Span, contexts: list[str]) -> bool:
    """A bare "strike" in an article about war, with no word of work in its sentence, also one a light
    verb carries ("announcing the strikes")."""
    return trigger.pattern.split("+")[-1] == "strike-noun" and "military" in contexts \
        and not any(t.lower_ in LABOUR_WORDS for t in sentence)


def _names_a_private_person(token: Token) -> bool:
    """A person by name or by a word for people ("a Dutch national"), not a state or a body."""
    if token.ent_type_ in ("GPE", "LOC", "NORP", "FAC"):
        return False
    if token.lemma_.lower() in QUANTITY_NOUNS:  # "thousands of refugees"
        token = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), token)
    described = [c for c in token.children if c.dep_ in ("appos", "compound")]  # "Jan Lukas, a volunteer"
    words = [token, *described]
    return token.ent_type_ == "PERSON" or any(t.lemma_.lower() in PRIVATE_PERSONS for t in words)


def _meeting_of_one(trigger: Trigger, actors: list[Entity], recipients: list[Entity]) -> bool:
    """"The cabinet met on Sunday": one body meeting by itself is not a consultation between parties."""
    return (trigger.category == "CONSULT" and trigger.head.lemma_.lower() in SELF_MEETING and not recipients
            and len(actors) == 1)


def _evidence_bounds(text: str, sentence: Span, trigger_start: int) -> tuple[int, int]:
    """The sentence's character span, cut to the line holding the trigger (the parser sometimes runs a
    headline and the first sentence together) and stripped of surrounding whitespace."""
    start, end = sentence.start_char, sentence.end_char
    start = max(start, text.rfind("\n", 0, trigger_start) + 1)
    line_end = text.find("\n", trigger_start)
    if line_end != -1:
        end = min(end, line_end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _threat_mode(trigger: Trigger) -> str | None:
    return THREAT_MODES_BY_MODE.get(trigger.mode or "") or THREAT_MODES.get(trigger.category)


def _codable_line(text: str, trigger: Trigger, title: str | None) -> bool:
    """False when the trigger sits on a headline, a repeated title or a raw header line."""
    start = trigger.head.idx
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start: line_end if line_end != -1 else len(text)].strip()
    if HEADER_LINE.match(line) or LABELLED_LINE.match(line):
        return False
    if title and line == title.strip():
        return False
    # a headline capitalises its words; a lower-case trigger ("... met yesterday") is running text
    return trigger.head.text[:1].islower() or not _headline_like(line)


def _headline_like(line: str) -> bool:
    """Title Case without a closing full stop: "Russia Hosts Security Conference"."""
    if not line or line.endswith(END_PUNCT):
        return False
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", line) if len(w) > 3]
    if len(words) < 2:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.6


def _event_nouns(trigger: Trigger) -> list[Token]:
    """The event nouns a light verb carries: "unleashed ATTACKS on the Kurds in 1988" dates the attacks;
    and an attack noun as the subject: "a car BOMBING on Feb. 14 killed 40 police" dates the killing."""
    carried = [t for t in trigger.tokens if t != trigger.head and t.pos_ == "NOUN" and t.head == trigger.head
               and t.dep_ in ("dobj", "obj")]
    return carried + [c for c in trigger.head.children if c.dep_ == "nsubj" and c.lower_ in ATTACK_NOUNS]
