"""The cache of checked meetings (egmplan.app.meeting_cache): a cached run prints what an
uncached one prints, byte for byte; the cache lives in the user's cache folder, private, and
is ignored whenever it could be someone else's, another version's or damaged."""

import os
import pickle
from pathlib import Path

import pytest
from typer.testing import CliRunner

import egmplan
from egmplan.app import meeting_cache
from egmplan.cli.main import app

from bundled import STANDALONE, copy_meeting

ROOT = Path(__file__).resolve().parent.parent
# The seventh meeting in meetings/ reads its series file ({history}) and is never cached
# (test_history); these commands take meetings that stand alone, the seventh as the example.
COMMANDS = [
    ["validate", "meetings/egm-cybercrime-2020.yaml"],
    ["validate", "tests/corpus/empty.yaml"],
    ["schedule", "-m", "example", "--tz", "Bangkok"],
    ["orgwork", "-m", "egm-cybercrime-2017"],
    ["agenda", "build", "meetings/egm-cybercrime-2020.yaml", "-f", "txt", "-o", "-", "-q"],
]


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv("EGMPLAN_NO_CACHE", raising=False)
    yield home
    meeting_cache.use(None)


@pytest.fixture
def loads(monkeypatch):
    """How many times the loader read a meeting file."""
    from egmplan.loader import load

    count = []
    original = load.load_meeting_bytes

    def counting(*args, **kwargs):
        count.append(args[1])
        return original(*args, **kwargs)

    monkeypatch.setattr(load, "load_meeting_bytes", counting)
    return count


def _run(*args, env=None):
    result = CliRunner().invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def _entries(home: Path) -> list[Path]:
    folder = home / "egmplan" / "meetings"
    return sorted(folder.iterdir()) if folder.exists() else []


@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c[:2]) for c in COMMANDS])
def test_a_cached_run_prints_what_an_uncached_run_prints(cache_home, loads, command):
    uncached = _run("--no-cache", *command)
    assert _entries(cache_home) == []
    first = _run(*command)
    stored = len(loads)
    cached = _run(*command)
    assert len(loads) == stored  # the second run read the entry, not the file
    assert _entries(cache_home)
    assert first == uncached
    assert cached == uncached


def test_the_folder_is_created_private(cache_home):
    _run(*COMMANDS[0])
    assert oct((cache_home / "egmplan").stat().st_mode & 0o777) == "0o700"
    assert oct((cache_home / "egmplan" / "meetings").stat().st_mode & 0o777) == "0o700"
    [entry] = _entries(cache_home)
    assert oct(entry.stat().st_mode & 0o777) == "0o600"


