"""Who did it to whom, with the full actor lexicon and event coder: one sentence per mechanism.

The sentences are written for these tests. Each test checks the parties of the event the sentence
reports (whatever its category), so the trigger lexicon can change without touching these tests.
"""

from __future__ import annotations

import pytest
from party_helpers import Parties, coded_parties, pair

from dotterel.models import Article

PUBLISHED = "2024-05-02"


def _parties(coder, text: str) -> list[Parties]:
    return coded_parties(coder, text, PUBLISHED)


# --- who the actor is --------------------------------------------------------------------------------

def test_who_acts_in_a_by_gerund_is_the_subject_not_the_object(coder):
    found = _parties(coder, "By shelling Kharkiv on Monday, Russia angered Washington.")
    assert found and found[0][0] == frozenset({"RUS"})
    # but "accused X of attacking": X attacks
    assert pair({"UKR"}, {"RUS"}) in _parties(coder, "Kyiv accused Moscow of shelling Kharkiv.")


def test_who_speeds_up_or_completes_an_act_does_it(coder):
    found = _parties(coder, "Kenya speeded up the withdrawal of the peacekeepers from Somalia on Monday.")
    assert found and found[0][0] == frozenset({"KEN"})


def test_forces_drilling_near_a_border_face_the_state_across_it(coder):
    # the parser hangs "near the border" on "involving", two levels below the exercises
    found = _parties(coder, "Uganda's army began large-scale exercises involving 8,000 troops near the "
                            "border with South Sudan on Monday.")
    assert pair({"UGA"}, {"SSD"}) in found


def test_a_warning_of_the_speakers_own_measure_is_aimed_at_whom_the_measure_hits(coder):
    found = _parties(coder, "Kenya warned on Monday that it would impose travel bans on any Somali official "
                            "who obstructs the vote.")
    assert pair({"KEN"}, {"SOM"}) in found


def test_what_shared_intelligence_is_about_is_no_party_to_it(coder):
    found = _parties(coder, "Kenyan and Ugandan police have begun sharing information on Ethiopian "
                            "smugglers.")
    assert found and all("ETH" not in actors | recipients for actors, recipients in found)


def test_migrants_rescued_by_a_state_are_not_taken_for_its_own_people(coder):
    found = _parties(coder, "The Italian coastguard rescued 300 migrants off Lampedusa on Sunday.")
    assert found and all("ITA" not in recipients for _, recipients in found)


def test_who_backs_an_attacker_is_not_its_target(coder):
    found = _parties(coder, "Kenyan forces continue to pound the area, backed by Ugandan and Rwandan allies.")
    assert found == [pair({"KEN"}, set())]


def test_a_city_before_an_event_noun_is_where_it_happens_not_who_acts(coder):
    found = _parties(coder, "The Nairobi talks were marked by anger from the rebels.")
    assert not any("KEN" in actors for actors, _ in found)
    found = _parties(coder, "The Idlib offensive killed hundreds of civilians.")
    assert not any("SYR" in actors for actors, _ in found)
    assert pair({"RUS"}, {"SYR"}) in _parties(coder, "Russian strikes killed ten people in Idlib.")


def test_a_threat_is_aimed_at_whom_it_threatens_to_act_on(coder):
    found = _parties(coder, "The Kenyan president vowed to crush the protesters.")
    assert found == [pair({"KEN"}, {"KEN"})]


def test_who_left_for_a_country_to_join_a_group_joins_it(coder):
    # the destination is no actor, and the relative clause that tells the act names whom it is done to
    found = _parties(coder, "The Kenyan militant, who left for Somalia to join Isis in 2019, was arrested.")
    assert pair({"KEN"}, {"IMG"}) in found
    assert not any("SOM" in actors for actors, _ in found)


def test_ethnic_group_is_placed_where_it_lives(coder):
    found = _parties(coder, "Thousands of ethnic Hungarians rallied in Cluj on Sunday.")
    assert pair({"ROU"}, {"ROU"}) in found


def test_ethnic_group_placed_nowhere_keeps_the_state_of_its_name(coder):
    found = _parties(coder, "Hundreds of ethnic Uzbeks staged a hunger strike against the eviction order.")
    assert any(actors == {"UZB"} for actors, _ in found)


