"""User text in diagnostics and error messages is shown escaped, in every output format.

A key holding a line break must not forge a second ``FILE:LINE:COL: error:`` line or a
GitHub workflow command; escape sequences (clear screen, window title, carriage return)
and bidi overrides must not reach the terminal. JSON keeps the real text.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.errors import Diagnostic, printable
from egmplan.jsontext import visible

from bundled import copy_bundled

runner = CliRunner()

HOSTILE = """\
meeting:
  body: Expert Group on Testing
  number: 3
  venue: Vienna
  timezone: Europe/Vienna
  dates: {start: 2021-04-06, end: 2021-04-06}
sittings:
  default:
    - {start: "10:00", end: "13:00", "strat\\nhostile.yaml:1:1: error: forged": 1}
    - {start: "15:00", end: "18:00", "\\e]0;owned\\a\\e[2J\\r\\u202Estrat": 2}
agenda:
  - title: Organizational matters
"""

TEXT = [
    r"hostile.yaml:9:38: error: sittings.default[0].strat\nhostile.yaml:1:1: error: forged: "
    r"unknown key 'strat\nhostile.yaml:1:1: error: forged'; expected one of: start, end",
    r"hostile.yaml:10:38: error: sittings.default[1].\x1b]0;owned\x07\x1b[2J\r\u202estrat: "
    r"unknown key '\x1b]0;owned\x07\x1b[2J\r\u202estrat'; expected one of: start, end",
]
GITHUB = [
    r"::error file=hostile.yaml,line=9,col=38::sittings.default[0].strat\nhostile.yaml:1:1: error: forged: "
    r"unknown key 'strat\nhostile.yaml:1:1: error: forged'; expected one of: start, end",
    r"::error file=hostile.yaml,line=10,col=38::sittings.default[1].\x1b]0;owned\x07\x1b[2J\r\u202estrat: "
    r"unknown key '\x1b]0;owned\x07\x1b[2J\r\u202estrat'; expected one of: start, end",
]


@pytest.fixture
def hostile(tmp_path, monkeypatch):
    (tmp_path / "hostile.yaml").write_text(HOSTILE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return "hostile.yaml"


def _only_printable(text: str) -> bool:
    return all(line.isprintable() for line in text.split("\n"))


def test_text_format_shows_each_key_escaped_on_its_own_line(hostile):
    result = runner.invoke(app, ["validate", "-v", hostile])
    assert (result.exit_code, result.stdout) == (1, "".join(f"{line}\n" for line in TEXT))
    assert result.stderr == "checked hostile.yaml: not usable (2 errors)\nFAILED: 1 file checked, 2 errors, 0 warnings\n"


def test_github_format_cannot_start_a_second_workflow_command(hostile):
    result = runner.invoke(app, ["validate", "--format", "github", hostile])
    assert (result.exit_code, result.stdout) == (1, "".join(f"{line}\n" for line in GITHUB))


def test_text_under_github_actions_escapes_both_lines(hostile, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = runner.invoke(app, ["validate", hostile])
    assert result.stdout.splitlines() == [TEXT[0], GITHUB[0], TEXT[1], GITHUB[1]]


def test_json_format_keeps_the_real_text_in_terminal_safe_bytes(hostile):
    result = runner.invoke(app, ["validate", "--format", "json", hostile])
    assert result.exit_code == 1
    assert _only_printable(result.stdout)
    assert '"path": "sittings.default[1].\\u001b]0;owned\\u0007\\u001b[2J\\r\\u202estrat",' in result.stdout
    paths = [d["path"] for d in json.loads(result.stdout)["files"][0]["diagnostics"]]
    assert paths == ["sittings.default[0].strat\nhostile.yaml:1:1: error: forged",
                     "sittings.default[1].\x1b]0;owned\x07\x1b[2J\r\u202estrat"]


def test_a_file_name_with_control_characters_is_shown_escaped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = "x\x1b[2J\n.yaml"
    (tmp_path / name).write_text("meeting: {}\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", "-v", name])
    assert result.exit_code == 1
    assert _only_printable(result.stdout) and _only_printable(result.stderr)
    assert result.stdout.startswith("x\\x1b[2J\\n.yaml:1:")
    assert "checked x\\x1b[2J\\n.yaml: " in result.stderr


def test_diagnostic_line_and_annotation_escape_every_part():
    from egmplan.cli.common import github_annotation

    diagnostic = Diagnostic("a\rb,c:d.yaml", 2, 3, "warning", "x.\u2066k\u2069", "got '\x9b31m' 100%")
    assert str(diagnostic) == r"a\rb,c:d.yaml:2:3: warning: x.\u2066k\u2069: got '\x9b31m' 100%"
    assert github_annotation(diagnostic) == (
        r"::warning file=a\rb%2Cc%3Ad.yaml,line=2,col=3::x.\u2066k\u2069: got '\x9b31m' 100%25"
    )


# --- other messages that echo user input ------------------------------------------------------


def test_unknown_meeting_id_is_echoed_escaped(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["schedule", "-m", "nope\x1b]0;t\x07\nx"])
    assert result.exit_code != 0
    assert result.stderr.count("\n") == 1 and _only_printable(result.stderr)
    assert "nope\\x1b]0;t\\x07\\nx" in result.stderr


def test_unknown_zone_is_echoed_escaped(root, monkeypatch):
    monkeypatch.chdir(root)
    result = runner.invoke(app, ["schedule", "-m", "egm-cybercrime-2021", "--tz", "Nowhere\x1b[31m\nx"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and _only_printable(result.stderr)
    assert result.stderr.startswith("egmplan: error: --tz Nowhere\\x1b[31m\\nx: ")


def test_meetings_folder_from_the_environment_is_echoed_escaped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m\x1b[2J").mkdir()
    monkeypatch.setenv("EGMPLAN_MEETINGS", str(tmp_path / "m\x1b[2J"))
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and _only_printable(result.stderr)
    assert "m\\x1b[2J" in result.stderr


# --- the two functions ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "shown"), [
    ("plain text, d'Ivoire – Côte", "plain text, d'Ivoire – Côte"),
    ("a\nb\r\tc", r"a\nb\r\tc"),
    ("\x1b[2J\x1b]0;title\x07", r"\x1b[2J\x1b]0;title\x07"),
    ("\x9b31m\x7f", r"\x9b31m\x7f"),
    ("\u202eevil\u200b\u2028\ufeff", r"\u202eevil\u200b\u2028\ufeff"),
    ("\U000e0041", r"\U000e0041"),
    ("back\\slash", "back\\slash"),
])
def test_printable(text, shown):
    assert printable(text) == shown


def test_visible_json_escapes_what_a_terminal_acts_on_and_still_decodes():
    value = {"k": "Côte \u202e\x9b\U000e0041 \u4e2d"}
    text = visible(json.dumps(value, ensure_ascii=False, indent=2))
    assert text == '{\n  "k": "Côte \\u202e\\u009b\\udb40\\udc41 \u4e2d"\n}'
    assert json.loads(text) == value


@pytest.mark.parametrize("command", [["agenda", "build"], ["orgwork", "-m", "egm-cybercrime-2021"]])
def test_a_templates_folder_that_is_not_one_is_echoed_escaped(root, monkeypatch, command):
    monkeypatch.chdir(root)
    result = runner.invoke(app, [*command, "--templates", "no\nsuch\x1b[2J"])
    assert result.exit_code == 2
    assert "'--templates': no\\nsuch\\x1b[2J is not a folder" in result.stderr


# --- every command, every argument a user types ----------------------------------------------

ARGUMENT = "x\x1b[2J\u202e\nFORGED"
ARGUMENTS = [
    ["schedule", "-m", ARGUMENT], ["schedule", "-m", "egm-cybercrime-2021", "--tz", ARGUMENT],
    ["schedule", "-m", "egm-cybercrime-2021", "--working", ARGUMENT],
    ["schedule", "-m", "egm-cybercrime-2021", "--night", ARGUMENT],
    ["schedule", "-m", "egm-cybercrime-2021", "--layout", ARGUMENT],
    ["schedule", "-m", "egm-cybercrime-2021", "-f", ARGUMENT],
    ["schedule", "-m", "egm-cybercrime-2021", "--participants", ARGUMENT],
    ["deadlines", "-m", "egm-cybercrime-2021", "--tz", ARGUMENT], ["deadlines", "-m", ARGUMENT],
    ["connections", "-m", "egm-cybercrime-2021", "--participants", ARGUMENT],
    ["suggest", "-m", "egm-cybercrime-2021", "--length", ARGUMENT],
    ["suggest", "-m", "egm-cybercrime-2021", "--between", ARGUMENT],
    ["suggest", "-m", "egm-cybercrime-2021", "--break", ARGUMENT],
    ["suggest", "-m", "egm-cybercrime-2021", "--participants", ARGUMENT],
    ["orgwork", "-m", ARGUMENT], ["orgwork", "-m", "egm-cybercrime-2021", "-f", ARGUMENT],
    ["orgwork", "plan", "-m", "egm-cybercrime-2021", "--estimate", ARGUMENT],
    ["orgwork", "plan", "-m", "egm-cybercrime-2021", "--pin", ARGUMENT],
    ["agenda", "build", ARGUMENT], ["agenda", "build", "egm-cybercrime-2021", "-f", ARGUMENT],
    ["agenda", "build", "egm-cybercrime-2021", "-f", "md", "-v", "-o", ARGUMENT],
    ["validate", ARGUMENT], ["diff", ARGUMENT, "meetings/egm-cybercrime-2021.yaml"],
    ["init", ARGUMENT],
    ["init", "new-meeting", "--timezone", ARGUMENT, "--body", "B", "--number", "1", "--venue", "V",
     "--start", "2030-01-07", "--end", "2030-01-08"],
    ["init", "new-meeting", "--start", ARGUMENT], ["init", "new-meeting", "--sittings", ARGUMENT],
]


@pytest.mark.parametrize("args", ARGUMENTS, ids=[" ".join(a[:2]) + " " + a[-2] for a in ARGUMENTS])
def test_no_command_echoes_an_argument_raw(root, tmp_path, monkeypatch, args):
    copy_bundled(tmp_path / "meetings")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, args)
    assert isinstance(result.exception, (SystemExit, type(None))), repr(result.exception)
    shown = result.stdout + result.stderr
    assert "\x1b" not in shown and "\u202e" not in shown
    assert "\nFORGED" not in shown
