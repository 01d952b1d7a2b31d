"""Deciding cheaply, from word forms alone, which sentences can hold an event.

The trigger lexicon is keyed by lemma and part of speech, but before parsing there are no lemmas; so
the filter expands each candidate lemma into the word forms that can carry it, the way the model's
own lemmatizer relates them: its suffix rules for that part of speech run backwards ("strikes" ->
"strike" for a noun, "banned" -> "ban" for a verb), its exception table ("fought" -> "fight"), the
attribute ruler's lemmas, and for verbs the trigger finder's own guesses at lemmatizer slips. A noun
entry ("war") is thus not kept by verb endings ("wared", "waring"), and the first part of a
hyphenated word ("U-turn") only counts together with the rest. Expanding too much only costs speed;
missing a form would cost recall, so every rule errs on the side of keeping.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from string import ascii_lowercase

from spacy.language import Language
from spacy.tokens import Token

VOWELS = frozenset("aeiou")
SuffixRules = Mapping[str, Sequence[tuple[str, str]]]  # part of speech -> (form ending, lemma ending)
ANY = "any"  # a word of any part of speech: the object or modifier words an entry needs
# The entry conditions that name words the sentence must hold: an object, particle, modifier, subject
# or verdict ("considers it a PROFESSIONAL army").
NEEDED_WORDS = ("obj", "particle", "mods", "subj", "verdict")


def inflections(lemma: str) -> set[str]:
    """Regular inflected forms of an English verb or noun (over-generated on purpose)."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in VOWELS | {"w", "x", "y"} and lemma[-2] in VOWELS:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}  # "ban" -> "banned"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(lemma + "es")
    return forms


def irregular_forms(nlp: Language) -> dict[str, set[str]]:
    """lemma -> irregular word forms: the lemmatizer's exceptions and the forms the attribute ruler
    gives a lemma ("gon na" -> "go"); empty where the model has neither."""
    by_lemma: dict[str, set[str]] = {}
    for table in _lookup_table(nlp, "lemma_exc").values():
        if not isinstance(table, Mapping):
            continue
        for form, lemmas in table.items():
            for lemma in lemmas:
                by_lemma.setdefault(lemma, set()).add(form)
    for lemma, form in _ruler_lemmas(nlp):
        by_lemma.setdefault(lemma, set()).add(form)
    return by_lemma


def suffix_rules(nlp: Language) -> dict[str, list[tuple[str, str]]]:
    """The lemmatizer's suffix rules per part of speech ("noun" -> [("ies", "y"), ...])."""
    rules = _lookup_table(nlp, "lemma_rules")
    return {pos: [(old, new) for old, new in rules[pos]] for pos in ("noun", "verb", "adj") if pos in rules}


