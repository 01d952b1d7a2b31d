"""spaCy's attribute ruler, memoised per token where no multi-token rule applies.

The ruler maps tags to coarse parts of speech and morphology with rules over single tokens (tag,
lower-case form, dependency label) plus a handful of two-token rules ("gon na", "there is"). In a
sentence where no two-token rule matches, each token's result depends only on its own attributes
(its form only when some rule names that form), so results are remembered per such key. Sentences
with an unseen key, or where a two-token rule matches, go through the real ruler: the output is
the ruler's, only cheaper. Whether a two-token rule can match is first checked from the sentence's
sets of forms, tags and labels: most sentences hold no "gon na" and no "there" of "there is".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import DEP, HEAD, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

READ = [TAG, LOWER, DEP, POS, MORPH, LEMMA, IS_SPACE]
WRITTEN = [TAG, DEP, POS, MORPH, LEMMA]
ALONE = [TAG, DEP, HEAD, POS, MORPH, LEMMA]  # what a token brings into a Doc of its own
# Attributes a two-token rule's words are pre-checked on (columns of READ), by pattern key.
CHECKED = {"TAG": 0, "LOWER": 1, "DEP": 2}


class MemoAttributeRuler:
    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.strings = ruler.vocab.strings
        self.memo: dict[tuple[int, ...], tuple[int, ...]] = {}
        self.context = Matcher(ruler.vocab)
        # per two-token rule, per word: (column, allowed values or a regex) that the word needs
        self.context_needs: list[list[list[tuple[int, frozenset[int] | re.Pattern[str]]]]] = []
        self.named: set[int] = set()  # lower-case forms some single-token rule tests
        self.regexes: list[re.Pattern[str]] = []  # ... or some rule's regular expression
        self._regex_named: dict[int, bool] = {}
        self.usable = True
        for i, rule in enumerate(ruler.patterns):
            longer = [pattern for pattern in rule["patterns"] if len(pattern) > 1]
            if longer:
                self.context.add(f"context-{i}", longer)
                self.context_needs += [[self._word_needs(word) for word in pattern] for pattern in longer]
            for pattern in rule["patterns"]:
                if len(pattern) == 1:
                    self._note_forms(pattern[0])

    def _note_forms(self, token_pattern: dict) -> None:
        """Remember the forms a rule tests; a test other than equality or IN makes the memo unsafe."""
        for attr, value in token_pattern.items():
            if attr.upper() not in ("LOWER", "ORTH", "TEXT", "NORM", "LEMMA"):
                continue
            if attr.upper() != "LOWER":
                self.usable = False
            elif isinstance(value, str):
                self.named.add(self.ruler.vocab.strings.add(value))
            elif isinstance(value, dict) and set(value) == {"IN"}:
                self.named.update(self.ruler.vocab.strings.add(v) for v in value["IN"])
            elif isinstance(value, dict) and set(value) == {"REGEX"}:
                self.regexes.append(re.compile(value["REGEX"]))
            else:
                self.usable = False

    def _word_needs(self, token_pattern: dict) -> list[tuple[int, frozenset[int] | re.Pattern[str]]]:
        """The checkable conditions of one word of a rule: equality, IN or REGEX on a CHECKED attribute
        (others are left to the matcher, so the check only errs on the side of matching)."""
        needs: list[tuple[int, frozenset[int] | re.Pattern[str]]] = []
        strings = self.strings
        for attr, value in token_pattern.items():
            column = CHECKED.get(attr.upper())
            if column is None:
                continue
            if isinstance(value, str):
                needs.append((column, frozenset({strings.add(value)})))
            elif isinstance(value, dict) and set(value) == {"IN"}:
                needs.append((column, frozenset(strings.add(v) for v in value["IN"])))
            elif isinstance(value, dict) and set(value) == {"REGEX"} and column == CHECKED["LOWER"]:
                needs.append((column, re.compile(value["REGEX"])))
        return needs

    def _context_possible(self, rows: list[list[int]]) -> bool:
        """Whether some two-token rule could match: every word of it finds, in the sentence, each value
        it needs (in any token: a necessary condition only)."""
        present = {column: frozenset(row[column] for row in rows) for column in CHECKED.values()}
        return any(all(all(self._has(present[column], allowed) for column, allowed in word) for word in words)
                   for words in self.context_needs)

    def _has(self, present: frozenset[int], allowed: frozenset[int] | re.Pattern[str]) -> bool:
        if isinstance(allowed, frozenset):
            return not present.isdisjoint(allowed)
        return any(allowed.search(self.strings[value]) for value in present)

    @staticmethod
    def applies_to(component: object) -> bool:
        return isinstance(component, AttributeRuler)

    def __call__(self, doc: Doc) -> Doc:
        if not self.usable or len(doc) == 0:
            return self.ruler(doc)
        rows = doc.to_array(READ).tolist()
        if self._context_possible(rows) and self.context(doc, allow_missing=True):
            return self.ruler(doc)
        keys = [(tag, lower if self._is_named(lower) else 0, dep, pos, morph, lemma, space)
                for tag, lower, dep, pos, morph, lemma, space in rows]
        unseen = [i for i, key in enumerate(keys) if key not in self.memo]
        if unseen:
            self._learn(doc, unseen, [keys[i] for i in unseen])
        doc.from_array(WRITTEN, numpy.array([self.memo[key] for key in keys], dtype="uint64"))
        return doc

    def _learn(self, doc: Doc, indices: list[int], keys: list[tuple[int, ...]]) -> None:
        """Run the real ruler on a Doc of only the tokens with unseen keys, and remember its results.
        Without a two-token rule in play, a token's result depends on its key alone."""
        words = [doc[i].text for i in indices]
        alone = Doc(doc.vocab, words=words, spaces=[False] * len(words))
        values = doc.to_array(ALONE)[indices]
        values[:, ALONE.index(HEAD)] = 0  # each token its own root: the ruler reads no heads
        alone.from_array(ALONE, values)
        alone = self.ruler(alone)
        for key, result in zip(keys, alone.to_array(WRITTEN).tolist(), strict=True):
            self.memo.setdefault(key, tuple(result))

    def _is_named(self, lower: int) -> bool:
        if lower in self.named:
            return True
        if not self.regexes:
            return False
        named = self._regex_named.get(lower)
        if named is None:
            text = self.strings[lower]
            named = self._regex_named[lower] = any(r.search(text) for r in self.regexes)
        return named

    def pipe(self, docs: Iterable[Doc], batch_size: int = 0) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
