"""An act aimed at no one its sentence names is aimed at the story's most named other party."""

from __future__ import annotations

from dotterel.models import Article

PUBLISHED = "2023-05-02"
STORY = ("Azerbaijani forces shelled Armenian border posts on Monday. "
         "Azerbaijan also recalled its ambassador from France. ")


def _coded(coder, text: str) -> list[tuple[str, tuple[str | None, ...], tuple[str | None, ...], str]]:
    events = coder.code_article(Article("story", text, PUBLISHED)).events
    return [(e.event, tuple(x.code for x in e.actor), tuple(x.code for x in e.recipient),
             ",".join(x.entity_text or "" for x in e.recipient)) for e in events]


def test_a_concern_named_at_no_one_answers_the_party_the_story_is_about(coder):
    found = _coded(coder, STORY + "Russia's foreign ministry expressed serious concern on Tuesday.")
    # borrowed from the sentence that names it, with no span in this one
    assert ("ACCUSE", ("RUS",), ("AZE",), "Azerbaijan") in found


def test_a_state_defending_a_move_is_not_aimed_at_the_story_s_other_party(coder):
    found = _coded(coder, "Azerbaijani forces shelled Armenian border posts on Monday. Azerbaijani police "
                          "also detained two Armenian soldiers. Baku defended the move.")
    assert ("SUPPORT", ("AZE",), (), "") in found


def test_no_party_is_chosen_when_two_are_named_as_often(coder):
    found = _coded(coder, "Azerbaijani forces shelled Armenian border posts on Monday. "
                          "Russia's foreign ministry expressed serious concern on Tuesday.")
    assert ("ACCUSE", ("RUS",), (), "") in found


def test_a_multilateral_meeting_is_aimed_at_no_one(coder):
    found = _coded(coder, STORY + "Russia will host a regional security conference next week.")
    assert all(not recipients for category, _, recipients, _ in found if category in ("CONSULT", "AGREE"))


def test_an_attack_with_no_target_named_is_not_aimed_at_the_story_s_other_party(coder):
    found = _coded(coder, "Azerbaijan recalled its ambassador from France on Monday. France summoned "
                          "Azerbaijan's envoy. Azerbaijani forces later conducted an attack near the border.")
    assert all(recipients != ("FRA",) for category, _, recipients, _ in found if category == "ASSAULT")
