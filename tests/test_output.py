"""Writing outputs: all or none, never through a FIFO or device, locked, and the build timestamp."""

import errno
import fcntl
import os
import re
import signal
import stat
import subprocess
import sys
import time
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from egmplan import output
from egmplan.errors import OutputError, PartialWriteError, SourceDateEpochError
from egmplan.output import build_timestamp, read_existing, remove_stale_temporaries, write_atomic, write_files


def _tree(folder: Path) -> dict[str, bytes | str]:
    """Every entry under ``folder``: a file's bytes, or what else it is."""
    state = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            state[name] = f"link to {os.readlink(path)}"
        elif path.is_dir():
            state[name] = "folder"
        elif path.is_fifo():
            state[name] = "fifo"
        else:
            state[name] = path.read_bytes()
    return state


def test_write_atomic_replaces_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "out" / "agenda.md"
    write_atomic(target, b"old")
    write_atomic(target, b"new")
    assert (target.read_bytes(), sorted(p.name for p in target.parent.iterdir())) == (b"new", ["agenda.md"])


def test_write_atomic_gives_the_mode_a_plain_open_would(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "a.txt", b"x")
    finally:
        os.umask(old)
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664), (0o000, 0o666)])
def test_a_new_file_gets_0o666_less_the_umask_of_the_moment(tmp_path, umask, mode):
    # The umask is the kernel's to apply (given to open()), so it is never one read earlier.
    old = os.umask(umask)
    try:
        write_files({tmp_path / "out" / "a.txt": b"x", tmp_path / "out" / "b.txt": b"y"})
    finally:
        os.umask(old)
    assert [(tmp_path / "out" / n).stat().st_mode & 0o7777 for n in ("a.txt", "b.txt")] == [mode, mode]


def test_write_atomic_keeps_the_mode_of_the_file_it_replaces(tmp_path):
    target = tmp_path / "a.txt"
    target.write_bytes(b"x")
    target.chmod(0o600)
    write_atomic(target, b"y")
    assert target.stat().st_mode & 0o777 == 0o600


def test_the_mode_kept_is_the_old_files_whatever_the_umask(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"x")
    (tmp_path / "a.txt").chmod(0o664)
    pointed = tmp_path / "elsewhere.txt"
    pointed.write_bytes(b"keep")
    pointed.chmod(0o640)
    (tmp_path / "b.txt").symlink_to(pointed)  # replaced by a file with the mode of the one it pointed to
    old = os.umask(0o077)
    try:
        write_files({tmp_path / "a.txt": b"new a", tmp_path / "b.txt": b"new b"})
    finally:
        os.umask(old)
    assert [(tmp_path / n).lstat().st_mode for n in ("a.txt", "b.txt")] == [stat.S_IFREG | 0o664, stat.S_IFREG | 0o640]
    assert pointed.read_bytes() == b"keep"


def test_a_temporary_name_already_taken_is_never_opened_and_another_is_tried(tmp_path, monkeypatch):
    folder = tmp_path / "out"
    folder.mkdir()
    taken = folder / f".a.txt.{os.getpid()}-00000000.tmp"
    taken.symlink_to(tmp_path / "victim")  # a link there is not followed either
    (tmp_path / "victim").write_bytes(b"keep")
    draws = iter(["00000000", "00000000", "00000001"])
    monkeypatch.setattr(output, "_next_suffix", lambda: next(draws))
    write_files({folder / "a.txt": b"new"})
    assert (folder / "a.txt").read_bytes() == b"new"
    assert (tmp_path / "victim").read_bytes() == b"keep" and taken.is_symlink()
    assert next(draws, "all drawn") == "all drawn"  # two names taken, the third free


def test_temporaries_of_one_process_never_share_a_name_and_draw_no_random_bytes_each(monkeypatch):
    first = output._next_suffix()
    monkeypatch.setattr(os, "urandom", lambda size: pytest.fail("a random draw for each temporary"))
    names = [first] + [output._next_suffix() for _ in range(1000)]
    assert len(set(names)) == len(names) and all(re.fullmatch(r"[0-9a-f]+", n) for n in names)


