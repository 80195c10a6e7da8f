"""The best venue-local sitting times for the participants of a meeting (issue 5).

Every pattern of ``count`` sittings of ``length`` minutes, starting on a 15-minute grid
inside the hours the venue can staff, with at least ``gap`` minutes between sittings, is
scored on every sitting day of the meeting (each date with its own UTC offsets, so a
daylight-saving change during the meeting is taken into account). One pattern holds
for all days; the score adds up over the dates.

Burden: each participant's local wall-clock minutes in a sitting are counted per comfort
class (:class:`egmplan.planning.comfort.ComfortBounds`: working, early/late, night).
A minute at night weighs ``NIGHT_WEIGHT``, an early or late minute ``EARLY_LATE_WEIGHT``,
a working minute nothing; the score is the sum over dates, sittings and participants of
delegates × weighted hours, so lower is better.

Speed: offsets change rarely, so each zone's UTC offset is looked up once per date (at
both ends of the staffed window; only a zone whose offset changes inside the window is
looked up per grid point). Zones are grouped (many delegations share one), the cost of
one sitting starting at each grid point is precomputed per date, and a pattern's score is
a sum of those costs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import field
from datetime import date, datetime, time, timedelta, timezone
from itertools import islice

from egmplan import tz
from egmplan.clock import ClockError, parse_clock_range
from egmplan.errors import PlanningError
from egmplan.model import Meeting, Participant
from egmplan.planning.comfort import EARLY_LATE, NIGHT, WORKING, ComfortBounds
from egmplan.record import Record, record

NIGHT_WEIGHT = 4.0        # a delegate-hour at night costs four early or late ones
EARLY_LATE_WEIGHT = 1.0
STEP = 15                 # minutes between candidate start times
_DAY = 24 * 60
_CLASS_KEYS = {WORKING: "working", EARLY_LATE: "early_late", NIGHT: "night"}

_DURATION = re.compile(r"^\s*(?:(\d{1,4})\s*h)?\s*(?:(\d{1,5})\s*(m|min)?)?\s*$")


def parse_duration(text: str, zero: bool = False) -> int:
    """``2h`` -> 120, ``90m`` -> 90, ``1h30`` -> 90; a bare number has no unit and is refused
    (``3`` could be hours or minutes), except ``0`` when ``zero`` is allowed. ValueError otherwise."""
    found = _DURATION.match(text)
    if not found or not (found.group(1) or found.group(2)):
        raise ValueError(f"expected a length like 2h, 90m or 1h30, got {text!r}")
    hours, minutes, unit = found.group(1), found.group(2), found.group(3)
    total = int(hours or 0) * 60 + int(minutes or 0)
    if total == 0 and zero:
        return 0
    if hours is None and unit is None:
        number = int(minutes)
        raise ValueError(f"ambiguous length {text!r}: write {number}h for hours or {number}m for minutes")
    if total <= 0:
        raise ValueError(f"a length must be more than 0 minutes, got {text!r}")
    return total


def meeting_shape(meeting: Meeting) -> tuple[int, int, int | None] | None:
    """The meeting's own sittings as (sittings a day, length, shortest break or None for one sitting)
    in minutes, when every sitting day has the same pattern of equally long sittings; None otherwise."""
    own = meeting_pattern(meeting)
    if not own or len({b - a for a, b in own}) != 1:
        return None
    breaks = [later[0] - earlier[1] for earlier, later in zip(own, own[1:])]
    return len(own), own[0][1] - own[0][0], min(breaks, default=None)


def parse_between(text: str) -> tuple[int, int]:
    """``08:00-22:00`` -> (480, 1320) minutes of the venue day; 24:00 is the end of the day."""
    try:
        start, end = parse_clock_range(text, end_of_day=True)
    except ClockError as exc:
        if exc.problem == ClockError.RANGE_FORM:
            raise ValueError(f"expected hours like 08:00-22:00, got {text!r}") from None
        raise ValueError(f"expected times of day in {text!r}") from None
    if end <= start:
        raise ValueError(f"the hours must end after they start, got {text!r}")
    return start, end


def clock(minute: int) -> str:
    """Venue minute of the day -> ``HH:MM`` (``24:00`` for the end of the day)."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


@record
class Candidate(Record):
    """One sitting pattern: (start, end) minutes of the venue day, its score and who pays."""

    sittings: tuple[tuple[int, int], ...]
    score: float
    rank: int | None                                # None: beyond the best RANK_LIMIT patterns
    counts: dict = field(compare=False)             # delegations per class, worst sitting
    night: tuple[Participant, ...] = ()             # delegations with a sitting at night
    early_late: tuple[Participant, ...] = ()        # worst sitting early or late

    @property
    def label(self) -> str:
        return ", ".join(f"{clock(a)}–{clock(b)}" for a, b in self.sittings)

    def to_dict(self) -> dict:
        return {
            "sittings": [{"start": clock(a), "end": clock(b)} for a, b in self.sittings],
            "score": self.score,
            "counts": dict(self.counts),
        }


