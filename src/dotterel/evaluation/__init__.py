"""Evaluation against gold: the scorer's metrics, per-category figures, confusions and misses."""

from dotterel.evaluation.report import (
    Breakdown,
    Miss,
    breakdown,
    format_category_table,
    format_confusion,
    format_misses,
)
from dotterel.evaluation.run import (
    Evaluation,
    evaluate_gold,
    evaluate_predictions,
    gold_articles,
    load_jsonl,
    predict,
    write_jsonl,
)
from dotterel.evaluation.scoring import score

__all__ = [
    "Breakdown",
    "Evaluation",
    "Miss",
    "breakdown",
    "evaluate_gold",
    "evaluate_predictions",
    "format_category_table",
    "format_confusion",
    "format_misses",
    "gold_articles",
    "load_jsonl",
    "predict",
    "score",
    "write_jsonl",
]
