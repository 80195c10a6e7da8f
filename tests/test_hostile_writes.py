"""Hostile write targets: every command that writes a file, pointed at every kind of place that
cannot take one, ends with "cannot write PATH: reason", the documented exit code, no traceback,
and every file as it was. Commands are found in the Typer app, so a new command with -o is covered."""

import errno
import os
import signal
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from egmplan import output
from egmplan.cli.main import app
from egmplan.cli.reference import subcommands

from bundled import copy_bundled
from test_orgwork_plan import _sixth_with_estimates

runner = CliRunner()
MEETING = "egm-cybercrime-2021"
BUILT = f"meetings/{MEETING}.yaml"
PROC = "/proc/egmplan-cannot-write-here"

# Commands that write files without an -o option; every command with -o is found in the app.
OTHER_WRITERS = {"init", "orgwork plan"}


def _commands_with_output_option() -> set[str]:
    found = set()

    def walk(command, path):
        for name, sub in subcommands(command).items():
            walk(sub, path + (name,))
        if any(opt in ("-o", "--output") for param in command.params for opt in getattr(param, "opts", ())):
            found.add(" ".join(path))

    walk(typer.main.get_command(app), ())
    return found


@pytest.fixture
def project(tmp_path, monkeypatch):
    folder = tmp_path / "meetings"
    copy_bundled(folder)
    (folder / "plan.yaml").write_text(_sixth_with_estimates(), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(autouse=True)
def _never_hang():
    """Opening a FIFO the usual way waits forever: fail the test instead."""
    def timeout(signum, frame):
        raise TimeoutError("the command hung")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def _tree(folder: Path) -> dict[str, bytes | str]:
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


# --- how each command writes, and where -------------------------------------------------------

class Writer:
    """One command that writes: its arguments, the file it writes, whether it writes through a
    link at that path (a file the user names) or replaces the link (a file egmplan owns), and
    the message it ends with when that file cannot be written."""

    follows_links = True

    def failure(self, path: str, reason: str, verb: str = "write") -> str:
        return f"egmplan: error: cannot {verb} {path}: {reason}\n"


class Schedule(Writer):
    name = "schedule"

    def args(self, target: str) -> list[str]:
        return ["schedule", "-m", MEETING, "-f", "ics", "-q", "-o", target]

    def target(self, project: Path) -> str:
        return "sittings.ics"


class AgendaBuild(Writer):
    name = "agenda build"
    follows_links = False  # out/<id>/ is egmplan's: a link there is replaced, never written through

    def args(self, target: str, check: bool = False) -> list[str]:
        root = target if not target.endswith("agenda.md") else str(Path(target).parent.parent)
        return ["agenda", "build", MEETING, "-f", "md", "-f", "html", "-q", "-o", root] + (["--check"] if check else [])

    def target(self, project: Path) -> str:
        (project / "out" / MEETING).mkdir(parents=True)
        (project / "out" / MEETING / "agenda.html").write_bytes(b"old html")
        return f"out/{MEETING}/agenda.md"

    def failure(self, path: str, reason: str, verb: str = "write") -> str:
        if verb == "check":
            return f"egmplan: error: cannot check {path}: {reason}\nFAILED: 1 meeting not checked: {BUILT}\n"
        return (f"egmplan: error: cannot write {path}: {reason}\n"
                f"egmplan: {MEETING}: not built; earlier outputs are left as they were\n"
                f"FAILED: built 0 meetings, 0 files; 1 not built: {BUILT}\n")


class Init(Writer):
    name = "init"

    def args(self, target: str) -> list[str]:
        return ["init", Path(target).stem, "--body", "Expert Group on Testing", "--number", "2", "--venue",
                "Geneva", "--start", "2027-03-29", "--end", "2027-04-02", "--sittings", "10:00-13:00", "--force"]

    def target(self, project: Path) -> str:
        return "meetings/new-meeting.yaml"


class OrgworkPlan(Writer):
    name = "orgwork plan"
    follows_links = False  # the backup FILE.bak is egmplan's

    def args(self, target: str) -> list[str]:
        return ["orgwork", "plan", "-m", "meetings/plan.yaml", "--write", "-q"]

    def target(self, project: Path) -> str:
        return "meetings/plan.yaml.bak"


class Workplan(Writer):
    name = "workplan"

    def args(self, target: str) -> list[str]:
        return ["workplan", "-f", "docx", "-o", target]

    def target(self, project: Path) -> str:
        return "workplan.docx"


class SiteBuild(Writer):
    name = "site build"
    follows_links = False  # the site's folder is egmplan's: a link there is replaced, never written through

    def args(self, target: str) -> list[str]:
        root = target if not target.endswith("index.html") else str(Path(target).parent.parent)
        return ["site", "build", "-q", "-o", root]

    def target(self, project: Path) -> str:
        (project / "site" / MEETING).mkdir(parents=True)
        return f"site/{MEETING}/index.html"


WRITERS = {w.name: w for w in (Schedule(), AgendaBuild(), Init(), OrgworkPlan(), Workplan(), SiteBuild())}


def test_every_command_that_writes_is_covered():
    assert _commands_with_output_option() | OTHER_WRITERS == set(WRITERS)


def _run(args):
    result = runner.invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def _refused(project, writer, args, path, reason, verb="write"):
    before = _tree(project)
    result = _run(args)
    assert (result.exit_code, result.stderr) == (1, writer.failure(path, reason, verb))
    assert _tree(project) == before  # every file as it was; no temporary left behind


# --- each kind of wrong target ------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_folder_where_the_file_goes(project, name):
    writer = WRITERS[name]
    target = writer.target(project)
    (project / target).mkdir()
    _refused(project, writer, writer.args(target), target, "it is a folder, not a file")


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_fifo_where_the_file_goes(project, name):
    writer = WRITERS[name]
    target = writer.target(project)
    os.mkfifo(project / target)
    _refused(project, writer, writer.args(target), target, "it is a FIFO, not a regular file")


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_link_to_a_device_where_the_file_goes(project, name):
    """``-o`` pointing at /dev/full (or /dev/null) must never replace the device, even as root."""
    writer = WRITERS[name]
    target = writer.target(project)
    (project / target).symlink_to("/dev/full")
    if writer.follows_links:
        _refused(project, writer, writer.args(target), "/dev/full", "it is a character device, not a regular file")
    else:  # the link is replaced by the new file; nothing is written outside the output folder
        result = _run(writer.args(target))
        assert result.exit_code == 0, result.output
        assert not (project / target).is_symlink() and (project / target).is_file()
    assert Path("/dev/full").is_char_device()


@pytest.mark.parametrize("name", ["schedule", "agenda build", "init"])
def test_a_path_under_a_file(project, name):
    writer = WRITERS[name]
    top = "meetings" if name == "init" else "afile"
    if name == "init":
        for path in (project / "meetings").iterdir():
            path.unlink()
        (project / "meetings").rmdir()
    (project / top).write_bytes(b"a file")
    target = f"{top}/x/new-meeting.yaml" if name == "init" else f"{top}/{MEETING}/agenda.md"
    shown = {"init": "meetings/new-meeting.yaml", "agenda build": f"afile/{MEETING}/agenda.html"}.get(name, target)
    args = writer.args(target if name != "agenda build" else "afile")
    _refused(project, writer, args, shown, f"{top} is a file, not a folder")


@pytest.mark.parametrize("name", ["schedule", "agenda build"])
def test_a_path_under_proc(project, name):
    writer = WRITERS[name]
    target = PROC + ".ics" if name == "schedule" else PROC
    shown = target if name == "schedule" else f"{PROC}/{MEETING}/agenda.html"
    _refused(project, writer, writer.args(target), shown, "No such file or directory")


# The first file a command stages, when it writes several.
FIRST_STAGED = {"agenda build": f"out/{MEETING}/agenda.html", "site build": "site/egm-cybercrime-2017/agenda.docx"}


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_read_only_folder(project, name, monkeypatch):
    """As root every folder is writable; a read-only mount is what refuses, so it is simulated."""
    writer = WRITERS[name]
    target = writer.target(project)

    def create_temporary(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(output, "_create_temporary", create_temporary)
    first = FIRST_STAGED.get(name, target)
    _refused(project, writer, writer.args(target), first, "Read-only file system")


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_a_full_disk(project, name, monkeypatch):
    writer = WRITERS[name]
    target = writer.target(project)

    def fsync(descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", fsync)
    first = FIRST_STAGED.get(name, target)
    _refused(project, writer, writer.args(target), first, "No space left on device")


@pytest.mark.parametrize("name", sorted(_commands_with_output_option()))
@pytest.mark.parametrize("value", ["", " "])
def test_an_empty_output_path_is_a_command_line_error(project, name, value):
    writer = WRITERS[name]
    before = _tree(project)
    result = _run(writer.args(value))
    assert result.exit_code == 2
    assert result.stderr.endswith("Error: Invalid value for '-o' / '--output': expected a path, got an empty string\n")
    assert _tree(project) == before


# --- agenda build --check reads earlier outputs: regular files only -----------------------------

def test_check_refuses_an_output_that_is_a_folder(project):
    writer = WRITERS["agenda build"]
    target = writer.target(project)
    (project / target).mkdir()
    _refused(project, writer, writer.args(target, check=True), target, "it is a folder, not a file", "check")


def test_check_refuses_an_output_that_is_a_fifo_without_waiting_for_it(project):
    writer = WRITERS["agenda build"]
    target = writer.target(project)
    os.mkfifo(project / target)
    _refused(project, writer, writer.args(target, check=True), target, "it is a FIFO, not a regular file", "check")


def test_check_refuses_a_meeting_folder_that_is_a_file(project):
    writer = WRITERS["agenda build"]
    (project / "out").mkdir()
    (project / "out" / MEETING).write_bytes(b"a file")
    _refused(project, writer, writer.args("out", check=True), f"out/{MEETING}/agenda.html",
             f"out/{MEETING} is a file, not a folder", "check")


def test_a_meeting_folder_that_is_a_link_is_not_written_through(project, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    (project / "out").mkdir()
    (project / "out" / MEETING).symlink_to(elsewhere)
    writer = WRITERS["agenda build"]
    _refused(project, writer, writer.args("out"), f"out/{MEETING}",
             "it is a symbolic link; remove it and build again")
    assert list(elsewhere.iterdir()) == []


# --- all or none, and saying exactly which --------------------------------------------------------

FORMATS = ["-f", "md", "-f", "html", "-f", "txt"]


def test_a_rename_that_fails_part_way_names_the_new_and_the_old_files(project, monkeypatch):
    folder = project / "out" / MEETING
    folder.mkdir(parents=True)
    for name in ("agenda.html", "agenda.md", "agenda.txt"):
        (folder / name).write_bytes(b"old")
    real_replace = os.replace

    def replace(source, target, **at):
        if str(target).endswith("agenda.md"):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_replace(source, target, **at)

    monkeypatch.setattr(os, "replace", replace)
    result = _run(["agenda", "build", MEETING, *FORMATS, "--lang", "en", "-q", "-o", "out"])  # the original alone
    assert (result.exit_code, result.stderr) == (1, (
        f"egmplan: error: cannot write out/{MEETING}/agenda.md: Input/output error\n"
        f"egmplan: {MEETING}: partly written: new: out/{MEETING}/agenda.html; "
        f"as they were: out/{MEETING}/agenda.md, out/{MEETING}/agenda.txt\n"
        f"FAILED: built 0 meetings, 0 files; 1 not built: {BUILT}\n"))
    state = _tree(folder)
    assert state["agenda.html"] != b"old" and state["agenda.html"].startswith(b"<!DOCTYPE html>")
    assert (state["agenda.md"], state["agenda.txt"], len(state)) == (b"old", b"old", 3)


def test_orgwork_plan_replaces_the_backup_first_and_says_so_when_the_file_fails(project, monkeypatch):
    original = (project / "meetings" / "plan.yaml").read_bytes()
    (project / "meetings" / "plan.yaml.bak").write_bytes(b"older")
    real_replace = os.replace

    def replace(source, target, **at):
        if str(target).endswith("plan.yaml"):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_replace(source, target, **at)

    monkeypatch.setattr(os, "replace", replace)
    result = _run(["orgwork", "plan", "-m", "meetings/plan.yaml", "--write", "-q"])
    assert (result.exit_code, result.stderr) == (1, (
        "egmplan: error: cannot write meetings/plan.yaml: Input/output error\n"
        "egmplan: partly written: new: meetings/plan.yaml.bak; as they were: meetings/plan.yaml\n"))
    assert (project / "meetings" / "plan.yaml.bak").read_bytes() == original  # the backup holds it anyway
    assert (project / "meetings" / "plan.yaml").read_bytes() == original


# --- files the user names: written where a link points, in their own line endings ------------------

def test_orgwork_plan_writes_through_a_linked_meeting_file(project):
    shared = project / "shared"
    shared.mkdir()
    original, expected = _replanned()
    (project / "meetings" / "plan.yaml").unlink()
    (shared / "plan.yaml").write_text(original, encoding="utf-8")
    (project / "meetings" / "plan.yaml").symlink_to(shared / "plan.yaml")
    result = _run(["orgwork", "plan", "-m", "meetings/plan.yaml", "--write"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ("egmplan: wrote organization_of_work to meetings/plan.yaml (a link to shared/plan.yaml) "
                             "(previous file: plan.yaml.bak)\n")
    assert os.readlink(project / "meetings" / "plan.yaml") == str(shared / "plan.yaml")  # still the link
    assert (shared / "plan.yaml.bak").read_text(encoding="utf-8") == original
    assert (shared / "plan.yaml").read_text(encoding="utf-8") == expected
    assert not (project / "meetings" / "plan.yaml.bak").exists()


def test_init_force_writes_through_a_linked_meeting_file(project):
    (project / "shared.yaml").write_bytes(b"old")
    (project / "meetings" / "new-meeting.yaml").symlink_to(project / "shared.yaml")
    result = _run(WRITERS["init"].args("meetings/new-meeting.yaml"))
    assert result.exit_code == 0, result.output
    assert (project / "meetings" / "new-meeting.yaml").is_symlink()
    assert (project / "shared.yaml").read_text(encoding="utf-8").startswith("# A meeting file for egmplan.")


def _replanned() -> tuple[str, str]:
    """A meeting whose plan changes, and the file --write makes of it (with "\\n" line ends)."""
    from test_orgwork_plan import dedent

    original = _sixth_with_estimates().replace(
        'organization_of_work:\n  2020-07-27:\n    - ["opening", "agenda", "cooperation"]\n',
        'organization_of_work:\n  2020-07-27:\n    - ["opening", "agenda", "cooperation", "prevention"]\n')
    start = original.index("organization_of_work:")
    end = original.index('    - ["report"]\n') + len('    - ["report"]\n')
    block = dedent("""\
        organization_of_work:
          2020-07-27:
            - ["opening", "agenda", "cooperation"]
            - ["cooperation"]
          2020-07-28:
            - ["cooperation", "prevention"]
            - ["prevention"]
          2020-07-29:
            - ["prevention", "other-matters"]
            - ["report"]
        """)
    return original, original[:start] + block + original[end:]


@pytest.mark.parametrize("newline", ["\r", "\r\n", "\n"], ids=["CR (classic Mac OS)", "CRLF", "LF"])
def test_orgwork_plan_write_keeps_the_files_own_line_endings(project, newline):
    original, expected = _replanned()
    path = project / "meetings" / "plan.yaml"
    path.write_bytes(original.replace("\n", newline).encode("utf-8"))
    result = _run(["orgwork", "plan", "-m", "meetings/plan.yaml", "--write", "-q"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert path.read_bytes() == expected.replace("\n", newline).encode("utf-8")


@pytest.mark.parametrize("newline", ["\r", "\r\n"], ids=["CR", "CRLF"])
def test_orgwork_plan_appends_a_block_in_the_files_own_line_endings(project, newline):
    text = _sixth_with_estimates()
    text = text[:text.index("organization_of_work:")]
    path = project / "meetings" / "plan.yaml"
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    result = _run(["orgwork", "plan", "-m", "meetings/plan.yaml", "--write", "-q"])
    assert (result.exit_code, result.stderr) == (0, "")
    written = path.read_bytes().decode("utf-8")
    assert written.startswith((text + "\norganization_of_work:\n  2020-07-27:\n").replace("\n", newline))
    assert written.replace(newline, "") == written.replace("\r", "").replace("\n", "")  # one kind only


# --- SOURCE_DATE_EPOCH --------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["-1", "1e9", "abc", "253402300800"])
@pytest.mark.parametrize("args", [["agenda", "build", MEETING, "-o", "out"], ["agenda", "build", MEETING, "-f", "json", "-o", "-"],
                                  ["schedule", "-m", MEETING, "-f", "ics"], ["schedule", "-m", MEETING, "-f", "ics", "-o", "x.ics"]],
                         ids=["build", "build to stdout", "schedule ics", "schedule ics -o"])
def test_a_malformed_source_date_epoch_is_refused_before_anything_is_written(project, monkeypatch, value, args):
    from egmplan.output import parse_source_date_epoch
    from egmplan.errors import SourceDateEpochError

    with pytest.raises(SourceDateEpochError) as caught:
        parse_source_date_epoch(value)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    before = _tree(project)
    result = _run(args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"egmplan: error: {caught.value}\n")
    assert _tree(project) == before


def test_the_largest_source_date_epoch_builds_every_format(project, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "253402300799")
    result = _run(["agenda", "build", MEETING, "-o", "out", "-q"])
    assert (result.exit_code, result.stderr) == (0, "")
    assert '"generated": "9999-12-31T23:59:59Z"' in (project / "out" / MEETING / "agenda.json").read_text()
