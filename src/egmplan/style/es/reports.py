"""Spanish: the planning commands' reports (orgwork plan, deadlines, who is awake, suggest,
connections) and the changes between two drafts (egmplan diff); the long texts are
imported only by the commands that print them."""

from __future__ import annotations

from datetime import date, time

from egmplan.style import cldr
from egmplan.style.es.grammar import LANGUAGE
from egmplan.style.es.dates import format_date, format_time
from egmplan.style.es.agenda import venue_time


# --- reports of the planning commands ----------------------------------------------------

def plan_columns() -> tuple[str, ...]:
    return ("Fecha", "Hora", "Tema", "Título", "Minutos")


def plan_time_left() -> str:
    return "Tiempo restante:"


def deadline_columns(venue: str, zone: str | None) -> tuple[str, ...]:
    """``Asunto``, ``Vence (hora de Viena)``, ``En Asia/Tokyo``."""
    return ("Asunto", f"Vence ({venue_time(venue)})") + ((f"En {zone}",) if zone else ())


def deadline_all_day_note() -> str:
    return " (todo el día, fecha de la sede)"


def no_deadlines(meeting_id: str) -> str:
    return f"{meeting_id} no fija ningún plazo"


def deadlines_heading(meeting_id: str, venue: str, zone: str, close_of_business: time) -> str:
    """``Plazos de ID (Viena, Europe/Vienna; cierre de la jornada laboral a las 18.00 horas en la sede)``."""
    return (f"Plazos de {meeting_id} ({venue}, {zone}; cierre de la jornada laboral a las "
            f"{format_time(close_of_business)} en la sede)")


def awake_title(participants: int, meeting_id: str) -> str:
    return f"Quién está despierto: {participants} participantes en cada sesión de {meeting_id}, hora local"


def awake_table_title(participants: int) -> str:
    return f"Quién está despierto: {participants} participantes, delegaciones (delegados) por clase de comodidad"


def awake_columns() -> tuple[str, ...]:
    return ("Fecha", "Sesión")


def awake_night_line(day: str, sitting: str, count: int, names: str) -> str:
    """``De noche, martes 6 de abril de 2021, 10.00 a 13.00 horas (2): Fiji, Samoa``."""
    return f"De noche, {day}, {sitting} ({count}): {names}"


def notes_heading() -> str:
    return "Notas:"


def plan_heading(meeting_id: str, min_split: int) -> str:
    return (f"Organización de los trabajos planificada para {meeting_id} a partir de estimated_minutes "
            f"(un tema de menos de {min_split} minutos nunca se divide)")


def plan_time_left_line(day: date, times: str, minutes: int) -> str:
    """``martes 6 de abril de 2021, 15.00 a 18.00 horas: 20 minutos``."""
    return f"{format_date(day, weekday=True)}, {times}: {minutes} minuto{'' if minutes == 1 else 's'}"


def _count(n: int, singular: str, plural_form: str) -> str:
    return f"{n} {singular if n == 1 else plural_form}"


def plan_summary(meeting_id: str, used: int, capacity: int, taken: int, sittings: int, days: int,
                 split: list[str]) -> str:
    """``ID: 1020 de 1080 minutos planificados en 6 sesiones de 6, en 3 días, quedan 60;
    divididos en varias sesiones: 2, 3.``"""
    g = lambda n: cldr.grouped(n, LANGUAGE)  # noqa: E731
    text = (f"{meeting_id}: {g(used)} de {g(capacity)} minutos planificados en "
            f"{_count(taken, 'sesión', 'sesiones')} de {sittings}, en {_count(days, 'día', 'días')}, "
            f"quedan {g(capacity - used)}")
    if split:
        text += f"; divididos en varias sesiones: {', '.join(split)}"
    return text + "."


def suggestion_report(meeting, suggestion, **options) -> str:
    """The report of ``egmplan suggest`` in Spanish (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import suggestion_report as report

    return report(sys.modules[__package__], meeting, suggestion, **options)


def connections_report(meeting, result) -> str:
    """The report of ``egmplan connections`` in Spanish (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import connections_report as report

    return report(sys.modules[__package__], meeting, result)


# --- the changes between two drafts ------------------------------------------------------

def change_wording(clock: str, markdown: bool, user):
    """The sentences of ``egmplan diff`` in Spanish (:mod:`egmplan.style.changes_words`)."""
    import sys

    from egmplan.style.changes_words import LocalChangeWording

    return LocalChangeWording(sys.modules[__package__], clock, markdown, user)
