"""Actor and recipient from sentence structure (with a tiny stand-in lexicon, see events_helpers)."""

from __future__ import annotations

from events_helpers import code_text, codes, only


def test_active_subject_acts_on_object(nlp):
    event = only(code_text(nlp, "Norwegian troops attacked Chilean positions near the border."), "ASSAULT")
    assert codes(event.actor) == {"NOR"}
    assert event.actor[0].sector == "MIL"
    assert codes(event.recipient) == {"CHL"}


def test_passive_agent_is_the_actor(nlp):
    event = only(code_text(nlp, "Chile was accused by Norway of hiding evidence."), "ACCUSE")
    assert codes(event.actor) == {"NOR"}
    assert codes(event.recipient) == {"CHL"}


def test_possessive_owner_of_event_noun_acts(nlp):
    event = only(code_text(nlp, "Kenya's attack on Peru drew wide criticism."), "ASSAULT")
    assert codes(event.actor) == {"KEN"}
    assert codes(event.recipient) == {"PER"}


def test_object_of_a_non_light_verb_does_not_inherit_its_subject(nlp):
    events = code_text(nlp, "Norway criticized the attack on the Chilean embassy.")
    assert [e.event for e in events] == ["ACCUSE"]


def test_coordinated_subjects_form_one_compound_actor(nlp):
    event = only(code_text(nlp, "Norway and Chile sanctioned Peru."), "SANCTION")
    assert codes(event.actor) == {"NOR", "CHL"}
    assert codes(event.recipient) == {"PER"}
    assert not event.reciprocal


def test_symmetric_verb_with_coordinated_subject_is_reciprocal(nlp):
    event = only(code_text(nlp, "Norway and Kenya met in Geneva."), "CONSULT")
    assert event.reciprocal
    assert codes(event.actor) == {"NOR", "KEN"}
    assert event.recipient == []


def test_reciprocal_wording_puts_every_party_among_actors(nlp):
    event = only(code_text(nlp, "Kenyan troops held drills with Peru."), "COOPERATE")
    assert event.reciprocal
    assert codes(event.actor) == {"KEN", "PER"}
    assert event.recipient == []


def test_light_verb_subject_holds_the_talks(nlp):
    event = only(code_text(nlp, "Chile held talks with Peru in Lima."), "CONSULT")
    assert codes(event.actor) == {"CHL"}
    assert codes(event.recipient) == {"PER"}


def test_object_preposition_names_the_recipient(nlp):
    event = only(code_text(nlp, "Norway signed a trade pact with Chile."), "SUPPORT")
    assert codes(event.recipient) == {"CHL"}


def test_first_person_inside_a_quote_is_the_speaker(nlp):
    text = "“We criticized Chile for the delay,” the Norwegian minister said."
    event = only(code_text(nlp, text), "ACCUSE")
    assert codes(event.actor) == {"NOR"}
    assert codes(event.recipient) == {"CHL"}


def test_relative_clause_subject_is_the_noun_it_modifies(nlp):
    event = only(code_text(nlp, "It was Kenyan police who arrested the Peruvian activists."), "COERCE")
    assert codes(event.actor) == {"KEN"}


def test_event_without_a_coded_actor_is_dropped(nlp):
    assert code_text(nlp, "Unknown gunmen attacked a village near the border.") == []


def test_pronoun_subject_of_a_reported_clause_is_the_speaker(nlp):
    event = only(code_text(nlp, "Norway said it had sanctioned Chile."), "SANCTION")
    assert codes(event.actor) == {"NOR"}
    assert codes(event.recipient) == {"CHL"}


def test_recipient_inside_a_demanded_clause(nlp):
    event = only(code_text(nlp, "Kenya demanded that Peru release the prisoners."), "REQUEST")
    assert codes(event.actor) == {"KEN"}
    assert codes(event.recipient) == {"PER"}


def test_recipient_inside_an_infinitive_complement(nlp):
    event = only(code_text(nlp, "Chile demanded to talk with Vietnam about fishing."), "REQUEST")
    assert codes(event.recipient) == {"VNM"}


def test_unnamed_nationality_of_a_repressed_group_is_the_actors(nlp):
    event = only(code_text(nlp, "Kenyan police arrested rebels on Monday."), "COERCE")
    assert codes(event.recipient) == {"KEN"}
    assert event.recipient[0].sector == "REB"


def test_attack_without_named_target_targets_the_place(nlp):
    event = only(code_text(nlp, "Norwegian troops shelled positions in Chile overnight."), "ASSAULT")
    assert codes(event.recipient) == {"CHL"}


def test_passive_subject_stays_the_subject_of_a_coordinated_verb(nlp):
    events = code_text(nlp, "The Kenyan minister was criticized by Peru and demanded an apology.")
    assert codes(only(events, "ACCUSE").actor) == {"PER"}
    assert codes(only(events, "REQUEST").actor) == {"KEN"}


