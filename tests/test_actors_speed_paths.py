"""The article pass takes short cuts (units it does not read, words read from arrays); each must give
what the plain reading gives."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dotterel.actors.matching import find_agents, find_names, may_start_match
from dotterel.actors.resolver import (
    HEAD_PRONOUNS,
    NOMINAL,
    NON_HEAD_DEPS,
    RECALLING_HEADS,
    ActorResolver,
    _paragraph_break_indices,
    _phrase_head_indices,
)
from dotterel.config import Settings

# Invented articles: names, agent nouns, pronouns, recalled parties, hyphenated and split names, and
# paragraph breaks the parser may run into one sentence.
ARTICLES = [
    "Turkish warplanes struck Kurdish positions near Afrin on Tuesday. The defence ministry said its jets "
    "hit 20 targets. It denied the claim that civilians died, and they said the two countries would talk.",
    "The U.S.-led coalition and pro-Russian separatists traded fire. Iran-backed militias, which the "
    "Israeli-occupied Golan faces, stayed away.\n\nEthnic Albanians in Kosovo protested. Police fired tear "
    "gas to disperse them.",
    "Kenyan Interior Minister Otieno Wambua, a veteran, visited the border town of Mocimboa da Praia. "
    "Wambua told The Washington Post that he met Mian Hilal Hussain, Pakistan's ambassador to Russia.",
    "Headline about talks\n\nThe UN Security Council met in New York. Both sides rejected the allegations; "
    "the officer said nothing. Doctors Without Borders said its staff left the country.",
    "Hundreds of protesters gathered in the capital \n\n yesterday. Four soldiers were wounded, and the "
    "group behind the attack, Hamas, said it would fight on.",
]


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.from_settings(Settings())


@pytest.fixture(scope="module")
def docs(nlp: Language) -> list[Doc]:
    return [nlp(text) for text in ARTICLES]


def _mentions(mentions) -> list[tuple]:
    return [(m.span.start, m.span.end, m.head.i if m.head is not None else None, m.resolved_by, m.vague,
             [(e.code, e.sector, e.entity_text, e.start, e.end) for e in m.entities]) for m in mentions]


def test_units_left_unread_give_the_mentions_of_a_full_reading(docs, resolver, monkeypatch):
    fast = [_mentions(resolver.find_mentions(doc)) for doc in docs]
    monkeypatch.setattr(resolver, "_may_name", lambda unit, words: True)
    assert fast == [_mentions(resolver.find_mentions(doc)) for doc in docs]
    assert any(fast)


def test_a_unit_left_unread_reads_as_nothing(docs, resolver):
    skipped = 0
    for doc in docs:
        words = [token.lower_ for token in doc]
        for _, unit in resolver._article_units(doc):
            if resolver._may_name(unit, words):
                continue
            skipped += 1
            reading = resolver.read_unit(unit, doc)
            assert not reading.codes and reading.sector is None and not reading.place_codes
            assert reading.person_key is None and reading.pronoun is None and not reading.named
            assert unit.head.lower_ not in RECALLING_HEADS
    assert skipped


def test_a_match_starts_only_where_the_quick_test_allows(docs, resolver):
    lexicon = resolver.lexicon
    for doc in docs:
        words = [token.lower_ for token in doc]
        every = list(range(len(doc)))
        starts = [m.start for m in find_names(every, words, doc, lexicon)]
        starts += [m.start for m in find_agents(every, words, doc, lexicon, set())]
        assert starts
        assert all(may_start_match(i, words, lexicon) for i in starts)


def test_phrase_heads_from_arrays_are_the_tokens_the_rule_names(docs):
    for doc in docs:
        expected = [t.i for t in doc if t.pos_ in NOMINAL and t.dep_ not in NON_HEAD_DEPS
                    and (t.pos_ != "PRON" or t.lower_ in HEAD_PRONOUNS)]
        assert _phrase_head_indices(doc) == expected


def test_paragraph_breaks_from_whitespace_tokens_are_those_of_the_text(docs):
    for doc in docs:
        breaks = _paragraph_break_indices(doc)
        for sentence in doc.sents:
            holds = any(sentence.start <= i < sentence.end for i in breaks)
            assert holds == ("\n\n" in sentence.text)
    assert any("\n\n" in sentence.text for doc in docs for sentence in doc.sents)


def test_words_are_read_again_for_a_retokenised_doc(nlp, resolver):
    doc = nlp("Hamas fighters fired rockets at Sderot.")
    resolver.find_mentions(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    fresh = ActorResolver(resolver.lexicon)
    assert _mentions(resolver.find_mentions(doc)) == _mentions(fresh.find_mentions(doc))
