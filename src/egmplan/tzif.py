"""When a zone may change its clocks, read from the pinned database's compiled files.

A compiled zone file (TZif, RFC 8536) lists the zone's transitions up to some year and ends
with a POSIX TZ rule (``CET-1CEST,M3.5.0,M10.5.0/3``, RFC 8536 section 3.3) for every later
year. :func:`candidate_instants` gives the instants in an interval where the UTC offset may
change: the file's transitions, then the rule's two a year. zoneinfo reads the same files
but keeps its transitions to itself, so callers still ask zoneinfo (:mod:`egmplan.tz`) what
the offset is on either side of a candidate; this module only says where to look, so the
changes during a meeting are found in a few look-ups whatever the meeting's length.
"""

from __future__ import annotations

import os
import re
import struct
import sys
from array import array
from bisect import bisect_right
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from egmplan import tz

_EPOCH_DAY = date(1970, 1, 1).toordinal()
_DAY = 86400
_HEADER = struct.Struct(">4sc15x6l")
_CHUNK = 1 << 16
_TYPE = struct.Struct(">lbB")  # UTC offset, daylight time or not, index of the abbreviation


class Rule(NamedTuple):
    """A POSIX TZ rule with daylight saving time: both offsets east of UTC in seconds, and the
    local date and time each change happens on (``(kind, a, b, c)``, seconds after midnight)."""

    standard: int
    daylight: int
    start: tuple[str, int, int, int]
    start_time: int
    end: tuple[str, int, int, int]
    end_time: int


class ZoneFile(NamedTuple):
    transitions: tuple[int, ...]  # Unix seconds, ascending
    rule: Rule | None             # for instants after the last transition; None: no more changes
    # Local time types, (UTC offset in seconds east, abbreviation): the file's, the index of the
    # one in force from each transition on, the one before the first transition, and after the
    # last (the rule's standard and daylight time, or the one kept)
    kinds: tuple[tuple[int, str], ...] = ()
    indices: bytes = b""
    before: tuple[int, str] | None = None
    after: tuple[tuple[int, str], ...] = ()


_NAME = r"(?:[A-Za-z]{3,}|<[+\-0-9A-Za-z]+>)"
_OFFSET = r"[+-]?\d{1,3}(?::\d{1,2}){0,2}"
_DATE = r"(?:J\d{1,3}|\d{1,3}|M\d{1,2}\.\d\.\d)"
_POSIX = re.compile(
    rf"(?P<std>{_NAME})(?P<stdoff>{_OFFSET})"
    rf"(?:(?P<dst>{_NAME})(?P<dstoff>{_OFFSET})?"
    rf",(?P<start>{_DATE})(?:/(?P<starttime>{_OFFSET}))?"
    rf",(?P<end>{_DATE})(?:/(?P<endtime>{_OFFSET}))?)?$"
)


def _seconds(text: str) -> int:
    """``-3``, ``5:45``, ``+167:00:00`` -> seconds (a sign on the hours applies to all)."""
    sign = -1 if text.startswith("-") else 1
    parts = [int(part) for part in text.lstrip("+-").split(":")] + [0, 0]
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])


def _date_rule(text: str) -> tuple[str, int, int, int]:
    if text.startswith("M"):
        month, week, weekday = (int(part) for part in text[1:].split("."))
        return ("M", month, week, weekday)
    if text.startswith("J"):
        return ("J", int(text[1:]), 0, 0)
    return ("n", int(text), 0, 0)


def parse_rule(text: str) -> Rule | None:
    """The footer's rule, or None when the zone keeps one offset (``<+07>-7``) or the footer
    is empty. POSIX offsets count hours west of UTC; the rule keeps them east, as zoneinfo does."""
    return _rule(_POSIX.match(text))


def _rule(match: re.Match | None) -> Rule | None:
    if match is None or match["dst"] is None:
        return None
    standard = -_seconds(match["stdoff"])
    daylight = -_seconds(match["dstoff"]) if match["dstoff"] else standard + 3600
    return Rule(standard, daylight,
                _date_rule(match["start"]), _seconds(match["starttime"] or "2"),
                _date_rule(match["end"]), _seconds(match["endtime"] or "2"))


def _day_of_year(rule_date: tuple[str, int, int, int], year: int) -> date:
    kind, a, b, c = rule_date
    if kind == "J":  # 1-365, 29 February never counted
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return date.fromordinal(date(year, 1, 1).toordinal() + a - 1 + (1 if leap and a >= 60 else 0))
    if kind == "n":  # 0-365, 29 February counted
        return date.fromordinal(date(year, 1, 1).toordinal() + a)
    month, week, weekday = a, b, c  # week 5: the last; weekday 0: Sunday
    first = date(year, month, 1)
    day = 1 + (weekday - (first.weekday() + 1) % 7) % 7 + (week - 1) * 7
    following = date(year + (month == 12), month % 12 + 1, 1)
    while day > (following - first).days:
        day -= 7
    return date(year, month, day)


@lru_cache(maxsize=4096)
def rule_instants(rule: Rule, year: int) -> tuple[int, int]:
    """The Unix seconds of the year's change to daylight time (given in standard local time)
    and back (given in daylight local time)."""
    def at(rule_date, clock, offset):
        return (_day_of_year(rule_date, year).toordinal() - _EPOCH_DAY) * _DAY + clock - offset

    return at(rule.start, rule.start_time, rule.standard), at(rule.end, rule.end_time, rule.daylight)


