"""Deadlines counted in working days (``-5wd``), and deadlines on a weekend or a listed holiday."""

import json
import re
from datetime import date
from textwrap import dedent

from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.loader import load_meeting_text
from egmplan.loader.meeting_schema import MEETING_FILE
from egmplan.loader.planning_schema import Due, parse_due

# Opens on Monday 12 April 2021; Thursday 8 April is a holiday; the meeting does not sit on
# Wednesday 14 April.
MEETING = dedent("""\
    meeting:
      body: Expert Group
      number: 7
      venue: Vienna
      timezone: Europe/Vienna
      dates: {start: 2021-04-12, end: 2021-04-16}
    sittings:
      default:
        - {start: "10:00", end: "13:00"}
      no_sitting:
        2021-04-14: Official United Nations holiday
    agenda:
      - title: Opening
    holidays:
      2021-04-08: Official holiday
    deadlines:
    """)


def _load(*dues: str):
    text = MEETING + "".join(f"  - {{label: D{n}, due: {due}}}\n" for n, due in enumerate(dues))
    return load_meeting_text(text, "m.yaml")


def _dates(*dues: str) -> list[date]:
    result = _load(*dues)
    assert result.errors == []
    by_label = {d.label: d.date for d in result.meeting.deadlines}
    return [by_label[f"D{n}"] for n in range(len(dues))]


def test_working_days_skip_weekends_and_listed_holidays_before_and_during_the_meeting():
    assert _dates("-1wd", "-2wd", "-5wd", "-0wd", "+1wd", "+2wd", "+3wd", "-10wd COB") == [
        date(2021, 4, 9),    # Friday
        date(2021, 4, 7),    # Wednesday: Thursday 8 April is a holiday
        date(2021, 4, 2),    # Friday of the week before
        date(2021, 4, 12),   # the opening itself
        date(2021, 4, 13),   # Tuesday
        date(2021, 4, 15),   # Thursday: Wednesday has no sitting (a listed holiday)
        date(2021, 4, 16),
        date(2021, 3, 26),   # ten working days: two weeks and the holiday
    ]


def test_calendar_days_and_weeks_are_unchanged():
    assert _dates("-5d", "-3w", "+2d") == [date(2021, 4, 7), date(2021, 3, 22), date(2021, 4, 14)]


def test_a_deadline_on_a_weekend_or_a_listed_holiday_is_warned_about_and_kept():
    result = _load("-2d", "-1d", "2021-04-08 COB", "+2d 12:00", "-2wd", "-3d")
    assert [f"{d.severity}: {d.path}: {d.message}" for d in result.diagnostics] == [
        "warning: deadlines[0].due: falls on 2021-04-10, a Saturday; give a working day, or count working days (-5wd)",
        "warning: deadlines[1].due: falls on 2021-04-11, a Sunday; give a working day, or count working days (-5wd)",
        "warning: deadlines[2].due: falls on 2021-04-08, a listed holiday (Official holiday); "
        "give a working day, or count working days (-5wd)",
        "warning: deadlines[3].due: falls on 2021-04-14, a listed holiday (Official United Nations holiday); "
        "give a working day, or count working days (-5wd)",
    ]
    assert len(result.meeting.deadlines) == 6


def test_working_days_are_parsed_with_a_time_or_cob():
    assert parse_due("-5 wd  COB") == Due(None, -5, None, True, "-5 wd COB", working_days=True)
    assert parse_due("+3wd 12:00").working_days and parse_due("+3wd 12:00").offset_days == 3
    assert not parse_due("-5d").working_days


def test_an_unknown_unit_names_the_working_day_form():
    result = _load("-5x")
    assert [d.message for d in result.errors] == [
        "expected a date (2020-07-22) or a time from the opening (-3w, -5d, or -5wd for five working days), "
        "optionally followed by COB or a time (2020-07-22 COB, -5d 12:00), got -5x"
    ]


def test_the_json_schema_accepts_working_days():
    deadline = MEETING_FILE.field_named("deadlines").spec.item
    pattern = deadline.field_named("due").spec.json_schema()["pattern"]
    assert [bool(re.match(pattern, due)) for due in ("-5wd", "-5wd COB", "+2 wd 09:00", "-5w", "-5x")] == [
        True, True, True, True, False]


def test_deadlines_command_shows_the_day_working_days_give(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text(MEETING + "  - {label: Nominations, due: -5wd COB}\n", encoding="utf-8")
    done = CliRunner().invoke(app, ["deadlines", "-m", str(path), "--format", "json"])
    assert done.exit_code == 0, done.output
    [row] = json.loads(done.stdout)["deadlines"]
    assert (row["due"], row["date"], row["venue"]) == ("-5wd COB", "2021-04-02", "2021-04-02T18:00:00+02:00")
