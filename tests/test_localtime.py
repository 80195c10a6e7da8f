"""Local times of sittings, checked against an independent computation and known cases.

The reference is GNU ``date`` reading the PINNED compiled files (``TZ=<tzdata>/Zone``),
never the machine's older /usr/share/zoneinfo, and never egmplan's own code: the venue
instant of each sitting is also computed by ``date`` from the wall-clock time.
"""

from __future__ import annotations

import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from egmplan import tz
from egmplan.loader import load_meeting
from egmplan.catalog import meeting_files
from egmplan.planning.comfort import ComfortBounds, classify
from egmplan.planning.offset_notes import offset_notes
from egmplan.style import get_style
from egmplan.planning.schedule import build_schedule
from egmplan.planning.schedule_json import schedule_to_dict
from egmplan.planning.zone_conversions import local_sitting

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = meeting_files(ROOT / "meetings")  # not the series file beside them

MARCH_2019 = """\
meeting:
  body: Expert Group to Conduct a Comprehensive Study on Cybercrime
  short_body: Expert Group
  number: 5
  venue: Vienna
  timezone: Europe/Vienna
  revision: 2
  issued: 2019-02-01
  dates: {start: 2019-03-27, end: 2019-03-29}
sittings:
  default:
    - {start: "10:00", end: "13:00"}
    - {start: "15:00", end: "18:00"}
agenda:
  - title: Organizational matters
  - title: Law enforcement and investigations
organization_of_work:
  2019-03-27:
    - ["1"]
    - ["2"]
"""

APIA_2011 = """\
meeting:
  body: Expert Group on Testing
  number: 1
  venue: Vienna
  timezone: Europe/Vienna
  dates: {start: 2011-12-29, end: 2011-12-30}
sittings:
  default:
    - {start: "10:00", end: "13:00"}
    - {start: "15:00", end: "18:00"}
agenda:
  - title: Organizational matters
"""

LORD_HOWE_2019 = """\
meeting:
  body: Expert Group on Testing
  number: 2
  venue: Vienna
  timezone: Europe/Vienna
  dates: {start: 2019-04-05, end: 2019-04-08}
sittings:
  default:
    - {start: "10:00", end: "13:00"}
agenda:
  - title: Organizational matters
"""


def _worded(notes) -> tuple[str, ...]:
    """planning gives the notes as facts; the English style words them."""
    return tuple(get_style("en").offset_note(note) for note in notes)


JANUARY_2027 = LORD_HOWE_2019.replace("2019-04-05", "2027-01-12").replace("2019-04-08", "2027-01-13")


def meeting_from(tmp_path: Path, name: str, text: str):
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    result = load_meeting(path)
    assert result.errors == []
    return result.meeting


@pytest.fixture
def march_2019(tmp_path):
    return meeting_from(tmp_path, "egm-march-2019", MARCH_2019)


@pytest.fixture
def apia_2011(tmp_path):
    return meeting_from(tmp_path, "egm-apia-2011", APIA_2011)


def bundled(stem: str):
    return load_meeting(ROOT / "meetings" / f"{stem}.yaml").meeting


def local_dict(meeting, zone: str, date_text: str, number: int) -> dict:
    schedule = build_schedule(meeting, [zone])
    sitting = next(s for s in schedule_to_dict(schedule)["sittings"]
                   if (s["date"], s["sitting"]) == (date_text, number))
    return sitting["local"][zone]


# --- the independent computation: GNU date on the pinned files --------------------------

DATE = shutil.which("date")
needs_gnu_date = pytest.mark.skipif(
    DATE is None or b"GNU" not in subprocess.run([DATE, "--version"], capture_output=True).stdout,
    reason="needs GNU date",
)
STEP = 15 * 60  # every offset since 1970 and every comfort bound is a multiple of 15 minutes


def gnu_date(zone: str, lines: list[str], fmt: str) -> list[str]:
    """``date -f -`` under ``TZ=<pinned file>``: one process per zone."""
    path = Path(tz.zoneinfo_dir(), *zone.split("/"))
    assert path.is_file(), path
    out = subprocess.run([DATE, "-f", "-", fmt], input="\n".join(lines) + "\n", capture_output=True,
                         text=True, check=True, env={"TZ": str(path), "LC_ALL": "C"})
    return out.stdout.splitlines()


