"""All-capital names the tagger reads as verbs are retagged as proper nouns, so the actor resolver
reads them as parties."""

from __future__ import annotations

from party_helpers import coded_parties, pair
from spacy.tokens import Doc

from dotterel.nlp.acronym_tags import retag_acronyms


def _doc(nlp, words, pos, deps, heads) -> Doc:
    return Doc(nlp.vocab, words=words, pos=pos, deps=deps, heads=heads)


def test_a_capitalised_subject_tagged_as_a_verb_becomes_a_name(nlp):
    doc = retag_acronyms(_doc(nlp, ["ECOWAS", "condemned", "it"], ["VERB", "VERB", "PRON"],
                              ["nsubj", "ROOT", "dobj"], [1, 1, 1]))
    assert doc[0].pos_ == "PROPN"
    assert doc[1].pos_ == "VERB"  # the verb itself stays


def test_a_capitalised_verb_is_left_a_verb(nlp):
    doc = retag_acronyms(_doc(nlp, ["They", "VOTED", "no"], ["PRON", "VERB", "DET"],
                              ["nsubj", "ROOT", "dobj"], [1, 1, 1]))
    assert doc[1].pos_ == "VERB"


def test_a_bloc_named_by_its_acronym_after_its_description_acts(coder):
    text = "The West African bloc ECOWAS condemned the coup in Guinea on Sunday."
    assert pair({"IGO"}, {"GIN"}) in coded_parties(coder, text, "2024-03-14")
