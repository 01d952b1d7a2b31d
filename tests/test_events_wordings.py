"""Whole-coder readings of common news wordings: separate acts in one sentence, announced withdrawals,
sport told in words of force. Sentences written for these tests."""

from __future__ import annotations

from dotterel.models import Article

PUBLISHED = "2024-05-02"


def _coded(coder, text: str) -> list[tuple[str, frozenset[str | None], frozenset[str | None]]]:
    events = coder.code_article(Article("wordings", text, PUBLISHED)).events
    return [(e.event, frozenset(x.code for x in e.actor), frozenset(x.code for x in e.recipient))
            for e in events if e.aux not in ("negated", "hypothetical")]


def test_a_participle_that_accuses_is_an_event_of_its_own(coder):
    found = _coded(coder, "Chile recalled its ambassador from Lima, accusing Peru of meddling in its vote.")
    assert ("SANCTION", frozenset({"CHL"}), frozenset({"PER"})) in found
    assert ("ACCUSE", frozenset({"CHL"}), frozenset({"PER"})) in found


def test_the_demand_of_a_protest_is_coded_with_the_protest(coder):
    found = _coded(coder, "Protesters marched through Lima, accusing the president of corruption.")
    assert [category for category, _, _ in found] == ["PROTEST"]


def test_the_counts_of_an_accusation_are_one_accusation(coder):
    found = _coded(coder, "Amnesty International accused Egypt of torturing detainees, ignoring court "
                          "orders and silencing journalists.")
    assert [category for category, _, _ in found] == ["ACCUSE"]


def test_a_withdrawal_announced_in_the_future_tense_is_a_concession(coder):
    found = _coded(coder, "Belgium will withdraw its troops from Mali by the end of the year.")
    assert ("CONCEDE", frozenset({"BEL"}), frozenset({"MLI"})) in found


def test_a_withdrawal_decided_or_planned_is_a_concession(coder):
    for text in ("Kenya has decided to withdraw its troops from Somalia.",
                 "Kenya plans to withdraw its troops from Somalia.",
                 "Kenya wants to withdraw its troops from Somalia."):
        assert ("CONCEDE", frozenset({"KEN"}), frozenset({"SOM"})) in _coded(coder, text)


def test_an_offer_to_withdraw_stays_a_promise(coder):
    found = _coded(coder, "Belgium is willing to withdraw its troops from Mali.")
    assert [category for category, _, _ in found] == ["AGREE"]


def test_a_truce_that_takes_effect_is_carried_out_by_both_parties(coder):
    found = _coded(coder, "A ceasefire between Armenia and Azerbaijan took effect at noon on Tuesday.")
    assert found == [("RETREAT", frozenset({"ARM", "AZE"}), frozenset())]


def test_a_game_won_is_no_use_of_force(coder):
    assert _coded(coder, "Ghana beat Nigeria 2-1 in Accra on Saturday to reach the semi-finals.") == []
    assert _coded(coder, "Japan crushed Germany in a friendly in Wolfsburg.") == []


def test_police_beating_protesters_is_still_force(coder):
    found = _coded(coder, "Police beat protesters with batons in Minsk on Sunday.")
    assert [category for category, _, _ in found] == ["ASSAULT"]


def test_a_past_tense_read_as_a_participle_keeps_its_subject(coder):
    found = _coded(coder, "Kenya's cabinet approved on Monday the deployment of 1,000 police officers.")
    assert any(actors == {"KEN"} for _, actors, _ in found)


def test_police_act_on_their_own_country_when_no_target_is_named(coder):
    found = _coded(coder, "Police in Lusaka fired tear gas on Thursday.")
    assert ("ASSAULT", frozenset({"ZMB"}), frozenset({"ZMB"})) in found


def test_protesters_described_in_passing_still_protested(coder):
    found = _coded(coder, "Police in Lima fired tear gas at students who marched on the palace on Monday.")
    assert [category for category, _, _ in found] == ["ASSAULT", "PROTEST"]



def test_the_two_named_before_act_together(coder):
    found = _coded(coder, "Chile's foreign minister met his Bolivian counterpart in La Paz on Monday, "
                          "and the two agreed to reopen the border talks.")
    assert ("AGREE", frozenset({"CHL", "BOL"}), frozenset()) in found


def test_the_two_sides_of_a_visit_announce_deals_together(coder):
    found = _coded(coder, "Ghana's president hosted the Nigerian president in Accra, and the two sides "
                          "announced deals on gas and rail.")
    assert any(category == "SUPPORT" and actors == {"GHA", "NGA"} for category, actors, _ in found)


def test_an_act_that_prompts_another_party_to_act_is_two_events(coder):
    found = _coded(coder, "Slovenia recognised a Palestinian state on Tuesday, prompting Israel to recall "
                          "its ambassador.")
    assert ("SUPPORT", frozenset({"SVN"}), frozenset({"PSE"})) in found
    assert any(category == "SANCTION" and actors == {"ISR"} for category, actors, _ in found)


def test_arriving_in_a_capital_named_by_its_country_is_a_visit(coder):
    found = _coded(coder, "The French president arrived in the Moroccan capital on Monday.")
    assert ("CONSULT", frozenset({"FRA"}), frozenset({"MAR"})) in found


def test_a_killing_with_no_attacker_and_no_place_is_by_unidentified_forces_of_the_victims_country(coder):
    article = Article("victims", "The mayor of Kandahar was killed on Sunday.", PUBLISHED)
    events = coder.code_article(article).events
    found = [(e.event, [(a.code, a.sector) for a in e.actor]) for e in events]
    assert found == [("ASSAULT", [("AFG", "UAF")])]


def test_a_place_inside_a_target_phrase_tells_later_sentences_where_the_news_is(coder):
    found = _coded(coder, "Gunmen attacked an army post in Mali's Mopti region on Sunday. The army said it "
                          "had responded with air strikes.")
    assert any(category == "ASSAULT" and actors == {"MLI"} for category, actors, _ in found[1:])


def test_letting_captives_go_free_is_the_subjects_release(coder):
    found = _coded(coder, "Eritrea let free some 40 political prisoners on Monday.")
    assert any(category == "RETREAT" and actors == {"ERI"} for category, actors, _ in found)


def test_a_crowd_given_by_its_size_protests_in_the_country_named(coder):
    found = _coded(coder, "Thousands rallied in Tbilisi on Sunday against the foreign agents law.")
    assert any(category == "PROTEST" and actors == {"GEO"} for category, actors, _ in found)


def test_a_rally_told_something_is_an_audience_not_a_protest(coder):
    assert _coded(coder, '"We will win," the Turkish president told a rally in Bursa.') == []


def test_a_private_persons_travels_and_praise_are_no_political_event(coder):
    assert _coded(coder, "She married the Dutch national Jan de Vries soon after arriving in Syria.") == []
    assert _coded(coder, "Jan Lukas, a German volunteer, paid tribute to his friend on Facebook.") == []