def test_a_temporary_left_by_a_killed_writer_is_removed_by_the_next_write(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    descriptor, leftover = output._create_temporary(f"{folder}/.agenda.md.{_finished_process_id()}-", 0o666)
    os.close(descriptor)  # named as a writer names it; that writer is gone
    write_files({folder / "agenda.md": b"new"})
    assert _tree(folder) == {"agenda.md": b"new"}


# --- all or none ---------------------------------------------------------------------------------

@pytest.fixture
def three(tmp_path):
    """Three old outputs in one folder."""
    folder = tmp_path / "out"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_bytes(b"old " + name.encode())
    return folder


def _new(folder):
    return {folder / name: b"new " + name.encode() for name in ("a.txt", "b.txt", "c.txt")}


def test_disk_full_while_staging_replaces_nothing(three, monkeypatch):
    real_fsync, calls = os.fsync, []

    def fsync(descriptor):
        calls.append(descriptor)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(OutputError) as caught:
        write_files(_new(three))
    assert str(caught.value) == f"cannot write {three}/b.txt: No space left on device"
    assert not isinstance(caught.value, PartialWriteError)
    assert _tree(three) == {"a.txt": b"old a.txt", "b.txt": b"old b.txt", "c.txt": b"old c.txt"}


def test_every_folder_made_for_the_files_is_synced_in_the_folder_holding_it(tmp_path, monkeypatch):
    synced = []
    monkeypatch.setattr(output, "_sync_folder", lambda folder, descriptor=None: synced.append(folder))
    write_files({tmp_path / "build" / "meeting" / "fr" / "a.txt": b"a", tmp_path / "build" / "meeting" / "b.txt": b"b"})
    build = tmp_path / "build"
    # the written folders (deepest first), then each new folder's entry in the folder holding it
    assert synced == [build / "meeting", build / "meeting" / "fr", build, tmp_path]


def test_the_folders_holding_new_folders_can_be_left_to_the_caller_to_sync_once(tmp_path, monkeypatch):
    synced = []
    monkeypatch.setattr(output, "_sync_folder", lambda folder, descriptor=None: synced.append(folder))
    later = output.FolderSyncs()
    build = tmp_path / "build"
    for meeting in ("one", "two"):
        write_files({build / meeting / "fr" / "a.txt": b"a", build / meeting / "b.txt": b"b"}, folder_syncs=later)
    # each call syncs the folders it wrote; build/ (and tmp_path, where build/ was made) wait
    assert synced == [build / "one", build / "one" / "fr", build / "two", build / "two" / "fr"]
    later.sync()
    assert synced[4:] == [build, tmp_path] and later.folders == set()


def test_every_file_is_staged_before_the_first_is_replaced(three, monkeypatch):
    real_replace, seen = os.replace, []

    def replace(source, target, **at):
        seen.append(sorted(p.name for p in three.iterdir()))
        real_replace(source, target, **at)

    monkeypatch.setattr(os, "replace", replace)
    write_files(_new(three))
    assert len(seen[0]) == 6  # three outputs and three staged temporaries, before any rename
    assert _tree(three) == {"a.txt": b"new a.txt", "b.txt": b"new b.txt", "c.txt": b"new c.txt"}


def test_a_rename_that_fails_part_way_says_which_files_are_new(three, monkeypatch):
    real_replace = os.replace

    def replace(source, target, **at):
        if str(target).endswith("b.txt"):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_replace(source, target, **at)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(PartialWriteError) as caught:
        write_files(_new(three))
    assert str(caught.value) == f"cannot write {three}/b.txt: Input/output error"
    assert caught.value.state == f"new: {three}/a.txt; as they were: {three}/b.txt, {three}/c.txt"
    assert _tree(three) == {"a.txt": b"new a.txt", "b.txt": b"old b.txt", "c.txt": b"old c.txt"}


def test_every_file_is_written_then_synced_before_the_first_rename_and_the_folder_once_after(three, monkeypatch):
    # The flushes follow all the writes (the first flush then carries the others' data with it).
    events = []
    real_fsync, real_replace, real_write = os.fsync, os.replace, os.write
    monkeypatch.setattr(os, "write", lambda descriptor, data: (events.append("write"), real_write(descriptor, data))[1])

    def fsync(descriptor):
        events.append("folder" if stat.S_ISDIR(os.fstat(descriptor).st_mode) else "file")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", lambda s, t, **at: (events.append("rename"), real_replace(s, t, **at)))
    write_files(_new(three))
    assert events == ["write"] * 3 + ["file"] * 3 + ["rename"] * 3 + ["folder"]
    assert _tree(three) == {"a.txt": b"new a.txt", "b.txt": b"new b.txt", "c.txt": b"new c.txt"}


def test_signals_held_by_nested_blocks_arrive_when_the_outer_block_ends():
    received = []
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: received.append(signum))
    try:
        with output.signals_deferred():
            with output.signals_deferred():
                signal.raise_signal(signal.SIGTERM)
            assert received == []  # the inner block's end does not let it through
        assert received == [signal.SIGTERM]
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_under_a_gate_a_signal_is_held_inside_a_deferred_block_and_passes_at_once_outside():
    received = []
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: received.append(signum))
    try:
        with output.signals_gated():
            signal.raise_signal(signal.SIGTERM)
            assert received == [signal.SIGTERM]  # outside a block: at once, to the handler before the gate
            with output.signals_deferred():
                signal.raise_signal(signal.SIGTERM)
                signal.raise_signal(signal.SIGTERM)
                assert received == [signal.SIGTERM]
            assert received == [signal.SIGTERM] * 2  # as the block ends, once
            with pytest.raises(KeyboardInterrupt):
                with output.signals_deferred():
                    signal.raise_signal(signal.SIGINT)
                    received.append("block done")
            assert received == [signal.SIGTERM] * 2 + ["block done"]
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the handlers before it, back
        assert signal.getsignal(signal.SIGTERM) is not previous and received == [signal.SIGTERM] * 2 + ["block done"]
        signal.raise_signal(signal.SIGTERM)
        assert received[-1] == signal.SIGTERM
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_under_a_gate_a_deferred_block_installs_no_handler(monkeypatch):
    with output.signals_gated():
        monkeypatch.setattr(signal, "signal", lambda *args: pytest.fail("a handler installed for one block"))
        for _ in range(3):
            with output.signals_deferred():
                pass
        monkeypatch.undo()


