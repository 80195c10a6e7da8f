"""Spanish: the calendar file's texts and the local-time schedule: offsets and their notes,
zone labels, comfort words."""

from __future__ import annotations

from datetime import date, time, timedelta

from egmplan.style import cldr
from egmplan.style.en import offset_display, zone_time_label  # the same in Spanish
from egmplan.style.es.grammar import LANGUAGE
from egmplan.style.es.dates import _figure, format_date, format_date_range, format_date_span_text, format_time_range
from egmplan.style.es.agenda import _cite, meeting_phrase, venue_time


# --- the calendar ------------------------------------------------------------------------

def items_phrase(numbers: list[str]) -> str:
    """``tema 2``, ``temas 2, 3 y 4``; "" for none."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"tema {_cite(numbers[0])}"
    return f"temas {cldr.join_and([_cite(n) for n in numbers], LANGUAGE)}"


def calendar_sitting_line(day: date, start: time, end: time, clock: str, venue: str) -> str:
    """``martes 6 de abril de 2021, 10.00 a 13.00 horas (hora de Viena)``."""
    return f"{format_date(day, weekday=True)}, {format_time_range(start, end, clock)} ({venue_time(venue)})"


def calendar_item_line(number: str, title: str, track: str | None) -> str:
    """``Tema 2: Examen …``, ``Grupo B: Tema 3: …``."""
    where = f"{track}: " if track else ""
    return f"{where}Tema {_cite(number)}: {title}"


def calendar_location(venue: str, meeting_format: str) -> str:
    """``Viena``, ``Viena y en línea (reunión híbrida)``, ``En línea (sede: Viena)``."""
    if meeting_format == "hybrid":
        return f"{venue} y en línea (reunión híbrida)"
    if meeting_format == "online":
        return f"En línea (sede: {venue})" if venue else "En línea"
    return venue


def calendar_deadline_summary(label: str, meeting: str) -> str:
    """``Plazo: Inscripción de oradores (Grupo de Expertos, séptima reunión)``."""
    return f"Plazo: {label} ({meeting})"


# --- the local-time schedule -------------------------------------------------------------

_SCHEDULE_COLUMNS = {"date": "Fecha", "zone": "Huso horario", "local": "Hora local", "day": "Día",
                     "offset": "Diferencia", "comfort": "Comodidad"}


def schedule_title(number: int, kind: str, body: str) -> str:
    """``Grupo de Expertos …, séptima reunión``."""
    return f"{body}, {meeting_phrase(number, kind)}"


def schedule_subtitle(venue: str, start: date, end: date) -> str:
    return f"{venue}, {format_date_range(start, end)}: horario local de las sesiones"


def crosses_midnight() -> str:
    return "pasa de medianoche"


def schedule_column(key: str) -> str:
    return _SCHEDULE_COLUMNS[key]


def comfort_legend(bounds) -> str:
    b = bounds
    f = _figure
    return (f"Comodidad, hora local: trabajo {f(b.working_start)} a {f(b.working_end)}; "
            f"temprano o tarde {f(b.night_end)} a {f(b.working_start)} y "
            f"{f(b.working_end)} a {f(b.night_start)}; noche {f(b.night_start)} a {f(b.night_end)} horas. "
            "Una sesión toma la peor clase que toca.")


def _amount(delta: timedelta) -> str:
    minutes = abs(int(delta.total_seconds()) // 60)
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hora{'' if hours == 1 else 's'}")
    if rest:
        parts.append(f"{rest} minuto{'' if rest == 1 else 's'}")
    return " y ".join(parts)


def _side(delta: timedelta) -> str:
    return "más" if delta > timedelta(0) else "menos"


def _clock_change(change) -> str:
    """``Nueva York cambió la hora el 10 de marzo de 2019 (EST, UTC−5 → EDT, UTC−4)``."""
    before, after = change.before, change.after
    verb = "cambió" if change.past else "cambia"
    text = (f"{change.place} {verb} la hora el {format_date(after.date())} "
            f"({zone_time_label(before.tzname() or '', before.utcoffset())} → "
            f"{zone_time_label(after.tzname() or '', after.utcoffset())})")
    skipped = (after.date() - before.date()).days - 1
    if skipped == 1:
        text += f"; el {format_date(before.date() + timedelta(days=1))} no existe allí"
    elif skipped > 1:
        text += f"; {skipped} días no existen allí"
    elif after.date() < before.date():
        text += f"; el {format_date(after.date())} ocurre dos veces allí"
    return text


def _difference(delta: timedelta, venue: str) -> str:
    if not delta:
        return f"tiene la misma hora que {venue}" if venue else "la misma hora"
    where = f" que {venue}" if venue else ""
    return f"{'tiene ' if venue else ''}{_amount(delta)} {_side(delta)}{where}"


def offset_note(note) -> str:
    """``America/New_York tiene 5 horas menos que Viena del 27 al 29 de marzo de 2019, en
    lugar de la diferencia habitual (6 horas menos): Nueva York cambió la hora el …``."""
    if not note.usual:
        parts = [f"{_difference(delta, note.venue if n == 0 else '')} {format_date_span_text(a, b)}"
                 for n, (a, b, delta) in enumerate(note.spans)]
        text = f"{note.zone} " + ", y luego ".join(parts)
        if note.changes:
            text += ": " + "; ".join(_clock_change(c) for c in note.changes)
        return text + "."
    (first, last, delta), = note.spans
    usual = " o ".join(f"{_amount(d)} {_side(d)}" if d else "la misma hora" for d in note.usual)
    text = (f"{note.zone} {_difference(delta, note.venue)} {format_date_span_text(first, last)}, "
            f"en lugar de la diferencia habitual ({usual})")
    if note.changes:
        text += ": " + " y ".join(_clock_change(c) for c in note.changes)
    return text + "."


_COMFORT_WORDS = {"working": "trabajo", "early/late": "temprano o tarde", "night": "noche"}


def comfort_word(comfort: str) -> str:
    """A comfort class (``working``, ``early/late``, ``night``: planning.comfort's names, which
    JSON, CSV and CSS keep) as the schedule prints it: the words of comfort_legend. KeyError for another class."""
    return _COMFORT_WORDS[comfort]


def moment_range(start: str, end: str) -> str:
    """Two worded moments on different dates as one range (a sitting that crosses midnight
    in a participant's zone): ``7 de abril, 23.00 horas a 8 de abril, 2.00 horas``."""
    return f"{start} a {end}"


def summary_head(name: str) -> str:
    """What a calendar event's SUMMARY starts with before the items: ``Grupo de Expertos, séptima reunión: ``."""
    return f"{name}: "


def awake_count_label(comfort: str) -> str:
    """A row of the heat map's summary: the comfort class, then what its cells count
    (delegations, and delegates in brackets)."""
    return f"{comfort_word(comfort)}: delegaciones (delegados)"


def dated_time(day: str, time: str) -> str:
    """A time with the date it falls on, in a schedule's cell: ``7 de abril, 2.00 horas``."""
    return f"{day}, {time}"


def sitting_heading(day: str, time: str, zone_heading: str) -> str:
    """A sitting's heading in the long layout of a schedule (many zones): its date and the
    venue's time, then the column's heading; the spaced em dash (raya) of Spanish running text."""
    return f"{dated_time(day, time)} — {zone_heading}"
