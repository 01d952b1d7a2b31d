"""`read_inputs`: files and folders in, articles (or rejections saying why not) out."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from dotterel.ingest import sniff
from dotterel.ingest.csv_reader import CsvColumns, read_csv
from dotterel.ingest.decoding import looks_binary
from dotterel.ingest.feed import read_feed
from dotterel.ingest.html_page import read_html
from dotterel.ingest.jsonl import read_jsonl
from dotterel.ingest.plain import read_plain
from dotterel.ingest.seed import read_seed
from dotterel.ingest.sources import Source, expand_paths
from dotterel.models import Article, Rejection

log = logging.getLogger("dotterel.ingest")

Reader = Callable[[Source], Iterator[Article | Rejection]]
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")
_READERS: dict[str, Reader] = {
    sniff.SEED: read_seed,
    sniff.JSONL: read_jsonl,
    sniff.HTML: read_html,
    sniff.FEED: read_feed,
    sniff.TEXT: read_plain,
}


def read_inputs(
    paths: Iterable[str | Path], *, csv_columns: CsvColumns | None = None
) -> Iterator[Article | Rejection]:
    """Every article in the given files and folders, in order; unreadable input becomes a Rejection.

    Folders are walked recursively in sorted order, hidden files skipped. Each file's format is
    sniffed from its first bytes (gzip is looked through). Nothing here raises on bad input.
    """
    if isinstance(paths, str | Path):
        paths = [paths]  # one path given on its own, not a list of one
    for item in expand_paths(paths):
        if isinstance(item, Rejection):
            yield item
            continue
        try:
            yield from read_source(item, csv_columns)
        except Exception as error:  # one unreadable file must not stop the batch
            log.debug("reading %s failed", item.name, exc_info=True)
            yield Rejection(item.name, f"could not be read ({type(error).__name__}: {error})")


def read_source(source: Source, csv_columns: CsvColumns | None = None) -> Iterator[Article | Rejection]:
    head = source.head()
    if not head.strip():
        yield Rejection(source.name, "empty file")
        return
    if head.startswith(_UTF16_MARKS):
        yield Rejection(source.name, "UTF-16 text is not supported (save it as UTF-8)")
        return
    if looks_binary(head):
        yield Rejection(source.name, "binary file, not text")
        return
    columns = csv_columns or CsvColumns()
    form = sniff.sniff_format(_head_text(head), source.inner_suffix, columns.text)
    if form == sniff.CSV:
        yield from read_csv(source, columns)
    else:
        yield from _READERS[form](source)


def detect_format(path: str | Path, csv_columns: CsvColumns | None = None) -> str | None:
    """The reader a file would get ("seed", "jsonl", "csv", "html", "feed", "text"); None if not text."""
    source = Source(Path(path))
    head = source.head()
    if not head.strip() or looks_binary(head):
        return None
    text_column = (csv_columns or CsvColumns()).text
    return sniff.sniff_format(_head_text(head), source.inner_suffix, text_column)


def _head_text(head: bytes) -> str:
    """Good enough to sniff: the real decoding (and its warning) happens in the reader."""
    return head.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace")
