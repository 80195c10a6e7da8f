"""Arabic: the agenda document: the organization of work, the agenda list, headings, the
masthead, the table's columns and the deadline lines."""

from __future__ import annotations

from datetime import date, time

from egmplan.style.ar.grammar import _kind, ordinal_word, plural
from egmplan.style.ar.dates import COMMA, SEMICOLON, format_date, format_date_range, format_time, weekday_name

CONTINUED = "(تابع)"

# Sub-item letters in the abjad order UN Arabic documents use: (أ), (ب), (ج), (د), (هـ)...
_ABJAD = ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع",
          "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ")


# --- the agenda list -----------------------------------------------------------------------

def item_label(number: str, letter: str | None) -> str:
    """The label of an agenda line: items ``1-``, sub-items ``(أ)`` (abjad order)."""
    if letter:
        return f"({sub_item_letter(letter)})"
    return f"{number}-"


def sub_item_letter(letter: str) -> str:
    """``a`` -> ``أ``, ``e`` -> ``هـ`` (the abjad order of UN Arabic lists)."""
    index = ord(letter) - ord("a")
    return _ABJAD[index] if 0 <= index < len(_ABJAD) else letter


def item_reference(number: str, letter: str | None) -> str:
    """An item as a table or a sentence cites it: ``2``, ``1 (أ)``, joined by a narrow no-break
    space (U+202F): the Word table's item column, sized for ``1 (a)``, would otherwise break
    ``1 (ب)`` inside the brackets."""
    return f"{number}\u202f({sub_item_letter(letter)})" if letter else number


def _cited(text: str) -> str:
    """An item number written the English way (``2 (a)``) as Arabic cites it."""
    from egmplan.model import cited_number

    found = cited_number(text)
    return item_reference(*found) if found else text


def agenda_title(title: str, level: int) -> str:
    """A title as the agenda list prints it: unchanged (Arabic has no capitals)."""
    return title


_AGENDA_MARKS = {"item": ".", "introduces": ":", "sub": SEMICOLON, "last_sub": "."}


def agenda_mark(position: str) -> str:
    """Final punctuation of an agenda line (A2): ``item`` ".", ``introduces`` ":",
    ``sub`` the Arabic semicolon "؛", ``last_sub`` "."."""
    return _AGENDA_MARKS[position]


def meeting_phrase(number: int, kind: str) -> str:
    """``الاجتماع السابع``, ``الدورة السادسة`` (the ``{meeting}`` placeholder)."""
    noun, gender = _kind(kind)
    return f"{noun} {ordinal_word(number, gender)}"


def plenary_meetings(sittings: int, days: int) -> str:
    """``ست جلسات عامة على مدى ثلاثة أيام`` (the ``{plenary_meetings}`` placeholder)."""
    return f"{plural(sittings, 'plenary meeting')} على مدى {plural(days, 'day')}"


# --- the organization of work ------------------------------------------------------------

def continued_title(title: str, suffix: str) -> str:
    """``افتتاح الاجتماع (تابع)``."""
    return f"{title} {suffix}"


def emphasis_parts(suffix: str) -> tuple[str, str, str]:
    """No emphasised word: Arabic type has no italic convention, so ``(تابع)`` is printed
    upright (a documented default, docs/languages.md). ``(suffix, "", "")``."""
    return suffix, "", ""


# --- the document: headings, masthead, table ---------------------------------------------

_HEADINGS = {
    "organ": "الأمم المتحدة",
    "title": "جدول الأعمال المؤقَّت",
    "title_annotated": "جدول الأعمال المؤقَّت المشروح",
    "agenda": "جدول الأعمال المؤقَّت",
    "annotations": "الشروح",
    "documentation": "الوثائق",
    "annex": "المرفق",
    "annex_title": "تنظيم الأعمال المقترح",
    "deadlines": "المواعيد النهائية",
    "plenary": "الجلسات العامة",
    # keys the lang-build branch adds to English's (the schedule page, style.to_be_announced)
    "to_be_announced": "يُعلَن لاحقًا",
    "schedule_notes": "ملاحظات",
    "awake": "من يكون مستيقظًا",
    "at_night": "ليلًا",
    "sitting": "الجلسة",
}


def heading(key: str) -> str:
    """A fixed heading of the agenda document (the keys of English's). KeyError for another key."""
    return _HEADINGS[key]


def session_name(number: int, kind: str) -> str:
    """The session line: ``الاجتماع السابع``, ``الدورة الرابعة والستون``."""
    return meeting_phrase(number, kind)


def meeting_name(short_body: str, number: int, kind: str) -> str:
    """``فريق الخبراء، الاجتماع السابع``."""
    return f"{short_body}{COMMA} {meeting_phrase(number, kind)}"


def distribution_line(distribution: str) -> str:
    """In English, as in the masthead of every UN Arabic document (A/74/L.75): ``Distr.: General``."""
    return f"Distr.: {distribution}"


def original_line(language: str) -> str:
    """In English, as in the masthead of every UN Arabic document (A/74/L.75): ``Original: English``."""
    return f"Original: {language}"


def venue_dates(venue: str, start: date, end: date) -> str:
    """``فيينا، 6–8 نيسان/أبريل 2021``."""
    return f"{venue}{COMMA} {format_date_range(start, end)}"


def table_columns(layout: str) -> tuple[str, ...]:
    """The organization-of-work table's columns, ``merged`` or ``separate``."""
    if layout == "merged":
        return ("التاريخ والوقت", "بند جدول الأعمال", "العنوان أو الوصف")
    return ("التاريخ", "الوقت", "البند", "العنوان أو الوصف")


# --- deadlines -----------------------------------------------------------------------------

def deadline_due(day: date, at: time | None, clock: str = "12h", cob: bool = False) -> str:
    """``الساعة 00/18 (نهاية يوم العمل) من يوم الأربعاء 22 تموز/يوليه 2020``; all day:
    ``يوم الاثنين 1 حزيران/يونيه 2020``."""
    on_day = f"يوم {weekday_name(day)} {format_date(day)}"
    if at is None:
        return on_day
    close = " (نهاية يوم العمل)" if cob else ""
    return f"الساعة {format_time(at, clock)}{close} من {on_day}"


def deadline_line(label: str, due: str, venue: str | None) -> str:
    """``تسمية المتكلمين: الساعة 00/18 ... بتوقيت فيينا``."""
    where = f" بتوقيت {venue}" if venue is not None else ""
    return f"{label}: {due}{where}"


def venue_time(venue: str) -> str:
    return f"بتوقيت {venue}"


def masthead_language() -> str:
    """The masthead's language line, printed under the date of issue in every version but the
    original: ``Arabic``."""
    return "Arabic"


def masthead_date(d: date) -> str:
    """The date of issue in the masthead (the masthead of UN Russian, Chinese and Arabic documents stays in English, its date too)."""
    from egmplan.style.en import format_date as english_date

    return english_date(d)
