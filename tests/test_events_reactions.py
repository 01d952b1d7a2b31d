"""A denunciation, welcome or rebuff of an act named only by its deed ("condemned the raid") is aimed
at whoever did it earlier in the article. The sentences are written for these tests."""

from __future__ import annotations

from party_helpers import coded_parties, pair

from dotterel.models import Article

PUBLISHED = "2024-03-14"


def test_a_denounced_raid_is_aimed_at_the_raiders(coder):
    text = ("Ecuadorean police raided the Mexican embassy in Quito on Friday. Mexico's president called "
            "the raid an authoritarian act.")
    assert pair({"MEX"}, {"ECU"}) in coded_parties(coder, text, PUBLISHED)


def test_a_welcomed_release_is_aimed_at_who_released(coder):
    text = ("Nicaragua freed 222 political prisoners on Thursday. The U.S. State Department welcomed the "
            "release.")
    assert pair({"USA"}, {"NIC"}) in coded_parties(coder, text, PUBLISHED)


def test_a_union_condemning_its_governments_decision_reacts_to_the_other_side(coder):
    text = ("Guinea's military authorities withdrew the licences of three radio stations on Tuesday. The "
            "country's main journalists' union condemned the decision.")
    assert pair({"GIN"}, {"GIN"}) in coded_parties(coder, text, PUBLISHED)


def test_a_state_defending_its_own_move_reacts_to_no_one_else(coder):
    text = "Turkish jets struck Kurdish positions in Syria on Monday. Ankara defended the move."
    assert pair({"TUR"}, set()) in coded_parties(coder, text, PUBLISHED)


def test_a_reaction_to_an_act_not_coded_as_an_event_answers_who_did_it_just_before(coder):
    text = "Kenya's parliament debated the finance bill on Tuesday. Uganda welcomed the move."
    assert coded_parties(coder, text, PUBLISHED) == [pair({"UGA"}, {"KEN"})]
    text = ("Togo's election commission on Monday upheld its decision to bar the main opposition Alliance "
            "Party from next month's election. The party called the ruling politically motivated.")
    assert pair({"TGO"}, {"TGO"}) in coded_parties(coder, text, PUBLISHED)


def test_a_reaction_by_the_same_state_to_an_uncoded_act_names_no_recipient(coder):
    text = "Kenya's parliament debated the finance bill on Tuesday. Kenya's president welcomed the move."
    assert coded_parties(coder, text, PUBLISHED) == [pair({"KEN"}, set())]


def test_a_report_the_sentence_calls_an_allegation_is_the_speakers_accusation(coder):
    text = ("Kenya said on Tuesday that Ugandan troops had opened fire on its border posts near Busia, "
            "killing two soldiers, an allegation Kampala denied.")
    found = coded_parties(coder, text, PUBLISHED)
    assert pair({"KEN"}, {"UGA"}) in found  # the accusation
    assert pair({"UGA"}, {"KEN"}) in found  # the denial answers it


def test_a_demand_for_a_release_is_aimed_at_the_captors(coder):
    text = ("Ugandan police arrested dozens of opposition supporters on Monday. The United States called for "
            "the detainees' immediate release.")
    assert pair({"USA"}, {"UGA"}) in coded_parties(coder, text, PUBLISHED)


def test_a_party_carried_from_another_sentence_has_no_offsets_into_this_one(coder):
    from dotterel.models import Article

    text = ("Ecuadorean police raided the Mexican embassy in Quito on Friday. Mexico's president called "
            "the raid an authoritarian act.")
    events = coder.code_article(Article("carried", text, PUBLISHED)).events
    accusation = next(e for e in events if e.event == "ACCUSE")
    assert [(e.code, e.start) for e in accusation.recipient] == [("ECU", None)]
    assert all(text[e.start:e.end] == e.entity_text for ev in events for e in ev.actor + ev.recipient
               if e.start is not None)


def test_a_condemned_meeting_is_aimed_at_both_sides_of_it(coder):
    text = ("Kosovo's president met Albania's prime minister in Tirana on Monday. Serbia's foreign ministry "
            "condemned the meeting.")
    assert pair({"SRB"}, {"KOS", "ALB"}) in coded_parties(coder, text, PUBLISHED)


def test_a_demand_for_release_is_aimed_at_the_captor_told_further_back(coder):
    text = ("Guinean soldiers detained the president on Monday. The junta declared a curfew in Conakry. "
            "Phone lines were cut across the country. The UN condemned the detention, its spokesman said. "
            "France and Ghana called for the release of those detained.")
    assert pair({"FRA", "GHA"}, {"GIN"}) in coded_parties(coder, text, PUBLISHED)


def test_a_condemned_act_is_aimed_at_its_doers_not_at_a_party_the_verdict_names(coder):
    text = ("Ethiopian troops shelled the Somali border town of Dolow on Friday. Kenya condemned the "
            "shelling as a violation of Somalia's sovereignty.")
    assert pair({"KEN"}, {"ETH"}) in coded_parties(coder, text, PUBLISHED)


