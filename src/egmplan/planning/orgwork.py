"""The organization of work: rows in order, with "(continued)" worked out.

UN-STYLE W3: the first sitting that takes an item shows its plain title; each later
sitting on the same item or sub-item appends " (continued)". Moving from 2 (a) to
2 (b) is not a continuation. W6: "(continued)" rows print the item's short title.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from egmplan.model import AgendaItem, Meeting, RowSpec, SittingPlan, flatten


@dataclass(frozen=True)
class OrgRow:
    """One printed row. Holiday rows have no sitting, no time and no item."""

    date: date
    sitting: int | None
    start: time | None
    end: time | None
    item: str
    title: str             # as printed, with " (continued)" when continued
    continued: bool
    track: str | None
    automatic_continued: bool = False  # what the rule alone decides (for checks)
    spec: RowSpec | None = None

    @property
    def is_holiday(self) -> bool:
        return self.sitting is None


def _family(number: str) -> str:
    return number.split(" (")[0]


def _continues(number: str, taken: set[str]) -> bool:
    """An item continues when it, its parent taken whole, or (for a whole item) any of its sub-items was taken."""
    if number in taken:
        return True
    if "(" in number:
        return _family(number) in taken
    return any(_family(t) == number for t in taken)


def track_rows(meeting: Meeting, agenda: tuple[AgendaItem, ...], plans: tuple[SittingPlan, ...],
               track: str | None) -> list[OrgRow]:
    items = {i.number: i for i in flatten(agenda)}
    suffix = meeting.style.continued
    sittings = {(s.date, s.number): s for s in meeting.sittings}
    taken: set[str] = set()
    rows: list[OrgRow] = []
    for plan in sorted(plans, key=lambda p: (p.date, p.sitting)):
        sitting = sittings.get((plan.date, plan.sitting))
        taken_before = set(taken)
        for spec in plan.rows:
            item = items[spec.item]
            automatic = _continues(spec.item, taken_before)
            continued = automatic if spec.continued is None else spec.continued
            base = spec.title or (item.continued_title if continued else item.title)
            rows.append(
                OrgRow(
                    date=plan.date,
                    sitting=plan.sitting,
                    start=sitting.start if sitting else None,
                    end=sitting.end if sitting else None,
                    item=spec.item,
                    title=f"{base} {suffix}" if continued else base,
                    continued=continued,
                    track=track,
                    automatic_continued=automatic,
                    spec=spec,
                )
            )
            taken.add(spec.item)
    return rows


def organization_rows(meeting: Meeting) -> list[OrgRow]:
    """Every row of the table: main body first within a sitting, then each parallel track;
    a date without sittings (``no_sitting``) gets one row of its own."""
    rows = track_rows(meeting, meeting.agenda, meeting.organization, None)
    for track in meeting.tracks:
        rows += track_rows(meeting, track.agenda, track.organization, track.name)
    order = {None: 0, **{t.name: n for n, t in enumerate(meeting.tracks, start=1)}}
    for day, text in meeting.no_sitting:
        rows.append(OrgRow(day, None, None, None, "", text, False, None))
    rows.sort(key=lambda r: (r.date, r.sitting or 0, order[r.track]))
    return rows
