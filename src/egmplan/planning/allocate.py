"""``orgwork plan``: allocate agenda items to sittings from their ``estimated_minutes``.

Items go in agenda order (an item with sub-items goes as its sub-items when each has an
estimate, or whole when only the item has one). Each sitting is filled in turn; an item
that does not fit the rest of a sitting is split and continues at the next sitting (which
gives the "(continued)" rows), except that an item shorter than ``min_split`` minutes is
never split, and no piece is started in less than ``min_split`` minutes of room: such an
item moves whole to the next sitting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from egmplan.errors import PlanningError
from egmplan.model import Meeting, RowSpec, Sitting, SittingPlan

DEFAULT_MIN_SPLIT = 30


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
        listed = ", ".join(missing[:-1]) + (" and " if len(missing) > 1 else "") + missing[-1]
        raise PlanningError(
            f"no estimated_minutes for item{'s' if len(missing) > 1 else ''} {listed}; "
            "give every item (or each of its sub-items) an estimated_minutes to plan")
    return units


def allocate(meeting: Meeting, *, min_split: int = DEFAULT_MIN_SPLIT) -> Allocation:
    """Fill the sittings in order; PlanningError when the items need more time than there is."""
    units = _units(meeting)
    sittings = list(meeting.sittings)
    if not sittings:
        raise PlanningError("the meeting has no sittings")
    pieces: list[list[Piece]] = [[] for _ in sittings]
    index, room = 0, sitting_minutes(sittings[0])
    for number, need in units:
        while need > 0:
            if index >= len(sittings):
                total = sum(m for _, m in units)
                capacity = sum(sitting_minutes(s) for s in sittings)
                raise PlanningError(
                    f"the items need {total} minutes but the {len(sittings)} sittings hold {capacity}; "
                    f"item {number} and those after it do not fit")
            if need <= room:
                pieces[index].append(Piece(number, need))
                room -= need
                need = 0
            elif room == 0 or need < min_split or room < min_split:
                index += 1
                room = sitting_minutes(sittings[index]) if index < len(sittings) else 0
            else:
                pieces[index].append(Piece(number, room))
                need -= room
                index += 1
                room = sitting_minutes(sittings[index]) if index < len(sittings) else 0
    return Allocation(tuple(SittingAllocation(s, tuple(p)) for s, p in zip(sittings, pieces)), min_split)


def organization_yaml(allocation: Allocation, newline: str = "\n") -> str:
    """The ``organization_of_work`` block as a meeting file writes it."""
    lines = ["organization_of_work:"]
    for day, per_sitting in allocation.by_date().items():
        lines.append(f"  {day.isoformat()}:")
        for rows in per_sitting:
            lines.append("    - [" + ", ".join(f'"{item}"' for item in rows) + "]")
    return newline.join(lines) + newline


def with_estimates(meeting: Meeting, estimates: dict[str, int]) -> Meeting:
    """``meeting`` with ``estimated_minutes`` set for items named by number ("1 (a)", "1(a)", "2")
    or key; KeyError naming the first reference that is no item."""
    import re
    from dataclasses import replace

    numbers = {}
    for item in meeting.all_items():
        numbers[item.number] = item.number
        if item.key:
            numbers[item.key] = item.number
    wanted = {}
    for ref, minutes in estimates.items():
        match = re.fullmatch(r"(\d+)\s*(?:\(\s*([a-z])\s*\))?", ref.strip())
        number = (match.group(1) + (f" ({match.group(2)})" if match.group(2) else "")) if match else ref.strip()
        if number not in numbers:
            raise KeyError(ref)
        wanted[numbers[number]] = minutes

    def update(item):
        subs = tuple(update(s) for s in item.items)
        return replace(item, items=subs, estimated_minutes=wanted.get(item.number, item.estimated_minutes))

    return replace(meeting, agenda=tuple(update(i) for i in meeting.agenda))
