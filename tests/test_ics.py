"""The calendar file: parsed back, property by property, and the same bytes on every build."""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from egmplan.loader import load_meeting, load_meeting_text
from egmplan.output import build_timestamp
from egmplan.render.calendar_view import SUMMARY_WIDTH, shorten, sitting_summary
from egmplan.style import get_style
from egmplan.render.ics import PRODID, render_ics

ROOT = Path(__file__).resolve().parent.parent

REISSUED = """\
meeting:
  body: Expert Group to Conduct a Comprehensive Study on Cybercrime
  short_body: Expert Group
  number: 5
  venue: Vienna
  timezone: Europe/Vienna
  revision: 3
  issued: 2019-02-01
  dates: {start: 2019-03-27, end: 2019-03-28}
sittings:
  default:
    - {start: "10:00", end: "13:00"}
    - {start: "15:00", end: "18:00"}
agenda:
  - title: Organizational matters
    items:
      - title: Opening of the meeting
      - title: Adoption of the agenda
  - title: Law enforcement and investigations
organization_of_work:
  2019-03-27:
    - ["1 (a)", "1 (b)", "2"]
    - ["2"]
  2019-03-28:
    - ["2"]
    - ["2"]
"""


def bundled(stem: str):
    return load_meeting(ROOT / "meetings" / f"{stem}.yaml").meeting


def from_text(text: str, meeting_id: str = "egm-cybercrime-2019"):
    result = load_meeting_text(text, "<test>", meeting_id)
    assert result.errors == []
    return result.meeting


def build(meeting, epoch: str | None = None) -> bytes:
    return render_ics(meeting, timestamp=build_timestamp(epoch, meeting.issued))


def parse(data: bytes):
    from icalendar import Calendar

    return Calendar.from_ical(data)


def content_lines(data: bytes) -> list[str]:
    """RFC 5545 3.1: unfold (CRLF followed by one space or tab) and split."""
    text = data.decode("utf-8")
    return re.sub(r"\r\n[ \t]", "", text).split("\r\n")[:-1]


# --- properties ----------------------------------------------------------------------------

def test_calendar_properties():
    calendar = parse(build(bundled("egm-cybercrime-2021")))
    assert (str(calendar["METHOD"]), str(calendar["PRODID"]), str(calendar["VERSION"])) == (
        "PUBLISH", PRODID, "2.0")


def test_one_event_per_sitting_with_stable_uids():
    meeting = bundled("egm-cybercrime-2021")
    events = parse(build(meeting)).walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [
        "egm-cybercrime-2021-20210406-1@egmplan.invalid", "egm-cybercrime-2021-20210406-2@egmplan.invalid",
        "egm-cybercrime-2021-20210407-1@egmplan.invalid", "egm-cybercrime-2021-20210407-2@egmplan.invalid",
        "egm-cybercrime-2021-20210408-1@egmplan.invalid", "egm-cybercrime-2021-20210408-2@egmplan.invalid",
    ]


def test_start_and_end_carry_the_venue_zone():
    meeting = bundled("egm-cybercrime-2021")
    events = parse(build(meeting)).walk("VEVENT")
    assert [(e["DTSTART"].params["TZID"], e["DTSTART"].dt, e["DTEND"].params["TZID"], e["DTEND"].dt)
            for e in events] == [
        ("Europe/Vienna", s.starts_at, "Europe/Vienna", s.ends_at) for s in meeting.sittings]
    assert [e["DTSTART"].dt.utcoffset().total_seconds() for e in events] == [7200.0] * 6


def test_vtimezone_of_the_venue_is_included_once():
    calendar = parse(build(bundled("egm-cybercrime-2021")))
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Europe/Vienna"]
    parts = [(p.name, str(p["TZNAME"])) for p in zones[0].subcomponents]
    assert sorted(set(parts)) == [("DAYLIGHT", "CEST"), ("STANDARD", "CET")]
    starts = [p["DTSTART"].dt for p in zones[0].subcomponents]
    assert starts == sorted(starts)


def test_summary_names_the_meeting_and_the_items_taken():
    events = parse(build(from_text(REISSUED))).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == [
        "Expert Group, fifth meeting: 1 (a) Opening of the…; 1 (b) Adoption of the…; 2 Law enforcement…",
        "Expert Group, fifth meeting: 2 Law enforcement and investigations",
        "Expert Group, fifth meeting: 2 Law enforcement and investigations",
        "Expert Group, fifth meeting: 2 Law enforcement and investigations",
    ]
    assert str(events[1]["DESCRIPTION"]) == (
        "Wednesday, 27 March 2019, 3–6 p.m. (Vienna time)\n"
        "Item 2: Law enforcement and investigations (continued)")


