"""Words for acts that the tagger reads as adjectives ("an air and ground offensive") are retagged as
nouns where they end a noun phrase, so the act is found."""

from __future__ import annotations

from party_helpers import coded_parties, pair
from spacy.tokens import Doc

from dotterel.nlp.act_nouns import retag_act_nouns

WORDS = ["They", "launched", "an", "air", "and", "ground", "offensive"]
POS = ["PRON", "VERB", "DET", "NOUN", "CCONJ", "NOUN", "ADJ"]


HEADS = [1, 1, 3, 1, 3, 3, 3]


def _doc(nlp, last_dep: str) -> Doc:
    deps = ["nsubj", "ROOT", "det", "dobj", "cc", "conj", last_dep]
    return Doc(nlp.vocab, words=WORDS, pos=POS, deps=deps, heads=HEADS)


def test_an_offensive_coordinated_with_nouns_is_a_noun(nlp):
    doc = retag_act_nouns(_doc(nlp, "conj"))
    assert doc[6].pos_ == "NOUN"


def test_an_offensive_hung_after_its_noun_is_the_last_conjunct(nlp):
    doc = retag_act_nouns(_doc(nlp, "amod"))
    assert (doc[6].pos_, doc[6].dep_) == ("NOUN", "conj")


def test_an_offensive_remark_stays_an_adjective(nlp):
    doc = Doc(nlp.vocab, words=["The", "remarks", "were", "offensive"], pos=["DET", "NOUN", "AUX", "ADJ"],
              deps=["det", "nsubj", "ROOT", "acomp"], heads=[1, 2, 2, 2])
    assert retag_act_nouns(doc)[3].pos_ == "ADJ"


def test_an_air_and_ground_offensive_is_an_assault(coder):
    text = "Ethiopia launched an air and ground offensive against Eritrean positions on Tuesday."
    assert pair({"ETH"}, {"ERI"}) in coded_parties(coder, text, "2024-03-14")
