"""Lines that are not article text: the seed format's header, bare URLs, page furniture."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from urllib.parse import urlparse

SEED_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+(\S+))?\s*$")
_URL_LINE = re.compile(r"^\s*(?:<?(?:https?://|www\.)\S+>?)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Header:
    published: str | None
    url: str | None


def take_seed_header(text: str) -> tuple[str, Header | None]:
    """Strip a leading ` date YYYY-MM-DD URL` line, returning what it said."""
    stripped = text.lstrip()
    first_line, _, rest = stripped.partition("\n")
    match = SEED_HEADER.match(first_line)
    if not match:
        return text, None
    return rest, Header(match.group(1), match.group(2))


def load_boilerplate_patterns() -> list[re.Pattern[str]]:
    """Whole-line patterns from data/boilerplate.txt (one regular expression a line, # comments)."""
    data = resources.files("dotterel.text") / "data" / "boilerplate.txt"
    lines = data.read_text(encoding="utf-8").splitlines()
    return [re.compile(rf"^(?:{line.strip()})$", re.IGNORECASE)
            for line in lines if line.strip() and not line.lstrip().startswith("#")]


def drop_boilerplate_lines(text: str, patterns: list[re.Pattern[str]]) -> str:
    """Drop lines that are only a URL, a seed header or a boilerplate phrase."""
    kept = []
    for line in text.split("\n"):
        bare = line.strip()
        if not (bare and _is_furniture(bare, patterns)):
            kept.append(line)
    return "\n".join(kept)


def _is_furniture(line: str, patterns: list[re.Pattern[str]]) -> bool:
    return bool(_URL_LINE.match(line) or SEED_HEADER.match(line) or any(p.match(line) for p in patterns))


def domain_of(url: str | None) -> str | None:
    """The site of a URL, as outlets are named when nothing better is known: "sputniknews.com"."""
    if not url:
        return None
    try:
        host = urlparse(url.strip()).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None
