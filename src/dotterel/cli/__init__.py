"""Command-line interface: every command is a thin layer over one Python function."""

from dotterel.cli import (  # noqa: F401  (each module registers its commands on `app`)
    bench,
    code,
    demo,
    evaluate,
    explore,
    plot,
    serve,
    store,
)
from dotterel.cli.app import app


def main() -> None:
    app()
