"""Arabic: the site's pages, the workplan, and the history of a body's meetings."""

from __future__ import annotations

from datetime import date

from egmplan.style import cldr
from egmplan.style.ar.grammar import LANGUAGE, _TENS, _kind, _li, ordinal_word
from egmplan.style.ar.dates import COMMA, SEMICOLON, format_date, format_date_range, format_date_span_text
from egmplan.style.ar.agenda import _HEADINGS, _cited, meeting_phrase


# --- the history of a body's meetings ----------------------------------------------------

def history_sentence(entry, short_body: str) -> str:
    """``عُقد الاجتماع الأول لفريق الخبراء في فيينا في الفترة من 17 إلى 21 كانون الثاني/يناير 2011.``"""
    noun, gender = _kind(entry.kind)
    head = f"{noun} {ordinal_word(entry.number, gender)} {_li(short_body)}"
    verb = "عُقدت" if gender == "f" else "عُقد"
    where = f" في {entry.venue}" if entry.venue else ""
    if entry.postponed_from:
        planned = "كان من المقرر أصلاً أن تُعقد" if gender == "f" else "كان من المقرر أصلاً أن يُعقد"
        return (f"{planned} {head} {format_date_span_text(*entry.postponed_from)}{COMMA} "
                f"و{verb}{where} {format_date_span_text(entry.start, entry.end)}.")
    return f"{verb} {head}{where} {format_date_span_text(entry.start, entry.end)}."


def history_paragraph(entries, short_body: str) -> str:
    """The first meeting in full, the others in one sentence, a venue only where it changes:
    ``... وعُقد الاجتماع الثاني في الفترة من 25 إلى 28 شباط/فبراير 2013، والثالث ...``."""
    if not entries:
        return ""
    text = history_sentence(entries[0], short_body)
    rest = []
    for index, entry in enumerate(entries[1:]):
        noun, gender = _kind(entry.kind)
        words = ordinal_word(entry.number, gender)
        if index == 0:
            words = f"{'عُقدت' if gender == 'f' else 'عُقد'} {noun} {words}"
        if entry.venue_changed and entry.venue:
            words += f" في {entry.venue}"
        words += f" {format_date_span_text(entry.start, entry.end)}"
        if entry.postponed_from:
            words += f" (وكان مقرراً {format_date_span_text(*entry.postponed_from)})"
        rest.append(words)
    if rest:
        text += " و" + f"{COMMA} و".join(rest) + "."
    return text


# --- words of the workplan and the site's pages ------------------------------------------
# Sources and defaults: docs/languages.md, section Arabic, "The site and the workplan".

WORDS = {
    "year": "السنة",
    "meeting_column": "الاجتماع",
    "annotations": _HEADINGS["annotations"],
    "status": "الحالة",
    "note": "ملاحظة",
    "announcement": "إعلان",
    "mandate": "الولاية",
    "history": "الاجتماعات السابقة",
    "workplan": "خطة العمل",
    "dates_and_venue": "التواريخ والمكان",
    "dates": "التواريخ",
    "venue": "المكان",
    "format": "الصيغة",
    "documents": "الوثائق",
    "agenda_files": "جدول الأعمال وتنظيم الأعمال والتقويم",
    "statements": "البيانات",
    "statements_note": "البيانات مستنسخة بالصيغة التي وردت بها",
    "general_statements": "البيانات العامة",
    "panellists": "أعضاء حلقة النقاش",
    "meetings": "الاجتماعات",
    "report": "التقرير",
    # The construct state needs no preposition: "جميع اجتماعات فريق الخبراء".
    "series_page": "جميع اجتماعات {short_body}",
    "meeting_page": "صفحة الاجتماع",
}

FORMAT_WORDS = {"in-person": "حضوري", "hybrid": "مختلط (حضورياً وعبر الإنترنت)", "online": "عبر الإنترنت"}
FILE_WORDS = {
    "agenda.html": f"{_HEADINGS['title_annotated']} (HTML)",
    "agenda.docx": f"{_HEADINGS['title_annotated']} (Word)",
    "agenda.md": f"{_HEADINGS['title_annotated']} (Markdown)",
    "agenda.txt": f"{_HEADINGS['title_annotated']} (نص عادي)",
    "agenda.json": f"{_HEADINGS['title_annotated']} (بيانات JSON)",
    "orgwork.csv": "تنظيم الأعمال (CSV)",
    "sittings.ics": "الجلسات (ملف تقويم)",
    "schedule.html": "مواعيد الجلسات بالتوقيت المحلي",
}

# The part numbers of UN Arabic documents are ordinal adverbs: أولاً، ثانياً … عاشراً; past ten the
# ordinal without the article: حادي عشر، عشرون، حادي وعشرون (a default: no document above ten seen).
_PART_NUMBERS = ("", "أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً", "سادساً", "سابعاً", "ثامناً",
                 "تاسعاً", "عاشراً")
_PART_UNITS = ("", "حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع")


def roman(n: int) -> str:
    """The part number of a UN Arabic document: ``أولاً``, ``ثانياً``, ``ثالثاً`` (1..39; the
    figure outside, as no document has so many parts)."""
    if not 1 <= n <= 39:
        return str(n)
    if n <= 10:
        return _PART_NUMBERS[n]
    tens, unit = divmod(n, 10)
    if n < 20:
        return f"{_PART_UNITS[unit]} عشر"
    return _TENS[tens] if unit == 0 else f"{_PART_UNITS[unit]} و{_TENS[tens]}"


