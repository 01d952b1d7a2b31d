"""Titles repeated in the body: at its start (once or twice), or as a quoted fragment on its own line.

The title stays in `Article.title`; it is removed from the text so that headlines never produce events.
"""

from __future__ import annotations

import re

_QUOTED = re.compile(r"[\"'“‘]([^\"'“”‘’]{3,})[\"'”’]")
_MAX_TITLE_CHARS = 300


def comparable(line: str) -> str:
    """Lower case, quotes and punctuation at the ends removed, single spaces."""
    line = re.sub(r"[\"'“”‘’]", "", line).casefold()
    return " ".join(line.split()).strip(" .:;-–—")


def take_repeated_title(text: str, title: str | None) -> tuple[str, str | None]:
    """Remove leading lines equal to the title; with no title given, two identical leading lines are one."""
    paragraphs = text.split("\n")
    filled = [i for i, line in enumerate(paragraphs) if line.strip()]
    if not filled:
        return text, title
    if title is None and len(filled) >= 2:
        first, second = paragraphs[filled[0]], paragraphs[filled[1]]
        if len(first) <= _MAX_TITLE_CHARS and comparable(first) == comparable(second) and comparable(first):
            title = first.strip()
    if not title or not comparable(title):
        return text, title
    target = comparable(title)
    drop_until = 0
    for i in filled:
        if comparable(paragraphs[i]) != target:
            break
        drop_until = i + 1
    return "\n".join(paragraphs[drop_until:]), title


def drop_title_fragment_lines(text: str, title: str | None) -> str:
    """Drop lines that are only a piece of the title (a subheading repeating it), without a full stop."""
    if not title:
        return text
    fragments = {comparable(title)} | {comparable(q) for q in _QUOTED.findall(title)}
    fragments.discard("")
    kept = [line for line in text.split("\n")
            if not (line.strip() and not line.rstrip().endswith(".") and comparable(line) in fragments)]
    return "\n".join(kept)
