"""spaCy's rule lemmatizer, memoised on integer attribute arrays, with its word lists as sets.

The rule lemmatizer's answer depends only on a token's form, part of speech and morphology (spaCy
caches it under that key too), but it is called through a Python `Token` per word. Looking the key up
in a dict first, on arrays, gives the same lemmas at a fraction of the cost. For an unknown key the
lemmatizer asks, once per suffix rule, whether a form is a known word of that part of speech; the
model ships each word list (57,000 nouns) as a list, so that costs about half a millisecond per new
word. `index_as_sets` turns the lists into sets in place: the same answers, found in constant time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

KEY = [ORTH, POS, MORPH, LEMMA]


class MemoLemmatizer:
    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}
        if lemmatizer.mode == "rule":
            index_as_sets(lemmatizer)

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
                found = self.memo[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 0) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def index_as_sets(lemmatizer: Lemmatizer) -> None:
    """Make the lemmatizer's known-word lists (its "lemma_index" table) sets, in this loaded model."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)
