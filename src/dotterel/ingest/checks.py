"""Checks every article passes, whatever format it came from."""

from __future__ import annotations

from dotterel.ingest.language import guess_non_english
from dotterel.models import Article, Rejection


def check_article(article: Article, file_name: str, line: int | None = None) -> Article | Rejection:
    if not article.text.strip():
        return Rejection(file_name, "no text", line)
    language = guess_non_english(article.text)
    if language:
        return Rejection(file_name, f"not English (looks like {language})", line)
    return article


def origin(file_name: str, line: int | None = None) -> str:
    return f"{file_name}:{line}" if line is not None else file_name
