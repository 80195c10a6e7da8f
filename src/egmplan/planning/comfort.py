"""Comfort classes of local wall-clock time (UN-STYLE T8): working hours, early/late, night.

A sitting takes the worst class any of its local minutes touches; the bounds are
configurable (``--working``, ``--night``) and default to working 08:00–19:00 and night
22:00–06:00.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from functools import lru_cache

from egmplan.clock import END_OF_DAY, ClockError, parse_clock_range, time_of_day
from egmplan.record import Record, record

WORKING, EARLY_LATE, NIGHT = "working", "early/late", "night"
COMFORT_CLASSES = (WORKING, EARLY_LATE, NIGHT)  # best to worst
_DAY = 24 * 60


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


@record
class ComfortBounds(Record):
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
    try:
        start, end = parse_clock_range(text, end_of_day=True)
    except ClockError as exc:
        if exc.problem == ClockError.RANGE_FORM:
            raise ValueError(f"{what} hours must look like 08:00-19:00, got {text!r}") from None
        raise ValueError(f"{what} hours must be times of day, got {text!r}") from None
    if end == END_OF_DAY:  # working hours to 24:00 end at the day's last minute; a night, at midnight
        end = END_OF_DAY - 1 if what == "working" else 0
    return time_of_day(start), time_of_day(end)


def classify(pieces: list[tuple[datetime, datetime]], bounds: ComfortBounds) -> str:
    """The worst class any wall-clock piece ``[start, end)`` touches."""
    worst = 0
    for start, end in pieces:
        base = datetime.combine(start.date(), time(0))
        a = (start - base) // timedelta(minutes=1)
        b = -((base - end) // timedelta(minutes=1))  # ceiling: a second past a bound touches it
        worst = max(worst, worst_in_minutes(a, b, bounds))
    return COMFORT_CLASSES[worst]


@lru_cache(maxsize=4096)
def worst_in_minutes(a: int, b: int, bounds: ComfortBounds) -> int:
    """Index in :data:`COMFORT_CLASSES` of the worst class minutes ``[a, b)`` of a local day touch
    (``b`` may run into the following days)."""
    worst = 0
    for day in range(0, b // _DAY + 1):
        offset = day * _DAY
        for low, high, name in bounds.regions():
            if a < high + offset and low + offset < b:
                worst = max(worst, COMFORT_CLASSES.index(name))
    return worst
