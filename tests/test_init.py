"""`egmplan init` writes a commented file that validates and builds at once."""

import pytest
from typer.testing import CliRunner

from egmplan.catalog import bundled_folder

from egmplan.cli import init as init_module
from egmplan.cli.main import app
from egmplan.app.check import load_and_check

runner = CliRunner()
FLAGS = ["--body", "Expert Group on Testing", "--number", "2", "--venue", "Geneva",
         "--start", "2027-03-29", "--end", "2027-04-02", "--sittings", "10:00-13:00,15:00-18:00"]


def test_init_with_flags_writes_a_valid_meeting(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "egm-2027", *FLAGS])
    assert result.exit_code == 0, result.output
    assert result.stderr == "wrote meetings/egm-2027.yaml; next: egmplan validate egm-2027 && egmplan agenda build egm-2027\n"
    loaded = load_and_check(tmp_path / "meetings" / "egm-2027.yaml")
    assert not loaded.errors
    # The opening and closing sittings have items; the eight between print "To be announced" and say so.
    assert [d.message for d in loaded.warnings][0] == (
        "no item at the sitting of 2027-03-29 (Monday), 3–6 p.m.; the annex prints 'To be announced'"
    )
    assert len(loaded.warnings) == 8
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
        "Usage: egmplan init [OPTIONS] [MEETING_ID]\nTry 'egmplan init --help' for help.\n\n"
        "Error: Invalid value: give --body, --number, --start, --end (or run in a terminal to be asked)\n"
    )
    assert not (tmp_path / "meetings").exists()


def test_init_asks_in_a_terminal_and_suggests_the_zone(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(init_module, "stdin_is_terminal", lambda: True)
    answers = "Expert Group on Testing\n3\nBangkok\n\n2027-06-01\n2027-06-02\n\n"
    result = runner.invoke(app, ["init", "bkk"], input=answers)
    assert result.exit_code == 0, result.output
    assert "Time zone of the venue (IANA zone, city or country) [Asia/Bangkok]: \n" in result.stdout
    meeting = load_and_check(tmp_path / "meetings" / "bkk.yaml").meeting
    assert (meeting.venue, meeting.timezone, [s.start.isoformat() for s in meeting.sittings]) == (
        "Bangkok", "Asia/Bangkok", ["10:00:00", "15:00:00", "10:00:00", "15:00:00"])


def test_init_rejects_a_bad_zone_with_a_suggestion(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "x", *FLAGS, "--timezone", "Europe/Geneve"])
    assert result.exit_code == 2
    assert "Error: Invalid value for --timezone: unknown zone or place 'Europe/Geneve'; did you mean" in result.stderr


# --- answers are checked as they are given (issue 10, point 12) -------------------------


