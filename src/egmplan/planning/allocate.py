"""``orgwork plan``: allocate agenda items to sittings from their ``estimated_minutes``.

Items go in agenda order (an item with sub-items goes as its sub-items when each has an
estimate, or whole when only the item has one). Each sitting is filled in turn; an item
that does not fit the rest of a sitting is split and continues at the next sitting (which
gives the "(continued)" rows), except that an item shorter than ``min_split`` minutes is
never split, and no piece is started in less than ``min_split`` minutes of room: such an
item moves whole to the next sitting.

An item can be pinned: to the last sitting (taken at its end: the adoption of the report
closes a meeting), or to a date (taken first at that date's first sitting, continuing at the
next sittings if it needs more). The other items flow around the pinned ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from egmplan.errors import PlanningError, UsageError
from egmplan.model import Meeting, RowSpec, Sitting, SittingPlan, cited_number, item_number_text

DEFAULT_MIN_SPLIT = 30
LAST = "last"                 # a pin to the meeting's last sitting


@dataclass(frozen=True)
class Piece:
    item: str
    minutes: int


@dataclass(frozen=True)
class SittingAllocation:
    sitting: Sitting
    pieces: tuple[Piece, ...]

    @property
    def capacity(self) -> int:
        return sitting_minutes(self.sitting)

    @property
    def used(self) -> int:
        return sum(p.minutes for p in self.pieces)


@dataclass(frozen=True)
class Allocation:
    sittings: tuple[SittingAllocation, ...]
    min_split: int

    def plans(self) -> tuple[SittingPlan, ...]:
        """The organization of work as the loader builds it (days without any item left out)."""
        busy = {s.sitting.date for s in self.sittings if s.pieces}
        return tuple(SittingPlan(s.sitting.date, s.sitting.number, tuple(RowSpec(p.item) for p in s.pieces))
                     for s in self.sittings if s.sitting.date in busy)

    def by_date(self) -> dict[date, list[list[str]]]:
        out: dict[date, list[list[str]]] = {}
        for plan in self.plans():
            out.setdefault(plan.date, []).append([row.item for row in plan.rows])
        return out


def sitting_minutes(sitting: Sitting) -> int:
    """Wall-clock length at the venue (a sitting across a clock change keeps its printed length)."""
    return (sitting.end.hour * 60 + sitting.end.minute) - (sitting.start.hour * 60 + sitting.start.minute)


def _units(meeting: Meeting) -> list[tuple[str, int]]:
    units, missing = [], []
    for item in meeting.agenda:
        subs = item.items
        if subs and all(s.estimated_minutes for s in subs):
            units += [(s.number, s.estimated_minutes) for s in subs]
        elif item.estimated_minutes and not any(s.estimated_minutes for s in subs):
            units.append((item.number, item.estimated_minutes))
        elif subs:
            missing += [s.number for s in subs if not s.estimated_minutes]
        else:
            missing.append(item.number)
    if missing:
        raise PlanningError(
            f"no estimated_minutes for item{'s' if len(missing) > 1 else ''} {_listed(missing)}; give every item "
            f"(or each of its sub-items) an estimated_minutes in the meeting file, or give it on the command line: "
            f"--estimate \"{missing[0]}=MINUTES\"")
    return units


def _listed(numbers: list[str]) -> str:
    return ", ".join(numbers[:-1]) + (" and " if len(numbers) > 1 else "") + numbers[-1]


def allocate(meeting: Meeting, *, min_split: int = DEFAULT_MIN_SPLIT,
             pins: dict[str, str | date] | None = None) -> Allocation:
    """Fill the sittings in order; PlanningError when the items need more time than there is.
    ``pins`` maps an item number (as :func:`item_numbers` resolves it) to ``LAST`` or a date."""
    units = _units(meeting)
    sittings = list(meeting.sittings)
    if not sittings:
        raise PlanningError("the meeting has no sittings")
    pinned = _unit_pins(units, pins or {})
    capacity = [sitting_minutes(s) for s in sittings]
    reserved = [0] * len(sittings)
    head: list[list[Piece]] = [[] for _ in sittings]
    tail: list[list[Piece]] = [[] for _ in sittings]
    for number, need in units:
        target = pinned.get(number)
        if isinstance(target, date):
            _pin_to_date(number, need, target, sittings, capacity, reserved, head)
    for number, need in units:
        if pinned.get(number) == LAST:
            room = capacity[-1] - reserved[-1]
            if need > room:
                raise PlanningError(
                    f"item {number} ({need} minutes) is pinned to the last sitting, which has {room} "
                    f"minutes{' left' if reserved[-1] else ''}")
            tail[-1].append(Piece(number, need))
            reserved[-1] += need
    flowing = [(number, need) for number, need in units if number not in pinned]
    pieces: list[list[Piece]] = [[] for _ in sittings]
    index, room = 0, capacity[0] - reserved[0]
    for number, need in flowing:
        while need > 0:
            if index >= len(sittings):
                total = sum(m for _, m in units)
                raise PlanningError(
                    f"the items need {total} minutes but the {len(sittings)} sittings hold {sum(capacity)}; "
                    f"item {number} and those after it do not fit")
            if need <= room:
                pieces[index].append(Piece(number, need))
                room -= need
                need = 0
            elif room <= 0 or need < min_split or room < min_split:
                index += 1
                room = capacity[index] - reserved[index] if index < len(sittings) else 0
            else:
                pieces[index].append(Piece(number, room))
                need -= room
                index += 1
                room = capacity[index] - reserved[index] if index < len(sittings) else 0
    return Allocation(tuple(SittingAllocation(s, tuple(h + p + t)) for s, h, p, t in zip(sittings, head, pieces, tail)),
                      min_split)


def _unit_pins(units: list[tuple[str, int]], pins: dict[str, str | date]) -> dict[str, str | date]:
    """Pins by the numbers the allocation moves: an item planned as its sub-items pins each of them."""
    out = {}
    for number, _ in units:
        parent = number.split(" ")[0]
        target = pins.get(number, pins.get(parent))
        if target is not None:
            out[number] = target
    return out


def _pin_to_date(number: str, need: int, day: date, sittings: list[Sitting], capacity: list[int],
                 reserved: list[int], head: list[list[Piece]]) -> None:
    first = next((i for i, s in enumerate(sittings) if s.date == day), None)
    if first is None:
        days = _listed([d.isoformat() for d in dict.fromkeys(s.date for s in sittings)])
        raise PlanningError(f"item {number} is pinned to {day.isoformat()}, which has no sitting; "
                            f"the sitting days are {days}")
    index = first
    while need > 0:
        if index >= len(sittings):
            raise PlanningError(f"item {number} ({need} minutes more) is pinned to {day.isoformat()} "
                                "and does not fit in the sittings from that date on")
        room = capacity[index] - reserved[index]
        if room > 0:
            take = min(need, room)
            head[index].append(Piece(number, take))
            reserved[index] += take
            need -= take
        index += 1


def item_numbers(meeting: Meeting) -> dict[str, str]:
    """Every way the command line may name an item ("1 (a)", key) -> its number."""
    numbers = {}
    for item in meeting.all_items():
        numbers[item.number] = item.number
        if item.key:
            numbers[item.key] = item.number
    return numbers


def item_number(meeting: Meeting, ref: str) -> str:
    """The number of the item ``ref`` names ("1 (a)", "1(a)", "1 (A)", a key); UnknownItemError if none."""
    numbers = item_numbers(meeting)
    text = ref.strip()
    cited = cited_number(text.lower())
    number = item_number_text(*cited) if cited else text
    if number not in numbers:
        raise UnknownItemError(f"{ref!r} is no agenda item of {meeting.id}")
    return numbers[number]


class UnknownItemError(UsageError):
    """An item named on the command line that the meeting does not have."""


def organization_yaml(allocation: Allocation, newline: str = "\n", keys: dict[str, str] | None = None) -> str:
    """The ``organization_of_work`` block as a meeting file writes it: an item by its key when it
    has one (``keys``: number -> key), so that inserting an item later renumbers nothing here."""
    keys = keys or {}
    lines = ["organization_of_work:"]
    for day, per_sitting in allocation.by_date().items():
        lines.append(f"  {day.isoformat()}:")
        for rows in per_sitting:
            lines.append("    - [" + ", ".join(f'"{keys.get(item, item)}"' for item in rows) + "]")
    return newline.join(lines) + newline


def with_estimates(meeting: Meeting, estimates: dict[str, int]) -> Meeting:
    """``meeting`` with ``estimated_minutes`` set for items named by number ("1 (a)", "1(a)", "2")
    or key; UnknownItemError naming the first reference that is no item."""
    from dataclasses import replace

    wanted = {item_number(meeting, ref): minutes for ref, minutes in estimates.items()}

    def update(item):
        subs = tuple(update(s) for s in item.items)
        return replace(item, items=subs, estimated_minutes=wanted.get(item.number, item.estimated_minutes))

    return replace(meeting, agenda=tuple(update(i) for i in meeting.agenda))
