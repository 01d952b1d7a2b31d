"""The typer application every command module registers on."""

import typer

app = typer.Typer(
    name="dotterel",
    help="Code news articles into PLOVER event records, store them and explore them.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