def test_going_on_strike_in_a_city_is_no_journey_there(coder):
    found = _coded(coder, "Teachers went on strike in Nairobi.")
    assert [category for category, _, _ in found] == ["PROTEST"]


def test_a_journey_is_a_visit_only_on_official_business(coder):
    assert _coded(coder, "The Chilean photojournalist travelled to Peru in 2011 to cover the protests.") == []
    assert _coded(coder, "Thousands of Peruvian refugees arrived in Chile.") == []
    assert _coded(coder, "The Peruvian president travelled to Chile on Monday.") == [
        ("CONSULT", frozenset({"PER"}), frozenset({"CHL"}))]


def test_a_state_named_without_an_entity_label_still_acts(coder):
    found = _coded(coder, "The Solomon Islands has signed a security pact with China.")
    assert any(category == "SUPPORT" and "SLB" in actors for category, actors, _ in found)


def test_the_backing_a_party_has_describes_it(coder):
    found = _coded(coder, "The town fell to Kurdish forces backed by a US-led coalition.")
    assert all(category != "SUPPORT" for category, _, _ in found)


def test_people_travelling_abroad_make_no_visit(coder):
    assert _coded(coder, "Over 900 people have travelled from the UK to Syria since 2014.") == []


def test_an_accusation_followed_by_the_charge_a_party_denies_stands(coder):
    found = _coded(coder, "Chile accused Peru on Monday of sending troops across the border to back the "
                          "rebels, a charge Lima denies.")
    assert ("ACCUSE", frozenset({"CHL"}), frozenset({"PER"})) in found


def test_a_denial_of_an_act_still_silences_the_act(coder):
    found = _coded(coder, "Peru denied that its troops crossed the border into Chile.")
    assert [category for category, _, _ in found] == ["REJECT"]


def test_an_act_in_protest_against_a_party_is_aimed_at_that_party(coder):
    found = _coded(coder, "Greek truckers blocked the border with Bulgaria in protest against Turkish tolls.")
    assert ("PROTEST", frozenset({"GRC"}), frozenset({"TUR"})) in found


def test_a_tally_of_the_dead_over_a_war_is_no_event(coder):
    assert _coded(coder, "More than 300,000 people have been killed in Freedonia since 2011.") == []
    assert _coded(coder, "Four Chilean soldiers have been killed in total, the ministry said.") == []
    found = _coded(coder, "Two Chilean soldiers were killed in a roadside bombing on Tuesday.")
    assert [category for category, _, _ in found] == ["ASSAULT"]


def test_a_denial_in_a_clause_on_the_allegation_is_the_accused_partys_answer(coder):
    found = _coded(coder, "Chile accused Peru of shelling the border post, an allegation Lima has denied.")
    assert ("ACCUSE", frozenset({"CHL"}), frozenset({"PER"})) in found
    assert ("REJECT", frozenset({"PER"}), frozenset({"CHL"})) in found


def test_foretelling_what_an_act_would_cause_threatens_no_one(coder):
    text = "Aid agencies warned that an offensive on Idlib would cause a humanitarian catastrophe."
    assert "THREATEN" not in [category for category, _, _ in _coded(coder, text)]
    text = "Iran warned that any attack would trigger a crushing response."
    assert [category for category, _, _ in _coded(coder, text)] == ["THREATEN"]


def test_a_bare_strike_in_a_story_of_war_is_no_walkout(coder):
    text = "The Kenyan army bombed Somali militants. The strikes were a one-off, the Kenyan president said."
    assert "PROTEST" not in [category for category, _, _ in _coded(coder, text)]
    text = ("The Kenyan army bombed Somali militants near the border. Ruto's statement announcing the "
            "strikes was brief, the army said.")
    assert "PROTEST" not in [category for category, _, _ in _coded(coder, text)]
    text = ("Somali militants shelled Kenyan army positions near the border on Monday. "
            "Kenyan dock workers began a strike over pay on Tuesday.")
    assert "PROTEST" in [category for category, _, _ in _coded(coder, text)]


def test_the_force_a_state_moves_is_its_own_not_its_target(coder):
    assert _coded(coder, "Kenya sent its air force after the militants.") == [
        ("MOBILIZE", frozenset({"KEN"}), frozenset())]


def test_joining_an_armed_group_is_no_private_matter(coder):
    text = "A Kenyan schoolgirl who left Nairobi in 2015 to join Islamic State has been found in Somalia."
    assert ("SUPPORT", frozenset({"KEN"}), frozenset({"IMG"})) in _coded(coder, text)


def test_training_ones_own_recruits_mobilises_but_training_anothers_fighters_is_aid(coder):
    assert [c for c, _, _ in _coded(coder, "The Nigerian army trained 2,000 new recruits in Kaduna.")] == [
        "MOBILIZE"]
    assert ("AID", frozenset({"TUR"}), frozenset({"SYR"})) in _coded(coder, "Turkey trained Syrian rebels.")


def test_a_vow_of_retaliation_is_aimed_at_the_earlier_attacker(coder):
    found = _coded(coder, "Ugandan jets bombed a Congolese border town on Monday, killing 12 people. "
                          "Kinshasa vowed to retaliate.")
    assert ("THREATEN", frozenset({"COD"}), frozenset({"UGA"})) in found
    found = _coded(coder, "Ugandan jets bombed a Congolese border town on Monday. Kinshasa vowed to hunt "
                          "down those responsible.")
    assert ("THREATEN", frozenset({"COD"}), frozenset({"UGA"})) in found
    # an expelled envoy is answered too
    found = _coded(coder, "Ghana expelled a Nigerian diplomat on Monday, and Abuja vowed to retaliate.")
    assert ("THREATEN", frozenset({"NGA"}), frozenset({"GHA"})) in found
    found = _coded(coder, "Ghana expelled a Nigerian diplomat on Monday. Abuja vowed countermeasures.")
    assert ("THREATEN", frozenset({"NGA"}), frozenset({"GHA"})) in found


def test_people_driven_from_their_homes_are_expelled_by_those_who_drove_them(coder):
    found = _coded(coder, "Clashes between South Sudan's army and a rebel militia forced thousands of "
                          "villagers to flee into Uganda.")
    # the refuge is not the party acted on: the villagers are of the land fought over
    assert ("SANCTION", frozenset({"SSD"}), frozenset({"SSD"})) in found
    found = _coded(coder, "Clashes between Ethiopian troops and Eritrean soldiers forced thousands of "
                          "villagers to flee into Sudan.")
    assert ("SANCTION", frozenset({"ETH", "ERI"}), frozenset()) in found
    found = _coded(coder, "Mozambican insurgents torched a market in Cabo Delgado on Monday, sending "
                          "thousands of residents fleeing towards the coast.")
    assert ("SANCTION", frozenset({"MOZ"}), frozenset({"MOZ"})) in found
    assert any(category == "ASSAULT" for category, _, _ in found)


