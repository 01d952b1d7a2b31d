"""Auxiliary mode: negated, hypothetical, future; future cooperation becomes AGREE."""

from __future__ import annotations

import pytest
from events_helpers import FakeFinder, FakeResolver, code_text, only

from dotterel.events import clauses
from dotterel.events.coder import EventCoder
from dotterel.models import Article


def _coded(coder, text: str):
    """The events of a one-sentence article published on 2024-03-14."""
    return coder.code_article(Article("x", text, "2024-03-14")).events


@pytest.mark.parametrize(
    ("text", "category", "aux"),
    [
        ("Norwegian troops did not attack Chile.", "ASSAULT", "negated"),
        ("Norway never sanctioned Chile.", "SANCTION", "negated"),
        ("Norway denied attacking Chile.", "ASSAULT", "negated"),
        ("If Norway attacks Chile, the region will suffer.", "ASSAULT", "hypothetical"),
        ("Norway could sanction Chile over the dispute.", "SANCTION", "hypothetical"),
        ("Chilean towns have been bracing themselves for a Norwegian attack.", "ASSAULT", "hypothetical"),
        ("Norway will accuse Chile of cheating at the summit.", "ACCUSE", "future"),
        ("Norwegian troops attacked Chile on Monday.", "ASSAULT", None),
        ("Norwegian troops have yet to attack Chile.", "ASSAULT", "negated"),
        ("Norway said it would not pay, a day after Chilean troops attacked its embassy.", "ASSAULT", None),
    ],
)
def test_auxiliary_mode(nlp, text, category, aux):
    assert only(code_text(nlp, text), category).aux == aux


def test_future_meeting_is_an_agreement_not_a_future_consultation(nlp):
    events = code_text(nlp, "Norway will meet Chile in Oslo next week.")
    event = only(events, "AGREE")
    assert event.aux is None
    assert not [e for e in events if e.event == "CONSULT"]


def test_planned_visit_is_an_agreement(nlp):
    event = only(code_text(nlp, "Norway plans to visit Kenya in the spring."), "AGREE")
    assert event.aux is None


def test_announced_future_event_from_a_control_verb_is_not_current(nlp):
    event = only(code_text(nlp, "Norway threatened to attack Chile."), "ASSAULT")
    assert event.aux == "hypothetical"


def test_announced_sanction_is_a_threat_with_the_act_as_mode(nlp):
    event = only(code_text(nlp, "Norway will sanction Chile next month."), "THREATEN")
    assert event.aux is None
    assert event.mode == "restrict"


def test_reported_would_is_the_speakers_intention(nlp):
    event = only(code_text(nlp, "Kenyan officials said they would attack Peru."), "THREATEN")
    assert event.actor[0].code == "KEN"
    assert event.mode == "violence"


def test_alleged_event_is_not_an_event_of_record(nlp):
    event = only(code_text(nlp, "Chile claims that Norway attacked its border posts."), "ASSAULT")
    assert event.aux == "hypothetical"


def test_attempted_act_is_still_coded(nlp):
    event = only(code_text(nlp, "Kenyan police tried to arrest Peruvian activists."), "COERCE")
    assert event.aux is None


def test_wanting_to_attack_is_a_threat(nlp):
    event = only(code_text(nlp, "Norway wants to attack Chile."), "THREATEN")
    assert event.aux is None


class _WithheldAidFinder(FakeFinder):
    """Like the real finder: negated aid is coded as a refusal whose category carries the negation."""

    def find(self, sentence):
        found = super().find(sentence)
        for trigger in found:
            if trigger.category == "AID" and any(c.dep_ == "neg" for c in trigger.head.children):
                trigger.category, trigger.modality_in_category = "REJECT", True
        return found


def _code_with_withheld(nlp, text):
    coder = EventCoder(FakeResolver(), finder=_WithheldAidFinder())  # type: ignore[arg-type]
    return coder.code(Article(id="w", text=text, published="2024-03-14"), nlp(text))


