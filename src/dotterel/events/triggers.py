"""Finding event triggers in a sentence: which words report an event, of which PLOVER category.

The words and their conditions live in `data/triggers.yaml` (see `lexicon.py`); this module applies
them to a dependency parse:

1. match: every verb or event noun is checked against its lexicon entries, most specific entry first
   ("attack" + a figurative object is ACCUSE before plain "attack" is ASSAULT). Event nouns count only
   where they can report an event (not in "relief officials", "the prospect of talks");
2. light verbs: an event noun that is the object of a light verb ("held talks", "launched an
   offensive", "went on strike") becomes one trigger headed by the verb, so the verb's subject is
   the actor;
3. one event per predicate: a trigger inside the object, complement or purpose clause of another
   trigger is absorbed by it ("agreed to hold talks" is one AGREE, "urged them to stop the attacks" one
   REQUEST, "condemned the bombing" one ACCUSE, "rallied to demand reforms" one PROTEST). The governing
   entry may change its category by what it absorbed ("vowed to retaliate" is THREATEN, "ordered the
   police to arrest" COERCE); coordinated predicates ("met Y and signed Z") stay separate;
4. context: nearby words may re-read the category (troops sent as peacekeepers are AID) or give the mode
   ("killed in an airstrike" is ASSAULT aerial); announced acts become AGREE/THREATEN and withheld
   cooperation REJECT (see `clauses.py`);
5. background: events in "after ..."/"amid ..." phrases, conditional or descriptive clauses give way
   when the sentence reports another event.

Reporting verbs ("said", "told") are not triggers: the event is what was said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from dotterel.events import clauses
from dotterel.events.clauses import RELATIVE_PRONOUNS
from dotterel.events.lexicon import POS_GROUPS, Entry, Lexicon

OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
PARTICLE_DEPS = frozenset({"prt", "prep", "agent", "advmod", "dative"})
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "poss", "nummod"})
# Walking up from a trigger, these links end the clause it belongs to: what lies beyond is
# another predicate, not a governing one.
CLAUSE_BREAKS = frozenset({"advcl", "parataxis", "ROOT", "relcl"})
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
# prepositions that introduce what one commits or agrees to do: "committed TO", "agreed ON", "insisted UPON"
CLAUSE_PREPS = frozenset({"to", "on", "upon", "for", "in"})
NOUN_EVENT_PREPS = frozenset({"of", "for"})
# what a party is said to be for an act laid at its door: "Russia was RESPONSIBLE for the attack"
BLAME_WORDS = frozenset({"responsible", "culpable", "accountable"})
VERDICT_DEPS = frozenset({"dobj", "attr", "oprd", "ccomp", "xcomp", "advcl", "acomp"})
# Mode cues are looked for in the trigger's own phrase, not in embedded clauses.
CONTEXT_STOP_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "punct"})
# "X said Y must ...": the speaker demands it of Y.
SPEECH_VERBS = frozenset(
    {"say", "declare", "insist", "state", "tell", "conclude", "stress", "add", "reiterate", "announce",
     "argue", "write", "assert", "maintain", "emphasize", "emphasise", "underline", "demand"}
)
# "issued a REMINDER that X must ...": messages whose content clause says what someone must do
SPEECH_NOUNS = frozenset({"reminder", "statement", "message", "declaration", "note", "letter", "communique",
                          "insistence", "reply", "response"})
MESSAGE_VERBS = frozenset({"issue", "send", "deliver", "release", "publish", "give", "make", "convey"})
# A trigger that is the subject of another trigger is a separate event ("protests forced him to resign").
CAUSE_PREPS = frozenset({"in", "by"})
# acts of conflict told as the circumstance of another are news of their own
CIRCUMSTANCE_CATEGORIES = frozenset({"PROTEST", "ASSAULT", "COERCE", "SANCTION", "THREATEN", "SUPPORT"})
FEELINGS = frozenset({"relief"})
FEELING_VERBS = frozenset({"express", "voice", "feel", "show"})
RECALLING_DETERMINERS = frozenset({"the", "this", "these", "that", "those", "its", "their"})
NOT_ABSORBED_AS = frozenset({"nsubj", "csubj", "expl", "aux", "auxpass", "mark", "punct"})


@dataclass
class Trigger:
    """A word or phrase in a sentence that reports an event of one PLOVER category."""

    category: str  # PLOVER category
    head: Token  # the predicate the arguments hang on (usually a verb, or an event noun)
    tokens: list[Token] = field(default_factory=list)  # every trigger word, head included
    mode: str | None = None
    reciprocal: bool = False  # the wording itself says the parties act together ("joint", "talks between")
    recipient_preps: tuple[str, ...] = ()  # prepositions that introduce the recipient ("with", "against")
    pattern: str = ""  # id of the lexicon entry that matched, for explanations
    nominal: bool = False  # the head is an event noun ("the attack on ...", "talks with ...")
    # Set when the recipient is not a dependent of the head: in "X said Y must withdraw" the trigger is
    # headed by "said" (X demands) and Y, the subject of the embedded clause, is the recipient.
    recipient_head: Token | None = None
    # The wording turns the roles round: in "X faced criticism from Y" or "X received aid from Y" the
    # subject X is the recipient and the actor is in a "from"/"by" phrase.
    subject_is_recipient: bool = False
    # The category already accounts for the modal or negated wording ("will visit" -> AGREE, "would
    # blockade" -> THREATEN, "will not accept refugees" / "did not give permission" -> REJECT): the
    # auxiliary mode must not also mark the event future, hypothetical or negated.
    modality_in_category: bool = False


class TriggerFinder:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._words = lexicon.words()
        self._embedded = {e.id: e.embedded for e in lexicon.entries if e.embedded}

    @classmethod
    def default(cls) -> TriggerFinder:
        return cls(Lexicon.load())

    @classmethod
    def from_file(cls, path: Path) -> TriggerFinder:
        return cls(Lexicon.load(path))

    def candidate_words(self) -> frozenset[str]:
        """Lower-cased lemmas and word forms any trigger starts from: a cheap pre-filter for sentences."""
        return self._words

    def find(self, sentence: Span) -> list[Trigger]:
        """Every trigger in one sentence, most specific match first, without overlaps."""
        kept = self._kept(sentence)
        for trig in kept:
            self._recategorise_by_context(trig)
            _apply_vow_of_retaliation(trig)
            if not _apply_ruled_out(trig):
                _apply_intent(trig)
            _apply_advice(trig)
            if trig.mode is None:
                trig.mode = self._mode_from_context(trig)
        return sorted(_drop_background(kept), key=lambda trig: trig.head.i)

    def has_trigger(self, sentence: Span) -> bool:
        """Whether `find` would report anything: the same matching, without refining each trigger
        (no refinement drops a trigger)."""
        return bool(self._kept(sentence))

    def _kept(self, sentence: Span) -> list[Trigger]:
        if clauses.is_question(sentence):
            return []
        nouns = {t.i: trig for t in sentence if (trig := self._match(t, "noun", {}))}
        verbs = {t.i: trig for t in sentence if (trig := self._match(t, "verb", nouns))}
        for verb in verbs.values():
            for token in verb.tokens[1:]:
                nouns.pop(token.i, None)  # merged into a light verb or part of a verb phrase
            _take_subject_event(verb, nouns)
        found: dict[int, Trigger] = {**nouns, **verbs}
        for key, extra in enumerate(_carried_conjuncts(verbs.values(), nouns), start=1):
            found[-key] = extra
        for demand in _obligations(sentence, found):
            found[demand.head.i] = demand
        return [trig for trig in _absorb(found, self._embedded) if trig.category  # drop "block"s
                and not self._game_result(trig, sentence) and not self._no_comment(trig)
                and not self._sporting_praise(trig, sentence)
                and not _opinion_shared(trig) and not self._natural_cause(trig)]

    def _natural_cause(self, trigger: Trigger) -> bool:
        """ "Floods killed 30 people", "homes destroyed by a cyclone", "killed in an earthquake": force
        done by nature, not by a party."""
        if trigger.category not in ("ASSAULT", "COERCE"):
            return False
        verb = trigger.head
        causes = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        causes += [g for c in verb.children
                   if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in CAUSE_PREPS)
                   for g in c.children if g.dep_ == "pobj"]
        if verb.dep_ == "relcl":  # "the collapse of a roof in the capital THAT KILLED 15"
            noun = verb.head
            for _ in range(3):  # the parser may hang the clause on any noun of the phrase
                causes.append(noun)
                if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
                    break
                noun = noun.head.head
        causes += [m for c in causes for m in c.children if m.dep_ == "compound"]  # "Cyclone Freddy"
        hazards = self.lexicon.natural_hazards
        return any((c.lemma_.lower() in hazards or c.lower_ in hazards) and not _fired_by_someone(c)
                   for c in causes)

    def _sporting_praise(self, trigger: Trigger, sentence: Span) -> bool:
        """ "congratulated the national team on its World Baseball Classic victory": praise for sport,
        not for "the negotiating team"."""
        if trigger.category != "SUPPORT" or trigger.nominal:
            return False
        teams, sport = self.lexicon.sports_teams, self.lexicon.sports_words
        praised = [c for c in trigger.head.children if c.dep_ in ("dobj", "obj")]
        return any(p.lemma_.lower() in teams for p in praised) and any(
            t.lower_ in sport or t.lemma_.lower() in sport for t in sentence)

    def _no_comment(self, trigger: Trigger) -> bool:
        """ "declined to comment", "refused to confirm whether ...": silence towards the press."""
        words = self.lexicon.comment_verbs
        return trigger.category == "REJECT" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in words for c in trigger.head.children)

    def _game_result(self, trigger: Trigger, sentence: Span) -> bool:
        """ "Morocco beat Portugal 1-0": a game won, told with the verbs of force."""
        if trigger.head.lemma_.lower() not in self.lexicon.game_verbs:
            return False
        sport = self.lexicon.sports_words
        return bool(SCORE.search(sentence.text)) or any(t.lower_ in sport for t in sentence)

    def _match(self, token: Token, pos: str, nouns: dict[int, Trigger]) -> Trigger | None:
        if token.pos_ not in POS_GROUPS[pos]:
            return None
        if _is_weighed_act(token, self.lexicon.opinion_predicates):
            # "WORKING with the Kurds is tricky": an act weighed in general, not one reported
            return Trigger(category="", head=token, tokens=[token], pattern="opinion")
        if pos == "verb" and _is_open_question(token):
            # "debating WHETHER to send aid": weighed, not done; silences the nouns it governs too
            return Trigger(category="", head=token, tokens=[token], pattern="whether")
        entries = self._entries(token, pos)
        if not entries:  # most words: no need for the checks of where the word stands
            return None
        if pos == "noun" and not _reports_event(token, self.lexicon):
            return None
        if pos == "verb" and (token.dep_ == "amod" or (token.dep_ == "conj" and token.head.dep_ == "amod")):
            return None  # a participle used as an adjective: "the captured soldiers", "dead or jailed men"
        if pos == "verb" and clauses.is_quoted_command(token):
            return None
        for entry in entries:
            if not _holds(entry, token):
                continue
            if entry.verdict is not None and clauses.discontinued(token):
                continue  # "no longer SEE a friend in Ankara": an opinion changed, not support withdrawn
            if entry.role == "none":
                return None
            trigger = _make(entry, token, nouns)
            if trigger is not None:
                return trigger
        return None

    def _recategorise_by_context(self, trig: Trigger) -> None:
        """Nearby words that change the category: troops sent as PEACEKEEPERS are AID, not MOBILIZE."""
        if trig.mode in ("access", "release"):
            return  # letting aid through or freeing peacekeepers stays RETREAT, whoever passes
        near = [t for t in _near(trig) if not _in_recipient_phrase(t, trig) and not _in_source_phrase(t)]
        if trig.category == "CONSULT":
            near += _cargo(trig.head)  # "a plane CARRYING medical supplies landed in ..."
        if trig.category == "MOBILIZE":
            near += _purpose_words(trig.head)  # "sent troops TO SERVE AS PEACEKEEPERS"
            subjects = _subjects(trig.head)  # "PEACEKEEPERS began deploying", "dozens OF PEACEKEEPERS"
            near += subjects + [g for t in subjects for c in t.children
                                if c.dep_ == "prep" and c.lower_ == "of"
                                for g in c.children if g.dep_ == "pobj"]
        if _apply_cues(trig, self.lexicon.category_cues, near):
            return
        subjects = [c for c in _subjects(trig.head) if c.dep_ != "agent"]
        subjects += [g for c in trig.head.children if c.dep_ == "agent" for g in c.children]
        subjects += [g for c in subjects for g in c.conjuncts]
        subjects += _members(subjects)
        if _apply_cues(trig, self.lexicon.subject_cues, subjects):
            # soldiers who "arrived in" a country are a deployment; as PEACEKEEPERS, or to help, they are AID
            described = [c for t in subjects for c in t.children if c.dep_ in ("amod", "compound")]
            _apply_cues(trig, self.lexicon.category_cues, near + _purpose_words(trig.head) + described)
        elif trig.category == "PROTEST" and trig.mode == "strike" and any(s.ent_type_ == "GPE"
                                                                         for s in subjects):
            # "Israel announced new strikes": a state strikes with force; workers go on strike
            trig.category, trig.mode = "ASSAULT", None
            trig.pattern += "~ASSAULT"

    def _mode_from_context(self, trig: Trigger) -> str | None:
        """A mode named by nearby words: "killed in an AIRSTRIKE", "DRONES struck", "by TELEPHONE"."""
        cues = self.lexicon.mode_cues.get(trig.category)
        if not cues:
            return None
        near = _near(trig)
        for mode, words in cues.items():
            if any(_is(t, words) for t in near):
                return mode
        return None

    def _entries(self, token: Token, pos: str) -> list[Entry]:
        by_lemma = self.lexicon.by_lemma
        for compound in _hyphen_compounds(token):  # "cease-fire", "build-up", "air-strike"
            if (pos, compound) in by_lemma:
                return by_lemma[(pos, compound)]
        for form in _lemma_variants(token) if pos == "verb" else (token.lemma_.lower(), token.lower_):
            if (pos, form) in by_lemma:
                return by_lemma[(pos, form)]
        return []


# what makes "fire" a weapon's: "ARTILLERY fire", "fire BY the rebels"
WEAPON_FIRE = frozenset({"artillery", "mortar", "tank", "gun", "machine", "machine-gun", "sniper", "rocket",
                         "naval", "enemy", "small-arms", "anti-aircraft", "cannon"})


def _fired_by_someone(cause: Token) -> bool:
    return any((c.dep_ in ("compound", "amod") and c.lemma_.lower() in WEAPON_FIRE)
               or (c.dep_ in ("prep", "agent") and c.lower_ == "by") for c in cause.children)


# Verbs that only say an event noun in their subject struck something: "a cyber attack HIT the
# servers", "strikes HIT the ports", "sanctions HIT the economy".
IMPACT_VERBS = frozenset({"hit", "strike", "rock", "paralyse", "paralyze", "cripple", "disrupt", "affect"})


def _take_subject_event(verb: Trigger, nouns: dict[int, Trigger]) -> None:
    """The event is the one named by the subject noun, not the verb's own reading of "hit"."""
    if verb.head.lemma_.lower() not in IMPACT_VERBS:
        return
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i in nouns), None)
    if subject is None or nouns[subject.i].category == verb.category:
        return
    noun = nouns[subject.i]
    verb.category, verb.mode = noun.category, noun.mode
    verb.pattern += f"<{noun.pattern}"


