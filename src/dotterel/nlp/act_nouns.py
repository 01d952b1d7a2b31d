"""Words for acts that the tagger reads as adjectives are nouns where they end a noun phrase.

"Turkey launched an air and ground offensive against ...": the small English model tags "offensive" as
an adjective and makes it a conjunct of "air", so no event noun is found. A token from the list below
that is tagged as an adjective but stands in a nominal role (or is coordinated with a noun that does, or
hangs after one as a modifier), with a determiner in its phrase and no noun after it, is retagged as a
noun.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

ACT_NOUN_HOMOGRAPHS = frozenset({"offensive", "counteroffensive", "counter-offensive"})
NOMINAL_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})


def retag_act_nouns(doc: Doc) -> Doc:
    for token in doc:
        if token.lower_ in ACT_NOUN_HOMOGRAPHS and token.pos_ == "ADJ" and _ends_a_noun_phrase(token):
            if token.dep_ == "amod":  # a modifier after its noun: the last of coordinated nouns
                token.dep_ = "conj"
            token.pos_, token.tag_ = "NOUN", "NN"
    return doc


def _ends_a_noun_phrase(token: Token) -> bool:
    # "an air and ground offensive" is also parsed as "air" with a modifier after it
    trailing = token.dep_ == "amod" and token.i > token.head.i
    if not (token.dep_ in NOMINAL_ROLES or trailing) or any(c.pos_ in ("NOUN", "PROPN") and c.i > token.i
                                                            for c in token.children):
        return False
    phrase = token.head if token.dep_ == "conj" or trailing else token
    if phrase is not token and phrase.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "det" for c in phrase.children) or any(c.dep_ == "det" for c in token.children)
