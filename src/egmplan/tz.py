"""The IANA time-zone database, pinned to the ``tzdata`` package.

Importing :mod:`egmplan` calls :func:`pin` before anything builds a zone, so
zoneinfo, icalendar and everything else in the process read the packaged
database, never the machine's ``/usr/share/zoneinfo`` (which is older here and
gives different answers for some zones).

Zone names are classified with the database's own files shipped in the package:
``tzdata.zi`` (``Z`` zones and ``L`` links) and ``zone.tab`` (places), read once at build
time into :mod:`egmplan.zonetable` (``tools/build_zone_table.py``; a test holds it equal to
the pinned package).
"""

from __future__ import annotations

import os
import re
import zoneinfo
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from typing import NamedTuple

from egmplan.errors import InputError

_PINNED = False


@lru_cache(maxsize=1)
def zoneinfo_dir() -> str:
    """The pinned package's folder of compiled zone files (read by path: ``importlib.resources``
    would import zipfile, tempfile and random for files that are plain files in the package)."""
    import tzdata

    return os.path.join(os.path.dirname(tzdata.__file__), "zoneinfo")


def pin() -> None:
    """Make zoneinfo read only the ``tzdata`` package: its search path is the package's own
    folder (opened directly, without the package's resource loader), never the machine's."""
    global _PINNED
    if not _PINNED:
        zoneinfo.reset_tzpath(to=(zoneinfo_dir(),))
        _PINNED = True


def database_version() -> str:
    """The IANA release of the pinned database, e.g. ``2026f``."""
    import tzdata

    return tzdata.IANA_VERSION


def _zoneinfo_file(name: str) -> str:
    with open(os.path.join(zoneinfo_dir(), name), encoding="utf-8") as file:
        return file.read()


class Database(NamedTuple):
    zones: frozenset[str]          # canonical zones (``Z`` lines)
    links: dict[str, str]          # link name -> final canonical target
    places: dict[str, str]         # zone.tab name -> first country code
    country_zones: dict[str, tuple[str, ...]]  # country code -> zone.tab names, in file order
    zone1970: tuple[str, ...]      # zone1970.tab's zones, sorted
    country_names: dict[str, str]  # iso3166.tab: code -> the database's country name


def parse_database() -> Database:
    """The zone names, read from the pinned package's ``tzdata.zi``, ``zone.tab``,
    ``zone1970.tab`` and ``iso3166.tab``."""
    zones: set[str] = set()
    raw_links: dict[str, str] = {}
    for line in _zoneinfo_file("tzdata.zi").splitlines():
        if line.startswith("Z "):
            zones.add(line.split()[1])
        elif line.startswith("L "):
            _, target, name = line.split()[:3]
            raw_links[name] = target
    links = {}
    for name, target in raw_links.items():
        seen = {name}
        while target in raw_links and target not in seen:
            seen.add(target)
            target = raw_links[target]
        links[name] = target
    places: dict[str, str] = {}
    country_zones: dict[str, list[str]] = {}
    for line in _zoneinfo_file("zone.tab").splitlines():
        if not line or line.startswith("#"):
            continue
        code, _coords, name = line.split("\t")[:3]
        places.setdefault(name, code)
        country_zones.setdefault(code, []).append(name)
    zone1970 = {line.split("\t")[2] for line in _zoneinfo_file("zone1970.tab").splitlines()
                if line and not line.startswith("#")}
    names = {}
    for line in _zoneinfo_file("iso3166.tab").splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t")[:2]
            names[code] = name
    return Database(frozenset(zones), links, places, {k: tuple(v) for k, v in country_zones.items()},
                    tuple(sorted(zone1970)), names)


@lru_cache(maxsize=1)
def _database() -> Database:
    """The table :mod:`egmplan.zonetable` holds (written by ``tools/build_zone_table.py``),
    when it was built from the installed package's release; else the package's files."""
    from egmplan import zonetable

    if zonetable.IANA_VERSION != database_version():
        return parse_database()
    return Database(frozenset(zonetable.ZONES), zonetable.LINKS, zonetable.PLACES, zonetable.COUNTRY_ZONES,
                    zonetable.ZONE1970, zonetable.COUNTRY_NAMES)


