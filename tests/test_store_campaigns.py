"""Campaigns: the reports of a lasting act (an offensive, a withdrawal) told for weeks are one event,
whatever slips the coder made in their parties. Every sentence here is invented."""

from __future__ import annotations

from storefakes import FakeCoded, article, make_event, unrelated_events

from dotterel.store import Store
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


def _report(
    doc_id: str,
    n: int,
    actors: list[str],
    recipients: list[str],
    text: str,
    trigger: str,
    published: str,
    event_date: str | None = None,
    category: str = "ASSAULT",
):
    event = make_event(
        doc_id,
        n,
        category,
        actors,
        recipients,
        text=text,
        trigger=trigger,
        date=published,
        event_date=event_date,
    )
    return doc_id, event


def test_an_offensive_told_for_weeks_with_party_slips_is_one_campaign(tmp_path):
    ids = _clusters(
        tmp_path,
        [
            _report(
                "a",
                0,
                ["ETH"],
                ["ERI"],
                "Ethiopia launched an offensive on Badme on Saturday, officials said.",
                "offensive",
                "2024-01-20",
                "2024-01-20",
            ),
            # the target's country taken for the actor, and no recipient: the coder's slips
            _report(
                "b",
                0,
                ["ERI"],
                [],
                "The Badme offensive drew condemnation from the African Union.",
                "offensive",
                "2024-01-23",
            ),
            _report(
                "c",
                0,
                ["ETH"],
                [],
                "Ethiopia's assault on the border town of Badme entered its third week.",
                "assault",
                "2024-02-05",
            ),
            # two months on, re-told without a date
            _report(
                "d",
                0,
                ["ETH"],
                ["ERI"],
                "Refugees who fled Ethiopia's incursion into Badme are returning.",
                "incursion",
                "2024-03-25",
            ),
        ],
    )
    assert len({ids["a-0"], ids["b-0"], ids["c-0"], ids["d-0"]}) == 1


def test_a_campaign_keeps_out_other_places_strikes_late_mentions_and_unknown_actors(tmp_path):
    ids = _clusters(
        tmp_path,
        [
            _report(
                "a",
                0,
                ["ETH"],
                ["ERI"],
                "Ethiopia launched an offensive on Badme on Saturday, officials said.",
                "offensive",
                "2024-01-20",
                "2024-01-20",
            ),
            _report(
                "b",
                0,
                ["ETH"],
                ["ERI"],
                "Ethiopia's offensive on Badme continued as troops shelled Zalambessa.",
                "offensive",
                "2024-01-24",
            ),
            _report(
                "c",
                0,
                ["ETH"],
                ["ERI"],
                "Ethiopia launched an offensive on Tesseney on Monday.",
                "offensive",
                "2024-02-01",
            ),
            _report(
                "d",
                0,
                ["ETH"],
                ["ERI"],
                "An Ethiopian airstrike hit a market in Badme, killing nine.",
                "airstrike",
                "2024-02-02",
            ),
            _report(
                "e",
                0,
                ["ETH"],
                ["ERI"],
                "Ethiopia's offensive on Badme is remembered bitterly in Asmara.",
                "offensive",
                "2024-09-30",
            ),
            _report(
                "f",
                0,
                [],
                ["ERI"],
                "The offensive on Badme has displaced thousands.",
                "offensive",
                "2024-01-25",
            ),
        ],
    )
    assert ids["a-0"] == ids["b-0"]
    assert len({ids["a-0"], ids["c-0"], ids["d-0"], ids["e-0"], ids["f-0"]}) == 5


def test_an_attack_does_not_anchor_a_campaign(tmp_path):
    """ "attacked Badme" may be one strike: two attacks at one place weeks apart stay two events."""
    ids = _clusters(
        tmp_path,
        [
            _report(
                "a",
                0,
                ["ETH"],
                ["ERI"],
                "Ethiopian troops attacked Badme on Saturday.",
                "attacked",
                "2024-01-20",
                "2024-01-20",
            ),
            _report(
                "b",
                0,
                ["ETH"],
                ["ERI"],
                "Ethiopian troops attacked Badme again, villagers said.",
                "attacked",
                "2024-02-18",
            ),
        ],
    )
    assert ids["a-0"] != ids["b-0"]


