"""Arabic UN editorial style, as the UN's Arabic translation service writes meeting documents.

The conventions and their sources are in ``docs/languages.md`` (section "Arabic"). In short:
Western digits; month names doubled, the Syriac name then the Western one (``نيسان/أبريل``,
CLDR's ``ar_SY`` and ``ar`` through Babel, with the UN's ``يونيه``/``يوليه``); times as
minutes/hours (``00/10``); the time of an opening before its date; ordinals spelled out and
agreeing with the noun (``الدورة السادسة``, ``الاجتماع السابع``); ``(تابع)`` for
"(continued)"; items ``1-`` and sub-items ``(أ)``; the masthead's distribution lines stay in
English, as in UN Arabic documents (A/74/L.75).

Same contracts as :mod:`egmplan.style.en`. Babel is imported inside functions only.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from functools import lru_cache

from egmplan.style import cldr

LANGUAGE = "ar"
DIRECTION = "rtl"
CONTINUED = "(تابع)"
CLOCKS = ("12h", "24h")
EN_DASH = "\u2013"
COMMA = "\u060c"        # Arabic comma
SEMICOLON = "\u061b"    # Arabic semicolon

# The Western month names the UN writes where CLDR's ``ar`` has يونيو/يوليو
# (A/74/L.75: "14 حزيران/يونيه 2019"; A/71/100/Add.1: "15 تموز/يوليه 2016").
_UN_WESTERN_MONTHS = {6: "يونيه", 7: "يوليه"}

# Sub-item letters in the abjad order UN Arabic documents use: (أ), (ب), (ج), (د), (هـ)...
_ABJAD = ("أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع",
          "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ")


def _li(word: str) -> str:
    """The preposition لِ joined to its noun: ``لفريق الخبراء``; before the article it drops the
    alif (``للجنة``); before a word not in Arabic script it stands apart with a tatweel (``لـUNODC``)."""
    if not word or not _is_arabic_letter(word[0]):
        return f"لـ{word}"
    if word.startswith("ال"):
        return "ل" + word[1:]
    return "ل" + word


def _is_arabic_letter(char: str) -> bool:
    return "\u0621" <= char <= "\u064a"


# --- names (CLDR through Babel, cached) ----------------------------------------------------


def _cldr_months() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The Syriac month names (CLDR ``ar_SY``) and the Western ones (``ar``), doubled as UN
    Arabic documents write them."""
    return cldr.month_names("ar_SY"), cldr.month_names("ar")


def month_name(month: int) -> str:
    """The month as UN Arabic documents write it: ``نيسان/أبريل``; ValueError outside 1..12."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month!r}")
    syriac, western = _cldr_months()
    return f"{syriac[month - 1]}/{_UN_WESTERN_MONTHS.get(month, western[month - 1])}"


def weekday_name(d: date) -> str:
    """``الثلاثاء``."""
    return cldr.weekday_names(LANGUAGE)[d.weekday()]


# --- times -------------------------------------------------------------------------------

def _check_clock(clock: str) -> None:
    if clock not in CLOCKS:
        raise ValueError(f"clock must be one of {CLOCKS}, not {clock!r}")


def format_time(t: time, clock: str = "12h") -> str:
    """Minutes/hours on the 24-hour clock, Western digits: ``00/10``, ``30/15``. UN Arabic
    documents write every time so; the meeting's clock (an English setting) changes nothing."""
    _check_clock(clock)
    return f"{t.minute:02d}/{t.hour:02d}"


def format_time_range(start: time, end: time, clock: str = "12h") -> str:
    """``00/10–00/13`` (unspaced EN DASH). ValueError for an empty range or an unknown clock."""
    _check_clock(clock)
    if start.replace(second=0, microsecond=0) == end.replace(second=0, microsecond=0):
        raise ValueError(f"empty time range: {start} to {end}")
    return f"{format_time(start)}{EN_DASH}{format_time(end)}"


# --- dates -------------------------------------------------------------------------------

def format_date(d: date, *, weekday: bool = False, year: bool = True) -> str:
    """``6 نيسان/أبريل 2021``; with the weekday ``الثلاثاء، 6 نيسان/أبريل 2021``."""
    text = f"{d.day} {month_name(d.month)}"
    if year:
        text += f" {d.year}"
    if weekday:
        text = f"{weekday_name(d)}{COMMA} {text}"
    return text


