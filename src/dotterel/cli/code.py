"""`dotterel code`: articles in, PLOVER event records out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import typer
from tqdm import tqdm

from dotterel.batch import RunSummary, code_inputs
from dotterel.cli import options
from dotterel.cli.app import app
from dotterel.config import Settings
from dotterel.ingest import CsvColumns
from dotterel.models import Event
from dotterel.pipeline import Coder, CodedArticle
from dotterel.query.filters import QueryError
from dotterel.store.export import check_format, write_events

EXAMPLE = """
Example:

    dotterel code ../shared/corpora/seed -o events.jsonl

    dotterel code news.csv --text-column body --format parquet -o events.parquet
"""


@app.command(epilog=EXAMPLE)
def code(
    inputs: list[Path] = options.INPUTS,
    output: Path | None = typer.Option(None, "--output", "-o", help="Output file (default: stdout)."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl (PLOVER JSON Lines), csv or parquet."),
    engine: str = typer.Option("local", "--engine", help="local (this process) or dask."),
    scheduler: str = typer.Option(
        "local", "--scheduler", help="With --engine dask: 'local' or a scheduler address tcp://HOST:PORT."
    ),
    workers: int = typer.Option(2, "--workers", min=1, help="With --engine dask --scheduler local."),
    model: str | None = options.MODEL,
    batch_size: int | None = options.BATCH_SIZE,
    text_column: str = options.TEXT_COLUMN,
    id_column: str = options.ID_COLUMN,
    date_column: str = options.DATE_COLUMN,
) -> None:
    """Code articles into PLOVER events: JSON Lines (default), CSV or Parquet."""
    fmt = _checked_format(fmt)
    settings = options.settings_from(model, batch_size)
    columns = options.csv_columns_from(text_column, id_column, date_column)
    if engine == "dask":
        _code_with_dask(inputs, output, scheduler, workers, settings, columns)
        return
    if engine != "local":
        options.fail(f"unknown engine {engine!r}: use local or dask", code=2)
    if fmt == "parquet" and output is None:
        options.fail("--format parquet needs an output file (-o FILE)", code=2)
    summary = code_files(inputs, output, fmt, Coder(settings), columns)
    typer.echo(summary.line(), err=True)
    if summary.coded == 0 and summary.rejected > 0:
        raise typer.Exit(1)


def code_files(
    inputs: list[Path], output: Path | None, fmt: str, coder: Coder, columns: CsvColumns
) -> RunSummary:
    """Code every article in `inputs` and write its events to `output` (stdout when None)."""
    summary = RunSummary()
    coded = tqdm(code_inputs(inputs, coder, summary, columns), unit=" articles", disable=None, leave=False)
    write_events(_events(coded), output, fmt)
    return summary


def _events(coded_articles: Iterable[CodedArticle]) -> Iterator[Event]:
    for coded in coded_articles:
        yield from coded.events


def _checked_format(fmt: str) -> str:
    try:
        return check_format(fmt)
    except QueryError as err:
        options.fail(str(err), code=2)
        raise


def _code_with_dask(
    inputs: list[Path], output: Path | None, scheduler: str, workers: int, settings: Settings,
    columns: CsvColumns,
) -> None:
    from dotterel.distributed import code_with_dask

    if output is None:
        options.fail("--engine dask writes partitioned Parquet: give an output folder with -o DIR", code=2)
    summary = code_with_dask(inputs, output, scheduler=scheduler, workers=workers, settings=settings,
                             csv_columns=columns)
    typer.echo(summary.line(), err=True)
