"""Commands: ingest (code and store into DuckDB), export (stored events as JSONL, CSV or Parquet)."""

from __future__ import annotations

import os
from pathlib import Path

import typer
from tqdm.contrib.logging import logging_redirect_tqdm

from dotterel.cli.app import app
from dotterel.cli.options import (
    BATCH_SIZE,
    DATE_COLUMN,
    ID_COLUMN,
    MODEL,
    TEXT_COLUMN,
    WORKERS,
    csv_columns_from,
    fail,
    settings_from,
)
from dotterel.query.filters import QueryError, StoreUnavailable
from dotterel.query.outlets import OUTLET_FILES_ENV, OutletTable

INPUTS = typer.Argument(None, help="Files or folders of articles (any supported format).")
FROM_PARQUET = typer.Option(
    None, "--from-parquet", help="Load partitioned Parquet (e.g. from `code --engine dask`) instead."
)
OUTPUT = typer.Option(None, "-o", "--output", help="Output file (default: stdout).")
DB_OPTION = typer.Option(..., "--db", help="The DuckDB store file.")
OUTLETS_OPTION = typer.Option(
    None,
    "--outlets",
    help=f"Extra outlet CSV(s) (domain,name,country,state_affiliated); also ${OUTLET_FILES_ENV}.",
)


def outlet_table(extra: list[Path] | None) -> OutletTable:
    env_files = [p for p in os.environ.get(OUTLET_FILES_ENV, "").split(os.pathsep) if p]
    try:
        return OutletTable.load([*env_files, *(extra or [])])
    except (OSError, ValueError) as error:
        fail(f"outlet table: {error}")
        raise  # unreachable: fail exits


@app.command()
def ingest(
    inputs: list[Path] = INPUTS,
    db: Path = DB_OPTION,
    from_parquet: Path | None = FROM_PARQUET,
    model: str | None = MODEL,
    batch_size: int | None = BATCH_SIZE,
    store_batch: int = typer.Option(64, "--store-batch", min=1, help="Articles per store transaction."),
    text_column: str = TEXT_COLUMN,
    id_column: str = ID_COLUMN,
    date_column: str = DATE_COLUMN,
    outlets: list[Path] | None = OUTLETS_OPTION,
    cluster: bool = typer.Option(True, "--cluster/--no-cluster", help="Recompute event clusters afterwards."),
    cluster_window: int = typer.Option(
        3, "--cluster-window", min=0, help="Days apart one material event's reports may be (verbal: twice)."
    ),
    cluster_similarity: float = typer.Option(
        0.12,
        "--cluster-similarity",
        min=0.0,
        max=1.0,
        help="Evidence similarity (IDF-weighted cosine, see dotterel.store.clusters) to merge reports.",
    ),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr."),
    workers: int | None = WORKERS,
) -> None:
    """Code articles and store them in a DuckDB file; rerunning stores nothing twice.

    Crash-safe: each batch is one transaction, and a rerun after a kill skips stored articles before
    coding them.

    Example: dotterel ingest ../shared/corpora/seed samples/ --db events.duckdb
    """
    from dotterel.store.ingest import ingest as ingest_paths
    from dotterel.store.ingest import ingest_parquet

    if from_parquet is None and not inputs:
        fail("give INPUT files/folders or --from-parquet DIR", code=2)
    tuning = {"window_days": cluster_window, "min_similarity": cluster_similarity}
    if from_parquet is not None:
        if not from_parquet.is_dir():
            fail(f"--from-parquet: {from_parquet} is not a folder", code=2)
        summary = ingest_parquet(from_parquet, db, cluster=cluster, progress=progress, cluster_options=tuning)
    else:
        from dotterel.pipeline import Coder
        from dotterel.store.duck import Store

        coder = Coder(settings_from(model, batch_size, workers))
        # a warning ("not valid UTF-8, decoded as cp1252") on a line of its own, not glued to the bar
        with Store(db, outlets=outlet_table(outlets)) as store, logging_redirect_tqdm():
            summary = ingest_paths(
                inputs,
                store,
                coder,
                csv_columns=csv_columns_from(text_column, id_column, date_column),
                batch_size=store_batch,
                progress=progress,
                cluster=cluster,
                cluster_options=tuning,
            )
    typer.echo(summary.line(), err=True)
    if summary.coded + summary.skipped == 0 and summary.rejected:
        fail("nothing could be read")


@app.command()
def export(
    db: Path = DB_OPTION,
    output: Path | None = OUTPUT,
    fmt: str | None = typer.Option(
        None, "--format", "-f", help="jsonl | csv | parquet (default: from the -o suffix, else jsonl)."
    ),
    actor: str | None = typer.Option(None, "--actor", help="Actor code(s), comma-separated, e.g. RUS."),
    recipient: str | None = typer.Option(None, "--recipient", help="Recipient code(s), e.g. PAK."),
    event: str | None = typer.Option(None, "--event", help="PLOVER category/categories, e.g. AGREE."),
    since: str | None = typer.Option(None, "--since", help="From this date (YYYY[-MM[-DD]])."),
    until: str | None = typer.Option(None, "--until", help="Up to this date (YYYY[-MM[-DD]])."),
) -> None:
    """Export stored event records (PLOVER JSON Lines, flat CSV or Parquet), optionally filtered.

    Example: dotterel export --db events.duckdb --actor RUS --since 2014 -o rus.csv
    """
    from dotterel.store.export import export as export_events

    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = {"csv": "csv", "parquet": "parquet", "pq": "parquet"}.get(suffix, "jsonl")
    if output is not None and not output.parent.exists():
        fail(f"folder {output.parent} does not exist", code=2)
    try:
        count = export_events(
            db, output, fmt, actor=actor, recipient=recipient, category=event, since=since, until=until
        )
    except (QueryError, StoreUnavailable) as error:
        fail(str(error), code=2)
        return
    typer.echo(f"{count} events exported", err=True)
