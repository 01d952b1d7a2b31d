"""dotterel's scorer: the definitions of ../shared/tools/score.py, on hand-made and perturbed cases."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dotterel.evaluation import breakdown, score
from dotterel.evaluation.report import NONE, format_confusion, format_misses

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def unit(uid: str, *events: dict[str, Any]) -> dict[str, Any]:
    return {"id": uid, "text": f"text of {uid}", "events": list(events)}


def gold(event: str, actor: list[str], recipient: list[str] = (), **extra: Any) -> dict[str, Any]:
    return {"event": event, "actor": [{"code": c} for c in actor],
            "recipient": [{"code": c} for c in recipient], **extra}


def pred(
    doc_id: str, event: Any, actor: list[str], recipient: list[str] = (), **extra: Any
) -> dict[str, Any]:
    return {"doc_id": doc_id, "event": event, "actor": [{"code": c} for c in actor],
            "recipient": [{"code": c} for c in recipient], **extra}


def test_reciprocal_gold_compares_the_set_of_parties() -> None:
    units = [unit("u1", gold("AGREE", ["RUS", "PAK"], reciprocal=True))]
    swapped = [pred("u1", "AGREE", ["PAK"], ["RUS"])]
    assert score(units, swapped)["full_r"] == 1.0
    one_sided = [unit("u1", gold("AGREE", ["RUS", "PAK"]))]
    assert score(one_sided, swapped)["full_r"] == 0.0
    assert score(one_sided, swapped)["type_r"] == 1.0


def test_alternative_categories_are_accepted_but_others_are_false_positives() -> None:
    units = [unit("u1", gold("SUPPORT", ["USA"], alt_events=["COOPERATE"]))]
    metrics = score(units, [pred("u1", "COOPERATE", ["USA"]), pred("u1", "ACCUSE", ["USA"])])
    assert metrics["type_r"] == 1.0
    assert metrics["type_p"] == 0.5  # COOPERATE accepted, ACCUSE not
    assert metrics["full_p"] == 0.5 and metrics["full_r"] == 1.0


def test_optional_gold_events_neither_count_nor_punish() -> None:
    units = [unit("u1", gold("CONSULT", ["FRA"], ["DEU"], optional=True), gold("AID", ["FRA"], ["MLI"]))]
    assert score(units, [pred("u1", "AID", ["FRA"], ["MLI"])])["gold_events"] == 1
    both = [pred("u1", "AID", ["FRA"], ["MLI"]), pred("u1", "CONSULT", ["FRA"], ["DEU"])]
    with_optional = score(units, both)
    assert with_optional["type_p"] == 1.0 and with_optional["full_p"] == 1.0
    assert with_optional["type_r"] == 1.0


def test_negated_and_hypothetical_predictions_are_set_aside() -> None:
    units = [unit("empty")]
    flagged = [pred("empty", "ASSAULT", ["SYR"], aux="negated"),
               pred("empty", "THREATEN", ["SYR"], aux="hypothetical")]
    metrics = score(units, flagged)
    assert metrics["neg_units"] == 1 and metrics["neg_clean"] == 1.0 and metrics["pred_events"] == 0
    unflagged = score(units, [pred("empty", "ASSAULT", ["SYR"], aux="historical")])
    assert unflagged["neg_clean"] == 0.0 and unflagged["type_p"] == 0.0


def test_collapse_igo_merges_un_eu_and_other_organisations() -> None:
    units = [unit("u1", gold("REQUEST", ["UNO"], ["SYR"]))]
    predictions = [pred("u1", "REQUEST", ["IGO"], ["SYR"])]
    assert score(units, predictions)["full_r"] == 0.0
    assert score(units, predictions, collapse_igo=True)["full_r"] == 1.0


def test_old_category_names_lists_and_case_are_normalised() -> None:
    units = [unit("u1", gold("ASSAULT", ["ISR"], ["PSE"])), unit("u2", gold("REQUEST", ["IRN"]))]
    predictions = [pred("u1", ["fight", "FIGHT"], ["ISR"], ["PSE"]), pred("u2", " demand ", ["IRN"])]
    assert score(units, predictions)["full_f1"] == 1.0


def test_aux_accuracy_compares_the_best_matching_prediction() -> None:
    units = [unit("u1", gold("SUPPORT", ["RUS", "PAK"], reciprocal=True, aux="historical"))]
    assert score(units, [pred("u1", "SUPPORT", ["RUS", "PAK"], aux="past")])["aux_acc"] == 1.0
    assert score(units, [pred("u1", "SUPPORT", ["RUS", "PAK"])])["aux_acc"] == 0.0


def test_breakdown_counts_categories_and_confusions() -> None:
    units = [unit("u1", gold("PROTEST", ["KEN"])), unit("u2", gold("SANCTION", ["EUR"], ["BLR"])), unit("u3")]
    predictions = [pred("u1", "ASSAULT", ["KEN"]), pred("u2", "SANCTION", ["EUR"], ["RUS"]),
                   pred("u3", "ACCUSE", ["BLR"])]
    result = breakdown(units, predictions)
    assert result.confusion[("PROTEST", "ASSAULT")] == 1
    assert result.confusion[("SANCTION", "SANCTION")] == 1
    assert result.confusion[(NONE, "ACCUSE")] == 1
    rows = {row["category"]: row for row in result.category_rows()}
    assert rows["SANCTION"]["recall"] == 1.0 and rows["SANCTION"]["full_recall"] == 0.0
    assert rows["PROTEST"]["recall"] == 0.0 and rows["ASSAULT"]["precision"] == 0.0
    assert sorted(m.kind for m in result.misses) == ["category", "extra", "parties"]  # u1, u3, u2
    assert "PROTEST" in format_confusion(result.confusion)
    assert "MISS [parties] u2" in format_misses(result.misses, 10)


# --- agreement with the shared scorer on systematically perturbed predictions ----------------------


def perturbed_predictions(units: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Predictions right, wrong and odd in every way the scorer distinguishes, chosen by position."""
    out: list[dict[str, Any]] = []
    for i, u in enumerate(units):
        events = u.get("events") or []
        if not events and i % 3 == 0:
            aux = ["negated", "x"][i % 2]
            out.append({"doc_id": u["id"], "event": "ACCUSE", "actor": ["USA"], "aux": aux})
        for j, g in enumerate(events):
            p = {"doc_id": u["id"], "event": g["event"], "actor": g.get("actor"),
                 "recipient": g.get("recipient"), "aux": g.get("aux")}
            variant = (i + j) % 9
            if variant == 1:
                p["actor"], p["recipient"] = p["recipient"], p["actor"]
            elif variant == 2:
                p["event"] = (g.get("alt_events") or ["COERCE"])[0]
            elif variant == 3:
                continue
            elif variant == 4:
                p["aux"] = "hypothetical"
            elif variant == 5:
                p["event"] = [str(g["event"]).lower()]
                p["actor"] = [e.get("code") for e in g.get("actor") or [] if isinstance(e, dict)]
            elif variant == 6:
                p["recipient"] = [{"code": "IGO"}]
                out.append(dict(p, event="THREATEN"))
            elif variant == 7:
                p["aux"] = "past" if g.get("aux") else "historical"
            out.append(p)
    return out


@pytest.mark.parametrize(
    ("gold_name", "collapse"),
    [("plover_gsr_cameo.jsonl", True), ("plover_gsr_cameo.jsonl", False),
     ("petrarch_gsr_validation.jsonl", False), ("seed_article.jsonl", False), ("plv_test.jsonl", False)],
)
def test_same_metrics_as_the_shared_scorer(gold_name: str, collapse: bool, tmp_path: Path) -> None:
    gold_path = SHARED / "gold" / gold_name
    if not gold_path.is_file():
        pytest.skip("../shared gold data is not beside this checkout")
    units = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    predictions = perturbed_predictions(units)
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(p) + "\n" for p in predictions), encoding="utf-8")
    command = [sys.executable, str(SHARED / "tools" / "score.py"), str(gold_path), str(pred_path)]
    printed = subprocess.run(command + (["--collapse-igo"] if collapse else []),
                             capture_output=True, text=True, check=True).stdout
    assert score(units, predictions, collapse) == json.loads(printed.strip().splitlines()[-1])
