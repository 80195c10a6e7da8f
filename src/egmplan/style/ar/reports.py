"""Arabic: the planning commands' reports (orgwork plan, deadlines, who is awake, suggest,
connections) and the changes between two drafts (egmplan diff); the long texts are
imported only by the commands that print them."""

from __future__ import annotations

from datetime import date, time

from egmplan.style.ar.grammar import _and_list
from egmplan.style.ar.dates import COMMA, SEMICOLON, format_date, format_time


# --- reports of the planning commands ------------------------------------------------------

def plan_columns() -> tuple[str, ...]:
    return ("التاريخ", "الوقت", "البند", "العنوان", "الدقائق")


def plan_time_left() -> str:
    return "الوقت المتبقي:"


def deadline_columns(venue: str, zone: str | None) -> tuple[str, ...]:
    return ("الموضوع", f"الموعد (بتوقيت {venue})") + ((f"في {zone}",) if zone else ())


def deadline_all_day_note() -> str:
    return " (طوال اليوم، بتاريخ مكان الانعقاد)"


def no_deadlines(meeting_id: str) -> str:
    return f"لا يذكر {meeting_id} أي مواعيد نهائية"


def deadlines_heading(meeting_id: str, venue: str, zone: str, close_of_business: time) -> str:
    return (f"المواعيد النهائية لـ {meeting_id} ({venue}{COMMA} {zone}{SEMICOLON} نهاية يوم العمل "
            f"الساعة {format_time(close_of_business)} في مكان الانعقاد)")


def awake_title(participants: int, meeting_id: str) -> str:
    return f"من يكون مستيقظاً: {participants} مشاركاً في كل جلسة من جلسات {meeting_id}{COMMA} بالتوقيت المحلي"


def awake_table_title(participants: int) -> str:
    return f"من يكون مستيقظاً: {participants} مشاركاً{COMMA} الوفود (المندوبون) حسب فئة الملاءمة"


def awake_columns() -> tuple[str, ...]:
    return ("التاريخ", "الجلسة")


def awake_night_line(day: str, sitting: str, count: int, names: str) -> str:
    return f"ليلاً{COMMA} {day}{COMMA} {sitting} ({count}): {names}"


def notes_heading() -> str:
    return "ملاحظات:"


def plan_heading(meeting_id: str, min_split: int) -> str:
    return (f"تنظيم الأعمال المخطط لـ {meeting_id} على أساس estimated_minutes "
            f"(لا يُقسَّم بند تقل مدته عن {min_split} دقيقة)")


def plan_time_left_line(day: date, times: str, minutes: int) -> str:
    return f"{format_date(day, weekday=True)}{COMMA} {times}: {minutes} دقيقة"


def plan_summary(meeting_id: str, used: int, capacity: int, taken: int, sittings: int, days: int,
                 split: list[str]) -> str:
    """``ID: 1020 من أصل 1080 دقيقة مخططة في 6 جلسات من أصل 6 على مدى 3 أيام، ويتبقى 60؛ ...``"""
    text = (f"{meeting_id}: {used} من أصل {capacity} دقيقة مخططة في {taken} من أصل {sittings} جلسة "
            f"على مدى {days} يوم{COMMA} ويتبقى {capacity - used}")
    if split:
        text += f"{SEMICOLON} بنود موزعة على أكثر من جلسة: {_and_list(split)}"
    return text + "."


def suggestion_report(meeting, suggestion, **options) -> str:
    """The report of ``egmplan suggest`` in Arabic (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import suggestion_report as report

    return report(sys.modules[__package__], meeting, suggestion, **options)


def connections_report(meeting, result) -> str:
    """The report of ``egmplan connections`` in Arabic (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import connections_report as report

    return report(sys.modules[__package__], meeting, result)


# --- the changes between two drafts ------------------------------------------------------

def change_wording(clock: str, markdown: bool, user):
    """The sentences of ``egmplan diff`` in Arabic (:mod:`egmplan.style.ar_changes`)."""
    import sys

    from egmplan.style.ar_changes import ArabicChangeWording

    return ArabicChangeWording(sys.modules[__package__], clock, markdown, user)