def test_attack_without_named_attacker_is_by_unidentified_forces_of_the_place(nlp):
    event = only(code_text(nlp, "Two Kenyan soldiers were killed in a bombing in Peru."), "ASSAULT")
    assert [(e.code, e.sector) for e in event.actor] == [("PER", "UAF")]
    assert codes(event.recipient) == {"KEN"}


def test_actor_named_by_sector_only_takes_the_country_where_it_acts(nlp):
    event = only(code_text(nlp, "Police attacked a convoy in Chile on Sunday."), "ASSAULT")
    assert [(e.code, e.sector) for e in event.actor] == [("CHL", "COP")]


def test_travelling_for_talks_makes_the_traveller_the_actor(nlp):
    event = only(code_text(nlp, "Norwegian officials traveled to Santiago for talks."), "CONSULT")
    assert codes(event.actor) == {"NOR"}
    assert codes(event.recipient) == {"CHL"}


def test_willing_to_act_is_the_subjects_intention(nlp):
    event = only(code_text(nlp, "Peru says it is willing to attack Chile."), "THREATEN")
    assert codes(event.actor) == {"PER"}
    assert codes(event.recipient) == {"CHL"}


def test_receiver_is_the_recipient_and_the_giver_acts(nlp):
    event = only(code_text(nlp, "Kenyan rebels received weapons from Peru."), "AID")
    assert codes(event.actor) == {"PER"}
    assert codes(event.recipient) == {"KEN"}


def test_noun_modified_by_a_passive_participle_suffered_the_event(nlp):
    event = only(code_text(nlp, "There were ten Chilean soldiers killed by Peru yesterday."), "ASSAULT")
    assert codes(event.actor) == {"PER"}
    assert codes(event.recipient) == {"CHL"}


def test_purpose_of_a_passive_verb_is_done_by_its_subject(nlp):
    event = only(code_text(nlp, "Kenyan troops were sent by Norway to attack Chile."), "ASSAULT")
    assert codes(event.actor) == {"KEN"}
    assert codes(event.recipient) == {"CHL"}


def test_actors_own_forces_are_not_the_recipient(nlp):
    event = only(code_text(nlp, "Peru will withdraw Peruvian troops from Chile."), "CONCEDE")
    assert codes(event.actor) == {"PER"}
    assert codes(event.recipient) == {"CHL"}


def test_threat_targets_the_subject_of_its_condition(nlp):
    event = only(code_text(nlp, "Norway threatened to leave the talks unless Chile paid."), "THREATEN")
    assert codes(event.recipient) == {"CHL"}


def test_protest_targets_the_owner_in_its_purpose_clause(nlp):
    event = only(code_text(nlp, "Kenyan students marched to protest against Peru's decision."), "PROTEST")
    assert codes(event.actor) == {"KEN"}
    assert codes(event.recipient) == {"PER"}


def test_stance_participle_subject_is_the_actor(nlp):
    event = only(code_text(nlp, "Norway is opposed to Chilean mediation in the dispute."), "REJECT")
    assert codes(event.actor) == {"NOR"}
    assert codes(event.recipient) == {"CHL"}


def test_complaint_targets_what_it_is_about_not_its_addressee(nlp):
    event = only(code_text(nlp, "Chile complained to Norway about Peruvian fishing raids."), "ACCUSE")
    assert codes(event.recipient) == {"PER"}


def test_unnamed_attacker_takes_the_country_of_a_complex_place_preposition(nlp):
    text = "Two Kenyan soldiers were killed by a roadside bomb outside of Santiago."
    event = only(code_text(nlp, text), "ASSAULT")
    assert codes(event.actor) == {"CHL"}
    assert event.actor[0].sector == "UAF"
    assert codes(event.recipient) == {"KEN"}


def test_unnamed_attacker_takes_the_place_of_the_weapon_that_is_the_subject(nlp):
    event = only(code_text(nlp, "A car bomb near Nairobi killed three Peruvian soldiers."), "ASSAULT")
    assert codes(event.actor) == {"KEN"}
    assert codes(event.recipient) == {"PER"}


def test_attack_as_the_topic_of_a_feeling_is_not_an_event(nlp):
    assert not code_text(nlp, "The Kenyan minister expressed sorrow for the deadly attack in Santiago.")
    events = code_text(nlp, "The Kenyan envoy wrote a long letter about the attack in Santiago.")
    assert "ASSAULT" not in [e.event for e in events]


def test_attack_as_the_circumstance_of_a_death_is_an_event(nlp):
    event = only(code_text(nlp, "Two Kenyan soldiers died in an attack in Santiago."), "ASSAULT")
    assert codes(event.actor) == {"CHL"}


