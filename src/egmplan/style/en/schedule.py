"""English: the calendar file's texts and the local-time schedule: offsets and their notes,
zone labels, comfort words."""

from __future__ import annotations

from datetime import date, time, timedelta

from egmplan.style.en.grammar import capitalize_first, ordinal_word
from egmplan.style.en.dates import EN_DASH, format_date, format_date_range, format_time_range


# --- the calendar ------------------------------------------------------------------------

def items_phrase(numbers: list[str]) -> str:
    """``item 2``, ``items 2, 3 and 4``; "" for none."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"item {numbers[0]}"
    return f"items {', '.join(numbers[:-1])} and {numbers[-1]}"


def calendar_sitting_line(day: date, start: time, end: time, clock: str, venue: str) -> str:
    """First line of a sitting's description: ``Tuesday, 6 April 2021, 10 a.m.–1 p.m. (Vienna time)``."""
    return f"{format_date(day, weekday=True)}, {format_time_range(start, end, clock)} ({venue} time)"


def calendar_item_line(number: str, title: str, track: str | None) -> str:
    """A row in a sitting's description: ``Item 2: Review …``, ``Track B: Item 3: …``."""
    where = f"{track}: " if track else ""
    return f"{where}Item {number}: {title}"


def calendar_location(venue: str, meeting_format: str) -> str:
    """Where a delegate goes: ``Vienna``, ``Vienna and online (hybrid meeting)``,
    ``Online (venue: Vienna)``."""
    if meeting_format == "hybrid":
        return f"{venue} and online (hybrid meeting)"
    if meeting_format == "online":
        return f"Online (venue: {venue})" if venue else "Online"
    return venue


def calendar_deadline_summary(label: str, meeting: str) -> str:
    """A deadline event's title: ``Deadline: Nomination of speakers (Expert Group, seventh meeting)``."""
    return f"Deadline: {label} ({meeting})"


# --- the local-time schedule -------------------------------------------------------------

_SCHEDULE_COLUMNS = {"date": "Date", "zone": "Zone", "local": "Local time", "day": "Day",
                     "offset": "Offset", "comfort": "Comfort"}


def schedule_title(number: int, kind: str, body: str) -> str:
    """``Seventh meeting of the Expert Group …``."""
    return capitalize_first(f"{ordinal_word(number)} {kind} of the {body}")


def schedule_subtitle(venue: str, start: date, end: date) -> str:
    """``Vienna, 6–8 April 2021: local times of the sittings``."""
    return f"{venue}, {format_date_range(start, end)}: local times of the sittings"


def crosses_midnight() -> str:
    return "crosses midnight"


def schedule_column(key: str) -> str:
    """A schedule column heading: ``date``, ``zone``, ``local``, ``day``, ``offset``, ``comfort``."""
    return _SCHEDULE_COLUMNS[key]


def comfort_legend(bounds) -> str:
    """The comfort classes' hours (``bounds``: working_start/end, night_start/end times)."""
    b = bounds
    return (f"Comfort, local time: working {b.working_start:%H:%M}–{b.working_end:%H:%M}; "
            f"early/late {b.night_end:%H:%M}–{b.working_start:%H:%M} and "
            f"{b.working_end:%H:%M}–{b.night_start:%H:%M}; night {b.night_start:%H:%M}–{b.night_end:%H:%M}. "
            "A sitting takes the worst class it touches.")


# --- offsets and offset notes (UN-STYLE T8) ------------------------------------------------

def offset_display(offset: timedelta) -> str:
    """T8: ``UTC+7``, ``UTC+5:45``, ``UTC−11`` (minus sign), ``UTC+0``."""
    total = int(offset.total_seconds()) // 60
    sign = "−" if total < 0 else "+"
    hours, minutes = divmod(abs(total), 60)
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


def zone_time_label(abbreviation: str, offset: timedelta) -> str:
    """``CEST, UTC+2``; numeric abbreviations (``+07``) add nothing, so ``UTC+7`` alone."""
    if abbreviation and abbreviation[0].isalpha() and abbreviation != "UTC":
        return f"{abbreviation}, {offset_display(offset)}"
    return offset_display(offset)


