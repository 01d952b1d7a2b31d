"""The coding pipeline: articles -> repaired text -> spaCy docs -> events.

`Coder` wires the stages together; each stage stays usable on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language

from dotterel.actors.resolver import ActorResolver
from dotterel.config import Settings
from dotterel.events.coder import EventCoder
from dotterel.models import Article, Event
from dotterel.nlp import load_nlp
from dotterel.text.repair import clean_article


@dataclass
class CodedArticle:
    article: Article  # with repaired text: evidence offsets point into this text
    events: list[Event]
    sentences: int


class Coder:
    """Codes articles into PLOVER events. Build once, reuse for many articles."""

    def __init__(self, settings: Settings | None = None, nlp: Language | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.nlp = nlp or load_nlp(self.settings.spacy_model)
        self.resolver = ActorResolver.from_settings(self.settings)
        self.event_coder = EventCoder(self.resolver)

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        cleaned = (clean_article(a) for a in articles)
        texts = ((a.text, a) for a in cleaned)
        for doc, article in self.nlp.pipe(
            texts, as_tuples=True, batch_size=self.settings.batch_size, n_process=self.settings.n_process
        ):
            events = self.event_coder.code(article, doc)
            yield CodedArticle(article, events, sum(1 for _ in doc.sents))

    def code_article(self, article: Article) -> CodedArticle:
        return next(self.code_articles([article]))