def test_without_xdg_cache_home_the_cache_is_in_home(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert meeting_cache.cache_folder({}, tmp_path) == tmp_path / ".cache" / "egmplan" / "meetings"
    assert meeting_cache.cache_folder({"XDG_CACHE_HOME": "relative"}, tmp_path) == tmp_path / ".cache" / "egmplan" / "meetings"
    assert meeting_cache.cache_folder({"XDG_CACHE_HOME": "/x"}, tmp_path) == Path("/x/egmplan/meetings")
    assert meeting_cache.cache_folder({}, None) is None


def test_no_cache_option_and_environment_variable_turn_it_off(cache_home, loads):
    _run("--no-cache", *COMMANDS[0])
    _run("--no-cache", *COMMANDS[0])
    _run(*COMMANDS[0], env={"EGMPLAN_NO_CACHE": "1"})
    assert len(loads) == 3
    assert not (cache_home / "egmplan").exists()


def test_a_folder_others_can_enter_is_not_used(cache_home, loads):
    folder = cache_home / "egmplan" / "meetings"
    folder.mkdir(parents=True)
    folder.chmod(0o755)
    _run(*COMMANDS[0])
    _run(*COMMANDS[0])
    assert len(loads) == 2 and _entries(cache_home) == []


def test_a_folder_of_another_user_is_not_used(cache_home, loads, monkeypatch):
    _run(*COMMANDS[0])
    monkeypatch.setattr(os, "getuid", lambda: os.stat(cache_home).st_uid + 1)  # as another user
    _run(*COMMANDS[0])
    assert len(loads) == 2


def test_an_entry_others_can_read_is_a_miss(cache_home, loads):
    _run(*COMMANDS[0])
    [entry] = _entries(cache_home)
    entry.chmod(0o644)
    assert _run(*COMMANDS[0]) == _run("--no-cache", *COMMANDS[0])
    assert len(loads) == 3


def test_an_entry_of_another_version_is_a_miss(cache_home, loads, monkeypatch):
    import tzdata

    _run(*COMMANDS[0])
    monkeypatch.setattr(egmplan, "__version__", "9.9.9")
    _run(*COMMANDS[0])
    monkeypatch.setattr(tzdata, "IANA_VERSION", "1999a")
    _run(*COMMANDS[0])
    assert len(loads) == 3
    assert len(_entries(cache_home)) == 3


def test_an_edited_file_is_a_miss(cache_home, loads, tmp_path):
    meeting = copy_meeting(tmp_path, "m.yaml", source=STANDALONE)
    text = meeting.read_text(encoding="utf-8")
    before = _run("validate", str(meeting))
    meeting.write_text(text.replace("venue: Vienna", "venue: Vienna\nvenue: Vienna", 1), encoding="utf-8")
    after = _run("validate", str(meeting))
    assert after == _run("--no-cache", "validate", str(meeting)) != before
    assert len(loads) == 3


@pytest.mark.parametrize("damage", [
    lambda data: data[:-20],                           # truncated
    lambda data: data[:len(data) // 2] + b"\xff" * 40,  # garbage
    lambda data: b"",                                  # empty
    lambda data: b"not an entry at all",               # no key
])
def test_a_corrupt_entry_is_a_miss_not_an_error(cache_home, loads, damage):
    expected = _run("--no-cache", *COMMANDS[2])
    _run(*COMMANDS[2])
    [entry] = _entries(cache_home)
    entry.write_bytes(damage(entry.read_bytes()))
    assert _run(*COMMANDS[2]) == expected
    assert len(loads) == 3


class _Boom:
    def __reduce__(self):
        return (os.system, ("echo owned > /dev/null",))


def test_an_entry_that_would_run_code_is_refused(cache_home, loads, monkeypatch):
    _run(*COMMANDS[0])
    [entry] = _entries(cache_home)
    data = entry.read_bytes()
    key = data[:data.index(b"\x80\x05")]
    entry.write_bytes(key + pickle.dumps(_Boom(), protocol=5))
    ran = []
    monkeypatch.setattr(os, "system", lambda command: ran.append(command))
    assert _run(*COMMANDS[0]) == _run("--no-cache", *COMMANDS[0])
    assert ran == [] and len(loads) == 3


def test_a_cached_run_imports_no_loader(cache_home):
    import subprocess
    import sys

    code = ("import sys; from egmplan.cli.main import run\n"
            "sys.argv = ['egmplan', 'validate', 'meetings/egm-cybercrime-2020.yaml']\n"
            "try:\n    run()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith(('egmplan.loader.load', 'yaml', "
            "'egmplan.planning'))), file=sys.stderr)")
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
            for _ in range(2)]
    assert runs[0].stderr.splitlines()[-1] != "[]"
    assert runs[1].stderr.splitlines()[-1] == "[]"
    assert runs[0].stdout == runs[1].stdout


def test_the_cache_reads_at_most_what_the_loader_accepts():
    from egmplan.loader.yamltree import MAX_BYTES

    assert meeting_cache.MAX_BYTES == MAX_BYTES


def test_a_build_of_many_meetings_lists_egmplan_sources_once(cache_home, loads, tmp_path, monkeypatch):
    # The key holds egmplan's source files (names, sizes, times): listed once per process,
    # not once per meeting (a 1,000-meeting build walked the package 1,000 times).
    for n in range(3):
        copy_meeting(tmp_path / "m", f"m{n}.yaml", source=STANDALONE)
    walked = []
    original = os.walk
    monkeypatch.setattr(os, "walk", lambda top, *a, **k: walked.append(top) or original(top, *a, **k))
    monkeypatch.setattr(meeting_cache, "_fingerprint", [])
    code, _, _ = _run("agenda", "build", str(tmp_path / "m"), "-f", "txt", "-o", str(tmp_path / "out"), "-q")
    assert code == 0
    assert len(loads) == 3
    assert len(_entries(cache_home)) == 3
    assert walked == [Path(meeting_cache.__file__).resolve().parent.parent]


def test_validate_with_catalogues_is_cached_keyed_by_them(cache_home, loads, tmp_path):
    """`validate` reports what a meeting's catalogues lack: its entry holds those diagnostics and
    is keyed by the catalogues beside the file, so a cached run prints what an uncached one does
    (no load), and an edited catalogue shows at once (a miss)."""
    meeting = copy_meeting(tmp_path / "meetings")
    command = ["validate", str(meeting), "-v"]
    uncached = _run("--no-cache", *command)
    first = _run(*command)
    cached = _run(*command)
    assert cached == first == uncached
    assert len(loads) == 2  # the uncached run and the first
    catalogue = meeting.with_name(f"{meeting.stem}.fr.po")
    text = catalogue.read_text(encoding="utf-8")
    catalogue.write_text(text.replace('msgstr "', 'msgstr "X', 1).replace("\nmsgstr", "\n#, fuzzy\nmsgstr", 1),
                         encoding="utf-8")
    edited = _run(*command)
    assert len(loads) == 3
    assert edited == _run("--no-cache", *command) != uncached
    catalogue.unlink()
    removed = _run(*command)
    assert removed == _run("--no-cache", *command) != edited
    assert "no catalogue for fr yet" in removed[1]


@pytest.fixture
def collector():
    """The cycle collector as it was, frozen objects included, after the test."""
    import gc

    yield gc
    gc.unfreeze()
    gc.enable()


def _checking(seen, collector, name):
    from egmplan.app.check import check_bytes

    def check(data):
        seen.append((name, collector.isenabled()))
        return check_bytes(data, name, Path(name).stem)

    return check


@pytest.mark.parametrize("program", [True, False])
def test_only_the_programs_first_miss_runs_with_the_collector_paused_then_set_apart(cache_home, tmp_path, collector,
                                                                                   program):
    # Set apart (gc.freeze) like the end of start-up: the first check imports the loader and more.
    first = copy_meeting(tmp_path / "m", "first.yaml", source=STANDALONE)
    second = copy_meeting(tmp_path / "m", "second.yaml", source=STANDALONE)
    meeting_cache.use(meeting_cache.cache_folder(os.environ, None), set_apart_first_check=program)
    seen = []
    frozen = collector.get_freeze_count()
    assert meeting_cache.cached(first, "first.yaml", _checking(seen, collector, "first.yaml"), None).meeting
    assert collector.isenabled()
    assert (collector.get_freeze_count() > frozen) is program
    frozen = collector.get_freeze_count()
    assert meeting_cache.cached(second, "second.yaml", _checking(seen, collector, "second.yaml"), None).meeting
    assert collector.get_freeze_count() == frozen
    assert seen == [("first.yaml", not program), ("second.yaml", True)]


def test_the_program_sets_its_first_check_apart_and_a_test_runner_does_not(cache_home, tmp_path, collector,
                                                                          monkeypatch):
    from egmplan.cli import main

    meeting = copy_meeting(tmp_path / "m", "m.yaml", source=STANDALONE)
    frozen = collector.get_freeze_count()
    assert _run("validate", str(meeting))[0] == 0
    assert collector.get_freeze_count() == frozen
    (tmp_path / "cache").rename(tmp_path / "emptied")
    monkeypatch.setattr(main, "_program", True)
    assert _run("validate", str(meeting))[0] == 0
    assert collector.get_freeze_count() > frozen


def test_keys_are_the_same_digests_with_or_without_hashlib_loaded(monkeypatch):
    # An entry written by a process that had loaded hashlib (a build) is found by one that had not (validate).
    import hashlib
    import sys

    data = (ROOT / "meetings" / "egm-cybercrime-2020.yaml").read_bytes()
    with_openssl = meeting_cache._sha256(data).hexdigest()
    monkeypatch.delitem(sys.modules, "hashlib")
    assert meeting_cache._sha256(data).hexdigest() == with_openssl == hashlib.sha256(data).hexdigest()


def test_the_unpickler_made_once_still_refuses_what_it_refused(cache_home, loads):
    # The classes it allowed are remembered per process; anything else is looked at each time.
    _run(*COMMANDS[0])
    [entry] = _entries(cache_home)
    data = entry.read_bytes()
    key = data[:data.index(b"\x80\x05")]
    assert _run(*COMMANDS[0]) == _run("--no-cache", *COMMANDS[0]) and len(loads) == 2  # a hit: classes allowed
    entry.write_bytes(key + pickle.dumps(_Boom(), protocol=5))
    assert _run(*COMMANDS[0]) == _run("--no-cache", *COMMANDS[0])
    assert len(loads) == 4


def _global(module: str, name: str) -> bytes:
    """Protocol 4's STACK_GLOBAL of ``module.name``."""
    def text(value: str) -> bytes:
        data = value.encode()
        return b"\x8c" + bytes([len(data)]) + data

    return text(module) + text(name) + b"\x93"


def _hand_pickle(module: str, name: str) -> bytes:
    """A pickle that calls ``module.name()``."""
    return b"\x80\x04" + _global(module, name) + b")R."


@pytest.mark.parametrize("module, name", [
    ("egmplan.model", "NamedTuple"),   # imported by the model: neither a part of a meeting
    ("egmplan.model", "Record"),
    ("egmplan.model", "Meeting.__init__"),
    ("egmplan.model", "Lookalike"),
    ("egmplan.record", "Record"),
    ("egmplan.app.meeting_cache", "use"),
    ("builtins", "eval"),
    ("os", "system"),
])
def test_a_pickle_naming_anything_outside_the_allowed_classes_is_refused(module, name):
    import io

    with pytest.raises(pickle.UnpicklingError) as refused:
        meeting_cache._model_only_unpickler(io.BytesIO(_hand_pickle(module, name))).load()
    assert str(refused.value) == f"{module}.{name} is not part of a checked meeting"


def test_every_class_the_model_defines_and_nothing_else_of_it_is_allowed():
    import io

    import egmplan.model

    defined = {name for name, value in vars(egmplan.model).items()
               if isinstance(value, type) and value.__module__ == "egmplan.model"}
    assert {"Meeting", "AgendaItem", "Sitting", "Document", "Style"} < defined
    assert meeting_cache._model_classes() == defined
    for name in sorted(defined):
        assert meeting_cache._model_only_unpickler(io.BytesIO(b"\x80\x04" + _global("egmplan.model", name) + b".")).load() \
            is getattr(egmplan.model, name)


def _fields(value):
    """Every field of every record in ``value``, those left out of == (line, column, path) too."""
    from dataclasses import fields, is_dataclass

    if is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, tuple((f.name, _fields(getattr(value, f.name))) for f in fields(value)))
    if isinstance(value, (tuple, list)):
        return (type(value).__name__, tuple(_fields(item) for item in value))
    return (type(value).__name__, value)


