"""Readers: any supported input file or folder -> `Article` records (or `Rejection`s saying why not).

One module per format (seed, jsonl, csv_reader, html_page, feed, plain); `reader.read_inputs` picks
the reader by content.
"""

from dotterel.ingest.csv_reader import CsvColumns
from dotterel.ingest.dates import normalise_date
from dotterel.ingest.language import guess_non_english
from dotterel.ingest.reader import detect_format, read_inputs, read_source
from dotterel.ingest.samples import sample_paths

__all__ = [
    "CsvColumns",
    "detect_format",
    "guess_non_english",
    "normalise_date",
    "read_inputs",
    "read_source",
    "sample_paths",
]
