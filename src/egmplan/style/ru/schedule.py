"""Russian: the calendar file's texts and the local-time schedule: offsets and their notes,
zone labels, comfort words."""

from __future__ import annotations

from datetime import date, time, timedelta

from egmplan.style import cldr
from egmplan.style.en import offset_display, zone_time_label  # the same in Russian
from egmplan.style.ru.grammar import LANGUAGE, _NOUNS
from egmplan.style.ru.dates import format_date, format_date_range, format_time_range
from egmplan.style.ru.agenda import session_name, venue_dates


def _count(n: int, key: str) -> str:
    """``3 дня``, ``1 заседание``: a figure and the agreeing noun."""
    (one, few, many), _ = _NOUNS[key]
    return f"{n} " + {"one": one, "few": few}.get(cldr.plural_category(LANGUAGE, n), many)


# --- the calendar ------------------------------------------------------------------------

def items_phrase(numbers: list[str]) -> str:
    """``пункт 2``, ``пункты 2, 3 и 4``."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"пункт {numbers[0]}"
    return f"пункты {', '.join(numbers[:-1])} и {numbers[-1]}"


def calendar_sitting_line(day: date, start: time, end: time, clock: str, venue: str) -> str:
    """``вторник, 6 апреля 2021 года, 10 ч. 00 м. – 13 ч. 00 м. (по местному времени, Вена)``."""
    return (f"{format_date(day, weekday=True)}, {format_time_range(start, end, clock)} "
            f"(по местному времени, {venue})")


def calendar_item_line(number: str, title: str, track: str | None) -> str:
    """``Пункт 2: …``; ``Группа B: Пункт 3: …``."""
    where = f"{track}: " if track else ""
    return f"{where}Пункт {number}: {title}"


def calendar_location(venue: str, meeting_format: str) -> str:
    """``Вена``; ``Вена и онлайн (гибридное совещание)``; ``Онлайн (место проведения: Вена)``."""
    if meeting_format == "hybrid":
        return f"{venue} и онлайн (гибридное совещание)"
    if meeting_format == "online":
        return f"Онлайн (место проведения: {venue})" if venue else "Онлайн"
    return venue


def calendar_deadline_summary(label: str, meeting: str) -> str:
    """``Срок: … (Группа экспертов, седьмое совещание)``."""
    return f"Срок: {label} ({meeting})"


# --- the local-time schedule -------------------------------------------------------------

_SCHEDULE_COLUMNS = {"date": "Дата", "zone": "Часовой пояс", "local": "Местное время", "day": "День",
                     "offset": "Разница", "comfort": "Удобство"}


def schedule_title(number: int, kind: str, body: str) -> str:
    """``Седьмое совещание: Группа экспертов …`` (the body in the nominative)."""
    return f"{session_name(number, kind)}: {body}"


def schedule_subtitle(venue: str, start: date, end: date) -> str:
    return f"{venue_dates(venue, start, end)}: местное время заседаний"


def crosses_midnight() -> str:
    return "переходит через полночь"


def schedule_column(key: str) -> str:
    return _SCHEDULE_COLUMNS[key]


def comfort_legend(bounds) -> str:
    b = bounds
    return (f"Удобство, местное время: рабочее {b.working_start:%H:%M}–{b.working_end:%H:%M}; "
            f"раннее/позднее {b.night_end:%H:%M}–{b.working_start:%H:%M} и "
            f"{b.working_end:%H:%M}–{b.night_start:%H:%M}; ночь {b.night_start:%H:%M}–{b.night_end:%H:%M}. "
            "Заседанию присваивается худший класс, которого оно касается.")


def _amount(delta: timedelta) -> str:
    minutes = abs(int(delta.total_seconds()) // 60)
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(_count(hours, "hour"))
    if rest:
        parts.append(_count(rest, "minute"))
    return " ".join(parts)


def _relation(delta: timedelta, venue: str) -> str:
    """``отстает от времени места проведения (Вена) на 5 часов``; without a venue (a later
    clause) ``отстает на 6 часов``."""
    if not delta:
        return f"совпадает со временем места проведения ({venue})" if venue else "совпадает"
    if delta > timedelta(0):
        where = f" время места проведения ({venue})" if venue else ""
        return f"опережает{where} на {_amount(delta)}"
    where = f" от времени места проведения ({venue})" if venue else ""
    return f"отстает{where} на {_amount(delta)}"


def _clock_change(change) -> str:
    before, after = change.before, change.after
    verb = "перевел" if change.past else "переводит"
    text = (f"{change.place}: {verb} часы {format_date(after.date())} "
            f"({zone_time_label(before.tzname() or '', before.utcoffset())} → "
            f"{zone_time_label(after.tzname() or '', after.utcoffset())})")
    skipped = (after.date() - before.date()).days - 1
    if skipped == 1:
        text += f"; {format_date(before.date() + timedelta(days=1))} там не наступает"
    elif skipped > 1:
        text += f"; {_count(skipped, 'day')} там не наступают"
    elif after.date() < before.date():
        text += f"; {format_date(after.date())} там наступает дважды"
    return text


def offset_note(note) -> str:
    """``America/New_York отстает от времени места проведения (Вена) на 5 часов 27–29 марта
    2019 года, обычно — отстает на 6 часов: …``."""
    if not note.usual:
        parts = [f"{_relation(delta, note.venue if n == 0 else '')} {format_date_range(a, b)}"
                 for n, (a, b, delta) in enumerate(note.spans)]
        text = f"{note.zone} " + ", затем ".join(parts)
        if note.changes:
            text += ": " + "; ".join(_clock_change(c) for c in note.changes)
        return text + "."
    (first, last, delta), = note.spans
    usual = " или ".join(_relation(d, "") for d in note.usual)
    text = f"{note.zone} {_relation(delta, note.venue)} {format_date_range(first, last)}, обычно — {usual}"
    if note.changes:
        text += ": " + " и ".join(_clock_change(c) for c in note.changes)
    return text + "."


_COMFORT_WORDS = {"working": "рабочее", "early/late": "раннее/позднее", "night": "ночь"}


def comfort_word(comfort: str) -> str:
    """A comfort class (``working``, ``early/late``, ``night``: planning.comfort's names, which
    JSON, CSV and CSS keep) as the schedule prints it: the words of comfort_legend. KeyError for another class."""
    return _COMFORT_WORDS[comfort]


def moment_range(start: str, end: str) -> str:
    """Two worded moments on different dates as one range (a sitting that crosses midnight
    in a participant's zone): spaced en dash, as the time ranges."""
    return f"{start} \u2013 {end}"


def summary_head(name: str) -> str:
    """What a calendar event's SUMMARY starts with before the items: the name and a colon."""
    return f"{name}: "


def awake_count_label(comfort: str) -> str:
    """A row of the heat map's summary: the comfort class, then what its cells count
    (delegations, and delegates in brackets)."""
    return f"{comfort_word(comfort)}: делегации (делегаты)"


def dated_time(day: str, time: str) -> str:
    """A time with the date it falls on, in a schedule's cell: a comma between them."""
    return f"{day}, {time}"


def sitting_heading(day: str, time: str, zone_heading: str) -> str:
    """A sitting's heading in the long layout of a schedule (many zones): its date and the
    venue's time, then the column's heading; the spaced em dash (тире) of Russian running text."""
    return f"{dated_time(day, time)} — {zone_heading}"
