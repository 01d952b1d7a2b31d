"""A "by" phrase of an active verb ("spoke by telephone") is a manner, not a passive verb's doer: the
sentence keeps its subject as the actor."""

from __future__ import annotations

from party_helpers import coded_parties, pair
from spacy.tokens import Doc

from dotterel.nlp.manner_by import relabel_manner_by


def _doc(nlp, words, tags, deps, heads) -> Doc:
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)


def test_the_by_phrase_of_an_active_verb_is_relabelled(nlp):
    doc = relabel_manner_by(_doc(nlp, ["Putin", "spoke", "by", "telephone"], ["NNP", "VBD", "IN", "NN"],
                                 ["nsubj", "ROOT", "agent", "pobj"], [1, 1, 1, 2]))
    assert doc[2].dep_ == "prep"


def test_the_doer_of_a_passive_verb_stays_an_agent(nlp):
    doc = relabel_manner_by(_doc(nlp, ["It", "was", "hit", "by", "jets"], ["PRP", "VBD", "VBN", "IN", "NNS"],
                                 ["nsubjpass", "auxpass", "ROOT", "agent", "pobj"], [2, 2, 2, 2, 3]))
    assert doc[3].dep_ == "agent"


def test_a_call_by_telephone_keeps_its_caller_and_callee(coder):
    text = ("Kuwait's emir, Sheikh Sabah al-Ahmad al-Sabah, spoke by telephone with Qatar's emir on Monday "
            "evening and urged him to give mediation a chance, Qatari state media reported.")
    parties = coded_parties(coder, text, "2017-06-06")
    assert parties.count(pair({"KWT"}, {"QAT"})) == 2  # the call and the appeal
