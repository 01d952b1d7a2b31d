"""Fixtures shared by the whole suite: loading spaCy once per session keeps the suite fast."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from dotterel.config import Settings
from dotterel.nlp import load_nlp
from dotterel.pipeline import Coder

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp(Settings().spacy_model)


@pytest.fixture(scope="session")
def coder(nlp: Language) -> Coder:
    return Coder(Settings(), nlp=nlp)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (gold data and corpora) is not beside this checkout")
    return SHARED
