"""Event clusters: reports of one real-world event merge; different events stay apart."""

from __future__ import annotations

import duckdb
from storefakes import FakeCoded, article, make_event

from dotterel.store import Store
from dotterel.store.clusters import dates_match, recluster, tokens

DRILL_A = "Russia and Pakistan began joint military drills near Islamabad on Tuesday."
DRILL_B = "Pakistani and Russian troops began joint military drills near Islamabad, officials said."


def _store(tmp_path, reports):
    """reports: (doc_id, url, Event). Returns {event id: cluster_id} and the clusters table."""
    db = tmp_path / "c.duckdb"
    with Store(db) as store:
        by_doc: dict[str, FakeCoded] = {}
        for doc_id, url, event in reports:
            by_doc.setdefault(doc_id, FakeCoded(article(doc_id, url=url), [])).events.append(event)
        store.add(list(by_doc.values()))
        recluster(store)
        ids = dict(store.con.execute("SELECT id, cluster_id FROM events").fetchall())
        table = store.con.execute(
            "SELECT cluster_id, n_reports, n_outlets, n_independent_outlets, state_affiliated_only"
            " FROM clusters"
        ).fetchall()
    return ids, {row[0]: row[1:] for row in table}


def test_two_outlets_reporting_one_event_make_one_cluster(tmp_path):
    ids, table = _store(
        tmp_path,
        [
            ("r", "https://reuters.com/a", make_event("r", 0, "COOPERATE", ["PAK", "RUS"], text=DRILL_A)),
            (
                "s",
                "https://sputniknews.com/b",
                make_event("s", 0, "COOPERATE", ["RUS", "PAK"], text=DRILL_B, date="2022-08-17"),
            ),
        ],
    )
    assert ids["r-0"] == ids["s-0"]
    assert table[ids["r-0"]] == (2, 2, 1, False)  # 2 reports, 2 outlets, 1 of them independent


def test_state_media_only_event_is_marked(tmp_path):
    ids, table = _store(
        tmp_path,
        [
            (
                "s",
                "https://sputniknews.com/b",
                make_event("s", 0, "ACCUSE", ["RUS"], ["USA"], text="x accuses"),
            ),
        ],
    )
    assert table[ids["s-0"]] == (1, 1, 0, True)


def test_different_events_stay_apart(tmp_path):
    base = {"text": DRILL_A}
    ids, _ = _store(
        tmp_path,
        [
            ("a", "https://reuters.com/1", make_event("a", 0, "COOPERATE", ["PAK", "RUS"], **base)),
            # other category
            ("b", "https://apnews.com/2", make_event("b", 0, "MOBILIZE", ["PAK", "RUS"], **base)),
            # other parties (no overlap)
            ("c", "https://bbc.com/3", make_event("c", 0, "COOPERATE", ["CHN", "IND"], **base)),
            # same parties and category, ten days later
            (
                "f",
                "https://rt.com/6",
                make_event("f", 0, "COOPERATE", ["PAK", "RUS"], date="2022-08-26", **base),
            ),
            # same everything but unrelated evidence
            (
                "g",
                "https://tass.com/7",
                make_event(
                    "g",
                    0,
                    "COOPERATE",
                    ["PAK", "RUS"],
                    text="Trade between both countries grew as wheat exports rose.",
                ),
            ),
        ],
    )
    assert len(set(ids.values())) == 5