# Names in the database that are not places: System V / POSIX-style rules kept for
# compatibility (tz "backward" and "northamerica"/"europe" files), zic's Factory
# placeholder, and file-system conveniences. A meeting happens somewhere.
NOT_PLACES = frozenset(
    {
        "CET", "CST6CDT", "EET", "EST", "EST5EDT", "HST", "MET", "MST", "MST7MDT",
        "PST8PDT", "WET", "Factory", "localtime", "posixrules", "posix", "right",
    }
)
UTC_NAMES = frozenset({"UTC", "Etc/UTC"})
_ETC_OFFSET = re.compile(r"^Etc/GMT([+-])(\d{1,2})$")


class ZoneLookup(NamedTuple):
    """The outcome of checking a zone name a user wrote."""

    name: str | None            # the name to use (current name), None when refused
    error: str | None = None    # why the name is refused
    warning: str | None = None  # accepted, but worth saying
    suggestion: str | None = None
    refusal: str | None = None  # why, for code: "spaces", "not a place", "region" or "unknown"

    @property
    def names_nothing(self) -> bool:
        """Refused as no zone at all (a misspelling, an abbreviation, a rule such as EST5EDT),
        where a hint from the meeting's place and days helps; not for a region or stray spaces."""
        return self.refusal in ("unknown", "not a place")


def is_zone(name: str) -> bool:
    """Whether the pinned database has a zone or link of exactly this name."""
    db = _database()
    return name in db.zones or name in db.links


def all_zone_names() -> frozenset[str]:
    db = _database()
    return db.zones | frozenset(db.links)


def place_zones() -> tuple[str, ...]:
    """Every zone in zone.tab, sorted (the places of the database)."""
    return tuple(sorted(_database().places))


def zone1970_zones() -> tuple[str, ...]:
    """Every zone in zone1970.tab, sorted (``--tz all``)."""
    return _database().zone1970


def country_zones(code: str) -> tuple[str, ...]:
    """Zones zone.tab lists for an ISO 3166 alpha-2 code, in the file's order."""
    return _database().country_zones.get(code.upper(), ())


def country_names() -> dict[str, str]:
    """ISO 3166 alpha-2 code -> the database's country name (iso3166.tab)."""
    return dict(_database().country_names)


def is_deprecated(name: str) -> bool:
    """A link kept only for old data: not a place in zone.tab (Asia/Calcutta, US/Eastern)."""
    db = _database()
    return name in db.links and name not in db.places and name not in UTC_NAMES


def current_name(name: str) -> str:
    """The current name of a zone: deprecated links resolve to their target."""
    return _database().links[name] if is_deprecated(name) else name


@lru_cache(maxsize=1)
def _zone_spellings():
    """Zone names (not the non-places) as written and in lower case, indexed for spelling."""
    from egmplan.spelling import SpellingIndex

    candidates = sorted(all_zone_names() - NOT_PLACES)
    by_lower = {c.lower(): c for c in candidates}
    by_city = {c.rsplit("/", 1)[-1].lower(): c for c in candidates if "/" in c}
    return candidates, by_lower, by_city, SpellingIndex(candidates), SpellingIndex(by_lower)


@lru_cache(maxsize=4096)
def suggest_zone(name: str) -> str | None:
    """The closest real zone name to a misspelled one, if any is close."""
    _candidates, by_lower, by_city, as_written, lower = _zone_spellings()
    stripped = name.strip()
    key = stripped.replace(" ", "_").lower()
    if key in by_lower:
        return current_name(by_lower[key])
    if "/" not in stripped and key in by_city:
        # A bare city ("Vienna") or region ("Europe"): look at the last components.
        return current_name(by_city[key])
    close = as_written.close(stripped, n=1, cutoff=0.75)
    if close:
        return current_name(close[0])
    close = lower.close(key, n=1, cutoff=0.75)
    return current_name(by_lower[close[0]]) if close else None


def check_zone(name: str) -> ZoneLookup:
    """Check a zone name as written in a meeting file or on the command line."""
    db = _database()
    if name != name.strip():
        fixed = name.strip()
        return ZoneLookup(
            None,
            error=f"time zone {name!r} has spaces around it",
            suggestion=current_name(fixed) if is_zone(fixed) else suggest_zone(fixed),
            refusal="spaces",
        )
    if name in NOT_PLACES:
        return ZoneLookup(
            None,
            error=f"{name!r} is not a place; give the IANA name of the venue's city",
            suggestion=suggest_zone_for_rule(name),
            refusal="not a place",
        )
    if name in UTC_NAMES:
        return ZoneLookup(name)
    etc = _ETC_OFFSET.match(name)
    if etc and is_zone(name):
        sign = "−" if etc.group(1) == "+" else "+"
        hours = int(etc.group(2))
        return ZoneLookup(
            name,
            warning=f"{name} means UTC{sign}{hours:02d}:00 (POSIX signs are inverted) "
            "and never observes daylight saving time",
        )
    if name in db.zones or name in db.places:
        return ZoneLookup(name)
    if is_deprecated(name):
        new = current_name(name)
        return ZoneLookup(
            new, warning=f"{name} is a deprecated name; using its current name {new}"
        )
    if name in db.links:
        return ZoneLookup(name)
    if _is_region(name):
        return ZoneLookup(
            None,
            error=f"{name!r} is a region, not a time zone; give a city such as "
            f"{_example_in_region(name)!r}",
            refusal="region",
        )
    return ZoneLookup(None, error=f"unknown time zone {name!r}", suggestion=suggest_zone(name), refusal="unknown")