def venue_epochs(meeting) -> list[tuple[int, int]]:
    """Each sitting's start and end as Unix time, from the wall clock at the venue, by date."""
    lines = []
    for s in meeting.sittings:
        lines += [f"{s.date.isoformat()} {s.start:%H:%M}", f"{s.date.isoformat()} {s.end:%H:%M}"]
    seconds = [int(x) for x in gnu_date(meeting.timezone, lines, "+%s")]
    return list(zip(seconds[::2], seconds[1::2]))


def _reference_comfort(walls: list[str]) -> str:
    """The worst class among local wall-clock times sampled every 15 minutes (default bounds)."""
    worst = "working"
    for wall in walls:
        hour = int(wall[11:13])
        if hour >= 22 or hour < 6:
            return "night"
        if hour < 8 or hour >= 19:
            worst = "early/late"
    return worst


def reference_local(meeting, zone: str, epochs: list[tuple[int, int]]) -> list[dict]:
    """What GNU date says each sitting is in ``zone``: the ``local`` entries of the JSON contract."""
    lines = []
    for start, end in epochs:
        lines.append(f"@{start}")
        lines.append(f"@{end}")
        lines += [f"@{t}" for t in range(start, end, STEP)]
    out = gnu_date(zone, lines, "+%Y-%m-%dT%H:%M:%S%:z|%Z")
    expected = []
    cursor = 0
    for sitting, (start, end) in zip(meeting.sittings, epochs):
        samples = (end - start) // STEP
        first, last = out[cursor], out[cursor + 1]
        walls = [line.split("|")[0] for line in out[cursor + 2:cursor + 2 + samples]]
        cursor += 2 + samples
        local_start, abbreviation = first.split("|")
        expected.append({
            "start": local_start,
            "end": last.split("|")[0],
            "day_shift": (datetime.fromisoformat(local_start).date() - sitting.date).days,
            "comfort": _reference_comfort(walls),
            "abbreviation": abbreviation,
            "utc_offset": local_start[-6:],
        })
    return expected


def _all_meetings(tmp_path) -> list:
    meetings = [load_meeting(path).meeting for path in BUNDLED]
    meetings.append(meeting_from(tmp_path, "egm-march-2019", MARCH_2019))
    meetings.append(meeting_from(tmp_path, "egm-apia-2011", APIA_2011))
    meetings.append(meeting_from(tmp_path, "egm-lord-howe-2019", LORD_HOWE_2019))
    meetings.append(meeting_from(tmp_path, "egm-january-2027", JANUARY_2027))
    return meetings


@needs_gnu_date
def test_every_canonical_zone_agrees_with_gnu_date_on_the_pinned_files(tmp_path):
    zones = tz.zone1970_zones()
    assert len(zones) > 300
    mismatches = []
    checked = 0
    for meeting in _all_meetings(tmp_path):
        epochs = venue_epochs(meeting)
        # The venue instants themselves agree first.
        assert [(int(s.starts_at.timestamp()), int(s.ends_at.timestamp())) for s in meeting.sittings] == epochs
        schedule = schedule_to_dict(build_schedule(meeting, zones))
        with ThreadPoolExecutor(max_workers=8) as pool:
            references = dict(zip(zones, pool.map(lambda z: reference_local(meeting, z, epochs), zones)))
        for zone in zones:
            ours = [sitting["local"][zone] for sitting in schedule["sittings"]]
            checked += len(ours)
            if ours != references[zone]:
                mismatches.append((meeting.id, zone, ours, references[zone]))
    assert mismatches == []
    assert checked == len(zones) * (8 + 6 + 6 + 6 + 4 + 2 + 2)


@needs_gnu_date
def test_vancouver_2027_follows_the_pinned_database():
    """British Columbia stays on UTC−7 from November 2026 in the pinned release, while the
    machine's older database (2025b here) says UTC−8: egmplan and the reference follow the pin."""
    meeting = load_meeting_text_for_test(JANUARY_2027)
    ours = schedule_to_dict(build_schedule(meeting, ["America/Vancouver"]))["sittings"][0]["local"]["America/Vancouver"]
    assert (ours["start"], ours["abbreviation"]) == ("2027-01-12T02:00:00-07:00", "MST")
    epoch = venue_epochs(meeting)[0][0]
    assert gnu_date("America/Vancouver", [f"@{epoch}"], "+%FT%T%:z %Z") == ["2027-01-12T02:00:00-07:00 MST"]


