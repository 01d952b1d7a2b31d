"""Document-level contexts from the cue lexicon (src/dotterel/events/data/contexts.yaml)."""

from __future__ import annotations

import pytest

from dotterel.events.context import ContextClassifier

CLASSIFIER = ContextClassifier.from_yaml()
CUES = [(c.name, cue) for c in CLASSIFIER.cues for cue in sorted(c.strong | c.plain)]


@pytest.mark.parametrize(("context", "cue"), CUES)
def test_every_cue_is_found_in_running_text(nlp, context, cue):
    """Each lexicon entry must match as the parser lemmatizes it (three mentions reach any threshold)."""
    doc = nlp(f"The report said {cue} mattered, {cue} was discussed, and {cue} came up again.")
    assert context in CLASSIFIER.contexts(doc)


def test_one_passing_mention_does_not_set_a_context(nlp):
    doc = nlp("The minister spoke about the budget in a television interview.")
    assert "military" not in CLASSIFIER.contexts(doc)
    assert "terrorism" not in CLASSIFIER.contexts(doc)


def test_several_contexts_can_apply(nlp):
    doc = nlp("Militants attacked the army base. Terrorist groups and soldiers clashed "
              "as trade and exports fell.")
    found = CLASSIFIER.contexts(doc)
    assert {"military", "terrorism", "economic"} <= set(found)


def test_unknown_context_name_is_rejected(tmp_path):
    path = tmp_path / "contexts.yaml"
    path.write_text("weather:\n  strong: [rain]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="weather"):
        ContextClassifier.from_yaml(path)