def test_init_prompts_check_each_answer_and_ask_again(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(init_module, "stdin_is_terminal", lambda: True)
    answers = ("Expert Group on Testing\nseven\n7\nVienna\nVienna\n10/03/2025\n25/03/2025\n10-13\n2025-02-30\n"
               "1899-03-10\n2025-03-10\n2025-03-07\n2025-03-12\n10-13,12-18\n10-13,15-18\n")
    result = runner.invoke(app, ["init", "vie", "--kind", "session"], input=answers)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Body (full name): Expert Group on Testing\n"
        "Session number (7 for the seventh session): seven\n"
        "Error: expected a whole number from 1 to 999 (7 for the seventh), got 'seven'\n"
        "Session number (7 for the seventh session): 7\n"
        "Venue (city): Vienna\n"
        "Time zone of the venue (IANA zone, city or country) [Europe/Vienna]: Vienna\n"
        "First day (YYYY-MM-DD, e.g. 2025-03-10): 10/03/2025\n"
        "Error: expected a date as YYYY-MM-DD, e.g. 2025-03-10; 10/03/2025 could be 2025-03-10 or 2025-10-03\n"
        "First day (YYYY-MM-DD, e.g. 2025-03-10): 25/03/2025\n"
        "Error: expected a date as YYYY-MM-DD, e.g. 2025-03-10; did you mean 2025-03-25?\n"
        "First day (YYYY-MM-DD, e.g. 2025-03-10): 10-13\n"
        "Error: expected a date as YYYY-MM-DD, e.g. 2025-03-10, got '10-13'\n"
        "First day (YYYY-MM-DD, e.g. 2025-03-10): 2025-02-30\n"
        "Error: 2025-02-30 is not a real date (February 2025 has 28 days)\n"
        "First day (YYYY-MM-DD, e.g. 2025-03-10): 1899-03-10\n"
        "Error: 1899-03-10 is outside the dates egmplan handles (1900-01-01 to 2199-12-31)\n"
        "First day (YYYY-MM-DD, e.g. 2025-03-10): 2025-03-10\n"
        "Last day (YYYY-MM-DD) [2025-03-10]: 2025-03-07\n"
        "Error: the last day (2025-03-07) comes before the first (2025-03-10)\n"
        "Last day (YYYY-MM-DD) [2025-03-10]: 2025-03-12\n"
        "Daily sittings (HH:MM-HH:MM, separated by commas) [10:00-13:00,15:00-18:00]: 10-13,12-18\n"
        "Error: sitting 12:00-18:00 overlaps the one before it (times as HH:MM-HH:MM, sittings separated by commas)\n"
        "Daily sittings (HH:MM-HH:MM, separated by commas) [10:00-13:00,15:00-18:00]: 10-13,15-18\n"
    )
    assert result.stderr == "wrote meetings/vie.yaml; next: egmplan validate vie && egmplan agenda build vie\n"
    loaded = load_and_check(tmp_path / "meetings" / "vie.yaml")
    assert not loaded.errors  # the sittings between the first and the last are "to be announced"
    assert {d.message.split(" of 2025")[0] for d in loaded.warnings} == {"no item at the sitting"}
    meeting = loaded.meeting
    assert (meeting.kind, meeting.number, meeting.timezone, meeting.start.isoformat(), meeting.end.isoformat()) == (
        "session", 7, "Europe/Vienna", "2025-03-10", "2025-03-12")
    assert [(s.start.isoformat(), s.end.isoformat()) for s in meeting.sittings[:2]] == [
        ("10:00:00", "13:00:00"), ("15:00:00", "18:00:00")]
    assert meeting.agenda[0].items[0].title == "Opening of the session"


def test_init_zone_prompt_takes_a_country_as_tz_does(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(init_module, "stdin_is_terminal", lambda: True)
    answers = "Expert Group on Testing\n1\nSomewhere\nAustria\n2027-06-01\n\n\n"
    result = runner.invoke(app, ["init", "x"], input=answers)
    assert result.exit_code == 0, result.output
    assert "Time zone of the venue (IANA zone, city or country): Austria\n" in result.stdout
    assert load_and_check(tmp_path / "meetings" / "x.yaml").meeting.timezone == "Europe/Vienna"


def test_init_zone_prompt_explains_an_unknown_place(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(init_module, "stdin_is_terminal", lambda: True)
    answers = "Expert Group on Testing\n1\nSomewhere\nBangkk\nBangkok\n2027-06-01\n\n\n"
    result = runner.invoke(app, ["init", "x"], input=answers)
    assert result.exit_code == 0, result.output
    assert ("Time zone of the venue (IANA zone, city or country): Bangkk\n"
            "Error: unknown zone or place 'Bangkk'; did you mean 'Bangkok'?\n") in result.stdout
    assert load_and_check(tmp_path / "meetings" / "x.yaml").meeting.timezone == "Asia/Bangkok"


def test_init_timezone_flag_takes_what_tz_takes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "x", *FLAGS, "--timezone", "Vienna"])
    assert result.exit_code == 0, result.output
    assert load_and_check(tmp_path / "meetings" / "x.yaml").meeting.timezone == "Europe/Vienna"