def test_organisation_inside_a_longer_title_is_still_the_organisation(coder):
    found = _parties(coder, "Jonas Berg, the United Nations Humanitarian Coordinator for Yemen, "
                            "condemned the Houthi attack on the port.")
    assert any(actors == {"UNO"} for actors, _ in found)


def test_state_leading_a_coalition_written_as_one_token_is_the_party(coder):
    found = _parties(coder, "Turkey demanded the withdrawal of U.S.-led forces from northern Syria.")
    assert pair({"TUR"}, {"USA"}) in found


def test_state_owning_a_ship_written_as_one_token_is_the_party(coder):
    found = _parties(coder, "Houthi rebels struck a U.S.-owned bulk carrier with an anti-ship missile.")
    assert pair({"YEM"}, {"USA"}) in found


def test_occupied_territory_is_not_the_occupier(coder):
    found = _parties(coder, "Residents of the Israeli-occupied Golan Heights protested against the "
                            "new wind farm.")
    assert not any("ISR" in actors for actors, _ in found)


# --- who the recipient is ----------------------------------------------------------------------------

def test_named_official_of_the_only_country_in_the_sentence(coder):
    found = _parties(coder, "Malian rebels said they would release Governor Moussa Diarra on Sunday.")
    assert pair({"MLI"}, {"MLI"}) in found


def test_group_of_the_actors_own_country_in_a_phrase_of_the_predicate(coder):
    found = _parties(coder, "The Kenyan government reneged on its pledge to Kenyan farmers to cut fertiliser "
                            "prices.")
    assert pair({"KEN"}, {"KEN"}) in found


def test_threatened_measure_at_a_home_place_targets_the_own_country(coder):
    found = _parties(coder, "The Peruvian president threatened to impose a state of emergency in Lima.")
    assert pair({"PER"}, {"PER"}) in found


def test_target_of_force_named_in_a_purpose_clause(coder):
    found = _parties(coder, "Bolivian police fired rubber bullets to disperse striking miners.")
    assert pair({"BOL"}, {"BOL"}) in found


def test_joint_protest_still_has_a_target_place(coder):
    found = _parties(coder, "Danish and Swedish activists staged a protest in Moscow on Friday.")
    assert pair({"DNK", "SWE"}, {"RUS"}) in found


def test_object_the_parser_left_stranded_after_to(coder):
    found = _parties(coder, "Peru granted asylum to four Bolivian army officers holed up in a hotel.")
    assert pair({"PER"}, {"BOL"}) in found


def test_trailing_attribution_is_not_a_second_victim(coder):
    found = _parties(coder, "Kenyan police beat Somali refugees with batons, a human rights organization "
                            "charged on Sunday.")
    assert pair({"KEN"}, {"SOM"}) in found


def test_coordinated_demonyms_on_a_counted_noun_are_all_recipients(coder):
    found = _parties(coder, "Police in Ghana have tortured scores of Sierra Leonean and Guinean refugees.")
    assert pair({"GHA"}, {"SLE", "GIN"}) in found


def test_helper_named_with_help_is_no_recipient(coder):
    found = _parties(coder, "The Spanish navy seized a drug boat off Morocco with Portugal's help.")
    assert not any("PRT" in recipients for _, recipients in found)


def test_withdrawal_of_forces_from_a_place_is_asked_of_the_forces(coder):
    found = _parties(coder, "Iran demanded the withdrawal of American forces from Iraq.")
    assert pair({"IRN"}, {"USA"}) in found


def test_actors_own_forces_named_by_its_are_no_recipient(coder):
    found = _parties(coder, "The African Union rejected a call for its peacekeeping forces to be sent to "
                            "Haiti.")
    assert not any("IGO" in recipients for _, recipients in found)


def test_vague_bloc_takes_no_code_of_the_actor(coder):
    found = _parties(coder, "Haiti appealed to the international community for help after the storm.")
    assert not any("HTI" in recipients for _, recipients in found)


def test_unilateral_truce_announced_by_a_government_is_its_own(coder):
    found = _parties(coder, "The Philippine government declared a unilateral truce with communist rebels "
                            "to start on Christmas Eve.")
    assert pair({"PHL"}, {"PHL"}) in found


def test_reporting_state_owns_the_victims_of_a_foreign_attack(coder):
    found = _parties(coder, "Indian officials said Chinese troops had beaten up an army patrol near the "
                            "lake, injuring six soldiers.")
    assert any(actors == {"CHN"} and recipients == {"IND"} for actors, recipients in found)


