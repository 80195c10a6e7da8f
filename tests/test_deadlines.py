"""egmplan deadlines: venue time, another zone, COB, JSON, and the calendar events."""

import json
from pathlib import Path
from textwrap import dedent

from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.loader import load_meeting
from egmplan.render.view import deadline_lines
from egmplan.render.ics import render_ics

from conftest import MEETINGS

runner = CliRunner()

MEETING = dedent("""\
    meeting:
      body: Expert Group
      number: 6
      venue: Vienna
      timezone: Europe/Vienna
      dates: {start: 2020-07-27, end: 2020-07-29}
    sittings:
      default:
        - {start: "12:00", end: "14:00"}
    agenda:
      - title: Opening
    deadlines:
      - {label: Nomination of speakers, due: 2020-07-22 COB}
      - {label: Compilation of written contributions, due: -3w}
      - {label: Registration, due: -5d 09:30}
    """)


def _file(tmp_path, text=MEETING):
    path = tmp_path / "d.yaml"
    path.write_text(text)
    return str(path)


def test_table_in_venue_time_and_another_zone(tmp_path):
    result = runner.invoke(app, ["deadlines", "-m", _file(tmp_path), "--tz", "Bangkok"])
    assert result.exit_code == 0, result.output
    assert result.stdout == dedent("""\
        Deadlines for d (Vienna, Europe/Vienna; COB is 18:00 at the venue)

        What                                  Due (Vienna time)                                    In Asia/Bangkok
        ------------------------------------  ---------------------------------------------------  -----------------------------------------
        Compilation of written contributions  Monday, 6 July 2020                                  Monday, 6 July 2020 (all day, venue date)
        Registration                          Wednesday, 22 July 2020, 9.30 a.m.                   Wednesday, 22 July 2020, 2.30 p.m.
        Nomination of speakers                Wednesday, 22 July 2020, 6 p.m. (close of business)  Wednesday, 22 July 2020, 11 p.m.
        """)


def test_cob_follows_the_file_and_json_gives_instants(tmp_path):
    text = MEETING.replace("  timezone: Europe/Vienna\n", "  timezone: Europe/Vienna\n  close_of_business: \"17:00\"\n")
    result = runner.invoke(app, ["deadlines", "-m", _file(tmp_path, text), "--tz", "America/New_York", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["deadlines"][2] == {
        "label": "Nomination of speakers", "due": "2020-07-22 COB", "date": "2020-07-22", "time": "17:00",
        "all_day": False, "cob": True, "venue": "2020-07-22T17:00:00+02:00", "local": "2020-07-22T11:00:00-04:00"}


def test_unknown_zone_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["deadlines", "-m", _file(tmp_path), "--tz", "Atlantis"])
    assert result.exit_code == 2
    assert result.stderr.startswith("egmplan: error: --tz Atlantis: unknown zone or place 'Atlantis'")


def test_abbreviation_gets_the_venues_zone_on_the_meetings_days(tmp_path):
    """Issue 10, point 2: CET in July is the venue's winter name, not Africa/Algiers's."""
    result = runner.invoke(app, ["deadlines", "-m", _file(tmp_path), "--tz", "CET"])
    assert (result.exit_code, result.stderr) == (2, (
        "egmplan: error: --tz CET: 'CET' is a time-zone abbreviation, not a zone; Europe/Vienna (the venue's "
        "zone) uses it in another season and is on CEST (UTC+02:00) on 27–29 July 2020; "
        "did you mean 'Europe/Vienna'?\n"))


def test_sixth_meeting_has_the_seed_deadline():
    meeting = load_meeting(MEETINGS / "egm-cybercrime-2020.yaml").meeting
    assert deadline_lines(meeting) == [
        "Nomination of delegates who will use a speaker link: Wednesday, 22 July 2020, 6 p.m. "
        "(close of business), Vienna time"]


def test_calendar_has_timed_and_all_day_deadline_events(tmp_path):
    from datetime import datetime, timezone

    meeting = load_meeting(_file(tmp_path)).meeting
    data = render_ics(meeting, timestamp=datetime(2020, 7, 1, tzinfo=timezone.utc)).decode()
    events = data.replace("\r\n ", "").split("BEGIN:VEVENT")[4:]
    assert [[line for line in e.split("\r\n") if line.split(":")[0].split(";")[0] in ("SUMMARY", "DTSTART", "DTEND", "UID")]
            for e in events] == [
        ["SUMMARY:Deadline: Compilation of written contributions (Expert Group\\, sixth meeting)", "DTSTART;VALUE=DATE:20200706",
         "DTEND;VALUE=DATE:20200707", "UID:d-deadline-compilation-of-written-contributions@egmplan.invalid"],
        ["SUMMARY:Deadline: Registration (Expert Group\\, sixth meeting)", "DTSTART;TZID=Europe/Vienna:20200722T093000",
         "UID:d-deadline-registration@egmplan.invalid"],
        ["SUMMARY:Deadline: Nomination of speakers (Expert Group\\, sixth meeting)", "DTSTART;TZID=Europe/Vienna:20200722T180000",
         "UID:d-deadline-nomination-of-speakers@egmplan.invalid"],
    ]


def test_deadlines_are_shown_in_the_agenda_when_the_meeting_asks_for_them():
    """UN annotated agendas have no Deadlines section: only ``style.deadlines_section: true``
    prints one (every format: tests/test_agenda_formats.py)."""
    from egmplan.loader import load_meeting, load_meeting_text
    from egmplan.render.build import render_outputs

    path = Path(__file__).resolve().parent.parent / "meetings" / "egm-cybercrime-2020.yaml"
    default = render_outputs(load_meeting(path).meeting, ["md", "json"])
    assert "Deadlines" not in default["agenda.md"].decode()
    import json

    assert json.loads(default["agenda.json"])["deadlines"] == []
    text = path.read_text(encoding="utf-8").replace("  style:\n", "  style:\n    deadlines_section: true\n", 1)
    meeting = load_meeting_text(text, "egm-cybercrime-2020.yaml").meeting
    outputs = render_outputs(meeting, ["md", "html", "json"])
    line = ("Nomination of delegates who will use a speaker link: Wednesday, 22 July 2020, 6 p.m. "
            "(close of business), Vienna time")
    markdown = outputs["agenda.md"].decode()
    assert markdown.split("## Deadlines\n\n", 1)[1].split("\n\n", 1)[0] == f"- {line}"
    assert f'<h2 id="deadlines-title">Deadlines</h2>\n<ul>\n<li>{line}</li>\n</ul>' in outputs["agenda.html"].decode()
    assert json.loads(outputs["agenda.json"])["deadlines"] == [line]


def test_the_zone_typed_as_a_place_is_shown_beside_its_name(tmp_path):
    """Issue 10, point 14, in deadlines too: "In Geneva (Europe/Zurich)", and zone_label in json."""
    table = runner.invoke(app, ["deadlines", "-m", _file(tmp_path), "--tz", "Geneva"])
    assert table.stdout.splitlines()[2].split("  ")[-1] == "In Geneva (Europe/Zurich)"
    data = json.loads(runner.invoke(app, ["deadlines", "-m", _file(tmp_path), "--tz", "Geneva", "-f", "json"]).stdout)
    assert (data["zone"], data["zone_label"]) == ("Europe/Zurich", "Geneva")
    data = json.loads(runner.invoke(app, ["deadlines", "-m", _file(tmp_path), "--tz", "Bangkok", "-f", "json"]).stdout)
    assert (data["zone"], data["zone_label"]) == ("Asia/Bangkok", None)