# repression by decree stays repression whoever rules: bans, censorship, curfews, deportations
RULES_NOT_FORCE = frozenset({"restrict", "censor", "curfew", "martial-law", "deport", "cyber", "withhold",
                             "misinformation"})


def _apply_cues(trig: Trigger, cues: dict[str, dict[str, frozenset[str]]], tokens: list[Token]) -> bool:
    """Give the trigger the first category whose cue words occur among the tokens."""
    for category, words in cues.get(trig.category, {}).items():
        if category == "PROTEST" and not (trig.reciprocal or trig.mode == "destroy"):
            continue  # protesters re-read only street clashes and vandalism, not shootings
        if trig.category == "PROTEST" and category == "ASSAULT" and trig.mode not in ("strike", None):
            continue  # only "strikes" are ambiguous: rebels blocking roads still obstruct them
        if trig.category == "COERCE" and category == "ASSAULT" and trig.mode in RULES_NOT_FORCE:
            continue  # armed rulers barring women from school restrict them; seizing people is force
        if trig.category == "CONSULT" and trig.mode != "visit":
            continue  # talks about supplies are talks; a plane arriving with supplies delivers them
        if any(_is(t, words) for t in tokens):
            # "a warrant issued IN ABSENTIA": the threatened act names the threat's mode
            mode = _threat_mode_of(trig.category, trig.mode) if category == "THREATEN" else None
            trig.category, trig.mode = category, mode
            trig.pattern += f"~{category}"
            return True
    return False


