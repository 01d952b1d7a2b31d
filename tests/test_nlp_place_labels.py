"""Country names the small English model mislabels are read as places, so that rules asking for a
place ("troops left [a place]") still find the event."""

from __future__ import annotations

from party_helpers import coded_parties, pair
from spacy.tokens import Doc

from dotterel.nlp.place_labels import PlaceLabels

LABELS = PlaceLabels([("niger",), ("mozambique",), ("jordan",), ("sierra", "leone")], [("gao",), ("bamako",)])


def _doc(nlp, tagged: str) -> Doc:
    """A Doc from "word/POS" or "word/POS/ENTITY-IOB" items."""
    items = [item.split("/") for item in tagged.split()]
    return Doc(nlp.vocab, words=[i[0] for i in items], pos=[i[1] for i in items],
               ents=[i[2] if len(i) > 2 else "O" for i in items])


def _entities(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_a_country_labelled_as_a_person_becomes_a_place(nlp):
    doc = LABELS(_doc(nlp, "Troops/NOUN left/VERB Niger/PROPN/B-PERSON ./PUNCT"))
    assert _entities(doc) == [("Niger", "GPE")]


def test_a_country_outside_any_entity_becomes_a_place(nlp):
    doc = LABELS(_doc(nlp, "Aid/NOUN reached/VERB Sierra/PROPN Leone/PROPN ./PUNCT"))
    assert _entities(doc) == [("Sierra Leone", "GPE")]


def test_a_longer_name_holding_a_country_is_left_alone(nlp):
    doc = LABELS(_doc(nlp, "Michael/PROPN/B-PERSON Jordan/PROPN/I-PERSON met/VERB fans/NOUN ./PUNCT"))
    assert _entities(doc) == [("Michael Jordan", "PERSON")]


def _parsed(nlp, text: str) -> Doc:
    return LABELS(nlp(text))


def test_a_city_after_a_place_preposition_becomes_a_place(nlp):
    # the small model labels Bamako an ORG and Gao a PERSON here
    assert ("Bamako", "GPE") in _entities(_parsed(nlp, "Two hundred soldiers arrived in Bamako on Monday."))
    assert ("Gao", "GPE") in _entities(_parsed(nlp, "The convoy drove from Bamako to Gao on Monday."))


def test_a_city_name_elsewhere_may_be_a_person(nlp):
    assert ("Gao", "GPE") not in _entities(_parsed(nlp, "Mr Gao said the talks had failed."))


def test_a_lower_case_word_is_no_country(nlp):
    doc = LABELS(_doc(nlp, "They/PRON crossed/VERB the/DET niger/PROPN ./PUNCT"))
    assert _entities(doc) == []


def test_soldiers_leaving_a_country_the_model_calls_a_person_withdraw_from_it(coder):
    # the small model labels "Niger" and "Mali" here as PERSON
    assert coded_parties(coder, "The last French soldiers left Niger on Friday.", "2023-12-24") == [
        pair({"FRA"}, {"NER"})]
    assert coded_parties(coder, "French troops left Mali on Friday.", "2022-08-17") == [
        pair({"FRA"}, {"MLI"})]


def test_soldiers_arriving_in_a_capital_the_model_calls_an_organisation_deploy_there(coder):
    # the small model labels "Bamako" here as ORG
    text = "Two hundred Chadian soldiers arrived in Bamako on Monday."
    assert coded_parties(coder, text, "2024-03-10") == [pair({"TCD"}, {"MLI"})]