def test_refusal_worded_with_negation_is_an_event_of_record(nlp):
    event = only(_code_with_withheld(nlp, "Kenya said it will not aid Peru this year."), "REJECT")
    assert event.aux is None
    assert {e.code for e in event.actor} == {"KEN"}


def test_refusal_inside_a_condition_stays_hypothetical(nlp):
    events = _code_with_withheld(nlp, "If Kenya does not aid Peru, the talks will collapse.")
    assert only(events, "REJECT").aux == "hypothetical"


class _AnnouncedForceFinder(FakeFinder):
    """Like the real finder: intended force is coded as THREATEN, the category carrying the modality."""

    def find(self, sentence):
        found = super().find(sentence)
        for trigger in found:
            if trigger.category == "ASSAULT" and clauses.is_intended(trigger.head):
                trigger.category, trigger.modality_in_category = "THREATEN", True
        return found


def _code_with_threats(nlp, text):
    coder = EventCoder(FakeResolver(), finder=_AnnouncedForceFinder())  # type: ignore[arg-type]
    return coder.code(Article(id="t", text=text, published="2024-03-14"), nlp(text))


def test_announced_attack_is_a_threat_of_record(nlp):
    event = only(_code_with_threats(nlp, "Norway will attack Chilean positions."), "THREATEN")
    assert event.aux is None


def test_attack_judged_likely_by_someone_else_stays_unreal(nlp):
    text = "Analysts said Norwegian troops were likely to attack Chilean positions."
    assert only(_code_with_threats(nlp, text), "THREATEN").aux == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        "Chile was spared an attack by Norwegian troops last winter.",
        "Instead of attacking Chile, Norwegian troops returned to their barracks.",
    ],
)
def test_averted_or_replaced_acts_are_negated(nlp, text):
    assert only(code_text(nlp, text), "ASSAULT").aux == "negated"


def _mode_of(nlp, text: str, word: str, category: str) -> str | None:
    from dotterel.events.auxiliary import auxiliary_mode

    token = next(t for t in nlp(text) if t.text == word)
    return auxiliary_mode(token, category)


@pytest.mark.parametrize(
    ("text", "word", "category", "aux"),
    [
        # an event noun that is the subject of a modal predicate shares its modality
        ("The truce could collapse within days.", "truce", "CONCEDE", "hypothetical"),
        ("Clashes may erupt again along the border.", "Clashes", "ASSAULT", "hypothetical"),
        ("Talks will resume in Geneva next week.", "Talks", "CONSULT", "future"),
        ("Clashes erupted again along the border.", "Clashes", "ASSAULT", None),
        # a negation covers the alternatives joined by "or"; "and" joins acts that happened
        ("The soldiers did not attack or shell the village.", "shell", "ASSAULT", "negated"),
        ("The soldiers did not attack the village and shelled the town.", "shelled", "ASSAULT", None),
        # what was supposed to happen, and what is an open question, did not happen
        ("The garrison was supposed to have surrendered by Friday.", "surrendered", "RETREAT",
         "hypothetical"),
        ("The ministry has not said whether it is prepared to withdraw the troops.", "withdraw", "RETREAT",
         "hypothetical"),
        # a consequence imagined for an event makes the event unreal, not announced
        ("Officials said an assault on the city would lead to an exodus.", "assault", "ASSAULT",
         "hypothetical"),
        # inability and stopping short: the act did not happen
        ("Police were unable to arrest the suspect.", "arrest", "COERCE", "negated"),
        ("The army stopped short of storming the building.", "storming", "ASSAULT", "negated"),
    ],
)
def test_modality_from_the_predicate_and_from_inability(nlp, text, word, category, aux):
    assert _mode_of(nlp, text, word, category) == aux


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Villagers in Tigray are bracing for an imminent attack by Eritrean troops.", "ASSAULT"),
        ("Moscow wants Belarusian support for the expected spring offensive by Russian forces.", "ASSAULT"),
        ("Chadian officials warned of a possible attack by Sudanese militias on the camps.", "ASSAULT"),
    ],
)
def test_an_awaited_or_imagined_act_is_not_an_event_of_record(coder, text, category):
    events = _coded(coder, text)
    assert not [e for e in events if e.event == category and e.aux is None]


