"""spaCy's rule lemmatizer, memoised on integer attribute arrays, with its word lists as sets.

The rule lemmatizer's answer depends only on a token's form, part of speech and morphology (spaCy
caches it under that key too), but it is called through a Python `Token` per word. Looking the key up
in a dict first, on arrays, gives the same lemmas at a fraction of the cost. An unknown key is worked
out by `rule_lemmas`, spaCy's rule procedure step by step, except that "is this form a known word"
looks in a set: spaCy keeps each part of speech's word list (57,000 nouns) as a list and scans it
once per suffix rule, about half a millisecond per new word.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token

KEY = [ORTH, POS, MORPH, LEMMA]


class MemoLemmatizer:
    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}
        # part of speech -> its word list as a set; None: call the lemmatizer itself
        self.known: KnownWords | None = None
        if lemmatizer.mode == "rule" and type(lemmatizer).rule_lemmatize is Lemmatizer.rule_lemmatize:
            self.known = KnownWords(lemmatizer.lookups.get_table("lemma_index", {}))

    @staticmethod
    def applies_to(component: object) -> bool:
        return isinstance(component, Lemmatizer) and component.mode in ("rule", "lookup")

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        values = doc.to_array(KEY)
        lemmas = values[:, 3].copy()
        overwrite = self.lemmatizer.overwrite
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(values.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = self.memo.get(key)
            if found is None:
                found = self.memo[key] = strings.add(self.lemma(doc[i]))
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc

    def lemma(self, token: Token) -> str:
        if self.known is None:
            return self.lemmatizer.lemmatize(token)[0]
        return rule_lemmas(self.lemmatizer, self.known, token)[0]

    def pipe(self, docs: Iterable[Doc], batch_size: int = 0) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


class KnownWords(dict):
    """part of speech -> the lemmatizer's word list for it, as a set made on first use."""

    def __init__(self, index: Mapping) -> None:
        super().__init__()
        self.index = index

    def __missing__(self, pos: str) -> frozenset[str]:
        words = self[pos] = frozenset(self.index.get(pos, ()))
        return words


def rule_lemmas(lemmatizer: Lemmatizer, known: KnownWords, token: Token) -> list[str]:
    """The lemmas `Lemmatizer.rule_lemmatize` gives `token`, in its order (spaCy 3.x procedure)."""
    string = token.text
    univ_pos = token.pos_.lower()
    if univ_pos in ("", "eol", "space"):
        return [string.lower()]
    if lemmatizer.is_base_form(token):
        return [string.lower()]
    exceptions_table = lemmatizer.lookups.get_table("lemma_exc", {})
    rules_table = lemmatizer.lookups.get_table("lemma_rules", {})
    index = known[univ_pos]
    exceptions = exceptions_table.get(univ_pos, {})
    rules = rules_table.get(univ_pos, {})
    if not (index or exceptions or rules):
        return [string] if univ_pos == "propn" else [string.lower()]
    lower = string.lower()
    forms: list[str] = []
    oov_forms: list[str] = []
    for old, new in rules:
        if lower.endswith(old):
            form = lower[: len(lower) - len(old)] + new
            if not form:
                continue
            if form in index:
                forms.insert(0, form)
            elif not form.isalpha():
                forms.append(form)
            else:
                oov_forms.append(form)
    forms = list(dict.fromkeys(forms))
    for form in exceptions.get(lower, []):
        if form not in forms:
            forms.insert(0, form)
    return forms or oov_forms or [string]
