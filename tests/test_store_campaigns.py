"""Campaigns: the reports of a lasting act (an offensive, a withdrawal) told for weeks are one event,
whatever slips the coder made in their parties; and the same words tell the same statement. Every
sentence here is invented."""

from __future__ import annotations

from storefakes import FakeCoded, article, make_event, unrelated_events

from dotterel.store import Store
from dotterel.store.campaigns import LASTING_ACTS
from dotterel.store.clusters import recluster
from dotterel.store.evidence import act_words


def _clusters(tmp_path, reports) -> dict[str, str]:
    """reports: (doc_id, Event); returns {event id: cluster_id}, after a dozen unrelated articles."""
    with Store(tmp_path / "c.duckdb") as store:
        by_doc: dict[str, FakeCoded] = {}
        for doc_id, event in [*unrelated_events(12), *reports]:
            by_doc.setdefault(doc_id, FakeCoded(article(doc_id), [])).events.append(event)
        store.add(list(by_doc.values()))
        recluster(store)
        return dict(store.con.execute("SELECT id, cluster_id FROM events").fetchall())


def _report(doc: str, text: str, trigger: str, published: str, *, n: int = 0, dated: bool = False,
            actors: tuple[str, ...] = ("ETH",), recipients: tuple[str, ...] = ("ERI",),
            category: str = "ASSAULT"):
    """A report of document `doc` (Ethiopia -> Eritrea unless told), dated by its text when `dated`."""
    event = make_event(doc, n, category, list(actors), list(recipients), text=text, trigger=trigger,
                       date=published, event_date=published if dated else None)
    return doc, event


def _launch():
    """The report that anchors the campaigns below: actor, target and place, dated by the text."""
    return _report("a", "Ethiopia launched an offensive on Badme on Saturday, officials said.", "offensive",
                   "2024-01-20", dated=True)


def test_an_offensive_told_for_weeks_with_party_slips_is_one_campaign(tmp_path):
    ids = _clusters(tmp_path, [
        _launch(),
        # the target's country taken for the actor, and no recipient: the coder's slips
        _report("b", "The Badme offensive drew condemnation from the African Union.", "offensive",
                "2024-01-23", actors=("ERI",), recipients=()),
        _report("c", "Ethiopia's assault on the border town of Badme entered its third week.", "assault",
                "2024-02-05", recipients=()),
        # two months on, re-told without a date
        _report("d", "Refugees who fled Ethiopia's incursion into Badme are returning.", "incursion",
                "2024-03-25"),
    ])
    assert len({ids["a-0"], ids["b-0"], ids["c-0"], ids["d-0"]}) == 1


def test_a_campaign_keeps_out_other_places_strikes_late_mentions_and_unknown_actors(tmp_path):
    ids = _clusters(tmp_path, [
        _launch(),
        _report("b", "Ethiopia's offensive on Badme continued as troops shelled Zalambessa.", "offensive",
                "2024-01-24"),
        _report("c", "Ethiopia launched an offensive on Tesseney on Monday.", "offensive", "2024-02-01"),
        _report("d", "An Ethiopian airstrike hit a market in Badme, killing nine.", "airstrike",
                "2024-02-02"),
        _report("e", "Ethiopia's offensive on Badme is remembered bitterly in Asmara.", "offensive",
                "2024-09-30"),
        _report("f", "The offensive on Badme has displaced thousands.", "offensive", "2024-01-25", actors=()),
    ])
    assert ids["a-0"] == ids["b-0"]
    assert len({ids["a-0"], ids["c-0"], ids["d-0"], ids["e-0"], ids["f-0"]}) == 5


def test_an_attack_does_not_anchor_a_campaign(tmp_path):
    """ "attacked Badme" may be one strike: two attacks at one place weeks apart stay two events."""
    ids = _clusters(tmp_path, [
        _report("a", "Ethiopian troops attacked Badme on Saturday.", "attacked", "2024-01-20", dated=True),
        _report("b", "Ethiopian troops attacked Badme again, villagers said.", "attacked", "2024-02-18"),
    ])
    assert ids["a-0"] != ids["b-0"]