def test_what_is_forced_to_leave_a_market_is_no_refugee(coder):
    found = _coded(coder, "The Kenyan government forced the company to leave the market.")
    assert all(category != "SANCTION" for category, _, _ in found)


def test_an_envoy_ordered_to_leave_is_expelled(coder):
    found = _coded(coder, "Lithuania ordered a Belarusian diplomat to leave the country within a week.")
    assert ("SANCTION", frozenset({"LTU"}), frozenset({"BLR"})) in found
    found = _coded(coder, "The Kenyan president ordered the troops to leave the capital.")
    assert all(category != "SANCTION" for category, _, _ in found)


def test_a_harsh_verdict_on_a_decision_blames_but_one_on_a_report_disputes(coder):
    found = _coded(coder, "Zambia's opposition called the court ruling politically motivated.")
    assert [category for category, _, _ in found] == ["ACCUSE"]
    found = _coded(coder, "Zambia's opposition called the reports a provocation.")
    assert all(category != "ACCUSE" for category, _, _ in found)


def test_police_named_by_no_state_are_of_the_one_state_the_article_named(coder):
    found = _coded(coder, "Thousands of Ghanaians marched through the capital on Saturday against rising "
                          "prices. Police detained dozens of people.")
    assert ("COERCE", frozenset({"GHA"}), frozenset({"GHA"})) in found
    found = _coded(coder, "Ghanaian and Togolese traders marched on Saturday against new border fees. Police "
                          "detained dozens of people.")
    assert all(category != "COERCE" for category, _, _ in found)


def test_what_happened_before_the_main_event_is_no_background(coder):
    found = _coded(coder, "Protesters stormed the parliament in Nairobi on Tuesday before police regained "
                          "control and detained 40 people.")
    assert ("COERCE", frozenset({"KEN"}), frozenset({"KEN"})) in found
    assert any(category == "PROTEST" for category, _, _ in found)


def test_a_mediator_consults_with_the_parties_it_brought_together(coder):
    found = _coded(coder, "Ethiopia and Eritrea exchanged 40 prisoners in a swap mediated by Qatar.")
    assert ("CONSULT", frozenset({"QAT"}), frozenset({"ETH", "ERI"})) in found
    assert any(category == "RETREAT" for category, _, _ in found)
    # what the parties agree to is still to come; the brokering is done
    found = _coded(coder, "Sudan and South Sudan agreed to a border truce brokered by Kenya.")
    assert ("CONSULT", frozenset({"KEN"}), frozenset({"SDN", "SSD"})) in found
    # a mediator with no parties found makes no record
    found = _coded(coder, "Talks mediated by Oman resumed in Muscat on Sunday.")
    assert all(category != "CONSULT" or "OMN" not in actors for category, actors, _ in found)


def test_a_smaller_military_presence_is_a_withdrawal(coder):
    found = _coded(coder, "Rwanda has reduced its military presence along the border with Burundi.")
    assert ("RETREAT", frozenset({"RWA"}), frozenset({"BDI"})) in found
    found = _coded(coder, "Kenya cut taxes on fuel imports.")
    assert all(category != "RETREAT" for category, _, _ in found)


def test_a_lighter_sentence_is_a_concession(coder):
    found = _coded(coder, "Zambia's president halved the prison sentence of the opposition leader.")
    assert [category for category, _, _ in found] == ["CONCEDE"]


def test_soldiers_leaving_an_enclave_withdraw(coder):
    found = _coded(coder, "Armenian troops left the enclave on Sunday.")
    assert ("RETREAT", frozenset({"ARM"}), frozenset()) in found


def test_captives_freed_by_no_one_named_are_freed_by_the_state_that_jailed_them(coder):
    found = _coded(coder, "Three Canadians jailed in China were released on Friday.")
    assert ("RETREAT", frozenset({"CHN"}), frozenset({"CAN"})) in found
    # hostages held somewhere may be held by anyone
    found = _coded(coder, "Two French journalists held in Mali were freed on Sunday.")
    assert all(actors != frozenset({"MLI"}) for _, actors, _ in found)


def test_a_past_tense_misread_as_a_participle_before_the_source_keeps_its_subject(coder):
    found = _coded(coder, "Ghana's cabinet approved on Monday the deployment of 500 soldiers to Mali, the "
                          "defence minister said.")
    assert any(actors == frozenset({"GHA"}) for _, actors, _ in found)


def test_a_multinational_force_is_no_company(coder):
    found = _coded(coder, "Ghana's cabinet approved on Monday the deployment of 500 soldiers to lead a "
                          "multinational security mission in Mali.")
    assert all("MNC" not in recipients for _, _, recipients in found)


def test_a_tweet_fired_off_is_no_shot(coder):
    found = _coded(coder, "On Friday Boris Johnson fired off an angry letter that told Brussels to yield.")
    assert all(category != "ASSAULT" for category, _, _ in found)


def test_troops_ordered_out_are_expelled_unless_they_are_ones_own(coder):
    found = _coded(coder, "Niger's junta ordered French troops to leave the country.")
    assert ("SANCTION", frozenset({"NER"}), frozenset({"FRA"})) in found
    found = _coded(coder, "The French president ordered French troops in Niger to leave by December.")
    assert ("CONCEDE", frozenset({"FRA"}), frozenset({"NER"})) in found


def test_a_city_naming_an_attack_is_where_it_happened_not_who_did_it(coder):
    found = _coded(coder, "She said she first heard news of the Paris terror attacks in 2015.")
    assert all(actors != frozenset({"FRA"}) for _, actors, _ in found)


def test_a_threat_is_aimed_at_whom_its_condition_names(coder):
    found = _coded(coder, "Ethiopia warned it would strike back if Eritrea attacked its border posts.")
    assert ("THREATEN", frozenset({"ETH"}), frozenset({"ERI"})) in found
    found = _coded(coder, "Kenya says it will retaliate if the Somalis overstep.")
    assert ("THREATEN", frozenset({"KEN"}), frozenset({"SOM"})) in found


def test_troops_a_state_threatens_to_send_are_its_means_not_its_target(coder):
    found = _coded(coder, "Rwanda threatened to send troops.")
    assert all(recipients != frozenset({"RWA"}) for _, _, recipients in found)


def test_an_intent_to_use_force_declared_is_a_threat(coder):
    found = _coded(coder, "Ethiopia's prime minister has declared his intent to attack the port of Assab.")
    assert [category for category, _, _ in found] == ["THREATEN"]