def test_historical_year_only_mentions_attach_to_their_year(tmp_path):
    agreed = "In 2014 Russia agreed to supply helicopters to Pakistan."
    ids, _ = _store(
        tmp_path,
        [
            (
                "a",
                "https://reuters.com/1",
                make_event(
                    "a",
                    0,
                    "AGREE",
                    ["RUS"],
                    ["PAK"],
                    event_date="2014",
                    aux="historical",
                    text=agreed,
                    date="2022-08-16",
                ),
            ),
            (
                "b",
                "https://apnews.com/2",
                make_event(
                    "b",
                    0,
                    "AGREE",
                    ["RUS"],
                    ["PAK"],
                    event_date="2014-11-20",
                    aux="historical",
                    text="Russia agreed in November 2014 to supply helicopters to Pakistan.",
                    date="2019-01-02",
                ),
            ),
            (
                "c",
                "https://bbc.com/3",
                make_event(
                    "c",
                    0,
                    "AGREE",
                    ["RUS"],
                    ["PAK"],
                    event_date="2015",
                    aux="historical",
                    text=agreed,
                    date="2022-08-16",
                ),
            ),
        ],
    )
    assert ids["a-0"] == ids["b-0"] != ids["c-0"]
    first = (
        duckdb.connect(str(tmp_path / "c.duckdb"), read_only=True)
        .execute("SELECT first_date FROM clusters WHERE cluster_id = ?", [ids["a-0"]])
        .fetchone()[0]
    )
    assert first.year == 2014


def test_negated_reports_are_not_clustered(tmp_path):
    ids, _ = _store(
        tmp_path,
        [
            ("a", None, make_event("a", 0, "CONSULT", ["RUS"], ["AFG"], aux="negated")),
        ],
    )
    assert ids["a-0"] is None


def test_recluster_is_stable_and_replaces_old_clusters(tmp_path):
    reports = [
        ("r", "https://reuters.com/a", make_event("r", 0, "COOPERATE", ["PAK", "RUS"], text=DRILL_A)),
        ("s", "https://sputniknews.com/b", make_event("s", 0, "COOPERATE", ["PAK", "RUS"], text=DRILL_B)),
    ]
    ids, _ = _store(tmp_path, reports)
    with Store(tmp_path / "c.duckdb") as store:
        assert recluster(store) == 1
        assert dict(store.con.execute("SELECT id, cluster_id FROM events").fetchall()) == ids
        assert store.con.execute("SELECT count(*) FROM clusters").fetchone()[0] == 1


def test_date_window_and_tokens():
    from datetime import date

    assert dates_match(date(2022, 8, 16), "day", date(2022, 8, 19), "day", 3)
    assert not dates_match(date(2022, 8, 16), "day", date(2022, 8, 20), "day", 3)
    assert dates_match(date(2014, 1, 1), "year", date(2014, 11, 20), "day", 3)
    assert not dates_match(date(2014, 5, 1), "month", date(2014, 6, 1), "day", 3)
    assert tokens("The drills were held") == tokens("drill held")


def test_reports_with_overlapping_parties_merge_only_on_close_evidence(tmp_path):
    told = "Donald Trump has told European allies to take back 800 Isis fighters captured in Syria."
    asked = "Trump asked European allies to take back over 800 Isis fighters captured in Syria."
    ids, _ = _store(
        tmp_path,
        [
            (
                "a",
                "https://apnews.com/1",
                make_event("a", 0, "REQUEST", ["USA"], ["DEU", "FRA", "GBR"], text=told),
            ),
            ("b", "https://bbc.com/2", make_event("b", 0, "REQUEST", ["USA"], ["EUR"], text=asked)),
            # overlapping parties, related topic, but not the same report
            (
                "c",
                "https://dw.com/3",
                make_event(
                    "c",
                    0,
                    "REQUEST",
                    ["USA"],
                    ["FRA"],
                    text="France was asked by Washington to keep troops in Syria.",
                ),
            ),
        ],
    )
    assert ids["a-0"] == ids["b-0"] != ids["c-0"]


def test_opposite_directions_stay_apart_even_with_mirrored_wording(tmp_path):
    ids, _ = _store(
        tmp_path,
        [
            (
                "a",
                "https://apnews.com/1",
                make_event(
                    "a",
                    0,
                    "ACCUSE",
                    ["RUS"],
                    ["PAK"],
                    text="Russia accused Pakistan of violating its airspace.",
                ),
            ),
            (
                "b",
                "https://bbc.com/2",
                make_event(
                    "b",
                    0,
                    "ACCUSE",
                    ["PAK"],
                    ["RUS"],
                    text="Pakistan accused Russia of violating its airspace.",
                ),
            ),
        ],
    )
    assert ids["a-0"] != ids["b-0"]