@pytest.mark.parametrize(
    "text",
    [
        # not going to act
        '"We are not going to withdraw our troops from Mali," the French defence minister said.',
        # a clause on "no sign", "no evidence", "no way"
        "There is no evidence that Iranian forces attacked the Liberian tanker.",
        "There was no sign Russia was willing to put pressure on Syria to negotiate.",
        "There was no way the Taliban were going to attack Kabul that winter.",
        # not ready, or ruled out by degree
        "The Kenyan army was not prepared to fight Somali militants.",
        "The Kenyan army is too weak to attack the Somali militants.",
    ],
)
def test_what_the_sentence_says_was_not_done_is_negated(coder, text):
    events = _coded(coder, text)
    assert events and all(e.aux == "negated" for e in events)


def test_no_doubt_is_no_negation(coder):
    text = "There is no doubt that Iranian forces attacked the Liberian tanker on Monday."
    events = _coded(coder, text)
    assert [e.aux for e in events if e.event == "ASSAULT"] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "German officials repeatedly ask her why she wears a headscarf.",
        "Kenyan reporters asked the Ugandan president whether he would run again.",
    ],
)
def test_a_question_is_no_request(coder, text):
    events = _coded(coder, text)
    assert not [e for e in events if e.event == "REQUEST"]
    text = "Pakistani officials asked India to release the fishermen."
    assert [e.event for e in _coded(coder, text)] == ["REQUEST"]


def test_an_event_noun_with_a_named_owner_keeps_its_own_time_and_actor(coder):
    text = "Al-Shabaab will use Kenya's withdrawal from Somalia as a recruitment tool."
    events = _coded(coder, text)
    assert [(e.event, e.aux, [a.code for a in e.actor]) for e in events] == [("RETREAT", None, ["KEN"])]
    text = "Kenya will announce its withdrawal from Somalia next week."  # its own: still to come
    assert "RETREAT" not in [e.event for e in _coded(coder, text)]


def test_a_named_acts_subject_of_a_future_verb_was_done(coder):
    text = "The Ugandan refusal to sign the border deal will anger Kenya."
    assert [(e.event, e.aux) for e in _coded(coder, text) if e.event == "REJECT"] == [("REJECT", None)]
    text = "An attack on the border town would lead to an exodus."  # imagined
    assert not [e for e in _coded(coder, text) if e.aux is None]


def test_what_a_party_did_before_it_told_anything_took_place(coder):
    text = "Before invading Somalia last month, Ethiopia told reporters it had no choice."
    assert [(e.event, e.aux) for e in _coded(coder, text)] == [("ASSAULT", "historical")]  # last month


def test_telling_another_party_to_act_is_a_request(coder):
    text = "Ethiopia told the United States to stay out of the dispute."
    assert [(e.event, e.aux) for e in _coded(coder, text)] == [("REQUEST", None)]
    assert not _coded(coder, "The Ethiopian minister told reporters to expect more arrests.")


@pytest.mark.parametrize(
    "text",
    [
        "The militia commander insisted that the Ugandan recruits fight on the front line.",
        "The Kenyan president tends to side with Ugandan hardliners.",
    ],
)
def test_a_demanded_act_or_a_habit_is_not_an_event_of_record(coder, text):
    events = _coded(coder, text)
    assert not [e for e in events if e.event in ("ASSAULT", "SUPPORT") and e.aux is None]


def test_insisting_that_an_act_took_place_keeps_it_reported(coder):
    text = "Kenya insisted that Ugandan troops had attacked the border post."
    events = _coded(coder, text)
    assert [e.event for e in events if e.aux is None] == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        'Protesters in Nairobi carried signs reading "stop Uganda from arming the rebels".',
        'Banners in Kampala read "Kenya bombs Somali children".',
        'Demonstrators in Mogadishu chanted "Kenya out of Somalia".',
    ],
)
def test_words_on_a_sign_or_chanted_are_a_slogan(coder, text):
    events = _coded(coder, text)
    assert not [e for e in events if e.event in ("AID", "ASSAULT", "RETREAT", "REQUEST")]


