"""Event clusters, the rules that let differently coded or worded reports of one event meet: act classes,
named places, coder party slips, mutual meetings, and the vetoes that keep alike reports of two events
apart. Every sentence here is invented."""

from __future__ import annotations

from dataclasses import replace

from storefakes import FakeCoded, article, make_event, unrelated_events

from dotterel.store import Store
from dotterel.store.clusters import recluster
from dotterel.store.evidence import (
    act_words,
    all_country_words,
    locations_named,
    places_named,
    proper_names,
    struck_places,
)


def _clusters(tmp_path, reports) -> dict[str, str]:
    """reports: (doc_id, Event), each doc its own article, after a dozen unrelated ones so that word
    rarity is estimated as in a real store. Returns {event id: cluster_id}."""
    filler = unrelated_events(12)
    by_doc: dict[str, FakeCoded] = {}
    for doc_id, event in [*filler, *reports]:
        by_doc.setdefault(doc_id, FakeCoded(article(doc_id), [])).events.append(event)
    with Store(tmp_path / "c.duckdb") as store:
        store.add(list(by_doc.values()))
        recluster(store)
        return dict(store.con.execute("SELECT id, cluster_id FROM events").fetchall())


def _event(doc_id, n, category, actors, recipients, text, trigger, *, date="2022-08-16", mentions=None, **kw):
    event = make_event(doc_id, n, category, actors, recipients, text=text, trigger=trigger, date=date, **kw)
    for entity, mention in zip([*event.actor, *event.recipient], mentions or [], strict=False):
        entity.entity_text = mention
    return event


def test_triggers_of_one_act_class_name_one_act():
    assert act_words("launched an offensive") & act_words("the assault")
    assert act_words("pulled out") & act_words("ordered the withdrawal")
    assert act_words("were injured") & act_words("wounded")
    # narrow classes: killing is not shelling, a meeting is not a phone call, pulling back is no backing
    assert not act_words("killed") & act_words("shelled")
    assert not act_words("met") & act_words("spoke by phone")
    assert not act_words("pull back") & act_words("backed")
    # troops sent into a place invade it; troops sent to a country are deployed
    assert act_words("sent troops", " – and militias – into the enclave") & act_words("launched an offensive")
    assert not act_words("sent troops", " to the capital") & act_words("launched an offensive")
    # a resignation handed in or tendered is a resignation
    assert act_words("handed", " in his resignation on Thursday") & act_words("resigned")
    assert act_words("tendered", " her resignation") & act_words("quit")
    # the act ordered, past the troops ordered to do it
    assert act_words("ordered", " 2,000 US troops in Syria to leave by May") & act_words("will leave")
    assert act_words("ordered troops", " to pull out") & act_words("the withdrawal")
    assert not act_words("ordered troops", " to the border") & act_words("the withdrawal")
    # a pullout told around its troops
    assert act_words("pull troops", " US troops out of Syria") & act_words("the withdrawal")
    assert not act_words("pull troops", " US troops back to the border") & act_words("the withdrawal")


def test_a_toll_names_the_attack_that_took_it():
    assert act_words("were killed", " in the gas attack on the market") & act_words("the attack")
    before = "the strike on the depot, which killed three and "
    assert act_words("injured", " dozens", before) & act_words("struck")
    assert act_words("died", " by shelling near the dam") & act_words("shelled")
    assert not act_words("were killed", " in the crash of their jeep") & act_words("the attack")
    assert not act_words("killed", " two") & act_words("shelled")


def test_locations_are_named_places_of_the_act_not_countries_or_bodies():
    drop = all_country_words()
    assert locations_named("the assault on the town of Qalaat Hamra in Syria", drop) == {"qalaat", "hamra"}
    assert locations_named("a team from the Organisation for Chemical Weapons", drop) == frozenset()
    assert locations_named("troops left on Tuesday", drop) == frozenset()
    assert locations_named("the assault on the Kurdish enclave of Tal Tamr", drop) == {"tal", "tamr"}
    assert locations_named("shelling of the rebel-held district of Jobar", drop) == frozenset()
    assert locations_named("attacks on the rebel-held district of Jobar", drop) == {"jobar"}
    # whose side holds it is no name: "Kurdish-held territory" is nowhere in particular
    assert locations_named("its incursion into Kurdish-held territory", drop) == frozenset()
    assert locations_named("the assault on Kurdish-held Jobar", drop) == {"jobar"}
    assert proper_names("fighters said Russian-backed units shelled Jobar") == {"jobar"}


