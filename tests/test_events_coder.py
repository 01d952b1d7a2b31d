"""Event records: evidence offsets, stable ids, dedup, headlines, context, scores."""

from __future__ import annotations

from events_helpers import code_text, make_coder, only

from dotterel.models import Article
from dotterel.plover import event_scale, quad_code

TEXT = "Talks stalled in Lima. Norwegian troops attacked Chilean positions on Tuesday, officials said."


def test_evidence_offsets_point_at_the_trigger_and_sentence(nlp):
    event = only(code_text(nlp, TEXT), "ASSAULT")
    info = event.text_info
    assert info is not None
    assert info.sequence == 1
    assert TEXT[info.trigger_start:info.trigger_end] == "attacked"
    assert event.event_text.startswith("attacked")
    assert TEXT[info.start:info.end].strip() == event.text
    assert "Norwegian troops attacked" in event.text


def test_record_carries_article_fields_and_plover_scores(nlp):
    article = Article(id="doc-7", text=TEXT, published="2024-03-14", title="A title", url="http://x.test/a",
                      source="Example Times")
    event = only(make_coder().code(article, nlp(TEXT)), "ASSAULT")
    assert (event.doc_id, event.date) == ("doc-7", "2024-03-14")
    assert event.cite_info == {"url": "http://x.test/a", "title": "A title", "publication": "Example Times"}
    assert event.quad_code == quad_code("ASSAULT")
    assert event.event_scale == event_scale("ASSAULT")
    assert event.to_plover()["doc_id"] == "doc-7"


def test_ids_are_stable_across_runs_and_differ_between_documents(nlp):
    first = code_text(nlp, TEXT, doc_id="a")
    again = code_text(nlp, TEXT, doc_id="a")
    other = code_text(nlp, TEXT, doc_id="b")
    assert [e.id for e in first] == [e.id for e in again]
    assert {e.id for e in first}.isdisjoint({e.id for e in other})


def test_ids_are_unique_within_an_article(nlp):
    events = code_text(nlp, "Norway attacked Chile. Kenya sanctioned Peru. Norway and Kenya met in Oslo.")
    assert len(events) == 3
    assert len({e.id for e in events}) == 3


def test_same_event_reported_twice_is_one_record(nlp):
    text = "Norway attacked Chile on Monday. Officials confirmed that Norway attacked Chile on Monday."
    events = code_text(nlp, text)
    assert len([e for e in events if e.event == "ASSAULT"]) == 1


def test_different_recipients_are_different_events(nlp):
    events = code_text(nlp, "Norway attacked Chile. Norway attacked Peru.")
    assert len([e for e in events if e.event == "ASSAULT"]) == 2


def test_headline_and_repeated_title_produce_no_event(nlp):
    title = "Norway attacks Chile over fishing rights"
    text = f"{title}\n\nThe Kenyan army said on Wednesday that peace talks would continue."
    article = Article(id="h", text=text, published="2024-03-14", title=title)
    assert make_coder().code(article, nlp(text)) == []


def test_title_case_header_line_produces_no_event(nlp):
    text = "Norwegian Troops Attack Chilean Border Posts\n\nTalks resumed in Lima."
    assert code_text(nlp, text) == []


def test_document_context_from_cue_words(nlp):
    text = ("Norwegian troops attacked Chile. The army moved artillery and soldiers to the border, "
            "and the defense ministry said the military drill would go on.")
    event = only(code_text(nlp, text), "ASSAULT")
    assert "military" in event.context
    assert "economic" not in event.context


def test_evidence_is_cut_to_the_line_of_the_trigger(nlp):
    text = "Border Tension Rises\nNorwegian troops attacked Chilean positions on Tuesday."
    event = only(code_text(nlp, text), "ASSAULT")
    info = event.text_info
    assert event.text == "Norwegian troops attacked Chilean positions on Tuesday."
    assert text[info.start:info.end] == event.text


# --- with the real lexicons (trigger finder and actor resolver) ---------------------------------

INVENTED_ARTICLE = (  # written for this test; not from any news source
    "Norway and Chile signed a fisheries agreement in 2016. On Tuesday, Norwegian and Chilean warships "
    "held joint drills off Valparaiso, the Chilean navy said. Chile did not attack Peruvian boats, "
    "officials said."
)


def test_article_with_background_current_and_negated_events(coder):
    events = coder.code_article(Article("inv-1", INVENTED_ARTICLE, "2023-05-11")).events
    by_aux = {e.aux: e for e in events}
    background = by_aux["historical"]
    assert (background.event_date, {a.code for a in background.actor}) == ("2016", {"NOR", "CHL"})
    drills = next(e for e in events if e.event == "COOPERATE")
    assert drills.reciprocal and drills.aux is None
    assert drills.event_date == "2023-05-09"
    assert {a.code for a in drills.actor} | {r.code for r in drills.recipient} == {"NOR", "CHL"}
    assert all(e.aux == "negated" for e in events if e.event == "ASSAULT")