def test_chanting_while_marching_is_still_a_protest(coder):
    text = "Thousands of Kenyans chanted slogans as they marched on parliament in Nairobi."
    assert [e.event for e in _coded(coder, text)] == ["PROTEST"]


def test_a_denied_intent_to_cooperate_is_a_refusal(coder):
    events = _coded(coder, "Kenyan officials were not prepared to meet the Somali delegation.")
    assert [(e.event, e.aux) for e in events] == [("REJECT", None)]


def test_a_belief_wrongly_held_tells_what_did_not_happen(coder):
    events = _coded(coder, "The Kenyan militant was mistakenly thought to have died in a Somali air strike.")
    assert [e.aux for e in events if e.event == "ASSAULT"] == ["negated"]


def test_an_act_done_too_quickly_was_still_done(coder):
    assert [e.aux for e in _coded(coder, "Kenya was too quick to condemn Somalia.")] == [None]


def test_neither_of_two_named_parties_did_it(coder):
    assert [(e.event, e.aux) for e in _coded(coder, "Neither Kenya nor Uganda attacked Somalia.")] == [
        ("ASSAULT", "negated")]
    events = _coded(coder, "Neither Kenya nor Uganda has given permission for the Somali flights.")
    assert [(e.event, e.aux) for e in events] == [("REJECT", None)]


def test_a_supposed_case_is_hypothetical(coder):
    for text in ("It is impossible to imagine a scenario where Kenya attacks Uganda.",
                 "The risk that Kenya will attack Uganda is growing."):
        events = _coded(coder, text)
        assert events and all(e.aux == "hypothetical" for e in events)


def test_what_may_happen_in_case_is_hypothetical(coder):
    # the parser hangs "in case" on the clause's verb, or reads "case" as part of its subject
    for text in ("Villagers were worried for their families, in case Kenyan police raided the houses.",
                 "The Ugandan army stayed on alert in case Kenyan troops launched an attack."):
        events = _coded(coder, text)
        assert events and all(e.aux == "hypothetical" for e in events if e.event in ("COERCE", "ASSAULT"))



@pytest.mark.parametrize(
    "text",
    [
        # never done: a fact about the past, not a refusal
        "The Kenyan navy has never held joint exercises with Tanzanian forces, an official said.",
        # the consequence of a condition, though reported
        "If Ugandan troops were to cross the border, Kenya would likely seek help from Ethiopia, analysts "
        "said.",
        # an intention nobody announced
        "Mali's junta has not said when it intends to hand power back to civilians.",
    ],
)
def test_what_was_never_done_imagined_or_left_unsaid_is_no_event_of_record(coder, text):
    assert [e.event for e in _coded(coder, text) if e.aux not in ("negated", "hypothetical")] == []


def test_a_participle_on_the_object_of_a_dated_deed_shares_its_date(coder):
    text = "In 2019, Kenyan lawmakers signed a letter asking Uganda to release the detained activists."
    requests = [e for e in _coded(coder, text) if e.event == "REQUEST"]
    assert [(e.aux, e.event_date) for e in requests] == [("historical", "2019")]


@pytest.mark.parametrize("text", [
    "In Kenya, journalists are killed simply for reporting on the cartels.",
    "Ugandan police routinely detain opposition activists before elections.",
    "Kenyan journalists are attacked every week, the union said.",
])
def test_what_happens_as_a_rule_is_no_event(coder, text):
    assert not [e for e in _coded(coder, text) if e.aux is None]


def test_a_counted_group_killed_on_a_day_is_an_event(coder):
    text = "Three Kenyan journalists were killed in Nairobi on Monday."
    assert [e.event for e in _coded(coder, text)] == ["ASSAULT"]


