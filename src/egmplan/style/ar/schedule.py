"""Arabic: the calendar file's texts and the local-time schedule: offsets and their notes,
zone labels, comfort words."""

from __future__ import annotations

from datetime import date, time, timedelta

from egmplan.style.ar.grammar import _and_list, _li, plural
from egmplan.style.ar.dates import COMMA, SEMICOLON, format_date, format_date_range, format_time, format_time_range
from egmplan.style.ar.agenda import _cited, meeting_phrase


# --- the calendar ------------------------------------------------------------------------

def items_phrase(numbers: list[str]) -> str:
    """``البند 2``, ``البنود 2 و3 و4``; "" for none."""
    if not numbers:
        return ""
    shown = [_cited(n) for n in numbers]
    if len(shown) == 1:
        return f"البند {shown[0]}"
    return f"البنود {_and_list(shown)}"


def calendar_sitting_line(day: date, start: time, end: time, clock: str, venue: str) -> str:
    """``الثلاثاء، 6 نيسان/أبريل 2021، 00/10–00/13 (بتوقيت فيينا)``."""
    return (f"{format_date(day, weekday=True)}{COMMA} {format_time_range(start, end, clock)} "
            f"(بتوقيت {venue})")


def calendar_item_line(number: str, title: str, track: str | None) -> str:
    """``البند 2: ...``, ``المسار باء: البند 3: ...``."""
    where = f"{track}: " if track else ""
    return f"{where}البند {_cited(number)}: {title}"


def calendar_location(venue: str, meeting_format: str) -> str:
    """``فيينا``, ``فيينا وعبر الإنترنت (اجتماع مختلط)``, ``عبر الإنترنت (المكان: فيينا)``."""
    if meeting_format == "hybrid":
        return f"{venue} وعبر الإنترنت (اجتماع مختلط)"
    if meeting_format == "online":
        return f"عبر الإنترنت (المكان: {venue})" if venue else "عبر الإنترنت"
    return venue


def calendar_deadline_summary(label: str, meeting: str) -> str:
    """``موعد نهائي: تسمية المتكلمين (فريق الخبراء، الاجتماع السابع)``."""
    return f"موعد نهائي: {label} ({meeting})"


# --- the local-time schedule -------------------------------------------------------------

_SCHEDULE_COLUMNS = {"date": "التاريخ", "zone": "المنطقة الزمنية", "local": "التوقيت المحلي",
                     "day": "اليوم", "offset": "الفارق", "comfort": "الملاءمة"}


def schedule_title(number: int, kind: str, body: str) -> str:
    """``الاجتماع السابع لفريق الخبراء ...``."""
    return f"{meeting_phrase(number, kind)} {_li(body)}"


def schedule_subtitle(venue: str, start: date, end: date) -> str:
    return f"{venue}{COMMA} {format_date_range(start, end)}: مواعيد الجلسات بالتوقيت المحلي"


def crosses_midnight() -> str:
    return "تتجاوز منتصف الليل"


def schedule_column(key: str) -> str:
    return _SCHEDULE_COLUMNS[key]


def comfort_legend(bounds) -> str:
    b = bounds
    return (f"الملاءمة بالتوقيت المحلي: ساعات العمل {format_time(b.working_start)}–{format_time(b.working_end)}"
            f"{SEMICOLON} مبكراً أو متأخراً {format_time(b.night_end)}–{format_time(b.working_start)} و"
            f"{format_time(b.working_end)}–{format_time(b.night_start)}{SEMICOLON} ليلاً "
            f"{format_time(b.night_start)}–{format_time(b.night_end)}. "
            "تأخذ الجلسة أسوأ فئة تمسّها.")


# --- offsets and offset notes --------------------------------------------------------------

def offset_display(offset: timedelta) -> str:
    """As in English (symbols, kept left to right): ``UTC+7``, ``UTC−11``."""
    from egmplan.style.en import offset_display as english

    return english(offset)


def zone_time_label(abbreviation: str, offset: timedelta) -> str:
    from egmplan.style.en import zone_time_label as english

    return english(abbreviation, offset)


