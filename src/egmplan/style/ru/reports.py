"""Russian: the planning commands' reports (orgwork plan, deadlines, who is awake, suggest,
connections) and the changes between two drafts (egmplan diff); the long texts are
imported only by the commands that print them."""

from __future__ import annotations

from datetime import date, time

from egmplan.style.ru.dates import format_date


# --- reports of the planning commands ------------------------------------------------------

def plan_columns() -> tuple[str, ...]:
    return ("Дата", "Время", "Пункт", "Название", "Минуты")


def plan_time_left() -> str:
    return "Остается времени:"


def deadline_columns(venue: str, zone: str | None) -> tuple[str, ...]:
    return ("Что", f"Срок (по местному времени, {venue})") + ((f"В {zone}",) if zone else ())


def deadline_all_day_note() -> str:
    return " (весь день, дата места проведения)"


def no_deadlines(meeting_id: str) -> str:
    return f"{meeting_id}: сроки не указаны"


def deadlines_heading(meeting_id: str, venue: str, zone: str, close_of_business: time) -> str:
    return (f"Сроки для {meeting_id} ({venue}, {zone}; конец рабочего дня — "
            f"{close_of_business:%H:%M} по местному времени)")


def awake_title(participants: int, meeting_id: str) -> str:
    return (f"Кто бодрствует: участники ({participants}) на каждом заседании {meeting_id}, "
            "местное время")


def awake_table_title(participants: int) -> str:
    return f"Кто бодрствует: участники ({participants}), делегации (делегаты) по классам удобства"


def awake_columns() -> tuple[str, ...]:
    return ("Дата", "Заседание")


def awake_night_line(day: str, sitting: str, count: int, names: str) -> str:
    return f"Ночью, {day}, {sitting} ({count}): {names}"


def notes_heading() -> str:
    return "Примечания:"


def plan_heading(meeting_id: str, min_split: int) -> str:
    return (f"Организация работы для {meeting_id}, рассчитанная по estimated_minutes "
            f"(пункт короче {min_split} мин. не делится)")


def plan_time_left_line(day: date, times: str, minutes: int) -> str:
    return f"{format_date(day, weekday=True)}, {times}: {minutes} мин."


def plan_summary(meeting_id: str, used: int, capacity: int, taken: int, sittings: int, days: int,
                 split: list[str]) -> str:
    """``ID: запланировано 1 020 из 1 080 минут, заседаний: 6 из 6, дней: 3, остается 60; …``."""
    def figure(n: int) -> str:
        return f"{n:,}".replace(",", "\u00a0")

    text = (f"{meeting_id}: запланировано {figure(used)} из {figure(capacity)} мин., заседаний: {taken} "
            f"из {sittings}, дней: {days}, остается {figure(capacity - used)} мин.")
    if split:
        text += f"; на несколько заседаний разделены: {', '.join(split)}"
    return text + "."


def suggestion_report(meeting, suggestion, **options) -> str:
    """The report of ``egmplan suggest`` in Russian (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import suggestion_report as report

    return report(sys.modules[__package__], meeting, suggestion, **options)


def connections_report(meeting, result) -> str:
    """The report of ``egmplan connections`` in Russian (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import connections_report as report

    return report(sys.modules[__package__], meeting, result)


# --- the changes between two drafts ------------------------------------------------------

def change_wording(clock: str, markdown: bool, user):
    """The sentences of ``egmplan diff`` in Russian (:mod:`egmplan.style.changes_words`)."""
    import sys

    from egmplan.style.changes_words import LocalChangeWording

    return LocalChangeWording(sys.modules[__package__], clock, markdown, user)
