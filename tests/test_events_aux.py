"""Auxiliary mode: negated, hypothetical, future; future cooperation becomes AGREE."""

from __future__ import annotations

import pytest
from events_helpers import code_text, only


@pytest.mark.parametrize(
    ("text", "category", "aux"),
    [
        ("Norwegian troops did not attack Chile.", "ASSAULT", "negated"),
        ("Norway never sanctioned Chile.", "SANCTION", "negated"),
        ("Norway denied attacking Chile.", "ASSAULT", "negated"),
        ("If Norway attacks Chile, the region will suffer.", "ASSAULT", "hypothetical"),
        ("Norway could sanction Chile over the dispute.", "SANCTION", "hypothetical"),
        ("Norway will sanction Chile next month.", "SANCTION", "future"),
        ("Norwegian troops attacked Chile on Monday.", "ASSAULT", None),
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