def _near(trig: Trigger) -> list[Token]:
    """The trigger's words, their dependents and the dependents' dependents, within the clause."""
    near = [*trig.tokens]
    for token in trig.tokens:
        near += [c for c in token.children if c.dep_ not in CONTEXT_STOP_DEPS]
    for _ in range(2):  # grandchildren and their dependents: "on a PEACEKEEPING mission"
        near += [g for c in list(near) for g in c.children
                 if g.dep_ not in CONTEXT_STOP_DEPS and g not in near]
    return near


CARRYING = frozenset({"carry", "bring", "transport", "deliver", "ferry", "load"})


def _cargo(head: Token) -> list[Token]:
    """What the subject of an arrival carries: "a cargo plane CARRYING 20 tonnes of medical supplies"."""
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return [t for s in subjects for c in s.children if c.dep_ == "acl" and c.lemma_.lower() in CARRYING
            for t in c.subtree]


def _purpose_words(head: Token) -> list[Token]:
    """The words of a purpose clause ("sent troops to serve as a PEACEKEEPING force"), a few levels deep."""
    found: list[Token] = []
    for clause in head.children:
        purpose = clause.dep_ in ("advcl", "xcomp") and clauses.is_purpose_or_participle(clause)
        if not purpose:
            continue
        found.append(clause)
        for _ in range(3):
            found += [g for c in list(found) for g in c.children if g not in found and g.dep_ not in
                      ("ccomp", "relcl", "advcl", "conj", "parataxis")]
    return found


def _in_recipient_phrase(token: Token, trig: Trigger) -> bool:
    """ "handed over weapons TO THE PEACEKEEPERS": the recipient does not describe what was done,
    nor does a word naming it: "pulled out of the REFUGEE camp"."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in trig.recipient_preps and prep.head in trig.tokens


def _in_source_phrase(token: Token) -> bool:
    """ "withdrew FROM the REFUGEE camp": the place left behind does not describe what was done."""
    while token.dep_ in ("compound", "amod") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "from"


def _lemma_variants(token: Token) -> list[str]:
    """The lemma, the word itself, then guesses from regular endings for the lemmatizer's slips
    ("hoped" -> "hop", "staged" -> "stag")."""
    lemma, word = token.lemma_.lower(), token.lower_
    forms = [lemma, word]
    if word.endswith("ied"):
        forms.append(word[:-3] + "y")
    if word.endswith("ed"):
        forms += [word[:-1], word[:-2]]
    if word.endswith("ing"):
        forms += [word[:-3], word[:-3] + "e"]
    if word.endswith("s"):
        forms += [word[:-1], word[:-2]]
    return forms


def _hyphen_compounds(token: Token) -> list[str]:
    """The tokenizer splits "cease-fire" into three tokens; the last one stands for the whole word."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return []
    first = doc[i - 2].lower_
    return [f"{first}-{token.lower_}", f"{first}{token.lower_}", f"{first}-{token.lemma_.lower()}"]


BEING_IN = frozenset({"be", "remain", "stay"})
# what one is in or on as its party ("in talks", "on strike"), not what one suffers ("in detention")
TAKEN_PART_IN = frozenset({"talk", "talks", "negotiation", "discussion", "consultation", "dialogue", "strike",
                           "protest"})


def _reports_event(noun: Token, lexicon: Lexicon) -> bool:
    """Whether an event noun can report an event where it stands: "relief officials" or "a pause in the
    bombing" do not; a subject ("clashes erupted"), an object ("staged a protest") or "the release of" can.
    Nor does a noun that is a topic ("the book describes the bombing", "spoke about the attack") or the
    subject of an opinion ("the sanctions are a mistake").
    """
    if noun.dep_ in NOUN_MODIFIER_DEPS or noun.dep_ == "npadvmod":
        return False
    if noun.pos_ == "PROPN" and noun.ent_type_:
        return False  # part of a name: "the Court of Appeals", "Operation Desert Storm"
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.topic_verbs:
        return False
    if noun.dep_ == "dobj" and noun.lemma_.lower() in FEELINGS and noun.head.lemma_.lower() in FEELING_VERBS:
        return False  # "expressed relief that ...": a feeling, not relief sent
    if noun.dep_ == "nsubj" and _is_opinion_predicate(noun.head, lexicon.opinion_predicates):
        return False
    if _is_characterisation(noun):
        return False
    if noun.dep_ != "pobj":
        return True
    prep, owner = noun.head, noun.head.head
    if prep.lower_ in ("about", "despite"):
        return False  # "talked about the attack", "despite the sanctions": a topic or a standing state
    if prep.lower_ == "for" and owner.lemma_.lower() in lexicon.awaiting_owners:
        return False  # "preparing for talks": awaited, not held
    if prep.lower_ == "of" and owner.lemma_.lower() in lexicon.not_happened:
        return False  # "the prospect of talks", "the collapse of talks", "fears of attacks"
    if prep.lower_ == "on" and owner.lemma_.lower() in ("be", "go", "remain", "stay"):
        return True  # "has been ON hunger strike", "went ON strike"
    if prep.lower_ == "in" and owner.lemma_.lower() in BEING_IN:
        return noun.lemma_.lower() in TAKEN_PART_IN  # "has been IN talks with Baghdad", not "in detention"
    if prep.lower_ == "for" and owner.lemma_.lower() in BLAME_WORDS:
        return True  # "Russia was responsible for the attack": an attack laid at someone's door
    # "... after Moscow's invasion of Ukraine": a time phrase names an event, whatever it hangs on
    return prep.lower_ in NOUN_EVENT_PREPS | TIME_PREPS or owner.pos_ == "VERB"


TIME_PREPS = frozenset({"after", "since", "before", "following", "amid", "during"})


def _is_characterisation(noun: Token) -> bool:
    """ "the tax plan IS AN ATTACK on the middle class", "this was a betrayal": an event noun as the
    predicate of "be" says what something is like; "THERE WERE clashes" still reports them."""
    verb = noun.head
    return (noun.dep_ == "attr" and verb.lemma_ == "be"
            and not any(c.dep_ == "expl" for c in verb.children))


