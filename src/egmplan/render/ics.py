"""The ``ics`` exporter: a :class:`~egmplan.render.calendar_view.CalendarView` as an iCalendar
file (RFC 5545), the same bytes on every build.

Events start with ``DTSTART;TZID=<venue zone>`` and the file carries the venue's
``VTIMEZONE``, built from the pinned database; all-day events are ``VALUE=DATE``. Lines are
CRLF, folded at 75 octets. icalendar is imported inside the functions (start-up speed).
"""

from __future__ import annotations

from datetime import datetime

from egmplan import tz
from egmplan.render.calendar_view import CalendarView, build_calendar_view

PRODID = "-//egmplan//egmplan schedule//EN"


def _venue_timezone(view: CalendarView):
    """The venue's VTIMEZONE from the pinned zone, its parts in a fixed order."""
    from icalendar import Timezone

    component = Timezone.from_tzinfo(tz.get_zone(view.timezone), view.timezone, view.zone_from, view.zone_until)
    component.subcomponents.sort(key=lambda part: (part.DTSTART, part.name))
    return component


def render(view: CalendarView) -> bytes:
    """The calendar file: identical bytes for identical input."""
    from icalendar import Calendar, Event, vText

    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    # Extension properties have no declared type: vText makes icalendar escape them as TEXT.
    calendar.add("X-WR-CALNAME", vText(view.name))
    calendar.add("X-WR-TIMEZONE", view.timezone)
    calendar.add_component(_venue_timezone(view))
    # RFC 5545 3.2.10: LANGUAGE on the texts in another language than English, the files'
    # language before issue 13 (their bytes stay the same).
    language = None if view.language == "en" else {"LANGUAGE": view.language}
    for item in view.events:
        event = Event()
        event.add("UID", item.uid)
        event.add("DTSTAMP", view.stamp)
        event.add("SEQUENCE", view.sequence)
        # Aware datetimes in the pinned venue zone give DTSTART;TZID=Europe/Vienna.
        event.add("DTSTART", item.start)
        if item.end is not None:
            event.add("DTEND", item.end)
        event.add("SUMMARY", vText(item.summary), parameters=language)
        event.add("DESCRIPTION", vText(item.description), parameters=language)
        if item.location is not None:
            event.add("LOCATION", vText(item.location), parameters=language)
        if item.status is not None:
            event.add("STATUS", item.status)
        event.add("TRANSP", "TRANSPARENT" if item.transparent else "OPAQUE")
        calendar.add_component(event)
    if calendar.get_missing_tzids():
        raise AssertionError(f"VTIMEZONE missing for {sorted(calendar.get_missing_tzids())}")
    return calendar.to_ical()


def render_ics(meeting, *, timestamp: datetime) -> bytes:
    """The calendar of ``meeting`` made at ``timestamp`` (the view built and rendered)."""
    return render(build_calendar_view(meeting, timestamp=timestamp))
