"""``--format ics``: the calendar of the meeting (zones do not matter: calendars convert)."""

from __future__ import annotations

from datetime import datetime

from egmplan.render.ics import calendar_timestamp, render_ics


def render(schedule, *, timestamp: datetime | None = None) -> bytes:
    meeting = schedule.meeting
    return render_ics(meeting, timestamp=timestamp or calendar_timestamp(meeting, None))