def _check_order(start: date, end: date) -> None:
    if end < start:
        raise ValueError(f"date range ends before it starts: {start} to {end}")


def _shared_head(start: date, end: date) -> str:
    if start.year != end.year:
        return format_date(start)
    if start.month != end.month:
        return format_date(start, year=False)
    return str(start.day)


def format_date_range(start: date, end: date) -> str:
    """``6–8 نيسان/أبريل 2021``, ``29 أيار/مايو–2 حزيران/يونيه 2023``; one day ``6 نيسان/أبريل 2021``."""
    _check_order(start, end)
    if start == end:
        return format_date(start)
    return f"{_shared_head(start, end)}{EN_DASH}{format_date(end)}"


def format_date_span_text(start: date, end: date) -> str:
    """Running text: ``في الفترة من 6 إلى 8 نيسان/أبريل 2021``; two days
    ``يومي 13 و14 حزيران/يونيه 2022``; one day ``في 6 نيسان/أبريل 2021``."""
    _check_order(start, end)
    if start == end:
        return f"في {format_date(start)}"
    head = _shared_head(start, end)
    if end - start == timedelta(days=1):
        return f"يومي {head} و{format_date(end)}"
    return f"في الفترة من {head} إلى {format_date(end)}"


def format_opening(d: date, t: time, clock: str = "12h") -> str:
    """The time before the date: ``في الساعة 00/10 من يوم الثلاثاء 6 نيسان/أبريل 2021``."""
    return f"في الساعة {format_time(t, clock)} من يوم {weekday_name(d)} {format_date(d)}"


# --- numbers and ordinals ----------------------------------------------------------------

