"""Quotation marks: every typographic variant becomes a straight quote (" or ').

Straight quotes everywhere keep quote handling downstream to two characters. Run this after
`glue.unglue_sentences`, which still needs to tell opening from closing curly quotes.
"""

from __future__ import annotations

import re

_DOUBLE = "“”„‟«»″〝〞＂"
_SINGLE = "‘’‚‛‹›′`´"
_DOUBLE_QUOTE = re.compile(f"[{_DOUBLE}]")
_SINGLE_QUOTE = re.compile(f"[{_SINGLE}]")


def straighten_quotes(text: str) -> str:
    return _SINGLE_QUOTE.sub("'", _DOUBLE_QUOTE.sub('"', text))
