"""Whoever claims an attack did it, when the report of the attack names no attacker. The sentences are
written for these tests."""

from __future__ import annotations

from party_helpers import coded_parties, pair

from dotterel.models import Article

PUBLISHED = "2024-03-14"


def test_a_later_claim_names_the_attacker_of_the_attack_and_is_no_second_attack(coder):
    text = ("Twenty soldiers were killed on Wednesday when gunmen overran an army post in northern Benin. "
            "The al Qaeda-linked group JNIM claimed responsibility for the attack on Thursday.")
    assert coded_parties(coder, text, PUBLISHED) == [pair({"IMG"}, {"BEN"})]


def test_an_attack_claimed_by_a_group_is_the_groups(coder):
    text = ("A suicide bomber killed nine people at a market in Mogadishu on Friday in an attack claimed by "
            "al-Shabaab.")
    assert coded_parties(coder, text, PUBLISHED) == [pair({"IMG"}, {"SOM"})]


def test_attacks_later_claimed_by_a_group_are_the_groups_however_parsed(coder):
    text = ("Gunmen and suicide bombers struck a shopping mall and restaurants across Nairobi on Saturday "
            "night, killing at least 40 people in attacks later claimed by al-Shabaab.")
    assert coded_parties(coder, text, PUBLISHED) == [pair({"IMG"}, {"KEN"})]


def test_no_claim_leaves_the_attacker_unidentified(coder):
    text = ("Gunmen killed five police officers in Quetta on Monday. No group has claimed responsibility "
            "for the attack.")
    found = coded_parties(coder, text, PUBLISHED)
    assert found and all("IMG" not in actors for actors, _ in found)


def test_claiming_an_attack_not_told_before_tells_it(coder):
    text = "The Islamic State group claimed responsibility for an ambush that killed 11 soldiers in Niger."
    assert pair({"IMG"}, {"NER"}) in coded_parties(coder, text, PUBLISHED)


def test_an_attack_that_was_claimed_by_a_group_is_the_groups_and_no_second_attack(coder):
    text = ("A car bombing on Tuesday killed 12 soldiers at a checkpoint in Mogadishu. The attack was "
            "claimed by al-Shabaab.")
    assert coded_parties(coder, text, PUBLISHED) == [pair({"IMG"}, {"SOM"})]


def test_an_attack_noun_as_subject_dates_the_killing(coder):
    text = "A car bombing on March 2 killed 12 soldiers at a checkpoint in Mogadishu."
    (event,) = coder.code_article(Article("t", text, PUBLISHED)).events
    assert (event.event_date, event.aux) == ("2024-03-02", "historical")