def test_the_named_object_of_a_verb_of_striking_is_the_place_of_the_act():
    drop = all_country_words()
    assert struck_places("jets bombed Qalaat Hamra at dawn", drop) == {"qalaat", "hamra"}
    assert struck_places("shelling the rebel-held town of Tal Tamr", drop) == {"tal", "tamr"}
    assert struck_places("troops recaptured Ain Dara", drop) == {"ain", "dara"}
    # a country is too large a place; the doer is no place; a possessor owns what follows
    assert struck_places("jets bombed Syria again", drop) == frozenset()
    assert struck_places("attacked Hasm fighters", drop, frozenset({"hasm"})) == frozenset()
    assert struck_places("struck Erdogan's convoy", drop) == frozenset()


def test_a_name_that_owns_a_noun_is_no_place_unless_the_act_is_inside_it():
    drop = all_country_words()
    assert locations_named("the envoy resigned over Donald Trump's decision to leave", drop) == frozenset()
    assert locations_named("jets struck on Erdogan\u2019s orders", drop) == frozenset()
    assert locations_named("fighting in Afrin's old town", drop) == {"afrin"}


def test_a_name_before_the_act_noun_is_its_place_unless_it_is_a_party():
    drop = all_country_words()
    assert locations_named("after the Qalaat Hamra gas attack", drop) == {"qalaat", "hamra"}
    assert locations_named("since the Syrian offensive began", drop) == frozenset()
    assert locations_named("the Hasm attack on the convoy", drop, frozenset({"hasm"})) == frozenset()


def test_a_possessive_names_an_owner_not_a_place():
    assert places_named("played a key role in Turkey's assault on the enclave") == frozenset()
    assert places_named("US troops in Syria and Iraq withdrew from Iraq") == {"SYR", "IRQ"}


def test_one_offensive_worded_as_offensive_and_as_assault_at_one_place_merges(tmp_path):
    ids = _clusters(tmp_path, [
        ("a", _event("a", 0, "ASSAULT", ["TUR"], ["SYR"],
                     "Turkish troops launched an offensive on Qalaat Hamra at dawn, officials said.",
                     "launched an offensive")),
        ("b", _event("b", 0, "ASSAULT", ["TUR"], ["SYR"],
                     "The Turkish assault on Qalaat Hamra left the market town without power.", "assault",
                     date="2022-08-17")),
        # the same words about another town: another event
        ("c", _event("c", 0, "ASSAULT", ["TUR"], ["SYR"],
                     "The Turkish assault on Ain Dara left the market town without power.", "assault",
                     date="2022-08-17")),
    ])
    assert ids["a-0"] == ids["b-0"] != ids["c-0"]


def test_a_report_of_the_dead_joins_the_report_of_the_attack_that_killed_them(tmp_path):
    ids = _clusters(tmp_path, [
        ("a", _event("a", 0, "ASSAULT", ["SYR"], [],
                     "The gas attack in Qalaat Hamra on Saturday was condemned across the region.", "attack",
                     date="2022-08-13", event_date="2022-08-13")),
        ("b", _event("b", 0, "ASSAULT", ["SYR"], [],
                     "Doctors doubt that 300 people were injured in the gas attack in Qalaat Hamra.",
                     "injured", date="2022-08-17")),
        # a toll taken elsewhere, in a crash: no attack to share
        ("c", _event("c", 0, "ASSAULT", ["SYR"], [],
                     "Doctors said 300 people were injured when a bus overturned in Qalaat Hamra.",
                     "injured", date="2022-08-17")),
    ])
    assert ids["a-0"] == ids["b-0"] != ids["c-0"]


def test_a_town_bombed_as_the_recipient_is_the_place_of_the_attack_reported_there(tmp_path):
    ids = _clusters(tmp_path, [
        ("a", _event("a", 0, "ASSAULT", ["SYR"], ["SYR"],
                     "The gas attack in Qalaat Hamra on Saturday was condemned across the region.", "attack",
                     date="2022-08-13", event_date="2022-08-13", mentions=["", "Qalaat Hamra"])),
        ("b", _event("b", 0, "ASSAULT", ["SYR"], ["SYR"],
                     "The air force was able to bomb Qalaat Hamra because its allies control the skies"
                     " over the whole western half of the country, analysts in three capitals argue.", "bomb",
                     date="2022-08-14", mentions=["The air force", "Qalaat Hamra"])),
        # another town bombed the next day: another attack
        ("c", _event("c", 0, "ASSAULT", ["SYR"], ["SYR"],
                     "The air force was able to bomb Ain Dara because its allies control the skies"
                     " over the whole western half of the country, analysts in three capitals argue.", "bomb",
                     date="2022-08-14", mentions=["The air force", "Ain Dara"])),
    ])
    assert ids["a-0"] == ids["b-0"] != ids["c-0"]


