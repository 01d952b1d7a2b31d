"""Commands: plot dyad, plot network — charts as PNG/SVG/PDF or self-contained HTML."""

from __future__ import annotations

from pathlib import Path

import typer

from dotterel.cli.app import app
from dotterel.cli.options import fail

plot_app = typer.Typer(
    help="Charts: a dyad over time, the actor network.\n\n"
    "Example: dotterel plot dyad RUS PAK --db events.duckdb -o rus_pak.png",
    no_args_is_help=True,
)
app.add_typer(plot_app, name="plot")

DB = typer.Option(..., "--db", help="The DuckDB store file (from `dotterel ingest`).")
OUT = typer.Option(..., "-o", "--output", help="Output file: .png, .svg, .pdf or .html (self-contained).")


@plot_app.command("dyad")
def plot_dyad(
    a: str = typer.Argument(..., help="First actor code, e.g. RUS."),
    b: str = typer.Argument(..., help="Second actor code, e.g. PAK."),
    db: Path = DB,
    output: Path = OUT,
    freq: str = typer.Option("month", "--freq", help="day | week | month | quarter | year."),
    since: str = typer.Option(None, "--since", help="From this date (YYYY[-MM[-DD]])."),
    until: str = typer.Option(None, "--until", help="Up to this date."),
    reports: bool = typer.Option(False, "--reports", help="Count every report instead of event clusters."),
) -> None:
    """Chart the cooperation/conflict of a dyad over time (counts by quad, mean PLOVER score).

    Example: dotterel plot dyad RUS PAK --db events.duckdb --freq year -o rus_pak.png
    """
    from dotterel.query import QueryError, StoreUnavailable
    from dotterel.query.plots import plot_dyad as draw

    filters = {k: v for k, v in {"since": since, "until": until}.items() if v}
    try:
        path = draw(db, a, b, output, freq=freq, clusters=not reports, **filters)
    except (QueryError, StoreUnavailable) as error:
        fail(str(error), code=2)
        return
    typer.echo(f"wrote {path}", err=True)


@plot_app.command("network")
def plot_network(
    db: Path = DB,
    output: Path = OUT,
    top: int = typer.Option(60, "--top", "-n", help="Draw the N heaviest dyads."),
    since: str = typer.Option(None, "--since", help="From this date (YYYY[-MM[-DD]])."),
    until: str = typer.Option(None, "--until", help="Up to this date."),
    reports: bool = typer.Option(False, "--reports", help="Count every report instead of event clusters."),
) -> None:
    """Draw the actor network: who acts on whom, how often, how cooperatively.

    Example: dotterel plot network --db events.duckdb -o network.html
    """
    from dotterel.query import QueryError, StoreUnavailable
    from dotterel.query.plots import plot_network as draw

    filters = {k: v for k, v in {"since": since, "until": until}.items() if v}
    try:
        path = draw(db, output, n=top, clusters=not reports, **filters)
    except (QueryError, StoreUnavailable) as error:
        fail(str(error), code=2)
        return
    typer.echo(f"wrote {path}", err=True)
