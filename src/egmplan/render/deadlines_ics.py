"""The meeting's deadlines as calendar events, added to the sittings' calendar (render/ics.py).

A timed deadline is a ``DTSTART;TZID=<venue zone>`` event with no length; an all-day one is
a ``VALUE=DATE`` event on its date. UIDs come from the meeting id and the label, so a moved
deadline updates its event. Both are transparent (they do not block time).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from egmplan import tz
from egmplan.meeting_id import calendar_uid
from egmplan.model import Meeting


def add_deadline_events(calendar, meeting: Meeting, stamp: datetime) -> None:
    from icalendar import Event, vText

    from egmplan.planning.deadlines import deadline_lines, deadline_times, deadline_uid_stems
    from egmplan.render.ics import clean_text, meeting_name, one_line
    zone = tz.get_zone(meeting.timezone)
    for times, stem, line in zip(deadline_times(meeting), deadline_uid_stems(meeting), deadline_lines(meeting)):
        event = Event()
        event.add("UID", calendar_uid(meeting.id, stem))
        event.add("DTSTAMP", stamp)
        event.add("SEQUENCE", meeting.revision)
        if times.venue is None:
            event.add("DTSTART", times.deadline.date)
            event.add("DTEND", times.deadline.date + timedelta(days=1))
        else:
            event.add("DTSTART", times.venue.astimezone(zone))
        event.add("SUMMARY", vText(one_line(f"Deadline: {times.deadline.label} ({meeting_name(meeting)})")))
        event.add("DESCRIPTION", vText(clean_text(line)))
        event.add("TRANSP", "TRANSPARENT")
        calendar.add_component(event)