@pytest.mark.skipif(shutil.which("zdump") is None, reason="needs zdump")
def test_lord_howe_change_agrees_with_zdump():
    """zdump lists Lord Howe's 30-minute change of 7 April 2019; egmplan sees the same offsets."""
    path = Path(tz.zoneinfo_dir(), "Australia", "Lord_Howe")
    out = subprocess.run(["zdump", "-v", "-c", "2019,2020", str(path)], capture_output=True, text=True,
                         check=True).stdout
    offsets = [line.rsplit("gmtoff=", 1)[1] for line in out.splitlines() if "gmtoff=" in line]
    assert offsets[:2] == ["39600", "37800"]  # +11:00 then +10:30, at the April change
    meeting = load_meeting_text_for_test(LORD_HOWE_2019)
    schedule = schedule_to_dict(build_schedule(meeting, ["Australia/Lord_Howe"]))
    assert [s["local"]["Australia/Lord_Howe"]["utc_offset"] for s in schedule["sittings"]] == [
        "+11:00", "+10:30"]


def load_meeting_text_for_test(text: str):
    from egmplan.loader import load_meeting_text

    result = load_meeting_text(text, "<test>", "egm-test")
    assert result.errors == []
    return result.meeting


# --- the named cases of the issue --------------------------------------------------------

def test_kathmandu_is_five_forty_five_ahead():
    assert local_dict(bundled("egm-cybercrime-2021"), "Asia/Kathmandu", "2021-04-06", 1) == {
        "start": "2021-04-06T13:45:00+05:45", "end": "2021-04-06T16:45:00+05:45", "day_shift": 0,
        "comfort": "working", "abbreviation": "+0545", "utc_offset": "+05:45",
    }


def test_chatham_is_thirteen_forty_five_in_southern_summer(march_2019):
    assert local_dict(march_2019, "Pacific/Chatham", "2019-03-27", 1) == {
        "start": "2019-03-27T22:45:00+13:45", "end": "2019-03-28T01:45:00+13:45", "day_shift": 0,
        "comfort": "night", "abbreviation": "+1345", "utc_offset": "+13:45",
    }


def test_chatham_is_twelve_forty_five_in_southern_winter():
    assert local_dict(bundled("egm-cybercrime-2021"), "Pacific/Chatham", "2021-04-06", 1) == {
        "start": "2021-04-06T20:45:00+12:45", "end": "2021-04-06T23:45:00+12:45", "day_shift": 0,
        "comfort": "night", "abbreviation": "+1245", "utc_offset": "+12:45",
    }


def test_kiritimati_afternoon_sitting_is_next_day():
    meeting = bundled("egm-cybercrime-2021")
    assert local_dict(meeting, "Pacific/Kiritimati", "2021-04-06", 2) == {
        "start": "2021-04-07T03:00:00+14:00", "end": "2021-04-07T06:00:00+14:00", "day_shift": 1,
        "comfort": "night", "abbreviation": "+14", "utc_offset": "+14:00",
    }


def test_kiritimati_morning_sitting_crosses_local_midnight():
    sitting = bundled("egm-cybercrime-2021").sittings[0]
    local = local_sitting(sitting, "Pacific/Kiritimati", ComfortBounds())
    assert (local.start.isoformat(), local.end.isoformat(), local.day_shift, local.end_day_shift,
            local.crosses_midnight) == ("2021-04-06T22:00:00+14:00", "2021-04-07T01:00:00+14:00", 0, 1, True)


def test_pago_pago_morning_sitting_is_previous_day():
    assert local_dict(bundled("egm-cybercrime-2021"), "Pacific/Pago_Pago", "2021-04-06", 1) == {
        "start": "2021-04-05T21:00:00-11:00", "end": "2021-04-06T00:00:00-11:00", "day_shift": -1,
        "comfort": "night", "abbreviation": "SST", "utc_offset": "-11:00",
    }


def test_sitting_ending_at_local_midnight_does_not_cross_it():
    sitting = bundled("egm-cybercrime-2021").sittings[0]
    local = local_sitting(sitting, "Pacific/Pago_Pago", ComfortBounds())
    assert (local.crosses_midnight, local.end_day_shift) == (False, 0)


def test_lord_howe_half_hour_daylight_saving_changes_during_the_meeting():
    meeting = load_meeting_text_for_test(LORD_HOWE_2019)
    schedule = build_schedule(meeting, ["Australia/Lord_Howe"])
    assert [(s["local"]["Australia/Lord_Howe"]["start"], s["local"]["Australia/Lord_Howe"]["abbreviation"])
            for s in schedule_to_dict(schedule)["sittings"]] == [
        ("2019-04-05T19:00:00+11:00", "+11"),
        ("2019-04-08T18:30:00+10:30", "+1030"),
    ]
    assert _worded(schedule.notes) == (
        "Australia/Lord_Howe is 9 hours ahead of Vienna on 5 April 2019, then 8 hours 30 minutes ahead "
        "on 8 April 2019: Lord Howe changes its clocks on 7 April 2019 (UTC+11 → UTC+10:30).",
    )