def test_a_report_listing_more_actors_without_a_recipient_joins_the_directed_report(tmp_path):
    ids = _clusters(tmp_path, [
        ("a", _event("a", 0, "SUPPORT", ["USA", "EUR"], [],
                     "The US and the EU do not consider the militia terrorists and have supported it since"
                     " 2014.", "supported", event_date="2014")),
        ("b", _event("b", 0, "SUPPORT", ["USA"], ["SYR"],
                     "The US and the EU do not consider the militia terrorists, which Washington has"
                     " supported since 2014.", "supported", date="2022-09-30", event_date="2014")),
    ])
    assert ids["a-0"] == ids["b-0"]


def test_a_target_country_coded_as_the_actor_may_still_join_on_close_evidence(tmp_path):
    ids = _clusters(tmp_path, [
        ("a", _event("a", 0, "ASSAULT", ["TUR"], ["SYR"],
                     "The cross-border ground assault on the Qalaat Hamra enclave continued for a third day.",
                     "assault")),
        # the coder took the country of the target for the actor, and found no recipient
        ("b", _event("b", 0, "ASSAULT", ["SYR"], [],
                     "The cross-border ground assault on the Qalaat Hamra enclave entered its third day.",
                     "assault", date="2022-08-17")),
    ])
    assert ids["a-0"] == ids["b-0"]


def test_a_meeting_worded_from_either_side_merges(tmp_path):
    ids = _clusters(tmp_path, [
        ("a", _event("a", 0, "CONSULT", ["RUS"], ["TUR"],
                     "Putin hosted talks with Erdogan in Sochi on the buffer zone.", "hosted talks",
                     mentions=["Putin", "Erdogan"])),
        ("b", _event("b", 0, "CONSULT", ["TUR"], ["RUS"],
                     "Erdogan held talks with Putin in Sochi on the buffer zone.", "held talks",
                     date="2022-08-17", mentions=["Erdogan", "Putin"])),
    ])
    assert ids["a-0"] == ids["b-0"]


def test_a_withdrawal_announced_and_the_withdrawal_told_are_one_event(tmp_path):
    ids = _clusters(tmp_path, [
        ("a", _event("a", 0, "CONCEDE", ["USA"], ["IRQ"],
                     "The president has ordered the withdrawal of all American troops from Iraq.",
                     "ordered the withdrawal")),
        ("b", _event("b", 0, "RETREAT", ["USA"], ["IRQ"],
                     "Allies fear the abrupt American withdrawal from Iraq will embolden the militias.",
                     "withdrawal", date="2022-08-18")),
        # a concession of another kind stays with the words
        ("c", _event("c", 0, "CONCEDE", ["USA"], ["IRQ"],
                     "The president has eased the sanctions on Iraq after the withdrawal.", "eased",
                     date="2022-08-17")),
    ])
    assert ids["a-0"] == ids["b-0"] != ids["c-0"]


def test_two_sentences_of_one_article_in_other_words_are_two_acts(tmp_path):
    text_a = "On the call, the president asked the adviser about the troop plan."
    text_b = "Hearing no answer, the president demanded a decision on the troop plan."
    event_a = _event("a", 0, "REQUEST", ["USA"], [], text_a, "asked")
    event_b = _event("a", 1, "REQUEST", ["USA"], [], text_b, "demanded", offset=len(text_a) + 1)
    ids = _clusters(tmp_path, [("a", event_a), ("a", event_b)])
    assert ids["a-0"] != ids["a-1"]


def test_a_country_named_as_the_place_anywhere_in_the_other_sentence_tells_them_apart(tmp_path):
    ids = _clusters(tmp_path, [
        ("a", _event("a", 0, "CONCEDE", ["USA"], [],
                     "The president ordered the pullout of 7,000 troops stationed in Afghanistan, aides"
                     " said.",
                     "ordered the pullout")),
        # the place is not near the trigger, but the sentence names another country as the place
        ("b", _event("b", 0, "CONCEDE", ["USA"], [],
                     "The president ordered the pullout of 7,000 troops, aides said, in a decision that"
                     " stunned allies and ends the long mission in Syria.", "ordered the pullout")),
    ])
    assert ids["a-0"] != ids["b-0"]