@pytest.mark.parametrize("source", [
    "meetings/egm-cybercrime-2020.yaml",
    "meetings/egm-cybercrime-2021.yaml",  # {history}: the earlier meetings (MeetingFacts, with their files' paths)
    "src/egmplan/examples/egm-cybercrime-2021.yaml",
    "tests/corpus/empty.yaml",  # errors: no meeting
])
def test_a_hit_gives_the_checked_meeting_field_for_field(cache_home, loads, tmp_path, source):
    from egmplan.app.check import load_and_check

    meeting = copy_meeting(tmp_path / "m", "m.yaml", source=ROOT / source)
    meeting_cache.use(meeting_cache.cache_folder(os.environ, None))
    first = load_and_check(meeting, "m.yaml")
    hit = load_and_check(meeting, "m.yaml")
    meeting_cache.use(None)
    uncached = load_and_check(meeting, "m.yaml")
    assert len(loads) == 2
    # An entry holds what the commands read: the meeting and its diagnostics, not the file's tree.
    assert _fields((hit.meeting, hit.diagnostics)) == _fields((first.meeting, first.diagnostics))
    assert _fields((hit.meeting, hit.diagnostics)) == _fields((uncached.meeting, uncached.diagnostics))
    if source.startswith("meetings/egm-cybercrime-2021"):
        assert any(earlier.file and earlier.file.exists() for earlier in hit.meeting.earlier_meetings)
    if hit.meeting is not None:
        assert hit.meeting.sittings[0].starts_at.tzinfo is uncached.meeting.sittings[0].starts_at.tzinfo