def test_a_state_put_out_of_a_body_is_sanctioned_but_people_put_out_are_deported(coder):
    found = _coded(coder, "The African Union expelled Mali in 2021.")
    assert [category for category, _, _ in found] == ["SANCTION"]
    found = _coded(coder, "Uganda expelled Kenyan traders.")
    assert [category for category, _, _ in found] == ["COERCE"]


def test_an_act_some_years_before_the_news_is_dated_that_long_ago(coder):
    text = "Kenya readmitted Somalia to the trade bloc, seven years after expelling it."
    events = [e for e in coder.code_article(Article("years", text, PUBLISHED)).events if e.event == "COERCE"]
    assert [(e.event_date, e.aux) for e in events] == [("2017", "historical")]


def test_a_participle_of_speech_after_a_reported_clause_is_the_reporters(coder):
    found = _coded(coder, "The European Commission said Hungary had deliberately evaded EU rules, calling "
                          "the breach unprecedented.")
    assert [(category, actors) for category, actors, _ in found] == [("ACCUSE", frozenset({"EUR"}))]


def test_a_verb_joined_to_a_reported_clause_whose_object_is_them_is_the_speakers(coder):
    found = _coded(coder, "The Kenyan ministry said the Somali rebels had withdrawn and urged them to "
                          "respect the truce.")
    assert ("REQUEST", frozenset({"KEN"}), frozenset({"SOM"})) in found


def test_a_cross_border_assault_is_not_by_the_country_it_strikes(coder):
    found = _coded(coder, "The rivalry took a new turn with the cross-border ground assault on a town in "
                          "southern Somalia.")
    assert ("ASSAULT", frozenset({"SOM"}), frozenset({"SOM"})) not in found
    found = _coded(coder, "The rivalry took a new turn with the ground assault on a town in southern "
                          "Somalia.")
    assert ("ASSAULT", frozenset({"SOM"}), frozenset({"SOM"})) in found


def test_an_opinion_no_longer_held_is_no_sanction(coder):
    found = _coded(coder, "Politicians in Paris and Berlin no longer see a reliable ally in Ankara.")
    assert all(category != "SANCTION" for category, _, _ in found)
    found = _coded(coder, "France would no longer supply arms to the Kurdish militias in Iraq.")
    assert [category for category, _, _ in found] == ["SANCTION"]


def test_a_city_turned_upside_down_is_no_refusal(coder):
    found = _coded(coder, "The British activist had turned London upside down to tell everyone about the "
                          "war.")
    assert all(category != "REJECT" for category, _, _ in found)
    found = _coded(coder, "Turkey turned down the Russian offer.")
    assert [category for category, _, _ in found] == ["REJECT"]


def test_control_of_a_policy_is_no_territory_taken(coder):
    found = _coded(coder, "Erdogan is set to gain full control of all key aspects of foreign policy.")
    assert all(category not in ("ASSAULT", "THREATEN") for category, _, _ in found)
    found = _coded(coder, "Turkish troops took control of the town of Jinderes.")
    assert [category for category, _, _ in found] == ["ASSAULT"]


def test_retaliation_held_in_store_is_a_threat(coder):
    for text in ("The Kremlin said Russia would take countermeasures.",
                 "Moscow said it would respond in kind.",
                 "Pakistan said it reserved the right to respond at a time of its choosing."):
        assert [category for category, _, _ in _coded(coder, text)] == ["THREATEN"], text
    found = _coded(coder, "China took countermeasures against nine US defence firms.")
    assert [category for category, _, _ in found] == ["SANCTION"]
    assert _coded(coder, "The Kenyan company reserves the right to appeal.") == []


def test_calling_an_act_a_kind_of_crime_blames_its_doer(coder):
    found = _coded(coder, "Belarus forced the plane to land. The Polish prime minister called the diversion "
                          "an act of state terrorism.")
    assert ("ACCUSE", frozenset({"POL"}), frozenset({"BLR"})) in found


def test_an_act_named_in_what_another_called_it_is_that_partys_accusation(coder):
    found = _coded(coder, "Russian missiles struck Kyiv in what Ukraine called a deliberate attack on "
                          "civilians.")
    assert ("ACCUSE", frozenset({"UKR"}), frozenset({"RUS"})) in found
    # "struck what it called ...": a label of the target, not a second act
    found = _coded(coder, "India launched missile strikes on what it called terrorist camps in Pakistan.")
    assert all(category != "ACCUSE" for category, _, _ in found)


def test_an_act_in_a_time_phrase_is_reported_wherever_the_phrase_hangs(coder):
    text = "Europe is scrambling for alternatives to Russian gas after Moscow's invasion of Ukraine in 2022."
    events = coder.code_article(Article("time", text, PUBLISHED)).events
    assert [(e.event, e.event_date, e.aux) for e in events] == [("ASSAULT", "2022", "historical")]


def test_a_clause_on_a_past_date_tells_an_event_of_that_date(coder):
    text = ("The talks have dragged on since 2006, when the Security Council first demanded that Iran "
            "suspend enrichment.")
    events = coder.code_article(Article("when", text, PUBLISHED)).events
    assert [(e.event, e.event_date, e.aux) for e in events] == [("REQUEST", "2006", "historical")]


def test_forces_pounding_the_area_at_home_strike_their_own_ground(coder):
    found = _coded(coder, "The Syrian regime besieged eastern Ghouta near Damascus. Despite the truce, "
                          "Syrian government forces continue to pound the area.")
    assert ("ASSAULT", frozenset({"SYR"}), frozenset({"SYR"})) in found


def test_victims_of_a_raid_across_the_border_are_not_the_raiders_own(coder):
    found = _coded(coder, "Somali gunmen burst across the border, killing about 40 people.")
    assert ("ASSAULT", frozenset({"SOM"}), frozenset({"SOM"})) not in found
    found = _coded(coder, "Somali gunmen stormed the market, killing about 40 people.")
    assert ("ASSAULT", frozenset({"SOM"}), frozenset({"SOM"})) in found


def test_an_act_some_time_since_is_dated_that_long_ago(coder):
    for text in ("It is seven years since Uganda expelled Kenyan traders.",
                 "Seven years have passed since Uganda expelled Kenyan traders."):
        events = coder.code_article(Article("since", text, PUBLISHED)).events
        dated = [(e.event_date, e.aux) for e in events if e.event == "COERCE"]
        assert dated == [("2017", "historical")], text


def test_a_clause_some_time_before_another_act_is_dated_from_that_act(coder):
    text = ("Kenya restored ties with Somalia on Monday, seven years after Somali troops attacked a "
            "Kenyan base.")
    events = [e for e in coder.code_article(Article("years", text, PUBLISHED)).events if e.event == "ASSAULT"]
    assert [(e.event_date, e.aux) for e in events] == [("2017", "historical")]
    text = "Somali forces withdrew from the border on Monday, two days after Kenyan troops attacked a base."
    dates = {e.event: e.event_date for e in coder.code_article(Article("days", text, PUBLISHED)).events}
    assert dates == {"RETREAT": "2024-04-29", "ASSAULT": "2024-04-27"}


