"""Russian: the agenda document: the organization of work, the agenda list, headings, the
masthead, the table's columns and the deadline lines."""

from __future__ import annotations

from datetime import date, time

from egmplan.style.ru.grammar import _kind, capitalize_first, ordinal_word, plural
from egmplan.style.ru.dates import format_date, format_date_range, format_time

CONTINUED = "(продолжение)"


# --- the organization of work ------------------------------------------------------------

def continued_title(title: str, suffix: str) -> str:
    """``Открытие совещания (продолжение)``."""
    return f"{title} {suffix}"


def emphasis_parts(suffix: str) -> tuple[str, str, str]:
    """``(``, ``продолжение``, ``)``: the word tables set in italics."""
    if len(suffix) > 2 and suffix[0] == "(" and suffix[-1] == ")" and "\n" not in suffix:
        return "(", suffix[1:-1], ")"
    return suffix, "", ""


# --- the agenda list ---------------------------------------------------------------------

def item_label(number: str, letter: str | None) -> str:
    """``1.`` for an item, ``a)`` for a sub-item (Latin letters, closing bracket only)."""
    return f"{letter})" if letter else f"{number}."


_MARKS = {"item": "", "introduces": ":", "sub": ";", "last_sub": ""}


def agenda_mark(position: str) -> str:
    """Final punctuation of a line of the agenda list; Russian ends none with a full stop:
    ``item`` "", ``introduces`` (an item with sub-items) ":", ``sub`` ";", ``last_sub`` ""."""
    return _MARKS[position]


def agenda_title(title: str, level: int) -> str:
    """A sub-item starts in lower case (``a) открытие совещания;``); an abbreviation
    (``ЮНОДК``, two capitals) is kept."""
    if level > 1 and len(title) > 1 and title[0].isupper() and not title[1].isupper():
        return title[0].lower() + title[1:]
    return title


def item_reference(number: str, letter: str | None) -> str:
    """An item as a table or a sentence cites it: ``2``, ``1 a)``."""
    return f"{number} {letter})" if letter else number


def meeting_phrase(number: int, kind: str) -> str:
    """The ``{meeting}`` placeholder: ``седьмое совещание``, ``шестая сессия`` (nominative)."""
    word, gender = _kind(kind)
    return f"{ordinal_word(number, gender)} {word}"


def plenary_meetings(sittings: int, days: int) -> str:
    """The ``{plenary_meetings}`` placeholder: ``шесть пленарных заседаний за три дня``."""
    return f"{plural(sittings, 'plenary meeting')} за {plural(days, 'day')}"


# --- the document: headings, masthead, table ---------------------------------------------

_HEADINGS = {
    "organ": "Организация Объединенных Наций",
    "title": "Предварительная повестка дня",
    "title_annotated": "Аннотированная предварительная повестка дня",
    "agenda": "Предварительная повестка дня",
    "annotations": "Аннотации",
    "documentation": "Документация",
    "annex": "Приложение",
    "annex_title": "Предлагаемая организация работы",
    "deadlines": "Сроки",
    "plenary": "Пленарные заседания",
    "to_be_announced": "Будет объявлено дополнительно",
    "schedule_notes": "Примечания",
    "awake": "Кто бодрствует",
    "at_night": "Ночью",
    "sitting": "заседание",
}


def heading(key: str) -> str:
    """A fixed heading of the agenda document (the keys of ``style/en/agenda.py``). KeyError otherwise."""
    return _HEADINGS[key]


def session_name(number: int, kind: str) -> str:
    """``Шестая сессия``, ``Седьмое совещание``."""
    word, gender = _kind(kind)
    return capitalize_first(f"{ordinal_word(number, gender)} {word}")


def meeting_name(short_body: str, number: int, kind: str) -> str:
    """``Группа экспертов, седьмое совещание``."""
    word, gender = _kind(kind)
    return f"{short_body}, {ordinal_word(number, gender)} {word}"


def distribution_line(distribution: str) -> str:
    """The masthead stays in English in Russian documents: ``Distr.: General``."""
    return f"Distr.: {distribution}"


def original_line(language: str) -> str:
    """``Original: English`` (in English, as the Russian masthead prints it)."""
    return f"Original: {language}"


def venue_dates(venue: str, start: date, end: date) -> str:
    """``Вена, 1-5 июня 2015 года``."""
    return f"{venue}, {format_date_range(start, end)}"


def table_columns(layout: str) -> tuple[str, ...]:
    """``merged``: Дата и время | Пункт повестки дня | Название или описание;
    ``separate``: Дата | Время | Пункт | Название или описание."""
    if layout == "merged":
        return ("Дата и время", "Пункт повестки дня", "Название или описание")
    return ("Дата", "Время", "Пункт", "Название или описание")


# --- deadlines -----------------------------------------------------------------------------

def deadline_due(day: date, at: time | None, clock: str = "12h", cob: bool = False) -> str:
    """``среда, 22 июля 2020 года, 18 ч. 00 м. (конец рабочего дня)``; all day: the date."""
    if at is None:
        return format_date(day, weekday=True)
    text = f"{format_date(day, weekday=True)}, {format_time(at, clock)}"
    return text + (" (конец рабочего дня)" if cob else "")


def deadline_line(label: str, due: str, venue: str | None) -> str:
    """``Представление списка ораторов: среда, …, 18 ч. 00 м. (конец рабочего дня), по местному
    времени (Вена)``."""
    where = f", по местному времени ({venue})" if venue is not None else ""
    return f"{label}: {due}{where}"


def venue_time(venue: str) -> str:
    return f"местное время ({venue})"


def masthead_language() -> str:
    """The masthead's language line, printed under the date of issue in every version but the
    original: ``Russian``."""
    return "Russian"


def masthead_date(d: date) -> str:
    """The date of issue in the masthead (the masthead of UN Russian, Chinese and Arabic documents stays in English, its date too)."""
    from egmplan.style.en import format_date as english_date

    return english_date(d)


def _cite(number: str) -> str:
    """An item number as the model writes it ("1 (a)") cited in Russian ("1 a)")."""
    from egmplan.model import cited_number

    parts = cited_number(number)
    return item_reference(*parts) if parts else number