def test_coding_twice_gives_identical_records(coder):
    article = Article("inv-2", INVENTED_ARTICLE, "2023-05-11")
    first = [e.to_plover() for e in coder.code_article(article).events]
    second = [e.to_plover() for e in coder.code_article(article).events]
    assert first == second
    assert first


def test_one_body_meeting_by_itself_is_not_a_consultation(nlp):
    assert code_text(nlp, "The Kenyan government met on Sunday to discuss the budget.") == []


def test_unpunctuated_line_in_running_text_is_still_coded(nlp):
    events = code_text(nlp, "Norway, Kenya, and Chile met yesterday")
    assert [e.event for e in events] == ["CONSULT"]


def test_relative_clause_describing_a_party_is_not_the_news(nlp):
    text = "Kenyan troops, which often attacked Peru, arrived in Nairobi on Monday."
    assert "ASSAULT" not in [e.event for e in code_text(nlp, text)]
    # with a past date of its own the clause reports a background event, coded as historical
    dated = "Kenyan troops, which attacked Peru in 2019, arrived in Nairobi on Monday."
    assert only(code_text(nlp, dated), "ASSAULT").aux == "historical"


def test_relative_clause_on_a_thing_is_still_coded(nlp):
    text = "The report describes the raid in which Norwegian troops attacked Chilean positions."
    assert "ASSAULT" in [e.event for e in code_text(nlp, text)]


def test_accusation_against_no_identified_party_is_not_coded(nlp):
    assert code_text(nlp, "Kenya accused them of cheating.") == []
    event = only(code_text(nlp, "Kenya accused Peru of cheating."), "ACCUSE")
    assert {e.code for e in event.recipient} == {"PER"}


def test_event_noun_inside_a_relative_clause_on_a_party_is_background(nlp):
    text = "Norway, whose attacks on Chile started the crisis, arrived in Lima for talks."
    assert "ASSAULT" not in [e.event for e in code_text(nlp, text)]


def test_exercise_of_several_countries_is_cooperation(coder):
    joint = coder.code_article(Article("ex-1", "Indian and Japanese warships held naval drills in the Bay of "
                                       "Bengal on Monday.", "2023-05-11")).events
    assert [e.event for e in joint] == ["COOPERATE"]
    assert {a.code for a in joint[0].actor} | {r.code for r in joint[0].recipient} == {"IND", "JPN"}
    partnered = coder.code_article(Article("ex-2", "Russia held naval drills with China in the Sea of Japan "
                                           "on Tuesday.", "2023-05-11")).events
    assert [e.event for e in partnered] == ["COOPERATE"]
    alone = coder.code_article(Article("ex-3", "Iran held naval drills near the Strait of Hormuz on Tuesday.",
                                       "2023-05-11")).events
    assert [e.event for e in alone] == ["MOBILIZE"]


def test_participle_set_off_by_commas_describes_the_party(nlp):
    described = "Norway, attacked by Kenyan troops, arrived in Lima for talks."
    assert "ASSAULT" not in [e.event for e in code_text(nlp, described)]
    # without commas the participle phrase names what happened to whom
    reported = "Kenyan troops attacked by Norwegian troops fled to Lima."
    assert "ASSAULT" in [e.event for e in code_text(nlp, reported)]


def test_relative_clause_with_its_own_past_date_is_a_historical_event(coder):
    text = ("Moscow on Tuesday accused Washington of trying to sabotage the grain deal that Russia and "
            "Ukraine signed in Istanbul in 2022.")
    events = coder.code_article(Article("rel-1", text, "2024-05-14")).events
    signed = only(events, "SUPPORT")
    assert signed.aux == "historical" and signed.event_date == "2022"
    assert {a.code for a in signed.actor} == {"RUS", "UKR"}
    assert only(events, "ACCUSE").aux is None
    # without a date of its own the clause only describes the deal
    undated = ("Moscow on Tuesday accused Washington of trying to sabotage the deal that Russia and "
               "Ukraine signed.")
    assert [e.event for e in coder.code_article(Article("rel-2", undated, "2024-05-14")).events] == ["ACCUSE"]


def test_reaction_drawn_from_another_party_is_that_partys_act(coder):
    text = ("A delegation of Japanese lawmakers visited Taipei on Saturday, drawing an angry response "
            "from Beijing.")
    events = coder.code_article(Article("react-1", text, "2024-05-14")).events
    reaction = only(events, "ACCUSE")
    assert ({a.code for a in reaction.actor}, {r.code for r in reaction.recipient}) == ({"CHN"}, {"JPN"})
    assert only(events, "CONSULT")
    faced = coder.code_article(Article("react-2", "Japan faced sharp criticism from China over the visit.",
                                       "2024-05-14")).events
    accusation = only(faced, "ACCUSE")
    assert ({a.code for a in accusation.actor}, {r.code for r in accusation.recipient}) == ({"CHN"}, {"JPN"})


