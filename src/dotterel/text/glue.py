"""Sentences glued together by scrapers that dropped the paragraph break: `2014.“We are`, `said.'Always`."""

from __future__ import annotations

import re

# "Tuesday.The": a sentence end stuck to a capitalised word. Two lower-case letters or digits before the
# full stop keep abbreviations ("U.S.", "a.m.") and initials alone.
_STOP_THEN_WORD = re.compile(r"(?<=[a-z0-9)\]%][a-z0-9)\]%])([.!?])(?=[A-Z][a-z])")
# "2014.“We", "said,“We": punctuation stuck to an opening curly quote.
_STOP_THEN_OPEN_CURLY = re.compile(r"([.!?,;:])(?=[“‘][\w\[])")
# "expo.”Moscow", "army.”“Fake": a closing double quote stuck to what follows.
_CLOSE_CURLY_THEN_WORD = re.compile(r"”(?=[\w“‘])")
_SINGLE_QUOTE = re.compile("[‘’']")
# "said.'Always" / 'over."The': a sentence end stuck to a straight quote; which side gets the space
# depends on whether the quote opens or closes.
_STOP_THEN_STRAIGHT = re.compile(r"(?<=[\w)\]%])([.!?])([\"'])(?=[A-Z])")
# A quoted Title Case subheading glued between two sentences: "said.'Always Room for More'Pakistan".
_GLUED_SUBHEADING = re.compile(r"(?<=[.!?])([\"'“‘])([A-Z][^\"'“”‘’\n.!?,;:]{2,120}?)([\"'”’])(?=[A-Z])")


def unglue_sentences(text: str) -> str:
    """Put back the space (or paragraph break) scrapers lost between sentences."""
    text = _GLUED_SUBHEADING.sub(_subheading_on_own_line, text)
    text = _STOP_THEN_WORD.sub(r"\1 ", text)
    text = _STOP_THEN_OPEN_CURLY.sub(r"\1 ", text)
    text = _CLOSE_CURLY_THEN_WORD.sub("” ", text)
    text = "\n".join(_unglue_closing_single_quotes(p) for p in text.split("\n"))
    return _STOP_THEN_STRAIGHT.sub(_space_around_straight_quote, text)


def _paragraph_before(match: re.Match[str]) -> str:
    paragraph_start = match.string.rfind("\n", 0, match.start()) + 1
    return match.string[paragraph_start : match.start()]


def _unglue_closing_single_quotes(paragraph: str) -> str:
    """ "‘treason’The": a closing single quote stuck to the next sentence.

    Walks the quotes in order so that only a quote closing an open quotation gets a space:
    "d’Ivoire", "Dall’Oglio" and "O'Neil" stay whole.
    """
    pieces, last, is_open = [], 0, False
    for match in _SINGLE_QUOTE.finditer(paragraph):
        i = match.start()
        before = paragraph[i - 1] if i else " "
        after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
        if not before.isalnum() and after.isalnum():
            is_open = True
        elif before.isalpha() and after.isalpha():
            if is_open and after.isupper() and paragraph[i - 2 : i].isalpha():
                pieces.append(paragraph[last : i + 1] + " ")
                last, is_open = i + 1, False
        elif not after.isalnum():
            is_open = False
    return "".join(pieces) + paragraph[last:]


def _space_around_straight_quote(match: re.Match[str]) -> str:
    stop, quote = match.group(1), match.group(2)
    before = _paragraph_before(match)
    if _open_quote_count(before, quote) % 2 == 1:
        return f"{stop}{quote} "  # the quote closes a quotation
    return f"{stop} {quote}"


def _open_quote_count(text: str, quote: str) -> int:
    """Quote characters that are not apostrophes inside words ("there's")."""
    return sum(
        1
        for i, char in enumerate(text)
        if char == quote and not (0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha())
    )


def _subheading_on_own_line(match: re.Match[str]) -> str:
    words = match.group(2).split()
    long_words = [w for w in words if len(w) > 3]
    if len(long_words) < 2 or sum(w[0].isupper() for w in long_words) < 0.75 * len(long_words):
        return match.group(0)
    return f"\n\n{match.group(1)}{match.group(2)}{match.group(3)}\n\n"
