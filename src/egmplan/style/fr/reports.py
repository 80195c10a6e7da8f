"""French: the planning commands' reports (orgwork plan, deadlines, who is awake, suggest,
connections) and the changes between two drafts (egmplan diff); the long texts are
imported only by the commands that print them."""

from __future__ import annotations

from datetime import date, time

from egmplan.style import cldr
from egmplan.style.fr.grammar import APOSTROPHE, LANGUAGE
from egmplan.style.fr.dates import format_date, format_time
from egmplan.style.fr.agenda import venue_time


# --- reports of the planning commands ----------------------------------------------------

def plan_columns() -> tuple[str, ...]:
    return ("Date", "Heure", "Point", "Titre", "Minutes")


def plan_time_left() -> str:
    return "Temps restant :"


def deadline_columns(venue: str, zone: str | None) -> tuple[str, ...]:
    """``Objet``, ``Échéance (heure de Vienne)``, ``À Asia/Tokyo``."""
    return ("Objet", f"Échéance ({venue_time(venue)})") + ((f"À {zone}",) if zone else ())


def deadline_all_day_note() -> str:
    return " (toute la journée, date du lieu de réunion)"


def no_deadlines(meeting_id: str) -> str:
    return f"{meeting_id} ne fixe aucun délai"


def deadlines_heading(meeting_id: str, venue: str, zone: str, close_of_business: time) -> str:
    """``Délais de ID (Vienne, Europe/Vienna ; fermeture des bureaux à 18 heures au lieu de réunion)``."""
    return (f"Délais de {meeting_id} ({venue}, {zone} ; fermeture des bureaux à "
            f"{format_time(close_of_business)} au lieu de réunion)")


def awake_title(participants: int, meeting_id: str) -> str:
    return f"Qui est éveillé : {participants} participants à chaque séance de {meeting_id}, heure locale"


def awake_table_title(participants: int) -> str:
    return f"Qui est éveillé : {participants} participants, délégations (délégués) par classe de confort"


def awake_columns() -> tuple[str, ...]:
    return ("Date", "Séance")


def awake_night_line(day: str, sitting: str, count: int, names: str) -> str:
    """``La nuit, mardi 6 avril 2021, 10 heures-13 heures (2) : Fidji, Samoa``."""
    return f"La nuit, {day}, {sitting} ({count}) : {names}"


def notes_heading() -> str:
    return "Notes :"


def plan_heading(meeting_id: str, min_split: int) -> str:
    return (f"Organisation des travaux planifiée pour {meeting_id} d{APOSTROPHE}après estimated_minutes "
            f"(un point de moins de {min_split} minutes n{APOSTROPHE}est jamais scindé)")


def plan_time_left_line(day: date, times: str, minutes: int) -> str:
    """``mardi 6 avril 2021, 15 heures-18 heures : 20 minutes``."""
    return f"{format_date(day, weekday=True)}, {times} : {minutes} minute{'s' if minutes > 1 else ''}"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n > 1 else ''}"


def plan_summary(meeting_id: str, used: int, capacity: int, taken: int, sittings: int, days: int,
                 split: list[str]) -> str:
    """``ID : 1 020 minutes planifiées sur 1 080 en 6 séances sur 6, sur 3 jours, 60 restantes ;
    réparti sur plusieurs séances : 2, 3.``"""
    g = lambda n: cldr.grouped(n, LANGUAGE)  # noqa: E731
    text = (f"{meeting_id} : {g(used)} minutes planifiées sur {g(capacity)} en {_count(taken, 'séance')} "
            f"sur {sittings}, sur {_count(days, 'jour')}, {g(capacity - used)} restantes")
    if split:
        text += f" ; réparti sur plusieurs séances : {', '.join(split)}"
    return text + "."


def suggestion_report(meeting, suggestion, **options) -> str:
    """The report of ``egmplan suggest`` in French (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import suggestion_report as report

    return report(sys.modules[__package__], meeting, suggestion, **options)


def connections_report(meeting, result) -> str:
    """The report of ``egmplan connections`` in French (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import connections_report as report

    return report(sys.modules[__package__], meeting, result)


# --- the changes between two drafts ------------------------------------------------------

def change_wording(clock: str, markdown: bool, user):
    """The sentences of ``egmplan diff`` in French (:mod:`egmplan.style.changes_words`)."""
    import sys

    from egmplan.style.changes_words import LocalChangeWording

    return LocalChangeWording(sys.modules[__package__], clock, markdown, user)