def test_an_act_not_yet_done_is_no_refusal(coder):
    assert not [e for e in _coded(coder, "Malawi has not yet signed the regional trade protocol.")
                if e.aux is None]
    refused = _coded(coder, "Malawi refused to sign the regional trade protocol.")
    assert [e.event for e in refused] == ["REJECT"]


def test_a_vow_of_retaliation_is_a_threat_and_aimed_at_the_attacker(coder):
    text = ("Kenyan jets struck rebel camps in Somalia on Friday. A Somali militia spokesman vowed that the "
            "strikes would not go unpunished.")
    threats = [e for e in _coded(coder, text) if e.event == "THREATEN"]
    assert [[a.code for a in e.recipient] for e in threats] == [["KEN"]]


def test_a_duty_to_tell_news_does_not_make_the_news_hypothetical(coder):
    text = ('A spokesperson said: "It is with regret that we must confirm that a member of the Danish armed '
            'forces was killed by an improvised explosive device in Mali yesterday."')
    (killing,) = [e for e in _coded(coder, text) if e.event == "ASSAULT"]
    assert killing.aux is None


def test_a_relative_clause_dated_to_a_month_tells_a_background_event(coder):
    text = ("Burundi's president accused Kigali of backing the rebels, who killed 20 people near Bujumbura "
            "in December.")
    coded = [(e.event, e.aux, str(e.event_date)) for e in _coded(coder, text) if e.event == "ASSAULT"]
    assert coded == [("ASSAULT", "historical", "2023-12")]


def test_a_relative_clause_dated_last_week_tells_an_event(coder):
    text = "Ali Hassan, the Kenyan defence minister who resigned last week, said he had no regrets."
    assert "RETREAT" in [e.event for e in _coded(coder, text)]
    text = "Ali Hassan, the Kenyan defence minister who has long opposed the plan, said he had no regrets."
    assert "REJECT" not in [e.event for e in _coded(coder, text)]


def test_a_relative_clause_over_a_stretch_of_time_describes_its_party(coder):
    text = "Moscow, which has rejected Western sanctions since 2014, said it would respond."
    assert "REJECT" not in [e.event for e in _coded(coder, text)]
    text = "Moscow, which rejected Western sanctions in 2014, said it would respond."  # one act, dated
    assert [(e.event, e.aux) for e in _coded(coder, text)] == [("REJECT", "historical")]


def test_who_is_acted_on_in_a_passive_relative_clause_is_the_noun_it_describes(coder):
    text = ("A Canadian court granted bail to Chinese executive Meng Wanzhou, who was arrested in Vancouver "
            "in December at the request of the United States.")
    coded = [(e.event, [a.code for a in e.recipient]) for e in _coded(coder, text) if e.event == "COERCE"]
    assert coded == [("COERCE", ["CHN"])]


@pytest.mark.parametrize(
    ("text", "word", "category", "aux"),
    [
        # a present "be" with an infinitive announces a plan
        ("The Interior Ministry is to suspend cooperation with Chile.", "suspend", "SANCTION", "future"),
        # an act planned or prepared as an object lies ahead
        ("Chile is planning an appeal against the ruling.", "appeal", "REQUEST", "future"),
        ("Chile filed an appeal against the ruling.", "appeal", "REQUEST", None),
        # an act hinted at is not done
        ("Norway hinted at lifting the ban on Chilean salmon.", "lifting", "CONCEDE", "hypothetical"),
        # an infinitive on a pretext, however far from the noun, is only licensed
        ("The raid gave a pretext for Norway to bomb Chile.", "bomb", "ASSAULT", "hypothetical"),
        # "were able to" in the past tense: managed to, so done; "will be able to": only possible
        ("Norwegian jets were able to bomb the port last week.", "bomb", "ASSAULT", None),
        ("Norwegian jets were not able to bomb the port.", "bomb", "ASSAULT", "negated"),
        ("Norwegian jets will be able to bomb the port.", "bomb", "ASSAULT", "future"),
    ],
)
def test_plans_hints_pretexts_and_abilities(nlp, text, word, category, aux):
    assert _mode_of(nlp, text, word, category) == aux