def _is_weighed_act(verb: Token, words: frozenset[str]) -> bool:
    """ "WORKING with the Kurds is tricky", "it is legal to KILL them": an act judged in general."""
    if verb.dep_ == "csubj":
        return _is_opinion_predicate(verb.head, words)
    if verb.dep_ not in ("xcomp", "ccomp"):
        return False
    copula = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    return (copula.lemma_ == "be" and any(c.lower_ == "it" for c in copula.children)
            and any(c.dep_ == "acomp" and _is(c, words) for c in copula.children))


COPULAS = frozenset({"be", "remain", "seem", "appear", "look", "become", "prove", "sound"})


def _is_opinion_predicate(verb: Token, words: frozenset[str]) -> bool:
    """ "(the sanctions) ARE a mistake / counterproductive", "(an attack) REMAINS unlikely": a copula with
    an evaluative complement."""
    if verb.lemma_.lower() not in COPULAS:
        return False
    return any(c.dep_ in ("attr", "acomp") and _is(c, words) for c in verb.children)


def _is_open_question(verb: Token) -> bool:
    """ "whether to send aid", "asked whether the troops would withdraw": an open question."""
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children)


def _holds(entry: Entry, token: Token) -> bool:
    """Whether every condition of the entry holds for the token."""
    particles = _particles(token, entry.particle)
    if entry.particle is not None and not particles:
        return False
    objects = _objects(token, particles)
    if entry.obj is not None and not any(_is_object(o, entry.obj) or "*" in entry.obj for o in objects):
        return False
    counted = objects + _members(objects)  # "sent thousands OF TROOPS": what a count gathers counts
    if entry.obj_not and any("*" in entry.obj_not or _is(o, entry.obj_not) for o in counted):
        return False
    if entry.obj_ent is not None and not any(_has_entity_label(o, entry.obj_ent) for o in objects):
        return False
    mods = [c for c in token.children if c.dep_ in MODIFIER_DEPS]
    if entry.mods is not None and not any(_is(m, entry.mods) for m in mods):
        return False
    if entry.mods_not and any(_is(m, entry.mods_not) for m in mods):
        return False
    if entry.mods_ent is not None and not any(_has_entity_label(m, entry.mods_ent) for m in mods):
        return False
    if entry.subj is not None or entry.subj_ent is not None:
        subjects = _subjects(token)
        subjects += [g for s in subjects for g in s.conjuncts]
        subjects += _members(subjects)
        if not any(
            (entry.subj is not None and _is(s, entry.subj))
            or (entry.subj_ent is not None and _has_entity_label(s, entry.subj_ent))
            for s in subjects
        ):
            return False
    if entry.clause is not None and not any(c.dep_ == entry.clause for c in token.children):
        return False
    if entry.future_clause is not None and entry.future_clause != _has_future_clause(token):
        return False
    if entry.clause_verb is not None and not any(_is(c, entry.clause_verb) for c in _clause_verbs(token)):
        return False
    if entry.xcomp is not None and entry.xcomp != _has_clause(token):
        return False
    if entry.verdict is not None:
        said = _verdict_words(token)
        if entry.category == "SUPPORT":
            # "views the YPG as an ally OF the PKK": an affiliation ascribed, not praise
            said = [w for w in said if not any(c.dep_ == "prep" and c.lower_ == "of" for c in w.children)]
        if not any(_is(w, entry.verdict) for w in said):
            return False
        # the thing judged may hang on the verdict: "called the REPORT dangerous nonsense"
        judged = [g for w in said for g in w.children if g.dep_ in ("nsubj", "nmod", "npadvmod", "poss")]
        judged += [c for c in token.children if c.dep_ == "npadvmod"]
        if any(_is(j, entry.obj_not) for j in judged):
            return False
    return entry.passive is None or entry.passive == _is_passive(token)


# "forced them to FLEE", "sent residents FLEEING" (a participle the parser hangs as a predicate)
CLAUSE_VERB_DEPS = frozenset({"xcomp", "ccomp", "advcl", "oprd", "acomp"})


