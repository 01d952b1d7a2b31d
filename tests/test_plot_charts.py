"""Dyad and network charts: PNG via matplotlib, self-contained HTML."""

from __future__ import annotations

import re

import pytest
from storefakes import sample_corpus

from dotterel.query import QueryError
from dotterel.query.plots import plot_dyad, plot_network
from dotterel.store.ingest import ingest_records

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    corpus = sample_corpus()
    path = tmp_path_factory.mktemp("plots") / "events.duckdb"
    ingest_records(corpus.articles, path, corpus.coder(), progress=False)
    return path


def _self_contained(page: str) -> bool:
    return not re.search(r"(src|href)=['\"]?(https?:)?//", page)


def test_dyad_png(db, tmp_path):
    out = plot_dyad(db, "RUS", "PAK", tmp_path / "dyad.png", freq="year")
    assert out.read_bytes().startswith(PNG_MAGIC)


def test_dyad_html_is_self_contained_and_shows_both_years(db, tmp_path):
    page = plot_dyad(db, "RUS", "PAK", tmp_path / "dyad.html", freq="year").read_text()
    assert "<svg" in page and _self_contained(page)
    assert "2014-01-01: 1 verbal cooperation" in page
    assert "2022-01-01: 1 material cooperation" in page


def test_dyad_without_events_still_draws(db, tmp_path):
    assert plot_dyad(db, "FRA", "DEU", tmp_path / "empty.png").read_bytes().startswith(PNG_MAGIC)
    assert "No events" in plot_dyad(db, "FRA", "DEU", tmp_path / "empty.html").read_text()


def test_network_png_and_html(db, tmp_path):
    assert plot_network(db, tmp_path / "net.png").read_bytes().startswith(PNG_MAGIC)
    page = plot_network(db, tmp_path / "net.html").read_text()
    assert _self_contained(page)
    for code in ("RUS", "PAK", "USA", "SYR"):
        assert f">{code}</text>" in page
    assert "PAK – RUS: 2 events, 2 cooperative" in page  # the 2014 deal and the drills (two reports)


def test_unknown_output_type_is_refused(db, tmp_path):
    with pytest.raises(QueryError, match="png"):
        plot_dyad(db, "RUS", "PAK", tmp_path / "chart.docx")
