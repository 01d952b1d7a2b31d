"""Coding a corpus on a Dask cluster: the same stage functions, mapped over partitions of articles.

The client streams the inputs (`dotterel.ingest.read_inputs`), cuts them into partitions of
`partition_size` articles and submits one task per partition, keeping at most a few tasks per worker
in flight so memory stays bounded. Each task codes its partition with the worker process's own
`Coder` (built once per process, on first use) and writes one Parquet file pair with the store's
schema: OUT/events/part-NNNNN.parquet and OUT/articles/part-NNNNN.parquet. `dotterel ingest
--from-parquet OUT` loads them; DuckDB reads them with read_parquet('OUT/events/*.parquet').

Articles travel from the client to the workers inside the tasks, so workers need no shared file
system; only OUT must be a folder every worker can write to (local disk for a local cluster, a
shared or network file system otherwise).
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from dotterel.config import Settings
from dotterel.models import Article, Rejection

DEFAULT_PARTITION = 64  # articles per task and per Parquet file
IN_FLIGHT_PER_WORKER = 2


@dataclass
class DaskSummary:
    coded: int = 0
    rejected: int = 0
    events: int = 0
    sentences: int = 0
    partitions: int = 0
    seconds: float = 0.0
    out_dir: str = ""

    def line(self) -> str:
        return (f"{self.coded} articles coded, {self.rejected} rejected, {self.events} events in "
                f"{self.partitions} Parquet partitions under {self.out_dir}")


@dataclass
class PartitionResult:
    partition: int
    coded: int
    events: int
    sentences: int
    failures: list[str]


_coders: dict[Settings, Any] = {}
_coders_lock = threading.Lock()


def worker_coder(settings: Settings) -> Any:
    """This worker process's Coder for `settings`, built on first use (loading spaCy takes seconds)."""
    with _coders_lock:
        if settings not in _coders:
            from dotterel.pipeline import Coder

            _coders[settings] = Coder(replace(settings, n_process=1))
        return _coders[settings]


def code_partition(articles: list[Article], out_dir: str, partition: int,
                   settings: Settings) -> PartitionResult:
    """Code one partition and write its Parquet files (runs on a worker)."""
    from dotterel.nlp.workers import code_one
    from dotterel.store.schema import content_hash, write_parquet_partition

    coder = worker_coder(settings)
    hashes = {a.id: content_hash(a) for a in articles}  # of the text as read, as `dotterel ingest` does
    try:
        coded = list(coder.code_articles(articles))
        failures: list[str] = []
    except Exception:  # one bad article must not lose the partition: code them one by one
        results = [code_one(coder, article) for article in articles]
        coded = [r for r in results if not isinstance(r, str)]
        failures = [r for r in results if isinstance(r, str)]
    write_parquet_partition(coded, out_dir, f"{partition:05d}", hashes=hashes)
    return PartitionResult(partition, len(coded), sum(len(c.events) for c in coded),
                           sum(c.sentences for c in coded), failures)


def partitions(records: Iterable[Article | Rejection], size: int, err: IO[str],
               summary: DaskSummary) -> Iterator[list[Article]]:
    """Articles in lists of `size`; rejections are reported on `err` and counted."""
    batch: list[Article] = []
    for record in records:
        if isinstance(record, Rejection):
            summary.rejected += 1
            print(f"rejected: {record}", file=err)
            continue
        batch.append(record)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def connect(scheduler: str, workers: int) -> tuple[Any, Any]:
    """(client, cluster or None): a new LocalCluster on 127.0.0.1 for "local", else the given address."""
    from distributed import Client, LocalCluster

    if scheduler == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=":0")
        return Client(cluster), cluster
    return Client(scheduler), None


def code_with_dask(
    paths: Iterable[str | Path], out_dir: str | Path, scheduler: str = "local", workers: int = 2,
    settings: Settings | None = None, *, csv_columns: Any = None, partition_size: int = DEFAULT_PARTITION,
    err: IO[str] | None = None,
) -> DaskSummary:
    """Code `paths` on Dask and write partitioned Parquet under `out_dir`; see the module docstring.

    `scheduler` is "local" (start a LocalCluster with `workers` single-threaded worker processes) or
    the address of a running scheduler ("tcp://host:8786"), whose workers must have dotterel installed.
    """
    from distributed import as_completed

    from dotterel.ingest import read_inputs

    err = err or sys.stderr
    settings = settings or Settings.from_env()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    summary = DaskSummary(out_dir=str(out))
    started = time.perf_counter()
    client, cluster = connect(scheduler, workers)
    try:
        limit = max(1, len(client.scheduler_info().get("workers", {})) or workers) * IN_FLIGHT_PER_WORKER
        running = as_completed()
        for index, batch in enumerate(partitions(read_inputs(list(paths), csv_columns=csv_columns),
                                                 partition_size, err, summary)):
            running.add(client.submit(code_partition, batch, str(out.resolve()), index, settings,
                                      pure=False))
            if running.count() >= limit:
                _collect(next(running), summary, err)
        for future in running:
            _collect(future, summary, err)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _collect(future: Any, summary: DaskSummary, err: IO[str]) -> None:
    result: PartitionResult = future.result()
    summary.partitions += 1
    summary.coded += result.coded
    summary.events += result.events
    summary.sentences += result.sentences
    for failure in result.failures:
        print(failure, file=err)