def _amount(delta: timedelta) -> str:
    """``خمس ساعات``, ``ثماني ساعات و30 دقيقة`` (minutes in figures, as after a preposition)."""
    minutes = abs(int(delta.total_seconds()) // 60)
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(plural(hours, "hour"))
    if rest:
        parts.append(f"{rest} دقيقة")
    return " و".join(parts)


def _relation(delta: timedelta, venue: str) -> str:
    """``متأخرة عن فيينا بخمس ساعات``; without a venue (a later clause) ``متأخرة عنها بست ساعات``."""
    if not delta:
        return f"بنفس توقيت {venue}" if venue else "بنفس التوقيت"
    if delta > timedelta(0):
        side = f"متقدمة على {venue}" if venue else "متقدمة عليها"
    else:
        side = f"متأخرة عن {venue}" if venue else "متأخرة عنها"
    return f"{side} ب{_amount(delta)}"


def _clock_change(change) -> str:
    before, after = change.before, change.after
    verb = "غيّرت" if change.past else "تغيّر"
    text = (f"{verb} {change.place} ساعاتها في {format_date(after.date())} "
            f"({zone_time_label(before.tzname() or '', before.utcoffset())} ← "
            f"{zone_time_label(after.tzname() or '', after.utcoffset())})")
    skipped = (after.date() - before.date()).days - 1
    if skipped == 1:
        text += f"{SEMICOLON} لا وجود هناك ليوم {format_date(before.date() + timedelta(days=1))}"
    elif skipped > 1:
        text += f"{SEMICOLON} لا وجود هناك {_li(plural(skipped, 'day'))}"
    elif after.date() < before.date():
        text += f"{SEMICOLON} يتكرر يوم {format_date(after.date())} هناك"
    return text


def offset_note(note) -> str:
    """``المنطقة الزمنية America/New_York متأخرة عن فيينا بخمس ساعات في 27–29 آذار/مارس 2019،
    لا كالمعتاد (متأخرة عنها بست ساعات): ...``: the English note's facts in Arabic."""
    if not note.usual:
        parts = [f"{_relation(delta, note.venue if n == 0 else '')} {_span(a, b)}"
                 for n, (a, b, delta) in enumerate(note.spans)]
        text = f"المنطقة الزمنية {note.zone} " + f"{COMMA} ثم ".join(parts)
        if note.changes:
            text += ": " + f"{SEMICOLON} ".join(_clock_change(c) for c in note.changes)
        return text + "."
    (first, last, delta), = note.spans
    usual_text = " أو ".join(_relation(d, "") for d in note.usual)
    text = f"المنطقة الزمنية {note.zone} {_relation(delta, note.venue)} {_span(first, last)}{COMMA} لا كالمعتاد ({usual_text})"
    if note.changes:
        text += ": " + " و".join(_clock_change(c) for c in note.changes)
    return text + "."


def _span(first: date, last: date) -> str:
    return f"في {format_date_range(first, last)}"


_COMFORT_WORDS = {"working": "ساعات العمل", "early/late": "مبكراً أو متأخراً", "night": "ليلاً"}


def comfort_word(comfort: str) -> str:
    """A comfort class (``working``, ``early/late``, ``night``: planning.comfort's names, which
    JSON, CSV and CSS keep) as the schedule prints it: the words of comfort_legend. KeyError for another class."""
    return _COMFORT_WORDS[comfort]


def moment_range(start: str, end: str) -> str:
    """Two worded moments on different dates as one range (a sitting that crosses midnight
    in a participant's zone): spaced en dash."""
    return f"{start} \u2013 {end}"


def summary_head(name: str) -> str:
    """What a calendar event's SUMMARY starts with before the items: the name and a colon."""
    return f"{name}: "


def awake_count_label(comfort: str) -> str:
    """A row of the heat map's summary: the comfort class, then what its cells count
    (delegations, and delegates in brackets)."""
    return f"{comfort_word(comfort)}: الوفود (المندوبون)"


def dated_time(day: str, time: str) -> str:
    """A time with the date it falls on, in a schedule's cell: the Arabic comma between them."""
    return f"{day}، {time}"


def sitting_heading(day: str, time: str, zone_heading: str) -> str:
    """A sitting's heading in the long layout of a schedule (many zones): its date and the
    venue's time, then the column's heading; a spaced em dash, as the other scripts."""
    return f"{dated_time(day, time)} — {zone_heading}"