def _clause_verbs(verb: Token) -> list[Token]:
    """The verbs of what a verb makes its object do: "forced them to FLEE", "sent thousands of
    residents FLEEING" (the parser may hang the participle on the object)."""
    clauses_ = [c for c in verb.children if c.dep_ in CLAUSE_VERB_DEPS]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
    # "sent thousands FLEEING", "reserved the right TO RESPOND"
    return clauses_ + [c for o in objects for c in o.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VB")]


def _has_entity_label(token: Token, labels: frozenset[str]) -> bool:
    """The token's entity label is one of these. Before entity recognition has run on the sentence (the
    selective parser first asks whether a sentence can hold an event at all) a proper noun may still
    turn out to be one: "arrived in BEIJING"."""
    if token.ent_iob == 0:
        return token.pos_ == "PROPN"
    return token.ent_type_ in labels


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects; for a verb without one, the subject of the verb that controls it or that it
    is coordinated with: in "youths RESORTED to throwing stones", "protesters TRIED to storm" or
    "protesters defied the curfew and stormed" the youths throw, the protesters storm."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
        if verb.dep_ == "relcl" and any(s.lower_ in RELATIVE_PRONOUNS for s in subjects):
            return [verb.head]  # "protesters WHO stormed parliament"
        if subjects or verb.head == verb:
            return subjects
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return [verb.head]  # "protesters STORMING the parliament"
        if verb.dep_ in ("xcomp", "conj"):  # "protesters defied the curfew and STORMED ...": shared
            verb = verb.head
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head
        else:
            return []
    return []


def _make(entry: Entry, token: Token, nouns: dict[int, Trigger]) -> Trigger | None:
    """The trigger this (matching) entry makes of the token; a light verb needs an event noun."""
    particles = _particles(token, entry.particle)
    objects = _objects(token, particles)
    if entry.role == "light":
        return _light(entry, token, particles, objects, nouns)
    if entry.role in ("block", "frame"):
        return Trigger(category="", head=token, tokens=[token], pattern=entry.id)
    if entry.category is None:  # the lexicon loader refuses such entries; never crash a batch on one
        return None
    words = [token, *particles]
    if entry.obj is not None and "*" not in entry.obj:
        named = [o for o in objects if _is_object(o, entry.obj)][:1]
        if any(_has_no_determiner(o) for o in named):
            # "no deadline was set", "reached no agreement": the act did not happen, nor what it governs
            return Trigger(category="", head=token, tokens=[token], pattern=f"{entry.id}-no")
        words += named
    if entry.subj is not None:
        # "the truce took effect": an event noun the entry names as subject is part of the wording
        words += [s for s in _subjects(token) if s.i in nouns and _is(s, entry.subj)]
    return Trigger(
        category=entry.category,
        head=token,
        tokens=words,
        mode=entry.mode,
        reciprocal=entry.reciprocal,
        recipient_preps=entry.recipient_preps,
        pattern=entry.id,
        nominal=entry.pos == "noun",
        subject_is_recipient=entry.inverse,
    )


def _carried_conjuncts(verbs: Iterable[Trigger], nouns: dict[int, Trigger]) -> list[Trigger]:
    """ "expressed its rejection and CONDEMNATION", "held talks and joint EXERCISES": a light verb
    carries each coordinated event noun of another category as an act of its own."""
    extra = []
    for verb in list(verbs):
        if "+" not in verb.pattern or verb.head.pos_ not in ("VERB", "AUX"):
            continue
        carried = [t for t in verb.tokens[1:] if t.i not in nouns and t.pos_ in ("NOUN", "PROPN")]
        for noun_token in carried[:1]:
            for conj in noun_token.conjuncts:
                noun = nouns.get(conj.i)
                if noun is None or noun.category == verb.category:
                    continue
                del nouns[conj.i]
                extra.append(replace(noun, head=verb.head, tokens=[verb.head, *noun.tokens], nominal=False,
                                     pattern=f"{verb.pattern.split('+')[0]}+{noun.pattern}"))
    return extra


def _light(
    entry: Entry, verb: Token, particles: list[Token], objects: list[Token], nouns: dict[int, Trigger]
) -> Trigger | None:
    """A light verb takes over the event noun it governs: "held talks" -> CONSULT headed by "held".
    A light entry with a category takes over only nouns of that category. A verb that says what its
    object is ("called the raid an authoritarian act") judges the act; it does not carry it out."""
    judged = any(c.dep_ in ("oprd", "attr") for c in verb.children)
    # "launched an air and ground offensive": the parser makes "air" the object, the act its conjunct
    candidates = [*objects, *(c for o in objects if o.i not in nouns for c in o.conjuncts)]
    for obj in candidates:
        if judged and obj.dep_ in ("dobj", "obj"):
            continue
        noun = nouns.get(obj.i)
        if noun is None or (entry.category and noun.category != entry.category):
            continue
        if _has_no_determiner(obj):  # "are having NO talks", "held no meetings": nothing took place
            return Trigger(category="", head=verb, tokens=[verb], pattern=f"{entry.id}-no")
        return Trigger(
            category=noun.category,
            head=verb,
            tokens=[verb, *particles, *noun.tokens],
            mode=noun.mode,
            reciprocal=noun.reciprocal,
            recipient_preps=noun.recipient_preps,
            pattern=f"{entry.id}+{noun.pattern}",
            subject_is_recipient=entry.inverse,
        )
    return None


def _has_no_determiner(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


@cache
def _has_pairs(words: frozenset[str]) -> bool:
    """Whether a word list holds two-word entries ("martial law"); lists are few and fixed."""
    return any(" " in word for word in words)


def _is(token: Token, words: frozenset[str]) -> bool:
    if token.lemma_.lower() in words or token.lower_ in words:
        return True
    if token.i > 0 and _has_pairs(words):
        before = token.doc[token.i - 1]
        if before.head == token and before.dep_ in ("amod", "compound") \
                and f"{before.lower_} {token.lower_}" in words:
            return True  # "lifted MARTIAL LAW": a two-word entry
    return any(word in words for word in _hyphen_compounds(token))  # "a LIVE-FIRE drill"


def _is_object(token: Token, words: frozenset[str]) -> bool:
    """An object matches by its head noun or a compound in front: "the CEASEFIRE agreement", "50
    MILLION crowns"; a proper noun in front is part of a name ("the Euphrates SHIELD area")."""
    return _is(token, words) or any(c.dep_ in ("compound", "nummod") and c.pos_ != "PROPN" and _is(c, words)
                                    for c in token.children)


def _particles(token: Token, wanted: frozenset[str] | None) -> list[Token]:
    if wanted is None:
        return []
    return [c for c in token.children if c.dep_ in PARTICLE_DEPS and _is(c, wanted) and not _is_time(c)
            and not any(g.lower_ == "upside" for g in c.children)]  # "turned the city UPSIDE down"


def _is_time(prep: Token) -> bool:
    """ "on Monday", "in June": a time adjunct, not the preposition of a phrasal verb."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _objects(token: Token, particles: list[Token]) -> list[Token]:
    """Object-like dependents: direct objects, passive subjects, objects of the particle, "of" phrases."""
    found = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    # "accept refugees fleeing the war", "allowed aid trucks to enter": the parser may read the object
    # as the subject of the participle or infinitive
    # (not a finite clause: "warned that Somalia WAS FACING famine")
    found += [g for c in token.children if c.dep_ == "ccomp" and (_bare_gerund(c) or _is_infinitive(c))
              for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        found.append(token.head)  # "the report released on Tuesday": the noun is the object
    if _small_clause(token):  # "ordered her citizenship REVOKED": what is revoked is the citizenship
        found += [c for c in token.children if c.dep_ == "nsubj"]
    if token.lemma_.lower() == "give":  # "gave the envoy 48 HOURS to leave", read as an adverb
        found += [c for c in token.children
                  if c.dep_ == "npadvmod" and any(n.dep_ == "nummod" for n in c.children)]
    if token.dep_ == "relcl" and any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                                     for c in token.children):
        found.append(token.head)  # "the deal THAT they signed": the noun is the object
    for child in token.children:
        if child in particles or (child.dep_ == "prep" and child.lower_ == "of" and token.pos_ != "VERB"):
            found += [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
        if child in particles:  # "walked out OF the talks", "pulled back FROM the border"
            found += [p for g in child.children if g.dep_ == "prep" for p in g.children if p.dep_ == "pobj"]
            # "opened its borders to fleeing Syrians": read as a participle with its object
            found += [o for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                      for o in g.children if o.dep_ == "dobj"]
    found += [c for o in found for c in o.conjuncts]
    # "200 tonnes of food aid", "millions of dollars in loans": the measured noun counts too
    found += [g for o in list(found) for c in o.children
              if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "in" and _is_amount(o)))
              for g in c.children if g.dep_ == "pobj"]
    return found


# Nouns that count or gather their "of" phrase: "a first batch of troops" arrives as troops do.
GATHERING_NOUNS = frozenset({"batch", "group", "contingent", "unit", "number", "dozen", "hundred", "thousand",
                             "deployment",
                             "million", "ten", "score", "column", "convoy", "detachment", "team", "squad",
                             "wave", "handful"})


def _members(subjects: list[Token]) -> list[Token]:
    """The "of" phrase of a subject that counts or gathers it: "a batch OF TROOPS", "dozens OF SOLDIERS",
    "tens of thousands OF PROTESTERS"."""
    found: list[Token] = []
    level = subjects
    for _ in range(2):  # "tens OF thousands OF protesters"
        level = [g for t in level if t.lemma_.lower() in GATHERING_NOUNS for c in t.children
                 if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        found += level
    return found


def _bare_gerund(verb: Token) -> bool:
    return verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "mark") for c in verb.children)


def _is_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _is_amount(noun: Token) -> bool:
    """ "millions of dollars IN loans": an amount; "two soldiers IN the region" is not."""
    return noun.like_num or noun.ent_type_ in ("MONEY", "QUANTITY") or noun.lemma_.lower() in (
        "million", "billion", "thousand", "dollar", "euro", "pound", "tonne", "ton", "worth", "$")


def _verdict_words(verb: Token) -> list[Token]:
    """What a verb of judging says of its object, and the adjectives on it: "considers it a PROFESSIONAL
    ARMY", "called the rebels TERRORISTS", "described the army AS highly PROFESSIONAL"."""
    said = [c for c in verb.children if c.dep_ in VERDICT_DEPS]
    said += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
             if g.dep_ == "pobj"]
    said += [g for c in said for g in c.children if g.dep_ == "appos"]
    # "called the diversion an act OF state TERRORISM": what kind of act
    said += [g for c in said if c.lemma_.lower() in KIND_NOUNS for p in c.children
             if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return said + [g for c in said for g in c.children if g.dep_ in ("amod", "acomp")]


KIND_NOUNS = frozenset({"act", "case", "form", "kind", "example", "instance"})


QUESTION_WORDS = frozenset({"why", "how", "what", "who", "whom", "whose", "when", "where", "which", "whether",
                            "if"})


def _has_clause(token: Token) -> bool:
    # "committed TO reforming", "agreed ON holding"; not "committed crimes SINCE crossing the border";
    # not a question: "asked her WHY she wears a headscarf", "asked WHETHER he would run"
    return any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and not _is_question(c))
               or _is_sworn_infinitive(c, token) for c in token.children) or any(
        (c.dep_ == "acl" or (c.dep_ == "prep" and c.lower_ in CLAUSE_PREPS))
        and any(g.dep_ == "pcomp" for g in c.children) for c in token.children
    )