def test_one_article_naming_the_operation_and_the_place_joins_both_names(tmp_path):
    ids = _clusters(
        tmp_path,
        [
            _report(
                "a",
                0,
                ["ETH"],
                ["ERI"],
                "Ethiopia launched an offensive into Badme on Saturday.",
                "offensive",
                "2024-01-20",
                "2024-01-20",
            ),
            _report(
                "b",
                0,
                ["ETH"],
                ["ERI"],
                "Ethiopia's offensive, codenamed Operation Red Hill, began at dawn.",
                "offensive",
                "2024-01-21",
            ),
            _report(
                "c",
                0,
                ["ETH"],
                ["ERI"],
                "Ethiopia's offensive on Badme drew thousands of troops.",
                "offensive",
                "2024-01-28",
            ),
            _report(
                "c",
                1,
                ["ETH"],
                [],
                "Analysts said Operation Red Hill was planned for months.",
                "Operation",
                "2024-01-28",
            ),
            _report(
                "d",
                0,
                ["ETH"],
                [],
                "Since Ethiopia launched its offensive, Operation Red Hill, 200 died.",
                "offensive",
                "2024-02-20",
            ),
        ],
    )
    assert len({ids["a-0"], ids["b-0"], ids["c-0"], ids["d-0"]}) == 1


def test_a_withdrawal_ordered_in_light_verbs_is_the_withdrawal():
    assert "=withdraw" in act_words("ordered", " a full, rapid withdrawal of troops")
    assert "=strike" not in act_words("ordered", " a limited missile strike")  # only lasting acts


def test_one_demand_repeated_in_other_verbs_is_one_event(tmp_path):
    """The same run of rare words ("take back its 900 fighters") tells the same demand, whether
    "asked" or "told"; another demand of the same actor that day stays apart."""
    ids = _clusters(
        tmp_path,
        [
            _report(
                "a",
                0,
                ["CAN"],
                ["DEU", "FRA"],
                'Canada is "asking Germany and France to take back their 900 '
                'fighters held in camps", the minister wrote.',
                "asking",
                "2024-02-17",
                category="REQUEST",
            ),
            _report(
                "b",
                0,
                ["CAN"],
                ["DEU", "FRA"],
                "Canada told Germany and France that they must take back their 900 fighters held in camps.",
                "told",
                "2024-02-17",
                category="REQUEST",
            ),
            _report(
                "c",
                0,
                ["CAN"],
                ["DEU", "FRA"],
                "Canada asked Germany and France to lower tariffs on Canadian beef.",
                "asked",
                "2024-02-17",
                category="REQUEST",
            ),
        ],
    )
    assert ids["a-0"] == ids["b-0"] != ids["c-0"]


def test_two_vows_on_two_days_are_two_statements_unless_told_in_the_same_words(tmp_path):
    vow = "that government troops would drive the rebels out of the northern highlands"
    ids = _clusters(
        tmp_path,
        [
            _report("a", 0, ["ETH"], [], f"The Ethiopian prime minister vowed on Sunday {vow}.", "vowed",
                    "2024-01-21", category="AGREE"),
            _report("b", 0, ["ETH"], [], f"The Ethiopian prime minister has vowed {vow}, officials said.",
                    "vowed", "2024-01-22", category="AGREE"),
            _report("c", 0, ["ETH"], [], "The Ethiopian prime minister vowed to rebuild every school in the "
                    "northern highlands.", "vowed", "2024-01-24", category="AGREE"),
        ],
    )
    assert ids["a-0"] == ids["b-0"] != ids["c-0"]
