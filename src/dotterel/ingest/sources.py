"""Input files: folder expansion, gzip detection, capped reads, ids from file names."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from dotterel.models import Rejection
from dotterel.text.boilerplate import domain_of

__all__ = ["Source", "domain_of", "expand_paths", "read_capped"]

_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,6}")
GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 64 * 1024
KNOWN_SUFFIXES = {
    ".txt", ".text", ".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".html", ".htm", ".xhtml",
    ".xml", ".rss", ".atom", ".gz",
}


@dataclass(frozen=True)
class Source:
    """One input file; `open_bytes` transparently decompresses gzip."""

    path: Path

    @property
    def name(self) -> str:
        return str(self.path)

    @property
    def stem(self) -> str:
        """File name without its suffixes: "a.jsonl.gz" -> "a", "000_28ec.txt" -> "000_28ec"."""
        name = self.path.name
        while Path(name).suffix.lower() == ".gz" and Path(name).stem:
            name = Path(name).stem
        if _SUFFIX.fullmatch(Path(name).suffix) and Path(name).stem:
            name = Path(name).stem
        while Path(name).suffix.lower() in KNOWN_SUFFIXES and Path(name).stem:
            name = Path(name).stem  # "a.jsonl.txt"
        return name

    @property
    def inner_suffix(self) -> str:
        """The suffix that names the format, looking through a ".gz"."""
        suffixes = [s.lower() for s in self.path.suffixes]
        while suffixes and suffixes[-1] == ".gz":
            suffixes.pop()
        return suffixes[-1] if suffixes else ""

    def is_gzip(self) -> bool:
        with self.path.open("rb") as raw:
            return raw.read(2) == GZIP_MAGIC

    def open_bytes(self) -> BinaryIO:
        if self.is_gzip():
            return gzip.open(self.path, "rb")  # type: ignore[return-value]
        return self.path.open("rb")

    def head(self, size: int = HEAD_BYTES) -> bytes:
        with self.open_bytes() as stream:
            return stream.read(size)


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Source | Rejection]:
    """Files as given; folders expanded recursively in sorted order, hidden files and folders skipped."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from (Source(p) for p in _files_under(path))
        elif path.is_file():
            yield Source(path)
        else:
            yield Rejection(str(path), "no such file or folder")


def _files_under(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        found.append(path)
    return sorted(found)


def read_capped(source: Source, max_bytes: int) -> bytes | None:
    """The whole (decompressed) file, or None when it is larger than max_bytes."""
    with source.open_bytes() as stream:
        data = stream.read(max_bytes + 1)
    return None if len(data) > max_bytes else data
