"""A bulk build flushes the output folder that holds the new meeting folders once, not once per
meeting, and never after saying a meeting is written: each file is synced before it replaces its
target and each meeting folder after its renames (fsync(2): syncing a file does not sync the
entry naming it), so until out/ is synced a crash can only lose a new meeting folder whole,
which leaves that meeting as it was (absent)."""

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan import output
from egmplan.cli.main import app

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def meetings(tmp_path, monkeypatch):
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "3", str(tmp_path / "m")],
                   check=True, stdout=subprocess.DEVNULL)
    monkeypatch.setenv("EGMPLAN_MEETINGS", str(tmp_path / "m"))
    monkeypatch.setenv("EGMPLAN_NO_CACHE", "1")
    monkeypatch.chdir(tmp_path)
    return sorted(p.stem for p in (tmp_path / "m").glob("*.yaml"))


def _build(monkeypatch, *options):
    events = []
    real_sync = output._sync_folder
    monkeypatch.setattr(output, "_sync_folder", lambda folder, descriptor=None: (
        events.append(f"sync {folder}"), real_sync(folder, descriptor)))
    monkeypatch.setattr("egmplan.cli.common.stderr", lambda line: events.append(f"say {line}"))
    result = CliRunner().invoke(app, ["agenda", "build", "-f", "md", "-f", "txt", "-o", "out", *options])
    return result, events


def test_a_quiet_build_syncs_the_output_folder_once_at_the_end(meetings, monkeypatch):
    result, events = _build(monkeypatch, "-q")
    assert result.exit_code == 0, result.output
    assert events == [f"sync out/{m}" for m in meetings] + ["sync out", "sync ."]


def test_the_output_folder_is_synced_before_each_meeting_is_said_to_be_written(meetings, monkeypatch):
    result, events = _build(monkeypatch)
    assert result.exit_code == 0, result.output
    events = [e for e in events if "warning" not in e]  # the generated meetings have two each
    expected = []
    for number, meeting in enumerate(meetings):
        expected += [f"sync out/{meeting}", "sync out"] + (["sync ."] if number == 0 else [])
        expected.append(f"say {meeting}: agenda.md, agenda.txt -> out/{meeting}/")
    assert events == expected + ["say built 3 meetings, 6 files"]


def test_an_interrupted_build_syncs_the_output_folder_before_saying_what_was_written(meetings, monkeypatch):
    from egmplan.app import build

    real_write, calls = build.write_meeting, []

    def write_meeting(*args, **kwargs):
        calls.append(args[0])
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_write(*args, **kwargs)

    monkeypatch.setattr(build, "write_meeting", write_meeting)
    result, events = _build(monkeypatch, "-q")
    assert result.exit_code == 130
    assert events == [f"sync out/{meetings[0]}", "sync out", "sync .",
                      "say egmplan: interrupted: 1 of 3 meetings written; the others were left as they were"]