def _amount(delta: timedelta) -> str:
    minutes = abs(int(delta.total_seconds()) // 60)
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if rest:
        parts.append(f"{rest} minute{'s' if rest != 1 else ''}")
    return " ".join(parts)


def _relation(delta: timedelta, venue: str) -> str:
    """``5 hours behind Vienna``; without a venue (a later clause): ``6 hours behind``."""
    if not delta:
        return f"at the same time as {venue}" if venue else "at the same time"
    side = ("ahead of" if venue else "ahead") if delta > timedelta(0) else "behind"
    return f"{_amount(delta)} {side} {venue}".rstrip()


def _short_amount(delta: timedelta, reference: timedelta) -> str:
    """``6`` after "5 hours behind ... not the usual"; whole words when the side or unit differs."""
    if not delta:
        return "same time"
    same_side = (delta > timedelta(0)) == (reference > timedelta(0))
    whole = not int(delta.total_seconds()) % 3600 and not int(reference.total_seconds()) % 3600
    if same_side and whole and reference:
        return str(abs(int(delta.total_seconds())) // 3600)
    return f"{_amount(delta)} {'ahead' if delta > timedelta(0) else 'behind'}"


def _clock_change(change) -> str:
    """``New York changed its clocks on 10 March 2019 (EST, UTC−5 → EDT, UTC−4)``."""
    before, after = change.before, change.after
    verb = "changed" if change.past else "changes"
    text = (f"{change.place} {verb} its clocks on {format_date(after.date())} "
            f"({zone_time_label(before.tzname() or '', before.utcoffset())} → "
            f"{zone_time_label(after.tzname() or '', after.utcoffset())})")
    skipped = (after.date() - before.date()).days - 1
    if skipped == 1:
        text += f"; {format_date(before.date() + timedelta(days=1))} does not exist there"
    elif skipped > 1:
        text += f"; {skipped} days do not exist there"
    elif after.date() < before.date():
        text += f"; {format_date(after.date())} happens twice there"
    return text


def offset_note(note) -> str:
    """A note of :func:`egmplan.planning.offset_notes.offset_notes` in words:
    ``America/New_York is 5 hours behind Vienna on 27–29 March 2019, not the usual 6: …``, or
    ``… is 6 hours behind Vienna on 6 April 2021, then 5 on 7–8 April 2021: …``."""
    if not note.usual:
        parts = [f"{_relation(delta, note.venue if n == 0 else '')} on {format_date_range(a, b)}"
                 for n, (a, b, delta) in enumerate(note.spans)]
        text = f"{note.zone} is " + ", then ".join(parts)
        if note.changes:
            text += ": " + "; ".join(_clock_change(c) for c in note.changes)
        return text + "."
    (first, last, delta), = note.spans
    usual_text = " or ".join(_short_amount(d, delta) for d in note.usual)
    text = (f"{note.zone} is {_relation(delta, note.venue)} on {format_date_range(first, last)}, "
            f"not the usual {usual_text}")
    if note.changes:
        text += ": " + " and ".join(_clock_change(c) for c in note.changes)
    return text + "."


_COMFORT_WORDS = {"working": "working", "early/late": "early/late", "night": "night"}


def comfort_word(comfort: str) -> str:
    """A comfort class (``working``, ``early/late``, ``night``: planning.comfort's names, which
    JSON, CSV and CSS keep) as the schedule prints it: the words of comfort_legend. KeyError for another class."""
    return _COMFORT_WORDS[comfort]


def moment_range(start: str, end: str) -> str:
    """Two worded moments on different dates as one range (a sitting that crosses midnight
    in a participant's zone): ``7 April, 11 p.m.–8 April, 2 a.m.``."""
    return f"{start}{EN_DASH}{end}"


def summary_head(name: str) -> str:
    """What a calendar event's SUMMARY starts with before the items: ``Expert Group, seventh meeting: ``."""
    return f"{name}: "


def awake_count_label(comfort: str) -> str:
    """A row of the heat map's summary: the comfort class, then what its cells count
    (delegations, and delegates in brackets)."""
    return f"{comfort_word(comfort)}: delegations (delegates)"


def dated_time(day: str, time: str) -> str:
    """A time with the date it falls on, in a schedule's cell: ``7 April, 2 a.m.``."""
    return f"{day}, {time}"


def sitting_heading(day: str, time: str, zone_heading: str) -> str:
    """A sitting's heading in the long layout of a schedule (many zones): its date and the
    venue's time, then the column's heading; ``Tuesday, 6 April 2021, 10 a.m.–1 p.m. — Vienna time``."""
    return f"{dated_time(day, time)} — {zone_heading}"
