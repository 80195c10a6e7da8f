"""French: the calendar file's texts and the local-time schedule: offsets and their notes,
zone labels, comfort words."""

from __future__ import annotations

from datetime import date, time, timedelta

from egmplan.style import cldr
from egmplan.style.en import offset_display, zone_time_label  # the same in French
from egmplan.style.fr.grammar import APOSTROPHE, LANGUAGE
from egmplan.style.fr.dates import RANGE, format_date, format_date_range, format_date_span_text, format_time, format_time_range
from egmplan.style.fr.agenda import _cite, meeting_phrase, venue_time


# --- the calendar ------------------------------------------------------------------------

def items_phrase(numbers: list[str]) -> str:
    """``point 2``, ``points 2, 3 et 4``; "" for none."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"point {_cite(numbers[0])}"
    return f"points {cldr.join_and([_cite(n) for n in numbers], LANGUAGE)}"


def calendar_sitting_line(day: date, start: time, end: time, clock: str, venue: str) -> str:
    """``mardi 6 avril 2021, 10 heures-13 heures (heure de Vienne)``."""
    return f"{format_date(day, weekday=True)}, {format_time_range(start, end, clock)} ({venue_time(venue)})"


def calendar_item_line(number: str, title: str, track: str | None) -> str:
    """``Point 2 : Examen …``, ``Groupe B : Point 3 : …``."""
    where = f"{track} : " if track else ""
    return f"{where}Point {_cite(number)} : {title}"


def calendar_location(venue: str, meeting_format: str) -> str:
    """``Vienne``, ``Vienne et en ligne (réunion hybride)``, ``En ligne (lieu : Vienne)``."""
    if meeting_format == "hybrid":
        return f"{venue} et en ligne (réunion hybride)"
    if meeting_format == "online":
        return f"En ligne (lieu : {venue})" if venue else "En ligne"
    return venue


def calendar_deadline_summary(label: str, meeting: str) -> str:
    """``Délai : Inscription des orateurs (Groupe d’experts, septième réunion)``."""
    return f"Délai : {label} ({meeting})"


# --- the local-time schedule -------------------------------------------------------------

_SCHEDULE_COLUMNS = {"date": "Date", "zone": "Fuseau horaire", "local": "Heure locale", "day": "Jour",
                     "offset": "Décalage", "comfort": "Confort"}


def schedule_title(number: int, kind: str, body: str) -> str:
    """``Groupe d’experts chargé …, septième réunion`` (no article to agree with the body)."""
    return f"{body}, {meeting_phrase(number, kind)}"


def schedule_subtitle(venue: str, start: date, end: date) -> str:
    return f"{venue}, {format_date_range(start, end)} : heures locales des séances"


def crosses_midnight() -> str:
    return "passe minuit"


def schedule_column(key: str) -> str:
    return _SCHEDULE_COLUMNS[key]


def comfort_legend(bounds) -> str:
    b = bounds
    t = format_time
    return (f"Confort, heure locale : travail {t(b.working_start)}{RANGE}{t(b.working_end)} ; "
            f"tôt ou tard {t(b.night_end)}{RANGE}{t(b.working_start)} et "
            f"{t(b.working_end)}{RANGE}{t(b.night_start)} ; nuit {t(b.night_start)}{RANGE}{t(b.night_end)}. "
            f"Une séance prend la pire classe qu{APOSTROPHE}elle touche.")


def _amount(delta: timedelta) -> str:
    minutes = abs(int(delta.total_seconds()) // 60)
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} heure{'s' if hours > 1 else ''}")
    if rest:
        parts.append(f"{rest} minute{'s' if rest > 1 else ''}")
    return " et ".join(parts)


def _side(delta: timedelta) -> str:
    return "d’avance" if delta > timedelta(0) else "de retard"


def _clock_change(change) -> str:
    """``New York a changé d’heure le 10 mars 2019 (EST, UTC−5 → EDT, UTC−4)``."""
    before, after = change.before, change.after
    verb = "a changé" if change.past else "change"
    text = (f"{change.place} {verb} d{APOSTROPHE}heure le {format_date(after.date())} "
            f"({zone_time_label(before.tzname() or '', before.utcoffset())} → "
            f"{zone_time_label(after.tzname() or '', after.utcoffset())})")
    skipped = (after.date() - before.date()).days - 1
    if skipped == 1:
        text += f" ; le {format_date(before.date() + timedelta(days=1))} n{APOSTROPHE}y existe pas"
    elif skipped > 1:
        text += f" ; {skipped} jours n{APOSTROPHE}y existent pas"
    elif after.date() < before.date():
        text += f" ; le {format_date(after.date())} y a lieu deux fois"
    return text


def _difference(delta: timedelta, venue: str) -> str:
    if not delta:
        return f"est à la même heure que {venue}" if venue else "à la même heure"
    where = f" sur {venue}" if venue else ""
    return f"{'a ' if venue else ''}{_amount(delta)} {_side(delta)}{where}"


def offset_note(note) -> str:
    """``America/New_York a 5 heures de retard sur Vienne du 27 au 29 mars 2019, au lieu de
    l’écart habituel (6 heures de retard) : New York a changé d’heure le 10 mars 2019 (…).``"""
    if not note.usual:
        parts = [f"{_difference(delta, note.venue if n == 0 else '')} {format_date_span_text(a, b)}"
                 for n, (a, b, delta) in enumerate(note.spans)]
        text = f"{note.zone} " + ", puis ".join(parts)
        if note.changes:
            text += " : " + " ; ".join(_clock_change(c) for c in note.changes)
        return text + "."
    (first, last, delta), = note.spans
    usual = " ou ".join(f"{_amount(d)} {_side(d)}" if d else "même heure" for d in note.usual)
    text = (f"{note.zone} {_difference(delta, note.venue)} {format_date_span_text(first, last)}, "
            f"au lieu de l{APOSTROPHE}écart habituel ({usual})")
    if note.changes:
        text += " : " + " et ".join(_clock_change(c) for c in note.changes)
    return text + "."


_COMFORT_WORDS = {"working": "travail", "early/late": "tôt ou tard", "night": "nuit"}


def comfort_word(comfort: str) -> str:
    """A comfort class (``working``, ``early/late``, ``night``: planning.comfort's names, which
    JSON, CSV and CSS keep) as the schedule prints it: the words of comfort_legend. KeyError for another class."""
    return _COMFORT_WORDS[comfort]


def moment_range(start: str, end: str) -> str:
    """Two worded moments on different dates as one range (a sitting that crosses midnight
    in a participant's zone): ``7 avril, 23 heures – 8 avril, 2 heures``."""
    return f"{start} \u2013 {end}"


def summary_head(name: str) -> str:
    """What a calendar event's SUMMARY starts with before the items: ``Groupe d’experts, septième réunion : `` (no-break space before the colon)."""
    return f"{name}\u00a0: "


def awake_count_label(comfort: str) -> str:
    """A row of the heat map's summary: the comfort class, then what its cells count
    (delegations, and delegates in brackets)."""
    return f"{comfort_word(comfort)}\u00a0: délégations (délégués)"


def dated_time(day: str, time: str) -> str:
    """A time with the date it falls on, in a schedule's cell: ``7 avril, 2 heures``."""
    return f"{day}, {time}"


def sitting_heading(day: str, time: str, zone_heading: str) -> str:
    """A sitting's heading in the long layout of a schedule (many zones): its date and the
    venue's time, then the column's heading; the spaced em dash of French running text."""
    return f"{dated_time(day, time)} — {zone_heading}"