def test_both_countries_are_the_pair_named_together_earlier(coder):
    found = _parties(coder, "Lesotho and Eswatini signed a water treaty in March. On Friday Botswana's "
                            "president offered to mediate between both countries.")
    assert pair({"BWA"}, {"LSO", "SWZ"}) in found


def test_the_country_is_the_state_named_by_its_name(coder):
    found = _parties(coder, "Burundi expelled the Rwandan ambassador in March, and the last Rwandan "
                            "soldiers left the country in May.")
    assert pair({"RWA"}, {"BDI"}) in found


def test_a_border_named_by_a_demonym_is_no_recipient(coder):
    found = _parties(coder, "Ugandan troops attacked a rebel camp near the Congolese border, Kenyan "
                            "officials said.")
    assert pair({"UGA"}, {"UGA"}) in found


def test_the_neighbour_across_a_border_is_the_recipient(coder):
    found = _parties(coder, "Venezuela mobilised thousands of troops near its border with Guyana.")
    assert pair({"VEN"}, {"GUY"}) in found


def test_place_in_a_when_clause_of_the_attack(coder):
    found = _parties(coder, "Three Somali gunmen killed 12 people on Sunday when they opened fire in a "
                            "market in Nairobi.")
    assert pair({"SOM"}, {"KEN"}) in found


def test_place_inside_the_recipients_own_phrase(coder):
    found = _parties(coder, "The World Food Programme delivered food to families fleeing the fighting in "
                            "Sudan.")
    assert pair({"UNO"}, {"SDN"}) in found


def test_party_inside_the_trigger_words_is_the_recipient_not_the_own_region(coder):
    found = _parties(coder, "Ethiopia's government allowed United Nations aid convoys into Tigray on Friday.")
    assert pair({"ETH"}, {"UNO"}) in found


def test_crowd_marching_through_a_city_belongs_to_its_country(coder):
    found = _parties(coder, "Protesters marched through Kandahar to denounce the new tax.")
    assert pair({"AFG"}, {"AFG"}) in found


def test_a_group_of_no_state_is_placed_where_it_acts_not_where_it_aims(coder):
    found = _parties(coder, "Iranian-backed militias fired rockets at a US base in Syria.")
    assert any(actors == {"SYR"} and recipients == {"USA"} for actors, recipients in found)


def test_a_summoned_envoy_is_not_of_the_summoning_state(coder):
    found = _parties(coder, "The ambassador was summoned by the Dutch foreign ministry over the remarks.")
    assert found and not any("NLD" in recipients for _, recipients in found)


def test_whom_troops_are_sent_against_is_the_recipient(coder):
    found = _parties(coder, "Honduras's president sent soldiers into the streets of San Pedro Sula to "
                            "confront drug gangs.")
    assert pair({"HND"}, {"HND"}) in found



def test_condemning_someones_strike_targets_its_author_not_the_struck_place(coder):
    found = _parties(coder, "Brazil condemned the Israeli strike on a UN school in Gaza.")
    assert pair({"BRA"}, {"ISR"}) in found


def test_a_listed_recipient_keeps_every_coordinated_state(coder):
    found = _parties(coder, "The EU lifted restrictions on travel to Kenya, Uganda, Tanzania and Rwanda.")
    assert pair({"EUR"}, {"KEN", "UGA", "TZA", "RWA"}) in found


def test_a_host_admitting_inspectors_allows_access(coder):
    found = _parties(coder, "Iran received a team of inspectors from the IAEA on Monday.")
    assert pair({"IRN"}, {"UNO"}) in found


def test_who_died_in_an_owned_strike_is_its_recipient_not_the_striker(coder):
    found = _parties(coder, "Two Yemeni fishermen died in a Saudi air strike on Monday.")
    assert pair({"SAU"}, {"YEM"}) in found


# --- refusals, denunciations and concessions that name no one ------------------------------------------

def test_a_refusal_or_concession_naming_no_one_answers_someone_at_home(coder):
    assert _parties(coder, "Malawi's main opposition party refused to accept the election results.") == [
        pair({"MWI"}, {"MWI"})]
    assert _parties(coder, "The Chilean government lifted the nationwide curfew on Monday.") == [
        pair({"CHL"}, {"CHL"})]


def test_a_refusal_in_a_sentence_naming_another_state_is_not_aimed_at_home(coder):
    found = _parties(coder, "The Chilean president rejected a fresh offer of talks from Peru.")
    assert found and all("CHL" not in recipients for _actors, recipients in found)