def _is_region(name: str) -> bool:
    return name.rstrip("/") in _regions()


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Every leading part of a place's name: "America", "America/Argentina"."""
    parts = (zone.split("/") for zone in db_places_sorted())
    return frozenset("/".join(p[:n]) for p in parts for n in range(1, len(p)))


@lru_cache(maxsize=1)
def db_places_sorted() -> tuple[str, ...]:
    return tuple(sorted(_database().places))


def _example_in_region(name: str) -> str:
    prefix = name.rstrip("/") + "/"
    return next(z for z in db_places_sorted() if z.startswith(prefix))


def suggest_zone_for_rule(name: str) -> str | None:
    target = _database().links.get(name)
    return target if target and target in _database().places else None


@lru_cache(maxsize=None)
def get_zone(name: str) -> zoneinfo.ZoneInfo:
    """The pinned zone for a name that :func:`check_zone` accepted."""
    pin()
    return zoneinfo.ZoneInfo(name)


class WallTimeError(InputError):
    """A wall-clock time that does not exist (gap) or is ambiguous (fold) in a zone."""


@lru_cache(maxsize=4096)  # a file's times are minutes of the day: at most 1,440 of them
def _both_folds(clock: time) -> tuple[time, time]:
    """``clock`` with fold 0 and with fold 1 (``replace`` with keywords costs more than the rest
    of :func:`localize`, once for each of a meeting's sittings)."""
    return clock.replace(fold=0), clock.replace(fold=1)


def localize(day: date, clock: time, zone_name: str) -> datetime:
    """An aware datetime for a wall-clock time in a zone, refusing gaps and folds.

    A round trip through UTC finds a gap (the time moves); the two fold values
    giving different offsets find an ambiguity.
    """
    zone = get_zone(zone_name)
    earlier, later = _both_folds(clock)
    first = datetime.combine(day, earlier, zone)
    second = datetime.combine(day, later, zone)
    if first.utcoffset() != second.utcoffset():
        naive = datetime.combine(day, clock)
        back = first.astimezone(timezone.utc).astimezone(zone).replace(tzinfo=None)
        if back != naive and abs(second.utcoffset() - first.utcoffset()) >= timedelta(hours=23):
            # Samoa moved across the date line: 30 December 2011 never happened in Apia.
            raise WallTimeError(f"{day.isoformat()} does not exist in {zone_name} (the whole day was skipped)")
        if back != naive:
            raise WallTimeError(
                f"{clock:%H:%M} does not exist in {zone_name} on {day.isoformat()} "
                "(clocks move forward)"
            )
        raise WallTimeError(
            f"{clock:%H:%M} happens twice in {zone_name} on {day.isoformat()} "
            "(clocks move back)"
        )
    return first


def utc_offset_text(offset: timedelta) -> str:
    """``+05:45``, ``-11:00``, ``+00:00``."""
    total = int(offset.total_seconds())
    sign = "-" if total < 0 else "+"
    total = abs(total)
    hours, rest = divmod(total, 3600)
    minutes = rest // 60
    return f"{sign}{hours:02d}:{minutes:02d}"


# Wrong zone names are judged on the meeting's days (egmplan.zonehints); a command computes
# them before it knows whether a name is wrong, so they live here, off the hints' import.
MAX_DAYS_EACH = 62  # longer spans are judged on every 7th day


def meeting_days(start: date | None, end: date | None) -> tuple[date, ...]:
    """The days a zone name is judged on: every day of the meeting (weekly beyond two months)."""
    if start is None or end is None or end < start:
        return ()
    count = (end - start).days + 1
    step = 1 if count <= MAX_DAYS_EACH else 7
    days = [start + timedelta(days=n) for n in range(0, count, step)]
    return tuple(days if days[-1] == end else [*days, end])