def test_candidates_addressing_rallies_are_campaigning_not_protesting(coder):
    found = _coded(coder, "Presidential candidates toured the province, addressing packed rallies.")
    assert all(category != "PROTEST" for category, _, _ in found)
    found = _coded(coder, "Thousands joined an election rally in Nairobi.")
    assert all(category != "PROTEST" for category, _, _ in found)
    found = _coded(coder, "Thousands joined a rally against the government in Nairobi.")
    assert any(category == "PROTEST" for category, _, _ in found)


def test_a_rumour_denied_is_no_refusal(coder):
    found = _coded(coder, "Ghana's finance ministry dismissed as false social media posts claiming that the "
                          "cedi would be devalued.")
    assert all(category != "REJECT" for category, _, _ in found)
    found = _coded(coder, "Ghana's government denied rumours of a coup.")
    assert all(category != "REJECT" for category, _, _ in found)


def test_soldiers_killed_fighting_a_group_were_killed_by_it(coder):
    found = _coded(coder, "Two Ugandan soldiers were killed fighting al-Shabab in Somalia on Monday.")
    assert ("ASSAULT", frozenset({"IMG"}), frozenset({"UGA"})) in found


def test_the_means_of_an_aim_are_done_but_the_means_of_a_promise_are_to_come(coder):
    text = "By arming and training militias in Mali, Russia has sought to push back the jihadists."
    events = coder.code_article(Article("means", text, PUBLISHED)).events
    assert [(e.event, e.aux) for e in events if e.event == "AID"] == [("AID", None)]
    text = "Kenya will punish Uganda by cutting aid."
    events = coder.code_article(Article("means", text, PUBLISHED)).events
    assert not [e for e in events if e.event == "SANCTION" and e.aux is None]


def test_an_accusation_of_someone_named_stands_though_their_state_is_unknown(coder):
    found = _coded(coder, "Kenya's intelligence agency has blamed the Jabha Network for the attack.")
    assert [category for category, _, _ in found] == ["ACCUSE"]
    # an allegation against no one named is no record
    found = _coded(coder, "Kenya's intelligence agency said they had attacked the convoy.")
    assert all(category != "ACCUSE" or recipients for category, _, recipients in found)


def test_a_measure_lifted_by_no_one_named_is_lifted_by_whoever_imposed_it(coder):
    found = _coded(coder, "EU sanctions against Belarus were lifted on Monday.")
    assert ("CONCEDE", frozenset({"EUR"}), frozenset({"BLR"})) in found


def test_frozen_assets_released_are_a_concession_not_aid(coder):
    found = _coded(coder, "A Kenyan court released a Ugandan businessman's assets worth 19 million dollars.")
    assert [category for category, _, _ in found] == ["CONCEDE"]


def test_what_lies_deep_inside_a_condition_is_hypothetical(coder):
    found = _coded(coder, "If Kenya and Uganda are able to reach agreement, trade would grow.")
    assert found == []
    found = _coded(coder, "Donors will not pay for reconstruction unless the Ethiopian government is "
                          "ready to compromise.")
    assert all(category != "AGREE" for category, _, _ in found)


def test_what_someone_would_do_in_the_writers_aside_is_hypothetical(coder):
    text = "Gulf states say the Kurds deserve a say in Syria, something Assad would resist."
    events = coder.code_article(Article("aside", text, PUBLISHED)).events
    assert all(e.aux in ("hypothetical", "negated") for e in events if e.event == "REJECT")
    text = "Ethiopia said it would resist any attack on its border."
    events = coder.code_article(Article("aside", text, PUBLISHED)).events
    assert any(e.aux not in ("hypothetical", "negated") for e in events)


def test_a_vow_to_answer_an_attack_or_to_purge_a_city_is_a_threat(coder):
    found = _coded(coder, "Kenya vowed to respond if attacked.")
    assert [category for category, _, _ in found] == ["THREATEN"]
    found = _coded(coder, "Kenya vowed to respond to the humanitarian crisis.")
    assert [category for category, _, _ in found] == ["AGREE"]
    found = _coded(coder, "The Ethiopian prime minister vowed to clean up the town of Badme.")
    assert [category for category, _, _ in found] == ["THREATEN"]


def test_a_confirmation_hearing_charges_no_one(coder):
    found = _coded(coder, "The Kenyan senate opened the confirmation hearing of the new foreign minister.")
    assert all(category != "ACCUSE" for category, _, _ in found)


def test_revoking_citizenship_takes_away_a_right(coder):
    found = _coded(coder, "The Bahraini interior minister revoked the activist's citizenship.")
    assert [category for category, _, _ in found] == ["COERCE"]


def test_an_order_that_a_right_be_taken_away_takes_it_away(coder):
    for text in ("The Bahraini interior minister ordered the activist's citizenship revoked.",
                 "The Bahraini interior minister ordered that the activist be stripped of his citizenship."):
        found = _coded(coder, text)
        assert [category for category, _, _ in found] == ["COERCE"], text


def test_participles_coordinated_before_an_agent_share_it(coder):
    text = ("Malian and Nigerien forces, both of them trained and equipped by France, have now turned on "
            "each other.")
    events = coder.code_article(Article("agents", text, PUBLISHED)).events
    assert {frozenset(a.code for a in e.actor) for e in events if e.event == "AID"} == {frozenset({"FRA"})}


def test_a_protest_named_as_the_circumstance_of_an_act_is_news_of_its_own(coder):
    found = _coded(coder, "Police in Nairobi arrested dozens of people on Tuesday during protests against a "
                          "new finance bill, Amnesty International said.")
    assert ("COERCE", frozenset({"KEN"}), frozenset({"KEN"})) in found
    assert ("PROTEST", frozenset({"KEN"}), frozenset({"KEN"})) in found  # a rights group names no state
    found = _coded(coder, "Peru sent troops to the southern city of Puno on Friday after a week of rioting.")
    assert ("PROTEST", frozenset({"PER"}), frozenset({"PER"})) in found


def test_an_attack_told_as_the_circumstance_of_another_act_is_news_of_its_own(coder):
    found = _coded(coder, "Jordan recalled its ambassador from Damascus on Monday after Syrian rocket "
                          "strikes on Irbid.")
    assert ("SANCTION", frozenset({"JOR"}), frozenset({"SYR"})) in found
    assert any(category == "ASSAULT" and actors == {"SYR"} for category, actors, _ in found)