def test_sequence_is_the_revision_and_dtstamp_the_issue_date():
    events = parse(build(from_text(REISSUED))).walk("VEVENT")
    assert [(e["SEQUENCE"], e["DTSTAMP"].dt) for e in events] == [
        (3, datetime(2019, 2, 1, tzinfo=timezone.utc))] * 4


def test_dtstamp_comes_from_source_date_epoch_first():
    events = parse(build(from_text(REISSUED), "1700000000")).walk("VEVENT")
    assert {e["DTSTAMP"].dt for e in events} == {datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)}


def test_dtstamp_without_issue_date_or_epoch_is_the_unix_epoch():
    meeting = bundled("egm-cybercrime-2021")
    assert meeting.issued is None
    events = parse(build(meeting)).walk("VEVENT")
    assert {e["DTSTAMP"].dt for e in events} == {datetime(1970, 1, 1, tzinfo=timezone.utc)}


def test_reissue_keeps_uids_and_raises_sequence():
    first = from_text(REISSUED)
    second = from_text(REISSUED.replace("revision: 3", "revision: 4")
                       .replace("Law enforcement and investigations", "Law enforcement"))
    one, two = (parse(build(m)).walk("VEVENT") for m in (first, second))
    assert ([str(e["UID"]) for e in one], [e["SEQUENCE"] for e in two]) == (
        [str(e["UID"]) for e in two], [4, 4, 4, 4])


# --- bytes on the wire -----------------------------------------------------------------------

@pytest.mark.parametrize("stem", ["egm-cybercrime-2017", "egm-cybercrime-2020", "egm-cybercrime-2021"])
def test_lines_end_in_crlf_and_fold_at_75_octets(stem):
    data = build(bundled(stem))
    assert data.endswith(b"\r\n")
    raw_lines = data.split(b"\r\n")[:-1]
    assert [line for line in raw_lines if b"\r" in line or b"\n" in line] == []
    assert [line for line in raw_lines if len(line) > 75] == []
    assert any(line.startswith(b" ") for line in raw_lines)  # long descriptions were folded
    data.decode("utf-8")  # folding never splits a UTF-8 sequence


@pytest.mark.parametrize("stem", ["egm-cybercrime-2017", "egm-cybercrime-2020", "egm-cybercrime-2021"])
def test_no_floating_times_and_no_fixed_offset_zones(stem):
    lines = content_lines(build(bundled(stem)))
    timed = [line for line in lines if re.match(r"^(DTSTART|DTEND|DTSTAMP|RECURRENCE-ID)[;:]", line)]
    in_events = [line for line in timed if not re.match(r"^DTSTART:\d{8}T\d{6}$", line)]
    # Inside VTIMEZONE, DTSTART is local time by definition (RFC 5545 3.6.5); everywhere
    # else a time carries the venue's TZID or is UTC ("Z").
    floating = [line for line in in_events
                if not (line.endswith("Z") or line.startswith(("DTSTART;TZID=Europe/Vienna:",
                                                               "DTEND;TZID=Europe/Vienna:")))]
    assert floating == []
    tzids = {m.group(1) for line in lines for m in re.finditer(r"TZID[=:]([^:;]+)", line)}
    assert tzids == {"Europe/Vienna"}


def test_vtimezone_dtstart_lines_are_only_inside_vtimezone():
    lines = content_lines(build(bundled("egm-cybercrime-2021")))
    inside = False
    bare = []
    for line in lines:
        if line == "BEGIN:VTIMEZONE":
            inside = True
        elif line == "END:VTIMEZONE":
            inside = False
        elif re.match(r"^DTSTART:\d{8}T\d{6}$", line) and not inside:
            bare.append(line)
    assert bare == []


def test_hostile_text_stays_inert():
    meeting = dataclasses.replace(
        from_text(REISSUED),
        short_body="x\r\nATTENDEE:mailto:evil@example.com\rEND:VEVENT\nBEGIN:VEVENT; a, b\x00\x1b",
        venue="Vienna\r\nORGANIZER:mailto:evil@example.com",
    )
    data = build(meeting)
    names = [re.split(r"[;:]", line, maxsplit=1)[0] for line in content_lines(data)]
    assert ("ATTENDEE" in names, "ORGANIZER" in names, names.count("BEGIN"), names.count("END")) == (
        False, False, 2 + 3 + 4, 2 + 3 + 4)
    events = parse(data).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events][:2] == [
        "x ATTENDEE:mailto:evil@example.com END:VEVENT BEGIN:VEVENT; a, b, fifth meeting: items 1 (a), 1 (b) and 2",
        "x ATTENDEE:mailto:evil@example.com END:VEVENT BEGIN:VEVENT; a, b, fifth meeting: item 2",
    ]
    assert str(events[0]["LOCATION"]) == "Vienna ORGANIZER:mailto:evil@example.com"
    assert [line for line in content_lines(data) if line.startswith("X-WR-CALNAME")] == [
        r"X-WR-CALNAME:x ATTENDEE:mailto:evil@example.com END:VEVENT BEGIN:VEVENT\; a\, b\, fifth meeting"]


