"""Russian: the site's pages, the workplan, and the history of a body's meetings."""

from __future__ import annotations

from datetime import date

from egmplan.style import cldr
from egmplan.style.en import roman  # the same in Russian
from egmplan.style.ru.grammar import LANGUAGE, _kind, ordinal_word
from egmplan.style.ru.dates import EN_DASH, format_date, format_date_range, format_date_span_text
from egmplan.style.ru.agenda import _HEADINGS, _cite, meeting_phrase, session_name


# --- the history of a body's meetings ----------------------------------------------------

def _held(entry) -> str:
    where = f" в городе {entry.venue}" if entry.venue else ""
    return f"состоялось{where} {format_date_span_text(entry.start, entry.end)}"


def history_sentence(entry, short_body: str) -> str:
    """``Первое совещание Группы экспертов …`` would decline the body's name; the body is
    named in the nominative after a colon: ``Группа экспертов: первое совещание состоялось
    в городе Вена с 17 по 21 января 2011 года.`` A postponed meeting: ``… первоначально
    планировалось провести с 6 по 8 апреля 2020 года; оно состоялось …``."""
    word, gender = _kind(entry.kind)
    head = f"{short_body}: {ordinal_word(entry.number, gender)} {word}"
    if entry.postponed_from:
        return (f"{head} первоначально планировалось провести "
                f"{format_date_span_text(*entry.postponed_from)}; оно {_held(entry)}.")
    return f"{head} {_held(entry)}."


def history_paragraph(entries, short_body: str) -> str:
    """Every earlier meeting in one paragraph: the first in full, the others in one sentence,
    naming a venue only where it changes. Empty for no entries."""
    if not entries:
        return ""
    text = history_sentence(entries[0], short_body)
    rest = []
    for entry in entries[1:]:
        word, gender = _kind(entry.kind)
        where = f" в городе {entry.venue}" if entry.venue_changed and entry.venue else ""
        part = f"{ordinal_word(entry.number, gender)} {word}{where} {format_date_span_text(entry.start, entry.end)}"
        if entry.postponed_from:
            part += f" (первоначально планировалось {format_date_span_text(*entry.postponed_from)})"
        rest.append(part)
    if rest:
        listed = rest[0] if len(rest) == 1 else ", ".join(rest[:-1]) + " и " + rest[-1]
        text += f" Затем состоялись {listed}."
    return text


# --- words of the workplan and the site's pages ------------------------------------------
# Sources and defaults: docs/languages.md, section Russian, "The site and the workplan". As in
# the rest of this module, a body's name stays in the nominative: it heads the sentence,
# followed by a colon ("Группа экспертов: план работы …").

WORDS = {
    "year": "Год",
    "meeting_column": "Совещание",
    "annotations": _HEADINGS["annotations"],
    "status": "Статус",
    "note": "Примечание",
    "announcement": "Объявление",
    "mandate": "Мандат",
    "history": "Предыдущие совещания",
    "workplan": "План работы",
    "dates_and_venue": "Сроки и место проведения",
    "dates": "Сроки",
    "venue": "Место проведения",
    "format": "Формат",
    "documents": "Документы",
    "agenda_files": "Повестка дня, организация работы и календарь",
    "statements": "Заявления",
    "statements_note": "Заявления воспроизводятся в том виде, в котором они были получены",
    "general_statements": "Общие заявления",
    "panellists": "Докладчики",
    "meetings": "Совещания",
    "report": "Доклад",
    "series_page": "{short_body}: все совещания",
    "meeting_page": "Страница совещания",
}

FORMAT_WORDS = {"in-person": "очный", "hybrid": "гибридный (очно и онлайн)", "online": "онлайн"}
FILE_WORDS = {
    "agenda.html": f"{_HEADINGS['title_annotated']} (HTML)",
    "agenda.docx": f"{_HEADINGS['title_annotated']} (Word)",
    "agenda.md": f"{_HEADINGS['title_annotated']} (Markdown)",
    "agenda.txt": f"{_HEADINGS['title_annotated']} (обычный текст)",
    "agenda.json": f"{_HEADINGS['title_annotated']} (данные JSON)",
    "orgwork.csv": "Организация работы (CSV)",
    "sittings.ics": "Заседания (файл календаря)",
    "schedule.html": "Расписание заседаний по местному времени",
}

# The ending of an ordinal in figures, by the gender of its noun: 4-е совещание, 4-я сессия.
_FIGURE_ENDINGS = {"n": "е", "f": "я", "m": "й"}
# "был перенесен" agreeing with the meeting's noun.
_POSTPONED = {"n": "было перенесено", "f": "была перенесена", "m": "был перенесен"}


# Punctuation between the parts of a line: on site pages (a document's title and its status, a
# label and its text, a delegation's statements, a panellist's country in brackets) and between
# the items of a calendar event's title.
PUNCTUATION = {"colon": ": ", "semicolon": "; ", "full_stop": ". ", "before_open": " ", "open": "(", "close": ")"}


