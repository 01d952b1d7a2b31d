"""Document-level PLOVER contexts from a keyword lexicon (src/dotterel/events/data/contexts.yaml)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml
from spacy.attrs import IS_PUNCT, IS_SPACE, LEMMA, LOWER
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
        self.first_words = frozenset(p.split()[0] for c in cues for p in c.strong | c.plain if " " in p)

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
        counts = Counter(self._grams(doc))
        out = []
        for cue in self.cues:
            # walk the (short) cue lists, not the article's grams once per context
            score = 2 * sum(counts[p] for p in cue.strong if p in counts)
            score += sum(counts[p] for p in cue.plain if p in counts)
            if score >= cue.min_score:
                out.append(cue.name)
        return out

    def _grams(self, doc: Doc) -> list[str]:
        """Every run of up to `max_words` words, once as lemmas and once as forms when they differ;
        runs of two words or more only where some cue phrase starts with their first word."""
        strings = doc.vocab.strings
        rows = doc.to_array([LEMMA, LOWER, IS_PUNCT, IS_SPACE]).tolist()  # no Token object per word
        kept = [(lemma, lower) for lemma, lower, punct, space in rows if not punct and not space]
        lemmas = [strings[lemma].lower() for lemma, _ in kept]
        words = [strings[lower] for _, lower in kept]
        grams: list[str] = []
        for lemma, word in zip(lemmas, words, strict=True):
            grams.append(lemma)
            if word != lemma:
                grams.append(word)
        for n in range(2, self.max_words + 1):
            for i in range(len(kept) - n + 1):
                if lemmas[i] not in self.first_words and words[i] not in self.first_words:
                    continue
                as_lemmas, as_words = " ".join(lemmas[i:i + n]), " ".join(words[i:i + n])
                grams.append(as_lemmas)
                if as_words != as_lemmas:
                    grams.append(as_words)
        return grams
