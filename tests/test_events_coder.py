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
