"""The typer application every command module registers on."""

import logging

import typer

app = typer.Typer(
    name="dotterel",
    help="Code news articles into PLOVER event records, store them and explore them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def configure(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log debugging detail to stderr."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only log errors."),
) -> None:
    """Code news articles into PLOVER event records, store them and explore them."""
    level = logging.DEBUG if verbose else logging.ERROR if quiet else logging.INFO
    logging.basicConfig(level=level, format="dotterel: %(levelname)s: %(message)s", force=True)
    logging.getLogger("dotterel").setLevel(level)
    for noisy in ("trafilatura", "htmldate", "distributed", "asyncio"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
