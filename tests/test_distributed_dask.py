"""The Dask engine: a local cluster of 2 worker processes writes the same events as one process, as
partitioned Parquet that DuckDB and `ingest_parquet` read directly."""

from __future__ import annotations

import io
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from dotterel.distributed import code_with_dask
from dotterel.ingest import read_inputs, sample_paths
from dotterel.models import Article
from dotterel.pipeline import Coder
from dotterel.store.duck import Store
from dotterel.store.ingest import ingest_parquet
from dotterel.store.schema import row_to_event


def _records(events: list[dict]) -> list[dict]:
    return sorted(events, key=lambda e: e["id"])


@pytest.fixture(scope="module")
def dask_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dask") / "out"
    summary = code_with_dask(sample_paths(), out, scheduler="local", workers=2, partition_size=1,
                             err=io.StringIO())
    assert summary.partitions == len(sample_paths())
    return out


def test_two_dask_workers_write_the_single_process_events(dask_output: Path, coder: Coder) -> None:
    articles = [r for r in read_inputs(sample_paths()) if isinstance(r, Article)]
    expected = [e.to_plover() for coded in coder.code_articles(articles) for e in coded.events]
    files = sorted((dask_output / "events").glob("*.parquet"))
    rows = [row for f in files for row in pq.read_table(f).to_pylist()]
    written = [row_to_event(row).to_plover() for row in rows]
    assert expected, "the bundled samples should produce events"
    assert _records(written) == _records(expected)


def test_one_parquet_file_per_partition_readable_by_duckdb(dask_output: Path) -> None:
    files = sorted((dask_output / "events").glob("*.parquet"))
    assert len(files) == len(sample_paths())
    pattern = str(dask_output / "events" / "*.parquet")
    query = f"SELECT count(*), count(DISTINCT doc_id) FROM read_parquet('{pattern}')"
    with duckdb.connect() as con:
        (events, docs) = con.execute(query).fetchone()
    assert events > 0 and docs == len(sample_paths())


def test_ingest_from_parquet_stores_the_dask_output(dask_output: Path, tmp_path: Path) -> None:
    db = tmp_path / "from_parquet.duckdb"
    summary = ingest_parquet(dask_output, db, cluster=False, progress=False)
    assert summary.coded == len(sample_paths())
    with Store(db) as store:
        assert store.counts()["articles"] == len(sample_paths())
