"""Code the units of a gold file with dotterel and score the predictions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dotterel.evaluation.report import Breakdown, breakdown
from dotterel.evaluation.scoring import Record, score
from dotterel.ingest.dates import normalise_date
from dotterel.models import Article

if TYPE_CHECKING:  # the pipeline loads spaCy; scoring alone must not need it
    from dotterel.pipeline import Coder


@dataclass
class Evaluation:
    metrics: dict[str, Any]  # exactly what score.py prints
    breakdown: Breakdown
    predictions: list[Record]

    def to_json(self, misses: int = 0) -> dict[str, Any]:
        return {"metrics": self.metrics, "per_category": self.breakdown.category_rows(),
                "confusion": self.breakdown.confusion_rows(),
                "misses": [m.to_json() for m in self.breakdown.misses[:misses]]}


def load_jsonl(path: str | Path) -> list[Record]:
    """Records of a JSON Lines file (gold or predictions); blank lines skipped."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_articles(gold_units: list[Record]) -> list[Article]:
    return [
        Article(id=str(unit["id"]), text=unit.get("text") or "", published=normalise_date(unit.get("date")),
                url=unit.get("url"), origin=f"gold:{unit['id']}")
        for unit in gold_units
    ]


def predict(coder: Coder, gold_units: list[Record]) -> Iterator[Record]:
    """PLOVER records of the events dotterel finds in each gold unit, `doc_id` = the unit's id."""
    for coded in coder.code_articles(gold_articles(gold_units)):
        for event in coded.events:
            record = event.to_plover()
            record["doc_id"] = coded.article.id
            yield record


def evaluate_predictions(
    gold_units: list[Record], predictions: list[Record], collapse_igo: bool = False
) -> Evaluation:
    metrics = score(gold_units, predictions, collapse_igo)
    return Evaluation(metrics, breakdown(gold_units, predictions, collapse_igo), predictions)


def evaluate_gold(gold_path: str | Path, coder: Coder, collapse_igo: bool = False) -> Evaluation:
    """Code every unit of a gold file and score what was found."""
    gold_units = load_jsonl(gold_path)
    return evaluate_predictions(gold_units, list(predict(coder, gold_units)), collapse_igo)


def write_jsonl(records: list[Record], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