@pytest.mark.parametrize("held", [False, True])
def test_under_a_gate_sigterm_still_ends_the_process_as_its_default_does(held):
    # SIGTERM's default handler is the system's (SIG_DFL), which the gate cannot call: it is put
    # back and the signal raised again.
    code = ("import signal, sys\nfrom egmplan import output\nwith output.signals_gated():\n"
            + ("    with output.signals_deferred():\n        signal.raise_signal(signal.SIGTERM)\n"
               "        print('block done', flush=True)\n" if held else
               "    signal.raise_signal(signal.SIGTERM)\n")
            + "    print('survived', flush=True)\n")
    process = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (process.returncode, process.stdout) == (-signal.SIGTERM, "block done\n" if held else "")


def test_files_are_replaced_in_the_order_given(three, monkeypatch):
    real_replace, order = os.replace, []
    monkeypatch.setattr(os, "replace", lambda s, t, **at: (order.append(Path(t).name), real_replace(s, t, **at)))
    write_files({three / "c.txt": b"1", three / "a.txt": b"2"})
    assert order == ["c.txt", "a.txt"]


# --- targets that cannot take a file -------------------------------------------------------------

def test_targets_that_cannot_take_a_file_are_refused_before_anything_is_written(tmp_path):
    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "file").write_bytes(b"x")
    (tmp_path / "device").symlink_to("/dev/full")
    (tmp_path / "ok.txt").write_bytes(b"old")
    cases = {
        tmp_path / "folder": "it is a folder, not a file",
        tmp_path / "fifo": "it is a FIFO, not a regular file",
        tmp_path / "file" / "x.txt": f"{tmp_path}/file is a file, not a folder",
        tmp_path / "file" / "deeper" / "x.txt": f"{tmp_path}/file is a file, not a folder",
    }
    before = _tree(tmp_path)
    for target, reason in cases.items():
        with pytest.raises(OutputError) as caught:
            write_files({tmp_path / "ok.txt": b"new", target: b"data"})
        assert str(caught.value) == f"cannot write {target}: {reason}"
    with pytest.raises(OutputError) as caught:
        write_files({output.resolve_link(tmp_path / "device"): b"data"})
    assert str(caught.value) == "cannot write /dev/full: it is a character device, not a regular file"
    assert _tree(tmp_path) == before
    assert Path("/dev/full").is_char_device()


