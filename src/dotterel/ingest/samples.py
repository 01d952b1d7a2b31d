"""The sample articles shipped with the package (the seed article and a few invented ones)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def sample_paths() -> list[Path]:
    """Paths of the bundled sample articles, sorted by name."""
    folder = resources.files("dotterel") / "samples"
    return sorted(Path(str(entry)) for entry in folder.iterdir() if entry.name.endswith(".txt"))
