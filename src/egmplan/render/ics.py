"""The meeting's sittings as an iCalendar file (RFC 5545), the same bytes on every build.

One ``VEVENT`` per sitting: ``DTSTART;TZID=<venue zone>`` with the venue's ``VTIMEZONE``
(built from the pinned database), a ``UID`` made of the meeting id, the date and the
sitting number (a re-issued file updates events instead of duplicating them),
``SEQUENCE`` from the meeting's ``revision``, ``DTSTAMP`` from the timestamp the caller
passes (``SOURCE_DATE_EPOCH`` or the issue date: see :func:`egmplan.output.build_timestamp`).

icalendar is imported inside the functions (start-up speed).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

from egmplan import tz
from egmplan.meeting_id import calendar_uid
from egmplan.model import Meeting, Sitting

PRODID = "-//egmplan//egmplan schedule//EN"
# RFC 5545 3.3.11: TEXT may hold any character but the CONTROLs other than HTAB; line
# breaks become "\n" (icalendar escapes them). Others are dropped so nothing can be injected.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def sitting_uid(meeting: Meeting, sitting: Sitting) -> str:
    """Stable across re-issues: ``egm-cybercrime-2021-20210406-1@egmplan.invalid``."""
    return calendar_uid(meeting.id, f"{sitting.date:%Y%m%d}-{sitting.number}")


def clean_text(text: str) -> str:
    """Text safe for a TEXT value: line breaks kept as line breaks (escaped later),
    other control characters removed."""
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def one_line(text: str) -> str:
    """A name or title for a one-line property: line breaks become spaces."""
    return " ".join(clean_text(text).split())


def meeting_name(meeting: Meeting) -> str:
    """``Expert Group, seventh meeting``."""
    from egmplan.style import get_style

    style = get_style(meeting.style.language)
    return f"{meeting.short_body}, {style.ordinal_word(meeting.number)} {meeting.kind}"


def _items_phrase(numbers: list[str]) -> str:
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"item {numbers[0]}"
    return f"items {', '.join(numbers[:-1])} and {numbers[-1]}"


SUMMARY_WIDTH = 100   # calendar views show the first 60 to 100 characters of an event's title
_SHORTEST_TITLE = 16  # below this a title says nothing: the item numbers say as much


def shorten(text: str, width: int) -> str:
    """``text`` cut at a word boundary to at most ``width`` characters, "…" marking the cut."""
    if len(text) <= width:
        return text
    kept = text[:width - 1]
    if text[width - 1] != " " and " " in kept:
        kept = kept.rsplit(" ", 1)[0]
    return kept.rstrip(" ,;:") + "…"


def sitting_summary(name: str, numbers: list[str], titles: dict[str, str]) -> str:
    """``Expert Group, seventh meeting: 2 Consideration of all…; 3 Other matters``: the meeting and
    each item with its (short) title, long titles shortened first so that the whole keeps within
    SUMMARY_WIDTH; the bare item numbers when even short titles do not fit."""
    if not numbers:
        return name
    head = f"{name}: "
    room = SUMMARY_WIDTH - len(head) - sum(len(n) + 1 for n in numbers) - 2 * (len(numbers) - 1)
    widths, left = {}, room
    # Water-filling: short titles keep their length, the rest share what is left equally.
    for count, number in enumerate(sorted(numbers, key=lambda n: len(titles[n])), start=0):
        fair = left // (len(numbers) - count)
        widths[number] = min(len(titles[number]), fair)
        left -= widths[number]
    if min(widths.values()) < min(_SHORTEST_TITLE, *(len(titles[n]) for n in numbers)):
        return head + _items_phrase(numbers)
    return head + "; ".join(f"{n} {shorten(titles[n], widths[n])}" for n in numbers)


def sitting_texts(meeting: Meeting) -> dict[tuple[date, int], tuple[str, str]]:
    """(date, sitting) -> (SUMMARY, DESCRIPTION) from the organization of work."""
    from egmplan.planning.orgwork import organization_rows
    from egmplan.style import get_style

    style = get_style(meeting.style.language)
    by_sitting: dict[tuple[date, int], list] = {}
    for row in organization_rows(meeting):
        if not row.is_holiday:
            by_sitting.setdefault((row.date, row.sitting), []).append(row)
    titles = {item.number: one_line(item.short_title or item.title) for item in meeting.all_items()}
    name = meeting_name(meeting)
    texts = {}
    for sitting in meeting.sittings:
        here = by_sitting.get((sitting.date, sitting.number), [])
        main = list(dict.fromkeys(r.item for r in here if r.track is None and r.item in titles))
        summary = sitting_summary(name, main, titles)
        when = style.format_time_range(sitting.start, sitting.end, meeting.style.time)
        lines = [f"{style.format_date(sitting.date, weekday=True)}, {when} ({meeting.venue} time)"]
        for row in here:
            where = f"{row.track}: " if row.track else ""
            lines.append(f"{where}Item {row.item}: {row.title}")
        texts[(sitting.date, sitting.number)] = (summary, "\n".join(lines))
    return texts


def location(meeting: Meeting) -> str:
    """Where a delegate goes: the venue, and online for a hybrid or online meeting."""
    venue = one_line(meeting.venue)
    if meeting.format == "hybrid":
        return f"{venue} and online (hybrid meeting)"
    if meeting.format == "online":
        return f"Online (venue: {venue})" if venue else "Online"
    return venue


def _venue_timezone(meeting: Meeting):
    """The venue's VTIMEZONE from the pinned zone, its parts in a fixed order."""
    from icalendar import Timezone

    first = date(meeting.start.year - 1, 1, 1)
    last = date(meeting.end.year + 2, 1, 1)
    component = Timezone.from_tzinfo(tz.get_zone(meeting.timezone), meeting.timezone, first, last)
    component.subcomponents.sort(key=lambda part: (part.DTSTART, part.name))
    return component