def test_the_actor_named_again_as_recipient_is_no_other_side(tmp_path):
    ids = _clusters(tmp_path, [
        ("a", _event("a", 0, "RETREAT", ["USA"], ["SYR"],
                     "The abrupt withdrawal of American troops from the Manbij garrison alarmed the Kurds.",
                     "withdrawal")),
        # "American troops" coded as a recipient: USA -> SYR, USA is read as USA -> SYR
        ("b", _event("b", 0, "RETREAT", ["USA"], ["SYR", "USA"],
                     "Kurdish leaders said the withdrawal of American troops from the Manbij garrison was"
                     " a betrayal.", "withdrawal", date="2022-08-18")),
    ])
    assert ids["a-0"] == ids["b-0"]


def test_two_reports_naming_the_same_two_leaders_need_no_other_shared_word(tmp_path):
    ids = _clusters(tmp_path, [
        ("a", _event("a", 0, "CONSULT", ["USA", "GBR"], [],
                     "Donald Trump and Theresa May spoke on the phone about a joint response.",
                     "spoke on the phone", mentions=["Donald Trump", "Theresa May"])),
        ("b", _event("b", 0, "CONSULT", ["USA", "GBR"], [],
                     "Donald Trump and Theresa May discussed the crisis late last night.", "discussed",
                     date="2022-08-17", mentions=["Donald Trump", "Theresa May"])),
        # one leader in common is a party, not an event
        ("c", _event("c", 0, "CONSULT", ["USA", "GBR"], [],
                     "Donald Trump and the Labour leader talked about tariffs on steel.", "talked",
                     date="2022-08-19", mentions=["Donald Trump", "the Labour leader"])),
    ])
    assert ids["a-0"] == ids["b-0"] != ids["c-0"]


VOWS = [
    "The president vowed to rebuild every school destroyed in the floods.",
    "The president vowed that inflation would fall below five percent.",
    "The president vowed revenge against the smugglers.",
    "Speaking at the rally, the president vowed a referendum on the constitution.",
    "The president vowed to double pensions for veterans.",
    "The president vowed to host the next football championship.",
]
SPREAD_PLACES = ["dam", "river", "oilfield", "airport", "bridge", "citadel", "highway", "valley", "port"]


def test_what_an_actor_says_in_a_burst_is_many_statements_not_one_story(tmp_path):
    vows = [(f"v{k}", _event(f"v{k}", 0, "AGREE", ["TUR"], [], text, "vowed", date=f"2018-01-{10 + k}"))
            for k, text in enumerate(VOWS)]
    # the same actor's other news, spread over months, against which the vows are a burst
    spread = [(f"s{k}", _event(f"s{k}", 0, "ASSAULT", ["TUR"], [], f"Troops kept fighting near the {place}.",
                               "fighting", date=f"2018-{k + 1:02d}-20"))
              for k, place in enumerate(SPREAD_PLACES)]
    ids = _clusters(tmp_path, [*vows, *spread])
    assert len({ids[f"v{k}-0"] for k in range(len(VOWS))}) == len(VOWS)


def test_one_rarely_named_person_acting_alone_in_both_tells_one_act(tmp_path):
    ids = _clusters(tmp_path, [
        ("a", _event("a", 0, "RETREAT", ["RUS"], [], "Lavrov resigned on Thursday, citing his health.",
                     "resigned", mentions=["Lavrov"])),
        ("b", _event("b", 0, "RETREAT", ["RUS"], [], "In resigning, Lavrov wrote that the ministry needed new"
                     " blood.", "resigning", date="2022-08-17", mentions=["Lavrov"])),
        # another act of that person is another event
        ("c", _event("c", 0, "RETREAT", ["RUS"], [], "Lavrov withdrew his candidacy for the party chair.",
                     "withdrew", date="2022-08-17", mentions=["Lavrov"])),
    ])
    assert ids["a-0"] == ids["b-0"] != ids["c-0"]


def test_one_demand_told_and_then_quoted_in_one_article_is_one_event(tmp_path):
    """The lead paraphrases the demand to the EU, the quote names its members: the same run of rare words
    outweighs the other verb, the other party coding and the second sentence of one article."""
    ids = _clusters(tmp_path, [
        ("a", _event("a", 0, "REQUEST", ["CAN"], ["EUR"],
                     "Canada has told the EU it must take back its 900 fighters held in camps and try them.",
                     "told", date="2024-02-17", mentions=["Canada", "the EU"])),
        ("a", _event("a", 1, "REQUEST", ["CAN"], ["DEU", "FRA"],
                     '"Canada is asking Germany and France to take back their 900 fighters held in camps," '
                     "the minister wrote.", "asking", date="2024-02-17",
                     mentions=["Canada", "Germany", "France"])),
    ])
    assert ids["a-0"] == ids["a-1"]


