"""The calendar of a meeting as plain data: its sittings and deadlines as events, every text
ready to print. The ``ics`` exporter (:mod:`egmplan.render.ics`) only writes it out.

One event per sitting, in the venue's zone, with a ``UID`` made of the meeting id, the date
and the sitting number (a re-issued file updates events instead of duplicating them) and the
meeting's ``revision`` as its sequence; one event per deadline (issue 5), timed at the venue
or all-day, transparent (it blocks no time), its UID made of the meeting id and the label.
The stamp is the build's one instant (``SOURCE_DATE_EPOCH`` or the issue date:
:func:`egmplan.output.build_timestamp`).

The calendar is built from the meeting rather than from the document view: it needs the
sittings' instants, the items' short titles and the deadlines' times, which the document does
not print. ``egmplan agenda build`` and ``egmplan schedule -f ics`` build it the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from egmplan import tz
from egmplan.meeting_id import calendar_uid
from egmplan.model import Meeting, Sitting, cited_number
from egmplan.output import build_timestamp

# RFC 5545 3.3.11: TEXT may hold any character but the CONTROLs other than HTAB; line
# breaks become "\n" (icalendar escapes them). Others are dropped so nothing can be injected.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

SUMMARY_WIDTH = 100   # calendar views show the first 60 to 100 characters of an event's title
_SHORTEST_TITLE = 16  # below this a title says nothing: the item numbers say as much


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    start: datetime | date          # aware, in the venue's zone; a date for an all-day event
    end: datetime | date | None     # None: a moment (a timed deadline)
    summary: str                    # one line
    description: str                # line breaks kept
    transparent: bool               # blocks no time (a deadline)
    location: str | None = None
    status: str | None = None


@dataclass(frozen=True)
class CalendarView:
    name: str                       # the calendar's name: "Expert Group, seventh meeting"
    timezone: str                   # the venue's zone
    zone_from: date                 # the venue zone's rules are written for these years
    zone_until: date
    stamp: datetime                 # UTC: when the calendar was made (DTSTAMP)
    sequence: int                   # the meeting's revision
    events: tuple[CalendarEvent, ...]
    language: str = "en"            # the language of the texts (ics: a LANGUAGE parameter, English aside)


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
    return style.meeting_name(meeting.short_body, meeting.number, meeting.kind)


def shorten(text: str, width: int) -> str:
    """``text`` cut at a word boundary to at most ``width`` characters, "…" marking the cut."""
    if len(text) <= width:
        return text
    kept = text[:width - 1]
    if text[width - 1] != " " and " " in kept:
        kept = kept.rsplit(" ", 1)[0]
    return kept.rstrip(" ,;:") + "…"


def sitting_summary(name: str, numbers: list[str], titles: dict[str, str], style) -> str:
    """``Expert Group, seventh meeting: 2 Consideration of all…; 3 Other matters``: the meeting and
    each item with its (short) title, long titles shortened first so that the whole keeps within
    SUMMARY_WIDTH; the bare item numbers when even short titles do not fit."""
    if not numbers:
        return name
    head = style.summary_head(name)
    separator = style.PUNCTUATION["semicolon"]
    room = SUMMARY_WIDTH - len(head) - sum(len(n) + 1 for n in numbers) - len(separator) * (len(numbers) - 1)
    widths, left = {}, room
    # Water-filling: short titles keep their length, the rest share what is left equally.
    for count, number in enumerate(sorted(numbers, key=lambda n: len(titles[n])), start=0):
        fair = left // (len(numbers) - count)
        widths[number] = min(len(titles[number]), fair)
        left -= widths[number]
    if min(widths.values()) < min(_SHORTEST_TITLE, *(len(titles[n]) for n in numbers)):
        return head + style.items_phrase(numbers)
    return head + separator.join(f"{_cited(n, style)} {shorten(titles[n], widths[n])}" for n in numbers)


def _cited(number: str, style) -> str:
    """An item number as the calendar's language cites it: ``1 (a)``, ``1 a)`` in French."""
    parts = cited_number(number)
    return style.item_reference(*parts) if parts else number


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
        summary = sitting_summary(name, main, titles, style)
        lines = [style.calendar_sitting_line(sitting.date, sitting.start, sitting.end, meeting.style.time,
                                             meeting.venue)]
        for row in here:
            title = style.continued_title(row.title, meeting.style.continued) if row.continued else row.title
            lines.append(style.calendar_item_line(row.item, title, row.track))
        texts[(sitting.date, sitting.number)] = (summary, "\n".join(lines))
    return texts


def location(meeting: Meeting) -> str:
    """Where a delegate goes: the venue, and online for a hybrid or online meeting."""
    from egmplan.style import get_style

    return get_style(meeting.style.language).calendar_location(one_line(meeting.venue), meeting.format)


def _sitting_events(meeting: Meeting) -> list[CalendarEvent]:
    zone = tz.get_zone(meeting.timezone)
    texts = sitting_texts(meeting)
    where = location(meeting)
    events = []
    for sitting in meeting.sittings:
        summary, description = texts[(sitting.date, sitting.number)]
        events.append(CalendarEvent(
            uid=sitting_uid(meeting, sitting),
            start=sitting.starts_at.astimezone(zone),
            end=sitting.ends_at.astimezone(zone),
            summary=one_line(summary),
            description=clean_text(description),
            transparent=False,
            location=where,
            status="CONFIRMED",
        ))
    return events


def _deadline_events(meeting: Meeting) -> list[CalendarEvent]:
    """A timed deadline is a moment at the venue; an all-day one covers its date."""
    from egmplan.planning.deadlines import deadline_times, deadline_uid_stems
    from egmplan.render.view import deadline_lines
    from egmplan.style import get_style

    style = get_style(meeting.style.language)
    zone = tz.get_zone(meeting.timezone)
    name = meeting_name(meeting)
    events = []
    for times, stem, line in zip(deadline_times(meeting), deadline_uid_stems(meeting), deadline_lines(meeting)):
        if times.venue is None:
            start, end = times.deadline.date, times.deadline.date + timedelta(days=1)
        else:
            start, end = times.venue.astimezone(zone), None
        events.append(CalendarEvent(
            uid=calendar_uid(meeting.id, stem),
            start=start,
            end=end,
            summary=one_line(style.calendar_deadline_summary(times.deadline.label, name)),
            description=clean_text(line),
            transparent=True,
        ))
    return events


def build_calendar_view(meeting: Meeting, *, timestamp: datetime | None = None) -> CalendarView:
    """The calendar of ``meeting``; ``timestamp`` is the build's instant (default: the issue
    date, else the epoch)."""
    stamp = timestamp if timestamp is not None else build_timestamp(None, meeting.issued)
    return CalendarView(
        name=one_line(meeting_name(meeting)),
        timezone=meeting.timezone,
        zone_from=date(meeting.start.year - 1, 1, 1),
        zone_until=date(meeting.end.year + 2, 1, 1),
        stamp=stamp.astimezone(timezone.utc),
        sequence=meeting.revision,
        events=tuple(_sitting_events(meeting) + _deadline_events(meeting)),
        language=meeting.style.language,
    )
