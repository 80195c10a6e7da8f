"""French: the agenda document: the organization of work, the agenda list, headings, the
masthead, the table's columns and the deadline lines."""

from __future__ import annotations

from datetime import date, time

from egmplan.style import cldr
from egmplan.style.en import capitalize_first, emphasis_parts  # the same in French
from egmplan.style.fr.grammar import APOSTROPHE, LANGUAGE, _elided, kind_word, ordinal_word, plural
from egmplan.style.fr.dates import format_date, format_date_range, format_time

CONTINUED = "(suite)"

_DISTRIBUTION = {"General": "générale", "Limited": "limitée", "Restricted": "restreinte"}
_LANGUAGE_CODES = {"Arabic": "ar", "Chinese": "zh", "English": "en", "French": "fr",
                   "Russian": "ru", "Spanish": "es"}


def meeting_phrase(number: int, kind: str) -> str:
    """``septième réunion``, ``sixième session`` (the ``{meeting}`` placeholder)."""
    return f"{ordinal_word(number)} {kind_word(kind)}"


def plenary_meetings(sittings: int, days: int) -> str:
    """``six séances plénières sur trois jours`` (the ``{plenary_meetings}`` placeholder)."""
    return (f"{plural(sittings, 'séance plénière', feminine=True)} sur "
            f"{plural(days, 'jour')}")


# --- the organization of work ------------------------------------------------------------

def continued_title(title: str, suffix: str) -> str:
    """``Ouverture de la réunion (suite)``."""
    return f"{title} {suffix}"


def item_label(number: str, letter: str | None) -> str:
    """The label of a line of the agenda list: ``1.``, and ``a)`` for a sub-item (UN Editorial
    Manual; CAC/COSP/IRG/2015/1)."""
    return f"{letter})" if letter else f"{number}."


# The colon takes a no-break space before it, as in the masthead's "Original : anglais" (the
# issue's given cell); the semicolon none, as in CAC/COSP/IRG/2015/1 ("a) Ouverture de la session;").
_AGENDA_MARKS = {"item": ".", "introduces": "\u00a0:", "sub": ";", "last_sub": "."}


def agenda_mark(position: str) -> str:
    """Final punctuation of a line of the agenda list, as in English (CAC/COSP/IRG/2015/1):
    ``item`` ".", ``introduces`` " :" (no-break space), ``sub`` ";", ``last_sub`` "."."""
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
    "organ": "Nations Unies",
    "title": "Ordre du jour provisoire",
    "title_annotated": "Ordre du jour provisoire annoté",
    "agenda": "Ordre du jour provisoire",
    "annotations": "Annotations",
    "documentation": "Documentation",
    "annex": "Annexe",
    "annex_title": f"Projet d{APOSTROPHE}organisation des travaux",
    "deadlines": "Délais",
    "plenary": "Plénière",
    "to_be_announced": "À annoncer",
    "schedule_notes": "Notes",
    "awake": "Qui est éveillé",
    "at_night": "La nuit",
    "sitting": "séance",
}


def heading(key: str) -> str:
    """A fixed heading of the agenda document (keys as in :func:`egmplan.style.en.heading`)."""
    return _HEADINGS[key]


def session_name(number: int, kind: str) -> str:
    """The session line: ``Sixième session``, ``Septième réunion``."""
    return capitalize_first(meeting_phrase(number, kind))


def meeting_name(short_body: str, number: int, kind: str) -> str:
    """``Groupe d’experts, septième réunion``."""
    return f"{short_body}, {meeting_phrase(number, kind)}"


def distribution_line(distribution: str) -> str:
    """``Distr. générale`` (``General``), ``Distr. limitée``, ``Distr. restreinte``."""
    return f"Distr. {_DISTRIBUTION.get(distribution, distribution)}"


def language_word(language: str) -> str:
    """CLDR's name of a language given by its English name: ``English`` -> ``anglais``."""
    code = _LANGUAGE_CODES.get(language)
    return cldr.language_name(LANGUAGE, code) if code else language


def original_line(language: str) -> str:
    """``Original : anglais`` (space before the colon, as French typography has it)."""
    return f"Original : {language_word(language)}"


def venue_dates(venue: str, start: date, end: date) -> str:
    """``Vienne, 1er-5 juin 2015`` (``venue`` is the meeting's translated venue)."""
    return f"{venue}, {format_date_range(start, end)}"


def table_columns(layout: str) -> tuple[str, ...]:
    """``Date et heure | Point de l’ordre du jour | Titre ou description`` (merged) or
    ``Date | Heure | Point | Titre ou description``."""
    if layout == "merged":
        return ("Date et heure", f"Point de l{APOSTROPHE}ordre du jour", "Titre ou description")
    return ("Date", "Heure", "Point", "Titre ou description")


# --- deadlines -----------------------------------------------------------------------------

def deadline_due(day: date, at: time | None, clock: str = "12h", cob: bool = False) -> str:
    """``mercredi 22 juillet 2020, 18 heures (fermeture des bureaux)``; all day: the date."""
    if at is None:
        return format_date(day, weekday=True)
    text = f"{format_date(day, weekday=True)}, {format_time(at, clock)}"
    return text + (" (fermeture des bureaux)" if cob else "")


def venue_time(venue: str) -> str:
    """``heure de Vienne``, ``heure d’Addis-Abeba``."""
    return f"heure {_elided('de', venue)}"


def deadline_line(label: str, due: str, venue: str | None) -> str:
    """``Inscription des orateurs : mercredi 22 juillet 2020, 18 heures (fermeture des
    bureaux), heure de Vienne``."""
    where = f", {venue_time(venue)}" if venue is not None else ""
    return f"{label} : {due}{where}"


def masthead_language() -> str:
    """The masthead's language line, printed under the date of issue in every version but the
    original: ``Français``."""
    return "Français"


def masthead_date(d: date) -> str:
    """The date of issue in the masthead (the masthead's date, as the text writes dates)."""
    return format_date(d)
