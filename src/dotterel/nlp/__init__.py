"""Runs one spaCy pipeline with only the components the coder needs."""

from dotterel.nlp.pipeline import load_nlp

__all__ = ["load_nlp"]