def parse_zone_file(data: bytes) -> ZoneFile:
    """The transitions (the 64-bit block of version 2 and later), the local time types and the
    footer's rule, read as zoneinfo reads them (``zoneinfo._common.load_data``)."""
    magic, version, *counts = _HEADER.unpack_from(data)
    if magic != b"TZif":
        raise ValueError("not a compiled zone file")
    start, code = _HEADER.size, "i"
    if version != b"\x00":
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
        skip = _HEADER.size + timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt
        _magic, _version, *counts = _HEADER.unpack_from(data, skip)
        start, code = skip + _HEADER.size, "q"
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    times = array(code)
    size = times.itemsize
    at = start + timecnt * size
    times.frombytes(data[start:at])
    if sys.byteorder == "little":
        times.byteswap()  # the file's integers are big-endian
    times = tuple(times)
    indices = data[at:at + timecnt]
    at += timecnt
    records = _TYPE.iter_unpack(data[at:at + typecnt * _TYPE.size])
    at += typecnt * _TYPE.size
    characters = data[at:at + charcnt]
    kinds, standard = [], None
    for offset, daylight, first in records:
        kind = (offset, characters[first:characters.find(b"\x00", first)].decode())
        kinds.append(kind)
        if standard is None and not daylight:
            standard = kind
    kinds = tuple(kinds)
    # Before the first transition: the first standard-time type (zoneinfo's ``_tti_before``).
    before = standard or (kinds[0] if kinds else None)
    last = kinds[indices[-1]] if indices else kinds[-1] if kinds else None
    if version == b"\x00":
        return ZoneFile(times, None, kinds, indices, before, (last,) if last else ())
    at += charcnt + leapcnt * (size + 4) + isstdcnt + isutcnt
    rule, after = _footer(data[at:].strip(b"\n").decode("ascii"))
    return ZoneFile(times, rule, kinds, indices, before, after if after is not None else (last,) if last else ())


@lru_cache(maxsize=None)
def _footer(text: str) -> tuple[Rule | None, tuple[tuple[int, str], ...] | None]:
    """The footer's rule, and the types in force after the last transition: the rule's standard
    and daylight time, or the one offset kept; None for an empty footer (the last type stays in
    force), and () for one this module cannot read (zoneinfo answers there)."""
    if not text:
        return None, None
    match = _POSIX.match(text)
    if match is None:
        return None, ()
    rule = _rule(match)
    if rule is None:
        return None, ((-_seconds(match["stdoff"]), match["std"].strip("<>")),)
    return rule, ((rule.standard, match["std"].strip("<>")), (rule.daylight, match["dst"].strip("<>")))


@lru_cache(maxsize=None)
def zone_file(name: str) -> ZoneFile:
    """The pinned package's file for a zone :func:`egmplan.tz.check_zone` accepted."""
    return parse_zone_file(_read(os.path.join(tz.zoneinfo_dir(), *name.split("/"))))


def _read(path: str) -> bytes:
    """The file's bytes, read without a file object (``--tz all`` reads 312 small files)."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        chunks = [os.read(descriptor, _CHUNK)]
        while len(chunks[-1]) == _CHUNK:  # a regular file returns less only at its end
            chunks.append(os.read(descriptor, _CHUNK))
    finally:
        os.close(descriptor)
    return b"".join(chunks)


def candidate_instants(name: str, after: int, until: int) -> list[int]:
    """Unix seconds in ``(after, until]`` where the zone's UTC offset may change, ascending:
    every change is among them (some may change only the abbreviation, or nothing)."""
    data = zone_file(name)
    times = data.transitions
    found = list(times[bisect_right(times, after):bisect_right(times, until)])
    if data.rule is not None and until > (times[-1] if times else after):
        last = times[-1] if times else None
        # A rule's change can fall up to a week into the next or previous year (times to ±167 h).
        first_year = date.fromordinal(_EPOCH_DAY + after // _DAY).year - 1
        last_year = date.fromordinal(_EPOCH_DAY + until // _DAY).year + 1
        ruled = sorted(instant for year in range(first_year, last_year + 1)
                       for instant in rule_instants(data.rule, year)
                       if after < instant <= until and (last is None or instant > last))
        found += ruled
    return found



def offset_at(name: str, seconds: int) -> tuple[int, str]:
    """The UTC offset (seconds east) and abbreviation of a zone at an instant (Unix seconds), as
    zoneinfo's ``fromutc`` finds them (CPython ``Modules/_zoneinfo.c``): the type before the first
    transition, the type of the latest transition at or before the instant, or past the last one
    the footer's rule for the instant's year in UTC. No zone object is built: reading the file
    costs a third of what ``zoneinfo.ZoneInfo`` does, which matters for ``--tz all``."""
    data = zone_file(name)
    times = data.transitions
    if times and seconds < times[0]:
        return data.before
    if not times or seconds > times[-1]:
        if data.rule is not None:
            start, end = rule_instants(data.rule, date.fromordinal(_EPOCH_DAY + seconds // _DAY).year)
            daylight = start <= seconds < end if start < end else not end <= seconds < start
            return data.after[1] if daylight else data.after[0]
        if data.after:
            return data.after[0]
        return _zoneinfo_offset(name, seconds)
    return data.kinds[data.indices[bisect_right(times, seconds) - 1]]


def _zoneinfo_offset(name: str, seconds: int) -> tuple[int, str]:
    from datetime import datetime, timedelta, timezone

    local = (datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=seconds)).astimezone(tz.get_zone(name))
    return int(local.utcoffset().total_seconds()), local.tzname()
