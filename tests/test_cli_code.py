"""`dotterel code` and `dotterel demo` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pyarrow.parquet as pq
import pytest
import typer
from typer.testing import CliRunner

from dotterel.cli import app
from dotterel.ingest import sample_paths

runner = CliRunner()

GOOD_ARTICLE = {
    "id": "good-1",
    "date": "2024-03-05",
    "text": "Egyptian police arrested twelve protesters in Cairo on Monday. "
    "The Turkish foreign minister met his Greek counterpart in Athens to discuss maritime borders.",
}


@pytest.fixture()
def mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "good.jsonl").write_text(json.dumps(GOOD_ARTICLE) + "\n{not json\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 4)
    return folder


def test_code_writes_plover_jsonl_with_doc_id(mixed_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["code", str(mixed_folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {e["event"] for e in events} >= {"COERCE", "CONSULT"}
    for event in events:
        assert event["doc_id"] == "good-1"
        assert event["date"] == "2024-03-05"
        assert event["actor"] and event["id"]
        assert set(event["text_info"]) >= {"sequence", "start", "end"}


def test_bad_files_are_named_and_the_batch_goes_on(mixed_folder: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["code", str(mixed_folder), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0
    messages = result.stderr
    assert "empty.txt" in messages and "binary.bin" in messages
    assert "good.jsonl:2" in messages  # the broken line, by number
    assert "1 articles coded, 3 rejected" in messages


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["code", str(tmp_path / "empty.txt")])
    assert result.exit_code != 0
    assert "0 articles coded, 1 rejected" in result.stderr


@pytest.mark.parametrize(
    "args",
    [["code"], ["code", "no/such/file.jsonl"], ["code", "{sample}", "--format", "xml"],
     ["code", "{sample}", "--format", "parquet"], ["code", "{sample}", "--engine", "spark", "-o", "x"]],
)
def test_misuse_exits_with_usage_error(args: list[str]) -> None:
    sample = str(sample_paths()[0])
    result = runner.invoke(app, [a.replace("{sample}", sample) for a in args])
    assert result.exit_code == 2


def test_csv_and_parquet_outputs_hold_the_same_events(tmp_path: Path) -> None:
    sample = str(sample_paths()[0])
    runner.invoke(app, ["code", sample, "-o", str(tmp_path / "e.jsonl")])
    runner.invoke(app, ["code", sample, "--format", "parquet", "-o", str(tmp_path / "e.parquet")])
    runner.invoke(app, ["code", sample, "--format", "csv", "-o", str(tmp_path / "e.csv")])
    ids = [json.loads(line)["id"] for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert ids
    assert sorted(pq.read_table(tmp_path / "e.parquet").column("id").to_pylist()) == sorted(ids)
    csv_lines = (tmp_path / "e.csv").read_text().splitlines()
    assert len(csv_lines) == len(ids) + 1


def test_demo_prints_events_with_evidence() -> None:
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "000_28ec3f8be0b2d1eb" in result.stdout
    assert "[" in result.stdout and "]" in result.stdout  # trigger marked in its sentence
    assert "aux=historical" in result.stdout


def _command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            paths += _command_paths(command, (*prefix, name))
        else:
            paths.append((*prefix, name))
    return paths


def test_every_command_has_help_with_an_example() -> None:
    paths = _command_paths(typer.main.get_command(app))
    assert {("code",), ("ingest",), ("export",), ("eval",), ("serve",), ("bench",)} <= set(paths)
    for path in paths:
        result = runner.invoke(app, [*path, "--help"])
        assert result.exit_code == 0, path
        assert "Example" in result.stdout, path


def test_a_coder_failure_on_one_article_does_not_stop_the_batch(coder, monkeypatch, caplog) -> None:
    from dotterel.models import Article

    real_code = coder.event_coder.code

    def failing_on_bad(article, doc):
        if article.id == "bad":
            raise RuntimeError("simulated coder bug")
        return real_code(article, doc)

    monkeypatch.setattr(coder.event_coder, "code", failing_on_bad)
    articles = [Article(id=i, text=GOOD_ARTICLE["text"], published="2024-03-05") for i in ("a", "bad", "b")]
    coded = list(coder.code_articles(articles))
    assert [c.article.id for c in coded] == ["a", "bad", "b"]
    assert coded[1].events == [] and coded[0].events and coded[2].events
    assert "bad" in caplog.text and "simulated coder bug" in caplog.text