def test_a_circumstance_of_the_same_kind_is_the_act_told_again_unless_set_apart_in_time(coder):
    found = _coded(coder, "Chadian rebels seized the airport of Abeche after a night of fighting.")
    assert [category for category, _, _ in found] == ["ASSAULT"]
    found = _coded(coder, "Kenyan jets struck al-Shabab camps in Somalia on Monday, two weeks after "
                          "al-Shabab gunmen killed 14 soldiers in Mandera.")
    assert [category for category, _, _ in found] == ["ASSAULT", "ASSAULT"]


def test_the_other_sides_act_set_against_the_news_is_news_of_its_own(coder):
    found = _coded(coder, "Ethiopian jets bombed rebel positions in Tigray on Monday, while Eritrean troops "
                          "shelled Ethiopian border towns.")
    assert ("ASSAULT", frozenset({"ERI"}), frozenset({"ETH"})) in found


def test_a_condition_or_an_aim_is_no_circumstance(coder):
    found = _coded(coder, "Sudanese rebels have sworn to fight until they gain control of Khartoum.")
    assert [category for category, _, _ in found] == ["THREATEN"]


def test_people_who_fled_an_act_of_force_were_driven_out_by_its_doers(coder):
    found = _coded(coder, "More than 30,000 Rohingya have fled Rakhine for Bangladesh since the Myanmar "
                          "army's offensive, aid agencies said.")
    assert ("SANCTION", frozenset({"MMR"}), frozenset({"MMR"})) in found
    found = _coded(coder, "Thousands of civilians fled their villages after a Malian army offensive.")
    assert ("SANCTION", frozenset({"MLI"}), frozenset({"MLI"})) in found


def test_a_move_condemned_by_others_is_their_accusation_of_whoever_made_it(coder):
    found = _coded(coder, "Mali's junta banned all political parties on Wednesday, in a move condemned by "
                          "the African Union and France.")
    assert ("ACCUSE", frozenset({"IGO", "FRA"}), frozenset({"MLI"})) in found
    found = _coded(coder, "Fiji recognised Kosovo on Friday, a decision condemned by Serbia.")
    assert ("ACCUSE", frozenset({"SRB"}), frozenset({"FJI"})) in found


def test_a_decision_condemned_after_a_place_is_still_aimed_at_whoever_decided(coder):
    found = _coded(coder, "Guatemala recognised Jerusalem as Israel's capital on Monday and ordered "
                          "preparations to move its embassy from Tel Aviv, a decision condemned by Jordan.")
    assert ("ACCUSE", frozenset({"JOR"}), frozenset({"GTM"})) in found


def test_threats_and_sanctions_told_as_the_circumstance_of_another_act_are_news_of_their_own(coder):
    found = _coded(coder, "Belarus closed its border with Poland on Monday, two days after Warsaw imposed "
                          "sanctions on Minsk.")
    assert ("SANCTION", frozenset({"POL"}), frozenset({"BLR"})) in found
    found = _coded(coder, "North Korea blew up the liaison office on Tuesday, days after threatening to cut "
                          "off ties with Seoul.")
    assert ("THREATEN", frozenset({"PRK"}), frozenset({"KOR"})) in found


def test_who_names_a_target_is_not_the_target(coder):
    found = _coded(coder, "Indian warplanes struck what New Delhi called a militant training camp in "
                          "Pakistan.")
    assert found == [("ASSAULT", frozenset({"IND"}), frozenset({"PAK"}))]
    found = _coded(coder, "Kenyan jets bombed what Nairobi said was a rebel base in Somalia.")
    assert found == [("ASSAULT", frozenset({"KEN"}), frozenset({"SOM"}))]
    found = _coded(coder, "Kenyan jets bombed what Nairobi called a rebel base in Somalia.")
    assert found == [("ASSAULT", frozenset({"KEN"}), frozenset({"SOM"}))]


def test_another_partys_act_set_against_the_news_is_news_of_its_own_whatever_its_kind(coder):
    found = _coded(coder, "Bolivia's opposition denounced the election result, while Brazil and Chile "
                          "refused to recognise the victory of Bolivia's president.")
    assert ("REJECT", frozenset({"BRA", "CHL"}), frozenset({"BOL"})) in found


def test_violence_condemned_is_laid_at_the_door_of_whoever_did_it(coder):
    found = _coded(coder, "Armed Kosovo Serbs attacked a Kosovo police patrol on Sunday. The European Union "
                          "condemned the violence.")
    assert ("ACCUSE", frozenset({"EUR"}), frozenset({"KOS"})) in found


def test_each_side_accusing_the_other_is_both_sides_accusation(coder):
    found = _coded(coder, "Kenya and Somalia agreed to a ceasefire on Friday, with each side accusing the "
                          "other of starting the clashes.")
    assert ("ACCUSE", frozenset({"KEN", "SOM"}), frozenset()) in found
    found = _coded(coder, "Eritrea and Djibouti exchanged fire on Monday, each blaming the other.")
    assert ("ACCUSE", frozenset({"ERI", "DJI"}), frozenset()) in found
    # what the subjects did to each other, not to whoever the charge names
    found = _coded(coder, "Eritrea and Djibouti accused each other of violating a Qatari-brokered truce.")
    assert found == [("ACCUSE", frozenset({"ERI", "DJI"}), frozenset())]
    found = _coded(coder, "Eritrea and Djibouti blamed one another for the clash.")
    assert found == [("ACCUSE", frozenset({"ERI", "DJI"}), frozenset())]


def test_dismay_voiced_at_anothers_act_is_disapproval_of_its_doer(coder):
    found = _coded(coder, "Serbia expelled two Croatian diplomats on Monday. Zagreb said it was deeply "
                          "troubled by the decision.")
    assert ("ACCUSE", frozenset({"HRV"}), frozenset({"SRB"})) in found
    found = _coded(coder, "Finland is alarmed by Russia's troop build-up.")
    assert ("ACCUSE", frozenset({"FIN"}), frozenset({"RUS"})) in found
    assert _coded(coder, "Kenya's central bank is concerned about inflation.") == []


def test_a_claim_asked_about_is_no_decision_condemned_by_who_was_asked(coder):
    found = _coded(coder, "Asked more about the claim the Douma attack was staged, the Russian envoy denies "
                          "he was implying that British forces were involved.")
    assert not [f for f in found if f[0] == "ASSAULT" and "RUS" in f[2]]


def test_parties_named_by_a_vague_region_are_neither_a_state_nor_the_actor_itself(coder):
    found = _coded(coder, "Kenya expelled diplomats from seven Latin American countries on Monday.")
    assert found == [("SANCTION", frozenset({"KEN"}), frozenset())]
    found = _coded(coder, "Kenya expelled diplomats from two Central American countries on Monday.")
    assert found == [("SANCTION", frozenset({"KEN"}), frozenset())]