def test_apia_skipped_30_december_2011(apia_2011):
    schedule = build_schedule(apia_2011, ["Pacific/Apia"])
    rows = [(s["date"], s["sitting"], s["local"]["Pacific/Apia"]) for s in schedule_to_dict(schedule)["sittings"]]
    assert rows == [
        ("2011-12-29", 1, {"start": "2011-12-28T23:00:00-10:00", "end": "2011-12-29T02:00:00-10:00",
                           "day_shift": -1, "comfort": "night", "abbreviation": "-10", "utc_offset": "-10:00"}),
        ("2011-12-29", 2, {"start": "2011-12-29T04:00:00-10:00", "end": "2011-12-29T07:00:00-10:00",
                           "day_shift": 0, "comfort": "night", "abbreviation": "-10", "utc_offset": "-10:00"}),
        # Vienna's 30 December 10 a.m. is Apia's 29 December 11 p.m.; the sitting ends on
        # 31 December at 2 a.m. after three real hours: 30 December never happened there.
        ("2011-12-30", 1, {"start": "2011-12-29T23:00:00-10:00", "end": "2011-12-31T02:00:00+14:00",
                           "day_shift": -1, "comfort": "night", "abbreviation": "-10", "utc_offset": "-10:00"}),
        ("2011-12-30", 2, {"start": "2011-12-31T04:00:00+14:00", "end": "2011-12-31T07:00:00+14:00",
                           "day_shift": 1, "comfort": "night", "abbreviation": "+14", "utc_offset": "+14:00"}),
    ]
    assert _worded(schedule.notes) == (
        "Pacific/Apia is 11 hours behind Vienna on 29–30 December 2011, then 13 hours ahead on "
        "30 December 2011: Apia changes its clocks on 31 December 2011 (UTC−10 → UTC+14); "
        "30 December 2011 does not exist there.",
    )


def test_apia_sitting_over_the_skipped_day_lasts_three_hours(apia_2011):
    local = local_sitting(apia_2011.sittings[2], "Pacific/Apia", ComfortBounds())
    elapsed = local.end.astimezone(timezone.utc) - local.start.astimezone(timezone.utc)
    assert (elapsed, local.crosses_midnight, local.end_day_shift) == (timedelta(hours=3), True, 1)


def test_march_2019_week_new_york_is_five_hours_behind_not_six(march_2019):
    schedule = build_schedule(march_2019, ["America/New_York", "Asia/Bangkok"])
    first = schedule_to_dict(schedule)["sittings"][0]
    assert (first["start"], first["local"]["America/New_York"]["start"], first["local"]["Asia/Bangkok"]["start"]) == (
        "2019-03-27T10:00:00+01:00", "2019-03-27T05:00:00-04:00", "2019-03-27T16:00:00+07:00")
    assert _worded(schedule.notes) == (
        "America/New_York is 5 hours behind Vienna on 27–29 March 2019, not the usual 6: New York changed "
        "its clocks on 10 March 2019 (EST, UTC−5 → EDT, UTC−4) and Vienna changes its clocks on "
        "31 March 2019 (CET, UTC+1 → CEST, UTC+2).",
    )


def test_offset_change_at_the_venue_during_the_meeting_is_said_in_words():
    meeting = load_meeting_text_for_test(MARCH_2019.replace("end: 2019-03-29", "end: 2019-04-01"))
    assert list(_worded(offset_notes(meeting, "Asia/Bangkok"))) == [
        "Asia/Bangkok is 6 hours ahead of Vienna on 27–29 March 2019, then 5 hours ahead on 1 April 2019: "
        "Vienna changes its clocks on 31 March 2019 (CET, UTC+1 → CEST, UTC+2).",
    ]


def test_ordinary_differences_give_no_note():
    meeting = bundled("egm-cybercrime-2021")
    zones = ["Asia/Bangkok", "America/New_York", "Europe/Berlin", "UTC", "Australia/Sydney", "Europe/Vienna"]
    assert build_schedule(meeting, zones).notes == ()


def test_southern_zone_in_october_both_on_daylight_time_is_unusual():
    meeting = load_meeting_text_for_test(LORD_HOWE_2019.replace("2019-04-05", "2019-10-15")
                                         .replace("2019-04-08", "2019-10-17"))
    assert list(_worded(offset_notes(meeting, "Australia/Sydney"))) == [
        "Australia/Sydney is 9 hours ahead of Vienna on 15–17 October 2019, not the usual 8 or 10: "
        "Sydney changed its clocks on 6 October 2019 (AEST, UTC+10 → AEDT, UTC+11) and Vienna changes "
        "its clocks on 27 October 2019 (CEST, UTC+2 → CET, UTC+1).",
    ]


