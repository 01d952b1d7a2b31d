"""`dotterel bench`: throughput and peak memory of a full run, against a bare spaCy baseline.

The dotterel side is the real thing: read the inputs -> code -> store into a temporary DuckDB file
(clustering left out), with the configured worker processes. The baseline is what a naive coder
would pay for parsing alone: the same spaCy model, every component, over every sentence of the same
text, in one process. Sentences for the baseline are split (cheaply, untimed) before the clock starts.

On a shared machine one run can be off by 10% either way; `repeat` runs both sides that many times,
taking turns, and reports the median of each (every run's times are kept in `runs`).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import spacy

from dotterel.bench.memory import PeakRss
from dotterel.config import Settings
from dotterel.models import Article, Rejection
from dotterel.nlp.sentences import sentence_bounds
from dotterel.pipeline import Coder

BASELINE_BATCH = 256  # sentences per nlp.pipe batch in the baseline
DUCKDB_MEMORY = "256MB"  # cap on the store's cache during a bench run


@dataclass
class BenchResult:
    articles: int
    sentences: int
    words: int
    events: int
    rejected: int
    dotterel_s: float
    peak_rss_mb: float
    workers: int
    scale: int
    baseline_s: float | None = None  # None with --no-baseline
    baseline_copies: int = 1  # copies of the corpus the baseline was timed on (scaled up to `scale`)
    runs: list[dict[str, float | None]] = field(default_factory=list)  # each repeat's dotterel_s, baseline_s

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.dotterel_s if self.dotterel_s else 0.0

    @property
    def sentences_per_s(self) -> float:
        return self.sentences / self.dotterel_s if self.dotterel_s else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.dotterel_s if self.dotterel_s else 0.0

    @property
    def ratio(self) -> float | None:
        return self.dotterel_s / self.baseline_s if self.baseline_s else None

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.update(articles_per_s=self.articles_per_s, sentences_per_s=self.sentences_per_s,
                   words_per_s=self.words_per_s, ratio=self.ratio)
        return out

    def lines(self) -> list[str]:
        out = [
            f"corpus x{self.scale}: {self.articles} articles, {self.sentences} sentences, "
            f"{self.words} words, {self.events} events ({self.rejected} inputs rejected), "
            f"{self.workers} worker processes",
            f"dotterel (read -> code -> store): {self.dotterel_s:.1f} s = "
            f"{self.articles_per_s:.1f} articles/s, "
            f"{self.sentences_per_s:.0f} sentences/s, {self.words_per_s:.0f} words/s",
            f"peak RSS (this process + workers): {self.peak_rss_mb:.0f} MB",
        ]
        if len(self.runs) > 1:
            out.append(f"median of {len(self.runs)} runs; each run (dotterel s / baseline s): " + ", ".join(
                f"{r['dotterel_s']:.1f}" + (f" / {r['baseline_s']:.1f}" if r["baseline_s"] else "")
                for r in self.runs))
        if self.baseline_s is not None:
            timed = "" if self.baseline_copies == self.scale else \
                f" (timed on {self.baseline_copies} copy, scaled x{self.scale})"
            out.append(f"baseline (full spaCy pipeline over every sentence, 1 process): "
                       f"{self.baseline_s:.1f} s{timed}")
            out.append(f"ratio dotterel/baseline: {self.ratio:.3f}")
        return out


def scaled(read: Any, paths: list[Path], copies: int) -> Iterator[Article | Rejection]:
    """The inputs read `copies` times, streamed; copy k > 0 gets ids suffixed "~k" so none repeats."""
    for copy in range(copies):
        for record in read(paths):
            if copy and isinstance(record, Article):
                record = replace(record, id=f"{record.id}~{copy}")
            yield record


def count_words(text: str) -> int:
    return len(text.split())


def run_bench(paths: list[Path], scale: int = 1, baseline: bool = True, workers: int = 2,
              settings: Settings | None = None, repeat: int = 1) -> BenchResult:
    """Time dotterel (and the baseline) `repeat` times, taking turns; the medians, and every run."""
    settings = replace(settings or Settings.from_env(), n_process=workers)
    texts = _article_texts(paths) if baseline else []
    results = []
    for _ in range(repeat):
        result = _run_once(paths, scale, settings)
        if baseline:
            result.baseline_s = baseline_seconds(texts, settings.spacy_model) * scale
        results.append(result)
    final = replace(results[-1], peak_rss_mb=max(r.peak_rss_mb for r in results),
                    dotterel_s=statistics.median(r.dotterel_s for r in results),
                    runs=[{"dotterel_s": r.dotterel_s, "baseline_s": r.baseline_s} for r in results])
    if baseline:
        final.baseline_s = statistics.median(r.baseline_s or 0.0 for r in results)
    return final


def _run_once(paths: list[Path], scale: int, settings: Settings) -> BenchResult:
    from dotterel.ingest import read_inputs
    from dotterel.store.duck import Store
    from dotterel.store.ingest import ingest_records

    counter = _Counter()
    records = counter.count(scaled(lambda p: read_inputs(p), paths, scale))
    with tempfile.TemporaryDirectory(prefix="dotterel-bench-") as tmp, PeakRss() as memory:
        started = time.perf_counter()
        with Store(Path(tmp) / "bench.duckdb") as store:
            # DuckDB otherwise keeps written blocks cached up to most of the machine's memory.
            store.con.execute(f"SET memory_limit = '{DUCKDB_MEMORY}'")
            summary = ingest_records(records, store, Coder(settings), progress=False, cluster=False)
        elapsed = time.perf_counter() - started
    return BenchResult(
        articles=summary.coded, sentences=summary.sentences, words=counter.words, events=summary.events,
        rejected=summary.rejected, dotterel_s=elapsed, peak_rss_mb=memory.peak_mb,
        workers=settings.n_process, scale=scale,
    )


def _article_texts(paths: list[Path]) -> list[str]:
    from dotterel.ingest import read_inputs

    return [r.text for r in read_inputs(paths) if isinstance(r, Article)]


class _Counter:
    """Counts the words of the articles streaming past (the dotterel side's words/s)."""

    def __init__(self) -> None:
        self.words = 0

    def count(self, records: Iterable[Article | Rejection]) -> Iterator[Article | Rejection]:
        for record in records:
            if isinstance(record, Article):
                self.words += count_words(record.text)
            yield record


def split_sentences(nlp: spacy.language.Language, texts: Iterable[str]) -> list[str]:
    sentences = []
    for text in texts:
        doc = nlp.make_doc(text)
        sentences.extend(doc[start:end].text for start, end in sentence_bounds(doc))
    return [s for s in sentences if s.strip()]


def baseline_seconds(texts: Iterable[str], model: str) -> float:
    """Seconds for the full pipeline (every default component) over every sentence, one process."""
    nlp = spacy.load(model)
    sentences = split_sentences(nlp, texts)
    started = time.perf_counter()
    for _doc in nlp.pipe(sentences, batch_size=BASELINE_BATCH):
        pass
    return time.perf_counter() - started
