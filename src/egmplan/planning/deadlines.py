"""Deadlines as instants in venue time and in any other zone (issue 5); ``style/`` words them.

A deadline is all day (a date at the venue) or timed (a time at the venue; ``COB`` is the
meeting's ``close_of_business``, 18:00 unless the file says otherwise). In another zone a
timed deadline is converted on its date; an all-day one keeps its venue date (it is a
calendar date, not an instant) and says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from egmplan import tz
from egmplan.model import Deadline, Meeting

_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class DeadlineTimes:
    deadline: Deadline
    venue: datetime | None      # aware, venue zone; None when all day
    local: datetime | None      # aware, the other zone; None when all day or no zone

    @property
    def all_day(self) -> bool:
        return self.deadline.time is None


def deadline_times(meeting: Meeting, zone: str | None = None) -> list[DeadlineTimes]:
    out = []
    for d in meeting.deadlines:
        venue = tz.localize(d.date, d.time, meeting.timezone) if d.time is not None else None
        local = venue.astimezone(tz.get_zone(zone)) if venue is not None and zone else None
        out.append(DeadlineTimes(d, venue, local))
    return out


def deadline_uid_stems(meeting: Meeting) -> list[str]:
    """Stable per label (a moved deadline updates its calendar event): ``deadline-nomination-of-speakers``;
    the same in every language (from the original label)."""
    stems, seen = [], {}
    for d in meeting.deadlines:
        label = d.original_label or d.label
        stem = "deadline-" + (_SLUG.sub("-", label.lower()).strip("-")[:48].strip("-") or "x")
        seen[stem] = seen.get(stem, 0) + 1
        stems.append(stem if seen[stem] == 1 else f"{stem}-{seen[stem]}")
    return stems


def deadlines_dict(meeting: Meeting, zone: str | None, typed: str | None = None) -> dict:
    """The JSON of ``egmplan deadlines``; ``zone_label``: what the user typed for ``zone`` when
    it is not the zone's name (``Geneva`` for Europe/Zurich), else null."""
    rows = []
    for times in deadline_times(meeting, zone):
        d = times.deadline
        rows.append({
            "label": d.label,
            "due": d.due,
            "date": d.date.isoformat(),
            "time": d.time.strftime("%H:%M") if d.time else None,
            "all_day": times.all_day,
            "cob": d.cob,
            "venue": times.venue.isoformat() if times.venue else d.date.isoformat(),
            "local": (times.local.isoformat() if times.local else d.date.isoformat()) if zone else None,
        })
    return {"meeting": meeting.id, "timezone": meeting.timezone, "zone": zone, "zone_label": typed,
            "deadlines": rows}