def test_an_entry_holds_records_by_their_fields_values_not_their_names(cache_home):
    _run(*COMMANDS[0])
    [entry] = _entries(cache_home)
    data = entry.read_bytes()
    assert data.startswith(b"egmplan-meeting-cache 2\n")
    assert b"Meeting" in data and b"AgendaItem" in data
    assert b"starts_at" not in data and b"estimated_minutes" not in data


def test_an_entry_of_the_previous_format_is_a_miss(cache_home, loads, monkeypatch):
    # Format 1 pickled each record as its class's __new__ and a dict of its fields by name.
    def previous_format(stored):
        import copyreg
        import io
        from zoneinfo import ZoneInfo

        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = {**copyreg.dispatch_table, ZoneInfo: lambda zone: (ZoneInfo, (zone.key,))}
        pickler.dump(stored)
        return buffer.getvalue()

    with monkeypatch.context() as previous:
        previous.setattr(meeting_cache, "_MAGIC", b"egmplan-meeting-cache 1\n")
        previous.setattr(meeting_cache, "_pickled", previous_format)
        _run(*COMMANDS[0])
    [old] = _entries(cache_home)
    assert old.read_bytes().startswith(b"egmplan-meeting-cache 1\n") and b"starts_at" in old.read_bytes()
    assert _run(*COMMANDS[0]) == _run("--no-cache", *COMMANDS[0])
    assert len(loads) == 3  # the old entry was not read
    assert len(_entries(cache_home)) == 2