_UNITS_M = ("صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة")
_UNITS_F = ("صفر", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر")
_TENS = ("", "عشرة", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون", "تسعون")
_HUNDREDS = ("", "مائة", "مائتان", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة", "سبعمائة",
             "ثمانمائة", "تسعمائة")
# The forms for 3..10 are polar: ثلاثة with masculine nouns, ثلاث with feminine ones.
# Ordinals 1..10, masculine and feminine (الاجتماع السابع، الدورة السابعة).
_ORD_M = ("", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
          "التاسع", "العاشر")
_ORD_F = ("", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة",
          "الثامنة", "التاسعة", "العاشرة")
# In compounds 1 is الحادي/الحادية: الحادي عشر، الحادية والعشرون.
_ORD_COMPOUND_ONE = {"m": "الحادي", "f": "الحادية"}
_TENS_DEFINITE = tuple("ال" + word if word else "" for word in _TENS)


def _check_range(n: int, low: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or not low <= n <= 999:
        raise ValueError(f"expected an integer {low}..999, not {n!r}")


def _check_gender(gender: str) -> None:
    if gender not in ("m", "f"):
        raise ValueError(f"gender must be 'm' or 'f', not {gender!r}")


def _cardinal(n: int, gender: str) -> str:
    """A cardinal for a noun of ``gender``: 3..10 take the other gender's form (ثلاثة أيام،
    ثلاث جلسات), 1 and 2 agree (واحد، اثنتان)."""
    if n == 0:
        return "صفر"
    hundreds, rest = divmod(n, 100)
    parts = [_HUNDREDS[hundreds]] if hundreds else []
    if rest:
        parts.append(_under_hundred(rest, gender))
    return " و".join(parts)


def _unit(n: int, gender: str) -> str:
    """The unit for a noun of ``gender``: ``_UNITS_M`` holds the forms masculine nouns take
    (واحد، اثنان، ثلاثة أيام), ``_UNITS_F`` the feminine nouns' (واحدة، اثنتان، ثلاث جلسات)."""
    return (_UNITS_M if gender == "m" else _UNITS_F)[n]


def _under_hundred(n: int, gender: str) -> str:
    if n <= 10:
        return _unit(n, gender) if n < 10 else ("عشرة" if gender == "m" else "عشر")
    if n < 20:
        unit = n - 10
        ten = "عشر" if gender == "m" else "عشرة"
        if unit == 1:
            head = "أحد" if gender == "m" else "إحدى"
        elif unit == 2:
            head = "اثنا" if gender == "m" else "اثنتا"
        else:
            head = _unit(unit, gender)
        return f"{head} {ten}"
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _TENS[tens]
    head = ("واحد" if gender == "m" else "إحدى") if unit == 1 else _unit(unit, gender)
    return f"{head} و{_TENS[tens]}"


def number_word(n: int, gender: str = "m") -> str:
    """A cardinal in words, 0..999, for a noun of ``gender`` ("m" default): ``ستة``,
    ``أحد عشر``, ``واحد وعشرون``, ``مائة وخمسة``. ValueError outside 0..999."""
    _check_range(n, 0)
    _check_gender(gender)
    return _cardinal(n, gender)


def _ordinal_under_hundred(n: int, gender: str) -> str:
    if n <= 10:
        return (_ORD_M if gender == "m" else _ORD_F)[n]
    tens, unit = divmod(n, 10)
    if n < 20:
        head = _ORD_COMPOUND_ONE[gender] if unit == 1 else (_ORD_M if gender == "m" else _ORD_F)[unit]
        return f"{head} {'عشر' if gender == 'm' else 'عشرة'}"
    if unit == 0:
        return _TENS_DEFINITE[tens]
    head = _ORD_COMPOUND_ONE[gender] if unit == 1 else (_ORD_M if gender == "m" else _ORD_F)[unit]
    return f"{head} و{_TENS_DEFINITE[tens]}"


def ordinal_word(n: int, gender: str = "m") -> str:
    """A spelled-out definite ordinal agreeing with its noun, 1..999: masculine (the default,
    ``الاجتماع السابع``) or feminine (``الدورة الرابعة والستون``). Hundreds:
    ``المائة``, ``الخامس بعد المائة``. ValueError outside 1..999."""
    _check_range(n, 1)
    _check_gender(gender)
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return _ordinal_under_hundred(rest, gender)
    hundred = "ال" + _HUNDREDS[hundreds] if hundreds != 2 else "المائتين"
    if rest == 0:
        return "المائتان" if hundreds == 2 else hundred
    after = "المائة" if hundreds == 1 else hundred
    return f"{_ordinal_under_hundred(rest, gender)} بعد {after}"


def ordinal_figure(n: int) -> str:
    """Numbered sittings are written with the figure after the noun (``الجلسة 2``), so the
    ordinal in figures is the figure: ``2``. ValueError below 1."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"expected an integer >= 1, not {n!r}")
    return str(n)


def capitalize_first(s: str) -> str:
    """Arabic has no capitals: the text unchanged."""
    return s


# --- counted nouns (CLDR plural categories through Babel) ---------------------------------

# The nouns egmplan counts, by their English singular: gender, then the forms for CLDR's
# categories one, two, few (3..10: plural), many (11..99: accusative singular) and
# other (100 and up: genitive singular).
_NOUNS = {
    "plenary meeting": ("f", {"one": "جلسة عامة واحدة", "two": "جلستان عامتان", "few": "جلسات عامة",
                              "many": "جلسة عامة", "other": "جلسة عامة"}),
    "meeting": ("f", {"one": "جلسة واحدة", "two": "جلستان", "few": "جلسات", "many": "جلسة",
                      "other": "جلسة"}),
    "sitting": ("f", {"one": "جلسة واحدة", "two": "جلستان", "few": "جلسات", "many": "جلسة",
                      "other": "جلسة"}),
    "day": ("m", {"one": "يوم واحد", "two": "يومان", "few": "أيام", "many": "يوماً", "other": "يوم"}),
    "minute": ("f", {"one": "دقيقة واحدة", "two": "دقيقتان", "few": "دقائق", "many": "دقيقة",
                     "other": "دقيقة"}),
    "hour": ("f", {"one": "ساعة واحدة", "two": "ساعتان", "few": "ساعات", "many": "ساعة", "other": "ساعة"}),
    "participant": ("m", {"one": "مشارك واحد", "two": "مشاركان", "few": "مشاركين", "many": "مشاركاً",
                          "other": "مشارك"}),
    "delegation": ("m", {"one": "وفد واحد", "two": "وفدان", "few": "وفود", "many": "وفداً", "other": "وفد"}),
}


def plural_category(n: int) -> str:
    """CLDR's plural category of ``n`` in Arabic (zero, one, two, few, many, other), from Babel."""
    return cldr.plural_category(LANGUAGE, n)


def plural(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and its noun, agreeing in Arabic: ``ست جلسات عامة``, ``ثلاثة أيام``,
    ``جلستان عامتان``, ``أحد عشر يوماً``. ``singular`` is the English noun egmplan counts
    ("plenary meeting", "day", ...); another noun is written after the figure
    (``n`` and ``plural`` or ``singular``). ValueError outside 0..999."""
    _check_range(n, 0)
    entry = _NOUNS.get(singular)
    if entry is None:
        return f"{n} {singular if n == 1 else (plural or singular)}"
    gender, forms = entry
    category = plural_category(n)
    if category in ("one", "two"):
        return forms[category]
    if category == "zero":
        return f"صفر {forms['few']}"
    return f"{_cardinal(n, gender)} {forms[category]}"


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


# The kinds of gathering: the noun and its gender (O3).
_KINDS = {"meeting": ("الاجتماع", "m"), "session": ("الدورة", "f")}


def _kind(kind: str) -> tuple[str, str]:
    return _KINDS.get(kind, (kind, "m"))


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


# --- the calendar ------------------------------------------------------------------------

def _and_list(parts: list[str]) -> str:
    """``2 و3 و4``: Arabic joins every member with و."""
    return " و".join(parts)


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


def short_date(d: date) -> str:
    """A narrow column: ``الثلاثاء 6 نيسان`` (CLDR has no abbreviations for Arabic names)."""
    syriac, _western = _cldr_months()
    return f"{weekday_name(d)} {d.day} {syriac[d.month - 1]}"


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

    return report(sys.modules[__name__], meeting, suggestion, **options)


def connections_report(meeting, result) -> str:
    """The report of ``egmplan connections`` in Arabic (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import connections_report as report

    return report(sys.modules[__name__], meeting, result)


# --- the local-time schedule -------------------------------------------------------------

_SCHEDULE_COLUMNS = {"date": "التاريخ", "zone": "المنطقة الزمنية", "local": "التوقيت المحلي",
                     "day": "اليوم", "offset": "الفارق", "comfort": "الملاءمة"}


def schedule_title(number: int, kind: str, body: str) -> str:
    """``الاجتماع السابع لفريق الخبراء ...``."""
    return f"{meeting_phrase(number, kind)} {_li(body)}"


def schedule_subtitle(venue: str, start: date, end: date) -> str:
    return f"{venue}{COMMA} {format_date_range(start, end)}: مواعيد الجلسات بالتوقيت المحلي"


def venue_time(venue: str) -> str:
    return f"بتوقيت {venue}"


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


# --- the changes between two drafts ------------------------------------------------------

def change_wording(clock: str, markdown: bool, user):
    """The sentences of ``egmplan diff`` in Arabic (:mod:`egmplan.style.ar_changes`)."""
    import sys

    from egmplan.style.ar_changes import ArabicChangeWording

    return ArabicChangeWording(sys.modules[__name__], clock, markdown, user)


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


@lru_cache(maxsize=1)
def _tie_patterns():
    import re

    from egmplan.style.ties import month_words

    return (
        re.compile(rf"(?<=\d) (?=(?:{month_words(format_date)}))"),      # 6 نيسان/أبريل
    )


def tie_words(text: str) -> str:
    """``text`` with a no-break space wherever this language never breaks a line (Word)."""
    from egmplan.style.ties import tie

    return tie(text, _tie_patterns())


def masthead_language() -> str:
    """The masthead's language line, printed under the date of issue in every version but the
    original: ``Arabic``."""
    return "Arabic"


def masthead_date(d: date) -> str:
    """The date of issue in the masthead (the masthead of UN Russian, Chinese and Arabic documents stays in English, its date too)."""
    from egmplan.style.en import format_date as english_date

    return english_date(d)


def dated_time(day: str, time: str) -> str:
    """A time with the date it falls on, in a schedule's cell: the Arabic comma between them."""
    return f"{day}، {time}"


def sitting_heading(day: str, time: str, zone_heading: str) -> str:
    """A sitting's heading in the long layout of a schedule (many zones): its date and the
    venue's time, then the column's heading; a spaced em dash, as the other scripts."""
    return f"{dated_time(day, time)} — {zone_heading}"


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
