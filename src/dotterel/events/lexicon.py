"""The trigger lexicon: entries read from `data/triggers.yaml`, with their conditions on the parse.

An entry names lemmas (verbs or event nouns), the PLOVER category and mode they report, and conditions
on the dependency context that must hold (an object from a word class, a particle, a modifier ...).
Word classes (`@name`) are defined once in the data file and shared by entries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from dotterel.plover import CATEGORIES

# Roles: an "event" entry reports its own category; a "light" verb ("hold", "launch", "carry out")
# only reports the category of the event noun it governs ("held talks", "launched an offensive");
# given a category, it takes over only event nouns of that category.
# A "none" entry stops the search and reports nothing ("released a statement", "meet the deadline");
# a "block" entry also silences the events in its object ("prevented a war", "fled the fighting").
# A "frame" entry reports only through its `embedded` table: "failed to reach a deal" is REJECT, while
# "failed to stop the fighting" reports nothing.
ROLES = frozenset({"event", "light", "none", "block", "frame"})
POS_GROUPS = {"verb": frozenset({"VERB"}), "noun": frozenset({"NOUN", "PROPN"})}


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class Entry:
    """One lexicon entry; every condition that is set must hold for the entry to match."""

    id: str
    lemmas: frozenset[str]
    pos: str  # "verb" | "noun"
    category: str | None
    mode: str | None = None
    role: str = "event"
    recipient_preps: tuple[str, ...] = ()
    reciprocal: bool = False
    inverse: bool = False  # the subject is the recipient: "X FACED criticism from Y", "X RECEIVED aid"
    particle: frozenset[str] | None = None  # a particle or preposition child: "call FOR", "crack DOWN"
    obj: frozenset[str] | None = None  # lemma of the object (dobj, passive subject, particle's object)
    obj_not: frozenset[str] = frozenset()
    obj_ent: frozenset[str] | None = None  # entity label of the object: "visited MOSCOW" (GPE)
    subj: frozenset[str] | None = None  # lemma of the subject: "the GOVERNMENT protested" (diplomatic)
    subj_ent: frozenset[str] | None = None  # entity label of the subject
    mods_ent: frozenset[str] | None = None  # entity label of a modifier: "ISRAELI strikes"
    mods: frozenset[str] | None = None  # a modifier child: "JOINT exercise", "AIR strike"
    mods_not: frozenset[str] = frozenset()
    xcomp: bool | None = None  # True: needs an embedded clause ("agreed TO meet"); False: must have none
    clause: str | None = None  # "ccomp": the embedded clause has its own subject ("wants THEM to go")
    future_clause: bool | None = None  # the embedded clause is future: "warned that police WILL act"
    clause_verb: frozenset[str] | None = None  # lemma of the embedded clause's verb: "forced them to FLEE"
    passive: bool | None = None
    # a word that judges the object: "considers it a PROFESSIONAL army", "called them TERRORISTS"
    verdict: frozenset[str] | None = None
    embedded: dict[str, str] = field(default_factory=dict)  # category of an absorbed trigger -> result

    @property
    def specificity(self) -> int:
        conditions = (self.particle, self.obj, self.obj_ent, self.mods, self.xcomp, self.passive,
                      self.subj or self.subj_ent, self.mods_ent, self.clause, self.future_clause,
                      self.verdict, self.clause_verb)
        return sum(c is not None for c in conditions) + bool(self.obj_not) + bool(self.mods_not)


@dataclass
class Lexicon:
    entries: list[Entry]
    by_lemma: dict[tuple[str, str], list[Entry]]  # (pos group, lemma) -> entries, most specific first
    # category -> mode -> words near a trigger that name its mode ("airstrike" -> ASSAULT aerial)
    mode_cues: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    # category -> new category -> words near a trigger that change its category
    category_cues: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    # the same, for words heading the subject ("PROTESTERS clashed with police" is PROTEST)
    subject_cues: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    # nouns that, followed by "of", say the event is not reported as happening: "the PROSPECT of talks"
    not_happened: frozenset[str] = frozenset()
    # verbs whose object is a topic, not a report: "the book DESCRIBES the bombing", "STUDIED the war"
    topic_verbs: frozenset[str] = frozenset()
    # predicates that make an event-noun subject the topic of an opinion: "the sanctions are a MISTAKE"
    opinion_predicates: frozenset[str] = frozenset()
    # words whose "for" phrase names an awaited event: "PREPARING for talks"
    awaiting_owners: frozenset[str] = frozenset()
    # what one declines to do when one declines to speak: "declined to COMMENT"
    comment_verbs: frozenset[str] = frozenset()
    # sport: verbs that, in a sentence holding a word of sport, report a game ("beat", "crushed")
    game_verbs: frozenset[str] = frozenset()
    sports_words: frozenset[str] = frozenset()
    sports_teams: frozenset[str] = frozenset()  # "the national team": praise for it, with sport, is sport
    # natural hazards: "floods killed 30 people" is no party's act
    natural_hazards: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path | None = None) -> Lexicon:
        if path is None:
            text = resources.files("dotterel.events").joinpath("data/triggers.yaml").read_text("utf-8")
            source = "dotterel/events/data/triggers.yaml"
        else:
            text, source = path.read_text("utf-8"), str(path)
        return cls.from_data(yaml.load(text, Loader=_StrictLoader), source)

    @classmethod
    def from_data(cls, data: dict[str, Any], source: str = "<data>") -> Lexicon:
        classes = {name: frozenset(_words(words)) for name, words in (data.get("classes") or {}).items()}
        embeds = data.get("embeddings") or {}
        entries = [_entry(raw, classes, embeds, source) for raw in data.get("entries") or []]
        by_lemma: dict[tuple[str, str], list[Entry]] = {}
        for entry in entries:
            for lemma in entry.lemmas:
                by_lemma.setdefault((entry.pos, lemma), []).append(entry)
        for candidates in by_lemma.values():
            candidates.sort(key=lambda e: -e.specificity)  # stable: file order breaks ties
        cues = {
            category: {mode: frozenset(_words(words)) for mode, words in modes.items()}
            for category, modes in (data.get("mode_cues") or {}).items()
        }
        sports = data.get("sports") or {}
        return cls(
            entries,
            by_lemma,
            mode_cues=cues,
            category_cues=_cue_table(data, "category_cues"),
            subject_cues=_cue_table(data, "subject_cues"),
            not_happened=_word_list(data, "not_happened_owners"),
            topic_verbs=_word_list(data, "topic_verbs"),
            opinion_predicates=_word_list(data, "opinion_predicates"),
            awaiting_owners=_word_list(data, "awaiting_owners"),
            comment_verbs=_word_list(data, "comment_verbs"),
            game_verbs=_word_list(sports, "verbs"),
            sports_words=_word_list(sports, "words"),
            sports_teams=_word_list(sports, "teams"),
            natural_hazards=_word_list(data, "natural_hazards"),
        )

    def words(self) -> frozenset[str]:
        return frozenset(lemma for _, lemma in self.by_lemma)


# the C parser when PyYAML has it (ten times faster on the trigger file), else the Python one
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_SAFE_LOADER):  # type: ignore[valid-type,misc]
    """A YAML loader that refuses a key given twice in one mapping (YAML would keep the last silently)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        for key in keys:
            if keys.count(key) > 1:
                raise LexiconError(f"line {node.start_mark.line + 1}: key {key!r} given twice")
        return super().construct_mapping(node, deep=deep)


