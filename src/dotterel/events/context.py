"""Document-level PLOVER contexts from a keyword lexicon (src/dotterel/events/data/contexts.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml
from spacy.tokens import Doc

from dotterel.plover import CONTEXTS


@dataclass(frozen=True)
class ContextCues:
    name: str
    min_score: int
    strong: frozenset[str]
    plain: frozenset[str]


class ContextClassifier:
    """Scores an article's lemmas against cue lists; every context at its threshold applies."""

    def __init__(self, cues: list[ContextCues]) -> None:
        unknown = [c.name for c in cues if c.name not in CONTEXTS]
        if unknown:
            raise ValueError(f"not PLOVER contexts: {', '.join(unknown)}")
        self.cues = cues
        self.max_words = max((len(p.split()) for c in cues for p in c.strong | c.plain), default=1)

    @classmethod
    def from_yaml(cls, path: Path | None = None) -> ContextClassifier:
        if path is None:
            text = resources.files("dotterel.events").joinpath("data/contexts.yaml").read_text("utf-8")
        else:
            text = path.read_text("utf-8")
        data = yaml.safe_load(text) or {}
        cues = [
            ContextCues(name, int(spec.get("min_score", 2)),
                        frozenset(str(w).lower() for w in spec.get("strong", [])),
                        frozenset(str(w).lower() for w in spec.get("plain", [])))
            for name, spec in data.items()
        ]
        return cls(cues)

    def contexts(self, doc: Doc) -> list[str]:
        grams = self._grams(doc)
        out = []
        for cue in self.cues:
            score = sum(2 for g in grams if g in cue.strong) + sum(1 for g in grams if g in cue.plain)
            if score >= cue.min_score:
                out.append(cue.name)
        return out

    def _grams(self, doc: Doc) -> list[str]:
        """Every run of up to `max_words` words, once as lemmas and once as forms when they differ."""
        tokens = [t for t in doc if not t.is_punct and not t.is_space]
        lemmas = [t.lemma_.lower() for t in tokens]
        words = [t.lower_ for t in tokens]
        grams: list[str] = []
        for n in range(1, self.max_words + 1):
            for i in range(len(tokens) - n + 1):
                as_lemmas, as_words = " ".join(lemmas[i:i + n]), " ".join(words[i:i + n])
                grams.append(as_lemmas)
                if as_words != as_lemmas:
                    grams.append(as_words)
        return grams
