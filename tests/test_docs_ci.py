"""The example workflow in docs/ci.md runs: each of its egmplan steps, in order."""

import os
import subprocess
import sys
from pathlib import Path

import yaml

from bundled import copy_meeting

ROOT = Path(__file__).resolve().parent.parent
GIT = ["git", "-c", "user.name=Secretariat", "-c", "user.email=secretariat@example.org"]


def _workflow_steps() -> list[str]:
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    block = text.split("```yaml\n", 1)[1].split("```", 1)[0]
    steps = yaml.safe_load(block)["jobs"]["drafts"]["steps"]
    return [s["run"] for s in steps if "run" in s and "egmplan " in s["run"] and "pip install" not in s["run"]]


def test_workflow_has_the_steps_the_docs_promise():
    assert [step.split("egmplan ", 1)[1].split(" ")[0] for step in _workflow_steps()] == [
        "validate", "agenda", "agenda", "diff"]


def test_every_egmplan_step_of_the_workflow_succeeds(tmp_path):
    copy_meeting(tmp_path / "meetings")  # the seventh meeting, its series and the series' other meetings
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
           "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md")}
    env.pop("GITHUB_ACTIONS", None)

    def sh(command: str) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, text=True)

    sh("git init -q")
    for message in ("first", "second"):
        sh(f"{' '.join(GIT)} add . && {' '.join(GIT)} commit -qm {message} --allow-empty")
        if message == "first":
            # the committed drafts, as the secretariat keeps them
            assert sh("SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) egmplan agenda build -q").returncode == 0
    assert sh("SOURCE_DATE_EPOCH=$(git log -1 --format=%ct) egmplan agenda build -q").returncode == 0
    for step in _workflow_steps():
        done = sh(step)
        assert done.returncode == 0, (step, done.stdout, done.stderr)
    assert sorted(p.name for p in (tmp_path / "drafts" / "egm-cybercrime-2021").iterdir())[:2] == ["agenda.docx", "agenda.html"]
    # "~" escaped: on GitHub "HEAD~1 ... HEAD~2" would strike through the text between them
    assert (tmp_path / "summary.md").read_text(encoding="utf-8").startswith("# Changes from git:HEAD\\~1:")
