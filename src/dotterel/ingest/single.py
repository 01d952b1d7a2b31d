"""Shared by the one-article-per-file readers: a capped read and decode."""

from __future__ import annotations

from dotterel.ingest.decoding import decode_whole
from dotterel.ingest.sources import Source, read_capped
from dotterel.models import Rejection

MAX_ARTICLE_BYTES = 20 * 1024 * 1024


def read_single_text(source: Source, max_bytes: int | None = None) -> str | Rejection:
    max_bytes = max_bytes or MAX_ARTICLE_BYTES
    data = read_capped(source, max_bytes)
    if data is None:
        limit = max_bytes // (1024 * 1024)
        return Rejection(source.name, f"too large for a single article (over {limit} MB)")
    return decode_whole(data, source.name)
