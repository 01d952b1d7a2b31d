"""Whitespace: line endings, non-breaking and zero-width characters, runs of spaces, blank lines."""

from __future__ import annotations

import re

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\u0085]")
_SPACE_RUN = re.compile(r" {2,}")
_BLANK_RUN = re.compile(r"\n{3,}")
# A line broken inside a sentence (hard-wrapped text): the next line goes on in lower case.
_WRAPPED = re.compile(r"(?<=[\w,;])\n(?=[a-z])")


def normalise_whitespace(text: str) -> str:
    """One space between words, lines stripped, paragraphs separated by one blank line."""
    text = _ZERO_WIDTH.sub("", _LINE_BREAKS.sub("\n", text))
    text = _ODD_SPACES.sub(" ", text)
    text = _SPACE_RUN.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _WRAPPED.sub(" ", text)
    return _BLANK_RUN.sub("\n\n", text).strip()
