"""A verb the parser joins to a reported clause may be the reporter's: "The White House said both sides
had disengaged and ENCOURAGED THEM to talk". "Them" cannot be the subject of its own clause (that would
be "themselves"), so the verb is not the reported clause's second act but the speaker's."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

OBJECT_PRONOUNS = frozenset({"them", "him", "her"})


def reporting_subjects(verb: Token, speech_lemmas: Collection[str]) -> list[Token]:
    """The subjects of the speech verb above a coordinated `verb` whose object pronoun rules out the
    subject of the clause it is joined to; [] when there is no such reading."""
    first = verb.head
    if verb.dep_ != "conj" or first is verb:
        return []
    if not any(c.dep_ == "dobj" and c.lower_ in OBJECT_PRONOUNS for c in verb.children) \
            or not any(c.dep_ == "nsubj" for c in first.children):
        return []
    clause = first
    while clause.dep_ in ("ccomp", "acomp", "xcomp") and clause.head is not clause:
        clause = clause.head
        if clause.lemma_.lower() in speech_lemmas and clause.i < verb.i:
            return [c for c in clause.children if c.dep_ == "nsubj"]
    return []
