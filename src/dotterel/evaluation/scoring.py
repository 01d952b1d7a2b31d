"""The metrics of ../shared/tools/score.py, computed by dotterel's own code (same definitions).

`score(gold_units, predictions)` returns the same dict, key for key, as the scorer prints.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from dotterel.evaluation.normalise import (
    SET_ASIDE_AUX,
    accepted_categories,
    aux_mode,
    category,
    dyad_match,
)

Record = dict[str, Any]


@dataclass
class Tally:
    type_hits: int = 0  # distinct predicted categories of a unit accepted by one of its gold events
    type_false: int = 0  # distinct predicted categories of a unit accepted by none
    gold_events: int = 0  # non-optional gold events
    found: int = 0  # of those, how many had a prediction of an accepted category
    full_hits: int = 0  # of those found, how many had the right dyad
    actor_right: int = 0
    recipient_right: int = 0
    aux_right: int = 0
    pred_events: int = 0
    pred_full_right: int = 0  # predictions matching some gold event (optional ones too) in full
    empty_units: int = 0  # units with no gold event at all
    empty_units_clean: int = 0  # ... where nothing was predicted


def predictions_by_unit(predictions: Iterable[Record]) -> dict[str, list[Record]]:
    """Predictions grouped by doc_id, without those flagged negated or hypothetical."""
    grouped: dict[str, list[Record]] = {}
    for prediction in predictions:
        if aux_mode(prediction.get("aux")) in SET_ASIDE_AUX:
            continue
        grouped.setdefault(str(prediction.get("doc_id")), []).append(prediction)
    return grouped


def best_candidate(gold_event: Record, unit_predictions: list[Record], collapse_igo: bool) -> Record | None:
    """The prediction of an accepted category with the best dyad match (first one on ties)."""
    accepted = accepted_categories(gold_event)
    candidates = [p for p in unit_predictions if category(p.get("event")) in accepted]
    if not candidates:
        return None
    return max(candidates, key=lambda p: dyad_match(gold_event, p, collapse_igo))


def tally_unit(tally: Tally, unit: Record, unit_predictions: list[Record], collapse_igo: bool) -> None:
    gold_events = unit.get("events") or []
    tally.pred_events += len(unit_predictions)
    if not gold_events:
        tally.empty_units += 1
        tally.empty_units_clean += int(not unit_predictions)
    predicted = {category(p.get("event")) for p in unit_predictions} - {None}
    acceptable: set[str | None] = set()
    for gold_event in gold_events:
        acceptable |= accepted_categories(gold_event)
    tally.type_hits += len(predicted & acceptable)
    tally.type_false += len(predicted - acceptable)
    tally.pred_full_right += sum(
        1 for p in unit_predictions if _matches_some_gold(p, gold_events, collapse_igo)
    )
    for gold_event in gold_events:
        if not gold_event.get("optional"):
            _tally_gold_event(tally, gold_event, unit_predictions, collapse_igo)


def _matches_some_gold(prediction: Record, gold_events: list[Record], collapse_igo: bool) -> bool:
    predicted = category(prediction.get("event"))
    return any(
        predicted in accepted_categories(g) and dyad_match(g, prediction, collapse_igo)[0]
        for g in gold_events
    )


def _tally_gold_event(
    tally: Tally, gold_event: Record, unit_predictions: list[Record], collapse_igo: bool
) -> None:
    tally.gold_events += 1
    best = best_candidate(gold_event, unit_predictions, collapse_igo)
    if best is None:
        return
    full, actor_ok, recipient_ok = dyad_match(gold_event, best, collapse_igo)
    tally.found += 1
    tally.full_hits += int(full)
    tally.actor_right += int(actor_ok)
    tally.recipient_right += int(recipient_ok)
    tally.aux_right += int(aux_mode(gold_event.get("aux")) == aux_mode(best.get("aux")))


def ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def harmonic(precision: float, recall: float) -> float:
    # From the rounded precision and recall, as the scorer does.
    return round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0


def score(
    gold_units: list[Record], predictions: Iterable[Record], collapse_igo: bool = False
) -> dict[str, Any]:
    """The metric dict of score.py: type_*, full_*, actor/recipient/aux accuracy, neg_clean, counts."""
    grouped = predictions_by_unit(predictions)
    tally = Tally()
    for unit in gold_units:
        tally_unit(tally, unit, grouped.get(str(unit["id"]), []), collapse_igo)
    type_p = ratio(tally.type_hits, tally.type_hits + tally.type_false)
    type_r = ratio(tally.found, tally.gold_events)
    full_p = ratio(tally.pred_full_right, tally.pred_events)
    full_r = ratio(tally.full_hits, tally.gold_events)
    return {
        "units": len(gold_units),
        "gold_events": tally.gold_events,
        "pred_events": tally.pred_events,
        "type_p": type_p,
        "type_r": type_r,
        "type_f1": harmonic(type_p, type_r),
        "full_p": full_p,
        "full_r": full_r,
        "full_f1": harmonic(full_p, full_r),
        "actor_acc": ratio(tally.actor_right, tally.found),
        "recipient_acc": ratio(tally.recipient_right, tally.found),
        "aux_acc": ratio(tally.aux_right, tally.found),
        "neg_units": tally.empty_units,
        "neg_clean": ratio(tally.empty_units_clean, tally.empty_units),
    }