def test_party_claiming_another_attacked_accuses_it_and_the_claim_is_set_aside(nlp):
    events = code_text(nlp, "Kenya claimed that Norwegian troops had attacked a border post.")
    accusation = only(events, "ACCUSE")
    assert codes(accusation.actor) == {"KEN"}
    assert codes(accusation.recipient) == {"NOR"}
    assert only(events, "ASSAULT").aux == "hypothetical"


def test_completed_attack_reported_by_a_plain_speech_verb_is_an_event_of_record(nlp):
    text = "Peruvian officials said Chilean troops had shelled a police post near the river."
    events = code_text(nlp, text)
    assert [e.event for e in events] == ["ASSAULT"]
    event = only(events, "ASSAULT")
    assert codes(event.actor) == {"CHL"}
    assert event.aux is None


def test_attack_with_no_concrete_target_reported_by_a_speaker_stays_its_claim(nlp):
    events = code_text(nlp, "Peru said that Chile had attacked itself.")
    assert codes(only(events, "ACCUSE").recipient) == {"CHL"}
    assert only(events, "ASSAULT").aux == "hypothetical"


def test_saying_a_party_was_responsible_for_an_attack_accuses_it(nlp):
    for text in ["Kenya said Norway was responsible for the attack on the border post.",
                 "The Kenyan president said it was likely that Norway was responsible for the attack."]:
        events = code_text(nlp, text)
        accusation = only(events, "ACCUSE")
        assert (codes(accusation.actor), codes(accusation.recipient)) == ({"KEN"}, {"NOR"})
        assert only(events, "ASSAULT").aux == "hypothetical"


def test_claim_about_an_attack_from_a_place_accuses_that_place(nlp):
    events = code_text(nlp, "The Peruvian government said a border town was shelled from Chile overnight.")
    accusation = only(events, "ACCUSE")
    assert codes(accusation.actor) == {"PER"}
    assert codes(accusation.recipient) == {"CHL"}


def test_trailing_attribution_reports_the_event_itself(nlp):
    events = code_text(nlp, "Norwegian troops attacked a border post on Monday, Kenyan officials said.")
    assert [e.event for e in events] == ["ASSAULT"]
    assert only(events, "ASSAULT").aux is None


def test_speaker_reporting_its_own_attack_is_not_accusing(nlp):
    events = code_text(nlp, "Kenya said its troops had attacked rebel positions in Peru.")
    assert [e.event for e in events] == ["ASSAULT"]
    assert codes(only(events, "ASSAULT").actor) == {"KEN"}


def test_recipient_found_deep_inside_the_object_phrase(nlp):
    text = "Kenya criticized the new rules on fishing quotas for Peruvian trawlers."
    event = only(code_text(nlp, text), "ACCUSE")
    assert codes(event.actor) == {"KEN"}
    assert codes(event.recipient) == {"PER"}


def test_background_phrase_does_not_supply_the_recipient(nlp):
    events = code_text(nlp, "Kenya criticized the budget plan despite strong pressure from Chile.")
    assert all("CHL" not in codes(e.recipient) for e in events)


def test_party_named_only_through_an_owner_phrase(nlp):
    event = only(code_text(nlp, "Opponents of the Kenyan government marched through the capital."), "PROTEST")
    assert codes(event.actor) == {"KEN"}


def test_unnamed_official_belongs_to_the_only_country_of_the_sentence(nlp):
    event = only(code_text(nlp, "Minister Otieno accused Kenyan businessmen of smuggling gold."), "ACCUSE")
    assert codes(event.actor) == {"KEN"}
    assert event.actor[0].sector == "GOV"


def test_unnamed_official_stays_unknown_when_two_countries_are_named(nlp):
    events = code_text(nlp, "Minister Otieno accused Kenyan businessmen of smuggling gold into Peru.")
    assert "ACCUSE" not in [e.event for e in events]


def test_unnamed_body_is_not_given_the_only_country_of_the_sentence(nlp):
    text = "The government expressed deep gratitude and accused Kenyan businessmen of fraud."
    events = code_text(nlp, text)
    assert "ACCUSE" not in [e.event for e in events]


def test_unnamed_party_deep_in_the_object_is_of_the_country_in_focus(nlp):
    event = only(code_text(nlp, "Kenya criticized a fresh appeal from the rebels for a truce."), "ACCUSE")
    assert codes(event.recipient) == {"KEN"}
    assert event.recipient[0].sector == "REB"


def test_criticised_act_targets_its_owner_not_its_victim(nlp):
    events = code_text(nlp, "Kenya sharply criticized Norway's new restrictions on Peruvian imports.")
    assert codes(only(events, "ACCUSE").recipient) == {"NOR"}


