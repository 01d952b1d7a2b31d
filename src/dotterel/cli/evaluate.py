"""Command: eval — code a gold file's units and score them as ../shared/tools/score.py does."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from dotterel.cli.app import app
from dotterel.cli.options import MODEL, existing_parent, settings_from

GOLD = typer.Argument(..., exists=True, dir_okay=False, help="Gold JSON Lines file.")
COLLAPSE_IGO = typer.Option(False, "--collapse-igo", help="Treat UNO, EUR and IGO as one code.")
MISSES = typer.Option(0, "--misses", min=0, help="Show this many missed, wrong or extra events.")
AS_JSON = typer.Option(False, "--json", help="Print one JSON object: metrics, tables and misses.")
PREDICTIONS_OUT = typer.Option(
    None, "--predictions-out", help="Also write the predictions (PLOVER JSON Lines) to this file."
)


@app.command("eval")
def evaluate_command(
    gold: Path = GOLD,
    collapse_igo: bool = COLLAPSE_IGO,
    misses: int = MISSES,
    as_json: bool = AS_JSON,
    predictions_out: Path | None = PREDICTIONS_OUT,
    model: str | None = MODEL,
) -> None:
    """Code every unit of GOLD and print the scorer's metrics, per-category figures and a confusion table.

    The first line is the same metric JSON as `python3 score.py GOLD PREDICTIONS`.

    Example: dotterel eval ../shared/gold/plover_gsr_cameo.jsonl --collapse-igo --misses 10
    """
    from dotterel.evaluation import (
        evaluate_gold,
        format_category_table,
        format_confusion,
        format_misses,
        write_jsonl,
    )
    from dotterel.pipeline import Coder  # loads spaCy: only when the command runs

    if predictions_out is not None:
        existing_parent(predictions_out)
    evaluation = evaluate_gold(gold, Coder(settings_from(model, None)), collapse_igo)
    if predictions_out is not None:
        write_jsonl(evaluation.predictions, predictions_out)
    if as_json:
        typer.echo(json.dumps(evaluation.to_json(misses)))
        return
    typer.echo(json.dumps(evaluation.metrics))
    typer.echo("\nPer category (precision over units predicting it, recall over gold events):")
    typer.echo(format_category_table(evaluation.breakdown.category_rows()))
    typer.echo("\nConfusion (rows gold, columns predicted):")
    typer.echo(format_confusion(evaluation.breakdown.confusion))
    if misses:
        typer.echo(f"\nFirst {misses} misses:")
        typer.echo(format_misses(evaluation.breakdown.misses, misses))
