"""Scale-out: the coding stages mapped over partitions of a corpus by Dask, writing partitioned Parquet.

    code_with_dask(paths, out_dir, scheduler="local"|"tcp://host:8786", workers=2, settings=None,
                   csv_columns=None) -> DaskSummary
"""

from dotterel.distributed.dask_engine import DaskSummary, code_partition, code_with_dask

__all__ = ["DaskSummary", "code_partition", "code_with_dask"]
