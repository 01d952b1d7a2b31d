"""`dotterel code`: articles in, PLOVER event records out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from dotterel.cli import options
from dotterel.cli.app import app

if TYPE_CHECKING:
    from dotterel.batch import RunSummary
    from dotterel.config import Settings
    from dotterel.ingest import CsvColumns
    from dotterel.models import Event
    from dotterel.pipeline import CodedArticle, Coder

EXAMPLE = """
Example:

    dotterel code ../shared/corpora/seed -o events.jsonl

    dotterel code news.csv --text-column body --format parquet -o events.parquet
"""
FORMATS = ("jsonl", "csv", "parquet")
OUTPUT = typer.Option(None, "--output", "-o", help="Output file (default: stdout).")
FORMAT = typer.Option("jsonl", "--format", "-f", help="jsonl (PLOVER JSON Lines), csv or parquet.")
ENGINE = typer.Option("local", "--engine", help="local (this process) or dask.")
SCHEDULER = typer.Option(
    "local", "--scheduler", help="With --engine dask: 'local' or a scheduler address tcp://HOST:PORT."
)


@app.command(epilog=EXAMPLE)
def code(
    inputs: list[Path] = options.INPUTS,
    output: Path | None = OUTPUT,
    fmt: str = FORMAT,
    engine: str = ENGINE,
    scheduler: str = SCHEDULER,
    workers: int | None = options.WORKERS,
    model: str | None = options.MODEL,
    batch_size: int | None = options.BATCH_SIZE,
    text_column: str = options.TEXT_COLUMN,
    id_column: str = options.ID_COLUMN,
    date_column: str = options.DATE_COLUMN,
) -> None:
    """Code articles into PLOVER events: JSON Lines (default), CSV or Parquet."""
    if fmt.lower() not in FORMATS:
        options.fail(f"format: {fmt!r} is not one of {', '.join(FORMATS)}", code=2)
    if engine not in ("local", "dask"):
        options.fail(f"unknown engine {engine!r}: use local or dask", code=2)
    settings = options.settings_from(model, batch_size, workers if engine == "local" else None)
    columns = options.csv_columns_from(text_column, id_column, date_column)
    if engine == "dask":
        _code_with_dask(inputs, output, scheduler, workers or 2, settings, columns)
        return
    if fmt == "parquet" and output is None:
        options.fail("--format parquet needs an output file (-o FILE)", code=2)
    from dotterel.pipeline import Coder

    with options.user_errors():
        summary = code_files(inputs, output, fmt.lower(), Coder(settings), columns)
    typer.echo(summary.line(), err=True)
    if summary.coded == 0 and summary.rejected > 0:
        raise typer.Exit(1)


def code_files(
    inputs: list[Path], output: Path | None, fmt: str, coder: Coder, columns: CsvColumns
) -> RunSummary:
    """Code every article in `inputs` and write its events to `output` (stdout when None)."""
    from tqdm import tqdm

    from dotterel.batch import RunSummary, code_inputs
    from dotterel.store.export import write_events

    summary = RunSummary()
    coded = tqdm(code_inputs(inputs, coder, summary, columns), unit=" articles", disable=None, leave=False)
    write_events(_events(coded), output, fmt)
    return summary


def _events(coded_articles: Iterable[CodedArticle]) -> Iterator[Event]:
    for coded in coded_articles:
        yield from coded.events


def _code_with_dask(
    inputs: list[Path], output: Path | None, scheduler: str, workers: int, settings: Settings,
    columns: CsvColumns,
) -> None:
    from dotterel.distributed import code_with_dask

    if output is None:
        options.fail("--engine dask writes partitioned Parquet: give an output folder with -o DIR", code=2)
    with options.user_errors():
        summary = code_with_dask(inputs, output, scheduler=scheduler, workers=workers, settings=settings,
                                 csv_columns=columns)
    typer.echo(summary.line(), err=True)
