"""Which meeting files a command finds, and which names are meeting ids (issues 10 and 11)."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app

from bundled import STANDALONE, copy_meeting

ROOT = Path(__file__).resolve().parent.parent
NO_MEETINGS = ("egmplan: error: no meeting files found in ./meetings (or $EGMPLAN_MEETINGS); start one with "
               "'egmplan init MEETING_ID', or try the bundled example with '-m example'\n")
RULE = "a meeting id has letters, digits, '.', '_' and '-', starting with a letter or digit, at most 100 characters"


def _run(*args):
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize("command", [
    ["validate"], ["agenda", "build"], ["schedule"], ["orgwork"], ["deadlines"], ["suggest"], ["connections"],
])
def test_outside_a_meetings_folder_nothing_is_used_silently(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    result = _run(*command)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", NO_MEETINGS)
    assert list(tmp_path.iterdir()) == []


def test_an_empty_meetings_folder_is_not_a_green_check(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "meetings").mkdir()
    (tmp_path / "meetings" / "notes.txt").write_text("not a meeting\n")
    result = _run("validate")
    assert (result.exit_code, result.stderr) == (1, NO_MEETINGS)


def test_the_folder_named_by_the_environment_is_shown(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EGMPLAN_MEETINGS", str(tmp_path / "elsewhere"))
    result = _run("validate")
    assert (result.exit_code, result.stderr) == (1, (
        f"egmplan: error: no meeting files found in {tmp_path / 'elsewhere'} (from $EGMPLAN_MEETINGS); start one "
        "with 'egmplan init MEETING_ID', or try the bundled example with '-m example'\n"))


def test_the_bundled_example_is_used_when_asked_for(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _run("validate", "--strict", "example")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "OK: 1 file checked, 0 errors, 0 warnings\n")
    result = _run("schedule", "-m", "example", "-q", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1].startswith("egm-cybercrime-2021,Europe/Vienna,2021-04-06,1,")


def test_a_meeting_called_example_wins_over_the_bundled_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "meetings").mkdir()
    (tmp_path / "meetings" / "example.yaml").write_text("meeting: {}\n")
    result = _run("validate", "example")
    assert result.exit_code == 1
    assert result.stdout.startswith("meetings/example.yaml:1:")


def test_validate_a_folder_checks_its_meeting_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for name in ("a.yaml", "b.yml"):  # two drafts of one meeting: each stands alone
        copy_meeting(drafts, name, source=STANDALONE)
    (drafts / "README.md").write_text("# drafts\n")
    result = _run("validate", "-v", "drafts/")
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert [line.split(": ")[0] for line in lines] == ["checked drafts/a.yaml", "checked drafts/b.yml", "OK"]
    assert lines[2].startswith("OK: 2 files checked, 0 errors")


def test_agenda_build_a_folder_builds_its_meetings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    copy_meeting(tmp_path / "drafts", "a.yaml", source=STANDALONE)
    result = _run("agenda", "build", "drafts", "-f", "md", "--lang", "en", "-o", "out")
    assert (result.exit_code, result.stderr) == (0, "a: agenda.md -> out/a/\nbuilt 1 meeting, 1 file\n")


def test_a_folder_without_meeting_files_is_an_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    result = _run("validate", "empty")
    assert (result.exit_code, result.stdout) == (1, "empty:1:1: error: is a folder, not a meeting file\n")


@pytest.mark.parametrize("command", [["schedule", "-m"], ["orgwork", "-m"], ["validate"], ["agenda", "build"]])
def test_an_unknown_meeting_id_is_a_command_line_error(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    copy_meeting(tmp_path / "meetings")
    result = _run(*command, "egm-cybercrim-2021")
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", (
        "egmplan: error: no meeting 'egm-cybercrim-2021' in meetings; did you mean 'egm-cybercrime-2021'?\n"))


# --- meeting ids from file names ---------------------------------------------------------


@pytest.mark.parametrize("name, shown, message", [
    ("...yaml", "meetings/...yaml", f"the meeting id '..' (the file's name) is not a safe file name; {RULE}"),
    ("..yaml", "meetings/..yaml", f"the meeting id '.' (the file's name) is not a safe file name; {RULE}"),
    ("my meeting.yaml", "meetings/my meeting.yaml",
     f"the meeting id 'my meeting' (the file's name) is not a safe file name; {RULE} (e.g. 'my-meeting')"),
    ("egm\x07.yaml", "meetings/egm\\x07.yaml",  # the file name shown escaped, as every diagnostic
     f"the meeting id 'egm\\x07' (the file's name) is not a safe file name; {RULE} (e.g. 'egm')"),
    ("-x.yaml", "meetings/-x.yaml",
     f"the meeting id '-x' (the file's name) is not a safe file name; {RULE} (e.g. 'x')"),
])
def test_a_file_name_that_is_not_a_safe_id_is_refused_and_nothing_is_written(tmp_path, monkeypatch, name, shown,
                                                                               message):
    monkeypatch.chdir(tmp_path)
    copy_meeting(tmp_path / "meetings", name, source=STANDALONE)  # the file's name is the subject
    result = _run("validate")
    assert (result.exit_code, result.stdout) == (1, f"{shown}:1:1: error: {message}; rename the file\n")
    (tmp_path / "out").mkdir()
    before = sorted(tmp_path.rglob("*"))
    result = _run("agenda", "build", "-o", "out")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{shown}:1:1: error: {message}; rename the file\n")
    assert sorted(tmp_path.rglob("*")) == before


# --- names the system cannot look up -----------------------------------------------------


def test_a_name_too_long_for_the_system_is_an_input_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = "a" * 5000
    result = _run("validate", name)
    assert (result.exit_code, result.stdout) == (1, f"{name}:1:1: error: cannot be read: File name too long\n")
    result = _run("schedule", "-m", "a/" * 3000)
    assert (result.exit_code, result.stderr) == (
        1, f"egmplan: error: no meeting file {('a/' * 100)}… (5,999 characters): File name too long\n")
    result = _run("agenda", "build", "b" * 300)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"egmplan: error: no meeting file {'b' * 200}… (300 characters): "
                                    "File name too long\n")


def test_a_link_to_itself_is_reported(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "meetings").mkdir()
    (tmp_path / "meetings" / "loop.yaml").symlink_to("loop.yaml")
    result = _run("validate")
    assert (result.exit_code, result.stdout) == (
        1, "meetings/loop.yaml:1:1: error: cannot be read: Too many levels of symbolic links\n")


def _display_path_resolving_each(path: Path) -> str:
    # display_path as it was before it resolved each folder once: every path resolved whole.
    import os

    cwd = Path.cwd()
    absolute = Path(os.path.abspath(path))
    for folder in (cwd, cwd.resolve()):
        try:
            return str(absolute.relative_to(folder))
        except ValueError:
            pass
    try:
        return str(path.resolve().relative_to(cwd.resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)


def test_display_paths_show_each_path_as_resolving_it_whole_would(tmp_path, monkeypatch):
    from egmplan.cli.common import display_path, display_paths

    work = tmp_path / "work"
    (work / "meetings").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "here").symlink_to(work)               # the working folder reached through a link
    (tmp_path / "elsewhere" / "in.yaml").symlink_to(work / "meetings" / "a.yaml")  # a file link into it
    (tmp_path / "elsewhere" / "out.yaml").write_text("x")
    (tmp_path / "elsewhere" / "loop.yaml").symlink_to("loop.yaml")
    (tmp_path / "into").symlink_to(work / "meetings")  # a folder link into it
    monkeypatch.chdir(tmp_path / "here")
    paths = [Path("meetings/a.yaml"), work / "meetings" / "a.yaml", tmp_path / "here" / "meetings" / "a.yaml",
             tmp_path / "elsewhere" / "in.yaml", tmp_path / "elsewhere" / "out.yaml",
             tmp_path / "elsewhere" / "loop.yaml", tmp_path / "into" / "a.yaml", tmp_path / "into" / "b.yaml",
             Path("../elsewhere/out.yaml"), Path("../into/a.yaml"), tmp_path / "into" / "..", Path("/"), Path(".")]
    expected = [_display_path_resolving_each(p) for p in paths]
    assert display_paths(paths) == expected
    assert [display_path(p) for p in paths] == expected
    assert expected[:4] == ["meetings/a.yaml"] * 4 and expected[6:8] == ["meetings/a.yaml", "meetings/b.yaml"]
    assert expected[4:6] == [str(tmp_path / "elsewhere" / "out.yaml"), str(tmp_path / "elsewhere" / "loop.yaml")]
