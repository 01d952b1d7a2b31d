"""The speed-ups give the answers of the plain spaCy pipeline: same annotations, same lemmas, and a
sentence filter that keeps every sentence a trigger could match in."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, POS, TAG
from spacy.language import Language

from dotterel.bench.equivalence import plain_nlp
from dotterel.config import Settings
from dotterel.nlp.attributes import WRITTEN, MemoAttributeRuler
from dotterel.nlp.lemmas import MemoLemmatizer
from dotterel.nlp.prefilter import SentenceFilter

# Invented text with plurals, irregular verbs, a hyphenated word and names.
TEXT = (
    "Turkish warplanes struck Kurdish positions near Afrin on Tuesday, and the militias fled south. "
    "Two ministers had been meeting their counterparts in Ankara since the cease-fire collapsed. "
    "The wolves' shelters were rebuilt by volunteers; children were playing in the ruined schools."
)


@pytest.fixture(scope="module")
def blis_nlp() -> Language:
    return plain_nlp(Settings().spacy_model)


def test_numpy_matrix_products_give_the_annotations_of_the_plain_model(nlp: Language,
                                                                         blis_nlp: Language) -> None:
    columns = [TAG, POS, DEP, HEAD, LEMMA, ENT_IOB, ENT_TYPE]
    assert (nlp(TEXT).to_array(columns) == blis_nlp(TEXT).to_array(columns)).all()


def test_rule_lemmas_are_those_of_the_spacy_lemmatizer(blis_nlp: Language) -> None:
    fast = plain_nlp(Settings().spacy_model)
    memo = MemoLemmatizer(fast.get_pipe("lemmatizer"))  # its word lists become sets
    expected = [t.lemma_ for t in blis_nlp(TEXT)]
    assert [t.lemma_ for t in fast(TEXT)] == expected
    with fast.select_pipes(disable=["lemmatizer"]):
        doc = fast(TEXT)
    assert [t.lemma_ for t in memo(doc)] == expected


def _entry(lemmas: set[str], pos: str = "verb", obj: set[str] | None = None, subj: set[str] | None = None,
           verdict: set[str] | None = None) -> SimpleNamespace:
    return SimpleNamespace(lemmas=frozenset(lemmas), pos=pos, role="event", particle=None, mods=None,
                           obj=None if obj is None else frozenset(obj),
                           subj=None if subj is None else frozenset(subj),
                           verdict=None if verdict is None else frozenset(verdict))


def _filter(nlp: Language, *entries: SimpleNamespace) -> SentenceFilter:
    return SentenceFilter.for_finder(SimpleNamespace(lexicon=SimpleNamespace(entries=list(entries))), nlp)


def test_noun_triggers_pass_in_their_noun_forms_only(nlp: Language) -> None:
    keep = _filter(nlp, _entry({"war"}, pos="noun"), _entry({"shelter"}, pos="noun")).keep
    assert keep(nlp.make_doc("The wars went on."))
    assert keep(nlp.make_doc("Families found shelters."))
    assert not keep(nlp.make_doc("He was sent to the ward."))  # "war" + "d" is no form of the noun


def test_verb_triggers_pass_in_inflected_and_irregular_forms(nlp: Language) -> None:
    keep = _filter(nlp, _entry({"flee"}), _entry({"ban"})).keep
    assert keep(nlp.make_doc("Thousands fled the city."))
    assert keep(nlp.make_doc("The ministry banned the rally."))
    assert not keep(nlp.make_doc("The ministry met the rally."))


def test_hyphenated_triggers_need_the_whole_word(nlp: Language) -> None:
    keep = _filter(nlp, _entry({"u-turn"}, pos="noun"), _entry({"ceasefire"}, pos="noun")).keep
    assert keep(nlp.make_doc("The government made a U-turn on Monday."))
    assert not keep(nlp.make_doc("US officials spoke on Monday."))  # "U" alone is not the trigger
    assert keep(nlp.make_doc("The cease-fire held."))  # the finder reads "cease-fire" as "ceasefire"


def test_an_entry_taking_any_object_needs_no_object_word(nlp: Language) -> None:
    keep = _filter(nlp, _entry({"repatriate"}, obj={"*"})).keep
    assert keep(nlp.make_doc("The government repatriated them."))



def test_an_entry_needing_a_subject_or_a_verdict_word_keeps_only_sentences_with_it(nlp: Language) -> None:
    keep = _filter(nlp, _entry({"hold"}, subj={"truce"}), _entry({"call"}, verdict={"hero"})).keep
    assert keep(nlp.make_doc("The truce held overnight."))
    assert not keep(nlp.make_doc("Talks were held in Geneva."))
    assert keep(nlp.make_doc("The mayor called the firefighters heroes."))
    assert not keep(nlp.make_doc("The mayor called the firefighters."))


def test_a_multi_word_lemma_needs_all_its_words(nlp: Language) -> None:
    keep = _filter(nlp, _entry({"war game"}, pos="noun")).keep
    assert keep(nlp.make_doc("Both navies began war games in the gulf."))
    assert not keep(nlp.make_doc("The war went on."))


# Two-token rules of the English ruler ("there is", "gon na") next to sentences the memo has seen.
RULER_SENTENCES = [
    "There is no deal yet, the minister said.",
    "The minister said there was no deal.",
    "We are gonna stay here, he said.",
    "The minister said the talks were over.",
    "The minister said the talks were over.",
    "Y'all ain't leaving, the officer shouted.",
    "Protesters marched to the embassy on Friday.",
]


def test_the_memoised_attribute_ruler_gives_the_ruler_s_annotations(blis_nlp: Language) -> None:
    ruler = blis_nlp.get_pipe("attribute_ruler")
    memo = MemoAttributeRuler(ruler)
    with blis_nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = [blis_nlp(text) for text in RULER_SENTENCES * 2]
    for doc in docs:
        expected = ruler(doc.copy()).to_array(WRITTEN)
        assert (memo(doc).to_array(WRITTEN) == expected).all(), doc.text