def test_folders_made_before_another_cannot_be_are_removed_again(tmp_path):
    (tmp_path / "b").symlink_to(tmp_path / "gone")
    with pytest.raises(OutputError) as caught:
        write_files({tmp_path / "a" / "new" / "x.txt": b"x", tmp_path / "b" / "y.txt": b"y"})
    assert str(caught.value) == f"cannot write {tmp_path}/b/y.txt: {tmp_path}/b is a link to {tmp_path}/gone, which does not exist"
    assert _tree(tmp_path) == {"b": f"link to {tmp_path}/gone"}


def test_a_folder_that_cannot_be_opened_is_written_by_path(three, monkeypatch):
    # As root every folder can be read; one that cannot (mode 0o300) is simulated. Its files
    # are then reached by their paths, all or none as ever, and the folder is not locked.
    real_open = os.open

    def open_(path, flags, *args, **kwargs):
        if flags & os.O_DIRECTORY:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", open_)
    (three / "b.txt").chmod(0o640)
    write_files(_new(three))
    assert _tree(three) == {"a.txt": b"new a.txt", "b.txt": b"new b.txt", "c.txt": b"new c.txt"}
    assert (three / "b.txt").stat().st_mode & 0o777 == 0o640


def test_write_folder_names_files_in_the_folder_and_its_subfolders(tmp_path, monkeypatch):
    synced = []
    monkeypatch.setattr(output, "_sync_folder", lambda folder, descriptor=None: synced.append(folder))
    later = output.FolderSyncs()
    meeting = tmp_path / "out" / "m"
    output.write_folder(meeting, {"agenda.md": b"en", "fr/agenda.md": b"fr"}, folder_syncs=later)
    assert _tree(tmp_path / "out") == {"m": "folder", "m/agenda.md": b"en", "m/fr": "folder", "m/fr/agenda.md": b"fr"}
    assert synced == [meeting, meeting / "fr"] and later.folders == {tmp_path / "out", tmp_path}
    (meeting / "fr" / "agenda.md").unlink()
    (meeting / "fr" / "agenda.md").mkdir()
    with pytest.raises(OutputError) as caught:
        output.write_folder(meeting, {"agenda.md": b"new", "fr/agenda.md": b"new"})
    assert str(caught.value) == f"cannot write {meeting}/fr/agenda.md: it is a folder, not a file"
    assert (meeting / "agenda.md").read_bytes() == b"en"


def test_an_output_folder_that_is_a_link_to_nothing_is_named_as_such(tmp_path):
    (tmp_path / "out").symlink_to(tmp_path / "gone")
    for target in (tmp_path / "out" / "x.txt", tmp_path / "out" / "meeting" / "x.txt"):
        with pytest.raises(OutputError) as caught:
            write_files({target: b"data"})
        assert str(caught.value) == f"cannot write {target}: {tmp_path}/out is a link to {tmp_path}/gone, which does not exist"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_link_at_a_target_is_replaced_never_written_through(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"keep")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "agenda.md").symlink_to(outside)
    write_files({tmp_path / "out" / "agenda.md": b"new"})
    assert (outside.read_bytes(), _tree(tmp_path / "out")) == (b"keep", {"agenda.md": b"new"})


def test_resolve_link_gives_the_file_a_link_points_to(tmp_path):
    (tmp_path / "real.yaml").write_bytes(b"x")
    (tmp_path / "link.yaml").symlink_to("real.yaml")
    assert output.resolve_link(tmp_path / "link.yaml") == tmp_path / "real.yaml"
    assert output.resolve_link(tmp_path / "real.yaml") == tmp_path / "real.yaml"


def test_read_existing_reads_regular_files_only_and_never_blocks(tmp_path):
    (tmp_path / "folder").mkdir()
    os.mkfifo(tmp_path / "fifo")  # opening it for reading the usual way would wait forever
    (tmp_path / "file").write_bytes(b"old")
    assert read_existing(tmp_path / "file") == b"old"
    assert read_existing(tmp_path / "absent") is None
    for name, reason in (("folder", "it is a folder, not a file"), ("fifo", "it is a FIFO, not a regular file"),
                         ("file/x", f"{tmp_path}/file is a file, not a folder")):
        with pytest.raises(OutputError) as caught:
            read_existing(tmp_path / name)
        assert str(caught.value) == f"cannot check {tmp_path / name}: {reason}"


