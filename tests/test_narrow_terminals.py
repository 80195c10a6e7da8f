"""Narrow terminals: tables wrap at words and become lists when a word would not fit; plain
layouts in a pipe stay the same bytes whatever the width."""

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.loader import load_meeting
from egmplan.render.planning_text import deadlines_text
from egmplan.render.plaintable import display_width, list_lines, table_lines

ROOT = Path(__file__).resolve().parent.parent
MEETINGS = ROOT / "meetings"
BOX = re.compile(r"[─━│┃┏┓┗┛┡┩┣┫┳┻╇╋└┘┌┐├┤┬┴┼]+")


def _run(monkeypatch, columns, *args):
    """The terminal table (``--format table``: the runner's stdout is no terminal)."""
    monkeypatch.setenv("COLUMNS", str(columns))
    result = CliRunner().invoke(app, [*args, "--format", "table"])
    assert result.exit_code == 0, result.output
    return result.stdout


def _words(text):
    return {word for word in BOX.sub(" ", text).split()}


def _no_split_words(output, *sources):
    """Every word printed is a whole word of what was to be printed (a split leaves fragments)."""
    allowed = set()
    for source in sources:
        allowed |= _words(source)
    allowed |= {word + ":" for word in allowed}  # a heading in the list layout
    return sorted(_words(output) - allowed)


@pytest.mark.parametrize("columns", [40, 60, 80, 100, 160])
@pytest.mark.parametrize("meeting_id", ["egm-cybercrime-2017", "egm-cybercrime-2020", "egm-cybercrime-2021"])
def test_orgwork_never_splits_a_word(monkeypatch, columns, meeting_id):
    output = _run(monkeypatch, columns, "orgwork", "-m", str(MEETINGS / f"{meeting_id}.yaml"))
    wide = _run(monkeypatch, 1000, "orgwork", "-m", str(MEETINGS / f"{meeting_id}.yaml"))
    assert _no_split_words(output, wide) == []
    assert max(display_width(line) for line in output.splitlines()) <= max(columns, 40) + 20


def test_orgwork_at_60_columns_is_a_list(monkeypatch):
    output = _run(monkeypatch, 60, "orgwork", "-m", str(MEETINGS / "egm-cybercrime-2021.yaml"))
    assert output.splitlines()[:9] == [
        "Proposed organization of work",
        "",
        "Date: Tuesday, 6 April 2021",
        "Time: 10 a.m.–1 p.m.",
        "Item: 1 (a)",
        "Title or description: Opening of the meeting",
        "",
        "Item: 1 (b)",
        "Title or description: Adoption of the agenda",
    ]


@pytest.mark.parametrize("columns", [50, 60, 80])
def test_schedule_with_several_zones_never_splits_a_zone_name(monkeypatch, columns):
    args = ["schedule", "-m", str(MEETINGS / "egm-cybercrime-2021.yaml"), "--tz", "Asia/Bangkok",
            "--tz", "America/New_York", "--tz", "Asia/Tokyo"]
    output = _run(monkeypatch, columns, *args)
    wide = _run(monkeypatch, 1000, *args) + _run(monkeypatch, 1000, *args, "--layout", "long")
    assert _no_split_words(output, wide) == []
    assert "Asia/Bangkok" in output


def test_the_long_schedule_in_chinese_heads_each_sitting_in_chinese_and_aligns_by_display_width(
        monkeypatch, tmp_path):
    from bundled import copy_meeting

    source = MEETINGS / "egm-cybercrime-2020.yaml"
    text = source.read_text(encoding="utf-8").replace("\nmeeting:\n", "\nmeeting:\n  languages: [en, zh]\n", 1)
    meeting = copy_meeting(tmp_path, source.name, text=text, source=source)
    zones = ("Asia/Tokyo", "America/New_York", "Europe/London", "Africa/Cairo")
    output = _run(monkeypatch, 70, "schedule", "-m", str(meeting), *(a for z in zones for a in ("--tz", z)),
                  "--lang", "zh", "--allow-untranslated")
    lines = [line.rstrip() for line in output.splitlines()]
    start = next(n for n, line in enumerate(lines) if line.startswith("2020年7月27日星期一中午12时至下午2时——"))
    block = [line for line in lines[start + 1:start + 8] if line.startswith("  ")][:4]
    assert [line.split()[0] for line in block] == list(zones)
    # the column after the local time starts at the same terminal column on every line
    offsets = [display_width(line[:line.index("UTC")]) for line in block]
    assert len(set(offsets)) == 1, block


def test_who_is_awake_at_60_columns_is_a_line_per_sitting(monkeypatch):
    output = _run(monkeypatch, 60, "schedule", "-m", str(MEETINGS / "egm-cybercrime-2021.yaml"), "--tz", "Bangkok",
                  "--participants", str(ROOT / "participants" / "egm-cybercrime-2020-sample.yaml"))
    assert "…" not in output
    assert "Tuesday, 6 April 2021, 10 a.m.–1 p.m.: working 23 (43), early/late 2 (3), night 11 (20)" in " ".join(
        output.split())


def test_plain_tables_in_a_pipe_keep_their_layout_and_lists_in_a_narrow_terminal():
    rows = [("What", "Due"), ("Registration", "Wednesday, 22 July 2020, 9.30 a.m.")]
    assert table_lines(rows) == table_lines(rows, width=200) == [
        "What          Due", "------------  ----------------------------------",
        "Registration  Wednesday, 22 July 2020, 9.30 a.m."]
    assert table_lines(rows, width=40) == ["What: Registration", "Due: Wednesday, 22 July 2020, 9.30 a.m."]
    assert list_lines(("Title",), [("A very long title that wraps at words",)], 20) == [
        "Title: A very long", "    title that wraps", "    at words"]


def test_display_width_counts_wide_characters_twice():
    assert [display_width(t) for t in ("abc", "第六届会议", "é", "e\u0301")] == [3, 10, 1, 1]


def test_deadlines_fit_the_terminal():
    meeting = load_meeting(MEETINGS / "egm-cybercrime-2020.yaml").meeting
    narrow = deadlines_text(meeting, width=60)
    assert max(len(line) for line in narrow.splitlines()) <= 60
    assert deadlines_text(meeting) != narrow
    assert "What: Nomination of delegates who will use a speaker link" in narrow
