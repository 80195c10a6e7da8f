"""One rule for times of day (``HH:MM``) and ranges (``HH:MM-HH:MM``): what it accepts, what it
refuses and why, and that every input holding a time follows it word for word."""

import re

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.clock import CLOCK_PATTERN, END_OF_DAY, ClockError, parse_clock, parse_clock_range
from egmplan.errors import InputError
from egmplan.loader.planning_schema import parse_due
from egmplan.planning.comfort import ComfortBounds
from egmplan.planning.suggest import parse_between
from egmplan.scaffold import parse_sittings


@pytest.mark.parametrize(("text", "minute"), [
    ("00:00", 0), ("0:00", 0), ("9:05", 545), ("09:05", 545), ("10:30", 630), ("23:59", 1439),
    (" 10:00 ", 600), ("\t7:15\n", 435),
])
def test_accepted_times(text, minute):
    assert parse_clock(text) == minute


@pytest.mark.parametrize(("text", "problem", "message"), [
    ("9:5", "form", "expected a time like 10:00, got '9:5'"),
    ("009:00", "form", "expected a time like 10:00, got '009:00'"),
    ("10:000", "form", "expected a time like 10:00, got '10:000'"),
    ("10.30", "form", "expected a time like 10:00, got '10.30'"),
    ("10h30", "form", "expected a time like 10:00, got '10h30'"),
    ("10:30:00", "form", "expected a time like 10:00, got '10:30:00'"),
    ("10", "form", "expected a time like 10:00, got '10'"),
    ("3 pm", "form", "expected a time like 10:00, got '3 pm'"),
    ("-1:00", "form", "expected a time like 10:00, got '-1:00'"),
    ("", "form", "expected a time like 10:00, got ''"),
    ("١٠:٠٠", "form", "expected a time like 10:00, got '١٠:٠٠'"),      # Arabic-Indic digits
    ("１０:００", "form", "expected a time like 10:00, got '１０:００'"),  # full-width digits
    ("24:00", "end of day", "24:00 is not a time of day; a sitting ends at 23:59 at the latest"),
    ("24:01", "hours", "24:01 is not a time of day (hours run from 00 to 23)"),
    ("25:30", "hours", "25:30 is not a time of day (hours run from 00 to 23)"),
    ("99:99", "hours", "99:99 is not a time of day (hours run from 00 to 23)"),
    ("9:60", "minutes", "9:60 is not a time of day (minutes run from 00 to 59)"),
    (" 23:75 ", "minutes", "23:75 is not a time of day (minutes run from 00 to 59)"),
])
def test_refused_times_say_why(text, problem, message):
    with pytest.raises(ClockError) as caught:
        parse_clock(text)
    assert (caught.value.problem, str(caught.value), isinstance(caught.value, InputError)) == (
        problem, message, True)


def test_24_00_only_ends_a_range_and_only_where_the_caller_allows_it():
    assert (parse_clock("24:00", end_of_day=True), parse_clock_range("22:00-24:00", end_of_day=True)) == (
        END_OF_DAY, (1320, 1440))
    for text in ("24:00-06:00", "22:00-24:00"):
        with pytest.raises(ClockError):
            parse_clock_range(text, end_of_day=text.startswith("24"))
    with pytest.raises(ClockError):
        parse_clock("24:30", end_of_day=True)


@pytest.mark.parametrize(("text", "minutes"), [
    ("10:00-13:00", (600, 780)), ("10:00–13:00", (600, 780)), (" 8:00 - 19:00 ", (480, 1140)),
    ("22:00-06:00", (1320, 360)), ("10:00-10:00", (600, 600)),
])
def test_accepted_ranges_leave_the_order_to_the_caller(text, minutes):
    assert parse_clock_range(text) == minutes


@pytest.mark.parametrize(("text", "problem"), [
    ("8-19", "range form"), ("10:00", "range form"), ("10:00—13:00", "range form"),  # em dash
    ("10:00-13:00x", "range form"), ("10:00 to 13:00", "range form"), ("10:00-13:00-15:00", "range form"),
    ("9:5-10:00", "range form"), ("25:00-26:00", "hours"), ("08:60-19:00", "minutes"),
    ("24:00-10:00", "end of day"), ("08:00-24:00", "end of day"),
])
def test_refused_ranges(text, problem):
    with pytest.raises(ClockError) as caught:
        parse_clock_range(text)
    assert caught.value.problem == problem