# --- temporaries and locks -----------------------------------------------------------------------

def _finished_process_id() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_only_temporaries_whose_writer_is_gone_are_removed(tmp_path):
    gone = _finished_process_id()
    names = {
        f".agenda.md.{gone}-ab12cd.tmp": "removed: its writer is gone",
        ".agenda.md.x1y2.tmp": "removed: an older egmplan's, unlocked",
        f".agenda.md.{os.getpid()}-ab12cd.tmp": "kept: its writer runs",
        ".agenda.html.locked.tmp": "kept: locked by its writer",
        ".notes.txt.y.tmp": "kept: not an output",
        "agenda.md": "kept: the output",
        ".keep": "kept",
    }
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    with open(tmp_path / ".agenda.html.locked.tmp", "rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        removed = remove_stale_temporaries(tmp_path, ["agenda.md", "agenda.html"])
    assert sorted(p.name for p in removed) == sorted(n for n, why in names.items() if why.startswith("removed"))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(n for n, why in names.items()
                                                                  if why.startswith("kept"))


def test_a_second_writer_of_the_same_folder_waits_for_the_first(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from egmplan.output import folder_lock\n"
         "with folder_lock(Path(sys.argv[1])):\n    print('locked', flush=True); time.sleep(1.0)",
         str(folder)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline() == "locked\n"
    waited = []
    started = time.monotonic()
    write_files({folder / "a.txt": b"new"}, on_wait=waited.append)
    assert waited == [folder] and time.monotonic() - started > 0.3
    assert holder.wait() == 0 and _tree(folder) == {"a.txt": b"new"}


# --- SOURCE_DATE_EPOCH ---------------------------------------------------------------------------

def test_build_timestamp_prefers_source_date_epoch():
    issued = date(2021, 2, 22)
    midnight = datetime(2021, 2, 22, tzinfo=timezone.utc)
    assert build_timestamp("1617696000", issued) == datetime(2021, 4, 6, 8, 0, tzinfo=timezone.utc)
    assert build_timestamp(None, issued) == midnight  # midnight UTC of the date of issue
    assert build_timestamp("", issued) == midnight  # set but empty counts as unset
    assert build_timestamp(None, None) == datetime(1970, 1, 1, tzinfo=timezone.utc)
    assert build_timestamp("0", issued) == datetime(1970, 1, 1, tzinfo=timezone.utc)
    assert build_timestamp("253402300799", None) == datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone.utc)


NOT_A_TIMESTAMP = ("is not a timestamp: expected a whole number of seconds since 1970-01-01 00:00:00 UTC, "
                   "such as the output of 'date +%s'")
OUT_OF_RANGE = "is out of range: expected at most 253402300799 (9999-12-31 23:59:59 UTC)"


@pytest.mark.parametrize("value, message", [
    ("-1", f"'-1' {NOT_A_TIMESTAMP}"),
    ("1e9", f"'1e9' {NOT_A_TIMESTAMP}"),
    ("abc", f"'abc' {NOT_A_TIMESTAMP}"),
    ("not-a-number", f"'not-a-number' {NOT_A_TIMESTAMP}"),
    ("1617696000.5", f"'1617696000.5' {NOT_A_TIMESTAMP}"),
    (" 1617696000", f"' 1617696000' {NOT_A_TIMESTAMP}"),
    ("١٦١٧٦٩٦٠٠٠", f"'١٦١٧٦٩٦٠٠٠' {NOT_A_TIMESTAMP}"),  # digits, but not ASCII ones
    ("1\x1b[2J", f"'1\\x1b[2J' {NOT_A_TIMESTAMP}"),
    ("253402300800", f"'253402300800' {OUT_OF_RANGE}"),
    ("9" * 5000, f"'{'9' * 40}...' {OUT_OF_RANGE}"),
])
def test_a_malformed_source_date_epoch_is_refused(value, message):
    with pytest.raises(SourceDateEpochError) as caught:
        build_timestamp(value, None)
    assert str(caught.value) == f"SOURCE_DATE_EPOCH={message}"