@pytest.mark.parametrize("flag, value, message", [
    ("--number", "seven", "expected a whole number from 1 to 999 (7 for the seventh), got 'seven'"),
    ("--number", "0", "expected a whole number from 1 to 999 (7 for the seventh), got '0'"),
    ("--start", "29/03/2027", "expected a date as YYYY-MM-DD, e.g. 2025-03-10; did you mean 2027-03-29?"),
    ("--end", "2027-03-28", "the last day (2027-03-28) comes before the first (2027-03-29)"),
    ("--body", "Expert\x07Group", "the body's full name contains the control character U+0007; remove it"),
    ("--body", "x" * 1001, "the body's full name is 1,001 characters long; it has at most 1,000"),
    ("--body", "\u200b", "give the body's full name"),
    ("--symbol", "X/" * 128, "the symbol is 256 characters long; it has at most 255"),
    ("--start", "9999-12-31", "9999-12-31 is outside the dates egmplan handles (1900-01-01 to 2199-12-31)"),
    ("--sittings", "morning", "expected sittings like 10:00-13:00,15:00-18:00, got 'morning' "
                              "(times as HH:MM-HH:MM, sittings separated by commas)"),
])
def test_init_flags_get_the_same_checks_as_answers(tmp_path, monkeypatch, flag, value, message):
    monkeypatch.chdir(tmp_path)
    flags = list(FLAGS)
    if flag in flags:
        flags[flags.index(flag) + 1] = value
    else:
        flags += [flag, value]
    result = runner.invoke(app, ["init", "x", *flags])
    assert result.exit_code == 2
    assert result.stderr.endswith(f"Error: Invalid value for {flag}: {message}\n")
    assert not (tmp_path / "meetings").exists()


def test_init_says_the_file_exists_before_asking_anything(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["init", "x", *FLAGS]).exit_code == 0
    monkeypatch.setattr(init_module, "stdin_is_terminal", lambda: True)
    result = runner.invoke(app, ["init", "x"], input="Body\n")
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "", "egmplan: error: meetings/x.yaml exists; use --force to replace it\n")


# --- meeting ids are safe file names (issue 11) ------------------------------------------

RULE = "a meeting id has letters, digits, '.', '_' and '-', starting with a letter or digit, at most 100 characters"


@pytest.mark.parametrize("meeting_id, message", [
    ("../../x", f"the meeting id '../../x' is not a safe file name; {RULE} (e.g. 'x')"),
    ("/abs/x", f"the meeting id '/abs/x' is not a safe file name; {RULE} (e.g. 'x')"),
    ("meetings/egm-2027.yaml", f"the meeting id 'meetings/egm-2027.yaml' is not a safe file name; {RULE} "
                               "(e.g. 'egm-2027')"),
    ("egm-2027.yaml", "give the id without the file's extension: 'egm-2027' writes meetings/egm-2027.yaml"),
    ("..", f"the meeting id '..' is not a safe file name; {RULE}"),
    ("", f"the meeting id is empty; {RULE}"),
    ("my meeting", f"the meeting id 'my meeting' is not a safe file name; {RULE} (e.g. 'my-meeting')"),
    ("egm\x1b[2J", f"the meeting id 'egm\\x1b[2J' is not a safe file name; {RULE} (e.g. 'egm-2J')"),
    ("-rf", f"the meeting id '-rf' is not a safe file name; {RULE} (e.g. 'rf')"),
    ("x" * 101, f"the meeting id '{'x' * 101}' is not a safe file name; {RULE} (e.g. '{'x' * 100}')"),
])
def test_init_refuses_an_unsafe_id_before_writing_anything(tmp_path, monkeypatch, meeting_id, message):
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    (tmp_path / "x.yaml").write_text("mine\n")
    result = runner.invoke(app, ["init", "--force", *FLAGS, "--", meeting_id])
    assert result.exit_code == 2
    assert result.stderr.endswith(f"Error: Invalid value for MEETING_ID: {message}\n")
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == ["a", "a/b", "x.yaml"]
    assert (tmp_path / "x.yaml").read_text() == "mine\n"


def test_init_example_writes_the_bundled_meeting(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "--example"])
    assert (result.exit_code, result.stderr) == (0, (
        "wrote meetings/egm-cybercrime-2021.yaml, meetings/egm-cybercrime-2021.es.po, "
        "meetings/egm-cybercrime-2021.fr.po; next: egmplan validate egm-cybercrime-2021 && "
        "egmplan agenda build egm-cybercrime-2021\n"))
    for name in ("egm-cybercrime-2021.yaml", "egm-cybercrime-2021.fr.po", "egm-cybercrime-2021.es.po"):
        assert (tmp_path / "meetings" / name).read_bytes() == (bundled_folder() / name).read_bytes()
    result = runner.invoke(app, ["validate", "--strict"])
    assert (result.exit_code, result.stderr) == (0, "OK: 1 file checked, 0 errors, 0 warnings\n")


