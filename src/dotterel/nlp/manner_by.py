"""A "by" phrase of an active verb tells how, not who: "spoke by telephone", "travelled by road".

The small English model sometimes labels such a phrase `agent`, the label of a passive verb's doer
("was hit by a missile"). The event coder then reads the sentence as passive, takes the phrase's noun
("telephone") for the doer and loses the real subject. An `agent` child of a finite verb with an
active subject and no passive auxiliary is relabelled `prep`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass"})


def relabel_manner_by(doc: Doc) -> Doc:
    for token in doc:
        if token.dep_ == "agent" and _active(token.head):
            token.dep_ = "prep"
    return doc


def _active(verb: Token) -> bool:
    deps = {c.dep_ for c in verb.children}
    return verb.tag_ in FINITE_TAGS and "nsubj" in deps and not deps & PASSIVE_DEPS
