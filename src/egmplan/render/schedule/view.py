"""The schedule as text cells: what the table, Markdown and HTML exporters show.

Wide layout (a handful of zones): one row per sitting, a column per zone. Long layout
(more zones, e.g. ``--tz all``): one row per zone and sitting. T8: every time names its
zone and the offset in force on that date: in the column heading when it holds for the
whole meeting (``Asia/Bangkok (UTC+7)``, ``Vienna time (CEST, UTC+2)``), else in each cell.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date
from functools import lru_cache

from egmplan.planning.comfort import COMFORT_CLASSES
from egmplan.planning.schedule import Schedule
from egmplan.planning.zone_conversions import LocalSitting
from egmplan.render import bracketed
from egmplan.record import Record, record

WIDE_MAX_ZONES = 5
MINUS = "\u2212"  # Z2 marks: +1, −1
WIDE, LONG = "wide", "long"


class Cell:
    """One cell of the schedule. Written out rather than a dataclass: a long schedule has a
    million cells (a frozen dataclass's __init__ costs 4 times as much), and
    ``@dataclass(slots=True)`` compiles its methods at every start-up (about 0.5 ms)."""

    __slots__ = ("text", "detail", "comfort", "mark", "comfort_text")

    def __init__(self, text: str, detail: str = "", comfort: str | None = None, mark: str = "",
                 comfort_text: str = ""):
        self.text = text
        self.detail = detail                # offset (when not in the heading), "crosses midnight"
        self.comfort = comfort              # the class's name (CSS, colours); comfort_text prints it
        self.mark = mark                    # Z2 day shift: "+1", "−1"
        self.comfort_text = comfort_text    # the class in the document's language

    def _fields(self) -> tuple:
        return self.text, self.detail, self.comfort, self.mark, self.comfort_text

    def __eq__(self, other):
        return self._fields() == other._fields() if other.__class__ is self.__class__ else NotImplemented

    __hash__ = None  # mutable, as the dataclass was

    def __repr__(self) -> str:
        return (f"Cell(text={self.text!r}, detail={self.detail!r}, comfort={self.comfort!r}, mark={self.mark!r}, "
                f"comfort_text={self.comfort_text!r})")

    def joined(self) -> str:
        """One line: ``7 April, 2–5 a.m. (+1; night)``."""
        extra = [p for p in (self.mark, self.detail, self.comfort_text) if p]
        return f"{self.text} ({'; '.join(extra)})" if extra else self.text

    @property
    def headline(self) -> str:
        """The text with its day-shift mark: ``7 April, 2–5 a.m. (+1)``."""
        return f"{self.text} ({self.mark})" if self.mark else self.text

    @property
    def details(self) -> str:
        """What goes under the headline: ``UTC−10 → UTC+14; crosses midnight; night``."""
        return "; ".join(p for p in (self.detail, self.comfort_text) if p)


@record
class ScheduleView(Record):
    """The schedule as its renderers lay it out: headings, rows of cells, notes."""

    title: str
    subtitle: str
    layout: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    notes: tuple[str, ...]
    legend: str
    comfort_classes: tuple[str, ...] = COMFORT_CLASSES
    # The long layout's heading of each sitting, by its (date, venue time) cells
    sitting_headings: dict[tuple[str, str], str] = field(default_factory=dict, compare=False)


def day_mark(shift: int) -> str:
    """Z2: ``+1``, ``−1`` (minus sign), empty on the venue's date."""
    if not shift:
        return ""
    return f"+{shift}" if shift > 0 else f"{MINUS}{-shift}"


def local_text(local: LocalSitting, venue_date: date, clock: str, style, *, mark: bool = True) -> str:
    """``3–6 p.m.``; ``7 April, 1–4 a.m. (+1)``; ``10 p.m.–7 April, 1 a.m.`` (crosses midnight).

    A time carries its local date when that differs from the venue's date; once the start
    carries one, a midnight-crossing end carries its own too. ``mark`` adds the Z2 day shift.
    """
    start, end = local.start, local.end
    start_dated = start.date() != venue_date

    def dated(moment, show: bool) -> str:
        text = style.format_time(moment.time(), clock)
        return style.dated_time(style.format_date(moment.date(), year=False), text) if show else text

    if not local.crosses_midnight:
        text = _time_range(style, start.time(), end.time(), clock)
        if start_dated:
            text = style.dated_time(style.format_date(start.date(), year=False), text)
    else:
        text = style.moment_range(dated(start, start_dated), dated(end, start_dated or end.date() != venue_date))
    shift = day_mark(local.day_shift)
    return f"{text} ({shift})" if shift and mark else text


@lru_cache(maxsize=4096)
def _time_range(style, start, end, clock: str) -> str:
    return style.format_time_range(start, end, clock)


def _labels(locals_: list[LocalSitting], style) -> set[str]:
    zone_time_label = style.zone_time_label
    labels = set()
    for item in locals_:
        labels.add(zone_time_label(item.abbreviation, item.utc_offset))
        labels.add(zone_time_label(item.end_abbreviation, item.end_utc_offset))
    return labels


def _offset_label(item: LocalSitting, style) -> str:
    return _offset_label_of(style, item.abbreviation, item.utc_offset, item.end_abbreviation, item.end_utc_offset)


@lru_cache(maxsize=4096)
def _offset_label_of(style, abbreviation: str, offset, end_abbreviation: str, end_offset) -> str:
    start = style.zone_time_label(abbreviation, offset)
    end = style.zone_time_label(end_abbreviation, end_offset)
    return start if start == end else f"{start} → {end}"


def legend(schedule: Schedule, style) -> str:
    return style.comfort_legend(schedule.bounds)


def build_view(schedule: Schedule, *, layout: str | None = None) -> ScheduleView:
    """Cells for ``schedule``; ``layout`` defaults to wide up to :data:`WIDE_MAX_ZONES` zones."""
    from egmplan.style import get_style

    meeting = schedule.meeting
    style = get_style(meeting.style.language)
    clock = meeting.style.time
    layout = layout or (WIDE if len(schedule.zones) <= WIDE_MAX_ZONES else LONG)
    title = style.schedule_title(meeting.number, meeting.kind, meeting.body)
    subtitle = style.schedule_subtitle(meeting.venue, meeting.start, meeting.end)

    venue_items = [times.venue for times in schedule.sittings]
    venue_labels = _labels(venue_items, style)
    venue_heading = style.venue_time(meeting.venue)
    if len(venue_labels) == 1:
        venue_heading += bracketed(next(iter(venue_labels)), style)

    # The venue's zone asked for (the default) is the venue column itself, with its comfort
    # class, not a second column under its IANA name (issue 10, point 14).
    venue_asked = meeting.timezone in schedule.zones

    def venue_cell(times, inline: bool = False) -> Cell:
        text = style.format_time_range(times.sitting.start, times.sitting.end, clock)
        label = "" if len(venue_labels) == 1 else _offset_label(times.venue, style)
        if inline and label:
            return Cell(text + bracketed(label, style))
        comfort = times.venue.comfort if venue_asked and not inline else None
        return Cell(text, label, comfort, comfort_text=style.comfort_word(comfort) if comfort else "")

    def zone_cell(times, zone: str, constant: bool) -> Cell:
        item = times.in_zone(zone)
        details = [] if constant else [_offset_label(item, style)]
        if item.crosses_midnight:
            details.append(style.crosses_midnight())
        return Cell(local_text(item, times.sitting.date, clock, style, mark=False),
                    style.PUNCTUATION["semicolon"].join(details),
                    item.comfort, day_mark(item.day_shift), style.comfort_word(item.comfort))

    rows: list[tuple[Cell, ...]] = []
    if layout == WIDE:
        zones = [z for z in schedule.zones if z != meeting.timezone]
        constant = {z: len(_labels([t.in_zone(z) for t in schedule.sittings], style)) == 1 for z in zones}
        headings = []
        for zone in zones:
            typed = dict(schedule.typed).get(zone)
            if zone in ("UTC", "Etc/UTC"):
                headings.append(zone)
            elif constant[zone] and schedule.sittings:
                first = schedule.sittings[0].in_zone(zone)
                offset = style.zone_time_label(first.abbreviation, first.utc_offset)
                headings.append(typed + bracketed(zone + style.PUNCTUATION["semicolon"] + offset, style) if typed
                                else zone + bracketed(offset, style))
            else:
                headings.append(schedule.zone_label(zone))
        columns = (style.schedule_column("date"), venue_heading, *headings)
        previous = None
        for times in schedule.sittings:
            day = times.sitting.date
            date_cell = Cell(style.format_date(day, weekday=True) if day != previous else "")
            previous = day
            rows.append((date_cell, venue_cell(times),
                         *(zone_cell(times, zone, constant[zone]) for zone in zones)))
    else:
        columns = (style.schedule_column("zone"), style.schedule_column("date"), venue_heading,
                   *(style.schedule_column(key) for key in ("local", "day", "offset", "comfort")))
        dates = [style.format_date(times.sitting.date, weekday=True) for times in schedule.sittings]
        venue_texts = [venue_cell(times, inline=True).text for times in schedule.sittings]
        for zone in schedule.zones:
            for index, times in enumerate(schedule.sittings):
                item = times.in_zone(zone)
                local = local_text(item, times.sitting.date, clock, style, mark=False)
                if item.crosses_midnight:
                    local += bracketed(style.crosses_midnight(), style)
                rows.append((
                    Cell(schedule.zone_label(zone) if index == 0 else ""),
                    Cell(dates[index]),
                    Cell(venue_texts[index]),
                    Cell(local, comfort=item.comfort, comfort_text=style.comfort_word(item.comfort)),
                    Cell(day_mark(item.day_shift)),
                    Cell(_offset_label(item, style)),
                    Cell(style.comfort_word(item.comfort), comfort=item.comfort),
                ))
    headings = {}
    if layout != WIDE:
        headings = {(dates[index], venue_texts[index]): style.sitting_heading(dates[index], venue_texts[index],
                                                                               venue_heading)
                    for index in range(len(schedule.sittings))}
    notes = tuple(style.offset_note(note) for note in schedule.notes)
    return ScheduleView(title, subtitle, layout, columns, tuple(rows), notes, legend(schedule, style),
                        sitting_headings=headings)


__all__ = ["Cell", "ScheduleView", "build_view", "day_mark", "local_text", "legend"]
