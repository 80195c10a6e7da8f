"""``--format ics``: the calendar of the meeting (zones do not matter: calendars convert)."""

from __future__ import annotations

from datetime import datetime

from egmplan.output import build_timestamp
from egmplan.render.ics import render_ics


def render(schedule, *, timestamp: datetime | None = None) -> bytes:
    meeting = schedule.meeting
    return render_ics(meeting, timestamp=timestamp or build_timestamp(None, meeting.issued))