def test_the_bloc_is_the_organisation_the_sentence_named_before(coder):
    text = "Guinea announced its withdrawal from the African Union on Monday, accusing the bloc of meddling."
    assert pair({"GIN"}, {"IGO"}) in _parties(coder, text)
    assert len(_parties(coder, text)) == 2  # the withdrawal and the accusation


def test_an_arrest_by_no_one_named_is_by_the_police_of_the_place(coder):
    found = _parties(coder, "The opposition leader was arrested at his home in Harare on Saturday.")
    assert found == [pair({"ZWE"}, {"ZWE"})]


def test_who_visits_during_a_visit_is_who_acts_in_the_clause(coder):
    found = _parties(coder, "Germany's president apologised on Wednesday during a visit to Tanzania.")
    assert found.count(pair({"DEU"}, {"TZA"})) == 2  # the apology and the visit


def test_an_official_is_not_of_the_state_he_blames(coder):
    text = ("Thousands of Bolivians marched through the capital on Sunday. President Mateo Quispe blamed the "
            "United States for the unrest.")
    assert pair({"BOL"}, {"USA"}) in _parties(coder, text)
    assert pair({"USA"}, {"USA"}) not in _parties(coder, text)


def test_a_government_named_by_no_state_is_not_the_one_it_blames(coder):
    text = ("Hackers took the websites of Latvia's presidency offline on Monday, and the government blamed a "
            "group working for Belarusian intelligence.")
    assert pair({"LVA"}, {"BLR"}) in _parties(coder, text)


def test_a_government_named_by_no_state_stays_uncoded_when_no_other_state_is_named(coder):
    assert all(actors != {"BLR"} for actors, _ in _parties(coder, "The government blamed Belarus."))


def test_an_object_it_points_to_the_body_named_inside_the_object_before_it(coder):
    text = "Qatar announced its withdrawal from OPEC on Monday, accusing it of serving Saudi interests."
    assert _parties(coder, text).count(pair({"QAT"}, {"IGO"})) == 2  # the exit and the accusation


def test_a_visitor_of_no_known_state_comes_from_the_other_state_of_the_news(coder):
    text = ("Fiji signed a fisheries agreement with Japan on Monday during a visit to Tokyo by Prime "
            "Minister Sitiveni Tamanisau.")
    assert _parties(coder, text).count(pair({"FJI"}, {"JPN"})) == 2  # the signing and the visit


def test_a_protest_is_aimed_at_whom_the_protesters_make_their_demand_of(coder):
    text = ("Greek farmers blocked roads near the border with Bulgaria on Monday, demanding that the Greek "
            "government cut diesel taxes.")
    assert pair({"GRC"}, {"GRC"}) in _parties(coder, text)
    assert pair({"GRC"}, {"BGR"}) not in _parties(coder, text)


def test_forces_deployed_by_no_one_named_are_sent_by_their_own_state(coder):
    assert pair({"ZAF"}, {"ZAF"}) in _parties(coder, "South African troops were deployed to KwaZulu-Natal on "
                                                     "Monday.")


def test_who_advances_in_an_offensive_wages_it_but_not_who_dies_in_it(coder):
    assert pair({"TUR"}, {"SYR"}) in _parties(coder, "Turkish forces pushed toward Afrin on Monday in an "
                                                     "offensive against Syrian Kurdish militias.")
    assert all(actors != {"SYR"} for actors, _ in _parties(coder, "Nine Syrians died in an offensive."))


def test_ones_own_state_yields_to_the_party_the_wording_names(coder):
    text = ("President Javier Milei signed a decree on Monday withdrawing Argentina from the World Health "
            "Organization.")
    assert pair({"ARG"}, {"UNO"}) in _parties(coder, text)
    assert pair({"ARG"}, {"ARG"}) not in _parties(coder, text)


def test_an_act_told_as_a_circumstance_keeps_its_own_target(coder):
    text = "The family fled to Canada after the Soviet Union's invasion of Afghanistan in 1979."
    assert pair({"RUS"}, {"AFG"}) in _parties(coder, text)
    assert pair({"RUS"}, {"CAN"}) not in _parties(coder, text)


