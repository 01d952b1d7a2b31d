"""Accuracy of the fast path against the full parse: the same gold files coded both ways.

    python -m dotterel.bench.accuracy GOLD.jsonl [GOLD.jsonl ...] [--collapse-igo FILE_NAME ...]
                                      [--predictions-dir DIR]

prints, per gold file, the scorer's metrics with every sentence fully parsed (`full`) and with the
selective parse `dotterel` uses by default (`selective`), and the largest difference.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from dotterel.config import Settings
from dotterel.pipeline import Coder


def compare(gold: Path, collapse_igo: bool, coders: dict[str, Coder],
            predictions_dir: Path | None = None) -> dict[str, Any]:
    from dotterel.evaluation import evaluate_gold, write_jsonl

    metrics = {}
    for name, coder in coders.items():
        evaluation = evaluate_gold(gold, coder, collapse_igo)
        metrics[name] = evaluation.metrics
        if predictions_dir is not None:  # to check with ../shared/tools/score.py
            predictions_dir.mkdir(parents=True, exist_ok=True)
            write_jsonl(evaluation.predictions, predictions_dir / f"{gold.stem}.{name}.jsonl")
    full, fast = metrics["full"], metrics["selective"]
    number = int | float
    shared = [k for k, v in full.items() if isinstance(v, number) and isinstance(fast.get(k), number)]
    diff = max((abs(full[k] - fast[k]) for k in shared), default=0.0)
    return {"gold": gold.name, "collapse_igo": collapse_igo, **metrics, "max_abs_diff": diff}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--collapse-igo", nargs="*", default=[], help="gold file names to score with it")
    parser.add_argument("--predictions-dir", type=Path, help="also write each run's predictions here")
    args = parser.parse_args()
    settings = Settings.from_env()
    full = Coder(settings, selective=False)
    coders = {"full": full, "selective": Coder(settings, nlp=full.nlp, selective=True)}
    for gold in args.gold:
        print(json.dumps(compare(gold, gold.name in args.collapse_igo, coders, args.predictions_dir)))


if __name__ == "__main__":
    main()
