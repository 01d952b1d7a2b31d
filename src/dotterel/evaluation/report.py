"""What the headline metrics hide: per-category precision/recall, a confusion table, missed events."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from dotterel.evaluation.normalise import accepted_categories, category, dyad_match, party_codes
from dotterel.evaluation.scoring import Record, best_candidate, harmonic, predictions_by_unit, ratio

NONE = "(none)"
_SHOWN_TEXT = 500  # longer units (whole articles) are shown through their evidence sentences


@dataclass
class CategoryCounts:
    gold: int = 0  # non-optional gold events of this category
    found: int = 0  # ... with a prediction of an accepted category
    full: int = 0  # ... and the right parties
    predicted: int = 0  # units where this category was predicted
    correct: int = 0  # ... and some gold event of the unit accepts it

    def row(self, name: str) -> dict[str, Any]:
        precision, recall = ratio(self.correct, self.predicted), ratio(self.found, self.gold)
        return {"category": name, "gold": self.gold, "predicted": self.predicted,
                "precision": precision, "recall": recall, "f1": harmonic(precision, recall),
                "full_recall": ratio(self.full, self.gold)}


@dataclass
class Miss:
    unit_id: str
    text: str
    kind: str  # "category" (no accepted prediction), "parties" (wrong dyad), "extra" (no gold accepts it)
    gold: dict[str, Any] | None
    predicted: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.unit_id, "kind": self.kind, "text": self.text, "gold": self.gold,
                "predicted": self.predicted}


@dataclass
class Breakdown:
    categories: dict[str, CategoryCounts]
    confusion: Counter[tuple[str, str]]  # (gold category, predicted category) -> count
    misses: list[Miss]

    def category_rows(self) -> list[dict[str, Any]]:
        return [counts.row(name) for name, counts in sorted(self.categories.items())]

    def confusion_rows(self) -> list[dict[str, Any]]:
        return [{"gold": g, "predicted": p, "count": n} for (g, p), n in sorted(self.confusion.items())]


def summarise(record: Record, collapse_igo: bool) -> dict[str, Any]:
    """A gold event or prediction reduced to what is scored."""
    return {"event": category(record.get("event")),
            "actor": sorted(party_codes(record.get("actor"), collapse_igo)),
            "recipient": sorted(party_codes(record.get("recipient"), collapse_igo)),
            "aux": record.get("aux"),
            "words": _words_of(record)}


def _words_of(record: Record) -> str:
    """What the text said: the evidence sentence of a prediction, the entity texts of a gold event."""
    if record.get("text"):
        return str(record["text"])[:300]
    parties = [e.get("entity_text") for e in (record.get("actor") or []) + (record.get("recipient") or [])
               if isinstance(e, dict) and e.get("entity_text")]
    return " / ".join(parties)


def breakdown(gold_units: list[Record], predictions: list[Record], collapse_igo: bool = False) -> Breakdown:
    grouped = predictions_by_unit(predictions)
    result = Breakdown({}, Counter(), [])
    for unit in gold_units:
        _add_unit(result, unit, grouped.get(str(unit["id"]), []), collapse_igo)
    return result


def _add_unit(result: Breakdown, unit: Record, unit_predictions: list[Record], collapse_igo: bool) -> None:
    gold_events = unit.get("events") or []
    acceptable: set[str | None] = set()
    for gold_event in gold_events:
        acceptable |= accepted_categories(gold_event)
    predicted = sorted({category(p.get("event")) for p in unit_predictions} - {None})
    unmatched = [name for name in predicted if name not in acceptable]
    for name in predicted:
        counts = result.categories.setdefault(name, CategoryCounts())
        counts.predicted += 1
        counts.correct += int(name in acceptable)
    shown = [summarise(p, collapse_igo) for p in unit_predictions]
    any_missed = False
    for gold_event in gold_events:
        if gold_event.get("optional"):
            continue
        missed = _add_gold_event(result, unit, gold_event, unit_predictions, unmatched, shown, collapse_igo)
        any_missed = any_missed or missed
    if any_missed:
        return  # the unmatched predictions were shown, and counted, against the missed gold events
    for name in unmatched:
        result.confusion[(NONE, name)] += 1
        extra = [s for s in shown if s["event"] == name]
        result.misses.append(Miss(str(unit["id"]), unit.get("text", ""), "extra", None, extra))


def _add_gold_event(result: Breakdown, unit: Record, gold_event: Record, unit_predictions: list[Record],
                    unmatched: list[str], shown: list[dict[str, Any]], collapse_igo: bool) -> bool:
    """Count one gold event; True when its category was missed."""
    name = category(gold_event["event"]) or NONE
    counts = result.categories.setdefault(name, CategoryCounts())
    counts.gold += 1
    best = best_candidate(gold_event, unit_predictions, collapse_igo)
    gold_summary = summarise(gold_event, collapse_igo)
    if best is None:
        for predicted_name in unmatched or [NONE]:
            result.confusion[(name, predicted_name)] += 1
        result.misses.append(Miss(str(unit["id"]), unit.get("text", ""), "category", gold_summary, shown))
        return True
    counts.found += 1
    result.confusion[(name, category(best.get("event")) or NONE)] += 1
    if dyad_match(gold_event, best, collapse_igo)[0]:
        counts.full += 1
    else:
        accepted = accepted_categories(gold_event)
        candidates = [s for s in shown if s["event"] in accepted]
        result.misses.append(Miss(str(unit["id"]), unit.get("text", ""), "parties", gold_summary, candidates))
    return False


def format_category_table(rows: list[dict[str, Any]]) -> str:
    header = f"{'category':<12} {'gold':>5} {'pred':>5} {'prec':>6} {'recall':>6} {'f1':>6} {'full_r':>6}"
    lines = [header, "-" * len(header)]
    for row in rows:
        lines.append(f"{row['category']:<12} {row['gold']:>5} {row['predicted']:>5} {row['precision']:>6.3f} "
                     f"{row['recall']:>6.3f} {row['f1']:>6.3f} {row['full_recall']:>6.3f}")
    return "\n".join(lines)


def format_confusion(confusion: Counter[tuple[str, str]]) -> str:
    """Rows: gold category; columns: predicted category (abbreviated to 4 letters)."""
    if not confusion:
        return "(no gold events and no predictions)"
    gold_names = sorted({g for g, _ in confusion}, key=lambda n: (n == NONE, n))
    pred_names = sorted({p for _, p in confusion}, key=lambda n: (n == NONE, n))
    width = 5
    corner = "gold \\ pred"
    lines = [f"{corner:<12}" + "".join(f"{_short(p):>{width}}" for p in pred_names)]
    for g in gold_names:
        cells = "".join(f"{confusion.get((g, p), 0) or '.':>{width}}" for p in pred_names)
        lines.append(f"{g:<12}{cells}")
    return "\n".join(lines)


def _short(name: str) -> str:
    return "none" if name == NONE else name[:4]


def format_misses(misses: list[Miss], limit: int) -> str:
    blocks = []
    for miss in misses[:limit]:
        whole = len(miss.text) <= _SHOWN_TEXT
        text = miss.text if whole else f"(document of {len(miss.text)} characters)"
        lines = [f"MISS [{miss.kind}] {miss.unit_id}", f"  text: {text}"]
        gold = _event_line(miss.gold) if miss.gold else "(no gold event accepts it)"
        lines.append(f"  gold: {gold}")
        lines.extend(f"  predicted: {_event_line(p, with_words=not whole)}" for p in miss.predicted)
        if not miss.predicted:
            lines.append("  predicted: (nothing)")
        blocks.append("\n".join(lines))
    return "\n".join(blocks)


def _event_line(summary: dict[str, Any], with_words: bool = True) -> str:
    aux = f" aux={summary['aux']}" if summary.get("aux") else ""
    actor = "+".join(summary["actor"]) or "?"
    recipient = "+".join(summary["recipient"]) or "-"
    words = f'  « {summary["words"]} »' if with_words and summary.get("words") else ""
    return f"{summary['event']} {actor} -> {recipient}{aux}{words}"
