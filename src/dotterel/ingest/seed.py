"""The seed's text format: ` date YYYY-MM-DD URL`, a blank line, the title, the title again, the body."""

from __future__ import annotations

from collections.abc import Iterator

from dotterel.ingest.checks import check_article, origin
from dotterel.ingest.single import read_single_text
from dotterel.ingest.sniff import SEED_HEADER
from dotterel.ingest.sources import Source, domain_of
from dotterel.models import Article, Rejection


def read_seed(source: Source) -> Iterator[Article | Rejection]:
    text = read_single_text(source)
    if isinstance(text, Rejection):
        yield text
        return
    yield check_article(parse_seed(text, source.stem, source.name), source.name)


def parse_seed(text: str, article_id: str, file_name: str) -> Article:
    lines = text.splitlines()
    header_at = next(i for i, line in enumerate(lines) if line.strip())
    header = SEED_HEADER.match(lines[header_at])
    published, url = (header.group(1), header.group(2)) if header else (None, None)
    rest = lines[header_at + 1 :]
    title, rest = _take_title(rest)
    return Article(
        id=article_id,
        text="\n".join(rest).strip("\n"),
        published=published,
        title=title,
        url=url,
        source=domain_of(url),
        origin=origin(file_name),
    )


def _take_title(lines: list[str]) -> tuple[str | None, list[str]]:
    """The first non-empty line is the title; an identical line right after it is dropped."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 2:
        return None, lines  # a lone line is the body, not a title
    title = lines[filled[0]].strip()
    body_from = filled[0] + 1
    if lines[filled[1]].strip() == title:
        body_from = filled[1] + 1
    return title, lines[body_from:]
