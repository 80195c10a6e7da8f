"""Sittings converted to zones (UN-STYLE Z1, Z2), and the instants a zone changes its clocks.

The venue's zone governs every sitting (Z1); each sitting is converted per date, through
the pinned database (:mod:`egmplan.tz`), to a zone: local start and end, day shift (Z2),
abbreviation and UTC offset on that date, a comfort class (:mod:`egmplan.planning.comfort`),
and whether the sitting crosses local midnight.

Cost: conversions are memoised per (zone, UTC instant), so ``--tz all`` (about 310 zones)
does a few thousand cheap look-ups; the changes of a zone's clocks come from its transitions
(:mod:`egmplan.tzif`), not from stepping through the meeting.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from egmplan import tz, tzif
from egmplan.model import Sitting
from egmplan.planning.comfort import COMFORT_CLASSES, ComfortBounds, classify, worst_in_minutes


@lru_cache(maxsize=1 << 16)
def at_zone(zone_name: str, instant: datetime) -> datetime:
    """``instant`` (aware, UTC) as an aware local datetime in the pinned zone."""
    return instant.astimezone(tz.get_zone(zone_name))


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_SECOND = timedelta(seconds=1)


def as_utc(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc)


def transition(zone_name: str, before: datetime, after: datetime) -> datetime:
    """The first instant in ``(before, after]`` with the offset at ``after`` (bisection to the second)."""
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


def changes_between(zone_name: str, start: datetime, end: datetime) -> list[datetime]:
    """Instants in ``(start, end]`` where the zone's UTC offset changes, from the zone's
    transitions (:mod:`egmplan.tzif`): a few look-ups, whatever the length of the interval."""
    return _changes(zone_name, math.floor(start.timestamp()), math.floor(end.timestamp()))


def last_change(zone_name: str, before: datetime, days: int = 370) -> datetime | None:
    """The latest change of UTC offset in ``(before - days, before]``."""
    until = math.floor(before.timestamp())
    found = _changes(zone_name, until - days * 86400, until, latest=True)
    return found[0] if found else None


def next_change(zone_name: str, after: datetime, days: int = 370) -> datetime | None:
    """The first change of UTC offset in ``(after, after + days]``."""
    since = math.floor(after.timestamp())
    found = _changes(zone_name, since, since + days * 86400, first=True)
    return found[0] if found else None


def _changes(zone_name: str, after: int, until: int, *, first: bool = False, latest: bool = False) -> list[datetime]:
    """Changes of UTC offset in ``(after, until]`` (Unix seconds), as zoneinfo has them on either
    side of each candidate instant the zone's file gives."""
    candidates = tzif.candidate_instants(zone_name, after, until)
    found = []
    for seconds in reversed(candidates) if latest else candidates:
        when = _EPOCH + timedelta(seconds=seconds)
        if at_zone(zone_name, when - _SECOND).utcoffset() != at_zone(zone_name, when).utcoffset():
            found.append(when)
            if first or latest:
                break
    return found


def _wall(instant: datetime, offset: timedelta) -> datetime:
    return (instant + offset).replace(tzinfo=None)


def _wall_pieces(zone_name: str, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    """The naive wall-clock intervals a real interval covers, split where the offset changes
    (Apia on 30 December 2011 jumps a whole day: the wall clock never shows that day)."""
    pieces = []
    cursor = start
    for _ in range(4):  # a sitting spans at most a transition or two
        offset = at_zone(zone_name, cursor).utcoffset()
        if offset == at_zone(zone_name, end).utcoffset():
            break
        change = transition(zone_name, cursor, end)
        pieces.append((_wall(cursor, offset), _wall(change, offset)))
        cursor = change
    offset = at_zone(zone_name, cursor).utcoffset()
    pieces.append((_wall(cursor, offset), _wall(end, offset)))
    return pieces


@dataclass(slots=True)
class LocalSitting:
    """One sitting as seen in one zone. A schedule holds one per sitting and zone (313 zones for
    ``--tz all``): slots, and not frozen, whose checked __init__ costs four times as much."""

    zone: str
    start: datetime          # aware, local
    end: datetime            # aware, local
    day_shift: int           # local start date minus the venue date
    end_day_shift: int       # local end date minus the venue date
    comfort: str
    crosses_midnight: bool   # some of the sitting falls on a later local date than its start
    utc_offset: timedelta    # at the start
    end_utc_offset: timedelta

    @property
    def abbreviation(self) -> str:
        return self.start.tzname() or ""

    @property
    def end_abbreviation(self) -> str:
        return self.end.tzname() or ""


def local_sitting(sitting: Sitting, zone_name: str, bounds: ComfortBounds, zone=None) -> LocalSitting:
    """A sitting converted to a zone, on its own date, through the pinned database (``zone``: the
    zone object, when the caller has it already)."""
    zone = zone or tz.get_zone(zone_name)
    start, end = sitting.starts_at.astimezone(zone), sitting.ends_at.astimezone(zone)
    start_date, end_date = start.date(), end.date()
    offset, end_offset = start.utcoffset(), end.utcoffset()
    if offset == end_offset:
        # Two changes of offset inside one sitting, back to the first offset, never happen.
        # One wall-clock piece: minutes from the start's local midnight, the end rounded up
        # (a second past a bound touches it).
        first = start.hour * 3600 + start.minute * 60 + start.second
        last = first + int((sitting.ends_at - sitting.starts_at).total_seconds())
        comfort = COMFORT_CLASSES[worst_in_minutes(first // 60, -(-last // 60), bounds)]
    else:
        comfort = classify(_wall_pieces(zone_name, as_utc(sitting.starts_at), as_utc(sitting.ends_at)), bounds)
    # A sitting ending at 00:00 does not cross midnight.
    crosses = end_date > start_date and (end - timedelta(microseconds=1)).date() > start_date
    return LocalSitting(zone_name, start, end, (start_date - sitting.date).days, (end_date - sitting.date).days,
                        comfort, crosses, offset, end_offset)
