"""The fast path: only sentences that can hold an event are parsed, into Docs of the whole article."""

from __future__ import annotations

import itertools
import os
from dataclasses import replace

import pytest
from spacy.language import Language

from dotterel.config import Settings
from dotterel.ingest import read_inputs, sample_paths
from dotterel.models import Article
from dotterel.nlp.prefilter import Rule, SentenceFilter, candidate_forms, inflections, irregular_forms
from dotterel.nlp.selective import SelectiveParser
from dotterel.nlp.sentences import sentence_bounds
from dotterel.pipeline import Coder

# Invented text.
ARTICLE = (
    "Mr. Smith arrived in the U.S. capital on Monday. The weather was mild.\n\n"
    "Turkish troops fought Kurdish fighters near the border on Tuesday, officials said. "
    "“We will not stop,” he added.   Markets were calm."
)


@pytest.fixture(scope="module")
def parser(nlp: Language) -> SelectiveParser:
    return SelectiveParser(nlp, SentenceFilter({"fought": (Rule(()),)}), needs_entities=None)


def test_sentences_are_cut_at_full_stops_and_blank_lines_not_at_abbreviations(nlp: Language) -> None:
    doc = nlp.make_doc(ARTICLE)
    texts = [doc[start:end].text.strip() for start, end in sentence_bounds(doc)]
    assert texts == [
        "Mr. Smith arrived in the U.S. capital on Monday.",
        "The weather was mild.",
        "Turkish troops fought Kurdish fighters near the border on Tuesday, officials said.",
        "“We will not stop,” he added.",
        "Markets were calm.",
    ]


def test_sentence_bounds_cover_every_token_once(nlp: Language) -> None:
    doc = nlp.make_doc(ARTICLE + " and no final stop")
    bounds = sentence_bounds(doc)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(doc)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))


def test_the_doc_keeps_the_article_text_and_offsets(parser: SelectiveParser) -> None:
    (doc,) = parser.parse([ARTICLE])
    assert doc.text == ARTICLE
    fought = next(t for t in doc if t.text == "fought")
    assert ARTICLE[fought.idx: fought.idx + len(fought)] == "fought"
    assert [s.text for s in doc.sents][2].startswith("Turkish troops fought")


def test_only_kept_sentences_are_parsed_like_a_full_parse(parser: SelectiveParser, nlp: Language) -> None:
    (doc,) = parser.parse([ARTICLE])
    sentences = list(doc.sents)
    kept = sentences[2]
    alone = nlp(kept.text)
    assert [(t.pos_, t.dep_, t.lemma_, t.head.i - t.i) for t in kept] == [
        (t.pos_, t.dep_, t.lemma_, t.head.i - t.i) for t in alone
    ]
    assert [(e.text, e.label_) for e in kept.ents] == [(e.text, e.label_) for e in alone.ents]
    skipped = sentences[1]
    assert all(t.pos_ == "" and t.dep_ == "" for t in skipped)
    assert [t.lemma_ for t in skipped][:2] == ["the", "weather"]  # unparsed: lower-case forms


def test_entities_only_where_the_check_asks_for_them(nlp: Language) -> None:
    parser = SelectiveParser(nlp, None, needs_entities=lambda sent: "fought" in sent.text)
    (doc,) = parser.parse([ARTICLE])
    sentences = list(doc.sents)
    assert any(e.label_ == "NORP" for e in sentences[2].ents)  # "Turkish", "Kurdish"
    assert not list(sentences[0].ents) and sentences[0][1].pos_ == "PROPN"  # parsed, no entities


def test_inflected_and_irregular_forms_of_trigger_lemmas_pass_the_filter(nlp: Language) -> None:
    assert {"bans", "banned", "banning"} <= inflections("ban")
    assert {"seizes", "seized", "seizing"} <= inflections("seize")
    assert {"denies", "denied"} <= inflections("deny")
    forms = candidate_forms(["fight", "carry out"], irregular_forms(nlp))
    assert {"fought", "fights", "carried"} <= forms


def test_hyphenated_triggers_pass_the_filter_as_the_tokenizer_splits_them(nlp: Language) -> None:
    keep = SentenceFilter.for_lemmas(["sit-in"], nlp).keep
    assert keep(nlp.make_doc("Fishermen staged a sit-in outside the port authority."))
    assert not keep(nlp.make_doc("Fishermen landed a record catch at the port."))


def test_a_rule_needing_an_object_word_keeps_only_sentences_with_it(nlp: Language) -> None:
    finder_like = type("Finder", (), {"lexicon": type("Lex", (), {"entries": [
        type("Entry", (), {"lemmas": frozenset({"take"}), "role": "event", "obj": frozenset({"hostage"}),
                           "particle": None, "mods": None})()]})()})()
    sentence_filter = SentenceFilter.for_finder(finder_like, nlp)
    assert sentence_filter.keep(nlp.make_doc("Gunmen took three hostages."))
    assert not sentence_filter.keep(nlp.make_doc("Talks took three days."))


@pytest.fixture(scope="module")
def sample_articles() -> list[Article]:
    return [r for r in read_inputs(sample_paths()) if isinstance(r, Article)]


def _records(coded: list) -> list[dict]:
    return sorted((e.to_plover() for c in coded for e in c.events), key=lambda e: e["id"])


def test_the_fast_path_codes_the_samples_like_a_full_parse(coder: Coder, nlp: Language,
                                                           sample_articles: list[Article]) -> None:
    full = Coder(Settings(), nlp=nlp, selective=False)
    expected = _records(list(full.code_articles(sample_articles)))
    assert expected
    assert _records(list(coder.code_articles(sample_articles))) == expected


def test_two_worker_processes_code_like_one(coder: Coder, sample_articles: list[Article]) -> None:
    blas_threads = os.environ.get("OPENBLAS_NUM_THREADS")
    pooled = Coder(replace(coder.settings, n_process=2))
    in_order = list(pooled.code_articles(sample_articles))
    assert [c.article.id for c in in_order] == [a.id for a in sample_articles]
    assert _records(in_order) == _records(list(coder.code_articles(sample_articles)))
    assert os.environ.get("OPENBLAS_NUM_THREADS") == blas_threads  # the workers' setting is theirs only


def test_a_sentence_naming_the_person_a_following_he_points_to_is_parsed(coder: Coder) -> None:
    # the first sentence holds no event, but "He" in the next one is the person it names
    text = "Wang Yi spoke on Monday. He criticised Manila."
    result = coder.code_article(Article("t", text, published="2024-03-24"))
    assert [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient]) for e in result.events] == [
        ("ACCUSE", ["CHN"], ["PHL"])]
