"""Hand-made articles and events for store/query/plot tests (no spaCy needed)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from dotterel.models import Article, Entity, Event, Rejection, TextInfo
from dotterel.plover import event_scale, quad_code


@dataclass
class FakeCoded:
    article: Article
    events: list[Event]
    sentences: int = 1


def make_event(
    doc_id: str,
    n: int,
    category: str,
    actors: list[str],
    recipients: list[str] | None = None,
    *,
    date: str = "2022-08-16",
    event_date: str | None = None,
    aux: str | None = None,
    text: str = "Russia and Pakistan held joint military drills.",
    trigger: str = "held",
    context: list[str] | None = None,
    url: str | None = None,
    publication: str | None = None,
    offset: int = 0,
) -> Event:
    """An event whose evidence sentence `text` starts at character `offset` of its article."""
    recipients = recipients or []
    start = offset + text.find(trigger)
    return Event(
        id=f"{doc_id}-{n}",
        doc_id=doc_id,
        date=date,
        event=category,
        actor=[Entity(code, "GOV", code.title(), 0, 3) for code in actors],
        recipient=[Entity(code, "MIL", code.title(), 0, 3) for code in recipients],
        context=context or ["military"],
        aux=aux,
        event_date=event_date,
        event_text=trigger,
        text=text,
        text_info=TextInfo(n, offset, offset + len(text), start, start + len(trigger)),
        quad_code=quad_code(category),
        event_scale=event_scale(category),
        reciprocal=not recipients,
        cite_info={"url": url, "publication": publication},
    )


class FakeCoder:
    """Codes each article into the events given for its id (default: none); counts what it coded."""

    def __init__(self, events_by_doc: dict[str, list[Event]] | None = None) -> None:
        self.events_by_doc = events_by_doc or {}
        self.coded_ids: list[str] = []

    def code_articles(self, articles: Iterable[Article]) -> Iterator[FakeCoded]:
        for article in articles:
            self.coded_ids.append(article.id)
            yield FakeCoded(
                article, list(self.events_by_doc.get(article.id, [])), article.text.count(".") or 1
            )


def article(
    doc_id: str,
    text: str = "Russia and Pakistan held joint military drills.",
    *,
    url: str | None = None,
    source: str | None = None,
    published: str = "2022-08-16",
) -> Article:
    return Article(id=doc_id, text=text, published=published, title=f"Title {doc_id}", url=url, source=source)


def rejection(path: str = "bad.jsonl", line: int = 3) -> Rejection:
    return Rejection(path=path, reason="not valid JSON", line=line)


@dataclass
class Corpus:
    """A small corpus: articles plus the events a fake coder returns for them."""

    articles: list[Article] = field(default_factory=list)
    events: dict[str, list[Event]] = field(default_factory=dict)

    def coder(self) -> FakeCoder:
        return FakeCoder(self.events)


def sample_corpus() -> Corpus:
    """Two outlets report the same RUS-PAK drill; a separate RUS-PAK agreement from 2014 appears as
    historical background; an unrelated USA-SYR assault; a negated event."""
    corpus = Corpus()
    drill_a = "Russia and Pakistan began joint military drills near Islamabad on Tuesday."
    drill_b = "Pakistani and Russian troops began joint military drills near Islamabad, officials said."
    corpus.articles = [
        article(
            "reuters-1",
            drill_a + " In 2014 Russia agreed to supply helicopters to Pakistan.",
            url="https://www.reuters.com/world/1",
        ),
        article("sputnik-1", drill_b, url="https://sputniknews.com/2"),
        article(
            "guardian-1",
            "US jets struck Syrian army positions. Moscow did not meet Kabul.",
            source="Guardian",
            published="2022-08-20",
        ),
    ]
    corpus.events = {
        "reuters-1": [
            make_event("reuters-1", 0, "COOPERATE", ["PAK", "RUS"], text=drill_a, trigger="began joint"),
            make_event(
                "reuters-1",
                1,
                "AGREE",
                ["RUS"],
                ["PAK"],
                event_date="2014",
                aux="historical",
                text="In 2014 Russia agreed to supply helicopters to Pakistan.",
                trigger="agreed",
                context=["military", "economic"],
                offset=len(drill_a) + 1,
            ),
        ],
        "sputnik-1": [
            make_event("sputnik-1", 0, "COOPERATE", ["RUS", "PAK"], text=drill_b, trigger="began joint"),
        ],
        "guardian-1": [
            make_event(
                "guardian-1",
                0,
                "ASSAULT",
                ["USA"],
                ["SYR"],
                date="2022-08-20",
                text="US jets struck Syrian army positions.",
                trigger="struck",
            ),
            make_event(
                "guardian-1",
                1,
                "CONSULT",
                ["RUS"],
                ["AFG"],
                date="2022-08-20",
                aux="negated",
                text="Moscow did not meet Kabul.",
                trigger="meet",
                offset=38,
            ),
        ],
    }
    return corpus


# Evidence of unrelated events, so that the clustering's word rarity is estimated as in a real store.
UNRELATED_TOPICS = (
    "Oil prices rose as shipping through the strait resumed after storms.",
    "The central bank kept interest rates unchanged amid inflation worries.",
    "Flooding closed schools across the southern provinces for a week.",
    "A court acquitted the journalist of espionage charges.",
    "Farmers protested against new import quotas on grain.",
    "The football federation banned fans from the derby after riots.",
)


def unrelated_events(n: int) -> list[tuple[str, Event]]:
    """(doc id, event) pairs of `n` unrelated reports, each from its own article."""
    topics = UNRELATED_TOPICS
    return [(f"x{k}", make_event(f"x{k}", 0, "CONSULT", ["FRA"], text=topics[k % len(topics)]))
            for k in range(n)]
