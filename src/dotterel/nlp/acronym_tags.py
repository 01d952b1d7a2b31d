"""Capitalised acronyms the tagger reads as verbs are names.

The small English model tags some all-capital names as verbs when they stand next to a verb ("the
West African bloc ECOWAS condemned ..." gives ECOWAS the tag VERB, though the parser makes it the
subject). The actor resolver only reads nominal phrases, so the bloc then names no one. A token of at
least two capital letters that the parser gives a nominal role (subject, object, object of a
preposition, apposition) is retagged as a proper noun.
"""

from __future__ import annotations

from spacy.tokens import Doc

NOMINAL_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})


def retag_acronyms(doc: Doc) -> Doc:
    for token in doc:
        # the lexeme flags first: they are cheap, and capitals are rare
        if token.is_upper and token.is_alpha and len(token) >= 2 and token.pos_ == "VERB" \
                and token.dep_ in NOMINAL_ROLES:
            token.pos_, token.tag_ = "PROPN", "NNP"
    return doc