def test_labelled_link_and_caption_lines_produce_no_event(nlp):
    text = ("Related: Norway attacks Chile over fishing rights\n"
            "Photo: Kenyan troops attacked Peruvian positions near the border.\n"
            "Norwegian troops attacked Chilean positions on Tuesday.")
    events = code_text(nlp, text)
    assert [e.event for e in events] == ["ASSAULT"]
    assert events[0].text.startswith("Norwegian troops")


def test_year_in_front_of_a_noun_dates_that_thing_not_the_event(coder):
    text = "Norway delivered six patrol boats to Kenya under a 2019 contract."
    delivered = only(coder.code_article(Article("yr-1", text, "2024-05-14")).events, "AID")
    assert (delivered.aux, delivered.event_date) == (None, None)
    dated = "Norway delivered six patrol boats to Kenya in 2019."
    delivered = only(coder.code_article(Article("yr-2", dated, "2024-05-14")).events, "AID")
    assert (delivered.aux, delivered.event_date) == ("historical", "2019")


def test_military_action_threatened_on_a_condition_is_a_threat(coder):
    text = "Azerbaijan said it would take military action if Armenian troops stayed in the border villages."
    events = coder.code_article(Article("thr-1", text, "2024-05-14")).events
    assert only(events, "THREATEN").actor[0].code == "AZE"


def test_wording_that_needs_a_named_place_is_coded_by_the_selective_parse(coder):
    # the selective parser asks for triggers before it runs entity recognition: an entry that needs a
    # place name ("arrived IN BEIJING", "exported coal TO INDIA") must still let the sentence through
    visit = coder.code_article(Article("sel-1", "The Kenyan foreign minister arrived in Beijing on Monday.",
                                       "2024-05-14")).events
    assert [(e.event, e.actor[0].code) for e in visit] == [("CONSULT", "KEN")]
    trade = coder.code_article(Article("sel-2", "Chile exported more copper to India last month.",
                                       "2024-05-14")).events
    assert [e.event for e in trade] == ["COOPERATE"]



def test_a_second_release_with_its_own_subject_is_its_own_event(coder):
    # the parser hangs "and Israel freed ..." on "held hostage", which the release absorbs
    text = ("Hamas released three Thai women held hostage in Gaza on Sunday, the first day of a ceasefire, "
            "and Israel freed 90 Palestinian detainees.")
    events = coder.code_article(Article("swap", text, "2023-11-27")).events
    released = {(frozenset(e.code for e in ev.actor), frozenset(e.code for e in ev.recipient))
                for ev in events if ev.event == "RETREAT"}
    assert (frozenset({"ISR"}), frozenset({"PSE"})) in released


def test_clashes_said_to_be_a_possibility_are_not_reported_as_fought(coder):
    text = "Direct clashes between Turkish forces and US troops in Manbij are now a distinct possibility."
    events = coder.code_article(Article("possible", text, "2018-02-10")).events
    assert [ev.aux for ev in events if ev.event == "ASSAULT"] == ["hypothetical"]


def test_an_apology_is_aimed_at_the_victims_of_the_apologisers_own_act(coder):
    text = ("Turkish jets shot down a Russian bomber near the border on Tuesday. "
            "Ankara later apologised and offered compensation.")
    events = coder.code_article(Article("apology", text, "2015-11-25")).events
    assert [[e.code for e in ev.recipient] for ev in events if ev.event == "CONCEDE"] == [["RUS"]]


def test_a_participle_after_a_parenthetical_speech_verb_is_the_speakers_act(coder):
    text = ("Gunmen attacked a Russian army post near the border on Tuesday. The soldiers fired back, the "
            "Ukrainian military said, accusing Russia of breaching the ceasefire.")
    events = coder.code_article(Article("t", text, published="2023-11-29")).events
    accusations = [({a.code for a in e.actor}, {r.code for r in e.recipient}) for e in events
                   if e.event == "ACCUSE"]
    assert accusations == [({"UKR"}, {"RUS"})]


def test_a_joint_exercise_two_states_are_due_to_hold_is_cooperation_agreed(coder):
    text = "South Korean and US forces are due to begin their annual Freedom Shield exercises next month."
    events = coder.code_article(Article("t", text, published="2024-02-20")).events
    assert [(e.event, {a.code for a in e.actor}) for e in events] == [("AGREE", {"KOR", "USA"})]