def _is_question(clause: Token) -> bool:
    """An embedded question: a clause opened by a question word ("why she wears", "whether he would")."""
    return any(g.lower_ in QUESTION_WORDS and g.i < clause.i for g in clause.children)


def _is_sworn_infinitive(child: Token, verb: Token) -> bool:
    """ "have sworn TO FIGHT": the parser sometimes hangs the infinitive of a promise as an adverbial
    clause; right after a participle it is still the promised act."""
    return (child.dep_ == "advcl" and verb.tag_ == "VBN" and child.i == verb.i + 2
            and verb.nbor(1).lower_ == "to")


def _has_future_clause(token: Token) -> bool:
    return any(c.dep_ in ("ccomp", "xcomp") and (clauses.is_intended(c) or _possible_measure(c))
               and not _foretold_outcome(c) for c in token.children)


# "warned that it COULD USE FORCE": a measure the speaker may take is held out as a threat
POSSIBLE_AUX = frozenset({"could", "may", "might"})
MEASURE_LEMMAS = frozenset({"use", "attack", "strike", "retaliate", "respond", "intervene", "invade",
                            "launch", "impose", "expel", "arrest", "close", "cut", "sever", "suspend",
                            "deploy"})


def _possible_measure(clause: Token) -> bool:
    return clause.lemma_.lower() in MEASURE_LEMMAS and any(
        c.dep_ == "aux" and c.lower_ in POSSIBLE_AUX for c in clause.children)


# "warned that an offensive WOULD CAUSE a catastrophe": a forecast of what something brings about
OUTCOME_LEMMAS = frozenset({"cause", "lead", "trigger", "spark", "result", "create", "worsen", "fuel",
                            "plunge", "destabilise", "destabilize", "undermine", "deepen", "exacerbate",
                            "endanger", "jeopardise", "jeopardize", "harm", "damage", "hurt", "prolong"})


RETALIATION_NOUNS = frozenset({"response", "retaliation", "revenge", "reprisal", "retribution",
                               "consequence", "punishment", "war"})


VOW_LEMMAS = frozenset({"vow", "pledge", "promise", "swear"})
ANSWERING_LEMMAS = frozenset({"respond", "react", "retaliate", "answer"})
PURGING_LEMMAS = frozenset({"clean", "clear", "purge", "cleanse", "rid"})
PLACE_NOUNS = frozenset({"city", "town", "region", "area", "border", "province", "village", "district"})
# what a vow of retaliation says: "would not go UNPUNISHED", "to AVENGE", "would RETALIATE"
RETALIATION_WORDS = frozenset({"unpunished", "unanswered", "avenge", "revenge", "retaliate", "retaliation",
                               "vengeance", "reprisal", "reprisals", "retribution", "punish"})


def _apply_vow_of_retaliation(trig: Trigger) -> None:
    """A vow to avenge or punish is a threat, not a promise of cooperation."""
    head = trig.head
    if trig.category != "AGREE" or head.lemma_.lower() not in VOW_LEMMAS:
        return
    said = [t for c in head.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree]
    if any(t.lower_ in RETALIATION_WORDS or t.lemma_.lower() in RETALIATION_WORDS for t in said) \
            or any(_answer_if_attacked(t) or _purge_of_a_place(t) for t in said):
        trig.category, trig.mode = "THREATEN", "violence"
        trig.pattern += "~retaliation"


def _answer_if_attacked(verb: Token) -> bool:
    """ "vowed to RESPOND IF ATTACKED": an answer to force, promised on a condition, is force."""
    return verb.lemma_.lower() in ANSWERING_LEMMAS and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "should") for m in c.children)
        for c in verb.children)


def _purge_of_a_place(verb: Token) -> bool:
    """ "vowing to 'CLEAN UP' the city of Manbij": a place to be cleared of its enemies by force."""
    return verb.lemma_.lower() in PURGING_LEMMAS and any(
        c.dep_ in ("dobj", "obj") and (c.ent_type_ in ("GPE", "LOC", "FAC") or c.lemma_.lower() in PLACE_NOUNS
                                       or any(g.ent_type_ in ("GPE", "LOC") for g in c.subtree))
        for c in verb.children)


