"""The changes of a zone's clocks come from its transitions (egmplan.tzif), and say the same as
stepping through the interval did.

The oracle is the algorithm egmplan used before: step through the interval in 6-hour steps
(days for the last and next change) comparing zoneinfo's offsets, then bisect to the second.
It grew with the meeting's length (500 sittings: seconds per zone); kept here, it checks the
transition-based functions and the notes built on them on random zones, instants and meetings.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from unittest import mock

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from egmplan import tz, tzif
from egmplan.loader import load_meeting_text
from egmplan.planning import offset_notes as notes_module
from egmplan.planning.offset_notes import offset_notes
from egmplan.planning.zone_conversions import at_zone, changes_between, last_change, next_change

ZONES = tz.zone1970_zones()
# Zones whose changes are out of the ordinary: half-hour daylight time, a skipped day, 45-minute
# offsets, southern summers, a zone on daylight time all year, one that dropped daylight time.
NOTABLE = ["Australia/Lord_Howe", "Pacific/Apia", "Pacific/Chatham", "America/New_York", "Europe/Vienna",
           "Australia/Sydney", "Africa/Casablanca", "Asia/Tehran", "America/Nuuk", "Europe/Dublin",
           "America/Santiago", "Pacific/Easter", "Antarctica/Troll", "Asia/Kathmandu"]


# --- the oracle: the stepping algorithm -------------------------------------------------

def stepping_transition(zone_name: str, before: datetime, after: datetime) -> datetime:
    target = at_zone(zone_name, after).utcoffset()
    low, high = before, after
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        middle = middle.replace(microsecond=0)
        if middle <= low:
            break
        if at_zone(zone_name, middle).utcoffset() == target:
            high = middle
        else:
            low = middle
    return high


def stepping_changes_between(zone_name: str, start: datetime, end: datetime) -> list[datetime]:
    found = []
    cursor = start
    while cursor < end:
        step = min(cursor + timedelta(hours=6), end)
        if at_zone(zone_name, cursor).utcoffset() != at_zone(zone_name, step).utcoffset():
            found.append(stepping_transition(zone_name, cursor, step))
        cursor = step
    return found


def stepping_last_change(zone_name: str, before: datetime, days: int = 370) -> datetime | None:
    offset = at_zone(zone_name, before).utcoffset()
    cursor = before
    for _ in range(days):
        previous = cursor - timedelta(days=1)
        if at_zone(zone_name, previous).utcoffset() != offset:
            return stepping_transition(zone_name, previous, cursor)
        cursor = previous
    return None


def stepping_next_change(zone_name: str, after: datetime, days: int = 370) -> datetime | None:
    offset = at_zone(zone_name, after).utcoffset()
    cursor = after
    for _ in range(days):
        following = cursor + timedelta(days=1)
        if at_zone(zone_name, following).utcoffset() != offset:
            return stepping_transition(zone_name, cursor, following)
        cursor = following
    return None


# --- the functions against the oracle ---------------------------------------------------

FIRST = datetime(1900, 1, 2, tzinfo=timezone.utc)
MINUTES = int((datetime(2199, 12, 30, tzinfo=timezone.utc) - FIRST).total_seconds()) // 60
zones = st.one_of(st.sampled_from(ZONES), st.sampled_from(NOTABLE))
instants = st.integers(0, MINUTES).map(lambda minutes: FIRST + timedelta(minutes=minutes))


@settings(max_examples=300, deadline=None)
@given(zone=zones, start=instants, days=st.integers(0, 400), hours=st.integers(0, 23))
def test_changes_between_equal_the_stepping_ones(zone, start, days, hours):
    end = start + timedelta(days=days, hours=hours)
    assert changes_between(zone, start, end) == stepping_changes_between(zone, start, end)


@settings(max_examples=300, deadline=None)
@given(zone=zones, instant=instants)
def test_last_and_next_change_equal_the_stepping_ones(zone, instant):
    assert last_change(zone, instant) == stepping_last_change(zone, instant)
    assert next_change(zone, instant) == stepping_next_change(zone, instant)


@pytest.mark.parametrize("index", range(len(ZONES)))
def test_every_zone_s_changes_over_a_year_equal_the_stepping_ones(index):
    """Each zone over a year of its own, spread from 1900 to 2199 (the file's transitions,
    then its rule)."""
    zone, year = ZONES[index], 1900 + index * 97 % 299
    start, end = datetime(year, 1, 1, tzinfo=timezone.utc), datetime(year + 1, 2, 1, tzinfo=timezone.utc)
    assert changes_between(zone, start, end) == stepping_changes_between(zone, start, end)


# --- the notes against the notes built on the oracle -----------------------------------

@st.composite
def long_meetings(draw):
    """A meeting of up to a year of weekdays, one or two sittings each, at a random venue; half
    of them a week or less in the weeks when one side of the world has changed its clocks and
    the other not yet (where a difference is "not the usual one")."""
    if draw(st.booleans()):
        start = draw(st.dates(min_value=date(1901, 1, 1), max_value=date(2198, 1, 1)))
        length = draw(st.integers(0, 365))
    else:
        year = draw(st.integers(1970, 2198))
        start = draw(st.one_of(st.dates(date(year, 3, 12), date(year, 4, 6)),
                               st.dates(date(year, 10, 5), date(year, 11, 5))))
        length = draw(st.integers(0, 6))
    start += timedelta(days=7 - start.weekday() if start.weekday() >= 5 else 0)  # sittings are on weekdays
    hours = sorted(draw(st.lists(st.integers(7, 20), min_size=1, max_size=2, unique=True)))
    return {
        "meeting": {"body": "Expert Group", "number": 1, "venue": "The Venue",
                    "timezone": draw(zones if length > 6 else st.sampled_from(NOTABLE)),
                    "dates": {"start": start.isoformat(), "end": (start + timedelta(days=length)).isoformat()}},
        "sittings": {"default": [{"start": f"{h:02d}:00", "end": f"{h:02d}:50"} for h in hours]},
        "agenda": [{"title": "Opening"}],
    }


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=long_meetings(), others=st.lists(zones, min_size=1, max_size=4, unique=True))
def test_offset_notes_equal_the_stepping_ones_on_random_meetings(document, others):
    result = load_meeting_text(yaml.safe_dump(document, sort_keys=False), "generated.yaml")
    if result.meeting is None:
        # Only the database may refuse these: a sitting in a gap or a fold.
        assert {d.message.split(" ")[-1] for d in result.errors} <= {"forward)", "back)", "skipped)"}, result.errors
        return
    meeting = result.meeting
    if (meeting.end - meeting.start).days < 7:
        others = list(dict.fromkeys(others + NOTABLE))
    ours = [offset_notes(meeting, zone) for zone in others]
    with mock.patch.object(notes_module, "changes_between", stepping_changes_between), \
            mock.patch.object(notes_module, "last_change", stepping_last_change), \
            mock.patch.object(notes_module, "next_change", stepping_next_change):
        theirs = [offset_notes(meeting, zone) for zone in others]
    assert ours == theirs


# --- the file's rule, on its own --------------------------------------------------------

def _utc(*fields) -> int:
    return int(datetime(*fields, tzinfo=timezone.utc).timestamp())


def test_the_european_rule_changes_at_one_in_the_morning_utc_on_the_last_sundays():
    rule = tzif.parse_rule("CET-1CEST,M3.5.0,M10.5.0/3")
    assert rule == tzif.Rule(3600, 7200, ("M", 3, 5, 0), 7200, ("M", 10, 5, 0), 10800)
    assert tzif.rule_instants(rule, 2019) == (_utc(2019, 3, 31, 1), _utc(2019, 10, 27, 1))


def test_a_rule_s_days_counted_with_and_without_29_february():
    # Jn never counts 29 February (J60 is 1 March); n counts from 0 and does.
    rule = tzif.parse_rule("<+0330>-3:30<+0430>,J79/24,J263/24")
    assert rule.standard == 3 * 3600 + 1800
    assert tzif.rule_instants(rule, 2020) == (_utc(2020, 3, 20, 20, 30), _utc(2020, 9, 20, 19, 30))
    rule = tzif.parse_rule("XXX3YYY,59/0,365/25")
    assert tzif.rule_instants(rule, 2020) == (_utc(2020, 2, 29, 3), _utc(2021, 1, 1, 3))
    assert tzif.rule_instants(rule, 2021) == (_utc(2021, 3, 1, 3), _utc(2022, 1, 2, 3))


def test_rule_times_beyond_a_day_and_negative():
    # Nuuk since 2023: on daylight time from the last Saturday of March at 22:00 (Sunday −2 h).
    rule = tzif.parse_rule("<-02>2<-01>,M3.5.0/-1,M10.5.0/0")
    assert rule.start_time == -3600 and rule.end_time == 0
    assert tzif.parse_rule("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1").start_time == -7200
    assert tzif.parse_rule("EST5EDT,0/0,J365/167").end_time == 167 * 3600


def test_a_zone_that_keeps_one_offset_has_no_rule():
    assert tzif.parse_rule("<+07>-7") is None
    assert tzif.parse_rule("") is None
    assert tzif.zone_file("Asia/Bangkok").rule is None
    assert tzif.candidate_instants("Asia/Bangkok", _utc(2000, 1, 1), _utc(2100, 1, 1)) == []


def test_the_fifth_week_is_the_last_one_of_the_month():
    rule = tzif.parse_rule("AAA0BBB,M2.5.0,M5.5.1")  # last Sunday of February, last Monday of May
    assert tzif.rule_instants(rule, 2026) == (_utc(2026, 2, 22, 2), _utc(2026, 5, 25, 1))


# --- the cost: look-ups per change, not per hour of the interval -------------------------

def test_finding_changes_looks_up_two_instants_per_candidate_whatever_the_length():
    start = datetime(2021, 1, 4, 9, tzinfo=timezone.utc)
    with mock.patch.object(tzif, "offset_at", wraps=tzif.offset_at) as looked_up:
        year = changes_between("Europe/Vienna", start, start + timedelta(days=365))
        per_year = looked_up.call_count
        decade = changes_between("Europe/Vienna", start, start + timedelta(days=3650))
    assert len(year) == 2 and len(decade) == 20
    assert per_year == 4 and looked_up.call_count - per_year == 40  # stepping: 1,460 and 14,600


def test_loading_leaves_the_cycle_collector_as_it_found_it():
    import gc

    text = "meeting:\n  body: Expert Group\n  number: 1\n  venue: Vienna\n  timezone: Europe/Vienna\n" \
           "  dates: {start: 2027-03-15, end: 2027-03-15}\nsittings:\n  default:\n" \
           '    - {start: "10:00", end: "13:00"}\nagenda:\n  - title: Opening\n'
    assert gc.isenabled()
    assert load_meeting_text(text).meeting is not None
    assert gc.isenabled()
    gc.disable()
    try:
        assert load_meeting_text(text).meeting is not None
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_loading_makes_no_reference_cycles_and_a_big_meeting_is_moved_out_of_the_collector_s_way():
    """A big meeting's objects are frozen after the load (gc.freeze): safe because loading leaves
    no garbage that only the cycle collector could free."""
    import gc
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from generate_items import meeting_text

    from egmplan.loader import load as load_module

    small, big = meeting_text(100), meeting_text(3000)
    assert len(small.encode()) < load_module.FREEZE_FROM_BYTES <= len(big.encode())
    gc.collect()
    frozen = gc.get_freeze_count()
    try:
        gc.disable()
        assert load_meeting_text(small).meeting is not None
        assert gc.get_freeze_count() == frozen and gc.collect() == 0
        gc.enable()
        assert load_meeting_text(big).meeting is not None
        assert gc.get_freeze_count() > frozen
        gc.unfreeze()
        assert gc.collect() == 0
    finally:
        gc.unfreeze()
        gc.enable()
