"""HTML pages: main text and metadata extracted with trafilatura (offline; boilerplate dropped)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import trafilatura

from dotterel.ingest.checks import check_article, origin
from dotterel.ingest.dates import normalise_date
from dotterel.ingest.single import read_single_text
from dotterel.ingest.sources import Source, domain_of
from dotterel.models import Article, Rejection

# trafilatura logs every page it finds too short; our own rejection says it more clearly.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def read_html(source: Source) -> Iterator[Article | Rejection]:
    page = read_single_text(source)
    if isinstance(page, Rejection):
        yield page
        return
    document = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                           include_tables=False)
    extracted = document.as_dict() if document is not None else {}
    text = extracted.get("text") or ""
    if not text.strip():
        yield Rejection(source.name, "no main text found in the HTML page")
        return
    url = extracted.get("url")
    article = Article(
        id=source.stem,
        text=text,
        published=normalise_date(extracted.get("date")),
        title=extracted.get("title"),
        url=url,
        source=extracted.get("sitename") or domain_of(url),
        origin=origin(source.name),
    )
    yield check_article(article, source.name)
