"""Deciding cheaply, from word forms alone, which sentences can hold an event.

The trigger lexicon is keyed by lemma, but before parsing there are no lemmas; so the filter expands
each candidate lemma into the word forms that can carry it: regular English inflections plus the
irregular forms listed in the spaCy model's own lemmatizer exception table ("fought" -> "fight").
Expanding too much only costs speed; missing a form would cost recall, so the rules over-generate.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Token

VOWELS = frozenset("aeiou")


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
    """lemma -> irregular word forms, from the model's lemmatizer exceptions (empty if it has none)."""
    if "lemmatizer" not in nlp.component_names:
        return {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return {}
    by_lemma: dict[str, set[str]] = {}
    for table in lookups.get_table("lemma_exc").values():
        if not isinstance(table, Mapping):
            continue
        for form, lemmas in table.items():
            for lemma in lemmas:
                by_lemma.setdefault(lemma, set()).add(form)
    return by_lemma


def candidate_forms(lemmas: Iterable[str], irregular: Mapping[str, set[str]]) -> frozenset[str]:
    """Every lower-case word form a sentence may show for one of the candidate lemmas.

    Multi-word entries ("carry out") count by their first word, which is where a trigger starts; a
    hyphenated word ("sit-in") also by its first part, since the tokenizer splits it there.
    """
    forms: set[str] = set()
    for entry in lemmas:
        first = entry.split()[0] if entry.split() else entry
        for word in {first, first.replace("-", ""), first.split("-")[0]}:
            forms |= inflections(word)
            forms |= irregular.get(word, set())
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
        return cls({form: (Rule(()),) for form in candidate_forms(lemmas, irregular_forms(nlp))})

    @classmethod
    def for_finder(cls, finder: object, nlp: Language) -> SentenceFilter:
        """From the trigger lexicon's entries when the finder exposes them, else from candidate_words().

        An entry that needs an object, particle or modifier word ("go ON strike", "take HOSTAGE")
        only keeps sentences that contain that word too; light verbs ("hold", "carry out") never
        report an event without an event noun, which has its own entry.
        """
        entries = getattr(getattr(finder, "lexicon", None), "entries", None)
        if entries is None:
            return cls.for_lemmas(finder.candidate_words(), nlp)  # type: ignore[attr-defined]
        irregular = irregular_forms(nlp)
        rules: dict[str, set[Rule]] = {}
        for entry in entries:
            if getattr(entry, "role", "event") != "event":
                continue
            needed = [getattr(entry, name, None) for name in ("obj", "particle", "mods")]
            rule = Rule(tuple(candidate_forms(words, irregular) for words in needed if words is not None))
            for form in candidate_forms(entry.lemmas, irregular):
                rules.setdefault(form, set()).add(rule)
        for lemmas, needed in _rules_in_code():
            rule = Rule(tuple(candidate_forms(words, irregular) for words in needed))
            for form in candidate_forms(lemmas, irregular):
                rules.setdefault(form, set()).add(rule)
        return cls({form: tuple(found) for form, found in rules.items()})

    def keep(self, tokens: Sequence[Token]) -> bool:
        words = {t.lower_ for t in tokens}
        for word in words:
            for rule in self.rules.get(word, ()):
                if all(not words.isdisjoint(group) for group in rule.groups):
                    return True
        return False


def _rules_in_code() -> list[tuple[frozenset[str], tuple[frozenset[str], ...]]]:
    """Triggers the finder makes in code rather than from lexicon entries, as (lemmas, needed words).

    "X said Y must do ...": a speech verb with an obligation auxiliary is a REQUEST.
    """
    from dotterel.events import clauses, triggers

    speech = getattr(triggers, "SPEECH_VERBS", frozenset())
    obligation = getattr(clauses, "OBLIGATION_AUX", frozenset())
    return [(frozenset(speech), (frozenset(obligation),))] if speech and obligation else []
