"""Local times of a meeting's sittings in participants' zones (UN-STYLE Z1, Z2, T8).

The venue's zone governs every sitting (Z1); each sitting is converted per date,
through the pinned database (:mod:`egmplan.tz`), to every zone asked for: local start
and end, day shift (Z2), abbreviation and UTC offset on that date, a comfort class,
and whether the sitting crosses local midnight. Notes say in words when a zone's
difference from the venue changes during the meeting, or differs from its usual value
because one side has changed its clocks and the other has not (Vienna on 27–29 March
2019 is UTC+1 while New York is already UTC−4).

Cost: conversions are memoised per (zone, UTC instant), and the yearly profile used
for "usual" differences per (zone, year), so ``--tz all`` (about 310 zones) does a few
thousand cheap look-ups and nothing per zone that grows with the meeting.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from functools import cached_property, lru_cache

from egmplan import tz
from egmplan.model import Meeting, Sitting

WORKING, EARLY_LATE, NIGHT = "working", "early/late", "night"
COMFORT_CLASSES = (WORKING, EARLY_LATE, NIGHT)  # best to worst
_DAY = 24 * 60
_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$")

# A difference from the venue that holds for fewer weeks of the year than this is
# "unusual" (one side has changed its clocks and the other has not yet): New York
# against Vienna is 5 hours behind for about 4 weeks a year, 6 hours the rest.
USUAL_MIN_WEEKS = 8


# --- comfort classes ---------------------------------------------------------------------

def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


@dataclass(frozen=True)
class ComfortBounds:
    """Working hours and night, local wall-clock time; early/late lies between them.

    Defaults: working 08:00–19:00, night 22:00–06:00, hence early/late 06:00–08:00
    and 19:00–22:00. Bounds are half-open: a sitting ending at 08:00 does not touch
    working hours, one ending at 22:00 does not touch the night.
    """

    working_start: time = time(8)
    working_end: time = time(19)
    night_start: time = time(22)
    night_end: time = time(6)

    def __post_init__(self) -> None:
        ne, ws, we, ns = (_minutes(t) for t in (self.night_end, self.working_start,
                                                 self.working_end, self.night_start))
        if not ne <= ws < we <= ns:
            raise ValueError(
                f"comfort bounds must satisfy night end ({self.night_end:%H:%M}) ≤ working start "
                f"({self.working_start:%H:%M}) < working end ({self.working_end:%H:%M}) ≤ night start "
                f"({self.night_start:%H:%M})"
            )

    @classmethod
    def parse(cls, working: str | None = None, night: str | None = None) -> "ComfortBounds":
        """From ``"08:00-19:00"`` (working) and ``"22:00-06:00"`` (night); ValueError if malformed."""
        default = cls()
        ws, we = _parse_range(working, "working") if working else (default.working_start, default.working_end)
        ns, ne = _parse_range(night, "night") if night else (default.night_start, default.night_end)
        return cls(ws, we, ns, ne)

    def regions(self) -> tuple[tuple[int, int, str], ...]:
        """The classes of one local day as (start minute, end minute, class)."""
        return _regions(self)

    def to_dict(self) -> dict:
        return {"working": f"{self.working_start:%H:%M}-{self.working_end:%H:%M}",
                "night": f"{self.night_start:%H:%M}-{self.night_end:%H:%M}"}


@lru_cache(maxsize=64)
def _regions(bounds: ComfortBounds) -> tuple[tuple[int, int, str], ...]:
    ne, ws, we, ns = (_minutes(t) for t in (bounds.night_end, bounds.working_start,
                                             bounds.working_end, bounds.night_start))
    parts = ((0, ne, NIGHT), (ne, ws, EARLY_LATE), (ws, we, WORKING),
             (we, ns, EARLY_LATE), (ns, _DAY, NIGHT))
    return tuple(p for p in parts if p[0] < p[1])


def _parse_range(text: str, what: str) -> tuple[time, time]:
    found = _RANGE.match(text)
    if not found:
        raise ValueError(f"{what} hours must look like 08:00-19:00, got {text!r}")
    h1, m1, h2, m2 = (int(g) for g in found.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2):
        raise ValueError(f"{what} hours must be times of day, got {text!r}")
    end = time(0) if h2 == 24 else time(h2, m2)
    if what == "working" and h2 == 24:
        end = time(23, 59)
    return time(h1, m1), end


def classify(pieces: list[tuple[datetime, datetime]], bounds: ComfortBounds) -> str:
    """The worst class any wall-clock piece ``[start, end)`` touches."""
    worst = 0
    for start, end in pieces:
        base = datetime.combine(start.date(), time(0))
        a = (start - base) // timedelta(minutes=1)
        b = -((base - end) // timedelta(minutes=1))  # ceiling: a second past a bound touches it
        worst = max(worst, _worst_in_minutes(a, b, bounds))
    return COMFORT_CLASSES[worst]


@lru_cache(maxsize=4096)
def _worst_in_minutes(a: int, b: int, bounds: ComfortBounds) -> int:
    """Index in :data:`COMFORT_CLASSES` of the worst class minutes ``[a, b)`` of a local day touch
    (``b`` may run into the following days)."""
    worst = 0
    for day in range(0, b // _DAY + 1):
        offset = day * _DAY
        for low, high, name in bounds.regions():
            if a < high + offset and low + offset < b:
                worst = max(worst, COMFORT_CLASSES.index(name))
    return worst


# --- conversions -------------------------------------------------------------------------

@lru_cache(maxsize=1 << 16)
def _at(zone_name: str, instant: datetime) -> datetime:
    """``instant`` (aware, UTC) as an aware local datetime in the pinned zone."""
    return instant.astimezone(tz.get_zone(zone_name))


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc)


def _transition(zone_name: str, before: datetime, after: datetime) -> datetime:
    """The first instant in ``(before, after]`` with the offset at ``after`` (bisection to the second)."""
    target = _at(zone_name, after).utcoffset()
    low, high = before, after
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        middle = middle.replace(microsecond=0)
        if middle <= low:
            break
        if _at(zone_name, middle).utcoffset() == target:
            high = middle
        else:
            low = middle
    return high


def _wall(instant: datetime, offset: timedelta) -> datetime:
    return (instant + offset).replace(tzinfo=None)


def _wall_pieces(zone_name: str, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    """The naive wall-clock intervals a real interval covers, split where the offset changes
    (Apia on 30 December 2011 jumps a whole day: the wall clock never shows that day)."""
    pieces = []
    cursor = start
    for _ in range(4):  # a sitting spans at most a transition or two
        offset = _at(zone_name, cursor).utcoffset()
        if offset == _at(zone_name, end).utcoffset():
            break
        change = _transition(zone_name, cursor, end)
        pieces.append((_wall(cursor, offset), _wall(change, offset)))
        cursor = change
    offset = _at(zone_name, cursor).utcoffset()
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

    def to_dict(self) -> dict:
        """The ``local`` entry of the JSON contract (issue 4)."""
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "day_shift": self.day_shift,
            "comfort": self.comfort,
            "abbreviation": self.abbreviation,
            "utc_offset": tz.utc_offset_text(self.utc_offset),
        }


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
        comfort = COMFORT_CLASSES[_worst_in_minutes(first // 60, -(-last // 60), bounds)]
    else:
        comfort = classify(_wall_pieces(zone_name, _utc(sitting.starts_at), _utc(sitting.ends_at)), bounds)
    # A sitting ending at 00:00 does not cross midnight.
    crosses = end_date > start_date and (end - timedelta(microseconds=1)).date() > start_date
    return LocalSitting(zone_name, start, end, (start_date - sitting.date).days, (end_date - sitting.date).days,
                        comfort, crosses, offset, end_offset)


# --- the schedule ------------------------------------------------------------------------

@dataclass(frozen=True)
class SittingTimes:
    sitting: Sitting
    venue: LocalSitting
    local: tuple[LocalSitting, ...]  # in the order of Schedule.zones

    def in_zone(self, zone_name: str) -> LocalSitting:
        return self._by_zone[zone_name]

    @cached_property
    def _by_zone(self) -> dict[str, LocalSitting]:
        return {item.zone: item for item in self.local}


@dataclass(frozen=True)
class Schedule:
    """Every sitting in every zone asked for, and the notes that go with them."""

    meeting: Meeting
    zones: tuple[str, ...]
    sittings: tuple[SittingTimes, ...]
    notes: tuple[str, ...] = ()
    bounds: ComfortBounds = field(default_factory=ComfortBounds)
    typed: tuple[tuple[str, str], ...] = ()  # (zone, what the user typed for it): ("Europe/Zurich", "Geneva")

    def zone_label(self, zone: str) -> str:
        """``Geneva (Europe/Zurich)`` when the user typed a place for the zone, else the zone."""
        typed = dict(self.typed).get(zone)
        return f"{typed} ({zone})" if typed else zone

    def to_dict(self) -> dict:
        """The JSON contract of issue 4, key for key, and ``zone_labels`` (issue 10, point 14):
        what the user typed for a zone, when it is not the zone's name."""
        return {
            "meeting": self.meeting.id,
            "venue": {"name": self.meeting.venue, "timezone": self.meeting.timezone},
            "zones": list(self.zones),
            "zone_labels": dict(self.typed),
            "sittings": [
                {
                    "date": times.sitting.date.isoformat(),
                    "sitting": times.sitting.number,
                    "start": times.sitting.starts_at.isoformat(),
                    "end": times.sitting.ends_at.isoformat(),
                    "local": {item.zone: item.to_dict() for item in times.local},
                }
                for times in self.sittings
            ],
            "notes": list(self.notes),
        }


