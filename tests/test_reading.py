"""Reading input files: bounded, regular files only, and messages that name the kind of file (issue 11)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.loader import load_meeting
from egmplan.loader.participants import load_participants, load_participants_text

ROOT = Path(__file__).resolve().parent.parent


def _egmplan(*args, cwd):
    """egmplan in a child process: a read that never ends fails the test instead of hanging it."""
    return subprocess.run([sys.executable, "-m", "egmplan", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)


def test_validate_dev_zero_is_refused_at_once(tmp_path):
    done = _egmplan("validate", "/dev/zero", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (
        1, "/dev/zero:1:1: error: is a character device, not a regular file; a meeting file must be a regular file\n")


def test_validate_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    os.mkfifo(tmp_path / "pipe.yaml")
    done = _egmplan("validate", "pipe.yaml", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (
        1, "pipe.yaml:1:1: error: is a named pipe (FIFO), not a regular file; a meeting file must be a regular file\n")


def test_a_meeting_file_linked_to_dev_zero_is_refused(tmp_path):
    (tmp_path / "meetings").mkdir()
    (tmp_path / "meetings" / "zero.yaml").symlink_to("/dev/zero")
    done = _egmplan("agenda", "build", "-o", "out", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith(
        "meetings/zero.yaml:1:1: error: is a character device, not a regular file; "
        "a meeting file must be a regular file\n")
    assert not (tmp_path / "out").exists()


def test_a_file_read_through_proc_is_read_only_up_to_the_limit(tmp_path):
    # /proc files say they have 0 bytes: the read itself must stop at the limit.
    big = tmp_path / "big"
    big.write_bytes(b"#" * (3 * 1024 * 1024))
    with open(big, "rb") as stream:
        path = f"/proc/self/fd/{stream.fileno()}"
        result = load_meeting(path, "big.yaml")
    assert [str(d) for d in result.diagnostics] == [
        "big.yaml:1:1: error: the file is 3,145,728 bytes; meeting files are limited to 2,097,152 bytes"]


def test_a_participants_fifo_is_refused_naming_a_participants_file(tmp_path):
    os.mkfifo(tmp_path / "p.yaml")
    result = load_participants(tmp_path / "p.yaml", "p.yaml")
    assert [str(d) for d in result.diagnostics] == [
        "p.yaml:1:1: error: is a named pipe (FIFO), not a regular file; a participants file must be a regular file"]


def test_a_participants_folder_is_refused_naming_a_participants_file(tmp_path):
    result = load_participants(tmp_path, "p")
    assert [str(d) for d in result.diagnostics] == ["p:1:1: error: is a folder, not a participants file"]


@pytest.mark.parametrize("text, message", [
    ("participants: &a []\n", "p.yaml:1:15: error: anchors (&a) are not allowed in participants files; write values out"),
    ("participants: !!python/object x\n", "p.yaml:1:15: error: the tag !!python/object is not allowed in participants files"),
    ("participants: []\n---\nparticipants: []\n",
     "p.yaml:2:1: error: the file holds more than one YAML document; keep one list of participants per file"),
    ("", "p.yaml:1:1: error: the file is empty; a participants file starts with 'participants:'"),
])
def test_participants_messages_name_a_participants_file(text, message):
    assert [str(d) for d in load_participants_text(text, "p.yaml").diagnostics] == [message]


def test_a_utf16_participants_file_is_told_to_be_saved_as_utf8(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("participants:\n  - {name: Thailand, country: TH}\n", encoding="utf-16")
    assert [str(d) for d in load_participants(path, "p.yaml").diagnostics] == [
        "p.yaml:1:1: error: the file is UTF-16 text, not UTF-8; save it as UTF-8"]


def test_participants_option_reports_a_fifo_with_its_kind(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.mkfifo(tmp_path / "p.yaml")
    result = CliRunner().invoke(app, ["suggest", "-m", str(ROOT / "meetings" / "egm-cybercrime-2020.yaml"),
                                      "--participants", "p.yaml", "-q"])
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "p.yaml:1:1: error: is a named pipe (FIFO), not a regular file; a participants file must be a regular file\n")


def test_a_participants_name_too_long_to_look_up_is_not_found(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = "p" * 3000
    result = CliRunner().invoke(app, ["suggest", "-m", str(ROOT / "meetings" / "egm-cybercrime-2020.yaml"),
                                      "--participants", name, "-q"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"egmplan: error: --participants {name}: no such file")


def test_a_regular_file_is_read_without_turning_off_o_nonblock_unless_a_read_would_block(tmp_path, monkeypatch):
    # O_NONBLOCK has no effect on a regular file on Linux; a file system that honoured it
    # (EAGAIN) gets the descriptor made blocking and the read again.
    from egmplan import readfile

    path = tmp_path / "m.yaml"
    path.write_bytes(b"id: m\n" * 1000)
    made_blocking = []
    monkeypatch.setattr(os, "set_blocking", lambda handle, blocking: made_blocking.append(blocking))
    assert readfile.read_limited(path, 10_000, "meeting file") == path.read_bytes()
    assert made_blocking == []
    original = os.read
    refusals = [BlockingIOError(11, "Resource temporarily unavailable")]

    def read(handle, size):
        if refusals:
            raise refusals.pop()
        return original(handle, size)

    monkeypatch.setattr(os, "read", read)
    assert readfile.read_limited(path, 10_000, "meeting file") == path.read_bytes()
    assert made_blocking == [True]