def test_those_killed_in_a_clash_with_a_party_fought_it_with_that_party(coder):
    text = "Ten Kenyan soldiers were killed in a clash with Ugandan troops near the border on Monday."
    events = [e for e in coder.code_article(Article("clash", text, PUBLISHED)).events if e.event == "ASSAULT"]
    found = [(e.reciprocal, {a.code for a in e.actor}, e.recipient) for e in events]
    assert found == [(True, {"KEN", "UGA"}, [])]


def test_a_border_closed_is_closed_against_the_other_state_the_sentence_names(coder):
    found = _coded(coder, "Kenya suspended its trade pact with Uganda and closed the main border crossing.")
    assert ("COERCE", frozenset({"KEN"}), frozenset({"UGA"})) in found
    found = _coded(coder, "Kenya closed its airspace on Monday.")
    assert found == [("COERCE", frozenset({"KEN"}), frozenset())]


def test_what_is_said_in_an_address_is_news_even_inside_the_circumstance_of_another_act(coder):
    found = _coded(coder, "Kenya recalled its envoy on Monday after a speech in which the Ugandan president "
                          "threatened to invade Kenya.")
    assert ("THREATEN", frozenset({"UGA"}), frozenset({"KEN"})) in found


def test_a_denial_held_as_a_position_is_no_news_but_a_denial_made_on_a_day_is(coder):
    accusation = "Kenya accused Uganda on Monday of arming the rebels, "
    found = _coded(coder, accusation + "a charge Kampala has long denied.")
    assert [category for category, _, _ in found] == ["ACCUSE"]
    found = _coded(coder, accusation + "a charge Kampala denies.")
    assert [category for category, _, _ in found] == ["ACCUSE"]
    found = _coded(coder, accusation + "a charge Kampala denied on Tuesday.")
    assert sorted(category for category, _, _ in found) == ["ACCUSE", "REJECT"]
    found = _coded(coder, "Uganda has repeatedly refused to send troops to Somalia.")
    assert [category for category, _, _ in found] == ["REJECT"]  # refusals, not a position on a charge


def test_an_act_some_time_before_a_future_one_is_done(coder):
    text = "Kenya said it would sue Uganda, a day after breaking off diplomatic relations with Kampala."
    events = coder.code_article(Article("after", text, PUBLISHED)).events
    assert [(e.event, e.aux) for e in events if e.event == "SANCTION"] == [("SANCTION", None)]


def test_a_verb_coordinated_with_another_shares_its_subject(coder):
    found = _coded(coder, "Thousands of protesters defied a curfew and stormed the parliament in Nairobi.")
    assert ("PROTEST", frozenset({"KEN"}), frozenset({"KEN"})) in found
    assert all(category != "ASSAULT" for category, _, _ in found)


def test_forces_sent_to_help_at_home_mobilise_and_sent_abroad_aid(coder):
    found = _coded(coder, "Kenyan troops were deployed on Monday to help police contain protests in Nairobi.")
    assert found == [("MOBILIZE", frozenset({"KEN"}), frozenset({"KEN"}))]
    found = _coded(coder, "Kenya deployed troops to help Somali forces fight the insurgents.")
    assert found == [("AID", frozenset({"KEN"}), frozenset({"SOM"}))]


def test_support_that_no_longer_goes_on_is_cut_off(coder):
    found = _coded(coder, "Norway would no longer fund the Ugandan army, its minister said.")
    assert [category for category, _, _ in found] == ["SANCTION"]
    found = _coded(coder, "Kenya and Uganda stopped supplying arms to the rebels in 2019.")
    assert [category for category, _, _ in found] == ["SANCTION"]


def test_force_that_is_stopped_is_a_concession_and_force_not_stopped_is_no_event(coder):
    found = _coded(coder, "Ethiopian troops stopped shelling the Eritrean border town on Monday.")
    assert [category for category, _, _ in found] == ["CONCEDE"]
    assert _coded(coder, "Ethiopian troops have not stopped shelling the Eritrean border town.") == []


def test_those_killed_fighting_a_group_were_killed_by_it(coder):
    found = _coded(coder, "Other Kenyans killed fighting al-Shabaab in the past year include two officers.")
    assert found == [("ASSAULT", frozenset({"IMG"}), frozenset({"KEN"}))]


def test_the_fight_of_those_who_fell_while_fighting_tells_who_they_were(coder):
    def triggers(text):
        return [e.event_text for e in coder.code_article(Article("wordings", text, PUBLISHED)).events]

    assert triggers("Two Kenyan volunteers were killed while fighting alongside Somali forces.") == ["killed"]
    assert triggers("He was the first Kenyan to die while fighting al-Shabaab in Somalia.") == []
    # a fight told for itself stays an event
    assert triggers("Kenyan volunteers fought alongside Somali forces.") == ["fought"]


def test_its_neighbour_is_the_other_state_of_the_story_not_the_owner(coder):
    found = _coded(coder, "Kenya and Tanzania signed a trade deal on Sunday. Kenya imposed a trade embargo on"
                          " its neighbour in 1994.")
    assert ("SANCTION", frozenset({"KEN"}), frozenset({"TZA"})) in found
    found = _coded(coder, "Kenya and Tanzania signed a trade deal on Sunday. Kenya praised its rival.")
    assert ("SUPPORT", frozenset({"KEN"}), frozenset({"TZA"})) in found


def test_an_unknown_official_belongs_to_the_state_the_news_is_placed_in(coder):
    found = _coded(coder, "Soldiers seized power in Mauritania on Wednesday and vowed to free President"
                          " Amadou Ould Dah. The US envoy spoke by phone with Ould Dah on Saturday.")
    assert ("CONSULT", frozenset({"USA"}), frozenset({"MRT"})) in found
    # where another state's official serves places no one else
    found = _coded(coder, "The US commander in Mali, General John Ray, held talks with President Amadou"
                          " Ould Dah during a visit to Nouakchott.")
    assert all("MLI" not in recipients for _, _, recipients in found)


def test_flags_waved_by_a_crowd_do_not_make_it_foreign(coder):
    found = _coded(coder, "Thousands of junta supporters rallied in Niamey on Sunday, some waving Russian"
                          " flags and chanting slogans.")
    assert [actors for category, actors, _ in found if category == "PROTEST"] == [frozenset({"NER"})]


def test_a_warning_of_hardship_or_difficulty_threatens_no_one(coder):
    assert _coded(coder, "Three UN agencies warned that Somalia was facing a real risk of famine.") == []
    assert _coded(coder, "Britain's security service warned of an upshift in terrorism.") == []
    assert _coded(coder, "Germany warned that the repatriation would be extremely difficult.") == []
    found = _coded(coder, "Algeria warned that it would recall its ambassador from Madrid.")
    assert [category for category, _, _ in found] == ["THREATEN"]