def render_ics(meeting: Meeting, *, timestamp: datetime) -> bytes:
    """The calendar file: CRLF lines folded at 75 octets, identical bytes for identical input."""
    from icalendar import Calendar, Event, vText

    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    # Extension properties have no declared type: vText makes icalendar escape them as TEXT.
    calendar.add("X-WR-CALNAME", vText(one_line(meeting_name(meeting))))
    calendar.add("X-WR-TIMEZONE", meeting.timezone)
    calendar.add_component(_venue_timezone(meeting))
    stamp = timestamp.astimezone(timezone.utc)
    texts = sitting_texts(meeting)
    for sitting in meeting.sittings:
        summary, description = texts[(sitting.date, sitting.number)]
        event = Event()
        event.add("UID", sitting_uid(meeting, sitting))
        event.add("DTSTAMP", stamp)
        event.add("SEQUENCE", meeting.revision)
        # Aware datetimes in the pinned venue zone give DTSTART;TZID=Europe/Vienna.
        zone = tz.get_zone(meeting.timezone)
        event.add("DTSTART", sitting.starts_at.astimezone(zone))
        event.add("DTEND", sitting.ends_at.astimezone(zone))
        event.add("SUMMARY", vText(one_line(summary)))
        event.add("DESCRIPTION", vText(clean_text(description)))
        event.add("LOCATION", vText(location(meeting)))
        event.add("STATUS", "CONFIRMED")
        event.add("TRANSP", "OPAQUE")
        calendar.add_component(event)
    if meeting.deadlines:  # issue 5: deadlines as all-day or timed events
        from egmplan.render.deadlines_ics import add_deadline_events

        add_deadline_events(calendar, meeting, stamp)
    if calendar.get_missing_tzids():
        raise AssertionError(f"VTIMEZONE missing for {sorted(calendar.get_missing_tzids())}")
    return calendar.to_ical()
