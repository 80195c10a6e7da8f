"""Every command that takes --lang runs in every language egmplan has a style for, over
every zone at once (sittings that cross midnight, day shifts, DST notes): a language
module missing something a renderer needs is a failure here, not a traceback for a user.
The sixth meeting is used: it has participants, deadlines and speakers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan import style
from egmplan.cli.main import app

from bundled import copy_meeting

ROOT = Path(__file__).resolve().parent.parent
SIXTH = ROOT / "meetings" / "egm-cybercrime-2020.yaml"
PARTICIPANTS = ROOT / "participants" / "egm-cybercrime-2020-sample.yaml"
OTHERS = [code for code in style.LANGUAGES if code != "en"]
runner = CliRunner()


@pytest.fixture(scope="module")
def meeting(tmp_path_factory) -> str:
    text = SIXTH.read_text(encoding="utf-8").replace(
        "\nmeeting:\n", f"\nmeeting:\n  languages: [en, {', '.join(OTHERS)}]\n", 1)
    return str(copy_meeting(tmp_path_factory.mktemp("six"), SIXTH.name, text=text, source=SIXTH))


COMMANDS = {
    "schedule-text": ["schedule", "--tz", "all", "-f", "text"],
    "schedule-json": ["schedule", "--tz", "all", "-f", "json"],
    "schedule-html": ["schedule", "--tz", "Pacific/Kiritimati", "--tz", "America/Los_Angeles", "-f", "html",
                      "--participants", str(PARTICIPANTS)],
    "schedule-ics": ["schedule", "--tz", "Asia/Bangkok", "-f", "ics"],
    "schedule-awake": ["schedule", "--participants", str(PARTICIPANTS), "-f", "text"],
    "orgwork": ["orgwork", "-f", "text"],
    "deadlines": ["deadlines", "-f", "table"],
    "connections": ["connections", "--participants", str(PARTICIPANTS), "-f", "table"],
    "suggest": ["suggest", "--participants", str(PARTICIPANTS), "-f", "table"],
}


@pytest.mark.parametrize("language", OTHERS)
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_command_runs_in_language(meeting, command, language):
    result = runner.invoke(app, [*COMMANDS[command], "-m", meeting, "--lang", language, "--allow-untranslated"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()


@pytest.mark.parametrize("language", OTHERS)
def test_every_format_of_the_agenda_builds_in_language(meeting, language, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["agenda", "build", meeting, "--lang", language, "--allow-untranslated",
                                 "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    built = {p.name for p in (out / "egm-cybercrime-2020" / language).iterdir()}
    assert {"agenda.md", "agenda.html", "agenda.docx", "agenda.txt", "agenda.json", "orgwork.csv",
            "sittings.ics"} <= built
    json.loads((out / "egm-cybercrime-2020" / language / "agenda.json").read_text(encoding="utf-8"))


def test_a_language_code_in_capitals_is_the_same_language(meeting, tmp_path):
    """ISO 639-1 codes are lower case; ``--lang FR`` is French, not an unknown language."""
    upper = runner.invoke(app, ["orgwork", "-m", meeting, "--lang", "FR", "--allow-untranslated", "-f", "text"])
    lower = runner.invoke(app, ["orgwork", "-m", meeting, "--lang", "fr", "--allow-untranslated", "-f", "text"])
    assert (upper.exit_code, upper.stdout) == (0, lower.stdout)
    built = runner.invoke(app, ["agenda", "build", meeting, "--lang", "AR", "--allow-untranslated", "-f", "md",
                                "-o", str(tmp_path), "-q"])
    assert built.exit_code == 0 and (tmp_path / "egm-cybercrime-2020" / "ar" / "agenda.md").is_file()
