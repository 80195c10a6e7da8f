"""`egmplan init` writes a commented file that validates and builds at once."""

from typer.testing import CliRunner

from egmplan.cli import init as init_module
from egmplan.cli.main import app
from egmplan.loader import load_meeting

runner = CliRunner()
FLAGS = ["--body", "Expert Group on Testing", "--number", "2", "--venue", "Geneva",
         "--start", "2027-03-29", "--end", "2027-04-02", "--sittings", "10:00-13:00,15:00-18:00"]


def test_init_with_flags_writes_a_valid_meeting(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "egm-2027", *FLAGS])
    assert result.exit_code == 0, result.output
    assert result.stderr == "wrote meetings/egm-2027.yaml; next: egmplan validate egm-2027 && egmplan agenda build egm-2027\n"
    loaded = load_meeting(tmp_path / "meetings" / "egm-2027.yaml")
    assert loaded.diagnostics == []
    meeting = loaded.meeting
    assert (meeting.timezone, meeting.number, len(meeting.sittings)) == ("Europe/Zurich", 2, 10)
    text = (tmp_path / "meetings" / "egm-2027.yaml").read_text()
    assert "# A meeting file for egmplan." in text


def test_init_refuses_to_overwrite(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["init", "x", *FLAGS]).exit_code == 0
    result = runner.invoke(app, ["init", "x", *FLAGS])
    assert (result.exit_code, result.stderr) == (1, "egmplan: error: meetings/x.yaml exists; use --force to replace it\n")
    assert runner.invoke(app, ["init", "x", *FLAGS, "--force"]).exit_code == 0


def test_init_without_a_terminal_names_the_missing_flags(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "x", "--venue", "Vienna"])
    assert result.exit_code == 2
    assert result.stderr == (
        "Usage: egmplan init [OPTIONS] {MEETING_ID}\nTry 'egmplan init --help' for help.\n\n"
        "Error: Invalid value: give --body, --number, --start, --end (or run in a terminal to be asked)\n"
    )
    assert not (tmp_path / "meetings").exists()


def test_init_asks_in_a_terminal_and_suggests_the_zone(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(init_module, "stdin_is_terminal", lambda: True)
    answers = "Expert Group on Testing\n3\nBangkok\n\n2027-06-01\n2027-06-02\n\n"
    result = runner.invoke(app, ["init", "bkk"], input=answers)
    assert result.exit_code == 0, result.output
    assert "Time zone of the venue [Asia/Bangkok]: " in result.stdout
    meeting = load_meeting(tmp_path / "meetings" / "bkk.yaml").meeting
    assert (meeting.venue, meeting.timezone, [s.start.isoformat() for s in meeting.sittings]) == (
        "Bangkok", "Asia/Bangkok", ["10:00:00", "15:00:00", "10:00:00", "15:00:00"])


def test_init_rejects_a_bad_zone_with_a_suggestion(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "x", *FLAGS, "--timezone", "Europe/Geneve"])
    assert result.exit_code == 2
    assert "unknown time zone 'Europe/Geneve'; did you mean" in result.stderr
