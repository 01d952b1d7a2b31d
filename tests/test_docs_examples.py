"""Every ```sh example in docs/guide/*.md runs and says what the page says it says.

Conventions (each guide page repeats them at the top):
- each block runs with `bash -e -o pipefail` in a fresh empty folder, with the virtualenv's bin first on
  PATH and `$SAMPLES` set to the bundled sample articles folder (`dotterel.ingest.sample_paths()`);
- a block whose first line is `# doc-test: setup` runs once per page, before the page's other blocks,
  and every later block of the page starts with a copy of what it left in its folder (e.g. a store);
- `# doc-test: skip` anywhere in a block: not run (servers, files the reader must supply);
- `# expect: TEXT` anywhere in a block: TEXT must appear in the block's stdout or stderr.

The selected examples run together, a few at a time, the first time a test asks for an outcome.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from dotterel.ingest import sample_paths

GUIDE = Path(__file__).resolve().parents[1] / "docs" / "guide"
FENCE = re.compile(r"^```sh[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
EXPECT = re.compile(r"#\s*expect:\s*(.+?)\s*$", re.MULTILINE)
SETUP, SKIP = "# doc-test: setup", "# doc-test: skip"
BLOCK_TIMEOUT_S = 300


@dataclass(frozen=True)
class Block:
    page: Path
    line: int  # of the opening fence, 1-based
    code: str

    @property
    def name(self) -> str:
        return f"{self.page.stem}:{self.line}"

    @property
    def is_setup(self) -> bool:
        return self.code.lstrip().startswith(SETUP)

    @property
    def skipped(self) -> bool:
        return SKIP in self.code

    @property
    def expected(self) -> list[str]:
        return EXPECT.findall(self.code)


def sh_blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    return [Block(page, text.count("\n", 0, m.start()) + 1, m.group(1)) for m in FENCE.finditer(text)]


def all_blocks() -> list[Block]:
    return [block for page in sorted(GUIDE.glob("*.md")) for block in sh_blocks(page)]


def run_block(block: Block, folder: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["SAMPLES"] = str(sample_paths()[0].parent)
    env.pop("DOTTEREL_ACTOR_FILES", None)
    env.pop("DOTTEREL_OUTLET_FILES", None)
    command = ["bash", "-e", "-o", "pipefail", "-c", block.code]
    try:
        return subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True,
                              timeout=BLOCK_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(command, -1, "", f"timed out after {BLOCK_TIMEOUT_S} s")


def check(block: Block, result: subprocess.CompletedProcess[str]) -> None:
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"{block.name} exited {result.returncode}:\n{block.code}\n---\n{output}"
    for text in block.expected:
        assert text in output, f"{block.name}: {text!r} not in the output:\n{output}"


@dataclass
class Outcome:
    result: subprocess.CompletedProcess[str] | None = None
    setup_failure: str | None = None


def run_setup(page: Path, folder: Path) -> Path:
    """Run the page's setup blocks in `folder`; raise AssertionError when one fails."""
    folder.mkdir(parents=True)
    for block in sh_blocks(page):
        if block.is_setup and not block.skipped:
            check(block, run_block(block, folder))
    return folder


def run_in_copy(block: Block, setup: Future[Path], folder: Path) -> Outcome:
    try:
        ready = setup.result()
    except AssertionError as failure:
        return Outcome(setup_failure=str(failure))
    shutil.copytree(ready, folder)
    return Outcome(result=run_block(block, folder))


def run_blocks(blocks: list[Block], base: Path) -> dict[str, Outcome]:
    """Run the blocks in parallel (each page's setup first), each in its own copy of the setup folder."""
    pages = sorted({block.page for block in blocks})
    workers = max(2, min(4, os.cpu_count() or 2))
    with ThreadPoolExecutor(workers) as pool:  # setups are queued first, so no task waits on a queued one
        setups = {page: pool.submit(run_setup, page, base / f"setup-{page.stem}") for page in pages}
        futures = {block.name: pool.submit(run_in_copy, block, setups[block.page],
                                           base / block.name.replace(":", "-"))
                   for block in blocks}
        return {name: future.result() for name, future in futures.items()}


BLOCKS = all_blocks()


@pytest.fixture(scope="module")
def outcomes(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    """The outcome of every selected example, run together the first time a test asks."""
    selected = [item.callspec.params["block"] for item in request.session.items
                if getattr(item, "callspec", None) and isinstance(item.callspec.params.get("block"), Block)]
    runnable = [block for block in selected if not block.skipped]
    return run_blocks(runnable, tmp_path_factory.mktemp("docs"))


def test_the_guide_has_examples() -> None:
    pages = sorted(p.stem for p in GUIDE.glob("*.md"))
    expected = {"getting-started", "inputs", "store-and-queries", "actors-and-outlets", "evaluation"}
    assert expected <= set(pages)
    assert all(sh_blocks(GUIDE / f"{page}.md") for page in pages), "a guide page without ```sh examples"


@pytest.mark.parametrize("block", [b for b in BLOCKS if not b.is_setup], ids=lambda b: b.name)
def test_example_runs(block: Block, outcomes: dict[str, Outcome]) -> None:
    if block.skipped:
        pytest.skip("marked # doc-test: skip")
    if shutil.which("bash") is None:
        pytest.skip("the examples are bash")
    outcome = outcomes[block.name]
    assert outcome.setup_failure is None, f"the setup of {block.page.name} failed: {outcome.setup_failure}"
    assert outcome.result is not None
    check(block, outcome.result)
