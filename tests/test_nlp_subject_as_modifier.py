"""A past verb the parser read as an adjective of its object ("Myanmar's military seized power" as one
noun phrase, "ECOWAS imposed sanctions" with the acronym as the verb) gets its clause back."""

from __future__ import annotations

from party_helpers import coded_parties, pair
from spacy.tokens import Doc

from dotterel.nlp.subject_as_modifier import repair_subject_read_as_modifier


def _doc(nlp, words, tags, deps, heads) -> Doc:
    return Doc(nlp.vocab, words=words, tags=tags, deps=deps, heads=heads)


def test_a_modifier_before_a_past_verb_modifying_the_root_becomes_its_subject(nlp):
    doc = repair_subject_read_as_modifier(_doc(
        nlp, ["Gabon", "'s", "military", "seized", "power", "on", "Monday"],
        ["NNP", "POS", "JJ", "VBD", "NN", "IN", "NNP"],
        ["poss", "case", "amod", "amod", "ROOT", "prep", "pobj"], [4, 0, 4, 4, 4, 4, 5]))
    assert [(t.text, t.dep_, t.head.text) for t in doc if t.dep_ != "case"] == [
        ("Gabon", "poss", "military"), ("military", "nsubj", "seized"), ("seized", "ROOT", "seized"),
        ("power", "dobj", "seized"), ("on", "prep", "seized"), ("Monday", "pobj", "on")]


def test_an_acronym_read_as_the_verb_becomes_the_subject(nlp):
    doc = repair_subject_read_as_modifier(_doc(
        nlp, ["ECOWAS", "imposed", "sanctions", "on", "Niger"], ["VB", "VBN", "NNS", "IN", "NNP"],
        ["ROOT", "amod", "dobj", "prep", "pobj"], [0, 2, 0, 2, 3]))
    assert (doc[0].dep_, doc[0].head.text, doc[0].pos_) == ("nsubj", "imposed", "PROPN")
    assert (doc[1].dep_, doc[2].dep_, doc[3].head.text) == ("ROOT", "dobj", "imposed")


def test_a_participle_modifying_a_noun_that_has_a_subject_is_left_alone(nlp):
    doc = repair_subject_read_as_modifier(_doc(
        nlp, ["Police", "found", "the", "stolen", "car"], ["NNS", "VBD", "DT", "VBN", "NN"],
        ["nsubj", "ROOT", "det", "amod", "dobj"], [1, 1, 4, 4, 1]))
    assert doc[3].dep_ == "amod" and doc[1].dep_ == "ROOT"


def test_a_coup_told_in_the_misread_words_is_coded(coder):
    text = ("Myanmar's military seized power in a coup on Monday, detaining State Counsellor Aung San "
            "Suu Kyi and other leaders of the ruling party.")
    assert pair({"MMR"}, {"MMR"}) in coded_parties(coder, text, "2021-02-01")
