"""RSS and Atom feeds, parsed by feedparser from the file's bytes (no URL is ever fetched)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import feedparser

from dotterel.ingest.checks import check_article
from dotterel.ingest.dates import normalise_date
from dotterel.ingest.html_text import html_to_text
from dotterel.ingest.sources import Source, domain_of, read_capped
from dotterel.models import Article, Rejection

# feedparser parses a whole document at once; a feed file this large is not a feed anyone serves.
MAX_FEED_BYTES = 100 * 1024 * 1024


def read_feed(source: Source) -> Iterator[Article | Rejection]:
    data = read_capped(source, MAX_FEED_BYTES)
    if data is None:
        yield Rejection(source.name, "feed file too large (over 100 MB)")
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = f"not a readable feed ({problem})" if problem else "feed has no entries"
        yield Rejection(source.name, reason)
        return
    outlet = html_to_text(parsed.feed.get("title", "")) or None
    for number, entry in enumerate(parsed.entries, start=1):
        yield _entry_article(entry, number, source, outlet)


def _entry_article(entry: Any, number: int, source: Source, outlet: str | None) -> Article | Rejection:
    text = html_to_text(_entry_body(entry))
    if not text:
        return Rejection(source.name, f"feed entry {number}: no text")
    url = entry.get("link")
    article = Article(
        id=str(entry.get("id") or url or f"{source.stem}-{number}"),
        text=text,
        published=_entry_date(entry),
        title=html_to_text(entry.get("title", "")) or None,
        url=url,
        source=outlet or domain_of(url),
        origin=f"{source.name} (entry {number})",
    )
    checked = check_article(article, source.name)
    if isinstance(checked, Rejection):
        return Rejection(source.name, f"feed entry {number}: {checked.reason}")
    return checked


def _entry_body(entry: Any) -> str:
    contents = entry.get("content") or []
    longest = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary", "")
    return longest if len(longest) >= len(summary) else summary


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        if parsed := entry.get(key):
            return time.strftime("%Y-%m-%d", parsed)
    return normalise_date(entry.get("published") or entry.get("updated"))