def test_the_folder_is_checked_once_a_process_until_the_cache_is_chosen_again(cache_home, loads, tmp_path,
                                                                              monkeypatch):
    # Each entry is still checked on its open file (test_an_entry_others_can_read_is_a_miss),
    # opened in the folder checked (test_entries_are_read_and_written_in_the_folder_checked).
    import gc

    meetings = [copy_meeting(tmp_path / "m", f"m{n}.yaml", source=STANDALONE) for n in range(3)]
    folder = meeting_cache.cache_folder(os.environ, None)
    folder.mkdir(parents=True, mode=0o700)
    looked_at = []
    original = os.open
    monkeypatch.setattr(os, "open", lambda path, *a, **k: looked_at.append(path) or original(path, *a, **k))
    meeting_cache.use(folder)
    seen = []
    for _ in range(2):
        for meeting in meetings:
            assert meeting_cache.cached(meeting, meeting.name, _checking(seen, gc, meeting.name), None).meeting
    assert looked_at.count(folder) == 1
    assert len(seen) == 3 and len(_entries(cache_home)) == 3  # the second round: hits
    folder.chmod(0o755)  # no longer private: the next command (a new use) does not use it
    meeting_cache.use(folder)
    assert meeting_cache.cached(meetings[0], "m0.yaml", _checking(seen, gc, "m0.yaml"), lambda: "uncached") == "uncached"
    assert looked_at.count(folder) == 2


def test_a_folder_removed_while_the_process_runs_is_made_again(cache_home, tmp_path):
    import gc
    import shutil

    meeting = copy_meeting(tmp_path / "m", "m.yaml", source=STANDALONE)
    folder = meeting_cache.cache_folder(os.environ, None)
    meeting_cache.use(folder)
    seen = []

    def check():
        return meeting_cache.cached(meeting, "m.yaml", _checking(seen, gc, "m.yaml"), None).meeting

    assert check() and check() and len(seen) == 1
    shutil.rmtree(folder)
    assert check() and not folder.exists()  # a miss; its write finds no folder
    assert check() and check() and len(seen) == 3  # made again, private, then a hit
    assert oct(folder.stat().st_mode & 0o777) == "0o700"


def test_entries_are_read_and_written_in_the_folder_checked(cache_home, tmp_path):
    # Its name given to another folder while the process runs (one of another user's, say),
    # the folder checked is still the one used.
    import gc

    meeting = copy_meeting(tmp_path / "m", "m.yaml", source=STANDALONE)
    folder = meeting_cache.cache_folder(os.environ, None)
    meeting_cache.use(folder)
    seen = []

    def check(name="m.yaml"):
        return meeting_cache.cached(meeting, name, _checking(seen, gc, name), None).meeting

    assert check() and check() and len(seen) == 1
    folder.rename(tmp_path / "checked")
    other = tmp_path / "other"
    other.mkdir(mode=0o755)
    folder.symlink_to(other)
    assert check() and len(seen) == 1  # a hit, from the folder checked
    assert check("n.yaml") and len(seen) == 2  # a miss (shown under another name), written in the folder checked
    assert list(other.iterdir()) == []
    assert len(list((tmp_path / "checked").iterdir())) == 2
    meeting_cache.use(folder)  # the next command: a link is not used
    assert meeting_cache.cached(meeting, "m.yaml", None, lambda: "uncached") == "uncached"
    assert list(other.iterdir()) == []
