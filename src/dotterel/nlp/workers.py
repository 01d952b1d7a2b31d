"""Coding articles in worker processes: each worker builds one `Coder` and codes chunks of articles.

Only articles go to the workers and only events come back (no Docs cross process boundaries), and
at most `CHUNKS_IN_FLIGHT * workers` chunks are in flight, so memory stays bounded however long the
input is; each worker is replaced after `CHUNKS_PER_WORKER` chunks.
Workers are started with "spawn": fresh interpreters are safe whatever threads the parent runs
(DuckDB, a memory sampler). Each worker keeps its BLAS to one thread: the workers already fill the
cores, and BLAS threads on top of them only compete for the same cores.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from typing import TYPE_CHECKING

from dotterel.config import Settings
from dotterel.models import Article

if TYPE_CHECKING:
    from dotterel.pipeline import CodedArticle, Coder

log = logging.getLogger(__name__)
# Articles per chunk: the chunk's sentences go through the model as one batch, and larger batches
# use the matrix products better; 16 ran about 3% faster than 8 on the Guardian corpus, 32 slower
# again (the last chunk leaves one worker idle for longer).
CHUNK_ARTICLES = 16
# Results are taken in input order: a few chunks queued per worker keep a worker busy while an
# earlier, longer chunk is still being coded by the other one.
CHUNKS_IN_FLIGHT = 4
# A worker is replaced after this many chunks: spaCy's string store only grows as new words stream
# past, so recycling keeps memory flat on endless input (at the cost of reloading the model).
CHUNKS_PER_WORKER = 500
# Read by the BLAS libraries when a worker imports numpy; a value the user set is kept.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

# One Coder per worker process, built by the pool initializer (the process is its only user).
_worker_coder: Coder | None = None


def _start_worker(settings: Settings, selective: bool) -> None:
    global _worker_coder
    from dotterel.pipeline import Coder

    _worker_coder = Coder(settings, selective=selective)
    _worker_coder.parser if selective else _worker_coder.nlp  # noqa: B018  load the model now


def _code_chunk(articles: list[Article]) -> list[CodedArticle | str]:
    """Coded articles, or a message for each article that failed (the rest of the chunk goes on)."""
    assert _worker_coder is not None, "worker started without its coder"
    try:
        return list(_worker_coder.code_articles(articles))
    except Exception:  # one bad article must not stop the chunk: retry one by one to find it
        return [code_one(_worker_coder, article) for article in articles]


def code_one(coder: Coder, article: Article) -> CodedArticle | str:
    try:
        return coder.code_article(article)
    except Exception as err:
        return f"{article.origin or article.id}: coding failed: {type(err).__name__}: {err}"


def code_in_workers(articles: Iterable[Article], settings: Settings, workers: int,
                    selective: bool = True) -> Iterator[CodedArticle]:
    """Coded articles in input order, from `workers` processes."""
    with _single_threaded_blas_in_children():
        yield from _code_in_pool(articles, settings, workers, selective)


def _code_in_pool(articles: Iterable[Article], settings: Settings, workers: int,
                  selective: bool) -> Iterator[CodedArticle]:
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                               initargs=(settings, selective), max_tasks_per_child=CHUNKS_PER_WORKER)
    pending: deque[Future[list[CodedArticle | str]]] = deque()
    iterator = iter(articles)
    try:
        while chunk := list(islice(iterator, CHUNK_ARTICLES)):
            pending.append(pool.submit(_code_chunk, chunk))
            if len(pending) >= CHUNKS_IN_FLIGHT * workers:
                yield from _results(pending.popleft())
        while pending:
            yield from _results(pending.popleft())
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    # Every result is in: the workers wind down (freeing their models takes most of a second)
    # while the caller stores the last batch; the pool's exit handler still waits for them.
    pool.shutdown(wait=False)


@contextmanager
def _single_threaded_blas_in_children() -> Iterator[None]:
    """While open, processes started from this one use one BLAS thread (unless the user chose)."""
    saved = {name: os.environ.get(name) for name in BLAS_THREAD_VARIABLES}
    for name in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _results(future: Future[list[CodedArticle | str]]) -> Iterator[CodedArticle]:
    for item in future.result():
        if isinstance(item, str):
            log.warning(item)
        else:
            yield item
