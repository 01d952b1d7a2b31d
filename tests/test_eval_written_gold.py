"""Our own written gold sets: wire-style sentences annotated in the gold format of
../shared/docs/gold-format.md (all 16 PLOVER categories, sentences with no event of record, background
events).

- `tests/data/written_gold.jsonl`: 185 sentences, the development set; its misses guided lexicon work.
- `tests/data/heldout_gold.jsonl`: 150 sentences written later by a separate annotator who never saw the
  coder's output; it was only ever scored, never mined for misses (its misses were listed once, by
  mistake, on 2026-11-30; nothing was changed for them; later that day one of its sentences and its
  per-unit differences were seen while checking changes, see the README). `dev5_gold.jsonl` is now
  the blind measure.
- `tests/data/dev2_gold.jsonl`: 161 units (130 wire-style sentences, 17 with no event, 11 short
  articles whose later sentences refer back) by another annotator working from the codebook only; a
  second development set, mined for misses, so its figures are no measure of generalisation.
- `tests/data/dev3_gold.jsonl`: 150 units (95 wire-style sentences from smaller states, 25 with no
  event, 30 short articles) by a third annotator working from the codebook only; scored on arrival
  (type_f1 0.753, full_f1 0.500), then mined for misses like dev2.
- `tests/data/dev4_gold.jsonl`: 150 units (50 wire-style sentences, 70 article excerpts of 2-5
  sentences with background and reactions, 30 with no event) by a fourth annotator who never saw the
  coder; scored on arrival (type_f1 0.737, full_f1 0.545, neg_clean 0.867), then mined for misses.
- `tests/data/dev5_gold.jsonl`: 120 units (60 wire-style sentences, 40 article excerpts, 20 with no
  event) by a fifth annotator who never saw the coder; only ever scored, never mined for misses (on
  arrival full_f1 0.654; the code of the session before scored 0.613). Keep it that way, like the
  held-out set.
- `tests/data/dev6_gold.jsonl`: 120 units (60 wire-style sentences, 40 article excerpts, 20 with no
  event) by a sixth annotator who never saw the coder; scored blind on arrival on 2026-11-30 (full_f1
  0.605 with the code of that session's start, 0.603 after its first changes), then mined for misses.
- `tests/data/dev7_gold.jsonl`: 120 units (50 wire-style sentences, 50 article excerpts of 4-7
  sentences, 20 with no event) by a seventh annotator who never saw the coder; only ever scored (full_f1
  0.533 with the code of the session it arrived in, as it stood at that session's start). It was the
  blind measure until dev8 arrived; its totals were seen once while keeping one change (see the README).
- `tests/data/dev8_gold.jsonl`: 120 units (50 wire-style sentences, 50 article excerpts of 4-6
  sentences, 20 with no event) by an eighth annotator who never saw the coder; only ever scored (full_f1
  0.568 with the code of the session it arrived in, as it stood at that session's start; 0.576 at its
  end; 0.581 a session later; 0.593 the session after; 0.606 and 0.622 at the ends of the next two).
  With dev10, the blind measure: keep it that way.
- `tests/data/dev9_gold.jsonl`: 120 units (48 wire-style sentences, 57 article excerpts of 4-7
  sentences, 15 short articles of 8-11 sentences; 20 units with no event) by a ninth annotator who
  never saw the coder; scored blind on arrival on 2026-11-30 (full_f1 0.567 with the code of that
  session's start), then mined for misses (0.596 at that session's end).
- `tests/data/dev10_gold.jsonl`: 100 units (40 wire-style sentences, 40 article excerpts of 4-7
  sentences, 20 with no event; smaller states and less famous events) by a tenth annotator who never
  saw the coder; only ever scored (full_f1 0.593 with the code of the session it arrived in, as it
  stood at that session's start; 0.600 at its end; 0.602 a session later; 0.620 and 0.646 at the ends
  of the next two). With dev8, the blind measure: keep it that way.
- `tests/data/dev11_gold.jsonl`: 14 whole news articles of 15-19 sentences (headline, background,
  quotes, reactions, re-mentions) by an eleventh annotator who never saw the coder; scored blind on
  arrival on 2026-11-30 (full_f1 0.449 with the code of that session's start and at the moment it
  arrived), then mined for misses. It has no unit without an event, so neg_clean does not apply.
- `tests/data/dev12_gold.jsonl`: 13 whole news articles of 15-18 sentences (dev12-01 to -07 on clashes,
  coups, summits, sanctions, crackdowns, truces and arms deals; dev12-08 to -13 on insurgent attacks,
  detentions, refugees, air and sea incidents, courts and spy affairs), two wire-style annotators who
  never saw the coder (some with datelines); scored blind on arrival on 2026-11-30 (full_f1 0.425 for
  the first seven, 0.392 for the last six, with the code of that session's start). The first seven were
  then mined; the last six were only scored again at that session's end (0.408; 0.433 and 0.438 at
  the ends of the next two sessions). Four annotations of
  sector "NGO" (a code, not a sector) were set to no sector.
- `tests/data/dev13_gold.jsonl`: 12 whole news articles of 14-18 sentences by two more annotators who
  worked from the codebook alone (dev13a-01 to -06: a maritime incident, a coup's aftermath, an EU court
  fine, an election dispute, a truce, a summit; dev13b-01 to -06: an insurgency, a Gulf row, a terror
  attack's aftermath, a missile test, a political crisis, an IMF loan). Scored blind on arrival on
  2026-12-01 (full_f1 0.510 for dev13a, 0.579 for dev13b, with the code of that session's start); dev13a
  was then mined, dev13b only scored again. One sector "NGO" was set to no sector.
- `tests/data/dev14_gold.jsonl`: 18 real news articles of 420-700 words drawn at random from
  ../shared/corpora/guardian_syria_2018_2019.csv (news, analysis, editorials, letters), annotated from
  the codebook alone by six annotators who never saw the coder. dev14b-01 to -09 were scored blind on
  arrival on 2026-12-01 (full_f1 0.446 with the code of that session's start) and are only scored
  again; dev14a-01 to -09 (0.255 on arrival) were mined. Two sectors "IGO"/"UNO" (codes) were set to
  no sector.

Coding them and scoring with the scorer's metrics shows whether the coder generalises beyond the public
gold sets; the floors sit a little below the measured figures so that a regression fails here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pycountry
import pytest

from dotterel.evaluation import Evaluation, evaluate_gold, load_jsonl
from dotterel.pipeline import Coder
from dotterel.plover import CATEGORIES, SECTORS, SPECIAL_CODES

DATA = Path(__file__).parent / "data"
WRITTEN_GOLD = DATA / "written_gold.jsonl"
HELDOUT_GOLD = DATA / "heldout_gold.jsonl"
DEV2_GOLD = DATA / "dev2_gold.jsonl"
DEV3_GOLD = DATA / "dev3_gold.jsonl"
DEV4_GOLD = DATA / "dev4_gold.jsonl"
DEV5_GOLD = DATA / "dev5_gold.jsonl"
DEV6_GOLD = DATA / "dev6_gold.jsonl"
DEV7_GOLD = DATA / "dev7_gold.jsonl"
DEV8_GOLD = DATA / "dev8_gold.jsonl"
DEV9_GOLD = DATA / "dev9_gold.jsonl"
DEV10_GOLD = DATA / "dev10_gold.jsonl"
DEV11_GOLD = DATA / "dev11_gold.jsonl"
DEV12_GOLD = DATA / "dev12_gold.jsonl"
DEV13_GOLD = DATA / "dev13_gold.jsonl"
DEV14_GOLD = DATA / "dev14_gold.jsonl"
WHOLE_ARTICLE_SETS = {"dev11_gold.jsonl", "dev12_gold.jsonl", "dev13_gold.jsonl", "dev14_gold.jsonl"}
EXTRA_STATE_CODES = {"KOS"}  # Kosovo, as PLOVER codes it
AUX_VALUES = {None, "historical", "future"}

# Measured 2026-12-01 08:15 UTC: written type_f1, full_f1, neg_clean 0.963, 0.926, 1; held-out 0.861, 0.785,
# 0.914; dev2 0.878, 0.782, 0.941; dev3 0.869, 0.753, 1; dev4 0.859, 0.717, 1; dev5 0.888, 0.768, 0.8; dev6
# 0.880, 0.730, 1; dev7 0.803, 0.598, 0.9; dev8 (blind) 0.856, 0.663, 0.75; dev9 0.860, 0.667, 1; dev10
# (blind) 0.814, 0.655, 0.95; whole articles (type_f1, full_f1): dev11 0.918, 0.647; dev12 0.940, 0.607;
# dev13 0.938, 0.663; dev14 (real articles) 0.853, 0.427. The floors sit below these.
FLOORS = {
    "written_gold.jsonl": {"type_f1": 0.94, "full_f1": 0.92, "neg_clean": 0.95},
    "heldout_gold.jsonl": {"type_f1": 0.82, "full_f1": 0.75, "neg_clean": 0.88},
    "dev2_gold.jsonl": {"type_f1": 0.83, "full_f1": 0.73, "neg_clean": 0.9},
    "dev3_gold.jsonl": {"type_f1": 0.81, "full_f1": 0.72, "neg_clean": 0.95},
    "dev4_gold.jsonl": {"type_f1": 0.80, "full_f1": 0.67, "neg_clean": 0.95},
    "dev5_gold.jsonl": {"type_f1": 0.84, "full_f1": 0.70, "neg_clean": 0.7},
    "dev6_gold.jsonl": {"type_f1": 0.83, "full_f1": 0.66, "neg_clean": 0.95},
    "dev7_gold.jsonl": {"type_f1": 0.75, "full_f1": 0.55, "neg_clean": 0.85},
    "dev8_gold.jsonl": {"type_f1": 0.81, "full_f1": 0.58, "neg_clean": 0.75},
    "dev9_gold.jsonl": {"type_f1": 0.81, "full_f1": 0.61, "neg_clean": 0.9},
    "dev10_gold.jsonl": {"type_f1": 0.76, "full_f1": 0.60, "neg_clean": 0.9},
    "dev11_gold.jsonl": {"type_f1": 0.87, "full_f1": 0.56, "neg_clean": 0.0},
    "dev12_gold.jsonl": {"type_f1": 0.90, "full_f1": 0.53, "neg_clean": 0.0},
    "dev13_gold.jsonl": {"type_f1": 0.90, "full_f1": 0.55, "neg_clean": 0.0},
    "dev14_gold.jsonl": {"type_f1": 0.80, "full_f1": 0.39, "neg_clean": 0.0},
}
GOLD_FILES = {"written_gold.jsonl": WRITTEN_GOLD, "heldout_gold.jsonl": HELDOUT_GOLD,
              "dev2_gold.jsonl": DEV2_GOLD, "dev3_gold.jsonl": DEV3_GOLD, "dev4_gold.jsonl": DEV4_GOLD,
              "dev5_gold.jsonl": DEV5_GOLD, "dev6_gold.jsonl": DEV6_GOLD, "dev7_gold.jsonl": DEV7_GOLD,
              "dev8_gold.jsonl": DEV8_GOLD, "dev9_gold.jsonl": DEV9_GOLD,
              "dev10_gold.jsonl": DEV10_GOLD, "dev11_gold.jsonl": DEV11_GOLD,
              "dev12_gold.jsonl": DEV12_GOLD, "dev13_gold.jsonl": DEV13_GOLD, "dev14_gold.jsonl": DEV14_GOLD}


@pytest.fixture(scope="module", params=sorted(GOLD_FILES))
def gold_name(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def written_units(gold_name: str) -> list[dict[str, Any]]:
    return load_jsonl(GOLD_FILES[gold_name])


@pytest.fixture(scope="module")
def written_evaluation(coder: Coder, gold_name: str) -> Evaluation:
    return evaluate_gold(GOLD_FILES[gold_name], coder)


def _party_codes() -> set[str]:
    return {country.alpha_3 for country in pycountry.countries} | EXTRA_STATE_CODES | set(SPECIAL_CODES)


def _annotation_problems(unit: dict[str, Any], codes: set[str]) -> list[str]:
    problems = []
    for event in unit["events"]:
        for name in [event["event"], *event.get("alt_events", [])]:
            if name not in CATEGORIES:
                problems.append(f"category {name!r}")
        if event.get("aux") not in AUX_VALUES:
            problems.append(f"aux {event.get('aux')!r} (negated/hypothetical units carry no gold event)")
        if not event["actor"]:
            problems.append("no actor")
        if event.get("reciprocal") and event.get("recipient"):
            problems.append("reciprocal event with a recipient")
        for party in event["actor"] + event.get("recipient", []):
            if party["code"] not in codes:
                problems.append(f"code {party['code']!r}")
            if party.get("sector") and party["sector"] not in SECTORS:
                problems.append(f"sector {party['sector']!r}")
    return [f"{unit['id']}: {problem}" for problem in problems]


def test_written_gold_is_valid_gold_format(written_units: list[dict[str, Any]], gold_name: str) -> None:
    ids = [unit["id"] for unit in written_units]
    assert len(ids) == len(set(ids)), "unit ids must be unique"
    codes = _party_codes()
    problems = [p for unit in written_units for p in _annotation_problems(unit, codes)]
    assert not problems, "invalid annotations: " + "; ".join(problems)
    covered = {event["event"] for unit in written_units for event in unit["events"]}
    assert covered == set(CATEGORIES), f"categories without a sentence: {set(CATEGORIES) - covered}"
    if gold_name not in WHOLE_ARTICLE_SETS:  # every news article tells some event
        assert any(not unit["events"] for unit in written_units), "the set needs sentences with no event"


@pytest.mark.parametrize("metric", ["type_f1", "full_f1", "neg_clean"])
def test_coder_holds_its_level_on_written_sentences(
    written_evaluation: Evaluation, gold_name: str, metric: str
) -> None:
    measured, floor = written_evaluation.metrics[metric], FLOORS[gold_name][metric]
    assert measured >= floor, (
        f"{metric} on {gold_name} fell to {measured:.4f} (floor {floor:.2f}); "
        f"run `dotterel eval tests/data/{gold_name} --misses 60` to see what broke"
    )


def test_every_category_is_recognised_in_some_written_sentence(written_evaluation: Evaluation) -> None:
    rows = written_evaluation.breakdown.category_rows()
    never_found = sorted(row["category"] for row in rows if row["gold"] and row["recall"] == 0)
    assert not never_found, f"categories with recall 0.0: {never_found}"


def test_predictions_point_back_to_written_units(
    written_evaluation: Evaluation, written_units: list[dict[str, Any]]
) -> None:
    unit_ids = {unit["id"] for unit in written_units}
    assert written_evaluation.predictions, "the coder found no event in any written sentence"
    assert {p["doc_id"] for p in written_evaluation.predictions} <= unit_ids
