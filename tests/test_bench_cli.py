"""`dotterel bench`: one JSON object with throughput, memory and the baseline comparison."""

from __future__ import annotations

import json
import subprocess
import sys
import time

from typer.testing import CliRunner

from dotterel.bench.memory import PeakRss
from dotterel.bench.run import scaled
from dotterel.cli import app
from dotterel.ingest import read_inputs, sample_paths
from dotterel.models import Article

KEYS = {"articles_per_s", "sentences_per_s", "peak_rss_mb", "dotterel_s", "baseline_s", "ratio"}


def test_scaled_corpus_repeats_every_article_with_distinct_ids() -> None:
    once = [r.id for r in read_inputs(sample_paths()) if isinstance(r, Article)]
    thrice = [r.id for r in scaled(read_inputs, sample_paths(), 3) if isinstance(r, Article)]
    assert len(thrice) == 3 * len(once) == len(set(thrice))
    assert thrice[: len(once)] == once


def test_bench_json_reports_throughput_memory_and_the_baseline() -> None:
    paths = [str(p) for p in sample_paths()]
    result = CliRunner().invoke(app, ["bench", *paths, "--scale", "2", "--workers", "1", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output.strip().splitlines()[-1])
    assert report.keys() >= KEYS
    assert report["articles"] == 2 * len(paths)
    assert report["articles_per_s"] > 0 and report["sentences_per_s"] > 0
    assert report["baseline_s"] > 0
    assert abs(report["ratio"] - report["dotterel_s"] / report["baseline_s"]) < 1e-9
    assert 50 < report["peak_rss_mb"] < 4000


def test_bench_without_baseline_has_no_ratio() -> None:
    paths = [str(p) for p in sample_paths()]
    result = CliRunner().invoke(app, ["bench", *paths, "--workers", "1", "--no-baseline"])
    assert result.exit_code == 0, result.output
    assert "articles/s" in result.output and "peak RSS" in result.output
    assert "ratio" not in result.output


def test_peak_memory_counts_the_worker_processes() -> None:
    # a child that holds about 200 MB for a second, started after sampling began
    hold = "b = bytearray(200 * 2**20); b[::4096] = b'x' * len(b[::4096]); import time; time.sleep(1.5)"
    with PeakRss(interval=0.02) as alone:
        time.sleep(0.3)
    with PeakRss(interval=0.02) as with_child:
        child = subprocess.Popen([sys.executable, "-c", hold])
        child.wait()
    assert with_child.peak_mb > alone.peak_mb + 150


def test_repeated_bench_reports_the_medians_of_its_runs() -> None:
    paths = [str(p) for p in sample_paths()]
    result = CliRunner().invoke(app, ["bench", *paths, "--workers", "1", "--repeat", "3", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output.strip().splitlines()[-1])
    runs = report["runs"]
    assert len(runs) == 3
    assert report["dotterel_s"] == sorted(r["dotterel_s"] for r in runs)[1]
    assert report["baseline_s"] == sorted(r["baseline_s"] for r in runs)[1]