def test_two_builds_are_byte_identical():
    meeting = bundled("egm-cybercrime-2017")
    assert build(meeting) == build(meeting)


def test_builds_in_separate_processes_are_byte_identical(root, tmp_path):
    """Different hash seeds change set and dict orders in other code: not the bytes here."""
    outputs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": "1700000000"}
        result = subprocess.run(
            [sys.executable, "-c", "from egmplan.cli.main import run; run()", "schedule",
             "-m", "egm-cybercrime-2017", "--format", "ics", "-q"],
            cwd=root, env=env, capture_output=True, check=True,
        )
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert outputs[0].startswith(b"BEGIN:VCALENDAR\r\n")


def test_agenda_build_writes_the_same_calendar_next_to_the_agenda(root, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from egmplan.cli.main import app

    monkeypatch.chdir(root)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    runner = CliRunner()
    built = runner.invoke(app, ["agenda", "build", "egm-cybercrime-2017", "-f", "ics", "-o", str(tmp_path), "-q"])
    shown = runner.invoke(app, ["schedule", "-m", "egm-cybercrime-2017", "--format", "ics", "-q"])
    assert (built.exit_code, shown.exit_code) == (0, 0)
    assert (tmp_path / "egm-cybercrime-2017" / "sittings.ics").read_bytes() == shown.stdout_bytes


def test_core_schedule_modules_import_neither_icalendar_nor_the_cli_libraries():
    modules = ["egmplan.planning.schedule", "egmplan.planning.schedule_json", "egmplan.render.ics",
               "egmplan.render.calendar_view", "egmplan.render.schedule", "egmplan.render.schedule.view", "egmplan.render.schedule.markdown",
               "egmplan.render.schedule.html", "egmplan.render.schedule.csvout", "egmplan.render.schedule.jsonout"]
    code = ("import sys; " + "; ".join(f"import {m}" for m in modules)
            + "; print(sorted({n.split('.')[0] for n in sys.modules} & {'icalendar', 'typer', 'rich', 'click'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == "[]\n"


@pytest.mark.parametrize("text, width, expected", [
    ("Law enforcement and investigations", 40, "Law enforcement and investigations"),
    ("Law enforcement and investigations", 16, "Law enforcement…"),
    ("Law enforcement and investigations", 15, "Law…"),
    ("Law enforcement, and investigations", 17, "Law enforcement…"),
    ("Supercalifragilistic", 8, "Superca…"),
])
def test_titles_are_shortened_at_a_word(text, width, expected):
    assert (shorten(text, width), len(shorten(text, width)) <= width) == (expected, True)


def test_summaries_keep_within_the_width_and_fall_back_to_numbers():
    titles = {"2": "Law enforcement and investigations", "3": "Other matters",
              "4": "Consideration of all preliminary conclusions and recommendations resulting from the fourth, "
                   "fifth and sixth meetings"}
    assert sitting_summary("Expert Group, seventh meeting", ["3", "4"], titles, get_style("en")) == (
        "Expert Group, seventh meeting: 3 Other matters; 4 Consideration of all preliminary conclusions and…")
    long_name = "Commission on Crime Prevention and Criminal Justice, twenty-eighth session"
    assert sitting_summary(long_name, ["2", "3", "4"], titles, get_style("en")) == f"{long_name}: items 2, 3 and 4"
    assert sitting_summary("Expert Group, seventh meeting", [], titles, get_style("en")) == "Expert Group, seventh meeting"
    for numbers in (["2"], ["2", "3"], ["2", "3", "4"], ["4", "2"]):
        assert len(sitting_summary("Expert Group, seventh meeting", numbers, titles, get_style("en"))) <= SUMMARY_WIDTH


@pytest.mark.parametrize("meeting_format, expected", [
    ("in-person", "Vienna"), ("hybrid", "Vienna and online (hybrid meeting)"), ("online", "Online (venue: Vienna)")])
def test_location_says_hybrid_or_online(meeting_format, expected):
    events = parse(build(dataclasses.replace(from_text(REISSUED), format=meeting_format))).walk("VEVENT")
    assert {str(e["LOCATION"]) for e in events} == {expected}