def test_the_words_that_describe_a_target_are_evidence_not_a_party_name(tmp_path):
    """A recipient mention such as "Seven clinics" names no party: its words tell which event it is."""
    ids = _clusters(tmp_path, [
        ("a", _event("a", 0, "ASSAULT", ["SYR"], ["SYR"],
                     "Seven clinics have reportedly been bombed since Monday, witnesses say.", "bombed",
                     event_date="2022-08-15", mentions=["", "Seven clinics"])),
        ("b", _event("b", 0, "ASSAULT", ["SYR"], ["SYR"],
                     "Seven clinics have also been bombed since Monday morning in the besieged suburbs.",
                     "bombed", date="2022-08-17", mentions=["", "Seven clinics"])),
    ])
    assert ids["a-0"] == ids["b-0"]


def test_an_offensive_into_territory_held_by_one_side_is_at_the_named_place_of_its_article(tmp_path):
    text = ("She was the first volunteer to die there since Turkey launched its incursion into Kurdish-held"
            " territory on 20 August.")
    ids = _clusters(tmp_path, [
        ("a", _event("a", 0, "ASSAULT", ["TUR"], ["SYR"],
                     "Ankara launched a military offensive into Qalaat Hamra on Saturday to oust militias.",
                     "launched a military offensive", date="2022-08-20", event_date="2022-08-20")),
        ("b", _event("b", 0, "ASSAULT", ["TUR"], [], text, "launched its incursion", date="2022-09-30",
                     event_date="2022-08-20")),
        # the article names the offensive's place in another sentence
        ("b", _event("b", 1, "ASSAULT", ["TUR"], ["SYR"], "The offensive on Qalaat Hamra has emptied its"
                     " villages.", "offensive", date="2022-09-30", offset=len(text) + 1)),
    ])
    assert ids["a-0"] == ids["b-0"] == ids["b-1"]


def test_a_threat_to_mount_an_offensive_and_a_claim_about_it_are_two_statements(tmp_path):
    ids = _clusters(tmp_path, [
        ("a", _event("a", 0, "THREATEN", ["TUR"], ["SYR"],
                     "Turkey said it would shortly mount an assault on the town of Qalaat Hamra.",
                     "mount an assault", date="2022-08-10")),
        ("b", _event("b", 0, "ACCUSE", ["TUR"], ["SYR"],
                     "The minister said 300 militants had been neutralised so far in the Qalaat Hamra"
                     " offensive.", "offensive", date="2022-08-20")),
    ])
    assert ids["a-0"] != ids["b-0"]


def test_a_lasting_act_recalled_as_background_of_one_year_in_the_same_word_is_one_event(tmp_path):
    ids = _clusters(tmp_path, [
        ("a", _event("a", 0, "ASSAULT", ["USA"], ["IRQ"],
                     "When the American invasion toppled the dictator in 1989, exiles came home.", "invasion",
                     date="2022-08-16", event_date="1989", aux="historical")),
        ("b", _event("b", 0, "ASSAULT", ["USA"], [],
                     "After the American invasion of 1989, the general drafted a constitution.", "invasion",
                     date="2022-10-02", event_date="1989", aux="historical")),
        # a one-off act of that year is not known to be the same: many strikes fall in one year
        ("c", _event("c", 0, "ASSAULT", ["USA"], ["IRQ"],
                     "An American strike hit the port in 1989, sinking two frigates.", "strike",
                     date="2022-08-16", event_date="1989", aux="historical")),
        ("d", _event("d", 0, "ASSAULT", ["USA"], [],
                     "Fishermen recall an American strike of 1989 on the northern coast.", "strike",
                     date="2022-10-02", event_date="1989", aux="historical")),
    ])
    assert ids["a-0"] == ids["b-0"]
    assert ids["c-0"] != ids["d-0"]


def test_a_recipient_inferred_from_the_rest_of_the_article_does_not_keep_reports_apart(tmp_path):
    told = "Russia's foreign ministry expressed serious concern about the shelling of Qalaat Hamra on Monday."
    named = _event("a", 0, "ACCUSE", ["RUS"], ["TUR"], told, "expressed serious concern")
    inferred = _event("b", 0, "ACCUSE", ["RUS"], ["SYR"], told, "expressed serious concern")
    inferred.recipient = [replace(e, start=None, end=None) for e in inferred.recipient]
    ids = _clusters(tmp_path, [("a", named), ("b", inferred)])
    assert ids["a-0"] == ids["b-0"]