def test_a_protest_held_to_denounce_an_act_is_aimed_at_its_doers(coder):
    text = ("Ethiopian jets bombed rebel camps in Somalia on Friday. Thousands of people rallied in "
            "Mogadishu after Friday prayers to denounce the strikes.")
    assert pair({"SOM"}, {"ETH"}) in coded_parties(coder, text, PUBLISHED)


def test_a_reaction_naming_its_act_answers_it_however_far_back_it_was_told(coder):
    text = ("Peru's president resigned on Sunday after weeks of protests. Crowds celebrated in the "
            "streets of Lima. Shops reopened in the capital. Congress met on Monday. Chile welcomed the "
            "resignation.")
    assert pair({"CHL"}, {"PER"}) in coded_parties(coder, text, PUBLISHED)


def test_the_move_condemned_paragraphs_later_is_the_story_s_lead_act_not_the_last_reaction(coder):
    text = ("Belarus barred eight Polish officials from entering its territory on Friday. The EU condemned"
            " the ban in the strongest terms. Lithuania's foreign minister called the move completely"
            " unacceptable.")
    found = coded_parties(coder, text, PUBLISHED)
    assert pair({"LTU"}, {"BLR"}) in found
    assert pair({"LTU"}, {"EUR"}) not in found


def test_a_statement_condemning_an_act_is_its_speakers_reaction(coder):
    text = ("Belarus barred eight Polish officials from entering its territory on Friday. Polish Prime"
            " Minister Donald Tusk said in a statement condemning the ban that Warsaw would respond.")
    assert pair({"POL"}, {"BLR"}) in coded_parties(coder, text, PUBLISHED)


def test_a_condemned_attack_answers_the_attacker_not_a_later_crackdown(coder):
    text = ("Russian forces invaded Ukraine before dawn on Thursday. President Vladimir Putin warned other "
            "countries not to interfere. Ukraine's president declared martial law and cut ties with "
            "Moscow. NATO's secretary-general condemned the unprovoked attack.")
    parties = coded_parties(coder, text, "2022-02-24")
    assert pair({"IGO"}, {"RUS"}) in parties and pair({"IGO"}, {"UKR"}) not in parties



def test_a_leader_condemning_unrest_answers_the_crowd_that_rioted(coder):
    text = ("Protesters stormed the parliament in Nairobi on Tuesday and set part of it on fire. "
            "The president called the unrest treasonous.")
    events = coder.code_article(Article("unrest", text, "2024-06-26")).events
    assert [[e.code for e in ev.recipient] for ev in events if ev.event == "ACCUSE"] == [["KEN"]]


def test_a_deed_judged_in_a_relative_clause_is_aimed_at_who_did_it(coder):
    text = ("Israeli jets struck targets near Damascus on Sunday. Syria asked for a meeting of the Security "
            "Council to discuss the raids, which its foreign ministry called a flagrant aggression.")
    assert pair({"SYR"}, {"ISR"}) in coded_parties(coder, text, PUBLISHED)


def test_a_condemned_coup_answers_the_soldiers_not_the_sanctions_told_since(coder):
    text = ("Soldiers detained President Mohamed Bazoum in Niamey on Wednesday. ECOWAS closed its borders "
            "with Niger on Sunday and froze its assets. The UN chief condemned the coup.")
    parties = coded_parties(coder, text, PUBLISHED)
    assert pair({"UNO"}, {"NER"}) in parties and pair({"UNO"}, {"IGO"}) not in parties


def test_a_move_another_party_dismissed_is_aimed_at_who_made_it(coder):
    text = "Nepal published a new political map on Saturday, a move India dismissed as untenable."
    assert coded_parties(coder, text, PUBLISHED) == [pair({"IND"}, {"NPL"})]


def test_rejected_sanctions_answer_who_imposed_them(coder):
    text = ("The European Union imposed sanctions on Belarusian officials on Monday. Minsk rejected the "
            "sanctions as illegal.")
    assert pair({"BLR"}, {"EUR"}) in coded_parties(coder, text, PUBLISHED)


def test_the_bloc_coordinated_with_a_state_is_still_the_bloc(coder):
    text = ("The EU imposed sanctions on four Russian officials on Monday. Russia banned food imports from "
            "the bloc and the United States.")
    assert pair({"RUS"}, {"EUR", "USA"}) in coded_parties(coder, text, PUBLISHED)


def test_a_slogan_chanted_by_some_of_the_crowd_names_the_target(coder):
    # the parser hangs "some waving ... and chanting" on the subject, past the verb
    text = ("Thousands of junta supporters rallied in Bamako on Friday, some waving Russian flags and "
            'chanting "Down with France".')
    assert coded_parties(coder, text, PUBLISHED) == [pair({"MLI"}, {"FRA"})]