def test_the_json_schema_pattern_states_the_same_rule():
    """Every hour and minute of one or two digits (and three-digit hours): the pattern editors
    check and the parser agree, 24:00 aside (the parser refuses it with its own message)."""
    pattern = re.compile(CLOCK_PATTERN, re.ASCII)
    disagree = []
    for hours in [f"{h}" for h in range(10)] + [f"{h:02d}" for h in range(100)] + ["009", "123"]:
        for minutes in [f"{m}" for m in range(10)] + [f"{m:02d}" for m in range(100)]:
            text = f"{hours}:{minutes}"
            try:
                parse_clock(text)
                accepted = True
            except ClockError:
                accepted = False
            if accepted != bool(pattern.fullmatch(text)):
                disagree.append(text)
    assert disagree == []


# --- every input keeps its own words -------------------------------------------------------

@pytest.mark.parametrize(("text", "message"), [
    ("8-19", "working hours must look like 08:00-19:00, got '8-19'"),
    ("10:00—13:00", "working hours must look like 08:00-19:00, got '10:00—13:00'"),
    ("25:00-26:00", "working hours must be times of day, got '25:00-26:00'"),
    ("24:00-10:00", "working hours must be times of day, got '24:00-10:00'"),
    ("08:00-24:01", "working hours must be times of day, got '08:00-24:01'"),
])
def test_comfort_bounds_messages(text, message):
    with pytest.raises(ValueError) as caught:
        ComfortBounds.parse(text)
    assert str(caught.value) == message


def test_comfort_bounds_to_24_00():
    """Working hours to 24:00 end at 23:59; a night to 24:00 ends at midnight."""
    bounds = ComfortBounds.parse("09:00 – 20:00", "20:00-24:00")
    assert (bounds.working_start.isoformat(), bounds.working_end.isoformat(),
            bounds.night_start.isoformat(), bounds.night_end.isoformat()) == ("09:00:00", "20:00:00", "20:00:00",
                                                                               "00:00:00")
    with pytest.raises(ValueError) as caught:
        ComfortBounds.parse("09:00-24:00")
    assert str(caught.value) == ("comfort bounds must satisfy night end (06:00) ≤ working start (09:00) < "
                                 "working end (23:59) ≤ night start (22:00)")


@pytest.mark.parametrize(("text", "outcome"), [
    ("08:00-24:00", (480, 1440)), ("7:30–9:00", (450, 540)),
    ("8-22", "expected hours like 08:00-22:00, got '8-22'"),
    ("08:00-24:30", "expected times of day in '08:00-24:30'"),
    ("24:00-24:00", "expected times of day in '24:00-24:00'"),
    ("10:00-10:00", "the hours must end after they start, got '10:00-10:00'"),
])
def test_suggest_between(text, outcome):
    try:
        result = parse_between(text)
    except ValueError as exc:
        result = str(exc)
    assert result == outcome


@pytest.mark.parametrize(("text", "outcome"), [
    ("9:30-12:00, 14:00–17:00", [("09:30:00", "12:00:00"), ("14:00:00", "17:00:00")]),
    ("morning", "expected sittings like 10:00-13:00,15:00-18:00, got 'morning'"),
    ("10:00-24:00", "24:00 is not a time of day; a sitting ends at 23:59 at the latest"),
    ("10:00-12:60", "12:60 is not a time of day (minutes run from 00 to 59)"),
    ("10:00-10:00", "sitting 10:00-10:00 ends before it starts"),
])
def test_init_sittings(text, outcome):
    try:
        result = [(a.isoformat(), b.isoformat()) for a, b in parse_sittings(text)]
    except ValueError as exc:
        result = str(exc)
    assert result == outcome


@pytest.mark.parametrize(("text", "outcome"), [
    ("-5d 9:30", "09:30:00"), ("2020-07-22 23:59", "23:59:00"),
    ("-5d 24:00", "24:00 is not a time of day"), ("-5d 12:60", "12:60 is not a time of day"),
    ("-5d 9:5", "expected a date (2020-07-22) or a time from the opening (-3w, -5d, or -5wd for five working "
                "days), optionally followed by COB or a time (2020-07-22 COB, -5d 12:00), got -5d 9:5"),
])
def test_deadline_times(text, outcome):
    try:
        result = parse_due(text).clock.isoformat()
    except ValueError as exc:
        result = str(exc)
    assert result == outcome


def test_schedule_command_line_words_a_bad_range(root, monkeypatch):
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["schedule", "-m", "egm-cybercrime-2021", "--night", "22:00-6"])
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", "egmplan: error: night hours must look like 08:00-19:00, got '22:00-6'\n")