def _lookup_table(nlp: Language, name: str) -> Mapping:
    if "lemmatizer" not in nlp.component_names:
        return {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table(name):
        return {}
    return lookups.get_table(name)


def _ruler_lemmas(nlp: Language) -> Iterable[tuple[str, str]]:
    """(lemma, lower-case form) for each attribute-ruler rule that sets a lemma by naming the form
    of the token it sets it on (the one at the rule's index: "c'm" of "c'm on")."""
    if "attribute_ruler" not in nlp.component_names:
        return
    for rule in getattr(nlp.get_pipe("attribute_ruler"), "patterns", []):
        lemma = rule.get("attrs", {}).get("LEMMA")
        if not isinstance(lemma, str):
            continue
        for pattern in rule["patterns"]:
            index = rule.get("index", 0)
            if not -len(pattern) <= index < len(pattern):
                continue
            value = pattern[index].get("LOWER", pattern[index].get("ORTH"))
            values = value.get("IN", []) if isinstance(value, dict) else [value]
            yield from ((lemma.lower(), v.lower()) for v in values if isinstance(v, str))


def forms_of(lemma: str, pos: str, irregular: Mapping[str, set[str]], rules: SuffixRules) -> set[str]:
    """Lower-case word forms a token may show and still be read as `lemma` with part of speech `pos`
    ("verb", "noun" or ANY). A hyphenated lemma ("u-turn") gives hyphenated forms ("u-turns")."""
    head, hyphen, last = lemma.rpartition("-")
    if hyphen and head and last:
        return {lemma} | {f"{head}-{form}" for form in forms_of(last, pos, irregular, rules)}
    forms = {lemma} | irregular.get(lemma, set())
    for part in ("noun", "verb", "adj") if pos == ANY else (pos,):
        forms |= {lemma[:len(lemma) - len(new)] + old for old, new in rules.get(part, ())
                  if lemma.endswith(new)}
    if pos in ("verb", ANY):
        forms |= inflections(lemma)
        # the finder also reads "Xs" as X when the lemmatizer slipped ("hopes" -> "hop")
        forms |= {lemma + letter + "s" for letter in ascii_lowercase}
    return forms


def candidate_forms(lemmas: Iterable[str], irregular: Mapping[str, set[str]], pos: str = ANY,
                    rules: SuffixRules | None = None) -> frozenset[str]:
    """Every lower-case word form a sentence may show for one of the candidate lemmas.

    Multi-word entries ("carry out") count by their first word, which is where a trigger starts.
    Without the model's suffix rules, regular inflections stand in for them.
    """
    forms: set[str] = set()
    for entry in lemmas:
        first = entry.split()[0] if entry.split() else entry
        forms |= forms_of(first, pos, irregular, rules or {})
        if rules is None:
            forms |= inflections(first)
    return frozenset(forms)


@dataclass(frozen=True)
class Rule:
    """Word groups that must all appear for one trigger entry to be able to match."""

    groups: tuple[frozenset[str], ...]  # word forms of the object, particle, modifier the entry needs


class SentenceFilter:
    """Keeps a sentence when some trigger entry finds every word it needs in it.

    `rules` maps a trigger word form to the alternatives that make it a trigger; a form with an empty
    rule (no extra words needed) keeps the sentence on its own.
    """

    def __init__(self, rules: Mapping[str, tuple[Rule, ...]]) -> None:
        self.rules = dict(rules)

    @classmethod
    def for_lemmas(cls, lemmas: Iterable[str], nlp: Language) -> SentenceFilter:
        """From `TriggerFinder.candidate_words()` alone: any candidate word keeps a sentence."""
        forms = candidate_forms(lemmas, irregular_forms(nlp), ANY, suffix_rules(nlp))
        return cls({form: (Rule(()),) for form in forms})

    @classmethod
    def for_finder(cls, finder: object, nlp: Language) -> SentenceFilter:
        """From the trigger lexicon's entries when the finder exposes them, else from candidate_words().

        An entry that needs an object, particle, modifier, subject or verdict word ("go ON strike",
        "take HOSTAGE", "the TRUCE held") only keeps sentences that contain that word too, and so does
        each later word of a multi-word lemma ("call OFF"); light verbs ("hold", "carry out") never
        report an event without an event noun, which has its own entry.
        """
        entries = getattr(getattr(finder, "lexicon", None), "entries", None)
        if entries is None:
            return cls.for_lemmas(finder.candidate_words(), nlp)  # type: ignore[attr-defined]
        irregular, suffixes = irregular_forms(nlp), suffix_rules(nlp)
        known: dict[tuple[frozenset[str], str], frozenset[str]] = {}  # entries share word lists

        def forms(words: Iterable[str], pos: str = ANY) -> frozenset[str]:
            key = (frozenset(words), pos)
            if key not in known:
                known[key] = candidate_forms(key[0], irregular, pos, suffixes)
            return known[key]

        rules: dict[str, set[Rule]] = {}
        for entry in entries:
            if getattr(entry, "role", "event") != "event":
                continue
            needed = [getattr(entry, name, None) for name in NEEDED_WORDS]
            # "*" is any object at all: no word to look for
            groups = tuple(forms(words) for words in needed if words is not None and "*" not in words)
            for lemma in entry.lemmas:
                first, *rest = lemma.split() or [lemma]
                rule = Rule(groups + tuple(forms([word]) for word in rest))
                for form in forms([first], getattr(entry, "pos", ANY)):
                    rules.setdefault(form, set()).add(rule)
        for lemmas, needed_words in _rules_in_code():
            rule = Rule(tuple(forms(words) for words in needed_words))
            for form in forms(lemmas, "verb"):
                rules.setdefault(form, set()).add(rule)
        return cls({form: tuple(found) for form, found in rules.items()})

    def keep(self, tokens: Sequence[Token]) -> bool:
        words = sentence_words(tokens)
        for word in words:
            for rule in self.rules.get(word, ()):
                if all(not words.isdisjoint(group) for group in rule.groups):
                    return True
        return False


def sentence_words(tokens: Sequence[Token]) -> set[str]:
    """The lower-case forms of the tokens, plus each word the tokenizer split at a hyphen, joined with
    and without it ("cease", "-", "fire" also gives "cease-fire" and "ceasefire"), as the finder reads
    such words."""
    tokens = list(tokens)
    words = {t.lower_ for t in tokens}
    if "-" not in words:
        return words
    for before, dash, after in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if dash.text == "-" and not before.whitespace_ and not dash.whitespace_:
            words |= {f"{before.lower_}-{after.lower_}", before.lower_ + after.lower_}
    return words


def _rules_in_code() -> list[tuple[frozenset[str], tuple[frozenset[str], ...]]]:
    """Triggers the finder makes in code rather than from lexicon entries, as (lemmas, needed words).

    "X said Y must do ...": a speech verb with an obligation auxiliary is a REQUEST. "X claimed
    responsibility" names the attacker of an attack told before (`events.responsibility`).
    """
    from dotterel.events import clauses, responsibility, triggers

    speech = getattr(triggers, "SPEECH_VERBS", frozenset())
    obligation = getattr(clauses, "OBLIGATION_AUX", frozenset())
    rules = [(frozenset(speech), (frozenset(obligation),))] if speech and obligation else []
    claimed = responsibility.CLAIMED | responsibility.ATTACK_NOUNS
    return [*rules, (frozenset({"claim"}), (claimed,))]
