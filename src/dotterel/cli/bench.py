"""`dotterel bench`: throughput and peak memory on a corpus, against a bare spaCy baseline."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from dotterel.cli import options
from dotterel.cli.app import app

EXAMPLE = """
Example:

    dotterel bench ../shared/corpora/guardian_syria_2018_2019.csv

    dotterel bench ../shared/corpora/guardian_syria_2018_2019.csv --repeat 3

    dotterel bench ../shared/corpora/guardian_syria_2018_2019.csv --scale 20 --no-baseline --json
"""


@app.command(epilog=EXAMPLE)
def bench(
    corpus: list[Path] = options.INPUTS,
    scale: int = typer.Option(1, "--scale", min=1, help="Repeat the corpus N times (distinct ids)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of text."),
    no_baseline: bool = typer.Option(False, "--no-baseline", help="Skip timing the bare spaCy baseline."),
    workers: int = typer.Option(2, "--workers", min=1, help="Coding worker processes."),
    repeat: int = typer.Option(1, "--repeat", min=1,
                               help="Run both sides N times, taking turns, and report the medians."),
    model: str | None = options.MODEL,
) -> None:
    """Code a corpus end to end (read -> events -> temporary DuckDB) and print articles/s, sentences/s,
    words/s, peak RSS, and the time of the full spaCy pipeline over the same sentences (the baseline)."""
    from dotterel.bench.run import run_bench

    result = run_bench(corpus, scale=scale, baseline=not no_baseline, workers=workers,
                       settings=options.settings_from(model, None), repeat=repeat)
    if as_json:
        typer.echo(json.dumps({key: result.as_dict()[key] for key in JSON_KEYS} | result.as_dict()))
    else:
        for line in result.lines():
            typer.echo(line)


JSON_KEYS = ("articles_per_s", "sentences_per_s", "peak_rss_mb", "dotterel_s", "baseline_s", "ratio")
