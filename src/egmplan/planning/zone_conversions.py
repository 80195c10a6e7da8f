"""Sittings converted to zones (UN-STYLE Z1, Z2), and the instants a zone changes its clocks.

The venue's zone governs every sitting (Z1); each sitting is converted per date, through
the pinned database (:mod:`egmplan.tz`), to a zone: local start and end, day shift (Z2),
abbreviation and UTC offset on that date, a comfort class (:mod:`egmplan.planning.comfort`),
and whether the sitting crosses local midnight.

Cost: a zone's offsets come from its compiled file's transitions and rule
(:func:`egmplan.tzif.offset_at`, which answers as zoneinfo does) without building a zone
object, and :class:`Conversions` works a sitting's local fields out once per distinct pair of
offsets: ``--tz all`` (about 310 zones, some 40 distinct offsets) reads 310 small files and
does a few hundred conversions, not one per sitting and zone. The changes of a zone's clocks
come from the same transitions, not from stepping through the meeting.
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


def unix_seconds(moment: datetime) -> int:
    """Whole seconds since the epoch, rounded down (as zoneinfo reads an instant)."""
    return (moment - _EPOCH) // _SECOND


@lru_cache(maxsize=None)
def fixed_zone(offset: int, abbreviation: str) -> timezone:
    """The tzinfo of a local time: its offset (seconds east) and abbreviation, as
    :func:`egmplan.tzif.offset_at` gives them for the instant."""
    return timezone(timedelta(seconds=offset), abbreviation)


def local_at(zone_name: str, instant: datetime) -> datetime:
    """``instant`` (aware) as local time in the pinned zone, with that instant's offset and
    abbreviation (the same wall time, offset and name as :func:`at_zone`, without a zone object)."""
    return instant.astimezone(fixed_zone(*tzif.offset_at(zone_name, unix_seconds(instant))))


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
        if tzif.offset_at(zone_name, seconds - 1)[0] != tzif.offset_at(zone_name, seconds)[0]:
            found.append(_EPOCH + timedelta(seconds=seconds))
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
    """A sitting converted to a zone, on its own date, through the pinned database (``zone``:
    unused, kept for callers that have the zone object)."""
    start, end = as_utc(sitting.starts_at), as_utc(sitting.ends_at)
    return LocalSitting(zone_name, *_local_fields(sitting, zone_name, bounds, start, end,
                                                  tzif.offset_at(zone_name, unix_seconds(start)),
                                                  tzif.offset_at(zone_name, unix_seconds(end))))


def _local_fields(sitting: Sitting, zone_name: str, bounds: ComfortBounds, utc_start: datetime, utc_end: datetime,
                  start_type: tuple[int, str], end_type: tuple[int, str]) -> tuple:
    """Every field of :class:`LocalSitting` but the zone; ``start_type`` and ``end_type``: the
    zone's (offset, abbreviation) at the sitting's start and end. When they are equal, the fields
    do not depend on the zone (:class:`Conversions` shares them)."""
    start, end = utc_start.astimezone(fixed_zone(*start_type)), utc_end.astimezone(fixed_zone(*end_type))
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
        comfort = classify(_wall_pieces(zone_name, utc_start, utc_end), bounds)
    # A sitting ending at 00:00 does not cross midnight.
    crosses = end_date > start_date and (end - timedelta(microseconds=1)).date() > start_date
    return (start, end, (start_date - sitting.date).days, (end_date - sitting.date).days,
            comfort, crosses, offset, end_offset)


class Conversions:
    """A meeting's sittings converted to any number of zones (``--tz all``: about 310).

    Per zone, the offsets at the sittings' starts and ends: one look-up when the zone's file
    has no possible change between the first start and the last end (most zones, most
    meetings), else two per sitting. Per distinct (offset, abbreviation), a sitting's local
    fields are worked out once and shared by every zone that has them; a sitting during
    which the offset changes is worked out for its zone alone (its comfort class depends on
    when the clocks change)."""

    def __init__(self, sittings: tuple[Sitting, ...] | list[Sitting], bounds: ComfortBounds):
        self.sittings = tuple(sittings)
        self.bounds = bounds
        self._utc = [(as_utc(s.starts_at), as_utc(s.ends_at)) for s in self.sittings]
        self._seconds = [(unix_seconds(start), unix_seconds(end)) for start, end in self._utc]
        self._first = min((start for start, _ in self._seconds), default=0)
        self._last = max((end for _, end in self._seconds), default=0)
        self._shared: dict[tuple, tuple] = {}        # (sitting index, type) -> fields
        self._columns: dict[tuple, list[tuple]] = {}  # a type held through the meeting -> fields

    def in_zone(self, zone_name: str) -> list[LocalSitting]:
        """Every sitting in ``zone_name``, in the sittings' order."""
        if not self.sittings:
            return []
        held = tzif.offset_at(zone_name, self._first)
        if not tzif.candidate_instants(zone_name, self._first, self._last):
            column = self._columns.get(held)
            if column is None:
                column = self._columns[held] = [self._fields(index, zone_name, held, held)
                                                for index in range(len(self.sittings))]
            return [LocalSitting(zone_name, *fields) for fields in column]
        return [LocalSitting(zone_name, *self._fields(index, zone_name, tzif.offset_at(zone_name, start),
                                                      tzif.offset_at(zone_name, end)))
                for index, (start, end) in enumerate(self._seconds)]

    def _fields(self, index: int, zone_name: str, start_type: tuple[int, str], end_type: tuple[int, str]) -> tuple:
        if start_type != end_type:
            return _local_fields(self.sittings[index], zone_name, self.bounds, *self._utc[index], start_type, end_type)
        key = (index, start_type)
        fields = self._shared.get(key)
        if fields is None:
            fields = self._shared[key] = _local_fields(self.sittings[index], zone_name, self.bounds,
                                                       *self._utc[index], start_type, end_type)
        return fields