@record
class Suggestion(Record):
    candidates: tuple[Candidate, ...]     # the best, best first
    patterns: int                         # how many patterns were scored
    dates: tuple[date, ...]
    participants: int
    delegates: int
    current: Candidate | None = None      # the meeting's own sittings, when they have the shape asked for
    own: tuple[tuple[int, int], ...] | None = None   # the meeting's own pattern, when one holds for all days

    def to_dict(self) -> dict:
        """The JSON contract of issue 5, key for key."""
        return {"candidates": [c.to_dict() for c in self.candidates]}


# --- local time arithmetic ----------------------------------------------------------------

class _Burden:
    """Night and early/late minutes of any local interval, from periodic prefix sums."""

    def __init__(self, bounds: ComfortBounds, night_weight: float, early_late_weight: float):
        self.night_weight, self.early_late_weight = night_weight, early_late_weight
        night = [0] * (_DAY + 1)
        early = [0] * (_DAY + 1)
        kind = [WORKING] * _DAY
        for low, high, name in bounds.regions():
            for minute in range(low, high):
                kind[minute] = name
        for minute in range(_DAY):
            night[minute + 1] = night[minute] + (kind[minute] == NIGHT)
            early[minute + 1] = early[minute] + (kind[minute] == EARLY_LATE)
        self.night, self.early = night, early

    @staticmethod
    def _cumulative(prefix: list[int], t: int) -> int:
        days, rest = divmod(t, _DAY)
        return days * prefix[_DAY] + prefix[rest]

    def minutes(self, start: int, end: int) -> tuple[int, int]:
        """(night, early/late) minutes in local ``[start, end)``, minutes from a local midnight."""
        return (self._cumulative(self.night, end) - self._cumulative(self.night, start),
                self._cumulative(self.early, end) - self._cumulative(self.early, start))

    def cost(self, start: int, end: int) -> float:
        night, early = self.minutes(start, end)
        return (self.night_weight * night + self.early_late_weight * early) / 60

    def comfort(self, start: int, end: int) -> str:
        night, early = self.minutes(start, end)
        return NIGHT if night else EARLY_LATE if early else WORKING


def _offset_minutes(zone_name: str, instant: datetime) -> int:
    return int(instant.astimezone(tz.get_zone(zone_name)).utcoffset().total_seconds()) // 60


