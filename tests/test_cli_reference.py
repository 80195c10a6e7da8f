"""Every command has help with a runnable example, the examples run, and docs/cli.md is fresh."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from egmplan.cli.reference import command_paths, help_text, markdown

from bundled import copy_bundled

ROOT = Path(__file__).resolve().parent.parent
GIT = "git -c user.name=Secretariat -c user.email=secretariat@example.org"
LEAVES = [words for words in command_paths() if words and not any(
    other[:len(words)] == words and len(other) > len(words) for other in command_paths())]


def _examples(words: list[str]) -> list[str]:
    text = help_text(words)
    block = re.split(r"\n  Examples?:\n", text, maxsplit=1)
    if len(block) < 2:
        return []
    examples = []
    for line in block[1].splitlines():
        if not line.startswith("    "):
            break
        examples.append(line.strip())
    return examples


def test_cli_reference_is_fresh():
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == markdown(), (
        "docs/cli.md is stale: run python tools/gen_docs.py")


@pytest.mark.parametrize("words", LEAVES, ids=[" ".join(w) for w in LEAVES])
def test_every_command_has_a_runnable_example(words):
    examples = _examples(words)
    assert examples, f"egmplan {' '.join(words)} --help has no Example"
    assert all(e.startswith(f"egmplan {' '.join(words)}") for e in examples)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    """A secretariat's repository: the bundled meetings in two commits, and a participants folder."""
    folder = tmp_path_factory.mktemp("examples")
    copy_bundled(folder / "meetings")
    if (ROOT / "participants").is_dir():
        shutil.copytree(ROOT / "participants", folder / "participants")
    env = _env()
    for message in ("first", "second"):
        subprocess.run(f"git init -q; {GIT} add .; {GIT} commit -qm {message} --allow-empty", shell=True,
                       cwd=folder, env=env, check=True)
    return folder


def _env() -> dict:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}", "COLUMNS": "100"}
    env.pop("GITHUB_ACTIONS", None)
    return env


EXAMPLES = [(words, example) for words in LEAVES for example in _examples(words)]


@pytest.mark.parametrize("words, example", EXAMPLES, ids=[e for _, e in EXAMPLES])
def test_help_example_runs(scratch, words, example):
    done = subprocess.run(["bash", "-c", example], cwd=scratch, env=_env(), capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120)
    assert done.returncode == 0, (example, done.stdout[-1500:], done.stderr[-1500:])