def part_heading(n: int, text: str | None) -> str:
    """A part heading: ``I. …`` (a documented default, as English)."""
    return f"{roman(n)}. {text}" if text else f"{roman(n)}."


def year_range(first: int, last: int) -> str:
    """A period of years joined by an unspaced en dash: ``2018–2021`` (the sentences add
    "годов": "на период 2018–2021 годов")."""
    return str(first) if first == last else f"{first}{EN_DASH}{last}"


def _period(period: str) -> str:
    """``на период 2018–2021 годов``; one year ``на 2018 год``."""
    return f"на период {period} годов" if EN_DASH in period else f"на {period} год"


def meeting_figure(number: int, kind: str = "meeting") -> str:
    """A meeting in a workplan's table: ``4-е совещание``, ``4-я сессия``."""
    word, gender = _kind(kind)
    return f"{number}-{_FIGURE_ENDINGS.get(gender, 'е')} {word}"


def meeting_title(number: int, kind: str, body: str) -> str:
    """``Шестое совещание: Межправительственная группа экспертов …`` (the body in the nominative)."""
    return f"{session_name(number, kind)}: {body}"


def _on_meeting(number: int, kind: str) -> str:
    """``на четвертом совещании``, ``на шестой сессии``, ``на третьем совещании`` (prepositional)."""
    word, gender = _kind(kind)
    words = ordinal_word(number, "m").split(" ")
    last = words[-1]
    if last.endswith("ий"):        # третий
        last = last[:-2] + ("ьей" if gender == "f" else "ьем")
    else:                          # -ый, -ой
        last = last[:-2] + ("ой" if gender == "f" else "ом")
    if word.endswith(("ие", "ия")):  # совещание, сессия -> совещании, сессии
        word = word[:-1] + "и"
    return f"на {' '.join(words[:-1] + [last])} {word}"


def postponement_announcement(number: int, kind: str, short_body: str, dates: tuple[date, date],
                              first_dates: tuple[date, date], reason: str | None) -> str:
    """``Группа экспертов: шестое совещание было перенесено на 27-29 июля 2020 года в связи с
    последствиями пандемии COVID-19 (первоначальные сроки: 6-8 апреля 2020 года).`` ``reason``
    is the meeting file's text, translated by its catalogue, placed as given."""
    word, gender = _kind(kind)
    because = f" {reason}" if reason else ""
    return (f"{short_body}: {ordinal_word(number, gender)} {word} {_POSTPONED.get(gender, _POSTPONED['n'])} "
            f"на {format_date_range(*dates)}{because} (первоначальные сроки: {format_date_range(*first_dates)}).")


def workplan_adoption(adopted_at: int, kind: str, short_body: str, first_year: int, last_year: int,
                      symbol: str | None) -> str:
    """``Группа экспертов: план работы на период 2018–2021 годов (UNODC/CCPCJ/EG.4/2018/CRP.1)
    принят на четвертом совещании. В соответствии с планом работы:``"""
    cited = f" ({symbol})" if symbol else ""
    return (f"{short_body}: план работы {_period(year_range(first_year, last_year))}{cited} принят "
            f"{_on_meeting(adopted_at, kind)}. В соответствии с планом работы:")


def workplan_entry(year: str, number: int, kind: str, topics) -> str:
    """``2020, шестое совещание: Международное сотрудничество; Предупреждение``."""
    return f"{year}, {meeting_phrase(number, kind)}: {'; '.join(topics)}"


def workplan_title(short_body: str, period: str) -> str:
    """``Группа экспертов: план работы на период 2018–2021 годов``."""
    return f"{short_body}: план работы {_period(period)}"


def statements_heading(item_number: str | None, item_title: str | None) -> str:
    """``Общие заявления`` or ``Заявления по пункту 2 повестки дня (Международное сотрудничество)``."""
    if item_number is None:
        return WORDS["general_statements"]
    return f"Заявления по пункту {_cite(item_number)} повестки дня ({item_title})"


def panel_heading(item_number: str, item_title: str) -> str:
    """``Докладчики по пункту 2 повестки дня (Международное сотрудничество)``."""
    return f"Докладчики по пункту {_cite(item_number)} повестки дня ({item_title})"


def status_line(status: str | None, day: date | None) -> str:
    """``Воспроизводится в том виде, в котором был получен. По состоянию на 1 июня 2020 года``
    (``status`` is the file's text, translated by its catalogue)."""
    parts = []
    if status:
        parts.append(status.rstrip(".") + ".")
    if day:
        parts.append(f"По состоянию на {format_date(day)}")
    return " ".join(parts)


def country_name(code: str, un_name: str) -> str:
    """CLDR's Russian name of the country (``Россия``); the UN short name where CLDR has none."""
    return cldr.territory_name(LANGUAGE, code) or un_name