def test_a_place_the_sentence_names_as_a_source_does_not_place_the_news(coder):
    text = ("Moldovan prosecutors opened an investigation into the pro-Russian Revival party, accusing it of "
            "channelling money from Moscow to buy votes.")
    assert pair({"MDA"}, {"RUS"}) not in coded_parties(coder, text, "2024-10-21")


def test_victims_of_a_foreign_strike_that_a_state_reports_by_its_name_are_its_own(coder):
    text = "Azerbaijan said an Armenian missile struck a residential block on Sunday, killing nine civilians."
    parties = _all_parties(coder, text, "2020-10-12")  # the claimed strike is hypothetical, not unread
    assert pair({"ARM"}, {"AZE"}) in parties and pair({"ARM"}, {"ARM"}) not in parties


def test_sources_placed_in_a_state_do_not_speak_for_it(coder):
    text = ("Rebels exploded a series of bombs in a town bazaar, western diplomatic sources in neighbouring "
            "Pakistan said today.")
    assert not any("PAK" in recipients for _actors, recipients in _all_parties(coder, text, "2000-01-01"))


def _all_parties(coder, text: str, published: str) -> list[Parties]:
    events = coder.code_article(Article("all", text, published)).events
    return [pair({e.code for e in ev.actor}, {e.code for e in ev.recipient}) for ev in events]


def test_a_crowd_at_a_foreign_mission_is_of_the_city_the_mission_is_in(coder):
    parties = coded_parties(coder, "Hundreds of protesters rallied outside the French embassy in Niamey.",
                            "2023-07-30")
    assert pair({"NER"}, {"FRA"}) in parties


def test_an_activist_at_a_foreign_embassy_is_of_the_host_city(coder):
    text = "A far-right activist burned a copy of the Koran outside the Turkish embassy in Stockholm."
    assert pair({"SWE"}, {"TUR"}) in coded_parties(coder, text, "2023-01-21")


def test_a_batch_of_troops_is_of_the_state_the_troops_are_from(coder):
    text = "The first batch of Indian soldiers stationed in the Maldives left the archipelago on Sunday."
    parties = coded_parties(coder, text, "2024-03-11")
    assert parties and all(actors == frozenset({"IND"}) for actors, _ in parties)


def test_a_group_of_states_acts_through_the_members_it_lists(coder):
    text = "Several Gulf states, including Qatar and Kuwait, urged restraint on Monday."
    assert pair({"QAT", "KWT"}, set()) in coded_parties(coder, text, "2024-04-15")


def test_members_listed_with_such_as_act_for_their_group(coder):
    text = "Western governments such as Britain and Canada imposed sanctions on Minsk."
    assert pair({"GBR", "CAN"}, {"BLR"}) in coded_parties(coder, text, "2021-06-21")


def test_a_protest_lodged_with_a_state_accuses_that_state_not_the_people_it_is_about(coder):
    text = "Chile lodged a diplomatic protest with Peru on Monday over the detention of four Chilean sailors."
    assert coded_parties(coder, text, "2024-05-06") == [pair({"CHL"}, {"PER"})]


def test_a_condemned_visit_accuses_the_visitors_named_after_by(coder):
    text = "Moscow condemned a trip to Kyiv on Friday by a group of Estonian ministers."
    assert coded_parties(coder, text, "2024-05-10") == [pair({"RUS"}, {"EST"})]


# The state the article places its news in: where an unnamed group a foreign party acts on belongs, and
# where a foreign sanction, strike or aid that names no target goes.
NEWS_STATE_CASES = [
    ("The army seized power in Myanmar on Monday. Biden condemned the military's seizure of power.",
     "2021-02-01", pair({"USA"}, {"MMR"})),
    ("Thousands of junta supporters rallied in Niamey on Sunday. France suspended all development and "
     "budget aid on Saturday.", "2023-07-31", pair({"FRA"}, {"NER"})),
    ("Explosions shook the Pakistani city of Bahawalpur overnight. India said it had launched missile "
     "strikes at nine sites early on Wednesday.", "2025-05-07", pair({"IND"}, {"PAK"})),
    ("A huge blast tore through the port of Beirut on Tuesday. Qatar and Kuwait have flown in field "
     "hospitals and medical supplies.", "2020-08-06", pair({"QAT", "KWT"}, {"LBN"})),
]


@pytest.mark.parametrize(("text", "published", "parties"), NEWS_STATE_CASES)
def test_a_foreign_act_that_names_no_target_is_aimed_at_the_state_in_the_news(coder, text, published,
                                                                              parties):
    assert parties in coded_parties(coder, text, published)


