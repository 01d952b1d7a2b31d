"""Article from a record (a JSON object or a CSV row) with the usual field names."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dotterel.ingest.checks import check_article, origin
from dotterel.ingest.dates import normalise_date
from dotterel.ingest.sources import domain_of
from dotterel.models import Article, Rejection


def record_to_article(
    record: Mapping[str, Any], fallback_id: str, file_name: str, line: int | None
) -> Article | Rejection:
    """`record` uses the keys id, text, date, title, url, source (already mapped for CSV)."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Rejection(file_name, "record has no text", line)
    record_id = record.get("id")
    url = _text_or_none(record.get("url"))
    article = Article(
        id=str(record_id).strip() if _present(record_id) else fallback_id,
        text=text,
        published=normalise_date(record.get("date") or record.get("published")),
        title=_text_or_none(record.get("title")),
        url=url,
        source=_text_or_none(record.get("source")) or domain_of(url),
        origin=origin(file_name, line),
    )
    return check_article(article, file_name, line)


def _present(value: Any) -> bool:
    return value is not None and str(value).strip() != ""


def _text_or_none(value: Any) -> str | None:
    return str(value).strip() if _present(value) else None
