"""Which reader a file needs, decided from its first bytes (the suffix only breaks ties)."""

from __future__ import annotations

import json
import re

SEED = "seed"
JSONL = "jsonl"
CSV = "csv"
HTML = "html"
FEED = "feed"
TEXT = "text"

SEED_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+(\S+))?\s*$")
_FEED_ROOT = re.compile(r"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(r"<(!doctype\s+html|html|head|body|article|div|p|h1|title)[\s>/]", re.IGNORECASE)
CSV_DELIMITERS = (",", "\t", ";", "|")


def sniff_format(head: str, suffix: str, text_column: str = "text") -> str:
    """One of SEED, JSONL, CSV, HTML, FEED, TEXT for a file starting with `head`."""
    first_line = next((line for line in head.splitlines() if line.strip()), "")
    stripped = head.lstrip()
    if SEED_HEADER.match(first_line):
        return SEED
    if stripped.startswith(("{", "[")) and _json_start(first_line):
        return JSONL
    if stripped.startswith("<"):
        opening = stripped[:4096]
        if _FEED_ROOT.search(opening):
            return FEED
        if _HTML_ROOT.search(opening) or suffix in (".html", ".htm", ".xhtml"):
            return HTML
    if suffix in (".csv", ".tsv") or _csv_header(first_line, text_column):
        return CSV
    if suffix in (".jsonl", ".ndjson", ".json") and stripped.startswith(("{", "[")):
        return JSONL
    return TEXT


def _json_start(first_line: str) -> bool:
    line = first_line.strip()
    if line in ("{", "["):
        return True  # a pretty-printed JSON document
    try:
        return isinstance(json.loads(line), dict | list)
    except ValueError:
        return line.startswith('{"')


def _csv_header(first_line: str, text_column: str) -> bool:
    delimiter = guess_delimiter(first_line)
    fields = [f.strip().strip('"').strip().lower() for f in first_line.split(delimiter)]
    return len(fields) >= 2 and text_column.lower() in fields


def guess_delimiter(header_line: str) -> str:
    return max(CSV_DELIMITERS, key=header_line.count)
