"""Editorial brackets inside a word: a quote altered to fit the sentence ("Pakistan hold[s] the Army in
great respect", "[t]he talks") reads as the plain word. The parser would otherwise split the word and
misread the clause around it.
"""

from __future__ import annotations

import re

# a few letters in brackets glued to a word on either side; "[sic]" and "[Putin]" stand alone
_AFTER = re.compile(r"\b([A-Za-z]+)\[([a-z]{1,3})\]")
_BEFORE = re.compile(r"\[([A-Za-z]{1,3})\]([a-z]+)\b")


def join_bracketed_letters(text: str) -> str:
    return _BEFORE.sub(r"\1\2", _AFTER.sub(r"\1\2", text))