def _cue_table(data: dict[str, Any], name: str) -> dict[str, dict[str, frozenset[str]]]:
    return {
        category: {new: frozenset(_words(words)) for new, words in targets.items()}
        for category, targets in (data.get(name) or {}).items()
    }


def _word_list(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(_words(data.get(key) or []))


def _words(value: Any) -> list[str]:
    if isinstance(value, bool):  # YAML reads a bare on/off/yes/no as a boolean: quote such words
        raise LexiconError(f"a word list reads as the boolean {value}; quote words like 'on'")
    if isinstance(value, str):
        value = value.split()
    return [str(w).lower() if str(w).startswith("@") else str(w).lower().replace("_", " ") for w in value]


def _word_set(value: Any, classes: dict[str, frozenset[str]], where: str) -> frozenset[str] | None:
    if value is None:
        return None
    words: set[str] = set()
    for word in _words(value):
        if word.startswith("@"):
            if word[1:] not in classes:
                raise LexiconError(f"{where}: unknown word class {word}")
            words |= classes[word[1:]]
        else:
            words.add(word)
    return frozenset(words)


def _entry(raw: dict[str, Any], classes: dict[str, frozenset[str]], embeds: dict, source: str) -> Entry:
    where = f"{source}: entry {raw.get('id', '?')}"
    category = raw.get("cat")
    if category is not None and category not in CATEGORIES:
        raise LexiconError(f"{where}: unknown category {category}")
    role = raw.get("role", "event")
    if role not in ROLES or raw.get("pos", "verb") not in POS_GROUPS:
        raise LexiconError(f"{where}: bad role or pos")
    if role == "event" and category is None:
        raise LexiconError(f"{where}: an event entry needs a category (cat)")
    embedded = raw.get("embedded", {})
    if isinstance(embedded, str):
        embedded = embeds[embedded]
    return Entry(
        id=str(raw["id"]),
        lemmas=_word_set(raw["lemmas"], classes, where) or frozenset(),
        pos=raw.get("pos", "verb"),
        category=category,
        mode=raw.get("mode"),
        role=role,
        recipient_preps=tuple(_words(raw.get("rprep", ""))),
        reciprocal=bool(raw.get("reciprocal", False)),
        inverse=bool(raw.get("inverse", False)),
        particle=_word_set(raw.get("particle"), classes, where),
        obj=_word_set(raw.get("obj"), classes, where),
        obj_not=_word_set(raw.get("obj_not"), classes, where) or frozenset(),
        obj_ent=frozenset(raw["obj_ent"].split()) if raw.get("obj_ent") else None,
        mods=_word_set(raw.get("mods"), classes, where),
        subj=_word_set(raw.get("subj"), classes, where),
        subj_ent=frozenset(raw["subj_ent"].split()) if raw.get("subj_ent") else None,
        mods_ent=frozenset(raw["mods_ent"].split()) if raw.get("mods_ent") else None,
        mods_not=_word_set(raw.get("mods_not"), classes, where) or frozenset(),
        xcomp=raw.get("xcomp"),
        clause=raw.get("clause"),
        future_clause=raw.get("future_clause"),
        clause_verb=_word_set(raw.get("clause_verb"), classes, where),
        passive=raw.get("passive"),
        verdict=_word_set(raw.get("verdict"), classes, where),
        embedded=dict(embedded),
    )