def _foretold_outcome(clause: Token) -> bool:
    """The clause forecasts the outcome of something other than the speaker's own act (not so "any
    attack would trigger a crushing RESPONSE": a deterrent threat)."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    deterrent = any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in RETALIATION_NOUNS
                    for c in clause.children)
    return clause.lemma_.lower() in OUTCOME_LEMMAS and bool(subjects) and not deterrent \
        and all(s.pos_ in ("NOUN", "PROPN") for s in subjects)


# verbs that take a bare participle with its own subject: "ordered the journalist RELEASED"
SMALL_CLAUSE_GOVERNORS = frozenset({"order", "command", "instruct", "direct", "want"})


def _small_clause(token: Token) -> bool:
    """ "ordered his citizenship REVOKED": the participle's subject is what is acted on (the tagger may
    read the participle as a past tense; with no object of its own, it is still the participle)."""
    return (token.dep_ == "ccomp" and token.tag_ in ("VBN", "VBD")
            and token.head.lemma_.lower() in SMALL_CLAUSE_GOVERNORS
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in token.children))


def _is_passive(token: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)


# force and repression are done to a crowd that protests of its own: neither takes in the other
REPRESSING = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


def _governor(trigger: Trigger, heads: dict[int, Trigger]) -> Trigger | None:
    """The nearest trigger whose object or complement contains this one, if any."""
    current = trigger.head
    while current.head.i != current.i:
        dep, parent = current.dep_, current.head
        elaborates = dep == "advcl" and clauses.is_purpose_or_participle(current) \
            and not _own_word_on_it(trigger, current, heads.get(parent.i))
        if dep in CLAUSE_BREAKS and (not elaborates or trigger.subject_is_recipient
                                     or trigger.pattern in CONSEQUENCES):
            return None  # "visited Taipei, DRAWING a rebuke from Beijing" is Beijing's act, not the visit
        if clauses.mediation(current):
            return None  # "exchanged prisoners in a swap MEDIATED by the UAE": the mediator's own act
        if clauses.comments_on(current, parent):
            return None  # "accused Rwanda of ..., a charge Kigali denies": the accusation stands
        if clauses.comment_clause(current):
            return None  # "..., an allegation Moscow has denied": the denial is Moscow's own act
        if clauses.named_by_another(current):
            return None  # "arrested in what Arce denounced as a coup": the denunciation is Arce's act
        if dep == "xcomp" and parent.lemma_.lower() in CAUSING and parent.i not in heads \
                and any(c.dep_ == "dobj" for c in parent.children):
            return None  # "recognised Palestine, PROMPTING Israel to recall its envoys": Israel's own act
        if dep == "conj" and current.pos_ in ("VERB", "AUX") and parent.i in heads:
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
                # "Hamas released women held hostage ..., and Israel freed prisoners": a clause with a
                # subject of its own is news of its own, whatever governs the act it is coordinated with
                return None
            # "met Y and attacked Z" are separate events; "agreed to disarm and (to) join forces"
            # share the governor of the first conjunct
            first = heads[parent.i]
            return _governor(first, heads) if first is not trigger else None
        owner = heads.get(parent.i)
        if owner is not None and owner is not trigger:
            if _on_a_visit(trigger) or clauses.each_to_the_other(trigger.head) or (
                    _as_circumstance(trigger)
                    and (owner.category != trigger.category or _apart_in_time(trigger))):
                return None  # "signed the deal during a VISIT to Hanoi": the visit is news of its own
            if trigger.category == "PROTEST" and not trigger.nominal and owner.category in REPRESSING:
                return None  # "fired tear gas to disperse students PROTESTING": the crowd protests
            if dep not in NOT_ABSORBED_AS:
                return owner
            # "the air strike killed nine": an event noun subject of the same kind is the same event
            same = dep == "nsubj" and trigger.nominal and trigger.category == owner.category
            return owner if same else None
        current = parent
    return None


# verbs by which one act brings another party to act: "prompting Israel to recall its envoys"
# people driven from their homes (PLOVER: SANCTION expel, by what drove them out)
DISPLACING = frozenset({"force-to-flee", "force-a-people-to-flee"})
# acts that follow from a deed and are events of their own: "shelled the town, SENDING thousands fleeing"
CONSEQUENCES = DISPLACING
CAUSING = frozenset({"prompt", "lead", "spur", "force", "compel", "push", "drive", "provoke", "trigger",
                     "cause", "oblige"})
SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")  # "won 2-1"
# Verbal acts that a party adds to what it does: "recalled its envoy, ACCUSING Madrid of ..."
WORDS_ON_AN_ACT = frozenset({"ACCUSE", "THREATEN", "REJECT"})


def _own_word_on_it(trigger: Trigger, clause: Token, governor: Trigger | None) -> bool:
    """A participle that accuses, threatens or rejects is an event of its own next to the act it follows,
    except for what a protest says (the codebook codes a protest's demand with the protest) and the
    counts of an accusation ("accused X of violating ..., ignoring ...")."""
    return clause.tag_ == "VBG" and trigger.head == clause and trigger.category in WORDS_ON_AN_ACT \
        and governor is not None and governor.category not in (trigger.category, "PROTEST", "ACCUSE")


THREAT_MODES = {"ASSAULT": "violence", "MOBILIZE": "violence", "COERCE": "restrict", "SANCTION": "restrict"}
THREAT_MODES_BY_MODE = {"arrest": "arrest", "expel": "expel", "deport": "expel", "discontinue": "relations",
                        "withdraw": "relations", "seize": "territory"}


def _threat_mode_of(category: str, mode: str | None) -> str | None:
    return THREAT_MODES_BY_MODE.get(mode or "") or THREAT_MODES.get(category)


def _absorb(found: dict[int, Trigger], embedded: dict[str, dict[str, str]]) -> list[Trigger]:
    """Keep one trigger per predicate: embedded triggers fold into the trigger that governs them."""
    heads = {trig.head.i: trig for trig in found.values()}
    kept: list[Trigger] = []
    absorbed: dict[int, list[Trigger]] = {}
    for trig in found.values():
        governor = _governor(trig, heads)
        if governor is None:
            kept.append(trig)
        else:
            absorbed.setdefault(id(governor), []).append(trig)
    # innermost first: "offered to send troops to help" is AID (purpose) before the offer reads it
    for trig in sorted(found.values(), key=lambda t: -_depth(t.head)):
        table = embedded.get(trig.pattern.split("+")[0])
        if table:
            _recategorise(trig, absorbed.get(id(trig), []), table)
    return kept


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _recategorise(trig: Trigger, inner: list[Trigger], table: dict[str, str]) -> None:
    """"promised to withdraw" -> CONCEDE: the entry's `embedded` table maps what it absorbed."""
    for sub in sorted(inner, key=lambda t: t.head.i):
        if sub.nominal and sub.head.head not in trig.tokens and not sub.head.dep_.startswith("nsubj"):
            continue  # "claimed the zones had reduced VIOLENCE": a noun deep inside is no embedded act
        if sub.head.dep_ == "relcl" or (sub.head.dep_ == "acl" and sub.head.tag_ in ("VBN", "VBG")):
            continue  # "to help identify victims KILLED in the crash": a description, not the act embedded
        if sub.head.dep_ == "advcl" and sub.head.head != trig.head:
            continue  # "helped raise groups TO FIGHT Assad": the purpose of the act helped, not the help
        new = table.get(sub.category) or table.get("*")
        if not new:
            continue
        if new == "*":  # a transparent governor: "ordered the police to arrest" is the arrest
            new = sub.category
        if trig.category == "MOBILIZE" and sub.pattern.startswith("help-to"):
            new = "AID"  # "deployed troops TO HELP fight insurgents": forces sent to another's aid
        own, trig.category = trig.category, new
        if new == "THREATEN":
            trig.mode = THREAT_MODES_BY_MODE.get(sub.mode or "") or THREAT_MODES.get(sub.category)
        elif new != sub.category:
            # "gathered outside to denounce": the gathering keeps its own reading and mode
            trig.mode = trig.mode if new == own else None
        else:
            trig.mode = sub.mode
        trig.pattern += f">{sub.pattern}"
        return


def _apply_ruled_out(trig: Trigger) -> bool:
    """ "Lifting the sanctions is out of the question": the act is refused (REJECT)."""
    if trig.head.dep_ not in ("csubj", "nsubj") or not clauses.is_ruled_out(trig.head.head):
        return False
    # the refusal is the predicate's: its speaker ("X said lifting ... is out of the question") acts
    predicate = trig.head.head
    speech = predicate.head
    said = predicate.dep_ in ("ccomp", "parataxis") and speech.lemma_.lower() in SPEECH_VERBS
    trig.head = speech if said else predicate
    trig.tokens = [trig.head, predicate, *trig.tokens] if said else [predicate, *trig.tokens]
    trig.category, trig.mode, trig.nominal = "REJECT", None, False
    trig.pattern += "@ruled-out"
    trig.modality_in_category = True
    return True


# what a clause agreed on must be to be a promise: "agreed that their countries SHOULD cooperate"
PROMISING_AUX = frozenset({"will", "would", "shall", "should", "must", "'ll", "wo", "can", "could"})


def _opinion_shared(trig: Trigger) -> bool:
    """ "Cabinet agreed that the regime is responsible", "agreed Assad had a pattern of dangerous
    behaviour": a view shared, not a promise (which says what someone will or should do)."""
    if trig.category != "AGREE" or trig.pattern.split("+")[0] not in ("agree-plain", "agree-to"):
        return False
    clauses_agreed = [c for c in trig.head.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    # ... not "agreed that the withdrawal WOULD BE conditional": what something would be is a view too
    promised = any(a.dep_ in ("aux", "auxpass") and a.lower_ in PROMISING_AUX and c.lemma_ != "be"
                   for c in clauses_agreed for a in c.children)
    return bool(clauses_agreed) and not promised


# "warned Trump to AVOID military action", "warned travellers to EXERCISE caution": advice, not a threat
CAUTION_VERBS = frozenset({"avoid", "refrain", "exercise", "reconsider", "heed", "beware", "postpone",
                           "delay", "limit", "reduce"})


def _apply_advice(trig: Trigger) -> None:
    """A warning to someone to be careful asks them to, threatening nothing: a REQUEST."""
    if trig.category != "THREATEN" or not trig.pattern.startswith("warn"):
        return
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in CAUTION_VERBS for c in trig.head.children):
        trig.category, trig.mode = "REQUEST", None
        trig.pattern += "@advice"


ENDED_AS = {"SUPPORT": ("SANCTION", "discontinue"), "COOPERATE": ("SANCTION", "discontinue"),
            "AID": ("SANCTION", "discontinue"), "CONSULT": ("SANCTION", "discontinue"),
            "ASSAULT": ("CONCEDE", None), "REQUEST": ("CONCEDE", None)}


def _apply_intent(trig: Trigger) -> None:
    """Announced or intended acts: cooperation -> AGREE (refused -> REJECT), a reported withdrawal
    -> CONCEDE, force -> THREATEN.
    Withheld cooperation is a refusal too: "did not give permission" is REJECT."""
    if not trig.nominal and (ended := ENDED_AS.get(trig.category)) and clauses.discontinued(trig.head):
        # "the US would no longer supply arms to the Kurds", "ceased arming the rebels": support ended is
        # a sanction on its recipient; force or a demand ended a concession
        trig.category, trig.mode = ended
        trig.pattern += "@discontinued"
        trig.modality_in_category = True
        return
    negated = clauses.intent_denied(trig.head)
    if not negated and not trig.nominal and clauses.is_conditional_threat(trig.head, trig.category):
        # "may halt its mediation if ...", "will boycott the vote unless ...": leverage over the other side
        trig.mode = _threat_mode_of(trig.category, trig.mode) if trig.category in clauses.FORCEFUL else None
        trig.category = "THREATEN"
        trig.pattern += "@conditional"
        trig.modality_in_category = True
        return
    withheld = trig.category in clauses.WITHHOLDABLE or (
        trig.category in clauses.COOPERATIVE and clauses.decided_against(trig.head))
    if negated and not trig.nominal and withheld and not clauses.never_done(trig.head):
        trig.category, trig.mode = "REJECT", None
        trig.pattern += "@withheld"
        trig.modality_in_category = True
        return
    if not clauses.is_intended(trig.head):
        return
    if not negated and _is_announced_withdrawal(trig):
        # "X said it would withdraw": an announced, not yet executed withdrawal is a verbal
        # concession (codebook); offers ("willing to withdraw") stay promises (AGREE)
        trig.category, trig.mode = "CONCEDE", None
    elif trig.category in clauses.COOPERATIVE and trig.category != "AGREE":
        trig.category, trig.mode = ("REJECT", None) if negated else ("AGREE", None)
    elif trig.category in clauses.FORCEFUL and not negated:
        trig.mode = THREAT_MODES_BY_MODE.get(trig.mode or "") or THREAT_MODES.get(trig.category)
        trig.category = "THREATEN"
    else:
        return
    trig.pattern += "@intent"
    trig.modality_in_category = True


def _is_announced_withdrawal(trig: Trigger) -> bool:
    """ "X will withdraw", "X said it would pull out", "he will quit at the end of the month", "X plans to
    pull out": a withdrawal or resignation announced in the future tense or as a plan (an offer, "X is
    willing to withdraw", stays a promise)."""
    head = trig.head
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in head.children)
    planned = (head.dep_ == "xcomp" and head.head.lemma_.lower() in PLANNING_VERBS) or (
        head.dep_ == "acl" and head.head.lemma_.lower() in PLANNING_NOUNS)  # "the decision to withdraw"
    return (
        trig.category == "RETREAT"
        and trig.mode in ("withdraw", "resign")
        and (future or planned)
        and not clauses.has_condition(head)  # "would withdraw if ...": an offer
    )


