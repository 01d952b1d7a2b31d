"""The coding pipeline: articles -> repaired text -> spaCy docs -> events.

`Coder` wires the stages together; each stage stays usable on its own. By default only the sentences
that can hold an event are parsed (see `dotterel.nlp.selective`); with `Settings.n_process > 1` the
articles are coded in that many worker processes, each with its own `Coder`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span

from dotterel.actors.resolver import ActorResolver
from dotterel.config import Settings
from dotterel.events.coder import EventCoder
from dotterel.events.triggers import Trigger, TriggerFinder
from dotterel.models import Article, Event
from dotterel.nlp import load_nlp
from dotterel.nlp.acronym_tags import retag_acronyms
from dotterel.nlp.act_nouns import retag_act_nouns
from dotterel.nlp.manner_by import relabel_manner_by
from dotterel.nlp.place_labels import PlaceLabels
from dotterel.nlp.prefilter import SentenceFilter
from dotterel.nlp.selective import SETTLED, SelectiveParser
from dotterel.nlp.subject_as_modifier import repair_subject_read_as_modifier
from dotterel.text.repair import clean_article

log = logging.getLogger("dotterel")


@dataclass
class CodedArticle:
    article: Article  # with repaired text: evidence offsets point into this text
    events: list[Event]
    sentences: int


class Coder:
    """Codes articles into PLOVER events. Build once, reuse for many articles.

    `selective=False` parses every sentence with the whole pipeline (the reference the fast path is
    checked against).
    """

    def __init__(self, settings: Settings | None = None, nlp: Language | None = None,
                 selective: bool = True) -> None:
        self.settings = settings or Settings.from_env()
        self._nlp = nlp
        self.selective = selective

    @cached_property
    def nlp(self) -> Language:
        return self._nlp or load_nlp(self.settings.spacy_model)

    @cached_property
    def resolver(self) -> ActorResolver:
        return ActorResolver.from_settings(self.settings)

    @cached_property
    def event_coder(self) -> EventCoder:
        return EventCoder(self.resolver, finder=SkipsSettledSentences(TriggerFinder.default()))

    @cached_property
    def parser(self) -> SelectiveParser:
        finder = self.event_coder.finder
        return SelectiveParser(self.nlp, SentenceFilter.for_finder(finder, self.nlp),
                               needs_entities=finder.has_trigger)

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        if self.settings.n_process > 1:
            from dotterel.nlp.workers import code_in_workers

            yield from code_in_workers(articles, replace(self.settings, n_process=1), self.settings.n_process,
                                       self.selective)
            return
        cleaned = (clean_article(a) for a in articles)
        for batch in _batches(cleaned, self.settings.batch_size):
            for article, doc in zip(batch, self.parse([a.text for a in batch]), strict=True):
                yield self.code_parsed(article, doc)

    def code_article(self, article: Article) -> CodedArticle:
        return next(self.code_articles([article]))

    @cached_property
    def place_labels(self) -> PlaceLabels:
        lexicon = self.resolver.lexicon
        return PlaceLabels(lexicon.country_names(), lexicon.city_names())

    def parse(self, texts: list[str]) -> list[Doc]:
        """spaCy Docs of whole article texts (only event-bearing sentences parsed when selective)."""
        if self.selective:
            docs = self.parser.parse(texts)  # act nouns retagged inside, before its trigger check
        else:
            docs = [retag_act_nouns(doc) for doc in self.nlp.pipe(texts, batch_size=self.settings.batch_size)]
        return [self.place_labels(relabel_manner_by(retag_acronyms(repair_subject_read_as_modifier(doc))))
                for doc in docs]

    def code_parsed(self, article: Article, doc: Doc) -> CodedArticle:
        """Events of one cleaned article from its parse. A coder bug on one article is reported and the
        article kept without events, so it never stops a batch."""
        try:
            events = self.event_coder.code(article, doc)
        except Exception as err:  # any failure here must not lose the rest of the batch
            log.error("coding %s failed (%s: %s); kept without events", article.origin or article.id,
                      type(err).__name__, err)
            events = []
        return CodedArticle(article, events, _count(doc.sents))


class SkipsSettledSentences:
    """The trigger finder, answering "no trigger" at once for a sentence the selective parse settled:
    left unparsed (no parts of speech, so nothing to match) or checked for triggers before the
    entity step and found to have none (its annotations have not changed since)."""

    def __init__(self, finder: TriggerFinder) -> None:
        self.finder = finder

    def __getattr__(self, name: str) -> object:
        if name == "finder":  # not set yet (unpickling): no endless lookup
            raise AttributeError(name)
        return getattr(self.finder, name)

    def find(self, sentence: Span) -> list[Trigger]:
        if sentence.start in sentence.doc.user_data.get(SETTLED, ()):
            return []
        return self.finder.find(sentence)


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(islice(iterator, max(1, size))):
        yield batch


def _count(sentences: Iterable[Span]) -> int:
    return sum(1 for _ in sentences)