def test_init_example_under_another_id_takes_its_catalogues_along(tmp_path, monkeypatch):
    # the example declares [en, fr, es]: without its catalogues, validate would warn at once
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "--example", "my-first-meeting"])
    assert (result.exit_code, result.stderr) == (0, (
        "wrote meetings/my-first-meeting.yaml, meetings/my-first-meeting.es.po, meetings/my-first-meeting.fr.po; "
        "next: egmplan validate my-first-meeting && egmplan agenda build my-first-meeting\n"))
    assert (tmp_path / "meetings" / "my-first-meeting.fr.po").read_bytes() == (
        bundled_folder() / "egm-cybercrime-2021.fr.po").read_bytes()
    result = runner.invoke(app, ["validate", "--strict"])
    assert (result.exit_code, result.stderr) == (0, "OK: 1 file checked, 0 errors, 0 warnings\n")


def test_init_example_keeps_an_existing_catalogue_without_force(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "meetings").mkdir()
    (tmp_path / "meetings" / "egm-cybercrime-2021.es.po").write_text("mine\n")
    result = runner.invoke(app, ["init", "--example"])
    assert result.exit_code == 1
    assert result.stderr.endswith("meetings/egm-cybercrime-2021.es.po exists; use --force to replace it\n")
    assert sorted(p.name for p in (tmp_path / "meetings").iterdir()) == ["egm-cybercrime-2021.es.po"]
    assert (tmp_path / "meetings" / "egm-cybercrime-2021.es.po").read_text() == "mine\n"


def test_init_example_takes_no_meeting_flags(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "--example", "--venue", "Vienna"])
    assert result.exit_code == 2
    assert result.stderr.endswith(
        "Error: Invalid value for --example: --example writes the bundled meeting as it is; leave out --venue\n")


def test_init_without_an_id_asks_for_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", *FLAGS])
    assert result.exit_code == 2
    assert result.stderr.endswith("Error: Invalid value for MEETING_ID: give the id of the new meeting, e.g. egm-2027\n")


def test_init_refuses_a_meeting_longer_than_the_loader_allows(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    flags = list(FLAGS)
    flags[flags.index("--end") + 1] = "2028-03-29"
    result = runner.invoke(app, ["init", "x", *flags])
    assert result.exit_code == 2
    assert result.stderr.endswith("Error: Invalid value for --end: a meeting lasts at most 366 days\n")
    flags[flags.index("--end") + 1] = "2028-03-28"  # 366 days (2028 is a leap year)
    assert runner.invoke(app, ["init", "x", *flags]).exit_code == 0


def test_init_checks_every_flag_before_the_first_question(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(init_module, "stdin_is_terminal", lambda: True)
    result = runner.invoke(app, ["init", "x", "--symbol", "X/" * 128], input="Expert Group\n")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.endswith("Error: Invalid value for --symbol: the symbol is 256 characters long; "
                                  "it has at most 255\n")


def test_init_asks_again_when_a_flag_contradicts_an_answer(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(init_module, "stdin_is_terminal", lambda: True)
    answers = "Expert Group on Testing\n1\nVienna\n\n2027-06-10\n2027-06-11\n"
    result = runner.invoke(app, ["init", "x", "--end", "2027-06-01", "--sittings", "10-13"], input=answers)
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith(
        "First day (YYYY-MM-DD, e.g. 2025-03-10): 2027-06-10\n"
        "Error: --end 2027-06-01: the last day (2027-06-01) comes before the first (2027-06-10)\n"
        "Last day (YYYY-MM-DD) [2027-06-10]: 2027-06-11\n")
    meeting = load_and_check(tmp_path / "meetings" / "x.yaml").meeting
    assert (meeting.start.isoformat(), meeting.end.isoformat()) == ("2027-06-10", "2027-06-11")
