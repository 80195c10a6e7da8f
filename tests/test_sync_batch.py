"""A build of many meetings makes their files durable together (egmplan.output.SyncBatch):
every temporary is written, then one syncfs per file system, then every rename, then one
syncfs again. The promises of single writes hold for each meeting of a batch: every file is
old or new after a crash (no rename before the flush), a failure replaces nothing of that
meeting and says so, locks are never held while waiting for another writer."""

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan import output
from egmplan.cli import agenda as agenda_cli
from egmplan.cli.main import app
from egmplan.errors import OutputError, PartialWriteError
from egmplan.output import SyncBatch, write_folder

ROOT = Path(__file__).resolve().parent.parent


def _tree(folder: Path) -> dict:
    """Every file under ``folder``, temporaries (hidden) included."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _visible(folder: Path) -> dict:
    return {name: data for name, data in _tree(folder).items() if not Path(name).name.startswith(".")}


class Recorder:
    """The system calls that order matters for, in order: syncfs, rename, fsync."""

    def __init__(self, monkeypatch, fail_syncfs: OSError | None = None):
        self.events: list[str] = []
        self.fail_syncfs = fail_syncfs
        real_replace, real_fsync = os.replace, os.fsync

        def replace(source, target, *args, **kwargs):
            self.events.append(f"rename {target}")
            return real_replace(source, target, *args, **kwargs)

        def fsync(descriptor):
            self.events.append("fsync")
            return real_fsync(descriptor)

        monkeypatch.setattr(os, "replace", replace)
        monkeypatch.setattr(os, "fsync", fsync)

    def syncfs(self, descriptor: int) -> None:
        self.events.append("syncfs")
        if self.fail_syncfs is not None:
            raise self.fail_syncfs


def _files(label: str) -> dict[str, bytes]:
    return {"agenda.md": f"{label} md".encode(), "agenda.txt": f"{label} txt".encode()}


def test_every_temporary_is_flushed_before_any_rename_and_no_file_is_fsynced_alone(tmp_path, monkeypatch):
    calls = Recorder(monkeypatch)
    batch = SyncBatch(calls.syncfs, capacity=64)
    for meeting in ("m1", "m2", "m3"):
        write_folder(tmp_path / "out" / meeting, _files(meeting), batch=batch, tag=meeting)
    assert calls.events == [] and _visible(tmp_path / "out") == {}  # staged: only temporaries, hidden
    assert sorted(name.split(".")[:3] for name in _tree(tmp_path / "out")) == [
        [f"{m}/", "agenda", kind] for m in ("m1", "m2", "m3") for kind in ("md", "txt")]
    batch.commit()
    renames = [f"rename {name}" for _meeting in ("m1", "m2", "m3") for name in ("agenda.md", "agenda.txt")]
    assert calls.events == ["syncfs", *renames, "syncfs"]  # one file system: one flush each side
    assert batch.take_done() == [("m1", None), ("m2", None), ("m3", None)]
    assert _tree(tmp_path / "out") == {f"{m}/{name}": f"{m} {name[7:]}".encode()
                                       for m in ("m1", "m2", "m3") for name in ("agenda.md", "agenda.txt")}
    assert batch.take_done() == [] and batch.held == 0


def test_a_failed_flush_replaces_nothing_removes_what_it_made_and_says_so_for_each_meeting(tmp_path, monkeypatch):
    (tmp_path / "out" / "m1").mkdir(parents=True)
    (tmp_path / "out" / "m1" / "agenda.md").write_bytes(b"old md")
    calls = Recorder(monkeypatch, fail_syncfs=OSError(errno.EIO, os.strerror(errno.EIO)))
    batch = SyncBatch(calls.syncfs, capacity=64)
    write_folder(tmp_path / "out" / "m1", _files("m1"), batch=batch, tag="m1")
    write_folder(tmp_path / "out" / "m2", _files("m2"), batch=batch, tag="m2")
    batch.commit()
    assert calls.events == ["syncfs"]
    done = batch.take_done()
    assert [(tag, str(problem)) for tag, problem in done] == [
        ("m1", f"cannot write {tmp_path}/out/m1/agenda.md: Input/output error"),
        ("m2", f"cannot write {tmp_path}/out/m2/agenda.md: Input/output error"),
    ]
    assert all(type(problem) is OutputError for _tag, problem in done)
    # m1 as it was, without a temporary; m2's folder, made for the batch, removed again
    assert sorted(os.listdir(tmp_path / "out")) == ["m1"]
    assert sorted(os.listdir(tmp_path / "out" / "m1")) == ["agenda.md"]
    assert (tmp_path / "out" / "m1" / "agenda.md").read_bytes() == b"old md"


def test_a_file_system_without_syncfs_gets_an_fsync_of_each_temporary_then_of_each_folder(tmp_path, monkeypatch):
    calls = Recorder(monkeypatch, fail_syncfs=OSError(errno.EINVAL, os.strerror(errno.EINVAL)))
    batch = SyncBatch(calls.syncfs, capacity=64)
    for meeting in ("m1", "m2"):
        write_folder(tmp_path / meeting, _files(meeting), batch=batch, tag=meeting)
    batch.commit()
    renames = [f"rename {name}" for _meeting in ("m1", "m2") for name in ("agenda.md", "agenda.txt")]
    # tried once, then never again: two temporaries a folder, then the renames, then each folder
    assert calls.events == ["syncfs", "fsync", "fsync", "fsync", "fsync", *renames, "fsync", "fsync"]
    assert batch.take_done() == [("m1", None), ("m2", None)]
    assert _tree(tmp_path) == {f"{m}/{name}": f"{m} {name[7:]}".encode()
                               for m in ("m1", "m2") for name in ("agenda.md", "agenda.txt")}


def test_a_rename_that_fails_part_way_is_that_meetings_partial_write_and_the_others_are_written(tmp_path, monkeypatch):
    calls = Recorder(monkeypatch)
    real_replace = os.replace

    renames = []

    def replace(source, target, *args, **kwargs):
        renames.append(target)
        if len(renames) == 4:  # m2's second file (m1's are done)
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    batch = SyncBatch(calls.syncfs, capacity=64)
    for meeting in ("m1", "m2", "m3"):
        write_folder(tmp_path / "out" / meeting, _files(meeting), batch=batch, tag=meeting)
    batch.commit()
    done = dict(batch.take_done())
    assert done["m1"] is None and done["m3"] is None
    problem = done["m2"]
    assert isinstance(problem, PartialWriteError)
    assert problem.state == f"new: {tmp_path}/out/m2/agenda.md; as they were: {tmp_path}/out/m2/agenda.txt"
    assert sorted(os.listdir(tmp_path / "out" / "m2")) == ["agenda.md"]  # its temporary removed
    assert _tree(tmp_path / "out" / "m3") == {"agenda.md": b"m3 md", "agenda.txt": b"m3 txt"}


def test_a_full_batch_commits_before_taking_more_and_a_write_larger_than_it_is_written_alone(tmp_path, monkeypatch):
    calls = Recorder(monkeypatch)
    batch = SyncBatch(calls.syncfs, capacity=2)
    write_folder(tmp_path / "m1", _files("m1"), batch=batch, tag="m1")
    write_folder(tmp_path / "m2", _files("m2"), batch=batch, tag="m2")
    assert calls.events == [] and not batch.takes(1)
    write_folder(tmp_path / "m3", _files("m3"), batch=batch, tag="m3")  # commits m1 and m2 first
    assert calls.events.count("syncfs") == 2 and (tmp_path / "m2" / "agenda.txt").exists()
    assert [tag for tag, _problem in batch.take_done()] == ["m1", "m2"]
    # three folders never fit: committed what was there, then written alone, by fsync as ever
    calls.events.clear()
    write_folder(tmp_path / "m4", {"agenda.md": b"en", "fr/agenda.md": b"fr", "es/agenda.md": b"es"},
                 batch=batch, tag="m4")
    assert calls.events[:4] == ["syncfs", "rename agenda.md", "rename agenda.txt", "syncfs"]
    assert "fsync" in calls.events[4:] and "syncfs" not in calls.events[4:]
    assert batch.take_done() == [("m3", None), ("m4", None)]
    assert _tree(tmp_path / "m4") == {"agenda.md": b"en", "es/agenda.md": b"es", "fr/agenda.md": b"fr"}


def test_a_folder_that_cannot_be_opened_is_written_at_once_by_path_and_its_outcome_is_known(tmp_path, monkeypatch):
    calls = Recorder(monkeypatch)
    real_open = os.open

    def open_(path, flags, *args, **kwargs):
        if flags & os.O_DIRECTORY and str(path).endswith("m2"):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
        return real_open(path, flags, *args, **kwargs)

    (tmp_path / "m2").mkdir()
    monkeypatch.setattr(os, "open", open_)
    batch = SyncBatch(calls.syncfs, capacity=64)
    write_folder(tmp_path / "m1", _files("m1"), batch=batch, tag="m1")
    write_folder(tmp_path / "m2", _files("m2"), batch=batch, tag="m2")
    assert batch.take_done() == [("m2", None)] and _tree(tmp_path / "m2") == {"agenda.md": b"m2 md",
                                                                                  "agenda.txt": b"m2 txt"}
    batch.commit()
    assert batch.take_done() == [("m1", None)] and _tree(tmp_path / "m1") == {"agenda.md": b"m1 md",
                                                                                  "agenda.txt": b"m1 txt"}


def test_abandoning_a_batch_leaves_every_meeting_as_it_was_and_releases_its_locks(tmp_path, monkeypatch):
    calls = Recorder(monkeypatch)
    (tmp_path / "m1").mkdir()
    (tmp_path / "m1" / "agenda.md").write_bytes(b"old")
    batch = SyncBatch(calls.syncfs, capacity=64)
    write_folder(tmp_path / "m1", _files("m1"), batch=batch, tag="m1")
    write_folder(tmp_path / "m2", _files("m2"), batch=batch, tag="m2")
    batch.abandon()
    assert calls.events == [] and batch.take_done() == []
    assert sorted(os.listdir(tmp_path)) == ["m1"] and os.listdir(tmp_path / "m1") == ["agenda.md"]
    waited = []
    output.write_folder(tmp_path / "m1", {"agenda.md": b"new"}, on_wait=waited.append)
    assert waited == [] and (tmp_path / "m1" / "agenda.md").read_bytes() == b"new"


def test_a_batch_commits_what_it_holds_before_it_waits_for_another_writers_lock(tmp_path, monkeypatch):
    # Two builds whose batches each held a folder the other wants would wait for each other
    # for ever; a batch never holds its locks while it waits.
    calls = Recorder(monkeypatch)
    (tmp_path / "m2").mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from egmplan.output import folder_lock\n"
         "with folder_lock(Path(sys.argv[1])):\n    print('locked', flush=True); time.sleep(0.5)",
         str(tmp_path / "m2")], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline() == "locked\n"
    batch = SyncBatch(calls.syncfs, capacity=64)
    write_folder(tmp_path / "m1", _files("m1"), batch=batch, tag="m1")
    seen = []
    write_folder(tmp_path / "m2", _files("m2"), batch=batch, tag="m2",
                 on_wait=lambda folder: seen.append((folder, _tree(tmp_path / "m1"))))
    assert seen == [(tmp_path / "m2", {"agenda.md": b"m1 md", "agenda.txt": b"m1 txt"})]  # m1 committed first
    assert holder.wait() == 0
    batch.commit()
    assert batch.take_done() == [("m1", None), ("m2", None)]
    assert _tree(tmp_path / "m2") == {"agenda.md": b"m2 md", "agenda.txt": b"m2 txt"}


def test_a_batch_is_made_only_where_syncfs_exists_and_enough_files_may_be_open(monkeypatch):
    if sys.platform.startswith("linux"):
        batch = SyncBatch.for_build()
        assert batch is not None and 8 <= batch.capacity <= output._MAX_HELD
    monkeypatch.setattr(output, "_syncfs_function", lambda: None)
    assert SyncBatch.for_build() is None
    monkeypatch.setattr(output, "_syncfs_function", lambda: (lambda descriptor: None))
    monkeypatch.setattr(output, "_open_files_allowed", lambda: 15)
    assert SyncBatch.for_build() is None  # fewer than 8 folders could be held
    monkeypatch.setattr(output, "_open_files_allowed", lambda: 100)
    assert SyncBatch.for_build().capacity == 50


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="syncfs(2) is Linux's")
def test_the_c_librarys_syncfs_is_called_and_its_failure_is_an_oserror(tmp_path):
    syncfs = output._syncfs_function()
    descriptor = os.open(tmp_path, os.O_RDONLY)
    try:
        syncfs(descriptor)
    finally:
        os.close(descriptor)
    with pytest.raises(OSError) as raised:
        syncfs(descriptor)  # closed
    assert raised.value.errno == errno.EBADF and raised.value.strerror == "Bad file descriptor"


# --- agenda build ---------------------------------------------------------------------------------

@pytest.fixture
def meetings(tmp_path, monkeypatch):
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "4", str(tmp_path / "m")],
                   check=True, stdout=subprocess.DEVNULL)
    monkeypatch.setenv("EGMPLAN_MEETINGS", str(tmp_path / "m"))
    monkeypatch.setenv("EGMPLAN_NO_CACHE", "1")
    monkeypatch.chdir(tmp_path)
    return sorted(p.stem for p in (tmp_path / "m").glob("*.yaml"))


def _build(*options):
    return CliRunner().invoke(app, ["agenda", "build", "-f", "md", "-f", "txt", *options])


def test_a_batched_build_writes_and_says_exactly_what_a_build_one_by_one_does(meetings, monkeypatch, tmp_path):
    one_by_one = _build("-v", "-o", "one")
    monkeypatch.setattr(agenda_cli, "BATCH_FROM", 2)
    flushes = []
    monkeypatch.setattr(output, "_syncfs_function", lambda: flushes.append)
    batched = _build("-v", "-o", "batched")
    assert batched.exit_code == one_by_one.exit_code == 0
    # the same lines; a meeting's "written" lines come once its batch is committed, after the
    # warnings of the meetings built meanwhile
    lines = batched.output.replace("batched/", "one/").splitlines()
    expected = one_by_one.output.splitlines()
    assert [line for line in lines if "warning" in line] == [line for line in expected if "warning" in line]
    assert [line for line in lines if "warning" not in line] == [line for line in expected if "warning" not in line]
    assert _tree(tmp_path / "batched") == _tree(tmp_path / "one") and len(_tree(tmp_path / "one")) == 8
    assert len(flushes) == 2  # four meetings, one batch: flushed before and after the renames


def test_a_batched_build_whose_flush_fails_says_so_for_each_meeting_and_exits_1(meetings, monkeypatch):
    monkeypatch.setattr(agenda_cli, "BATCH_FROM", 2)

    def failing(descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output, "_syncfs_function", lambda: failing)
    result = _build("-q", "-o", "out")
    assert result.exit_code == 1
    expected = []
    for meeting in meetings:
        expected += [f"egmplan: error: cannot write out/{meeting}/agenda.md: No space left on device",
                     f"egmplan: {meeting}: not built; earlier outputs are left as they were"]
    assert result.output.splitlines() == expected + [
        f"FAILED: built 0 meetings, 0 files; 4 not built: {', '.join(f'm/{m}.yaml' for m in meetings)}"]
    assert not Path("out").exists() or list(Path("out").iterdir()) == []


def test_ctrl_c_in_a_batched_build_keeps_the_meetings_staged_so_far(meetings, monkeypatch):
    from egmplan.app import build

    monkeypatch.setattr(agenda_cli, "BATCH_FROM", 2)
    monkeypatch.setattr(agenda_cli, "BATCH_SECONDS", 3600.0)
    real_write, calls = build.write_meeting, []

    def write_meeting(*args, **kwargs):
        calls.append(args[0])
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real_write(*args, **kwargs)

    monkeypatch.setattr(build, "write_meeting", write_meeting)
    result = _build("-q", "-o", "out")
    assert result.exit_code == 130
    assert result.output == "egmplan: interrupted: 2 of 4 meetings written; the others were left as they were\n"
    assert sorted(os.listdir("out")) == meetings[:2]
    assert all(sorted(os.listdir(Path("out") / m)) == ["agenda.md", "agenda.txt"] for m in meetings[:2])


def test_a_long_build_commits_its_batch_every_batch_seconds(meetings, monkeypatch):
    monkeypatch.setattr(agenda_cli, "BATCH_FROM", 2)
    monkeypatch.setattr(agenda_cli, "BATCH_SECONDS", 0.0)  # every meeting its own commit
    flushes = []
    monkeypatch.setattr(output, "_syncfs_function", lambda: flushes.append)
    result = _build("-q", "-o", "out")
    assert result.exit_code == 0 and len(flushes) == 2 * len(meetings)


def test_sigkill_during_batched_builds_leaves_every_file_old_or_new(tmp_path):
    # The generated meetings, enough for batches (BATCH_FROM), old then relabelled.
    count = agenda_cli.BATCH_FROM * 3
    old_meetings, new_meetings = tmp_path / "old", tmp_path / "new"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(count), str(old_meetings)],
                   check=True, stdout=subprocess.DEVNULL)
    new_meetings.mkdir()
    for path in old_meetings.glob("*.yaml"):
        (new_meetings / path.name).write_text(path.read_text(encoding="utf-8").replace(
            "Agenda item 1 of", "Agenda item 1 (new) of"), encoding="utf-8")
    env = {**os.environ, "PYTHONHASHSEED": "0", "EGMPLAN_NO_CACHE": "1"}

    def build(meetings: Path, out: Path) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "egmplan", "agenda", "build", "-q", "-o", str(out),
                                 "-f", "md,html,txt,json"], env={**env, "EGMPLAN_MEETINGS": str(meetings)},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    assert build(old_meetings, tmp_path / "old-out").wait() == 0
    started = time.monotonic()
    assert build(new_meetings, tmp_path / "new-out").wait() == 0
    duration = time.monotonic() - started
    old, new = _tree(tmp_path / "old-out"), _tree(tmp_path / "new-out")
    assert set(old) == set(new) and len(old) == 4 * count
    import random
    import shutil

    target = tmp_path / "out"
    shutil.copytree(tmp_path / "old-out", target)
    rng = random.Random(20261201)
    outcomes = set()
    for _ in range(12):
        process = build(new_meetings, target)
        time.sleep(rng.uniform(0, duration))
        process.kill()
        process.wait()
        now = {name: data for name, data in _tree(target).items() if not Path(name).name.startswith(".")}
        assert set(now) == set(old)
        for name, data in now.items():
            assert data in (old[name], new[name]), f"{name} is neither the old nor the new file"
            outcomes.add("new" if data == new[name] and data != old[name] else "old")
    assert "old" in outcomes
    assert build(new_meetings, target).wait() == 0
    assert _tree(target) == new  # and no temporary left behind


def test_three_concurrent_batched_builds_of_the_same_outputs_all_succeed_and_never_mix_a_meeting(tmp_path):
    # Each holds a batch of locked folders while it builds the next meetings; none waits for
    # another while holding its own (a batch commits first), so all three end.
    count = agenda_cli.BATCH_FROM * 2
    generated = tmp_path / "generated"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(count), str(generated)],
                   check=True, stdout=subprocess.DEVNULL)
    labels = ["A", "B", "C"]
    for label in labels:
        (tmp_path / label).mkdir()
        for path in generated.glob("*.yaml"):
            (tmp_path / label / path.name).write_text(path.read_text(encoding="utf-8").replace(
                "Agenda item 1 of", f"Agenda item 1 ({label}) of"), encoding="utf-8")
    target = tmp_path / "out"

    def build(label: str) -> subprocess.Popen:
        env = {**os.environ, "EGMPLAN_MEETINGS": str(tmp_path / label), "EGMPLAN_NO_CACHE": "1"}
        return subprocess.Popen([sys.executable, "-m", "egmplan", "agenda", "build", "-q", "-o", str(target),
                                 "-f", "md,txt"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    for _ in range(3):
        builds = [build(label) for label in labels]
        assert [(b.wait(timeout=120), b.stderr.read()) for b in builds] == [(0, b"")] * 3
        files = _tree(target)
        assert len(files) == 2 * count  # and no temporary left behind
        for meeting in {name.split("/")[0] for name in files}:
            built_by = {label for label in labels for name, data in files.items()
                        if name.startswith(meeting + "/") and f"Agenda item 1 ({label}) of".encode() in data}
            assert len(built_by) == 1, meeting  # both files of a meeting from one build
