"""Attackers and targets named outside the trigger's own clause, on wire-style sentences written for
these tests. Each test checks the parties of the events found, whatever their category."""

from __future__ import annotations

import pytest
from party_helpers import Parties, coded_parties, pair

from dotterel.models import Article

PUBLISHED = "2024-05-14"


def _parties(coder, text: str) -> list[Parties]:
    return coded_parties(coder, text, PUBLISHED)


# --- the attacker of a passive event ------------------------------------------------------------------

def test_attacker_in_the_when_clause_of_a_passive_killing(coder):
    found = _parties(coder, "Four civilians were killed when Russian drones hit a bus station in Kherson, "
                            "the regional governor said.")
    assert pair({"RUS"}, {"UKR"}) in found


def test_group_in_the_when_clause_is_placed_where_it_attacked(coder):
    events = coder.code_article(Article("attackers", "Six policemen were wounded when gunmen stormed a "
                                        "police post in Kano, a spokesman said.", "2024-05-14")).events
    assert events and all([(e.code, e.entity_text) for e in ev.actor] == [("NGA", "gunmen")]
                          for ev in events)


def test_gunmen_named_by_no_state_belong_where_their_act_lands(coder):
    found = _parties(coder, "Twelve villagers were killed in an attack by gunmen on a village in "
                            "Niger's Tillaberi region, officials said.")
    assert found and all(actors == {"NER"} for actors, _ in found)
    found = _parties(coder, "Gunmen abducted a Turkish engineer working at a cement plant in central Mali "
                            "on Friday.")
    assert pair({"MLI"}, {"TUR"}) in found


def test_gangs_named_by_no_state_belong_to_the_one_state_of_the_sentence(coder):
    found = _parties(coder, "Honduras's congress approved a state of emergency on Monday after gangs killed "
                            "40 people in a single weekend.")
    assert any(actors == {"HND"} for actors, _ in found)


def test_gunmen_in_a_sentence_of_two_states_belong_where_the_article_placed_its_news(coder):
    text = ("Hundreds of tourists were visiting a meadow in Kashmir on Tuesday. India blamed Pakistan on "
            "Wednesday after gunmen killed 26 people.")
    assert pair({"IND"}, {"IND"}) in coded_parties(coder, text, "2025-04-24")


def test_who_fired_the_weapon_named_as_the_agent_of_a_passive(coder):
    found = _parties(coder, "A Kenyan police truck was blown up near Mandera by a roadside bomb believed "
                            "to have been planted by al-Shabaab militants.")
    assert found and all(actors == {"SOM"} or actors == {"IMG"} for actors, _ in found)
    found = _parties(coder, "An Ethiopian convoy was hit near Mekelle by a rocket fired by Eritrean troops.")
    assert pair({"ERI"}, {"ETH"}) in found


def test_a_weapon_with_an_owner_is_the_attacker_of_a_passive(coder):
    found = _parties(coder, "A Ukrainian grain depot was hit by a Russian missile on Monday.")
    assert pair({"RUS"}, {"UKR"}) in found


def test_a_natural_cause_is_no_attacker(coder):
    assert not _parties(coder, "The Turkish village was hit by an earthquake on Monday.")


# --- claimed and blamed acts ---------------------------------------------------------------------------

def test_attack_claimed_by_a_group_in_a_passive(coder):
    found = _parties(coder, "The bombing, which killed eight people at a market in Kandahar, was claimed by "
                            "the Islamic State.")
    assert pair({"IMG"}, {"AFG"}) in found


def test_bomb_claimed_by_a_group_as_a_participle(coder):
    found = _parties(coder, "A roadside bomb claimed by the Islamic State killed four soldiers near Mosul.")
    assert pair({"IMG"}, {"IRQ"}) in found


def test_group_claiming_responsibility_for_a_bombing(coder):
    found = _parties(coder, "The Islamic State claimed responsibility for a bombing that killed 20 "
                            "worshippers at a mosque in Herat.")
    assert pair({"IMG"}, {"AFG"}) in found


def test_an_armed_group_has_no_home_ground_for_unnamed_victims(coder):
    found = _parties(coder, "The Islamic State claimed an attack that killed seven soldiers on Sunday.")
    assert found and not any("IMG" in recipients for _, recipients in found)


# --- where an attack happens ---------------------------------------------------------------------------

def test_result_clause_targets_the_place_of_the_act_it_continues(coder):
    found = _parties(coder, "Emirati-led warplanes hit a market in northern Yemen, killing at least nine "
                            "children, medics said.")
    assert found and all(recipients == {"YEM"} for _, recipients in found)


def test_group_is_placed_where_its_target_is(coder):
    found = _parties(coder, "Iran-aligned militias launched a rocket attack on a U.S. base in Iraq.")
    assert pair({"IRQ"}, {"USA"}) in found


# --- pronouns standing for the party acted on ----------------------------------------------------------

def test_object_of_a_verbless_clause_is_the_party_acted_on(coder):
    found = _parties(coder, "Thailand considers the Cambodian army a professional force.")
    assert found and all(recipients == {"KHM"} for _, recipients in found)


def test_the_weapon_of_an_ordered_strike_is_no_recipient(coder):
    found = _parties(coder, "The Kenyan president ordered a limited missile strike.")
    assert found == [pair({"KEN"}, set())]
    assert _parties(coder, "Kenyan militants fired a guided missile at the base.") == [pair({"KEN"}, set())]


# --- parties named in earlier sentences and domestic acts -----------------------------------------------