# Punctuation between the parts of a line: on site pages (a document's title and its status, a
# label and its text, a delegation's statements, a panellist's country in brackets) and between
# the items of a calendar event's title.
PUNCTUATION = {"colon": ": ", "semicolon": "؛ ", "full_stop": ". ", "before_open": " ", "open": "(", "close": ")"}


def part_heading(n: int, text: str | None) -> str:
    """A part heading: the ordinal word, then a spaced hyphen: ``أولاً - مقدمة`` (docs/languages.md)."""
    return f"{roman(n)} - {text}" if text else roman(n)


def year_range(first: int, last: int) -> str:
    """A period of years, Western digits joined by a hyphen: ``2018-2021``."""
    return str(first) if first == last else f"{first}-{last}"


def meeting_figure(number: int, kind: str = "meeting") -> str:
    """A meeting in a workplan's table, its ordinal spelled out as Arabic writes it:
    ``الاجتماع الرابع``, ``الدورة الرابعة``."""
    return meeting_phrase(number, kind)


def meeting_title(number: int, kind: str, body: str) -> str:
    """``الاجتماع السادس لفريق الخبراء المعني بإجراء دراسة شاملة عن الجريمة السيبرانية``."""
    return f"{meeting_phrase(number, kind)} {_li(body)}"


def postponement_announcement(number: int, kind: str, short_body: str, dates: tuple[date, date],
                              first_dates: tuple[date, date], reason: str | None) -> str:
    """``تعيَّن تأجيل الاجتماع السادس لفريق الخبراء إلى 27–29 تموز/يوليه 2020 بسبب تأثير جائحة
    كوفيد-19 (المواعيد الأصلية: 6–8 نيسان/أبريل 2020).`` ``reason`` is the meeting file's text,
    translated by its catalogue, placed as given."""
    because = f" {reason}" if reason else ""
    return (f"تعيَّن تأجيل {meeting_phrase(number, kind)} {_li(short_body)} إلى {format_date_range(*dates)}"
            f"{because} (المواعيد الأصلية: {format_date_range(*first_dates)}).")


def _feminine_body(name: str) -> bool:
    """A body whose first word ends in ta marbuta (اللجنة، الهيئة) takes feminine agreement
    (a documented default, as the article of the French and Spanish bodies)."""
    return name.split(" ", 1)[0].endswith("ة")


def _its(noun: str, feminine_owner: bool) -> str:
    """``اجتماعه``, ``دورته``, ``اجتماعها``: a noun of the kinds without its article and with the
    owner's pronoun (ة becomes ت before it)."""
    bare = noun[2:] if noun.startswith("ال") else noun
    if bare.endswith("ة"):
        bare = bare[:-1] + "ت"
    return bare + ("ها" if feminine_owner else "ه")


def workplan_adoption(adopted_at: int, kind: str, short_body: str, first_year: int, last_year: int,
                      symbol: str | None) -> str:
    """``في اجتماعه الرابع، اعتمد فريق الخبراء خطة عمله للفترة 2018-2021
    (UNODC/CCPCJ/EG.4/2018/CRP.1). ووفقاً لخطة العمل:``"""
    noun, gender = _kind(kind)
    feminine = _feminine_body(short_body)
    cited = f" ({symbol})" if symbol else ""
    verb = "اعتمدت" if feminine else "اعتمد"
    plan = "خطة عملها" if feminine else "خطة عمله"
    return (f"في {_its(noun, feminine)} {ordinal_word(adopted_at, gender)}{COMMA} {verb} {short_body} {plan} "
            f"للفترة {year_range(first_year, last_year)}{cited}. ووفقاً لخطة العمل:")


def workplan_entry(year: str, number: int, kind: str, topics) -> str:
    """``2020، الاجتماع السادس: التعاون الدولي؛ المنع`` (the Arabic comma and semicolon)."""
    return f"{year}{COMMA} {meeting_phrase(number, kind)}: {(SEMICOLON + ' ').join(topics)}"


def workplan_title(short_body: str, period: str) -> str:
    """``خطة عمل فريق الخبراء للفترة 2018-2021``."""
    return f"خطة عمل {short_body} للفترة {period}"


def statements_heading(item_number: str | None, item_title: str | None) -> str:
    """``البيانات العامة`` or ``البيانات المتعلقة بالبند 2 من جدول الأعمال (التعاون الدولي)``."""
    if item_number is None:
        return WORDS["general_statements"]
    return f"البيانات المتعلقة بالبند {_cited(item_number)} من جدول الأعمال ({item_title})"


def panel_heading(item_number: str, item_title: str) -> str:
    """``أعضاء حلقة النقاش بشأن البند 2 من جدول الأعمال (التعاون الدولي)``."""
    return f"أعضاء حلقة النقاش بشأن البند {_cited(item_number)} من جدول الأعمال ({item_title})"


def status_line(status: str | None, day: date | None) -> str:
    """``مستنسخة بالصيغة التي وردت بها. الحالة: 1 حزيران/يونيه 2020`` (``status`` is the file's
    text, translated by its catalogue)."""
    parts = []
    if status:
        parts.append(status.rstrip(".") + ".")
    if day:
        parts.append(f"{WORDS['status']}: {format_date(day)}")
    return " ".join(parts)


def country_name(code: str, un_name: str) -> str:
    """CLDR's Arabic name of the country (``روسيا``); the UN short name where CLDR has none."""
    return cldr.territory_name(LANGUAGE, code) or un_name
