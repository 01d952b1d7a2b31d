"""Commands: bench. (to be written)"""

from dotterel.cli.app import app  # noqa: F401