class _Day:
    """One sitting day: UTC instants of the grid points, and each zone's offsets."""

    def __init__(self, day: date, venue: str, points: list[int]):
        self.day = day
        self.instants: dict[int, datetime] = {}
        for minute in points:
            moment_day = day + timedelta(days=minute // _DAY)
            wall = time((minute % _DAY) // 60, minute % 60)
            try:
                self.instants[minute] = tz.localize(moment_day, wall, venue).astimezone(timezone.utc)
            except tz.WallTimeError:
                continue  # does not exist (or happens twice) at the venue that day: never a sitting bound
        midnight = datetime.combine(day, time(0), tzinfo=timezone.utc)
        # minutes from 00:00 UTC on this date to each venue grid minute
        self.utc = {m: (at - midnight) // timedelta(minutes=1) for m, at in self.instants.items()}

    def utc_minute(self, minute: int) -> int:
        return self.utc[minute]

    def zone_offsets(self, zone_name: str, first: int, last: int) -> dict[int, int] | int:
        """The zone's offset for the grid: one number when it does not change inside the window."""
        start = _offset_minutes(zone_name, self.instants[first])
        if start == _offset_minutes(zone_name, self.instants[last]):
            return start
        return {m: _offset_minutes(zone_name, at) for m, at in self.instants.items()}


def _local(day: _Day, offsets: dict[int, int] | int, minute: int) -> int:
    offset = offsets if isinstance(offsets, int) else offsets[minute]
    return day.utc_minute(minute) + offset


# --- the search -----------------------------------------------------------------------------

RANK_LIMIT = 10_000       # patterns walked in order, at most, to rank the meeting's own sittings
_BELOW = 1e-6             # keeps a partial pattern's bound strictly under every completion's score


def _count_patterns(nexts: list[int], count: int) -> int:
    """How many increasing patterns of ``count`` starts exist (spaced by ``nexts``), without listing them."""
    n = len(nexts)
    ways = [1] * (n + 1)                      # patterns of 0 sittings from each index on
    for _ in range(count):
        row = [0] * (n + 1)
        for i in range(n - 1, -1, -1):
            row[i] = row[i + 1] + ways[nexts[i]]
        ways = row
    return ways[0]


def _ranked_patterns(starts: list[int], costs: list[float], nexts: list[int], count: int):
    """Every pattern as ``(score, starts)``, best first, ties in start order: the order of sorting
    them all, found best-first instead (A* with an exact bound), so the search space never has
    to be listed. ``nexts[i]`` is the first start index allowed after a sitting at index ``i``."""
    n = len(starts)
    inf = float("inf")
    # best[k][i]: the lowest cost of ``k`` more sittings starting at index ``i`` or later
    best = [[0.0] * (n + 1)]
    for k in range(1, count + 1):
        below, row = best[k - 1], [inf] * (n + 1)
        for i in range(n - 1, -1, -1):
            row[i] = min(row[i + 1], costs[i] + below[nexts[i]])
        best.append(row)
    siblings: dict[tuple[int, int], list[tuple[float, int, int]]] = {}

    def children(remaining: int, first: int) -> list[tuple[float, int, int]]:
        """The next sitting's choices, best bound first: (bound of the rest, start, index)."""
        key = (remaining, first)
        if key not in siblings:
            below = best[remaining - 1]
            siblings[key] = sorted((costs[j] + below[nexts[j]], starts[j], j)
                                   for j in range(first, n) if below[nexts[j]] < inf)
        return siblings[key]

    def entry(prefix, spent, remaining, first, position):
        bound, start, j = children(remaining, first)[position]
        if remaining == 1:
            key = round(spent + costs[j], 6)  # a whole pattern: its score, summed in start order
        else:
            key = round(spent + bound, 6) - _BELOW
        return (key, prefix + (start,), spent, remaining, first, position)

    import heapq

    heap = [entry((), 0.0, count, 0, 0)] if best[count][0] < inf else []
    group: list[tuple[float, tuple[int, ...]]] = []
    while heap:
        key, pattern, spent, remaining, first, position = heapq.heappop(heap)
        if position + 1 < len(children(remaining, first)):
            heapq.heappush(heap, entry(pattern[:-1], spent, remaining, first, position + 1))
        j = children(remaining, first)[position][2]
        if remaining > 1:
            heapq.heappush(heap, entry(pattern, spent + costs[j], remaining - 1, nexts[j], 0))
            continue
        if group and group[0][0] != key:
            yield from sorted(group)
            group = []
        group.append((key, pattern))
    yield from sorted(group)


def meeting_pattern(meeting: Meeting) -> tuple[tuple[int, int], ...] | None:
    """The meeting's own sittings as one pattern, when every sitting day has the same one."""
    patterns = {
        tuple((s.start.hour * 60 + s.start.minute, s.end.hour * 60 + s.end.minute) for s in meeting.sittings_on(d))
        for d in meeting.sitting_days
    }
    return patterns.pop() if len(patterns) == 1 else None


def suggest(meeting: Meeting, participants: tuple[Participant, ...], *, count: int = 2, length: int = 120,
            gap: int = 60, between: tuple[int, int] = (8 * 60, 22 * 60), top: int = 5,
            bounds: ComfortBounds | None = None, night_weight: float = NIGHT_WEIGHT,
            early_late_weight: float = EARLY_LATE_WEIGHT) -> Suggestion:
    """Score every pattern for ``meeting``'s sitting days and return the ``top`` best."""
    if count < 1:
        raise PlanningError("ask for at least one sitting a day")
    if not participants:
        raise PlanningError("there are no participants to plan for")
    bounds = bounds or ComfortBounds()
    burden = _Burden(bounds, night_weight, early_late_weight)
    low, high = between
    dates = meeting.sitting_days or tuple(
        meeting.start + timedelta(days=n) for n in range((meeting.end - meeting.start).days + 1))
    starts = list(range(low + (-low) % STEP, high - length + 1, STEP))
    if not starts or (count - 1) * (length + gap) + length > high - low:
        raise PlanningError(
            f"{count} sitting{'s' if count != 1 else ''} of {duration_words(length)} with breaks of at least "
            f"{duration_words(gap)} do not fit between {clock(low)} and {clock(high)}")
    own = meeting_pattern(meeting)
    points = sorted({s for s in starts} | {s + length for s in starts} | {low, high}
                    | {m for pair in (own or ()) for m in pair})
    days = [_Day(d, meeting.timezone, points) for d in dates]

    zones: dict[str, list[Participant]] = {}
    for participant in participants:
        zones.setdefault(participant.zone, []).append(participant)
    weights = {zone: sum(p.delegates for p in people) for zone, people in zones.items()}

    valid = {(s, s + length) for s in starts if all(s in d.instants and s + length in d.instants for d in days)}
    first, last = min(points), max(points)
    offsets = [
        {zone: d.zone_offsets(zone, first, last) for zone in zones}
        if first in d.instants and last in d.instants
        else {zone: {m: _offset_minutes(zone, at) for m, at in d.instants.items()} for zone in zones}
        for d in days
    ]

    # The cost of each local interval, once: most zones share their offsets with others.
    local_costs: dict[tuple[int, int], float] = {}

    def sitting_cost(start: int, end: int) -> float:
        total = 0.0
        cost = burden.cost
        for d, zone_offsets in zip(days, offsets):
            utc_start, utc_end = d.utc[start], d.utc[end]
            for zone, weight in weights.items():
                o = zone_offsets[zone]
                local = (utc_start + o, utc_end + o) if isinstance(o, int) else (utc_start + o[start], utc_end + o[end])
                found = local_costs.get(local)
                if found is None:
                    found = local_costs[local] = cost(*local)
                total += weight * found
        return total

    costs = {pair: sitting_cost(*pair) for pair in sorted(valid)}
    usable = [s for s in starts if (s, s + length) in valid]
    nexts = [bisect_left(usable, s + length + gap) for s in usable]
    total = _count_patterns(nexts, count)
    if not total:
        raise PlanningError(f"no pattern of {count} sittings exists at the venue on every sitting day")
    ranked = _ranked_patterns(usable, [costs[(s, s + length)] for s in usable], nexts, count)
    scored = list(islice(ranked, top))
    own_score = None
    if own_fits := (own is not None and _fits(own, count, length, gap, between)
                    and all(a in d.instants and b in d.instants for d in days for a, b in own)):
        own_score = round(sum(costs[pair] if pair in costs else sitting_cost(*pair) for pair in own), 6)

    def rank_of(score: float) -> int | None:
        """1 + the patterns scoring better; None when RANK_LIMIT or more do."""
        better = sum(1 for other, _ in scored if other < score)
        if better < len(scored):
            return better + 1
        for other, _ in ranked:
            if other >= score:
                break
            better += 1
            if better >= RANK_LIMIT:
                return None
        return better + 1

    severity = {WORKING: 0, EARLY_LATE: 1, NIGHT: 2}
    local_comfort: dict[tuple[int, int], str] = {}

    def candidate(pairs: tuple[tuple[int, int], ...], score: float, rank: int | None) -> Candidate:
        worst: dict[str, str] = {}
        for d, zone_offsets in zip(days, offsets):
            for zone in zones:
                o = zone_offsets[zone]
                for a, b in pairs:
                    local = (_local(d, o, a), _local(d, o, b))
                    found = local_comfort.get(local)
                    if found is None:
                        found = local_comfort[local] = burden.comfort(*local)
                    if severity[found] > severity[worst.get(zone, WORKING)]:
                        worst[zone] = found
        classes = {p.name: worst.get(p.zone, WORKING) for p in participants}
        counts = {key: sum(1 for c in classes.values() if c == name) for name, key in _CLASS_KEYS.items()}
        return Candidate(
            sittings=pairs,
            score=round(score, 2),
            rank=rank,
            counts=counts,
            night=tuple(p for p in participants if classes[p.name] == NIGHT),
            early_late=tuple(p for p in participants if classes[p.name] == EARLY_LATE),
        )

    best = tuple(candidate(tuple((s, s + length) for s in pattern), score, rank)
                 for rank, (score, pattern) in _ranks(scored))
    current = candidate(own, own_score, rank_of(own_score)) if own_fits else None
    return Suggestion(best, total, tuple(dates), len(participants),
                      sum(p.delegates for p in participants), current, own)


def _ranks(scored):
    """(rank, (score, pattern)): equal scores share the rank of the first of them."""
    rank, previous = 0, None
    for n, (score, pattern) in enumerate(scored, start=1):
        if score != previous:
            rank, previous = n, score
        yield rank, (score, pattern)


def _fits(pattern, count: int, length: int, gap: int, between: tuple[int, int]) -> bool:
    """Whether a pattern has the shape asked for: its count and length, breaks and staffed hours."""
    return (len(pattern) == count and all(b - a == length for a, b in pattern)
            and all(later[0] - earlier[1] >= gap for earlier, later in zip(pattern, pattern[1:]))
            and between[0] <= pattern[0][0] and pattern[-1][1] <= between[1])


def duration_words(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if rest or not hours:
        parts.append(f"{rest} minute{'s' if rest != 1 else ''}")
    return " ".join(parts)