def test_guest_of_a_host_is_the_visiting_actor(nlp):
    text = "Kenya hosted the Peruvian foreign minister in Nairobi on Monday."
    event = only(code_text(nlp, text), "CONSULT")
    assert codes(event.actor) == {"PER"}
    assert codes(event.recipient) == {"KEN"}


def test_host_of_a_meeting_without_a_guest_object_keeps_acting(nlp):
    event = only(code_text(nlp, "Kenya hosted a regional summit with Peru."), "CONSULT")
    assert codes(event.actor) == {"KEN"}


def test_two_forces_of_one_country_fighting_battles_both_act(nlp):
    text = "Norwegian troops and Norwegian rebels fought fierce battles near the capital."
    event = only(code_text(nlp, text), "ASSAULT")
    assert event.reciprocal
    assert {(e.code, e.sector) for e in event.actor} == {("NOR", "MIL"), ("NOR", "REB")}
    assert event.recipient == []


def test_parties_a_mediator_offers_to_stand_between_are_recipients(nlp):
    text = "Kenya offered on Friday to mediate between the Chilean army and Peruvian rebels."
    event = only(code_text(nlp, text), "AGREE")
    assert codes(event.actor) == {"KEN"}
    assert codes(event.recipient) == {"CHL", "PER"}


def test_agent_of_a_participle_on_the_object_owns_the_rejected_thing(nlp):
    event = only(code_text(nlp, "Norway rejected a plan put forward by Chilean diplomats."), "REJECT")
    assert codes(event.actor) == {"NOR"}
    assert codes(event.recipient) == {"CHL"}


def test_party_named_in_the_topic_of_a_discussion_is_not_its_recipient(nlp):
    events = code_text(nlp, "Kenyan officials held talks in Geneva on fuel supplies for Peru.")
    assert not any("PER" in codes(e.recipient) for e in events)


def test_unnamed_group_freed_by_a_clause_on_the_object_belongs_to_the_actor_country(nlp):
    text = "The Kenyan government announced a pardon that freed jailed protesters."
    event = only(code_text(nlp, text), "CONCEDE")
    assert codes(event.actor) == {"KEN"}
    assert [(e.code, e.sector) for e in event.recipient] == [("KEN", "CVL")]


def test_unnamed_author_of_a_rejected_plan_belongs_to_the_actor_country(nlp):
    event = only(code_text(nlp, "The Kenyan minister rejected a plan drawn up by the police."), "REJECT")
    assert [(e.code, e.sector) for e in event.recipient] == [("KEN", "COP")]


def test_event_noun_as_subject_acts_on_the_object_of_its_verb(nlp):
    text = "An attack by Norwegian rebels destroyed a Chilean ferry near the coast."
    event = only(code_text(nlp, text), "ASSAULT")
    assert codes(event.actor) == {"NOR"}
    assert codes(event.recipient) == {"CHL"}



def test_unnamed_group_named_as_the_place_of_an_event_is_not_its_recipient(nlp):
    event = only(code_text(nlp, "Kenyan troops withdrew from a camp near the protesters."), "RETREAT")
    assert codes(event.actor) == {"KEN"}
    assert event.recipient == []


def test_thing_moved_to_a_named_party_is_not_a_recipient_beside_it(nlp):
    event = only(code_text(nlp, "Norway extradited a Chilean suspect to Peru on Monday."), "COOPERATE")
    assert codes(event.actor) == {"NOR"}
    assert codes(event.recipient) == {"PER"}


def test_attack_at_home_with_no_named_target_targets_the_own_country(nlp):
    event = only(code_text(nlp, "Chilean rebels attacked a school in Chile on Monday."), "ASSAULT")
    assert codes(event.actor) == {"CHL"}
    assert codes(event.recipient) == {"CHL"}


def test_meeting_at_home_with_no_named_guest_has_no_recipient(nlp):
    events = code_text(nlp, "The Chilean minister talked to reporters in Chile on Monday.")
    assert not any("CHL" in codes(e.recipient) for e in events)


def test_a_place_in_a_relative_clause_does_not_name_the_owner_of_a_phrase(nlp):
    text = "The parents of a Chilean soldier who was jailed in Kenya accused Norway of lying."
    event = only(code_text(nlp, text), "ACCUSE")
    assert codes(event.actor) == {"CHL"}
    assert codes(event.recipient) == {"NOR"}



def test_an_act_of_force_as_subject_is_done_by_its_agent_to_its_target(nlp):
    text = "An ambush by Norwegian troops on a police post in Kenya killed 12 officers."
    event = only(code_text(nlp, text), "ASSAULT")
    assert codes(event.actor) == {"NOR"}
    assert codes(event.recipient) == {"KEN"}

