"""Running the coder over a batch of inputs: rejected records are reported and counted, never fatal."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dotterel.ingest import CsvColumns, read_inputs
from dotterel.models import Article, Rejection
from dotterel.pipeline import CodedArticle, Coder

log = logging.getLogger("dotterel")


@dataclass
class RunSummary:
    """What a run did, for the closing summary line."""

    coded: int = 0
    rejected: int = 0
    skipped: int = 0  # already stored, not coded again
    events: int = 0
    sentences: int = 0
    rejections: list[Rejection] = field(default_factory=list)

    def line(self) -> str:
        parts = [f"{self.coded} articles coded", f"{self.rejected} rejected"]
        if self.skipped:
            parts.append(f"{self.skipped} already stored")
        parts.append(f"{self.events} events")
        return ", ".join(parts)


def report_rejection(rejection: Rejection) -> None:
    log.warning("rejected %s", rejection)


def accepted_articles(
    paths: Iterable[str | Path],
    summary: RunSummary,
    csv_columns: CsvColumns | None = None,
    on_rejection: Callable[[Rejection], None] = report_rejection,
) -> Iterator[Article]:
    """The articles read from `paths`; each rejection is reported, counted and kept in the summary."""
    for item in read_inputs(paths, csv_columns=csv_columns):
        if isinstance(item, Rejection):
            summary.rejected += 1
            summary.rejections.append(item)
            on_rejection(item)
        else:
            yield item


def code_inputs(
    paths: Iterable[str | Path],
    coder: Coder,
    summary: RunSummary,
    csv_columns: CsvColumns | None = None,
) -> Iterator[CodedArticle]:
    """Read, repair and code every article in `paths`, streaming, counting into `summary`."""
    for coded in coder.code_articles(accepted_articles(paths, summary, csv_columns)):
        summary.coded += 1
        summary.events += len(coded.events)
        summary.sentences += coded.sentences
        yield coded