def test_showing_something_is_no_demonstration(coder):
    assert _coded(coder, "The missile tests demonstrate how far Pyongyang can reach.") == []
    assert _coded(coder, "As Trump demonstrates daily, the alliance is weak.") == []
    found = _coded(coder, "Thousands of students demonstrated in Tehran on Friday.")
    assert [category for category, _, _ in found] == ["PROTEST"]


def test_a_clash_of_views_is_a_quarrel_not_a_battle(coder):
    found = _coded(coder, "Moscow and Ankara clashed over the ceasefire on Monday.")
    assert found == [("ACCUSE", frozenset({"RUS", "TUR"}), frozenset())]
    found = _coded(coder, "Kenyan police clashed with protesters in Nairobi.")
    assert [category for category, _, _ in found] == ["ASSAULT"]


def test_what_is_fired_is_the_weapon_not_the_party_hit(coder):
    found = _coded(coder, "Ethiopia fired 20 missiles at the Eritrean airbase at Assab.")
    assert found == [("ASSAULT", frozenset({"ETH"}), frozenset({"ERI"}))]
    found = _coded(coder, "Iran shot down an American drone.")
    assert found == [("ASSAULT", frozenset({"IRN"}), frozenset({"USA"}))]


def test_a_town_liberated_from_a_group_was_taken_from_that_group(coder):
    found = _coded(coder, "Nigerian troops liberated the town of Bama from Boko Haram.")
    assert found == [("ASSAULT", frozenset({"NGA"}), frozenset({"IMG"}))]


def test_the_side_a_group_fights_on_describes_the_group(coder):
    assert _coded(coder, "Kurdish militias fighting in Iraq are a threat to Turkey, Erdogan said.") == []
    assert _coded(coder, "Kenyan recruits fighting for al-Shabaab face prosecution at home.") == []
    found = _coded(coder, "Kenyan troops fought al-Shabaab militants near the Somali border.")
    assert [category for category, _, _ in found] == ["ASSAULT"]


def test_a_demand_no_longer_made_is_a_concession(coder):
    found = _coded(coder, "Ethiopia no longer demands that Eritrea withdraw from Badme.")
    assert [category for category, _, _ in found] == ["CONCEDE"]


def test_a_decision_not_to_take_part_is_a_refusal(coder):
    found = _coded(coder, "Uganda chose not to join the talks in Nairobi.")
    assert [category for category, _, _ in found] == ["REJECT"]
    found = _coded(coder, "Uganda did not join the talks in Nairobi.")
    assert found == []


def test_the_object_of_a_relative_clause_is_the_noun_it_describes(coder):
    found = _coded(coder, "Al-Shabaab, which Kenyan troops attacked in 2019, still holds the town.")
    assert ("ASSAULT", frozenset({"KEN"}), frozenset({"IMG"})) in found


def test_an_act_a_party_is_only_allowed_or_asked_to_vote_on_did_not_happen(coder):
    text = "The Security Council gave Kenya a mandate to fight al-Shabaab in Somalia."
    assert "ASSAULT" not in [category for category, _, _ in _coded(coder, text)]
    text = "Kenyan lawmakers abstained in the vote to attack Somalia in 2013."
    assert "ASSAULT" not in [category for category, _, _ in _coded(coder, text)]


def test_a_request_made_of_a_party_of_no_state_is_not_aimed_at_what_it_asks_done(coder):
    found = _coded(coder, "Kenya urged western countries to repatriate captured al-Shabaab fighters.")
    assert found == [("REQUEST", frozenset({"KEN"}), frozenset())]


def test_acts_of_one_category_in_different_modes_are_different_events(coder):
    text = ("Ugandan police detained the opposition leader in Kampala. The government later declared a state "
            "of emergency in Kampala.")
    assert [category for category, _, _ in _coded(coder, text)] == ["COERCE", "COERCE"]


def test_no_reports_of_an_act_say_it_did_not_happen(coder):
    assert _coded(coder, "There were no immediate reports of street protests in Kampala.") == []
    assert _coded(coder, "There were reports of street protests in Kampala.") != []


def test_forces_a_state_pulls_back_or_withdraws_are_its_own_not_acted_on(coder):
    assert _coded(coder, "Belgium has pulled back its ground forces to avoid clashes.") == [
        ("RETREAT", frozenset({"BEL"}), frozenset())]
    found = _coded(coder, "Belgium's president ordered the withdrawal of Belgian troops from Mali.")
    assert ("CONCEDE", frozenset({"BEL"}), frozenset({"MLI"})) in found
    # a force of another state is still acted on
    found = _coded(coder, "Mali ordered the withdrawal of French troops.")
    assert ("CONCEDE", frozenset({"MLI"}), frozenset({"FRA"})) in found


def test_who_made_the_remarks_answered_is_the_recipient(coder):
    found = _coded(coder, "Ghana's president hit back at comments made by the Nigerian foreign minister.")
    assert ("ACCUSE", frozenset({"GHA"}), frozenset({"NGA"})) in found


def test_being_in_talks_with_a_party_consults_it(coder):
    assert _coded(coder, "Chile has been in talks with Bolivia over access to the sea.") == [
        ("CONSULT", frozenset({"CHL"}), frozenset({"BOL"}))]
    # what one suffers is no act of one's own
    assert _coded(coder, "Two Chilean sailors remain in detention.") == []


def test_a_clause_that_opens_the_sentence_as_its_subject_demands_nothing(coder):
    found = _coded(coder, "That the Belgian president has now announced a large troop withdrawal must be "
                          "taken with a pinch of salt.")
    assert "REQUEST" not in [category for category, _, _ in found]
    found = _coded(coder, "Belgium's foreign minister said that Mali must release the hostages.")
    assert ("REQUEST", frozenset({"BEL"}), frozenset({"MLI"})) in found


def test_a_visit_to_ones_own_troops_abroad_is_hosted_by_the_country_they_are_in(coder):
    assert _coded(coder, "The Belgian prime minister visited Belgian troops in Mali.") == [
        ("CONSULT", frozenset({"BEL"}), frozenset({"MLI"}))]
    assert _coded(coder, "Putin visited a Russian airbase in Syria.") == [
        ("CONSULT", frozenset({"RUS"}), frozenset({"SYR"}))]


def test_an_act_a_party_decided_threatened_or_moved_to_do_is_that_party_s(coder):
    assert ("SANCTION", frozenset({"USA"}), frozenset({"IRN"})) in _coded(
        coder, "The US decision to reimpose sanctions on Iran angered Tehran.")
    # a withdrawal decided is announced, not done; an attack threatened is a threat
    assert ("CONCEDE", frozenset({"BEL"}), frozenset({"MLI"})) in _coded(
        coder, "Belgium's decision to withdraw from Mali stunned its allies.")
    assert _coded(coder, "Erdogan's threat to attack Manbij angered Damascus.")[:1] == [
        ("THREATEN", frozenset({"TUR"}), frozenset({"SYR"}))]
