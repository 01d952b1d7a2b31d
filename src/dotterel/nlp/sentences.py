"""A cheap rule-based sentence splitter over tokenizer output (no model needed).

It only decides where to cut an article into chunks that are parsed separately; the parser may
split a chunk further. Cutting wrongly costs parse quality, so it cuts only after a sentence-final
punctuation token followed by whitespace and a capitalised word, a digit or an opening quote, and at
blank lines. (spaCy's tokenizer keeps abbreviations such as "Mr." and "U.S." as one token, so a bare
"." token is a real full stop.)
"""

from __future__ import annotations

from spacy.tokens import Doc

FINAL = frozenset({".", "!", "?", "...", "…", "?!", "!?"})
CLOSING = frozenset({'"', "”", "’", "'", ")", "]", "»"})
OPENING = frozenset({'"', "“", "‘", "'", "(", "[", "«"})


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [start, end) covering the whole doc; whitespace stays with the sentence before it."""
    bounds: list[tuple[int, int]] = []
    start, i, n = 0, 0, len(doc)
    while i < n:
        token = doc[i]
        if token.is_space and "\n" in token.text and i > start:
            end = i + 1
        elif token.text in FINAL:
            end = i + 1
            while end < n and doc[end].text in CLOSING | FINAL:
                end += 1
            gap = bool(doc[end - 1].whitespace_)
            while end < n and doc[end].is_space:
                gap, end = True, end + 1
            if not (gap and end < n and _starts_sentence(doc, end)):
                i = end
                continue
        else:
            i += 1
            continue
        if end < n:
            bounds.append((start, end))
            start = end
        i = end
    if start < n:
        bounds.append((start, n))
    return bounds


def _starts_sentence(doc: Doc, i: int) -> bool:
    text = doc[i].text
    if text in OPENING and i + 1 < len(doc):
        text = doc[i + 1].text
    return text[:1].isupper() or text[:1].isdigit()