def build_schedule(meeting: Meeting, zones: list[str] | tuple[str, ...], *,
                   bounds: ComfortBounds | None = None, typed: dict[str, str] | None = None) -> Schedule:
    """The local-time schedule of ``meeting`` in ``zones`` (current IANA names, duplicates dropped);
    ``typed``: zone -> what the user typed for it, shown beside the zone."""
    bounds = bounds or ComfortBounds()
    ordered = tuple(dict.fromkeys(zones))
    objects = {name: tz.get_zone(name) for name in (meeting.timezone,) + ordered}
    rows = []
    for sitting in meeting.sittings:
        rows.append(SittingTimes(
            sitting=sitting,
            venue=local_sitting(sitting, meeting.timezone, bounds, objects[meeting.timezone]),
            local=tuple([local_sitting(sitting, zone, bounds, objects[zone]) for zone in ordered]),
        ))
    notes = []
    for index, zone in enumerate(ordered):
        timeline = []
        for times in rows:
            item, venue = times.local[index], times.venue
            timeline.append((times.sitting.date, item.utc_offset - venue.utc_offset))
            timeline.append((times.sitting.date, item.end_utc_offset - venue.end_utc_offset))
        notes.extend(offset_notes(meeting, zone, timeline))
    shown = tuple((zone, text) for zone, text in (typed or {}).items() if zone in ordered and text)
    return Schedule(meeting, ordered, tuple(rows), tuple(notes), bounds, shown)


