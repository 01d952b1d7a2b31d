"""Do the speed-ups change the events? One corpus coded two ways in one process, events compared.

    python -m dotterel.bench.equivalence CORPUS [CORPUS ...] [--a full-blis] [--b selective] [--show N]

Ways: `selective` (the default fast path), `full` (every sentence through the whole pipeline) and
`full-blis` (the same, with the model's matrix products in thinc's bundled BLIS, as a plain
`spacy.load` runs them). Events are compared on what a user reads: article, category, trigger
offsets, actors, recipients, mode, aux, event date and contexts (not the sentence number, which
depends on how the article was cut into sentences). Prints one JSON line with the counts and the
first `--show` events only one way found.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import spacy

from dotterel.config import Settings
from dotterel.models import Article, Event
from dotterel.nlp.pipeline import NEEDED
from dotterel.pipeline import Coder


def plain_nlp(model: str) -> spacy.language.Language:
    """The model as `spacy.load` gives it (thinc's default BLIS), with the same components enabled."""
    nlp = spacy.load(model)
    for name in nlp.pipe_names:
        if name not in NEEDED:
            nlp.disable_pipe(name)
    return nlp


WAYS: dict[str, Callable[[Settings], Coder]] = {
    "selective": lambda settings: Coder(settings),
    "full": lambda settings: Coder(settings, selective=False),
    "full-blis": lambda settings: Coder(settings, nlp=plain_nlp(settings.spacy_model), selective=False),
}


def event_key(event: Event) -> str:
    """What a user reads of an event, as one comparable string."""
    parties = [[(e.code, e.sector, e.entity_text, e.start) for e in side] for side in
               (event.actor, event.recipient)]
    info = event.text_info
    return json.dumps([event.doc_id, event.event, info.trigger_start, info.trigger_end, parties,
                       event.mode, event.aux, event.event_date, sorted(event.context)])


def coded_events(coder: Coder, articles: Iterable[Article]) -> Counter[str]:
    return Counter(event_key(e) for coded in coder.code_articles(articles) for e in coded.events)


def compare(paths: list[Path], first: str, second: str, show: int = 10) -> dict[str, Any]:
    from dotterel.ingest import read_inputs

    settings = Settings.from_env()
    articles = [r for r in read_inputs(paths) if isinstance(r, Article)]
    events = {way: coded_events(WAYS[way](settings), articles) for way in (first, second)}
    only_first = events[first] - events[second]
    only_second = events[second] - events[first]
    return {
        "articles": len(articles),
        first: sum(events[first].values()),
        second: sum(events[second].values()),
        f"only_{first}": sum(only_first.values()),
        f"only_{second}": sum(only_second.values()),
        f"examples_only_{first}": list(only_first)[:show],
        f"examples_only_{second}": list(only_second)[:show],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+", type=Path)
    parser.add_argument("--a", dest="first", default="full-blis", choices=sorted(WAYS))
    parser.add_argument("--b", dest="second", default="selective", choices=sorted(WAYS))
    parser.add_argument("--show", type=int, default=10, help="examples of differing events to print")
    args = parser.parse_args()
    print(json.dumps(compare(args.corpus, args.first, args.second, args.show)))


if __name__ == "__main__":
    main()