PLANNING_VERBS = frozenset({"plan", "intend", "decide", "want", "aim"})
PLANNING_NOUNS = frozenset({"plan", "intention", "decision", "order"})


def _obligations(sentence: Span, found: dict[int, Trigger]) -> list[Trigger]:
    """ "X said Y must/should do ...": one REQUEST headed by the speech verb, Y its recipient."""
    demands = []
    for token in sentence:
        if token.dep_ not in ("ccomp", "acl") or not clauses.is_obliged(token):
            continue
        speech, words = token.head, [token]
        if token.dep_ == "acl":
            # "issued a reminder to Iraq that it must cooperate": the message's verb is the act
            if speech.lemma_.lower() not in SPEECH_NOUNS or speech.dep_ != "dobj":
                continue
            speech, words = speech.head, [speech, token]
        if speech.lemma_.lower() not in SPEECH_VERBS | MESSAGE_VERBS or speech.i in found:
            continue
        if any(c.dep_ == "mark" and c.i == sentence.start for c in speech.children):
            continue  # "THAT he has announced a withdrawal must be taken with salt": a subject clause misread
        demands.append(
            Trigger(
                category="REQUEST",
                head=speech,
                tokens=[speech, *words],
                recipient_head=_obliged_party(token, speech),
                pattern="obligation",
            )
        )
    return demands


def _obliged_party(clause: Token, speech: Token) -> Token | None:
    """Who must act: the clause's subject, or the addressee when the subject is a pronoun
    ("told Iraq that IT must ...")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].pos_ != "PRON":
        return subjects[0]
    addressees = [g for c in speech.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                  for g in c.children if g.dep_ == "pobj"]
    addressees += [c for c in speech.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN")]
    return addressees[0] if addressees else (subjects[0] if subjects else None)


def _drop_background(kept: list[Trigger]) -> list[Trigger]:
    """Events in "after ..."/"amid ..." phrases are background when the sentence reports another one,
    but for protests, visits, dated acts and circumstances told as news of their own (`_as_circumstance`)
    that are not the main act told again ("seized the town after heavy fighting")."""
    told = {t.category for t in kept if not clauses.in_background(t.head)}
    foreground = [t for t in kept if not clauses.in_background(t.head) or clauses.dated_in_past(t.head)
                  or t.category == "PROTEST" or _on_a_visit(t) or _set_against(t)
                  or clauses.each_to_the_other(t.head)
                  or (_as_circumstance(t) and (t.category not in told or _apart_in_time(t)))]
    return foreground or kept


def _as_circumstance(trig: Trigger) -> bool:
    """ "arrested hundreds DURING PROTESTS", "recalled its envoy AFTER IRANIAN MISSILE STRIKES on Erbil",
    "a day after Azerbaijan LAUNCHED an offensive": the circumstance of the act, and news of its own;
    "after THE riots" recalls an event told before."""
    if trig.category not in CIRCUMSTANCE_CATEGORIES:
        return False
    if trig.nominal and any(c.dep_ in ("det", "poss") and c.lower_ in RECALLING_DETERMINERS
                            for c in trig.head.children):
        return False
    phrase = clauses.circumstance_phrase(trig.head)
    if phrase is None:
        return False
    # a recognition or backing that an act follows is news ("after Trump RECOGNISED Guaido"); one that
    # a state of affairs has lasted since is background ("since the two countries established ties")
    return trig.category != "SUPPORT" or not _introduced_by(phrase, "since")


def _introduced_by(phrase: Token, word: str) -> bool:
    return phrase.lower_ == word or any(c.dep_ in ("mark", "advmod") and c.lower_ == word
                                        for c in phrase.children)


def _apart_in_time(trig: Trigger) -> bool:
    """ "struck Pakistan two weeks AFTER gunmen killed 26 tourists": a circumstance set apart in time is
    another act, even of the same kind; "seized the town after heavy fighting" tells one. So is the
    other side's act set against it ("pounded Hezbollah targets, WHILE THE GROUP fired rockets")."""
    phrase = clauses.circumstance_phrase(trig.head)
    if phrase is None:
        return False
    marks = [phrase, *(c for c in phrase.children if c.dep_ in ("mark", "advmod"))]
    return any(c.dep_ == "npadvmod" for m in marks for c in m.children) or _set_against(trig)


def _set_against(trig: Trigger) -> bool:
    """ "the opposition denounced the result, WHILE THE UNITED STATES refused to recognise it": another
    party's act set against the news is news of its own, whatever its kind."""
    phrase = clauses.circumstance_phrase(trig.head)
    if phrase is None or phrase.dep_ != "advcl" or trig.head != phrase:
        return False
    if not any(m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in phrase.children):
        return False
    subject, main_subject = _own_subject(phrase), _own_subject(phrase.head)
    return bool(subject) and bool(main_subject) and subject != main_subject


def _own_subject(verb: Token) -> str:
    return next((c.lemma_.lower() for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), "")


def _on_a_visit(trig: Trigger) -> bool:
    """ "signed the deal DURING A VISIT to Hanoi", "ON A VISIT to Chisinau": the visit is the occasion of
    the news and an event of its own."""
    head = trig.head
    return trig.category == "CONSULT" and trig.mode == "visit" and trig.nominal and head.dep_ == "pobj" \
        and head.head.lower_ in ("during", "on", "at", "of")