# --- notes in words ----------------------------------------------------------------------

def place_name(zone_name: str) -> str:
    """``America/New_York`` -> ``New York``; ``UTC`` stays ``UTC``."""
    if zone_name in tz.UTC_NAMES:
        return "UTC"
    return zone_name.rsplit("/", 1)[-1].replace("_", " ")


def offset_display(offset: timedelta) -> str:
    """T8: ``UTC+7``, ``UTC+5:45``, ``UTC−11`` (minus sign), ``UTC+0``."""
    total = int(offset.total_seconds()) // 60
    sign = "−" if total < 0 else "+"
    hours, minutes = divmod(abs(total), 60)
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


def zone_time_label(abbreviation: str, offset: timedelta) -> str:
    """``CEST, UTC+2``; numeric abbreviations (``+07``) add nothing, so ``UTC+7`` alone."""
    if abbreviation and abbreviation[0].isalpha() and abbreviation != "UTC":
        return f"{abbreviation}, {offset_display(offset)}"
    return offset_display(offset)


def _amount(delta: timedelta) -> str:
    minutes = abs(int(delta.total_seconds()) // 60)
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if rest:
        parts.append(f"{rest} minute{'s' if rest != 1 else ''}")
    return " ".join(parts)


def _relation(delta: timedelta, venue: str) -> str:
    """``5 hours behind Vienna``; without a venue (a later clause): ``6 hours behind``."""
    if not delta:
        return f"at the same time as {venue}" if venue else "at the same time"
    side = ("ahead of" if venue else "ahead") if delta > timedelta(0) else "behind"
    return f"{_amount(delta)} {side} {venue}".rstrip()


def _short_amount(delta: timedelta, reference: timedelta) -> str:
    """``6`` after "5 hours behind ... not the usual"; whole words when the side or unit differs."""
    if not delta:
        return "same time"
    same_side = (delta > timedelta(0)) == (reference > timedelta(0))
    whole = not int(delta.total_seconds()) % 3600 and not int(reference.total_seconds()) % 3600
    if same_side and whole and reference:
        return str(abs(int(delta.total_seconds())) // 3600)
    return f"{_amount(delta)} {'ahead' if delta > timedelta(0) else 'behind'}"


def _difference(zone_name: str, venue_zone: str, instant: datetime) -> timedelta:
    return _at(zone_name, instant).utcoffset() - _at(venue_zone, instant).utcoffset()


@lru_cache(maxsize=4096)
def _yearly_offsets(zone_name: str, year: int) -> tuple[timedelta, ...]:
    """The zone's offset at noon UTC every seventh day of ``year`` (53 samples)."""
    zone = tz.get_zone(zone_name)
    return tuple([sample.astimezone(zone).utcoffset() for sample in _weekly_samples(year)])


@lru_cache(maxsize=16)
def _weekly_samples(year: int) -> tuple[datetime, ...]:
    first = datetime(year, 1, 1, 12, tzinfo=timezone.utc)
    return tuple(first + timedelta(days=7 * week) for week in range(53))


def _is_usual(zone_name: str, venue_zone: str, year: int, delta: timedelta, near: date) -> bool:
    """Whether ``delta`` holds in at least :data:`USUAL_MIN_WEEKS` weekly samples of ``year``.

    Samples nearest the meeting come first and the count stops as soon as it is reached,
    so an ordinary zone costs a handful of conversions instead of 53."""
    zone = tz.get_zone(zone_name)
    theirs = _yearly_offsets(venue_zone, year)
    samples = _weekly_samples(year)
    week = min(max((near - date(year, 1, 1)).days // 7, 0), len(samples) - 1)
    order = sorted(range(len(samples)), key=lambda w: abs(w - week))
    found = 0
    for w in order:
        if samples[w].astimezone(zone).utcoffset() - theirs[w] == delta:
            found += 1
            if found >= USUAL_MIN_WEEKS:
                return True
    return False


def _usual_differences(zone_name: str, venue_zone: str, year: int) -> Counter:
    ours, theirs = _yearly_offsets(zone_name, year), _yearly_offsets(venue_zone, year)
    return Counter(a - b for a, b in zip(ours, theirs))


def _change_text(zone_name: str, label: str, instant: datetime, past: bool) -> str:
    """``New York changed its clocks on 10 March 2019 (EST, UTC−5 → EDT, UTC−4)``."""
    from egmplan.style import format_date

    before = _at(zone_name, instant - timedelta(seconds=1))
    after = _at(zone_name, instant)
    verb = "changed" if past else "changes"
    text = (f"{label} {verb} its clocks on {format_date(after.date())} "
            f"({zone_time_label(before.tzname() or '', before.utcoffset())} → "
            f"{zone_time_label(after.tzname() or '', after.utcoffset())})")
    skipped = (after.date() - before.date()).days - 1
    if skipped == 1:
        text += f"; {format_date(before.date() + timedelta(days=1))} does not exist there"
    elif skipped > 1:
        text += f"; {skipped} days do not exist there"
    elif after.date() < before.date():
        text += f"; {format_date(after.date())} happens twice there"
    return text


def _changes_between(zone_name: str, start: datetime, end: datetime) -> list[datetime]:
    """Instants in ``(start, end]`` where the zone's offset changes (found day by day, then bisected)."""
    found = []
    cursor = start
    while cursor < end:
        step = min(cursor + timedelta(hours=6), end)
        if _at(zone_name, cursor).utcoffset() != _at(zone_name, step).utcoffset():
            found.append(_transition(zone_name, cursor, step))
        cursor = step
    return found


def _last_change(zone_name: str, before: datetime, days: int = 370) -> datetime | None:
    offset = _at(zone_name, before).utcoffset()
    cursor = before
    for _ in range(days):
        previous = cursor - timedelta(days=1)
        if _at(zone_name, previous).utcoffset() != offset:
            return _transition(zone_name, previous, cursor)
        cursor = previous
    return None


def _next_change(zone_name: str, after: datetime, days: int = 370) -> datetime | None:
    offset = _at(zone_name, after).utcoffset()
    cursor = after
    for _ in range(days):
        following = cursor + timedelta(days=1)
        if _at(zone_name, following).utcoffset() != offset:
            return _transition(zone_name, cursor, following)
        cursor = following
    return None


def offset_notes(meeting: Meeting, zone_name: str,
                 timeline: list[tuple[date, timedelta]] | None = None) -> list[str]:
    """Notes on ``zone_name``'s difference from the venue during ``meeting`` (none when ordinary).

    ``timeline``: (venue date, zone offset minus venue offset) at each sitting's start and
    end, when the caller has them already (:func:`build_schedule`)."""
    from egmplan.style import format_date_range

    venue_zone = meeting.timezone
    if zone_name == venue_zone or not meeting.sittings:
        return []
    venue = meeting.venue
    if timeline is None:
        timeline = [(sitting.date, _difference(zone_name, venue_zone, _utc(moment)))
                    for sitting in meeting.sittings for moment in (sitting.starts_at, sitting.ends_at)]
    segments: list[list] = []
    for day, delta in timeline:
        if segments and segments[-1][2] == delta:
            segments[-1][1] = day
        else:
            segments.append([day, day, delta])
    first = _utc(meeting.sittings[0].starts_at)
    last = _utc(meeting.sittings[-1].ends_at)

    if len(segments) > 1:
        parts = [f"{_relation(delta, venue if n == 0 else '')} on {format_date_range(a, b)}"
                 for n, (a, b, delta) in enumerate(segments)]
        changes = sorted(
            [(when, zone_name, place_name(zone_name)) for when in _changes_between(zone_name, first, last)]
            + [(when, venue_zone, venue) for when in _changes_between(venue_zone, first, last)]
        )
        reasons = [_change_text(name, label, when, past=False) for when, name, label in changes]
        text = f"{zone_name} is " + ", then ".join(parts)
        if reasons:
            text += ": " + "; ".join(reasons)
        return [text + "."]

    delta = segments[0][2]
    year = meeting.sittings[0].date.year
    if _is_usual(zone_name, venue_zone, year, delta, meeting.sittings[0].date):
        return []
    usual = _usual_differences(zone_name, venue_zone, year)
    common = [d for d, weeks in usual.most_common() if weeks >= USUAL_MIN_WEEKS]
    if not common:
        return []
    days = format_date_range(meeting.sittings[0].date, meeting.sittings[-1].date)
    usual_text = " or ".join(_short_amount(d, delta) for d in common)
    text = f"{zone_name} is {_relation(delta, venue)} on {days}, not the usual {usual_text}"
    reasons = []
    recent = [(when, name, label) for name, label in ((zone_name, place_name(zone_name)), (venue_zone, venue))
              if (when := _last_change(name, first)) is not None]
    coming = [(when, name, label) for name, label in ((zone_name, place_name(zone_name)), (venue_zone, venue))
              if (when := _next_change(name, last)) is not None]
    if recent:
        when, name, label = max(recent)
        reasons.append(_change_text(name, label, when, past=True))
    if coming:
        when, name, label = min(coming)
        reasons.append(_change_text(name, label, when, past=False))
    if reasons:
        text += ": " + " and ".join(reasons)
    return [text + "."]
