"""Bytes -> text: UTF-8 first, then cp1252 (or latin-1) with a warning naming the file."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import BinaryIO

log = logging.getLogger("dotterel.ingest")

_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"


class FileDecoder:
    """Decodes the pieces of one file, warning once if it is not UTF-8."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.fallback: str | None = None

    def decode(self, data: bytes) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
        if self.fallback is None:
            self.fallback = encoding
            log.warning("%s: not valid UTF-8, decoded as %s", self.file_name, encoding)
        return text

    def lines(self, stream: BinaryIO) -> Iterator[str]:
        """Decoded lines, streamed; a UTF-8 byte order mark on the first line is dropped."""
        for number, raw in enumerate(stream):
            if number == 0:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            yield self.decode(raw)


def looks_binary(head: bytes) -> bool:
    """NUL bytes, many control bytes, or mostly high bytes that are not UTF-8: not a text file."""
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(head.count(b) for b in _CONTROL_BYTES)
    if controls / len(head) > 0.05:
        return True
    return not _is_utf8(head) and sum(1 for b in head if b >= 0x80) / len(head) > 0.3


def _is_utf8(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start >= len(head) - 3  # a character cut off at the end of the head
    return True


def decode_whole(data: bytes, file_name: str) -> str:
    return FileDecoder(file_name).decode(data.removeprefix(b"\xef\xbb\xbf"))
