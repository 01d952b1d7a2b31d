"""`dotterel eval`: codes gold units and prints the same metrics as ../shared/tools/score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dotterel.evaluation import evaluate_gold, load_jsonl, write_jsonl
from dotterel.pipeline import Coder

HANDFUL = 12


def shared_score(shared: Path, gold: Path, predictions: Path, *options: str) -> dict[str, object]:
    command = [sys.executable, str(shared / "tools" / "score.py"), str(gold), str(predictions), *options]
    printed = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return json.loads(printed.strip().splitlines()[-1])


@pytest.fixture
def gold_handful(shared_dir: Path, tmp_path: Path) -> Path:
    """A few sentence units with events, a few without, and the seed article."""
    units = load_jsonl(shared_dir / "gold" / "petrarch_gsr_validation.jsonl")
    with_events = [u for u in units if u["events"]][: HANDFUL // 2]
    without = [u for u in units if not u["events"]][: HANDFUL // 4]
    seed = load_jsonl(shared_dir / "gold" / "seed_article.jsonl")
    path = tmp_path / "gold.jsonl"
    write_jsonl(with_events + without + seed, path)
    return path


def test_coder_predictions_get_the_shared_scorers_metrics(
    coder: Coder, shared_dir: Path, gold_handful: Path, tmp_path: Path
) -> None:
    evaluation = evaluate_gold(gold_handful, coder)
    predictions = tmp_path / "pred.jsonl"
    write_jsonl(evaluation.predictions, predictions)
    assert evaluation.metrics == shared_score(shared_dir, gold_handful, predictions)
    unit_ids = {str(u["id"]) for u in load_jsonl(gold_handful)}
    assert all(p["doc_id"] in unit_ids for p in evaluation.predictions)


def test_eval_command_prints_the_scorers_line_and_tables(
    coder: Coder, shared_dir: Path, gold_handful: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dotterel.cli import app

    monkeypatch.setattr("dotterel.pipeline.Coder", lambda *args, **kwargs: coder)  # reuse the loaded model
    predictions = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(app, ["eval", str(gold_handful), "--collapse-igo", "--misses", "2",
                                      "--predictions-out", str(predictions)])
    assert result.exit_code == 0, result.output
    first_line, rest = result.output.split("\n", 1)
    assert json.loads(first_line) == shared_score(shared_dir, gold_handful, predictions, "--collapse-igo")
    assert "Per category" in rest and "Confusion" in rest


def test_eval_command_json_output_and_usage_errors(
    coder: Coder, shared_dir: Path, gold_handful: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dotterel.cli import app

    monkeypatch.setattr("dotterel.pipeline.Coder", lambda *args, **kwargs: coder)
    result = CliRunner().invoke(app, ["eval", str(gold_handful), "--json", "--misses", "3"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report) == {"metrics", "per_category", "confusion", "misses"}
    assert report["metrics"]["units"] == len(load_jsonl(gold_handful)) and len(report["misses"]) <= 3
    assert CliRunner().invoke(app, ["eval", str(gold_handful.parent / "missing.jsonl")]).exit_code != 0
    assert CliRunner().invoke(app, ["eval", str(gold_handful), "--misses", "-1"]).exit_code != 0
