"""Notes on a zone's difference from the venue during a meeting (UN-STYLE T8), as facts:
the differences and the clock changes behind them; ``style.offset_note`` words them.

A note says when the difference changes during the meeting, or differs from its usual
value because one side has changed its clocks and the other has not (Vienna on 27–29
March 2019 is UTC+1 while New York is already UTC−4).

Cost: the yearly profile used for "usual" differences is memoised per (zone, year); offsets
come from the zone's compiled file (:func:`egmplan.tzif.offset_at`), without a zone object.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from egmplan import tz, tzif
from egmplan.model import Meeting
from egmplan.planning.zone_conversions import (
    as_utc, changes_between, last_change, local_at, next_change, unix_seconds,
)
from egmplan.record import Record, record

# A difference from the venue that holds for fewer weeks of the year than this is
# "unusual" (one side has changed its clocks and the other has not yet): New York
# against Vienna is 5 hours behind for about 4 weeks a year, 6 hours the rest.
USUAL_MIN_WEEKS = 8


@record
class ClockChange(Record):
    """A zone changing its clocks: ``before`` (local, a second before) and ``after`` (local, at
    the change) give the offsets, abbreviations and any date skipped or repeated."""

    place: str          # "New York", or the venue's name
    before: datetime
    after: datetime
    past: bool          # before the meeting ("changed"), else during or after it ("changes")


@record
class OffsetNote(Record):
    """``zone``'s difference from the venue (zone offset minus venue offset) per span of days:
    several spans when it changes during the meeting (``usual`` empty), or one span with the
    differences that usually hold (``usual``) when it is an unusual one. ``changes``: the clock
    changes behind it."""

    zone: str
    venue: str
    spans: tuple[tuple[date, date, timedelta], ...]
    usual: tuple[timedelta, ...]
    changes: tuple[ClockChange, ...]


def place_name(zone_name: str) -> str:
    """``America/New_York`` -> ``New York``; ``UTC`` stays ``UTC``."""
    if zone_name in tz.UTC_NAMES:
        return "UTC"
    return zone_name.rsplit("/", 1)[-1].replace("_", " ")


def _offset(zone_name: str, seconds: int) -> timedelta:
    return _seconds_delta(tzif.offset_at(zone_name, seconds)[0])


@lru_cache(maxsize=None)
def _seconds_delta(seconds: int) -> timedelta:
    return timedelta(seconds=seconds)


def _difference(zone_name: str, venue_zone: str, instant: datetime) -> timedelta:
    seconds = unix_seconds(instant)
    return _offset(zone_name, seconds) - _offset(venue_zone, seconds)


@lru_cache(maxsize=4096)
def _yearly_offsets(zone_name: str, year: int) -> tuple[timedelta, ...]:
    """The zone's offset at noon UTC every seventh day of ``year`` (53 samples)."""
    return tuple([_offset(zone_name, sample) for sample in _weekly_samples(year)])


@lru_cache(maxsize=16)
def _weekly_samples(year: int) -> tuple[int, ...]:
    """Noon UTC every seventh day of ``year``, in Unix seconds."""
    first = unix_seconds(datetime(year, 1, 1, 12, tzinfo=timezone.utc))
    return tuple(first + 7 * 86400 * week for week in range(53))


def _is_usual(zone_name: str, venue_zone: str, year: int, delta: timedelta, near: date) -> bool:
    """Whether ``delta`` holds in at least :data:`USUAL_MIN_WEEKS` weekly samples of ``year``.

    Samples nearest the meeting come first and the count stops as soon as it is reached,
    so an ordinary zone costs a handful of conversions instead of 53."""
    theirs = _yearly_offsets(venue_zone, year)
    samples = _weekly_samples(year)
    week = min(max((near - date(year, 1, 1)).days // 7, 0), len(samples) - 1)
    found = 0
    for w in _nearest_first(week, len(samples)):
        if _offset(zone_name, samples[w]) - theirs[w] == delta:
            found += 1
            if found >= USUAL_MIN_WEEKS:
                return True
    return False


@lru_cache(maxsize=64)
def _nearest_first(week: int, count: int) -> tuple[int, ...]:
    return tuple(sorted(range(count), key=lambda w: abs(w - week)))


def _usual_differences(zone_name: str, venue_zone: str, year: int) -> Counter:
    ours, theirs = _yearly_offsets(zone_name, year), _yearly_offsets(venue_zone, year)
    return Counter(a - b for a, b in zip(ours, theirs))


def _clock_change(zone_name: str, place: str, instant: datetime, past: bool) -> ClockChange:
    return ClockChange(place, local_at(zone_name, instant - timedelta(seconds=1)), local_at(zone_name, instant), past)


def offset_notes(meeting: Meeting, zone_name: str,
                 timeline: list[tuple[date, timedelta]] | None = None) -> list[OffsetNote]:
    """Notes on ``zone_name``'s difference from the venue during ``meeting`` (none when ordinary),
    as facts; ``style.offset_note`` words them.

    ``timeline``: (venue date, zone offset minus venue offset) at each sitting's start and
    end, when the caller has them already (:func:`egmplan.planning.schedule.build_schedule`)."""
    venue_zone = meeting.timezone
    if zone_name == venue_zone or not meeting.sittings:
        return []
    venue = meeting.venue
    if timeline is None:
        timeline = [(sitting.date, _difference(zone_name, venue_zone, as_utc(moment)))
                    for sitting in meeting.sittings for moment in (sitting.starts_at, sitting.ends_at)]
    segments: list[list] = []
    for day, delta in timeline:
        if segments and segments[-1][2] == delta:
            segments[-1][1] = day
        else:
            segments.append([day, day, delta])
    first = as_utc(meeting.sittings[0].starts_at)
    last = as_utc(meeting.sittings[-1].ends_at)

    if len(segments) > 1:
        changes = sorted(
            [(when, zone_name, place_name(zone_name)) for when in changes_between(zone_name, first, last)]
            + [(when, venue_zone, venue) for when in changes_between(venue_zone, first, last)]
        )
        return [OffsetNote(zone_name, venue, tuple(tuple(segment) for segment in segments), (),
                           tuple(_clock_change(name, label, when, past=False) for when, name, label in changes))]

    delta = segments[0][2]
    year = meeting.sittings[0].date.year
    if _is_usual(zone_name, venue_zone, year, delta, meeting.sittings[0].date):
        return []
    usual = _usual_differences(zone_name, venue_zone, year)
    common = [d for d, weeks in usual.most_common() if weeks >= USUAL_MIN_WEEKS]
    if not common:
        return []
    reasons = []
    recent = [(when, name, label) for name, label in ((zone_name, place_name(zone_name)), (venue_zone, venue))
              if (when := last_change(name, first)) is not None]
    coming = [(when, name, label) for name, label in ((zone_name, place_name(zone_name)), (venue_zone, venue))
              if (when := next_change(name, last)) is not None]
    if recent:
        when, name, label = max(recent)
        reasons.append(_clock_change(name, label, when, past=True))
    if coming:
        when, name, label = min(coming)
        reasons.append(_clock_change(name, label, when, past=False))
    days = (meeting.sittings[0].date, meeting.sittings[-1].date, delta)
    return [OffsetNote(zone_name, venue, (days,), tuple(common), tuple(reasons))]