ARREST_WITHOUT_ARRESTER_CASES = [
    # a foreigner held where the news is: by that state, not by their own
    ("Opposition activists were detained after their plane landed in Minsk on Sunday. His Russian "
     "girlfriend was also taken into custody.", "2021-05-24", pair({"BLR"}, {"RUS"})),
    # no state placed by the article: where the detainees are from
    ("Two French nationals were arrested on Sunday.", "2022-10-10", pair({"FRA"}, {"FRA"})),
]


@pytest.mark.parametrize(("text", "published", "parties"), ARREST_WITHOUT_ARRESTER_CASES)
def test_an_arrest_naming_no_arrester_is_made_by_the_state_in_the_news(coder, text, published, parties):
    assert parties in coded_parties(coder, text, published)


def test_a_relative_clause_telling_what_another_party_does_to_a_party_is_news(coder):
    text = "Venezuela, which Washington accuses of rigging the vote, expelled two Colombian diplomats."
    assert pair({"USA"}, {"VEN"}) in coded_parties(coder, text, "2024-08-01")


def test_a_relative_clause_on_a_party_telling_its_own_deeds_describes_it(coder):
    text = "Moscow, which has imposed sanctions on Warsaw, expelled two Polish diplomats on Monday."
    assert pair({"RUS"}, {"POL"}) in coded_parties(coder, text, "2024-08-01")
    assert len(coded_parties(coder, text, "2024-08-01")) == 1


def test_a_rally_chanting_slogans_against_a_state_protests_against_it(coder):
    text = "Protesters marched through Dhaka on Friday, carrying banners against India."
    assert coded_parties(coder, text, "2024-08-10") == [pair({"BGD"}, {"IND"})]


def test_a_relative_clause_without_its_pronoun_tells_what_another_party_does(coder):
    text = ("Turkey closed its airspace to Armenian flights and suspended trade across the border, steps "
            "Yerevan condemned as hostile.")
    assert pair({"ARM"}, {"TUR"}) in coded_parties(coder, text, "2024-08-01")


def test_a_crowd_chanting_death_or_down_with_a_state_protests_against_it(coder):
    text = 'Thousands of students marched through Tehran on Friday chanting "Death to America".'
    assert coded_parties(coder, text, "2024-08-10") == [pair({"IRN"}, {"USA"})]


def test_forces_a_leader_orders_are_the_leaders_own_not_the_foreign_troops_told_before(coder):
    text = ("Ugandan troops crossed into South Sudan on Thursday. South Sudan's President Salva Kiir ordered "
            "the armed forces to remain in their barracks.")
    parties = coded_parties(coder, text, "2024-08-10")
    assert pair({"SSD"}, {"SSD"}) in parties and pair({"SSD"}, {"UGA"}) not in parties


def test_a_case_filed_at_a_court_accuses_whom_the_filing_accuses_not_the_court(coder):
    text = ("Ukraine filed a case at the International Court of Justice on Friday accusing Russia of "
            "violating a treaty on terrorism financing.")
    assert coded_parties(coder, text, "2024-08-10") == [pair({"UKR"}, {"RUS"})]


def test_a_bloc_left_is_the_bloc_not_a_state_its_name_contains(coder):
    text = ("Mali and Niger announced on Sunday that they were leaving the Economic Community of West "
            "African States.")
    assert coded_parties(coder, text, "2024-01-29") == [pair({"MLI", "NER"}, {"IGO"})]


def test_people_described_by_who_most_of_them_are_are_of_that_state(coder):
    text = "Libya deported more than 300 migrants, most of them Sudanese, to the desert border on Monday."
    assert coded_parties(coder, text, "2024-08-10") == [pair({"LBY"}, {"SDN"})]


def test_a_recognition_an_act_follows_is_news_but_one_a_state_of_affairs_dates_from_is_not(coder):
    text = ("Bolivia broke off diplomatic relations with Peru on Wednesday after Lima recognised the "
            "Bolivian opposition leader as interim president.")
    assert pair({"PER"}, {"BOL"}) in coded_parties(coder, text, "2024-08-01")
    text = ("Modi will travel to Kyiv on Friday, the first visit by an Indian leader since the two "
            "countries established diplomatic relations.")
    assert all(len(actors) < 2 for actors, _ in coded_parties(coder, text, "2024-08-20"))
