"""Plain text: the whole file is one article, its id the file name without suffix."""

from __future__ import annotations

from collections.abc import Iterator

from dotterel.ingest.checks import check_article, origin
from dotterel.ingest.single import read_single_text
from dotterel.ingest.sources import Source
from dotterel.models import Article, Rejection


def read_plain(source: Source) -> Iterator[Article | Rejection]:
    text = read_single_text(source)
    if isinstance(text, Rejection):
        yield text
        return
    yield check_article(Article(id=source.stem, text=text, origin=origin(source.name)), source.name)
