"""JSON Lines: one object a line (id, text, optional date/title/url/source), streamed.

A broken line is reported with its number and the rest of the file goes on. A small pretty-printed
JSON document (an object, or an array of objects) is accepted too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from dotterel.ingest.decoding import FileDecoder
from dotterel.ingest.records import record_to_article
from dotterel.ingest.single import read_single_text
from dotterel.ingest.sources import Source
from dotterel.models import Article, Rejection


def read_jsonl(source: Source) -> Iterator[Article | Rejection]:
    decoder = FileDecoder(source.name)
    with source.open_bytes() as stream:
        for number, line in enumerate(decoder.lines(stream), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as error:
                if number == 1 and (document := _json_document(source)) is not None:
                    yield from _document_records(document, source)
                    return
                yield Rejection(source.name, f"broken JSON line ({_reason(error)})", number)
                continue
            if isinstance(record, list) and all(isinstance(item, dict) for item in record):
                for position, item in enumerate(record, start=1):
                    yield _record(item, source, number, f"{source.stem}-{number}-{position}")
            else:
                yield _record(record, source, number, f"{source.stem}-{number}")


def _record(record: Any, source: Source, line: int | None, fallback_id: str) -> Article | Rejection:
    if not isinstance(record, dict):
        return Rejection(source.name, "JSON record is not an object (nor a list of objects)", line)
    return record_to_article(record, fallback_id, source.name, line)


def _json_document(source: Source) -> Any | None:
    """The first line did not parse: the file may be one JSON document spread over lines."""
    text = read_single_text(source)
    if isinstance(text, Rejection):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _document_records(document: Any, source: Source) -> Iterator[Article | Rejection]:
    items = document if isinstance(document, list) else [document]
    for position, item in enumerate(items, start=1):
        yield _record(item, source, None, f"{source.stem}-{position}")


def _reason(error: ValueError) -> str:
    return getattr(error, "msg", None) or str(error)
