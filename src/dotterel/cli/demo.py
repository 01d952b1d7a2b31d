"""`dotterel demo`: code the bundled sample articles and show each event with its evidence."""

from __future__ import annotations

import typer

from dotterel.cli import options
from dotterel.cli.app import app

EXAMPLE = """
Example:

    dotterel demo

The samples are the 2022 Sputnik seed article and a few short invented articles.
"""


@app.command(epilog=EXAMPLE)
def demo(model: str | None = options.MODEL) -> None:
    """Code the bundled sample articles and print every event with the sentence it rests on."""
    from dotterel.batch import RunSummary, code_inputs
    from dotterel.evidence import describe
    from dotterel.ingest import sample_paths
    from dotterel.pipeline import Coder

    summary = RunSummary()
    with options.user_errors():
        coder = Coder(options.settings_from(model, None))
        coded_articles = list(code_inputs(sample_paths(), coder, summary))
    for coded in coded_articles:
        article = coded.article
        typer.echo(f"\n== {article.id}  {article.published or ''}  {article.title or ''}")
        if not coded.events:
            typer.echo("   (no events)")
        for event in coded.events:
            typer.echo("   " + describe(event, article.text))
    typer.echo(f"\n{summary.line()}")