def test_one_article_naming_the_operation_and_the_place_joins_both_names(tmp_path):
    ids = _clusters(tmp_path, [
        _report("a", "Ethiopia launched an offensive into Badme on Saturday.", "offensive", "2024-01-20",
                dated=True),
        _report("b", "Ethiopia's offensive, codenamed Operation Red Hill, began at dawn.", "offensive",
                "2024-01-21"),
        _report("c", "Ethiopia's offensive on Badme drew thousands of troops.", "offensive", "2024-01-28"),
        _report("c", "Analysts said Operation Red Hill was planned for months.", "Operation", "2024-01-28",
                n=1, recipients=()),
        _report("d", "Since Ethiopia launched its offensive, Operation Red Hill, 200 died.", "offensive",
                "2024-02-20", recipients=()),
    ])
    assert len({ids["a-0"], ids["b-0"], ids["c-0"], ids["d-0"]}) == 1


def test_a_withdrawal_ordered_in_light_verbs_is_the_withdrawal():
    assert "=withdraw" in act_words("ordered", " a full, rapid withdrawal of troops")
    # an ordered strike is a strike, and no lasting act
    assert "=strike" in act_words("ordered", " a limited missile strike")
    assert not act_words("ordered", " a limited missile strike") & LASTING_ACTS


def test_one_demand_repeated_in_other_verbs_is_one_event(tmp_path):
    """The same run of rare words ("take back their 900 fighters held in camps") tells the same
    demand, whether "asked" or "told"; another demand of the same actor that day stays apart."""
    can = {"actors": ("CAN",), "recipients": ("DEU", "FRA"), "category": "REQUEST"}
    ids = _clusters(tmp_path, [
        _report("a", 'Canada is "asking Germany and France to take back their 900 fighters held in camps", '
                "the minister wrote.", "asking", "2024-02-17", **can),
        _report("b", "Canada told Germany and France that they must take back their 900 fighters held in "
                "camps.", "told", "2024-02-17", **can),
        _report("c", "Canada asked Germany and France to lower tariffs on Canadian beef.", "asked",
                "2024-02-17", **can),
    ])
    assert ids["a-0"] == ids["b-0"] != ids["c-0"]


def test_two_vows_on_two_days_are_two_statements_unless_told_in_the_same_words(tmp_path):
    vow = "that government troops would drive the rebels out of the northern highlands"
    eth = {"recipients": (), "category": "AGREE"}
    ids = _clusters(tmp_path, [
        _report("a", f"The Ethiopian prime minister vowed on Sunday {vow}.", "vowed", "2024-01-21", **eth),
        _report("b", f"The Ethiopian prime minister has vowed {vow}, officials said.", "vowed", "2024-01-22",
                **eth),
        _report("c", "The Ethiopian prime minister vowed to rebuild every school in the northern highlands.",
                "vowed", "2024-01-24", **eth),
    ])
    assert ids["a-0"] == ids["b-0"] != ids["c-0"]


def test_an_undated_report_the_next_day_may_tell_the_same_statement(tmp_path):
    eth = {"category": "REQUEST"}
    ids = _clusters(tmp_path, [
        _report("a", "The Ethiopian prime minister called the Eritrean president on Wednesday, urging him to "
                "halt the shelling near Badme.", "urging", "2024-01-24", dated=True, **eth),
        # a readout of the same call, published the next morning without a date
        _report("b", "According to a readout of the call, the Ethiopian prime minister urged Eritrea to stop "
                "its artillery fire around Badme.", "urged", "2024-01-25", **eth),
        # an undated urging three days on is another statement
        _report("c", "Speaking in parliament, the Ethiopian prime minister urged Eritrea to end "
                "the bombardment of villages near Badme.", "urged", "2024-01-27", **eth),
    ])
    assert ids["a-0"] == ids["b-0"] != ids["c-0"]
