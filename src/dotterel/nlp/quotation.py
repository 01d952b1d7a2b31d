"""Which words stand inside a quotation: what a speaker says names the places and states the speech is
about ("Ending our presence in Iraq will embolden our enemies," the senator said), not where the speaker
is or whose official the speaker is. Curly quotes are straightened on input, so a quotation is opened
and closed by '"'; a quotation running over several sentences is not followed."""

from __future__ import annotations

from spacy.tokens import Span


def quoted_indices(sentence: Span) -> set[int]:
    """Indices of the sentence's tokens inside quotation marks (the marks themselves excluded)."""
    inside, quoted = False, set()
    for token in sentence:
        if token.text == '"':
            inside = not inside
        elif inside:
            quoted.add(token.i)
    return quoted
