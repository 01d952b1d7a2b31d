"""Parsing only the sentences that can hold an event, into Docs that still cover the whole article.

Three passes of rising cost, each on fewer sentences:

1. tokenizer + a rule-based sentence splitter + a word-form filter (`SentenceFilter`) on every sentence;
2. the syntactic components (tagger, parser, lemmatizer ...) on the sentences the filter keeps;
3. named entities (the most expensive component of the small English model) only on the sentences
   where a `needs_entities` check - the trigger finder, in practice - still sees a possible event.

Each kept sentence is parsed as its own small Doc (batched with `nlp.pipe`-style calls) and its
annotations are copied back into a Doc of the full article text, so character offsets, `doc.text` and
sentence order are those of the article. Sentences that were not parsed keep their tokens, get their
lower-case form as lemma, no tags and no parse, and still form sentences of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, LOWER, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from dotterel.nlp.act_nouns import retag_act_nouns
from dotterel.nlp.attributes import MemoAttributeRuler
from dotterel.nlp.lemmas import MemoLemmatizer
from dotterel.nlp.prefilter import SentenceFilter
from dotterel.nlp.sentences import sentence_bounds

COPIED = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
ENTITY_COMPONENT = "ner"
# Key in `Doc.user_data`: start token of each sentence left unparsed or where the `needs_entities`
# check said no, so a caller can skip looking again (the trigger finder, in practice).
SETTLED = "dotterel_settled_sentences"


@dataclass
class Piece:
    """One kept sentence: where it sits in its article and its own parsed Doc."""

    article: int
    start: int  # token range in the article Doc
    end: int
    doc: Doc
    entities: bool = False  # the entity component ran on it
    antecedent: bool = False  # kept for the person a "he" or "she" opening the next sentence points to


class SelectiveParser:
    """Parses a batch of article texts, spending the model only on sentences that can hold events."""

    def __init__(self, nlp: Language, sentence_filter: SentenceFilter | None,
                 needs_entities: Callable[[Span], bool] | None = None, batch_size: int = 256) -> None:
        self.nlp = nlp
        self.sentence_filter = sentence_filter
        self.needs_entities = needs_entities
        self.batch_size = batch_size
        self.syntax = [(name, _memoised(proc)) for name, proc in nlp.pipeline if name != ENTITY_COMPONENT]
        self.entities = [(name, proc) for name, proc in nlp.pipeline if name == ENTITY_COMPONENT]

    def parse(self, texts: Sequence[str]) -> list[Doc]:
        docs = [self.nlp.make_doc(text) for text in texts]
        bounds = [sentence_bounds(doc) for doc in docs]
        pieces = [
            Piece(i, start, end, self._sentence_doc(doc[start:end]), antecedent=(start, end) in before)
            for i, doc in enumerate(docs)
            for before in [_before_a_pronoun(doc, bounds[i])]
            for start, end in bounds[i]
            if self.sentence_filter is None or self.sentence_filter.keep(doc[start:end])
            or (start, end) in before
        ]
        # retagged before the trigger check below, which settles a sentence it finds nothing in
        parsed = [retag_act_nouns(doc) for doc in self._run(self.syntax, [p.doc for p in pieces])]
        if self.needs_entities is None:
            wanted = list(range(len(parsed)))
        else:
            wanted = [i for i, d in enumerate(parsed)
                      if pieces[i].antecedent or any(self.needs_entities(s) for s in d.sents)]
        for i, doc in zip(wanted, self._run(self.entities, [parsed[i] for i in wanted]), strict=True):
            parsed[i] = doc
            pieces[i].entities = True
        for piece, doc in zip(pieces, parsed, strict=True):
            piece.doc = doc
        by_article: list[list[Piece]] = [[] for _ in docs]
        for piece in pieces:
            by_article[piece.article].append(piece)
        merged = [_merge(doc, bounds[i], by_article[i]) for i, doc in enumerate(docs)]
        if self.needs_entities is not None:
            for i, doc in enumerate(merged):
                doc.user_data[SETTLED] = _settled(bounds[i], by_article[i])
        return merged

    def _sentence_doc(self, span: Span) -> Doc:
        """A fresh Doc of one sentence. Re-tokenizing its text is much cheaper than `Span.as_doc`, and
        gives the same tokens because sentences are cut at whitespace; checked, to be safe."""
        doc = self.nlp.make_doc(span.text_with_ws)
        if len(doc) != len(span):
            return span.as_doc()
        return doc

    def _run(self, components: list[tuple[str, object]], docs: list[Doc]) -> list[Doc]:
        for _name, proc in components:
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=self.batch_size))
            else:
                docs = [proc(doc) for doc in docs]  # type: ignore[operator]
        return docs


def _before_a_pronoun(doc: Doc, bounds: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Sentences followed by one that opens with "he" or "she" ("Wang Yi spoke on Monday. He warned
    Manila ..."): the person the pronoun points to is named there, and only a parse with entities
    tells the article's memory who that is."""
    return {bounds[k] for k in range(len(bounds) - 1)
            if doc[bounds[k + 1][0]].lower_ in OPENING_PRONOUNS and _names_someone(doc, *bounds[k])}


def _names_someone(doc: Doc, start: int, end: int) -> bool:
    """A capitalised word after the sentence's first: a name may be there (no need to parse "It rained.")."""
    return any(t.is_title for t in doc[start + 1 : end])


OPENING_PRONOUNS = frozenset({"he", "she"})


def _settled(bounds: list[tuple[int, int]], pieces: list[Piece]) -> frozenset[int]:
    """Sentence starts in one article: of the unparsed chunks, and of the parsed sentences in pieces
    that got no entities (the check found nothing in any of their sentences)."""
    parsed = {(p.start, p.end) for p in pieces}
    starts = {start for start, end in bounds if (start, end) not in parsed}
    for piece in pieces:
        if not piece.entities:
            starts.update(piece.start + sentence.start for sentence in piece.doc.sents)
    return frozenset(starts)


def _memoised(component: object) -> object:
    """The same component, with a memo in front where its output is a function of a token's attributes."""
    for memo in (MemoLemmatizer, MemoAttributeRuler):
        if memo.applies_to(component):
            return memo(component)  # type: ignore[arg-type]
    return component


def _merge(doc: Doc, bounds: list[tuple[int, int]], pieces: list[Piece]) -> Doc:
    """Copy the pieces' annotations into the article Doc; unparsed sentences start at their bounds."""
    if len(doc) == 0:
        return doc
    values = numpy.zeros((len(doc), len(COPIED)), dtype="uint64")
    values[:, COPIED.index(LEMMA)] = doc.to_array([LOWER])
    for piece in pieces:
        values[piece.start:piece.end] = piece.doc.to_array(COPIED)
    doc.from_array(COPIED, values)
    starts = doc.to_array([SENT_START]).astype("int64")  # parsed pieces: set from the parse
    parsed = {(p.start, p.end) for p in pieces}
    for start, end in bounds:
        if (start, end) not in parsed:
            starts[start:end] = -1
        starts[start] = 1
    doc.from_array([SENT_START], starts.astype("uint64"))
    return doc
