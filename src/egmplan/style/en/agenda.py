"""English: the agenda document: the organization of work, the agenda list, headings, the
masthead, the table's columns and the deadline lines."""

from __future__ import annotations

from datetime import date, time

from egmplan.style.en.grammar import capitalize_first, ordinal_word, plural
from egmplan.style.en.dates import format_date, format_date_range, format_time

CONTINUED = "(continued)"


# --- the organization of work ------------------------------------------------------------

def continued_title(title: str, suffix: str) -> str:
    """A continued row's printed title: the title, a space, the meeting's ``style.continued``
    (``Opening of the meeting (continued)``; UN-STYLE W6)."""
    return f"{title} {suffix}"


def emphasis_parts(suffix: str) -> tuple[str, str, str]:
    """``(lead, word, tail)`` of the continued suffix, the word being what tables set in
    italics (``(``, ``continued``, ``)``; UNODC/CCPCJ/EG.4/2017/1). A suffix not in
    brackets has no italic word: ``(suffix, "", "")``."""
    if len(suffix) > 2 and suffix[0] == "(" and suffix[-1] == ")" and "\n" not in suffix:
        return "(", suffix[1:-1], ")"
    return suffix, "", ""


# --- the agenda list and the placeholders of annotations ---------------------------------

def item_label(number: str, letter: str | None) -> str:
    """The label of a line of the agenda list (A1): ``1.`` for an item, ``(a)`` for a
    sub-item (``letter`` the sub-item's letter, None for an item)."""
    return f"({letter})" if letter else f"{number}."


_AGENDA_MARKS = {"item": ".", "introduces": ":", "sub": ";", "last_sub": "."}


def agenda_mark(position: str) -> str:
    """Final punctuation of a line of the agenda list (A2): ``item`` ".", ``introduces`` (an
    item with sub-items) ":", ``sub`` ";", ``last_sub`` ".". KeyError for another position."""
    return _AGENDA_MARKS[position]


def agenda_title(title: str, level: int) -> str:
    """A title as the agenda list prints it at ``level`` (1 item, 2 sub-item): unchanged in
    English (Russian starts a sub-item in lower case)."""
    return title


def item_reference(number: str, letter: str | None) -> str:
    """An item as a table or a sentence cites it: ``2``, ``1 (a)``."""
    return f"{number} ({letter})" if letter else number


def meeting_phrase(number: int, kind: str) -> str:
    """The ``{meeting}`` placeholder: ``seventh meeting``, ``thirtieth session`` (O1)."""
    return f"{ordinal_word(number)} {kind}"


def plenary_meetings(sittings: int, days: int) -> str:
    """The ``{plenary_meetings}`` placeholder: ``six plenary meetings over the course of three days``."""
    return f"{plural(sittings, 'plenary meeting')} over the course of {plural(days, 'day')}"


# --- the document: headings, masthead, table ---------------------------------------------

_HEADINGS = {
    "organ": "United Nations",
    "title": "Provisional agenda",
    "title_annotated": "Annotated provisional agenda",
    "agenda": "Provisional agenda",
    "annotations": "Annotations",
    "documentation": "Documentation",
    "annex": "Annex",
    "annex_title": "Proposed organization of work",
    "deadlines": "Deadlines",
    "plenary": "Plenary",
    "to_be_announced": "To be announced",
    "schedule_notes": "Notes",
    "awake": "Who is awake",
    "at_night": "At night",
    "sitting": "sitting",
}


def heading(key: str) -> str:
    """A fixed heading or word of the documents: ``organ``, ``title``, ``title_annotated``,
    ``agenda``, ``annotations``, ``documentation``, ``annex``, ``annex_title``, ``deadlines``
    (A/AC.291/11, UNODC/CCPCJ/EG.4/2021/1); ``plenary`` (the main body's lane heading in the
    annex of a meeting with parallel tracks); ``to_be_announced`` (the default of
    style.to_be_announced); the schedule page's ``schedule_notes``, ``awake`` and ``at_night``
    headings and ``sitting`` (lower case: "2021-04-06, sitting 1: Fiji"). KeyError for another key."""
    return _HEADINGS[key]


def session_name(number: int, kind: str) -> str:
    """The session line: ``Seventh meeting``, ``Sixty-fourth session`` (O1)."""
    return capitalize_first(f"{ordinal_word(number)} {kind}")


def meeting_name(short_body: str, number: int, kind: str) -> str:
    """A meeting in one line (calendar name): ``Expert Group, seventh meeting``."""
    return f"{short_body}, {ordinal_word(number)} {kind}"


def distribution_line(distribution: str) -> str:
    """Masthead: ``Distr.: General``."""
    return f"Distr.: {distribution}"


def original_line(language: str) -> str:
    """Masthead: ``Original: English``."""
    return f"Original: {language}"


def venue_dates(venue: str, start: date, end: date) -> str:
    """Masthead: ``Vienna, 6–8 April 2021`` (D4, D5)."""
    return f"{venue}, {format_date_range(start, end)}"


def table_columns(layout: str) -> tuple[str, ...]:
    """Header labels of the organization-of-work table: ``merged`` (W1: Date and time |
    Agenda item | Title or description) or ``separate`` (Date | Time | Item | Title or description)."""
    if layout == "merged":
        return ("Date and time", "Agenda item", "Title or description")
    return ("Date", "Time", "Item", "Title or description")


# --- deadlines -----------------------------------------------------------------------------

def deadline_due(day: date, at: time | None, clock: str = "12h", cob: bool = False) -> str:
    """When a deadline is due: ``Wednesday, 22 July 2020, 6 p.m. (close of business)``
    (``cob``), ``Wednesday, 22 July 2020, 3 p.m.``, all day ``Monday, 1 June 2020``."""
    if at is None:
        return format_date(day, weekday=True)
    text = f"{format_date(day, weekday=True)}, {format_time(at, clock)}"
    return text + (" (close of business)" if cob else "")


def deadline_line(label: str, due: str, venue: str | None) -> str:
    """A deadline in the agenda document: ``Nomination of speakers: Wednesday, 22 July 2020,
    6 p.m. (close of business), Vienna time``; ``venue`` None for an all-day deadline."""
    where = f", {venue} time" if venue is not None else ""
    return f"{label}: {due}{where}"


def venue_time(venue: str) -> str:
    """``Vienna time``."""
    return f"{venue} time"


def masthead_language() -> str:
    """The masthead's language line, printed under the date of issue in every version but the
    original: ``English``."""
    return "English"


def masthead_date(d: date) -> str:
    """The date of issue in the masthead (the masthead's date, as the text writes dates)."""
    return format_date(d)
