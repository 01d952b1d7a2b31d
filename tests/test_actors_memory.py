"""A whole article: mentions in text order, within-article memory, and the look-up the event coder uses."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from dotterel.actors.resolver import ActorResolver
from dotterel.config import Settings
from dotterel.models import Article


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver.from_settings(Settings())


def _token(doc: Doc, word: str, nth: int = 0) -> Token:
    return [t for t in doc if t.text == word][nth]


def _codes(entities) -> list[tuple[str | None, str | None]]:
    return [(e.code, e.sector) for e in entities]


def _states_of(nlp, resolver, text: str, word: str) -> set[str | None]:
    """The codes the article's memory gives the phrase headed by `word`."""
    doc = nlp(text)
    return {e.code for e in resolver.index(doc).entities_for(_token(doc, word))}


def test_mentions_come_in_text_order_with_offsets(nlp: Language, resolver: ActorResolver):
    doc = nlp("Chilean police detained two students. Argentina protested.")
    mentions = resolver.find_mentions(doc)
    starts = [m.span.start_char for m in mentions]
    assert starts == sorted(starts)
    assert [(e.code, e.sector) for m in mentions for e in m.entities] == [
        ("CHL", "COP"), (None, "EDU"), ("ARG", None)]
    for mention in mentions:
        for entity in mention.entities:
            assert doc.text[entity.start : entity.end] == entity.entity_text


