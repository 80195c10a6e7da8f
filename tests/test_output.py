"""Atomic writes and the build timestamp."""

import os
from datetime import datetime, timezone

from egmplan.output import build_timestamp, write_atomic


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


def test_write_atomic_keeps_the_mode_of_the_file_it_replaces(tmp_path):
    target = tmp_path / "a.txt"
    target.write_bytes(b"x")
    target.chmod(0o600)
    write_atomic(target, b"y")
    assert target.stat().st_mode & 0o777 == 0o600


def test_build_timestamp_prefers_source_date_epoch():
    fallback = datetime(2021, 2, 22, tzinfo=timezone.utc)
    assert build_timestamp("1617696000", fallback) == datetime(2021, 4, 6, 8, 0, tzinfo=timezone.utc)
    assert build_timestamp(None, fallback) == fallback
    assert build_timestamp("not-a-number", None) == datetime(1970, 1, 1, tzinfo=timezone.utc)


def test_stale_temporaries_of_the_outputs_are_removed_and_nothing_else(tmp_path):
    from egmplan.output import remove_stale_temporaries

    for name in (".agenda.md.ab12cd.tmp", ".agenda.html.x.tmp", ".notes.txt.y.tmp", "agenda.md", ".keep"):
        (tmp_path / name).write_bytes(b"x")
    remove_stale_temporaries(tmp_path, ["agenda.md", "agenda.html"])
    assert sorted(p.name for p in tmp_path.iterdir()) == [".keep", ".notes.txt.y.tmp", "agenda.md"]
