"""`egmplan schedule` end to end through Typer's runner, and the exporters' output."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from egmplan import tz
from egmplan.cli.main import app
from egmplan.loader import load_meeting_text
from egmplan.planning.schedule import build_schedule
from egmplan.render import registry
from egmplan.render.schedule.view import build_view

runner = CliRunner()

LOCAL_KEYS = ["start", "end", "day_shift", "comfort", "abbreviation", "utc_offset"]

MARCH_2019 = """\
meeting:
  body: Expert Group on Testing
  number: 5
  venue: Vienna
  timezone: Europe/Vienna
  dates: {start: 2019-03-27, end: 2019-03-27}
sittings:
  default:
    - {start: "10:00", end: "13:00"}
    - {start: "15:00", end: "18:00"}
agenda:
  - title: Organizational matters
"""


@pytest.fixture(autouse=True)
def _in_checkout(root, monkeypatch):
    monkeypatch.chdir(root)


def run(*args: str):
    return runner.invoke(app, ["schedule", *args])


def test_json_contract_through_the_command_line():
    result = run("-m", "egm-cybercrime-2021", "--tz", "Asia/Bangkok", "--format", "json")
    assert (result.exit_code, result.stderr) == (0, "")
    data = json.loads(result.stdout)
    assert list(data) == ["meeting", "venue", "zones", "zone_labels", "sittings", "notes"]
    assert [list(s) for s in data["sittings"]] == [["date", "sitting", "start", "end", "local"]] * 6
    assert [list(s["local"]["Asia/Bangkok"]) for s in data["sittings"]] == [LOCAL_KEYS] * 6
    assert data["sittings"][1]["local"] == {"Asia/Bangkok": {
        "start": "2021-04-06T20:00:00+07:00", "end": "2021-04-06T23:00:00+07:00", "day_shift": 0,
        "comfort": "night", "abbreviation": "+07", "utc_offset": "+07:00"}}


def test_cities_countries_and_deprecated_names_give_their_own_zone_names():
    result = run("-m", "egm-cybercrime-2021", "--tz", "Asia/Calcutta", "--tz", "NO", "--tz", "São Paulo",
                 "--tz", "Sao Paulo", "--tz", "Addis Ababa", "--tz", "venue", "--tz", "UTC", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["zones"] == ["Asia/Kolkata", "Europe/Oslo", "America/Sao_Paulo", "Africa/Addis_Ababa",
                             "Europe/Vienna", "UTC"]
    assert list(data["sittings"][0]["local"]) == data["zones"]
    assert result.stderr.splitlines() == [
        "egmplan: note: Asia/Calcutta is a deprecated name; using its current name Asia/Kolkata"]


def test_unknown_zone_is_a_command_line_error_with_a_suggestion():
    result = run("-m", "egm-cybercrime-2021", "--tz", "Bangkk")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", "egmplan: error: --tz Bangkk: unknown zone or place 'Bangkk'; did you mean 'Bangkok'?\n")


@pytest.mark.parametrize(("spec", "message"), [
    ("PST", "'PST' is a time-zone abbreviation, not a zone; on 6–8 April 2021 it is used by Asia/Manila "
            "(UTC+08:00); America/Los_Angeles, America/Tijuana and America/Vancouver use it in another "
            "season; did you mean 'Asia/Manila'?"),
    ("USA", "unknown zone or place 'USA'; 'USA' is an ISO 3166 alpha-3 code: did you mean "
            "'US' (United States of America)?"),
    ("Europe/Geneva", "unknown zone or place 'Europe/Geneva'; did you mean 'Europe/Zurich' (Geneva, Switzerland)?"),
])
def test_unknown_zone_hint_follows_the_meaning_on_the_meetings_days(spec, message):
    """Issue 10, point 2: not Pest, Uşak or Europe/Guernsey."""
    result = run("-m", "egm-cybercrime-2021", "--tz", spec)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"egmplan: error: --tz {spec}: {message}\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--working", "8-19"], "egmplan: error: working hours must look like 08:00-19:00, got '8-19'\n"),
        (["--night", "18:00-06:00"],
         "egmplan: error: comfort bounds must satisfy night end (06:00) ≤ working start (08:00) < "
         "working end (19:00) ≤ night start (18:00)\n"),
    ],
)
def test_bad_comfort_bounds_exit_2(args, message):
    result = run("-m", "egm-cybercrime-2021", *args)
    assert (result.exit_code, result.stderr) == (2, message)


def test_unknown_format_exit_2():
    result = run("-m", "egm-cybercrime-2021", "--format", "xml")
    assert result.exit_code == 2
    assert result.stderr == "egmplan: error: -f/--format: unknown format 'xml'; choose from table, text, md, csv, json, html, pdf, ics\n"


def test_format_choices_come_from_the_registry():
    assert registry.names([registry.SCHEDULE, registry.CALENDAR]) == ("table", "text", "md", "csv", "json", "html", "pdf", "ics")


def test_working_hours_change_the_comfort_class():
    result = run("-m", "egm-cybercrime-2021", "--tz", "America/New_York", "--working", "04:00-19:00",
                 "--night", "22:00-04:00", "--format", "json")
    data = json.loads(result.stdout)
    assert [s["local"]["America/New_York"]["comfort"] for s in data["sittings"]] == ["working"] * 6


def test_all_zones(monkeypatch):
    result = run("-m", "egm-cybercrime-2021", "--tz", "all", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["zones"] == list(tz.zone1970_zones())
    assert [len(s["local"]) for s in data["sittings"]] == [len(tz.zone1970_zones())] * 6


def test_csv_has_one_row_per_zone_and_sitting():
    result = run("-m", "egm-cybercrime-2021", "--tz", "Kiritimati", "--tz", "Pago Pago", "--format", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["meeting", "zone", "date", "sitting", "venue_start", "venue_end", "local_start",
                       "local_end", "day_shift", "abbreviation", "utc_offset", "comfort", "crosses_midnight",
                       "typed"]
    assert rows[1] == ["egm-cybercrime-2021", "Pacific/Kiritimati", "2021-04-06", "1",
                       "2021-04-06T10:00:00+02:00", "2021-04-06T13:00:00+02:00", "2021-04-06T22:00:00+14:00",
                       "2021-04-07T01:00:00+14:00", "0", "+14", "+14:00", "night", "true", ""]
    assert [r[1] for r in rows[1:]] == ["Pacific/Kiritimati"] * 6 + ["Pacific/Pago_Pago"] * 6
    assert result.stdout_bytes.endswith(b"false,\r\n")  # RFC 4180 line ends


def test_markdown_wide_layout(tmp_path):
    path = tmp_path / "egm-test.yaml"
    path.write_text(MARCH_2019, encoding="utf-8")
    result = run("-m", str(path), "--tz", "America/New_York", "--tz", "Pacific/Kiritimati", "--format", "md")
    assert result.exit_code == 0
    assert result.stdout == (
        "# Fifth meeting of the Expert Group on Testing\n"
        "\n"
        "Vienna, 27 March 2019: local times of the sittings\n"
        "\n"
        "| Date | Vienna time (CET, UTC+1) | America/New_York (EDT, UTC−4) | Pacific/Kiritimati (UTC+14) |\n"
        "|---|---|---|---|\n"
        "| Wednesday, 27 March 2019 | 10 a.m.–1 p.m. | 5–8 a.m. (night) | 11 p.m.–28 March, 2 a.m. "
        "(crosses midnight; night) |\n"
        "|  | 3–6 p.m. | 10 a.m.–1 p.m. (working) | 28 March, 4–7 a.m. (+1; night) |\n"
        "\n"
        "Comfort, local time: working 08:00–19:00; early/late 06:00–08:00 and 19:00–22:00; "
        "night 22:00–06:00. A sitting takes the worst class it touches.\n"
        "\n"
        "## Notes\n"
        "\n"
        "- America/New_York is 5 hours behind Vienna on 27 March 2019, not the usual 6: New York changed "
        "its clocks on 10 March 2019 (EST, UTC−5 → EDT, UTC−4) and Vienna changes its clocks on "
        "31 March 2019 (CET, UTC+1 → CEST, UTC+2).\n"
    )
    assert result.stderr == (
        "egmplan: note: America/New_York is 5 hours behind Vienna on 27 March 2019, not the usual 6: New York "
        "changed its clocks on 10 March 2019 (EST, UTC−5 → EDT, UTC−4) and Vienna changes its clocks on "
        "31 March 2019 (CET, UTC+1 → CEST, UTC+2).\n")


def test_long_layout_past_a_handful_of_zones():
    zones = ["Asia/Bangkok", "America/Bogota", "Pacific/Apia", "Asia/Kathmandu", "UTC", "Pacific/Pago_Pago"]
    meeting = load_meeting_text(MARCH_2019, "<test>", "egm-test").meeting
    view = build_view(build_schedule(meeting, zones))
    assert (view.layout, view.columns) == (
        "long", ("Zone", "Date", "Vienna time (CET, UTC+1)", "Local time", "Day", "Offset", "Comfort"))
    assert [tuple(c.text for c in row) for row in view.rows[-2:]] == [
        ("Pacific/Pago_Pago", "Wednesday, 27 March 2019", "10 a.m.–1 p.m.", "26 March, 10 p.m.–27 March, 1 a.m. "
         "(crosses midnight)", "−1", "SST, UTC−11", "night"),
        ("", "Wednesday, 27 March 2019", "3–6 p.m.", "3–6 a.m.", "", "SST, UTC−11", "night"),
    ]
    assert len(view.rows) == 12


def test_table_names_each_zone_with_its_offset_and_fits_the_console():
    result = run("-m", "egm-cybercrime-2021", "--tz", "Bangkok", "--tz", "Kathmandu", "--format", "table")
    assert result.exit_code == 0
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert lines[:2] == ["Seventh meeting of the Expert Group to Conduct a Comprehensive Study on Cybercrime",
                         "Vienna, 6–8 April 2021: local times of the sittings"]
    assert [line for line in lines if len(line) > 120] == []
    header = next(line for line in lines if "Asia/Bangkok" in line)
    assert [c.strip() for c in header.strip("┃").split("┃")] == [
        "Date", "Vienna time (CEST, UTC+2)", "Asia/Bangkok (UTC+7)", "Asia/Kathmandu (UTC+5:45)"]
    assert "\x1b[" not in result.stdout


def test_rich_table_colours_comfort_classes_unless_no_color(monkeypatch):
    from rich.console import Console

    from egmplan.cli.schedule_table import print_table

    meeting = load_meeting_text(MARCH_2019, "<test>", "egm-test").meeting
    view = build_view(build_schedule(meeting, ["Asia/Bangkok"]))

    def printed() -> str:
        buffer = io.StringIO()
        print_table(view, Console(file=buffer, force_terminal=True, color_system="standard", width=100))
        return buffer.getvalue()

    monkeypatch.delenv("NO_COLOR", raising=False)
    coloured = printed()
    monkeypatch.setenv("NO_COLOR", "1")
    plain = printed()
    assert ("\x1b[32m" in coloured, "\x1b[1;31m" in coloured) == (True, True)  # working green, night red
    assert [code for code in ("\x1b[32m", "\x1b[33m", "\x1b[31m", "\x1b[1;31m") if code in plain] == []


def test_html_escapes_and_marks_comfort_classes(tmp_path):
    path = tmp_path / "egm-test.yaml"
    path.write_text(MARCH_2019.replace("Expert Group on Testing", "Group <script>alert(1)</script> & Co"),
                    encoding="utf-8")
    result = run("-m", str(path), "--tz", "Asia/Bangkok", "--format", "html")
    assert result.exit_code == 0
    assert ("<script>" in result.stdout, "Group &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in result.stdout) == (
        False, True)
    cells = [line for line in result.stdout.splitlines() if line.startswith("<tr><td")]
    assert cells == [
        '<tr><td>Wednesday, 27 March 2019</td><td>10 a.m.–1 p.m.</td><td class="working">4–7 p.m.'
        '<span class="detail">working</span></td></tr>',
        '<tr><td></td><td>3–6 p.m.</td><td class="night">9 p.m.–midnight<span class="detail">night</span></td></tr>',
    ]


def test_ics_to_stdout_and_to_a_file(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    out = tmp_path / "sittings.ics"
    to_stdout = run("-m", "egm-cybercrime-2021", "--format", "ics")
    to_file = run("-m", "egm-cybercrime-2021", "--format", "ics", "-o", str(out))
    assert (to_stdout.exit_code, to_file.exit_code) == (0, 0)
    assert out.read_bytes() == to_stdout.stdout_bytes
    assert to_stdout.stdout_bytes.count(b"BEGIN:VEVENT\r\n") == 6


def test_help_documents_every_option():
    result = runner.invoke(app, ["schedule", "--help"])
    assert result.exit_code == 0
    flags = ["--meeting", "--tz", "--format", "--working", "--night", "--layout", "--output", "--quiet"]
    assert [flag for flag in flags if flag not in result.stdout] == []


def test_documented_example_is_what_the_command_prints(root):
    section = (root / "docs" / "schedules.md").read_text(encoding="utf-8")
    example = next(block for block in section.split("```") if block.startswith("\n| Date |")).strip("\n")
    result = run("-m", "egm-cybercrime-2021", "--tz", "Bangkok", "--tz", "Bogotá", "--tz", "Apia", "--format", "md")
    assert result.stdout.splitlines()[4:8] == example.splitlines()


def test_many_zones_in_the_terminal_give_one_block_per_sitting():
    result = run("-m", "egm-cybercrime-2021", "--tz", "all", "--format", "table")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    blocks = [line for line in lines if line.endswith("— Vienna time (CEST, UTC+2)")]
    assert blocks == [
        "Tuesday, 6 April 2021, 10 a.m.–1 p.m. — Vienna time (CEST, UTC+2)",
        "Tuesday, 6 April 2021, 3–6 p.m. — Vienna time (CEST, UTC+2)",
        "Wednesday, 7 April 2021, 10 a.m.–1 p.m. — Vienna time (CEST, UTC+2)",
        "Wednesday, 7 April 2021, 3–6 p.m. — Vienna time (CEST, UTC+2)",
        "Thursday, 8 April 2021, 10 a.m.–1 p.m. — Vienna time (CEST, UTC+2)",
        "Thursday, 8 April 2021, 3–6 p.m. — Vienna time (CEST, UTC+2)",
    ]
    second = lines[lines.index(blocks[1]) + 1:lines.index(blocks[2])]
    assert "  Pacific/Apia                7 April, 2–5 a.m.  +1  UTC+13          night" in second
    assert len([line for line in second if line.startswith("  ")]) == 312


# --- issue 10, point 14: what the user typed, and the venue once --------------------------

def test_without_tz_the_venue_is_one_column_with_its_comfort():
    result = run("-m", "egm-cybercrime-2021", "--format", "md")
    assert result.stdout.splitlines()[4:7] == [
        "| Date | Vienna time (CEST, UTC+2) |",
        "|---|---|",
        "| Tuesday, 6 April 2021 | 10 a.m.–1 p.m. (working) |",
    ]


def test_the_venue_asked_by_name_is_not_repeated():
    result = run("-m", "egm-cybercrime-2021", "--tz", "Vienna", "--tz", "Geneva", "--format", "md")
    assert result.stdout.splitlines()[4] == (
        "| Date | Vienna time (CEST, UTC+2) | Geneva (Europe/Zurich; CEST, UTC+2) |")


def test_what_the_user_typed_is_shown_beside_the_zone_in_every_format():
    args = ("-m", "egm-cybercrime-2021", "--tz", "Geneva", "--tz", "Asia/Calcutta", "--tz", "Bangkok", "-q")
    md = run(*args, "--format", "md").stdout.splitlines()
    assert md[4] == ("| Date | Vienna time (CEST, UTC+2) | Geneva (Europe/Zurich; CEST, UTC+2) | "
                     "Asia/Calcutta (Asia/Kolkata; IST, UTC+5:30) | Asia/Bangkok (UTC+7) |")
    long_md = run(*args, "--format", "md", "--layout", "long").stdout.splitlines()
    assert [line.split(" | ")[0] for line in long_md if line.startswith("| ") and " | Tuesday" in line][::2] == [
        "| Geneva (Europe/Zurich)", "| Asia/Calcutta (Asia/Kolkata)", "| Asia/Bangkok"]
    html = run(*args, "--format", "html").stdout
    assert '<th scope="col">Geneva (Europe/Zurich; CEST, UTC+2)</th>' in html
    data = json.loads(run(*args, "--format", "json").stdout)
    assert data["zones"] == ["Europe/Zurich", "Asia/Kolkata", "Asia/Bangkok"]
    assert data["zone_labels"] == {"Europe/Zurich": "Geneva", "Asia/Kolkata": "Asia/Calcutta"}
    rows = list(csv.reader(io.StringIO(run(*args, "--format", "csv").stdout)))
    assert sorted({(r[1], r[-1]) for r in rows[1:]}) == [
        ("Asia/Bangkok", ""), ("Asia/Kolkata", "Asia/Calcutta"), ("Europe/Zurich", "Geneva")]
    table = run(*args, "--format", "table").stdout.splitlines()
    header = table[table.index(next(line for line in table if line.startswith("┏"))) + 1:
                   table.index(next(line for line in table if line.startswith("┡")))]
    columns = [" ".join(piece.strip() for piece in pieces if piece.strip())
               for pieces in zip(*(line.strip().strip("┃").split("┃") for line in header))]
    assert columns == ["Date", "Vienna time (CEST, UTC+2)", "Geneva (Europe/Zurich; CEST, UTC+2)",
                       "Asia/Calcutta (Asia/Kolkata; IST, UTC+5:30)", "Asia/Bangkok (UTC+7)"]