def test_them_dispersed_by_police_is_the_group_named_before(coder):
    found = _parties(coder, "Hundreds of students marched through Dhaka on Sunday. "
                            "Riot police fired tear gas to disperse them.")
    assert pair({"BGD"}, {"BGD"}) in found


def test_them_in_a_clause_with_its_own_subject_may_be_the_main_subject(coder):
    found = _parties(coder, "Islamic State fighters fled into the desert, where the Syrian army continues to "
                            "hunt them down.")
    assert pair({"SYR"}, {"IMG"}) in found


def test_rebel_forces_are_not_the_forces_of_another_state_named_before(coder):
    found = _parties(coder, "Turkish forces entered the province on Monday to support rebel forces opposing "
                            "the Syrian regime.")
    assert found and all("TUR" not in recipients for _actors, recipients in found)


def test_rejected_claim_points_to_whoever_made_it(coder):
    found = _parties(coder, "The Armenian defence ministry said Azerbaijani troops had opened fire on its "
                            "positions. Baku rejected the claim.")
    assert pair({"AZE"}, {"ARM"}) in found


def test_a_court_sentences_someone_of_its_own_country(coder):
    found = _parties(coder, "A court in Minsk sentenced the writer Anna Petrova to six years in prison.")
    assert pair({"BLR"}, {"BLR"}) in found


def test_unilateral_ceasefire_announced_as_a_clause_keeps_its_party(coder):
    found = _parties(coder, "Myanmar's junta announced a unilateral ceasefire with the Arakan Army "
                            "to start on Friday.")
    assert any(actors == {"MMR"} and recipients == {"MMR"} for actors, recipients in found)


# --- venues and regional peoples -------------------------------------------------------------------------

def test_party_acted_against_not_the_court_it_is_done_at(coder):
    found = _parties(coder, "Nicaragua filed a case against Germany at the International Court of Justice.")
    assert found and all(recipients == {"DEU"} for _, recipients in found)


def test_venue_of_a_joint_signing_is_no_party(coder):
    found = _parties(coder, "The Sudanese army and the Darfuri armed groups signed a peace "
                            "agreement in Juba.")
    assert found and all("SSD" not in actors | recipients for actors, recipients in found)


def test_people_of_a_region_belong_to_its_state(coder):
    found = _parties(coder, "Tigrayan fighters attacked Eritrean soldiers on Monday.")
    assert pair({"ETH"}, {"ERI"}) in found


def test_capital_at_the_end_of_a_longer_place_name_is_no_party(coder):
    found = _parties(coder, "Mozambican troops recaptured the port of Mocimboa da Praia from insurgents.")
    assert found and all("CPV" not in actors | recipients for actors, recipients in found)


def test_he_after_a_meeting_is_the_subject_who_met(coder):
    found = _parties(coder, "Kenyan President William Ruto met Chinese leader Xi Jinping in Beijing. "
                            "He praised China's investment in Kenyan railways.")
    assert any(actors == {"KEN"} and recipients == {"CHN"} for actors, recipients in found)
    assert not any(actors == {"CHN"} for actors, _ in found)


def test_the_actors_own_soldiers_are_not_the_recipient_of_a_withdrawal(coder):
    found = _parties(coder, "Paris said it would withdraw its soldiers by the end of the year.")
    assert found and not any(recipients == {"FRA"} for _, recipients in found)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # the agent of the attack the victims died in
        ("Nine soldiers were killed in an ambush by Tuareg rebels near Kidal, the army said.", "MLI"),
        # the agent hung on the target of an attack noun
        ("Eleven people died in an attack on a church by Islamist militants in Ituri.", "COD"),
        # unidentified attackers placed through a place phrase on a place ("outside his home in X")
        ("A journalist was shot dead by unidentified gunmen outside his home in Kinshasa on Tuesday, police "
         "said.", "COD"),
        # police named without a country act in the one state the sentence places them in
        ("Police fired tear gas on Saturday to disperse students protesting in Accra against fuel prices.",
         "GHA"),
        # who launched the weapon that struck
        ("Drones launched by Houthi rebels struck an oil terminal in Jizan on Sunday.", "YEM"),
    ],
)
def test_every_event_has_the_attacker_of_the_state_the_sentence_gives(coder, text, state):
    found = _parties(coder, text)
    assert found and all(actors == {state} for actors, _ in found)



def test_fighting_that_broke_out_between_two_forces_is_theirs(coder):
    found = _parties(coder, "Fighting erupted in Bamako on Sunday between Mali's army and a rival army unit.")
    assert any(actors | recipients == {"MLI"} for actors, recipients in found)
    found = _parties(coder, "Clashes broke out on Monday between Kenyan and Somali troops near the border.")
    assert pair({"KEN", "SOM"}, set()) in found


def test_a_place_given_to_the_target_is_where_forces_of_no_state_acted(coder):
    found = _parties(coder, "Soldiers opened fire on hundreds of protesters at the toll gate in Kisumu on "
                            "Tuesday night, killing at least 12 people, witnesses said.")
    assert pair({"KEN"}, {"KEN"}) in found


def test_fire_from_a_weapon_or_by_a_group_is_an_attack_not_a_natural_cause(coder):
    found = _parties(coder, "Mortar fire by separatist fighters hit a school in Bamenda on Friday, "
                            "killing six children.")
    assert any(actors == {"CMR"} for actors, _ in found)
    assert _parties(coder, "A fire killed 30 people in a market in Lagos on Friday.") == []
