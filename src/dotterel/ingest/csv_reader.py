"""CSV (or TSV): one article a row, streamed; column names configurable with `CsvColumns`."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass

from dotterel.ingest.decoding import FileDecoder
from dotterel.ingest.records import record_to_article
from dotterel.ingest.sniff import guess_delimiter
from dotterel.ingest.sources import Source
from dotterel.models import Article, Rejection

_FIELD_SIZE_LIMIT = 2**31 - 1  # news articles in one cell are far above csv's 128 kB default
INDEX_COLUMNS = ("index", "", "unnamed: 0")  # pandas writes its row index under these names


@dataclass(frozen=True)
class CsvColumns:
    """Which CSV column holds which article field (matched case-insensitively)."""

    text: str = "text"
    id: str = "id"
    date: str = "date"
    title: str = "title"
    url: str = "url"
    source: str = "source"
    delimiter: str | None = None  # None: guessed from the header line (",", tab, ";" or "|")

    def field_columns(self) -> dict[str, str]:
        return {"text": self.text, "id": self.id, "date": self.date, "title": self.title,
                "url": self.url, "source": self.source}


def read_csv(source: Source, columns: CsvColumns | None = None) -> Iterator[Article | Rejection]:
    columns = columns or CsvColumns()
    csv.field_size_limit(_FIELD_SIZE_LIMIT)
    decoder = FileDecoder(source.name)
    with source.open_bytes() as stream:
        lines = decoder.lines(stream)
        header_line = next(lines, "")
        delimiter = columns.delimiter or _delimiter(source, header_line)
        header = next(csv.reader([header_line], delimiter=delimiter), [])
        positions = _column_positions(header, columns)
        if "text" not in positions:
            shown = ", ".join(repr(name) for name in header) or "none"
            yield Rejection(source.name, f"CSV has no {columns.text!r} column (its columns: {shown})", 1)
            return
        reader = csv.reader(lines, delimiter=delimiter)
        lines_before = 1  # the header line, read before the reader started
        for row_number, row in enumerate(reader, start=1):
            line, lines_before = lines_before + 1, reader.line_num + 1  # where this row starts
            if not any(cell.strip() for cell in row):
                continue
            record = {name: row[pos] for name, pos in positions.items() if pos < len(row)}
            yield record_to_article(record, _fallback_id(source, positions, row, row_number),
                                    source.name, line)


def _delimiter(source: Source, header_line: str) -> str:
    return "\t" if source.inner_suffix == ".tsv" else guess_delimiter(header_line)


def _column_positions(header: list[str], columns: CsvColumns) -> dict[str, int]:
    lowered = [name.strip().lower() for name in header]
    positions = {field: lowered.index(name.lower()) for field, name in columns.field_columns().items()
                 if name.lower() in lowered}
    if "id" not in positions:
        index_at = next((lowered.index(name) for name in INDEX_COLUMNS if name in lowered), None)
        if index_at is not None:
            positions["index"] = index_at
    return positions


def _fallback_id(source: Source, positions: dict[str, int], row: list[str], row_number: int) -> str:
    index_at = positions.get("index")
    if index_at is not None and index_at < len(row) and row[index_at].strip():
        return f"{source.stem}-{row[index_at].strip()}"
    return f"{source.stem}-{row_number}"
