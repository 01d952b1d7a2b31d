"""spaCy's attribute ruler, memoised per token where no multi-token rule applies.

The ruler maps tags to coarse parts of speech and morphology with rules over single tokens (tag,
lower-case form, dependency label) plus a handful of two-token rules ("gon na", "there is"). In a
sentence where no two-token rule matches, each token's result depends only on its own attributes
(its form only when some rule names that form), so results are remembered per such key. Sentences
with an unseen key, or where a two-token rule matches, go through the real ruler: the output is
the ruler's, only cheaper.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

READ = [TAG, LOWER, DEP, POS, MORPH, LEMMA, IS_SPACE]
WRITTEN = [TAG, DEP, POS, MORPH, LEMMA]


class MemoAttributeRuler:
    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.memo: dict[tuple[int, ...], tuple[int, ...]] = {}
        self.context = Matcher(ruler.vocab)
        self.named: set[int] = set()  # lower-case forms some single-token rule tests
        self.regexes: list[re.Pattern[str]] = []  # ... or some rule's regular expression
        self._regex_named: dict[int, bool] = {}
        self.usable = True
        for i, rule in enumerate(ruler.patterns):
            longer = [pattern for pattern in rule["patterns"] if len(pattern) > 1]
            if longer:
                self.context.add(f"context-{i}", longer)
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

    @staticmethod
    def applies_to(component: object) -> bool:
        return isinstance(component, AttributeRuler)

    def __call__(self, doc: Doc) -> Doc:
        if not self.usable or len(doc) == 0 or self.context(doc, allow_missing=True):
            return self.ruler(doc)
        keys = [(tag, lower if self._is_named(lower) else 0, dep, pos, morph, lemma, space)
                for tag, lower, dep, pos, morph, lemma, space in doc.to_array(READ).tolist()]
        known = [self.memo.get(key) for key in keys]
        if None not in known:
            doc.from_array(WRITTEN, numpy.array(known, dtype="uint64"))
            return doc
        doc = self.ruler(doc)
        for key, result in zip(keys, doc.to_array(WRITTEN).tolist(), strict=True):
            self.memo.setdefault(key, tuple(result))
        return doc

    def _is_named(self, lower: int) -> bool:
        if lower in self.named:
            return True
        if not self.regexes:
            return False
        named = self._regex_named.get(lower)
        if named is None:
            text = self.ruler.vocab.strings[lower]
            named = self._regex_named[lower] = any(r.search(text) for r in self.regexes)
        return named

    def pipe(self, docs: Iterable[Doc], batch_size: int = 0) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)