# --- comfort classes ---------------------------------------------------------------------

def _walls(day: str, start: str, end: str) -> list[tuple[datetime, datetime]]:
    a = datetime.fromisoformat(f"{day}T{start}")
    b = datetime.fromisoformat(f"{day}T{end}")
    return [(a, b if b > a else b + timedelta(days=1))]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("08:00", "19:00", "working"),
        ("06:00", "08:00", "early/late"),   # bounds are half-open
        ("07:00", "09:00", "early/late"),   # worst of the two
        ("19:00", "22:00", "early/late"),
        ("21:00", "22:01", "night"),        # a minute into the night is the night
        ("21:00", "23:00", "night"),
        ("05:59", "07:00", "night"),
        ("10:00", "13:00", "working"),
        ("23:00", "02:00", "night"),        # crosses midnight
        ("18:00", "08:30", "night"),        # a long sitting through the night
    ],
)
def test_comfort_class_is_the_worst_touched(start, end, expected):
    assert classify(_walls("2021-04-06", start, end), ComfortBounds()) == expected


def test_comfort_bounds_are_configurable():
    bounds = ComfortBounds.parse("07:00-20:00", "23:00-05:00")
    assert (classify(_walls("2021-04-06", "07:00", "20:00"), bounds),
            classify(_walls("2021-04-06", "20:00", "23:00"), bounds),
            classify(_walls("2021-04-06", "04:00", "05:00"), bounds)) == ("working", "early/late", "night")
    assert bounds.to_dict() == {"working": "07:00-20:00", "night": "23:00-05:00"}


@pytest.mark.parametrize(
    ("working", "night", "message"),
    [
        ("8-19", None, "working hours must look like 08:00-19:00, got '8-19'"),
        ("19:00-08:00", None, "comfort bounds must satisfy night end (06:00) ≤ working start (19:00) < "
                              "working end (08:00) ≤ night start (22:00)"),
        (None, "18:00-06:00", "comfort bounds must satisfy night end (06:00) ≤ working start (08:00) < "
                              "working end (19:00) ≤ night start (18:00)"),
        ("25:00-26:00", None, "working hours must be times of day, got '25:00-26:00'"),
    ],
)
def test_bad_comfort_bounds_are_refused(working, night, message):
    with pytest.raises(ValueError) as caught:
        ComfortBounds.parse(working, night)
    assert str(caught.value) == message


def test_default_bounds_are_the_issue_s():
    assert ComfortBounds() == ComfortBounds(time(8), time(19), time(22), time(6))


# --- the JSON contract -------------------------------------------------------------------

def test_json_contract_example_of_the_issue():
    data = schedule_to_dict(build_schedule(bundled("egm-cybercrime-2021"), ["Asia/Bangkok"]))
    assert list(data) == ["meeting", "venue", "zones", "zone_labels", "sittings", "notes"]
    assert (data["meeting"], data["venue"], data["zones"], data["notes"]) == (
        "egm-cybercrime-2021", {"name": "Vienna", "timezone": "Europe/Vienna"}, ["Asia/Bangkok"], [])
    assert data["sittings"][0] == {
        "date": "2021-04-06", "sitting": 1,
        "start": "2021-04-06T10:00:00+02:00", "end": "2021-04-06T13:00:00+02:00",
        "local": {"Asia/Bangkok": {"start": "2021-04-06T15:00:00+07:00", "end": "2021-04-06T18:00:00+07:00",
                                   "day_shift": 0, "comfort": "working", "abbreviation": "+07",
                                   "utc_offset": "+07:00"}},
    }
    assert [(s["date"], s["sitting"]) for s in data["sittings"]] == [
        ("2021-04-06", 1), ("2021-04-06", 2), ("2021-04-07", 1), ("2021-04-07", 2),
        ("2021-04-08", 1), ("2021-04-08", 2)]


def test_zones_keep_their_order_without_duplicates():
    schedule = build_schedule(bundled("egm-cybercrime-2021"), ["UTC", "Asia/Bangkok", "UTC"])
    assert (schedule.zones, list(schedule_to_dict(schedule)["sittings"][0]["local"])) == (
        ("UTC", "Asia/Bangkok"), ["UTC", "Asia/Bangkok"])
