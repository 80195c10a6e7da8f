"""Spanish: the agenda document: the organization of work, the agenda list, headings, the
masthead, the table's columns and the deadline lines."""

from __future__ import annotations

from datetime import date, time

from egmplan.style import cldr
from egmplan.style.en import capitalize_first, emphasis_parts  # the same in Spanish
from egmplan.style.es.grammar import LANGUAGE, _feminine, kind_word, ordinal_word, plural
from egmplan.style.es.dates import format_date, format_date_range, format_time

CONTINUED = "(continuación)"

_DISTRIBUTION = {"General": "general", "Limited": "limitada", "Restricted": "reservada"}
_LANGUAGE_CODES = {"Arabic": "ar", "Chinese": "zh", "English": "en", "French": "fr",
                   "Russian": "ru", "Spanish": "es"}


def meeting_phrase(number: int, kind: str) -> str:
    """``séptima reunión``, ``sexto período de sesiones``, ``primer período de sesiones``."""
    feminine = _feminine(kind)
    return f"{ordinal_word(number, feminine=feminine, before_noun=True)} {kind_word(kind)}"


def plenary_meetings(sittings: int, days: int) -> str:
    """``seis sesiones plenarias en tres días`` (the ``{plenary_meetings}`` placeholder)."""
    return f"{plural(sittings, 'sesión plenaria', feminine=True)} en {plural(days, 'día')}"


# --- the organization of work ------------------------------------------------------------

def continued_title(title: str, suffix: str) -> str:
    """``Apertura de la reunión (continuación)``."""
    return f"{title} {suffix}"


def item_label(number: str, letter: str | None) -> str:
    """The label of a line of the agenda list: ``1.``, and ``a)`` for a sub-item (UN Editorial
    Manual; FCCC/KP/CMP/2017/1)."""
    return f"{letter})" if letter else f"{number}."


_AGENDA_MARKS = {"item": ".", "introduces": ":", "sub": ";", "last_sub": "."}


def agenda_mark(position: str) -> str:
    """Final punctuation of a line of the agenda list, as in English (FCCC/KP/CMP/2017/1):
    ``item`` ".", ``introduces`` ":", ``sub`` ";", ``last_sub`` "."."""
    return _AGENDA_MARKS[position]


def agenda_title(title: str, level: int) -> str:
    """A title as the agenda list prints it: unchanged (sub-items keep their capital)."""
    return title


def item_reference(number: str, letter: str | None) -> str:
    """An item as a table or a sentence cites it: ``2``, ``1 a)``."""
    return f"{number} {letter})" if letter else number


def _cite(number: str) -> str:
    """An item number as the model writes it ("1 (a)") cited in this language ("1 a)")."""
    from egmplan.model import cited_number

    parts = cited_number(number)
    return item_reference(*parts) if parts else number


# --- the document: headings, masthead, table ---------------------------------------------

_HEADINGS = {
    "organ": "Naciones Unidas",
    "title": "Programa provisional",
    "title_annotated": "Programa provisional anotado",
    "agenda": "Programa provisional",
    "annotations": "Anotaciones",
    "documentation": "Documentación",
    "annex": "Anexo",
    "annex_title": "Propuesta de organización de los trabajos",
    "deadlines": "Plazos",
    "plenary": "Plenaria",
    "to_be_announced": "Por anunciar",
    "schedule_notes": "Notas",
    "awake": "Quién está despierto",
    "at_night": "De noche",
    "sitting": "sesión",
}


def heading(key: str) -> str:
    """A fixed heading of the agenda document (keys as in :func:`egmplan.style.en.heading`)."""
    return _HEADINGS[key]


def session_name(number: int, kind: str) -> str:
    """The session line: ``Sexto período de sesiones``, ``Séptima reunión``."""
    return capitalize_first(meeting_phrase(number, kind))


def meeting_name(short_body: str, number: int, kind: str) -> str:
    """``Grupo de Expertos, séptima reunión``."""
    return f"{short_body}, {meeting_phrase(number, kind)}"


def distribution_line(distribution: str) -> str:
    """``Distr. general`` (``General``), ``Distr. limitada``, ``Distr. reservada``."""
    return f"Distr. {_DISTRIBUTION.get(distribution, distribution)}"


def language_word(language: str) -> str:
    """CLDR's name of a language given by its English name: ``English`` -> ``inglés``."""
    code = _LANGUAGE_CODES.get(language)
    return cldr.language_name(LANGUAGE, code) if code else language


def original_line(language: str) -> str:
    """``Original: inglés``."""
    return f"Original: {language_word(language)}"


def venue_dates(venue: str, start: date, end: date) -> str:
    """``Viena, 1 a 5 de junio de 2015`` (``venue`` is the meeting's translated venue)."""
    return f"{venue}, {format_date_range(start, end)}"


def table_columns(layout: str) -> tuple[str, ...]:
    """``Fecha y hora | Tema del programa | Título o descripción`` (merged) or
    ``Fecha | Hora | Tema | Título o descripción``."""
    if layout == "merged":
        return ("Fecha y hora", "Tema del programa", "Título o descripción")
    return ("Fecha", "Hora", "Tema", "Título o descripción")


# --- deadlines -----------------------------------------------------------------------------

def deadline_due(day: date, at: time | None, clock: str = "12h", cob: bool = False) -> str:
    """``miércoles 22 de julio de 2020, 18.00 horas (cierre de la jornada laboral)``; all day: the date."""
    if at is None:
        return format_date(day, weekday=True)
    text = f"{format_date(day, weekday=True)}, {format_time(at, clock)}"
    return text + (" (cierre de la jornada laboral)" if cob else "")


def venue_time(venue: str) -> str:
    """``hora de Viena``."""
    return f"hora de {venue}"


def deadline_line(label: str, due: str, venue: str | None) -> str:
    """``Inscripción de oradores: miércoles 22 de julio de 2020, 18.00 horas (…), hora de Viena``."""
    where = f", {venue_time(venue)}" if venue is not None else ""
    return f"{label}: {due}{where}"


def masthead_language() -> str:
    """The masthead's language line, printed under the date of issue in every version but the
    original: ``Español``."""
    return "Español"


def masthead_date(d: date) -> str:
    """The date of issue in the masthead (the masthead's date, as the text writes dates)."""
    return format_date(d)
