"""Commands: events, dyad, actors, dyads, search, clusters — queries on the store, as table/CSV/JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from dotterel.cli.app import app
from dotterel.cli.options import fail

DB = typer.Option(..., "--db", help="The DuckDB store file (from `dotterel ingest`).")
FORMAT = typer.Option("table", "--format", "-f", help="table | csv | json.")
ACTOR = typer.Option(None, "--actor", help="Actor code(s), comma-separated, e.g. RUS.")
RECIPIENT = typer.Option(None, "--recipient", help="Recipient code(s), e.g. PAK.")
PARTY = typer.Option(None, "--party", help="Code(s) as actor or recipient.")
CATEGORY = typer.Option(None, "--event", help="PLOVER category/categories, e.g. COOPERATE,AGREE.")
QUAD = typer.Option(None, "--quad", help="Quad code(s) 1-4 (1 verbal coop … 4 material conflict).")
CONTEXT = typer.Option(None, "--context", help="PLOVER context(s), e.g. military.")
SINCE = typer.Option(None, "--since", help="From this date (YYYY[-MM[-DD]]), by the event's own date.")
UNTIL = typer.Option(None, "--until", help="Up to this date (YYYY[-MM[-DD]]).")
OUTLET = typer.Option(None, "--outlet", help="Outlet domain or name, e.g. reuters.com.")
COUNTRY = typer.Option(None, "--country", help="Country code of the outlet, e.g. RUS.")
MIN_OUTLETS = typer.Option(None, "--min-outlets", help="Only events reported by at least N outlets.")
REPORTS = typer.Option(False, "--reports", help="Count every report instead of event clusters.")
LIMIT = typer.Option(50, "--limit", help="Rows to show.")
OFFSET = typer.Option(0, "--offset", help="Rows to skip.")

EVENT_TABLE = [
    "effective_date",
    "event",
    "actor_codes",
    "recipient_codes",
    "quad_code",
    "event_scale",
    "n_reports",
    "n_outlets",
    "outlet",
    "doc_id",
    "text",
]


def _emit(frame: Any, fmt: str, columns: list[str] | None = None) -> None:
    from dotterel.query.output import render

    typer.echo(render(frame, fmt, columns), nl=False)


def _run(query: Any, fmt: str, columns: list[str] | None = None) -> None:
    """Run a query callable; bad filters and missing stores become a clear error and exit status 2."""
    from dotterel.query import QueryError, StoreUnavailable

    try:
        frame = query()
        _emit(frame, fmt, columns)
    except QueryError as error:
        fail(str(error), code=2)
    except StoreUnavailable as error:
        fail(str(error), code=1)


def _filters(**values: Any) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


@app.command()
def events(
    db: Path = DB,
    actor: str = ACTOR,
    recipient: str = RECIPIENT,
    party: str = PARTY,
    event: str = CATEGORY,
    quad: str = QUAD,
    context: str = CONTEXT,
    since: str = SINCE,
    until: str = UNTIL,
    outlet: str = OUTLET,
    country: str = COUNTRY,
    min_outlets: int = MIN_OUTLETS,
    reports: bool = REPORTS,
    limit: int = LIMIT,
    offset: int = OFFSET,
    fmt: str = FORMAT,
) -> None:
    """List events (one row per event cluster unless --reports), filtered.

    Example: dotterel events --db events.duckdb --actor RUS --recipient PAK --since 2014
    """
    from dotterel import query

    flt = _filters(
        actor=actor,
        recipient=recipient,
        party=party,
        category=event,
        quad=quad,
        context=context,
        since=since,
        until=until,
        outlet=outlet,
        country=country,
        min_outlets=min_outlets,
    )
    _run(lambda: query.events(db, clusters=not reports, limit=limit, offset=offset, **flt), fmt, EVENT_TABLE)


@app.command()
def dyad(
    a: str = typer.Argument(..., help="First actor code, e.g. RUS."),
    b: str = typer.Argument(..., help="Second actor code, e.g. PAK."),
    db: Path = DB,
    freq: str = typer.Option("month", "--freq", help="day | week | month | quarter | year."),
    by: str = typer.Option("quad", "--by", help="Break counts down by quad or category."),
    directed: bool = typer.Option(False, "--directed", help="Only A acting on B."),
    since: str = SINCE,
    until: str = UNTIL,
    reports: bool = REPORTS,
    fmt: str = FORMAT,
) -> None:
    """Time series of a dyad: events per period by quad (or category) and mean PLOVER score.
    Historical events count at their own date.

    Example: dotterel dyad RUS PAK --db events.duckdb --freq year
    """
    from dotterel import query

    flt = _filters(since=since, until=until)
    _run(
        lambda: query.dyad_series(db, a, b, freq=freq, by=by, directed=directed, clusters=not reports, **flt),
        fmt,
    )


@app.command()
def actors(
    db: Path = DB,
    n: int = typer.Option(20, "--top", "-n", help="How many actors."),
    role: str = typer.Option("any", "--role", help="any | actor | recipient."),
    since: str = SINCE,
    until: str = UNTIL,
    event: str = CATEGORY,
    reports: bool = REPORTS,
    fmt: str = FORMAT,
) -> None:
    """The most active actors (by number of events).

    Example: dotterel actors --db events.duckdb --top 10
    """
    from dotterel import query

    flt = _filters(since=since, until=until, category=event)
    _run(lambda: query.top_actors(db, n=n, role=role, clusters=not reports, **flt), fmt)


@app.command()
def dyads(
    db: Path = DB,
    n: int = typer.Option(20, "--top", "-n", help="How many pairs."),
    directed: bool = typer.Option(False, "--directed", help="Keep actor -> recipient direction."),
    since: str = SINCE,
    until: str = UNTIL,
    event: str = CATEGORY,
    reports: bool = REPORTS,
    fmt: str = FORMAT,
) -> None:
    """The most frequent actor pairs, with cooperation and conflict counts.

    Example: dotterel dyads --db events.duckdb --since 2018
    """
    from dotterel import query

    flt = _filters(since=since, until=until, category=event)
    _run(lambda: query.top_dyads(db, n=n, directed=directed, clusters=not reports, **flt), fmt)


@app.command()
def search(
    text: str = typer.Argument(..., help="Words that must all occur in the evidence sentence."),
    db: Path = DB,
    actor: str = ACTOR,
    event: str = CATEGORY,
    since: str = SINCE,
    until: str = UNTIL,
    limit: int = LIMIT,
    offset: int = OFFSET,
    fmt: str = FORMAT,
) -> None:
    """Full-text search in the evidence sentences (every report).

    Example: dotterel search "joint drills" --db events.duckdb
    """
    from dotterel import query

    flt = _filters(actor=actor, category=event, since=since, until=until)
    _run(lambda: query.search(db, text, limit=limit, offset=offset, **flt), fmt, EVENT_TABLE)


@app.command()
def clusters(
    db: Path = DB,
    actor: str = ACTOR,
    recipient: str = RECIPIENT,
    party: str = PARTY,
    event: str = CATEGORY,
    since: str = SINCE,
    until: str = UNTIL,
    min_reports: int = typer.Option(1, "--min-reports", help="Only clusters with at least N reports."),
    show_reports: bool = typer.Option(False, "--show-reports", help="List each cluster's reports (table)."),
    limit: int = LIMIT,
    offset: int = OFFSET,
    fmt: str = FORMAT,
) -> None:
    """Event clusters (one real-world event, many reports), most reported first, with corroboration.

    Example: dotterel clusters --db events.duckdb --min-reports 2 --show-reports
    """
    from dotterel import query

    flt = _filters(actor=actor, recipient=recipient, party=party, category=event, since=since, until=until)
    columns = [
        "cluster_id",
        "first_date",
        "event",
        "actor_codes",
        "recipient_codes",
        "n_reports",
        "n_outlets",
        "n_independent_outlets",
        "text",
    ]
    if fmt != "table" or not show_reports:
        _run(
            lambda: query.clusters(
                db, min_reports=min_reports, limit=limit, offset=offset, reports=fmt != "table", **flt
            ),
            fmt,
            columns,
        )
        return
    try:
        frame = query.clusters(db, min_reports=min_reports, limit=limit, offset=offset, **flt)
    except (query.QueryError, query.StoreUnavailable) as error:
        fail(str(error), code=2)
        return
    for row in query.to_records(frame):
        typer.echo(
            f"{row['cluster_id']}  {row['event']}  {';'.join(row['actor_codes'])} -> "
            f"{';'.join(row['recipient_codes'])}  {row['first_date']}  reports={row['n_reports']} "
            f"outlets={row['n_outlets']} independent={row['n_independent_outlets']}"
        )
        for rep in row["reports"]:
            typer.echo(f"    [{rep['outlet'] or '?'}] {rep['doc_id']} {rep['effective_date']}: {rep['text']}")
