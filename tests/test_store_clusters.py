"""Event clusters: reports of one real-world event merge; different events stay apart."""

from __future__ import annotations

from datetime import date, timedelta

import duckdb
from storefakes import FakeCoded, article, make_event, unrelated_events

from dotterel.store import Store
from dotterel.store.clusters import ClusterRules, dates_match, recluster, tokens

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
            # same parties and category, its own date ten days later
            (
                "f",
                "https://rt.com/6",
                make_event(
                    "f", 0, "COOPERATE", ["PAK", "RUS"], date="2022-08-26", event_date="2022-08-26", **base
                ),
            ),
            # same parties and category, undated, published beyond the background window
            (
                "h",
                "https://dw.com/8",
                make_event("h", 0, "COOPERATE", ["PAK", "RUS"], date="2022-09-20", **base),
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
    assert len(set(ids.values())) == 6


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


AFRIN_A = "Turkish jets and ground troops began an offensive on the Kurdish enclave of Afrin on Saturday."
AFRIN_B = "Ankara launched its Afrin operation, a cross-border offensive against the YPG, at the weekend."
AFRIN_C = "The Turkish offensive in Afrin entered its second day as tanks crossed the border."
IDLIB = "Government barrel bombs hit a market in Maarat al-Numan in Idlib province, killing 20."
DARAA = "Government barrel bombs hit a market in Nawa in Daraa province, killing 20."


def _filler(n: int) -> list[tuple[str, str | None, object]]:
    """Unrelated evidence from other articles, so that word rarity is estimated as in a real store."""
    return [(doc_id, None, event) for doc_id, event in unrelated_events(n)]


def test_one_event_in_different_words_from_two_outlets_merges(tmp_path):
    ids, table = _store(
        tmp_path,
        [
            *_filler(12),
            ("a", "https://reuters.com/a", make_event("a", 0, "ASSAULT", ["TUR"], ["SYR"], text=AFRIN_A)),
            (
                "b",
                "https://bbc.com/b",
                make_event("b", 0, "ASSAULT", ["TUR"], [], text=AFRIN_B, date="2022-08-18"),
            ),
        ],
    )
    assert ids["a-0"] == ids["b-0"]
    assert table[ids["a-0"]][:2] == (2, 2)


def test_same_day_same_parties_different_places_stay_apart(tmp_path):
    ids, _ = _store(
        tmp_path,
        [
            *_filler(12),
            ("a", "https://reuters.com/a", make_event("a", 0, "ASSAULT", ["SYR"], ["SYR"], text=IDLIB)),
            ("b", "https://apnews.com/b", make_event("b", 0, "ASSAULT", ["SYR"], ["SYR"], text=DARAA)),
        ],
    )
    assert ids["a-0"] != ids["b-0"]


def test_historical_mention_with_a_day_joins_the_event_of_that_day(tmp_path):
    """A one-off act (a strike, not a campaign) re-told months later joins its day only when the text
    gives that day."""
    first = "Turkish jets struck the Maydanki dam near Afrin on Saturday, cutting the water supply."
    later = "Turkish jets struck the Maydanki dam near Afrin on 20 January, cutting the water supply."
    ids, _ = _store(
        tmp_path,
        [
            *_filler(12),
            (
                "a",
                "https://reuters.com/a",
                make_event("a", 0, "ASSAULT", ["TUR"], ["SYR"], text=first, trigger="struck",
                           date="2018-01-20"),
            ),
            # months later, dated by the text: joins the January event
            (
                "m",
                "https://bbc.com/m",
                make_event(
                    "m",
                    0,
                    "ASSAULT",
                    ["TUR"],
                    ["SYR"],
                    text=later,
                    trigger="struck",
                    date="2018-04-02",
                    event_date="2018-01-20",
                ),
            ),
            # the same sentence without a date sits at its publication date, far from January
            (
                "n",
                "https://dw.com/n",
                make_event("n", 0, "ASSAULT", ["TUR"], ["SYR"], text=later.replace(" on 20 January", ""),
                           trigger="struck", date="2018-04-02"),
            ),
        ],
    )
    assert ids["a-0"] == ids["m-0"] != ids["n-0"]


def test_undated_re_mention_days_later_attaches_only_within_the_background_window(tmp_path):
    recap = "Turkey's offensive in Afrin, which began with an assault on the enclave, continues."
    reports = [
        *_filler(12),
        ("a", "https://reuters.com/a", make_event("a", 0, "ASSAULT", ["TUR"], ["SYR"], text=AFRIN_A)),
        (
            "b",
            "https://bbc.com/b",
            make_event("b", 0, "ASSAULT", ["TUR"], ["SYR"], text=recap, date="2022-08-25"),
        ),
    ]
    ids, _ = _store(tmp_path, reports)
    assert ids["a-0"] == ids["b-0"]
    with Store(tmp_path / "c.duckdb") as store:
        recluster(store, background_days=0)
        apart = dict(store.con.execute("SELECT id, cluster_id FROM events").fetchall())
    assert apart["a-0"] != apart["b-0"]


def test_chaining_is_bounded(tmp_path):
    """A~B and B~C (and C~D) do not pull A and C into one cluster when A and C are unlike; and one
    event's reports never span more than the window, however many similar reports follow each other."""
    chain = [
        "Shelling hit Afrin and Jinderes overnight.",
        "Jinderes and Rajo came under fire from artillery.",
        "Rajo and Bulbul were bombarded by howitzers.",
        "Bulbul and Maabatli saw mortar rounds land.",
    ]
    reports = [*_filler(12)]
    for k, text in enumerate(chain):
        event = make_event(f"s{k}", 0, "ASSAULT", ["TUR"], ["SYR"], text=text, date=f"2022-08-{16 + k}")
        reports.append((f"s{k}", None, event))
    ids, _ = _store(tmp_path, reports)
    assert ids["s0-0"] != ids["s2-0"] and ids["s1-0"] != ids["s3-0"] and ids["s0-0"] != ids["s3-0"]

    same = "Turkish tanks shelled the Afrin enclave near Jinderes."
    daily = []
    for k in range(8):
        day = f"2022-08-{10 + k}"
        event = make_event(f"d{k}", 0, "ASSAULT", ["TUR"], ["SYR"], text=same, date=day, event_date=day)
        daily.append((f"d{k}", None, event))
    (tmp_path / "daily").mkdir()
    ids, _ = _store(tmp_path / "daily", [*_filler(12), *daily])
    days_by_cluster: dict[str, list[int]] = {}
    for k in range(8):
        days_by_cluster.setdefault(ids[f"d{k}-0"], []).append(10 + k)
    assert len(days_by_cluster) > 1
    window = ClusterRules().window(4)
    assert all(max(days) - min(days) <= window for days in days_by_cluster.values())


def _sanction(doc_id: str, text: str, date: str = "2022-08-16"):
    event = make_event(doc_id, 0, "SANCTION", ["EUR"], ["BLR"], text=text, trigger="imposed sanctions",
                       date=date)
    event.actor[0].entity_text, event.recipient[0].entity_text = "The European Union", "Belarus"
    return event


def test_same_day_same_parties_merge_even_when_they_share_only_trigger_and_party_words(tmp_path):
    first = "The European Union imposed sanctions on Belarus on Thursday, freezing assets of officials."
    second = "The European Union imposed sanctions on Belarus over the crackdown, diplomats said."
    third = "The European Union imposed sanctions on Belarus in a move welcomed by the opposition."
    ids, table = _store(
        tmp_path,
        [
            *_filler(12),
            ("a", "https://reuters.com/a", _sanction("a", first)),
            ("b", "https://apnews.com/b", _sanction("b", second)),
            ("c", "https://bbc.com/c", _sanction("c", third, date="2022-08-18")),
        ],
    )
    assert ids["a-0"] == ids["b-0"]
    assert table[ids["a-0"]][:2] == (2, 2)
    assert ids["c-0"] != ids["a-0"]  # two days later the wording has to say more than that


def _event(doc_id, category, actors, recipients, text, trigger, *, date="2022-08-16", mentions=None):
    event = make_event(doc_id, 0, category, actors, recipients, text=text, trigger=trigger, date=date)
    for entity, mention in zip(event.actor, mentions or [], strict=False):
        entity.entity_text = mention
    return event


def test_a_paragraph_reused_weeks_later_joins_its_first_report(tmp_path):
    reused = "Upon landing at Manchester airport, he was arrested by British police on suspicion of terror."
    ids, _ = _store(
        tmp_path,
        [
            *_filler(12),
            ("a", None, _event("a", "COERCE", ["GBR"], ["SYR"], reused, "arrested", date="2017-08-06")),
            # the follow-up article re-uses the paragraph 18 days later; the coder found another recipient
            ("b", None, _event("b", "COERCE", ["GBR"], ["GBR"], reused, "arrested", date="2017-08-24")),
            # a sentence that dates itself relative to its publication names another day when re-printed
            ("c", None, _event("c", "COERCE", ["GBR"], [], f"On Tuesday {reused[0].lower()}{reused[1:]}",
                               "arrested", date="2017-08-08")),
            ("d", None, _event("d", "COERCE", ["GBR"], [], f"On Tuesday {reused[0].lower()}{reused[1:]}",
                               "arrested", date="2017-08-29")),
        ],
    )
    assert ids["a-0"] == ids["b-0"]
    assert ids["c-0"] != ids["d-0"]


def test_two_acts_stay_apart_even_in_one_sentence(tmp_path):
    both = "The foreign minister accused Washington of bad faith and delivered an ultimatum to the envoy."
    ids, _ = _store(
        tmp_path,
        [
            *_filler(12),
            ("a", None, _event("a", "ACCUSE", ["TUR"], ["USA"], both, "accused")),
            ("a2", None, _event("a2", "THREATEN", ["TUR"], ["USA"], both, "delivered an ultimatum")),
        ],
    )
    assert ids["a-0"] != ids["a2-0"]


def test_named_people_and_places_tell_alike_reports_apart(tmp_path):
    ids, _ = _store(
        tmp_path,
        [
            *_filler(12),
            ("m", None, _event("m", "RETREAT", ["USA"], [], "Jim Mattis resigned over the troop decision.",
                               "resigned", mentions=["Jim Mattis"])),
            ("n", None, _event("n", "RETREAT", ["USA"], [], "Brett McGurk resigned over the troop decision.",
                               "resigned", mentions=["Brett McGurk"])),
            ("o", None, _event("o", "RETREAT", ["USA"], [], "Defence secretary Mattis resigned over the troop"
                               " decision, officials said.", "resigned", mentions=["Secretary Mattis"])),
            ("s", None, _event("s", "CONCEDE", ["USA"], ["USA"], "Trump ordered the withdrawal of troops from"
                               " Syria, officials said.", "ordered the withdrawal")),
            ("t", None, _event("t", "CONCEDE", ["USA"], ["USA"], "Trump ordered the withdrawal of troops from"
                               " Afghanistan, officials said.", "ordered the withdrawal")),
            # two parties on each side, but not the same two
            ("u", None, _event("u", "ASSAULT", ["TUR", "USA"], [], "Turkish and US troops clashed near the"
                               " bridge at dawn.", "clashed")),
            ("v", None, _event("v", "ASSAULT", ["SYR", "TUR"], [], "Turkish and Syrian troops clashed near"
                               " the bridge at dawn.", "clashed")),
        ],
    )
    assert ids["m-0"] == ids["o-0"] != ids["n-0"]
    assert ids["s-0"] != ids["t-0"]
    assert ids["u-0"] != ids["v-0"]


PLACES = (
    "dam river oilfield airport bridge border citadel highway valley port refinery market "
    "stadium school hospital bakery mill depot quarry harbour"
)


def _fighting_every_week() -> list[tuple[str, None, object]]:
    """The same actor's other news: "fighting", said every week for months, is no one event."""
    return [
        (f"f{k}", None, _event(f"f{k}", "ASSAULT", ["USA"], [], f"Coalition jets kept fighting near {place}.",
                               "fighting", date=(date(2018, 1, 1) + timedelta(days=7 * k)).isoformat()))
        for k, place in enumerate(f"the {thing}" for thing in PLACES.split())
    ]


def test_one_decision_commented_on_by_many_articles_in_a_burst_is_one_cluster(tmp_path):
    comments = [
        "The president's withdrawal of troops leaves his closest allies exposed to an offensive.",
        "Critics warned that the troop withdrawal would hand extremists a powerful recruiting tool.",
        "Yet what the president has done is far more serious than withdrawing troops.",
        "For the Kremlin, the withdrawal of the troops is a green light to stay as long as it wishes.",
        "The abrupt withdrawal of troops has ended any threat from an indefinite presence there.",
        "Generals say that the president's withdrawal ignores the advice of every commander.",
    ]
    burst = [
        (f"w{k}", None, _event(f"w{k}", "RETREAT", ["USA"], ["USA"] if k % 2 else [], text,
                               "withdrawing" if "withdrawing" in text else "withdrawal",
                               date=f"2018-12-{19 + k}"))
        for k, text in enumerate(comments)
    ]
    spread = _fighting_every_week()
    ids, _ = _store(tmp_path, [*_filler(12), *burst, *spread])
    assert len({ids[f"w{k}-0"] for k in range(len(comments))}) == 1
    assert len({ids[f"f{k}-0"] for k in range(len(spread))}) == len(spread)


def test_a_campaign_re_mentioned_months_later_at_its_place_joins_it(tmp_path):
    """An offensive is told long after it began; an undated re-mention joins it when it names the same
    place for the same lasting act, within the lasting window. Another place, a strike (each strike is
    its own event) or a re-mention after the window stays apart."""
    begun = "Turkish jets and ground troops began an offensive into Afrin on Saturday."

    def later(doc_id: str, text: str, trigger: str, published: str) -> tuple[str, str, object]:
        event = make_event(doc_id, 0, "ASSAULT", ["TUR"], ["SYR"], text=text, trigger=trigger, date=published)
        return doc_id, f"https://example.org/{doc_id}", event

    reports = [
        *_filler(12),
        ("a", "https://reuters.com/a", make_event("a", 0, "ASSAULT", ["TUR"], ["SYR"], text=begun,
                                                   trigger="offensive", date="2018-01-20",
                                                   event_date="2018-01-20")),
        later("b", "Turkey's assault on the Kurdish enclave of Afrin has displaced thousands.", "assault",
              "2018-03-22"),
        later("c", "Turkey's assault on the town of Manbij has displaced thousands.", "assault",
              "2018-03-22"),
        later("d", "Turkish strikes on Afrin have displaced thousands.", "strikes", "2018-03-22"),
        later("e", "Turkey's assault on the Kurdish enclave of Afrin displaced thousands.", "assault",
              "2018-09-30"),
    ]
    ids, _ = _store(tmp_path, reports)
    assert ids["a-0"] == ids["b-0"]
    assert len({ids["a-0"], ids["c-0"], ids["d-0"], ids["e-0"]}) == 4


def test_a_commentator_named_near_a_decision_of_one_burst_does_not_split_it(tmp_path):
    """'the US withdrawal' told by many articles in a fortnight is one decision: who comments on it
    ("For Putin, ...", "the Kurds") does not make it another."""
    texts = [
        "Donald Trump ordered the withdrawal of US troops from Syria, officials said.",
        "For Putin, the US withdrawal from Syria is a gift that costs him nothing.",
        "The Kurds fear the US withdrawal from Syria leaves them exposed to attack.",
        "Analysts said the US withdrawal from Syria surprised allies in the region.",
        "Critics in Congress condemned the US withdrawal from Syria as hasty.",
        "Israeli officials worry that the US withdrawal from Syria will help Tehran.",
    ]
    burst = [
        (f"w{k}", None, _event(f"w{k}", "RETREAT", ["USA"], [], text, "withdrawal", date=f"2018-12-{19 + k}"))
        for k, text in enumerate(texts)
    ]
    spread = _fighting_every_week()
    ids, _ = _store(tmp_path, [*_filler(12), *burst, *spread])
    assert len({ids[f"w{k}-0"] for k in range(len(texts))}) == 1
