"""Commands: serve (the REST API and the web UI)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from dotterel.cli.app import app

TOKEN_HELP = (
    "Name of an environment variable holding a secret token; when given, POST /api/ingest accepts articles "
    "from clients that send `Authorization: Bearer <token>`. Without it there is no ingest endpoint."
)


@app.command()
def serve(
    db: Annotated[Path, typer.Option("--db", help="DuckDB store written by `dotterel ingest`.")],
    host: Annotated[str, typer.Option(help="Address to listen on (keep the loopback default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    ingest_token_env: Annotated[
        str | None, typer.Option("--ingest-token-env", metavar="VAR", help=TOKEN_HELP)
    ] = None,
) -> None:
    """Serve the REST API (/api/..., OpenAPI schema at /openapi.json) and the web UI (/) over a store.

    Example: dotterel serve --db events.duckdb --port 8000   (then open http://127.0.0.1:8000/)
    """
    import uvicorn

    from dotterel.api import create_app

    token = None
    if ingest_token_env:
        token = os.environ.get(ingest_token_env, "").strip()
        if not token:
            typer.echo(f"error: --ingest-token-env {ingest_token_env}: that environment variable is empty "
                       "or not set", err=True)
            raise typer.Exit(2)
    elif not db.is_file():
        typer.echo(f"error: no store at {db} (create one with `dotterel ingest INPUT --db {db}`)", err=True)
        raise typer.Exit(2)
    typer.echo(f"dotterel: serving {db} at http://{host}:{port}/ (API schema at /openapi.json)"
               + ("; POST /api/ingest enabled" if token else ""), err=True)
    uvicorn.run(create_app(db, ingest_token=token), host=host, port=port, log_level="warning")