def test_surname_resolves_to_the_person_named_earlier(nlp, resolver):
    doc = nlp("Kenyan Interior Minister Otieno Wambua visited the border town. "
              "Wambua said the attackers had fled.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "Wambua", 1))) == [("KEN", "GOV")]
    assert index.mention_at(_token(doc, "Wambua", 1)).resolved_by == "memory"


def test_a_listed_person_named_in_apposition_is_recalled_by_surname(nlp, resolver):
    doc = nlp("The US national security adviser, John Bolton, visited Ankara. Erdogan criticised Bolton.")
    index = resolver.index(doc)
    assert [code for code, _ in _codes(index.entities_for(_token(doc, "Bolton", 1)))] == ["USA"]


def test_western_countries_are_a_bloc_of_no_state_not_the_state_named_before(nlp, resolver):
    doc = nlp("Trump visited Ankara on Monday. He urged western countries to act.")
    index = resolver.index(doc)
    assert [code for code, _ in _codes(index.entities_for(_token(doc, "countries")))] == [None]


def test_same_title_later_resolves_to_the_same_party(nlp, resolver):
    doc = nlp("The Norwegian foreign minister arrived in Hanoi on Monday. "
              "The foreign minister later met students.")
    index = resolver.index(doc)
    later = [t for t in doc if t.text == "minister"][1]
    assert _codes(index.entities_for(later)) == [("NOR", "GOV")]


def test_bare_agent_noun_takes_code_of_latest_party_with_that_sector(nlp, resolver):
    doc = nlp("Bolivian soldiers clashed with miners near the mine. The officer in charge was wounded.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "officer"))) == [("BOL", "MIL")]


def test_his_country_is_the_speakers_country(nlp, resolver):
    doc = nlp("Peruvian President Carla Ruiz spoke in Quito. Ruiz said her country wanted a fair deal.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "country"))) == [("PER", "GOV")]


def test_the_officer_said_refers_to_the_person_quoted(nlp, resolver):
    doc = nlp("Pakistani Defense Secretary Mian Hilal Hussain praised the Russian Army. "
              "\"We are learning a lot from the Russian Army,\" the officer said.")
    index = resolver.index(doc)
    assert [e.code for e in index.entities_for(_token(doc, "officer"))] == ["PAK"]


def test_the_two_countries_are_the_last_two_states_named(nlp, resolver):
    doc = nlp("Peru and Chile signed a fishing accord. The two countries will patrol jointly.")
    index = resolver.index(doc)
    assert sorted(e.code for e in index.entities_for(_token(doc, "countries"))) == ["CHL", "PER"]


def test_its_troops_belong_to_the_party_just_named(nlp, resolver):
    doc = nlp("Armenia said on Monday that its troops had left the village.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "troops"))) == [("ARM", "MIL")]


def test_pronoun_subject_takes_the_latest_person(nlp, resolver):
    doc = nlp("Ghanaian Foreign Minister Ama Mensah flew to Lome. She criticised the coup.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "She"))) == [("GHA", "GOV")]


def test_he_after_a_new_person_without_a_country_is_not_someone_named_before(nlp, resolver):
    doc = nlp("Lavrov met the envoy on Monday. Ahmed Hassan, a local official, said he supports the plan.")
    index = resolver.index(doc)
    assert all(e.code is None for e in index.entities_for(_token(doc, "he")))


def test_a_new_named_person_is_not_guessed_from_memory(nlp, resolver):
    doc = nlp("Moroccan diplomats met President Tomas Berg of the Republic.")
    index = resolver.index(doc)
    assert [e.code for e in index.entities_for(_token(doc, "Berg"))] == [None]


def test_a_stateless_people_gets_no_code_from_memory(nlp, resolver):
    doc = nlp("Syrian rebels seized the town. Kurdish fighters later retook it.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "fighters"))) == [(None, "REB")]


def test_vague_regions_get_no_code_from_memory(nlp, resolver):
    doc = nlp("Serbian officials rejected the plan. Western diplomats said talks would go on.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "diplomats"))) == [(None, "GOV")]


def test_a_counted_group_is_a_new_party_not_the_forces_named_before(nlp, resolver):
    doc = nlp("Eritrean troops shelled the border town, wounding three soldiers.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "soldiers"))) == [(None, "MIL")]


def test_an_armed_body_introduced_by_a_is_a_new_party(nlp, resolver):
    doc = nlp("Russia has pulled back its ground forces. A US plan to train a 30,000-strong border force "
              "has angered Ankara.")
    index = resolver.index(doc)
    assert all(e.code != "RUS" for e in index.entities_for(_token(doc, "force")))


def test_some_of_a_kind_are_not_the_one_named_before(nlp, resolver):
    doc = nlp("Eritrea's foreign minister, Osman Saleh, flew to Cairo. In Addis Ababa, several ministers"
              " resigned.")
    index = resolver.index(doc)
    assert all(e.code != "ERI" for e in index.entities_for(_token(doc, "ministers")))


def test_the_definite_group_still_refers_back(nlp, resolver):
    doc = nlp("Eritrean troops crossed the river. The soldiers then shelled the town.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "soldiers"))) == [("ERI", "MIL")]


def test_a_vague_region_is_marked_so_that_no_code_is_guessed_for_it(nlp, resolver):
    doc = nlp("Zambia asked Western governments and the international community for food aid.")
    index = resolver.index(doc)
    assert index.names_region(_token(doc, "governments"))
    assert not index.names_region(_token(doc, "Zambia"))
    assert not any(e.code for e in index.entities_for(_token(doc, "community")))


def test_it_in_the_next_sentence_is_the_body_that_was_the_subject(nlp, resolver):
    doc = nlp("Kazakhstan closed two crossings on Monday. It said the measure was temporary.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "It"))) == [("KAZ", None)]


def test_it_does_not_point_to_a_person(nlp, resolver):
    doc = nlp("President Tokayev closed two crossings on Monday. It was not clear why.")
    index = resolver.index(doc)
    assert not any(e.code for e in index.entities_for(_token(doc, "It")))


def test_they_is_the_latest_plural_subject_even_without_a_code(nlp, resolver):
    doc = nlp("Uzbek troops crossed the river. Separatist fighters said they had repelled the attack.")
    index = resolver.index(doc)
    assert not any(e.code for e in index.entities_for(_token(doc, "they")))


def test_they_is_a_coordinated_subject(nlp, resolver):
    text = "Peru and Chile signed a fishing accord. They will meet again in June."
    assert _states_of(nlp, resolver, text, "They") == {"PER", "CHL"}


def test_its_at_the_start_of_a_sentence_is_the_previous_subject(nlp, resolver):
    doc = nlp("Georgia rejected the report. Its foreign ministry called it biased.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "ministry"))) == [("GEO", "GOV")]


@pytest.mark.parametrize(
    ("text", "word", "states"),
    [
        # "both sides" leaves out the subject that speaks of them
        ("Sudan accused Chad of arming the rebels. Egypt urged both sides to show restraint.",
         "sides", {"SDN", "TCD"}),
        # ... and states other than the pair urging them
        ("Eritrea accused Ethiopia of massing troops. The UN voiced concern. Kenya and Uganda urged "
         "both sides to talk.",
         "sides", {"ERI", "ETH"}),
        # "both sides": the pair the story names together most, not the latest pair
        ("Eritrea and Ethiopia traded fire on Monday. Eritrea and Ethiopia blamed each other. France "
         "and Italy voiced concern, and Cairo and Khartoum denied sending arms. Kenya urged both sides "
         "to talk.",
         "sides", {"ERI", "ETH"}),
        # "the parties": those the story names together
        ("Eritrea and Ethiopia traded fire on Monday. France voiced concern. The UN appealed to the "
         "parties to respect the truce.",
         "parties", {"ERI", "ETH"}),
        # "all sides" of a domestic crisis: the state the story is about, not the pair that spoke last
        ("Myanmar's military seized power on Monday. Myanmar's generals detained the leaders. Australia"
         " and Japan called for calm. China called on all sides to settle their differences.",
         "sides", {"MMR"}),
        # an object "them" after a pair met in the sentence: that pair
        ("Sudanese rebels shelled the border. Egypt's envoy met Kenyan and Ugandan ministers and urged "
         "them to talk.",
         "them", {"KEN", "UGA"}),
    ],
)
def test_a_group_named_by_its_number_or_role_is_the_states_the_story_names(nlp, resolver, text, word, states):
    assert _states_of(nlp, resolver, text, word) == states


def test_ministers_from_the_three_countries_are_of_the_three_named_together(nlp, resolver):
    doc = nlp("Ghana, Togo and Benin will host the summit. Ministers from the three countries met on Sunday.")
    index = resolver.index(doc)
    assert sorted(code for code, _ in _codes(index.entities_for(_token(doc, "Ministers")))) == [
        "BEN", "GHA", "TGO"]


def test_the_two_leaders_are_the_last_two_named(nlp, resolver):
    text = ("Vietnam's president met the Laotian prime minister in Hanoi. The two leaders signed a border "
            "agreement.")
    assert _states_of(nlp, resolver, text, "leaders") == {"VNM", "LAO"}


def test_the_group_is_the_armed_group_named_before(nlp, resolver):
    doc = nlp("Houthi fighters seized a tanker on Monday. The group said it would release the crew.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "group"))) == [("YEM", "REB")]


def test_the_agency_is_the_organisation_named_before_not_the_place_it_works_in(nlp, resolver):
    doc = nlp("The World Food Programme cut rations for refugees in Chad. The agency appealed to donors.")
    index = resolver.index(doc)
    assert [code for code, _ in _codes(index.entities_for(_token(doc, "agency")))] == ["UNO"]


def test_domestic_group_belongs_to_the_one_state_the_article_is_set_in(nlp, resolver):
    doc = nlp("Thousands marched through Yerevan on Sunday. Riot police detained dozens of protesters.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "police"))) == [("ARM", "COP")]
    assert _codes(index.entities_for(_token(doc, "dozens"))) == [("ARM", "CVL")]


def test_no_home_state_when_the_article_names_two(nlp, resolver):
    doc = nlp("Talks between Serbia and Kosovo stalled in Brussels. Riot police detained dozens of "
              "protesters.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "police"))) == [(None, "COP")]


def test_the_state_a_leader_heads_counts_among_the_places_of_the_news(nlp, resolver):
    doc = nlp("Kenyan President Kamau Otieno accused the opposition of sympathising with Somalia. Riot "
              "police detained dozens of protesters.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "police"))) == [(None, "COP")]  # not Somalia's


def test_all_sides_are_the_parties_last_named_together_else_the_state_of_the_news(nlp, resolver):
    doc = nlp("Fighting between Armenia and Azerbaijan continued. The EU urged all sides to show restraint.")
    index = resolver.index(doc)
    assert sorted(code for code, _ in _codes(index.entities_for(_token(doc, "sides")))) == ["ARM", "AZE"]
    doc = nlp("Rebels advanced on the outskirts of Tripoli. The UN urged all parties to show restraint. "
              "It sent three envoys.")
    index = resolver.index(doc)
    assert [code for code, _ in _codes(index.entities_for(_token(doc, "parties")))] == ["LBY"]


def test_a_sentence_naming_a_state_places_its_own_groups(nlp, resolver):
    doc = nlp("Strikes hit Lagos on Monday. Ghanaian traders said police in Accra had closed their shops.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "police"))) == [("GHA", "COP")]


def test_without_earlier_party_a_bare_agent_keeps_code_none(nlp, resolver):
    doc = nlp("The ministry denied the report.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "ministry"))) == [(None, "GOV")]


def test_entities_for_splits_coordinated_parties(nlp, resolver):
    doc = nlp("Moscow and Islamabad signed a defence pact.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "Moscow"))) == [("RUS", "GOV"), ("PAK", "GOV")]


def test_entities_for_looks_through_a_passive_by_phrase(nlp, resolver):
    doc = nlp("The convoy was attacked by Malian soldiers.")
    index = resolver.index(doc)
    by = _token(doc, "by")
    assert _codes(index.entities_for(by)) == [("MLI", "MIL")]
    assert _codes(index.entities_for(doc[by.i : by.i + 3])) == [("MLI", "MIL")]


def test_entities_for_a_phrase_that_is_no_mention_falls_back_to_reading_it(nlp, resolver):
    doc = nlp("Police in Cairo arrested dozens.")
    index = resolver.index(doc)
    assert _codes(index.entities_for(_token(doc, "Cairo"))) == [("EGY", "GOV")]
    assert index.entities_for(_token(doc, "arrested")) == []


def test_empty_and_unparsed_input_names_no_one(nlp, resolver):
    assert resolver.find_mentions(nlp("")) == []
    unparsed = nlp.make_doc("Russian troops crossed the river.")
    assert resolver.find_mentions(unparsed) == []
    assert resolver.resolve_span(unparsed[0:2]) == []
    doc = nlp("Russian troops crossed the river.")
    assert resolver.index(doc).entities_for(doc[2:2]) == []


def test_entities_returned_are_copies(nlp, resolver):
    doc = nlp("Nepali troops withdrew.")
    index = resolver.index(doc)
    first = index.entities_for(_token(doc, "troops"))
    first[0].code = "XXX"
    assert _codes(index.entities_for(_token(doc, "troops"))) == [("NPL", "MIL")]


def test_he_after_a_new_uncoded_surname_is_not_the_person_named_before(coder):
    text = "Biden unveiled the pact on Wednesday. Morrison said on Saturday that he had criticised Macron."
    events = coder.code_article(Article("he", text, "2021-09-18")).events
    assert not any(e.code == "USA" for ev in events if ev.event == "ACCUSE" for e in ev.actor)


def test_a_president_with_an_indefinite_article_is_not_the_president_named_before(coder):
    text = ("President Donald Trump recognised Juan Guaido as Venezuela's leader on Wednesday. In Caracas, "
            "the Venezuelan armed forces said they did not recognise a self-proclaimed president.")
    events = coder.code_article(Article("a-president", text, "2019-01-24")).events
    assert not any(e.code == "USA" for ev in events if ev.event == "REJECT" for e in ev.recipient)


GROUPS_REMEMBERED = [
    # "the three countries" stay the three first meant, however many states are named between
    ("Washington and London will help Australia build submarines, and the three countries will share "
     "technology. France recalled its envoys. Paris accused Britain of opportunism. China urged the three "
     "countries to abandon their Cold War mentality.", "REQUEST", "recipient", {"USA", "GBR", "AUS"}),
    # ... and are the powers listed before, not the last three named
    ("The three key regional powers – Russia, Iran and Turkey – will meet in Sochi. Saudi Arabia and Syria "
     "were not invited. Foreign ministers from the three countries met in Antalya on Sunday.", "CONSULT",
     "actor", {"RUS", "IRN", "TUR"}),
    # "the two powers" are the pair named together
    ("Biden and Xi agreed on Wednesday to resume military talks. Japan's prime minister welcomed the "
     "restoration of dialogue between the two powers.", "SUPPORT", "recipient", {"USA", "CHN"}),
]


@pytest.mark.parametrize(("text", "category", "role", "codes"), GROUPS_REMEMBERED)
def test_a_number_of_states_recalls_the_group_meant_before(coder, text, category, role, codes):
    events = [ev for ev in coder.code_article(Article("group", text, "2021-09-18")).events
              if ev.event == category]
    assert events and {e.code for e in getattr(events[0], role)} == codes



def test_it_after_an_unnamed_body_inside_an_object_is_that_body(coder):
    text = ("Mali's junta suspended the broadcasts of a French television channel on Monday, accusing it of "
            "spreading false news.")
    events = coder.code_article(Article("it-body", text, "2024-03-04")).events
    assert [[e.code for e in ev.recipient] for ev in events if ev.event == "ACCUSE"] == [["FRA"]]


def test_a_new_person_titled_by_a_body_named_before_is_that_bodys(coder):
    text = ("Mali's military junta expelled the French ambassador on Monday. Meeting in Abuja on Sunday, "
            "West African leaders froze the assets of junta members. In a statement on state television, "
            "junta spokesman Colonel Idrissa Keita accused France of interfering.")
    events = coder.code_article(Article("t", text, published="2022-02-01")).events
    assert ({"MLI"}, {"FRA"}) in [({a.code for a in e.actor}, {r.code for r in e.recipient}) for e in events
                                  if e.event == "ACCUSE"]


def test_a_body_named_by_its_name_is_recalled_by_its_head_noun(coder):
    text = ("The European Commission fined Poland in 2021. Poland rejected the fine on Monday. The "
            "Commission released 5 billion euros to Poland in December. A Commission spokesman warned "
            "Warsaw that the sums would be deducted.")
    events = coder.code_article(Article("t", text, published="2024-06-14")).events
    parties = {(e.event, frozenset(a.code for a in e.actor)) for e in events}
    assert ("AID", frozenset({"EUR"})) in parties  # "the Commission released ..."
    assert ("THREATEN", frozenset({"EUR"})) in parties  # "a Commission spokesman warned ..."


def test_a_lower_case_kind_word_is_no_body_named_before(coder):
    # "military" says what kind of prosecutors they are, not that they are the French military's
    text = ("The French military handed over its last base to Niger on Friday. Military prosecutors "
            "charged two journalists with treason on Monday.")
    events = coder.code_article(Article("t", text, published="2024-06-14")).events
    assert all("FRA" not in {a.code for a in e.actor} for e in events if e.event == "ACCUSE")


def test_the_government_is_one_states_not_the_governments_named_before(coder):
    text = ("Maduro was declared the winner of Venezuela's election on Monday. The governments of Brazil, "
            "Colombia and Mexico urged Venezuela to publish the tallies. The government and the opposition "
            "signed an electoral roadmap in Barbados last October.")
    events = coder.code_article(Article("t", text, published="2024-08-02")).events
    assert [{a.code for a in e.actor} for e in events if e.event == "SUPPORT"] == [{"VEN"}]


def test_a_body_seated_somewhere_is_not_that_states(coder):
    text = ("The Court of Justice of the European Union fined Hungary on Thursday. In 2020 the "
            "Luxembourg-based court condemned Hungary for detaining asylum seekers.")
    events = coder.code_article(Article("t", text, published="2024-06-14")).events
    assert [{a.code for a in e.actor} for e in events if e.event == "ACCUSE"] == [{"EUR"}]


def test_he_in_the_next_sentence_is_the_subject_of_its_main_clause(nlp, resolver):
    text = ("Secretary of State Mike Pompeo said Washington would not comply, arguing that Maduro no longer "
            "had the authority to break off relations. He also called on the army to restore democracy.")
    assert _states_of(nlp, resolver, text, "He") == {"USA"}


def test_a_name_with_a_title_in_apposition_is_one_person(nlp, resolver):
    # the tagger reads "Morales" as a plural noun; the title beside it names one person
    text = ("Morales, Bolivia's first indigenous president, resigned on Sunday after the army chief urged "
            "him to step down. Hours earlier, he had agreed to hold a new election.")
    assert _states_of(nlp, resolver, text, "he") == {"BOL"}


def test_both_sides_are_the_states_one_phrase_named_together(nlp, resolver):
    text = ("Indian and Chinese troops clashed on the border. In Washington, the White House said both "
            "sides had quickly disengaged.")
    assert _states_of(nlp, resolver, text, "sides") == {"IND", "CHN"}


def test_a_body_placed_in_another_state_is_not_the_foreign_one_named_before(nlp, resolver):
    text = ("Kenyan police arrived in Haiti on Tuesday. Gangs have attacked police stations and prisons in "
            "Port-au-Prince.")
    assert _states_of(nlp, resolver, text, "stations") == {"HTI"}
