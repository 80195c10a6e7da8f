"""The organization of work: rows in order, with "(continued)" worked out.

UN-STYLE W3: the first sitting that takes an item shows its plain title; each later
sitting on the same item or sub-item is continued (``OrgRow.continued``; ``style/`` words
it, ``Agenda item (continued)``). Moving from 2 (a) to
2 (b) is not a continuation. W6: "(continued)" rows print the item's short title.

A row of a whole item immediately followed by one of its own sub-items is a heading row
("2 Review of implementation…" above "2 (a) …"), as UN tables print it: it does not make
the item's other sub-items continuations, and it is not the item "scheduled as a whole".
A sitting without any row still prints, its items "To be announced" (``style.to_be_announced``).

Everything here is linear in the number of rows: each decision is a few set look-ups.
"""

from __future__ import annotations

from datetime import date, time
from operator import attrgetter
from typing import NamedTuple

from egmplan.model import AgendaItem, Meeting, RowSpec, SittingPlan, flatten


class OrgRow(NamedTuple):
    """One printed row. Holiday rows have no sitting, no time and no item; a sitting
    with no item has one row with its time, no item and the "to be announced" text."""

    date: date
    sitting: int | None
    start: time | None
    end: time | None
    item: str
    title: str             # the base title; a style words it "(continued)" when continued
    continued: bool
    track: str | None
    automatic_continued: bool = False  # what the rule alone decides (for checks)
    spec: RowSpec | None = None
    heading: bool = False  # a whole item's row printed above its own sub-item
    to_be_announced: bool = False

    @property
    def is_holiday(self) -> bool:
        return self.sitting is None


def _family(number: str) -> str:
    return number.split(" (")[0]


class _Taken:
    """What earlier sittings took, kept so that each question is a set look-up."""

    def __init__(self) -> None:
        self.numbers: set[str] = set()        # every item and sub-item taken
        self.with_parts: set[str] = set()     # items one of whose sub-items was taken
        self.whole: set[str] = set()          # items taken as a whole (not as a heading)

    def continues(self, number: str) -> bool:
        """A sub-item continues when it was taken, or its item was taken as a whole; an
        item continues when it, or any of its sub-items, was taken."""
        if number in self.numbers:
            return True
        if "(" in number:
            return _family(number) in self.whole
        return number in self.with_parts

    def add(self, number: str, heading: bool) -> None:
        self.numbers.add(number)
        if "(" in number:
            self.with_parts.add(_family(number))
        elif not heading:
            self.whole.add(number)


def is_heading(rows: tuple[RowSpec, ...], index: int, items: dict[str, AgendaItem]) -> bool:
    """Whether ``rows[index]`` is a whole item printed above the row of one of its sub-items."""
    number = rows[index].item
    return ("(" not in number and bool(items[number].items) and index + 1 < len(rows)
            and _family(rows[index + 1].item) == number and "(" in rows[index + 1].item)


_make_row = tuple.__new__  # tuple.__new__(OrgRow, every field in order): OrgRow(...) by name cost five times as much


def track_rows(meeting: Meeting, agenda: tuple[AgendaItem, ...], plans: tuple[SittingPlan, ...],
               track: str | None) -> list[OrgRow]:
    items = {i.number: i for i in flatten(agenda)}
    sittings = {(s.date, s.number): s for s in meeting.sittings}
    taken = _Taken()
    rows: list[OrgRow] = []
    for plan in sorted(plans, key=_plan_order):
        sitting = sittings.get((plan.date, plan.sitting))
        start, end = (sitting.start, sitting.end) if sitting else (None, None)
        specs = plan.rows
        # Only an item with sub-items can be a heading row.
        headings = [bool(items[spec.item].items) and is_heading(specs, n, items) for n, spec in enumerate(specs)]
        for spec, heading in zip(specs, headings):
            item = items[spec.item]
            automatic = taken.continues(spec.item)
            continued = automatic if spec.continued is None else spec.continued
            base = spec.title or (item.continued_title if continued else item.title)
            rows.append(_make_row(OrgRow, (plan.date, plan.sitting, start, end, spec.item, base, continued, track,
                                           automatic, spec, heading, False)))
        for spec, heading in zip(specs, headings):  # a sitting continues only what came before it
            taken.add(spec.item, heading)
    return rows


_plan_order = attrgetter("date", "sitting")


def organization_rows(meeting: Meeting) -> list[OrgRow]:
    """Every row of the table: main body first within a sitting, then each parallel track;
    a sitting without any row gets one "to be announced" row, and a date without sittings
    (``no_sitting``) one row of its own."""
    rows = track_rows(meeting, meeting.agenda, meeting.organization, None)
    in_order = not meeting.tracks  # the main body's rows come by date and sitting already
    for track in meeting.tracks:
        rows += track_rows(meeting, track.agenda, track.organization, track.name)
    order = {None: 0, **{t.name: n for n, t in enumerate(meeting.tracks, start=1)}}
    occupied = {(r.date, r.sitting) for r in rows}
    for sitting in meeting.sittings:
        if (sitting.date, sitting.number) not in occupied:
            rows.append(OrgRow(sitting.date, sitting.number, sitting.start, sitting.end, "",
                               meeting.style.to_be_announced, False, None, to_be_announced=True))
            in_order = False
    for day, text in meeting.no_sitting:
        rows.append(OrgRow(day, None, None, None, "", text, False, None))
        in_order = False
    if not in_order:
        rows.sort(key=lambda r: (r.date, r.sitting or 0, order[r.track]))
    return rows
