"""The plain layout of schedule and orgwork when stdout is not a terminal: a contract scripts
read (docs/plain-text.md), held here word for word."""

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app

ROOT = Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "plain-text.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"<!-- example: (.+?) -->\n```text\n(.*?)\n```", DOC, re.S)


def _run(monkeypatch, *args: str):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_documentation_shows_examples():
    assert [command.split()[0] for command, _ in EXAMPLES] == ["schedule", "schedule", "orgwork"]


@pytest.mark.parametrize("command, printed", EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_piped_output_is_the_documented_layout(monkeypatch, command, printed):
    assert _run(monkeypatch, *command.split()) == printed + "\n"


def test_format_text_is_the_piped_layout_and_table_forces_rich(monkeypatch):
    args = ["schedule", "-m", "egm-cybercrime-2021", "--tz", "Bangkok"]
    piped = _run(monkeypatch, *args)
    assert _run(monkeypatch, *args, "--format", "text") == piped
    assert _run(monkeypatch, *args, "--format", "txt") == piped
    rich = _run(monkeypatch, *args, "--format", "table")
    assert "┃ Date" in rich and "┃" not in piped


def test_schedule_plain_layout_word_for_word(monkeypatch):
    assert _run(monkeypatch, "schedule", "-m", "egm-cybercrime-2021", "--tz", "Kathmandu", "-q") == (
        "Seventh meeting of the Expert Group to Conduct a Comprehensive Study on Cybercrime\n"
        "Vienna, 6–8 April 2021: local times of the sittings\n"
        "\n"
        "Date                     Vienna time (CEST, UTC+2)  Asia/Kathmandu (UTC+5:45)\n"
        "-----------------------  -------------------------  ---------------------------\n"
        "Tuesday, 6 April 2021    10 a.m.–1 p.m.             1.45–4.45 p.m. (working)\n"
        "                         3–6 p.m.                   6.45–9.45 p.m. (early/late)\n"
        "Wednesday, 7 April 2021  10 a.m.–1 p.m.             1.45–4.45 p.m. (working)\n"
        "                         3–6 p.m.                   6.45–9.45 p.m. (early/late)\n"
        "Thursday, 8 April 2021   10 a.m.–1 p.m.             1.45–4.45 p.m. (working)\n"
        "                         3–6 p.m.                   6.45–9.45 p.m. (early/late)\n"
        "\n"
        "Comfort, local time: working 08:00–19:00; early/late 06:00–08:00 and 19:00–22:00; night 22:00–06:00. "
        "A sitting takes the worst class it touches.\n"
    )


def test_schedule_written_to_a_file_is_the_plain_layout(monkeypatch, tmp_path):
    args = ["schedule", "-m", "egm-cybercrime-2021", "--tz", "Bangkok", "-q"]
    _run(monkeypatch, *args, "-o", str(tmp_path / "s.txt"))
    assert (tmp_path / "s.txt").read_text(encoding="utf-8") == _run(monkeypatch, *args)


def test_who_is_awake_plain_layout(monkeypatch):
    out = _run(monkeypatch, "schedule", "-m", "egm-cybercrime-2021", "--tz", "Bangkok", "-q",
               "--participants", str(ROOT / "participants" / "egm-cybercrime-2020-sample.yaml"))
    awake = out[out.index("Who is awake"):].splitlines()
    assert awake[:5] == [
        "Who is awake: 36 participants, delegations (delegates) per comfort class",
        "",
        "Date                     Sitting         working  early/late    night",
        "-----------------------  --------------  -------  ----------  -------",
        "Tuesday, 6 April 2021    10 a.m.–1 p.m.  23 (43)       2 (3)  11 (20)",
    ]
    assert awake[10] == ""
    assert awake[11].startswith("At night, Tuesday, 6 April 2021, 10 a.m.–1 p.m. (11): ")


def test_plain_output_imports_no_rich():
    import subprocess
    import sys

    code = ("import sys; from egmplan.cli.main import run\n"
            "sys.argv = ['egmplan', 'schedule', '-m', 'egm-cybercrime-2021', '--tz', 'Asia/Bangkok']\n"
            "try:\n    run()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_orgwork_builds_only_the_table_it_prints_the_same_as_the_document_has():
    """`orgwork` as text or in the terminal builds only the annex title and the table
    (render.view.build_orgwork_view), the very ones of the whole document's view."""
    from pathlib import Path

    from egmplan.loader import load_meeting
    from egmplan.render.orgwork_plain import render
    from egmplan.render.view import build_orgwork_view, build_view

    root = Path(__file__).resolve().parent.parent
    files = sorted((root / "meetings").glob("*.yaml")) + sorted((root / "tests" / "corpus").glob("*.yaml"))
    compared = 0
    for path in files:
        meeting = load_meeting(path).meeting
        if meeting is None:
            continue
        whole, table_only = build_view(meeting), build_orgwork_view(meeting)
        assert (table_only.annex_title, table_only.table) == (whole.annex_title, whole.table), path.name
        assert render(table_only) == render(whole)
        compared += 1
    assert compared >= 4
