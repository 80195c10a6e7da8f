"""Offsets read from the zone's compiled file (egmplan.tzif.offset_at) and the conversions built
on them (egmplan.planning.zone_conversions.Conversions) say what zoneinfo says.

The oracle is zoneinfo itself, on the pinned package (``instant.astimezone(ZoneInfo(name))``),
and the conversion egmplan made before: each sitting converted to each zone through zoneinfo.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from egmplan import tz, tzif
from egmplan.jsontext import dumps
from egmplan.loader import load_meeting_text
from egmplan.planning.comfort import COMFORT_CLASSES, ComfortBounds, classify, worst_in_minutes
from egmplan.planning.schedule import build_schedule
from egmplan.planning.schedule_json import schedule_to_dict
from egmplan.planning.zone_conversions import Conversions, _wall_pieces, as_utc, local_sitting
from egmplan.render.schedule import ScheduleInput, jsonout

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
NAMES = sorted(tz.all_zone_names())  # every zone and link of the pinned database
ZONES = tz.zone1970_zones()
NOTABLE = ["Australia/Lord_Howe", "Pacific/Apia", "Pacific/Chatham", "America/New_York", "Europe/Vienna",
           "Australia/Sydney", "Africa/Casablanca", "Asia/Tehran", "America/Nuuk", "Europe/Dublin",
           "America/Santiago", "Pacific/Easter", "Antarctica/Troll", "Asia/Kathmandu", "Pacific/Kiritimati"]


def zoneinfo_says(name: str, seconds: int) -> tuple[int, str]:
    local = (EPOCH + timedelta(seconds=seconds)).astimezone(tz.get_zone(name))
    return int(local.utcoffset().total_seconds()), local.tzname()


# 1800 to 2300: before the first transition, through the files' transitions, into their rules.
@settings(max_examples=2000, deadline=None)
@given(name=st.sampled_from(NAMES), seconds=st.integers(-5_364_662_400, 10_413_792_000))
def test_the_offset_at_any_instant_is_zoneinfo_s(name, seconds):
    assert tzif.offset_at(name, seconds) == zoneinfo_says(name, seconds)


@pytest.mark.parametrize("name", ZONES)
def test_the_offset_on_either_side_of_every_change_is_zoneinfo_s(name):
    """Every transition in the file and every change its rule makes up to 2100, a second before,
    at and after."""
    edges = list(tzif.zone_file(name).transitions) + tzif.candidate_instants(name, 0, 4_102_444_800)
    for edge in edges:
        for seconds in (edge - 1, edge, edge + 1):
            assert tzif.offset_at(name, seconds) == zoneinfo_says(name, seconds), (name, seconds)


def test_a_file_without_a_rule_keeps_its_last_type_and_one_with_a_rule_follows_it():
    assert tzif.offset_at("Asia/Bangkok", 4_000_000_000) == (7 * 3600, "+07")
    assert tzif.offset_at("Europe/Vienna", 4_102_444_800) == (3600, "CET")         # 1 January 2100
    assert tzif.offset_at("Europe/Vienna", 4_118_083_200) == (7200, "CEST")        # 1 July 2100
    assert tzif.offset_at("Australia/Sydney", 4_102_444_800) == (11 * 3600, "AEDT")


# --- the conversions against the ones made through zoneinfo -----------------------------

def zoneinfo_local_sitting(sitting, zone_name: str, bounds: ComfortBounds) -> tuple:
    """What egmplan computed before (zone_conversions.local_sitting at 47acfa4), every field."""
    zone = tz.get_zone(zone_name)
    start, end = sitting.starts_at.astimezone(zone), sitting.ends_at.astimezone(zone)
    offset, end_offset = start.utcoffset(), end.utcoffset()
    if offset == end_offset:
        first = start.hour * 3600 + start.minute * 60 + start.second
        last = first + int((sitting.ends_at - sitting.starts_at).total_seconds())
        comfort = COMFORT_CLASSES[worst_in_minutes(first // 60, -(-last // 60), bounds)]
    else:
        comfort = classify(_wall_pieces(zone_name, as_utc(sitting.starts_at), as_utc(sitting.ends_at)), bounds)
    crosses = end.date() > start.date() and (end - timedelta(microseconds=1)).date() > start.date()
    return (zone_name, start.isoformat(), end.isoformat(), start.tzname(), end.tzname(),
            (start.date() - sitting.date).days, (end.date() - sitting.date).days, comfort, crosses,
            offset, end_offset)


def fields(item) -> tuple:
    return (item.zone, item.start.isoformat(), item.end.isoformat(), item.abbreviation, item.end_abbreviation,
            item.day_shift, item.end_day_shift, item.comfort, item.crosses_midnight, item.utc_offset,
            item.end_utc_offset)


@st.composite
def meetings(draw):
    """Up to a month of sittings of any length up to 11 hours, any time of day, at a random venue,
    in any year from 1901 to 2198; half of them in the weeks when clocks change."""
    if draw(st.booleans()):
        start = draw(st.dates(min_value=date(1901, 1, 1), max_value=date(2198, 1, 1)))
    else:
        year = draw(st.integers(1970, 2198))
        start = draw(st.one_of(st.dates(date(year, 3, 20), date(year, 4, 6)),
                               st.dates(date(year, 9, 25), date(year, 11, 5))))
    length = draw(st.integers(0, 30))
    starts = sorted(draw(st.lists(st.integers(0, 23 * 4), min_size=1, max_size=2, unique=True)))
    sittings = []
    for n, quarter in enumerate(starts):
        limit = (starts[n + 1] - quarter) if n + 1 < len(starts) else 24 * 4 - quarter
        quarters = draw(st.integers(1, min(limit, 44)))
        end = quarter + quarters
        end_text = "24:00" if end == 96 else f"{end // 4:02d}:{end % 4 * 15:02d}"
        sittings.append({"start": f"{quarter // 4:02d}:{quarter % 4 * 15:02d}", "end": end_text})
    return {
        "meeting": {"body": "Expert Group", "number": 1, "venue": "The Venue",
                    "timezone": draw(st.one_of(st.sampled_from(ZONES), st.sampled_from(NOTABLE))),
                    "dates": {"start": start.isoformat(), "end": (start + timedelta(days=length)).isoformat()}},
        "sittings": {"default": sittings},
        "agenda": [{"title": "Opening"}],
    }


def load(document):
    result = load_meeting_text(yaml.safe_dump(document, sort_keys=False), "generated.yaml")
    return result.meeting


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=meetings(), zones=st.lists(st.one_of(st.sampled_from(ZONES), st.sampled_from(NOTABLE)),
                                           min_size=1, max_size=12, unique=True))
def test_conversions_equal_the_ones_through_zoneinfo(document, zones):
    meeting = load(document)
    if meeting is None:
        return  # a sitting in a gap or a fold of the venue's clocks, refused by the loader
    bounds = ComfortBounds()
    conversions = Conversions(meeting.sittings, bounds)
    for zone in zones:
        expected = [zoneinfo_local_sitting(sitting, zone, bounds) for sitting in meeting.sittings]
        assert [fields(item) for item in conversions.in_zone(zone)] == expected
        assert [fields(local_sitting(sitting, zone, bounds)) for sitting in meeting.sittings] == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=meetings(), zones=st.lists(st.sampled_from(ZONES), min_size=0, max_size=40, unique=True))
def test_the_json_writer_writes_what_the_contract_says(document, zones):
    meeting = load(document)
    if meeting is None:
        return
    schedule = build_schedule(meeting, zones, typed={zones[0]: "Somewhere"} if zones else None)
    assert jsonout.render(ScheduleInput(schedule, None, (), None)) == dumps(schedule_to_dict(schedule), 4)


@pytest.mark.parametrize("name", ["egm-cybercrime-2017", "egm-cybercrime-2020", "egm-cybercrime-2021"])
def test_every_zone_of_the_bundled_meetings_in_json_as_the_contract_says(name):
    from pathlib import Path

    from egmplan.loader import load_meeting

    meeting = load_meeting(Path(__file__).resolve().parent.parent / "meetings" / f"{name}.yaml").meeting
    schedule = build_schedule(meeting, tz.zone1970_zones())
    assert jsonout.render(ScheduleInput(schedule, None, (), None)) == dumps(schedule_to_dict(schedule), 4)
