"""Query commands (events, dyad, actors, dyads, search, clusters) and `plot` from the command line."""

from __future__ import annotations

import csv
import io
import json

import pytest
from storefakes import sample_corpus
from typer.testing import CliRunner

import dotterel.cli  # noqa: F401  (registers every command)
from dotterel.cli.app import app
from dotterel.store.ingest import ingest_records

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    corpus = sample_corpus()
    path = tmp_path_factory.mktemp("cli") / "events.duckdb"
    ingest_records(corpus.articles, path, corpus.coder(), progress=False)
    return str(path)


def run(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_events_table_csv_and_json(db):
    table = run("events", "--db", db)
    assert "COOPERATE" in table and "ASSAULT" in table and "PAK;RUS" in table
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--format", "csv"))))
    assert len(rows) == 3
    reports = json.loads(run("events", "--db", db, "--reports", "--format", "json", "--actor", "RUS"))
    assert sorted(r["id"] for r in reports) == ["reuters-1-0", "reuters-1-1", "sputnik-1-0"]
    assert run("events", "--db", db, "--min-outlets", "2", "--format", "json").count('"id"') == 1


def test_dyad_command_puts_2014_in_2014(db):
    rows = json.loads(run("dyad", "RUS", "PAK", "--db", db, "--freq", "year", "--format", "json"))
    assert [(r["period"], r["n_events"]) for r in rows] == [("2014-01-01", 1), ("2022-01-01", 1)]
    assert "COOPERATE" in run("dyad", "RUS", "PAK", "--db", db, "--by", "category")


def test_actors_dyads_search_clusters(db):
    actors = list(csv.DictReader(io.StringIO(run("actors", "--db", db, "--format", "csv"))))
    assert {r["code"] for r in actors} == {"RUS", "PAK", "USA", "SYR"}
    assert "PAK" in run("dyads", "--db", db)
    found = json.loads(run("search", "joint drills", "--db", db, "--format", "json"))
    assert {r["doc_id"] for r in found} == {"reuters-1", "sputnik-1"}
    shown = run("clusters", "--db", db, "--min-reports", "2", "--show-reports")
    assert "[reuters.com] reuters-1" in shown and "[sputniknews.com] sputnik-1" in shown
    as_json = json.loads(run("clusters", "--db", db, "--format", "json"))
    assert as_json[0]["n_reports"] == 2 and len(as_json[0]["reports"]) == 2


@pytest.mark.parametrize(
    "args",
    [
        ["events", "--actor", "Russia"],
        ["events", "--event", "HUG"],
        ["events", "--since", "soon"],
        ["events", "--format", "xml"],
        ["dyad", "RUS", "PAK", "--freq", "hourly"],
        ["actors", "--role", "boss"],
        ["clusters", "--until", "2022-02-30"],
    ],
)
def test_bad_values_exit_2_with_a_message(db, args):
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 2
    assert "dotterel: error:" in result.stderr


def test_missing_store_is_reported(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no store" in result.stderr


def test_plot_commands_write_files(db, tmp_path):
    png, page = tmp_path / "dyad.png", tmp_path / "net.html"
    assert runner.invoke(app, ["plot", "dyad", "RUS", "PAK", "--db", db, "-o", str(png)]).exit_code == 0
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert runner.invoke(app, ["plot", "network", "--db", db, "-o", str(page)]).exit_code == 0
    assert "<svg" in page.read_text()
    bad = runner.invoke(app, ["plot", "dyad", "RUS", "PAK", "--db", db, "-o", str(tmp_path / "x.doc")])
    assert bad.exit_code == 2


def test_every_command_has_help_with_an_example():
    for command in (
        ["events"],
        ["dyad"],
        ["actors"],
        ["dyads"],
        ["search"],
        ["clusters"],
        ["ingest"],
        ["export"],
        ["plot", "dyad"],
        ["plot", "network"],
    ):
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0 and "Example: dotterel" in result.stdout
