"""Quotation marks: every typographic variant becomes a straight quote (" or ').

Straight quotes everywhere keep quote handling downstream to two characters. Run this after
`glue.unglue_sentences`, which still needs to tell opening from closing curly quotes.
"""

from __future__ import annotations

_DOUBLE = "“”„‟«»″〝〞＂"
_SINGLE = "‘’‚‛‹›′`´"
_TABLE = str.maketrans({**dict.fromkeys(_DOUBLE, '"'), **dict.fromkeys(_SINGLE, "'")})


def straighten_quotes(text: str) -> str:
    return text.translate(_TABLE)
