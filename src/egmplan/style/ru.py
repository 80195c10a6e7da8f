"""Russian UN editorial style: meeting documents as the Russian Translation Service writes them.

The same members as ``style/en.py`` (the contracts are there). Month and weekday names come
from CLDR through Babel (:mod:`egmplan.style.cldr`, imported inside the functions); the UN
conventions sit on top. Sources and defaults: ``docs/languages.md``, section "Russian (ru)".

Russian declines names; a venue ("Вена") or a body ("Группа экспертов") arrives in the
nominative and is never put into another case here: sentences are built so that the name
stands in the nominative ("в городе Вена", "(Вена)").
"""

from __future__ import annotations

from functools import lru_cache

from datetime import date, time, timedelta

from egmplan.style import cldr
from egmplan.style.en import offset_display, roman, zone_time_label  # noqa: F401  (same in Russian)

LANGUAGE = "ru"
DIRECTION = "ltr"
CONTINUED = "(продолжение)"
CLOCKS = ("12h", "24h")
EN_DASH = "\u2013"
# The masthead's day range takes a hyphen, as the table and the CTOC/COP Russian
# mastheads print it: "Вена, 1-5 июня 2015 года". Ranges whose ends are several words take a
# spaced en dash (Russian typography).
DAY_RANGE_DASH = "-"
RANGE_DASH = f" {EN_DASH} "

# What a gathering is called, with the grammatical gender its ordinal agrees with.
_KINDS = {"meeting": ("совещание", "n"), "session": ("сессия", "f")}

_UNITS = ("ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
          "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
          "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать")
_TENS = ("", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
         "восемьдесят", "девяносто")
_HUNDREDS = ("", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
             "восемьсот", "девятьсот")
# Masculine nominative ordinals (UN Russian writes "е", not "ё": "четвертый").
_ORDINAL_UNITS = ("", "первый", "второй", "третий", "четвертый", "пятый", "шестой", "седьмой",
                  "восьмой", "девятый", "десятый", "одиннадцатый", "двенадцатый", "тринадцатый",
                  "четырнадцатый", "пятнадцатый", "шестнадцатый", "семнадцатый", "восемнадцатый",
                  "девятнадцатый")
_ORDINAL_TENS = ("", "", "двадцатый", "тридцатый", "сороковой", "пятидесятый", "шестидесятый",
                 "семидесятый", "восьмидесятый", "девяностый")
_ORDINAL_HUNDREDS = ("", "сотый", "двухсотый", "трехсотый", "четырехсотый", "пятисотый",
                     "шестисотый", "семисотый", "восьмисотый", "девятисотый")

# Nouns the product counts, by their English key: (one, few, many) forms and gender
# (CLDR's categories choose the form: 1, 21 one; 2-4 few; 5-20 many).
_NOUNS = {
    "plenary meeting": (("пленарное заседание", "пленарных заседания", "пленарных заседаний"), "n"),
    "meeting": (("заседание", "заседания", "заседаний"), "n"),
    "sitting": (("заседание", "заседания", "заседаний"), "n"),
    "day": (("день", "дня", "дней"), "m"),
    "session": (("сессия", "сессии", "сессий"), "f"),
    "hour": (("час", "часа", "часов"), "m"),
    "minute": (("минута", "минуты", "минут"), "f"),
    "participant": (("участник", "участника", "участников"), "m"),
    "panellist": (("докладчик", "докладчика", "докладчиков"), "m"),
}


# --- names -------------------------------------------------------------------------------

def month_name(month: int) -> str:
    """The month's name on its own, 1..12 (``4`` -> ``апрель``); dates use the genitive."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month!r}")
    return cldr.month_names(LANGUAGE, "wide", "stand-alone")[month - 1]


def _month_in_date(month: int) -> str:
    return cldr.month_names(LANGUAGE)[month - 1]


def weekday_name(d: date) -> str:
    """The weekday of ``d`` in lower case, as Russian writes it (``вторник``)."""
    return cldr.weekday_names(LANGUAGE)[d.weekday()]


def _weekday_on(d: date) -> str:
    """``во вторник``, ``в среду``: the accusative after "в" (feminine -а -> -у)."""
    name = weekday_name(d)
    if name.endswith("а"):
        name = name[:-1] + "у"
    return ("во " if name.startswith("вт") else "в ") + name


# --- times -------------------------------------------------------------------------------

def _check_clock(clock: str) -> None:
    if clock not in CLOCKS:
        raise ValueError(f"clock must be one of {CLOCKS}, not {clock!r}")


def format_time(t: time, clock: str = "12h") -> str:
    """Russian documents count the hours to 24 whatever the meeting's clock: ``10 ч. 00 м.``,
    ``15 ч. 30 м.``, ``0 ч. 00 м.``."""
    _check_clock(clock)
    return f"{t.hour} ч. {t.minute:02d} м."


def format_time_range(start: time, end: time, clock: str = "12h") -> str:
    """``10 ч. 00 м. – 13 ч. 00 м.`` (spaced en dash). ValueError for an empty range."""
    _check_clock(clock)
    if start.replace(second=0, microsecond=0) == end.replace(second=0, microsecond=0):
        raise ValueError(f"empty time range: {start} to {end}")
    return f"{format_time(start)}{RANGE_DASH}{format_time(end)}"


# --- dates -------------------------------------------------------------------------------

def format_date(d: date, *, weekday: bool = False, year: bool = True) -> str:
    """``6 апреля 2021 года``; ``вторник, 6 апреля 2021 года``; without the year
    ``вторник, 6 апреля``."""
    text = f"{d.day} {_month_in_date(d.month)}"
    if year:
        text += f" {d.year} года"
    if weekday:
        text = f"{weekday_name(d)}, {text}"
    return text


def _check_order(start: date, end: date) -> None:
    if end < start:
        raise ValueError(f"date range ends before it starts: {start} to {end}")


def format_date_range(start: date, end: date) -> str:
    """``1-5 июня 2015 года``; ``29 мая – 2 июня 2023 года``;
    ``30 декабря 2024 года – 2 января 2025 года``; one day ``6 апреля 2021 года``."""
    _check_order(start, end)
    if start == end:
        return format_date(start)
    if start.year != end.year:
        return f"{format_date(start)}{RANGE_DASH}{format_date(end)}"
    if start.month != end.month:
        return f"{format_date(start, year=False)}{RANGE_DASH}{format_date(end)}"
    return f"{start.day}{DAY_RANGE_DASH}{format_date(end)}"


def format_date_span_text(start: date, end: date) -> str:
    """Dates in running text: ``с 6 по 8 апреля 2021 года``, ``с 29 августа по 9 сентября
    2022 года``; two days ``13 и 14 июня 2022 года``; one day ``6 апреля 2021 года``."""
    _check_order(start, end)
    if start == end:
        return format_date(start)
    if start.year != end.year:
        head = format_date(start)
    elif start.month != end.month:
        head = format_date(start, year=False)
    else:
        head = str(start.day)
    if end - start == timedelta(days=1):
        return f"{head} и {format_date(end)}"
    return f"с {head} по {format_date(end)}"


def format_opening(d: date, t: time, clock: str = "12h") -> str:
    """``во вторник, 6 апреля 2021 года, в 10 ч. 00 м.`` (after "будет открыто")."""
    return f"{_weekday_on(d)}, {format_date(d)}, в {format_time(t, clock)}"


# --- numbers and ordinals ----------------------------------------------------------------

def _check_range(n: int, low: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or not low <= n <= 999:
        raise ValueError(f"expected an integer {low}..999, not {n!r}")


def _cardinal(n: int, gender: str = "m") -> str:
    """0..999 in words; the last word agrees in gender for 1 and 2 (одна, одно, две)."""
    if n == 0:
        return _UNITS[0]
    hundreds, rest = divmod(n, 100)
    words = [_HUNDREDS[hundreds]] if hundreds else []
    if rest >= 20:
        tens, rest = divmod(rest, 10)
        words.append(_TENS[tens])
    if rest:
        unit = _UNITS[rest]
        if rest == 1:
            unit = {"f": "одна", "n": "одно"}.get(gender, unit)
        elif rest == 2:
            unit = "две" if gender == "f" else unit
        words.append(unit)
    return " ".join(words)


def number_word(n: int) -> str:
    """Cardinal in words for 0..999: ``ноль``, ``шесть``, ``двадцать один``, ``сто пять``."""
    _check_range(n, 0)
    return _cardinal(n)


def _agree(word: str, gender: str) -> str:
    """A masculine ordinal in another gender: ``первый`` -> ``первая``/``первое``."""
    if gender == "m":
        return word
    if word.endswith("ий"):  # третий
        return word[:-2] + ("ья" if gender == "f" else "ье")
    return word[:-2] + ("ая" if gender == "f" else "ое")


def ordinal_word(n: int, gender: str = "n") -> str:
    """Spelled-out ordinal, lower case, for 1..999, agreeing with ``gender`` (``n``: совещание,
    ``f``: сессия, ``m``): ``седьмое``, ``шестая``, ``шестьдесят четвертая``, ``сотое``."""
    _check_range(n, 1)
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        return _agree(_ORDINAL_HUNDREDS[hundreds], gender)
    words = [_HUNDREDS[hundreds]] if hundreds else []
    if rest < 20:
        words.append(_agree(_ORDINAL_UNITS[rest], gender))
    else:
        tens, unit = divmod(rest, 10)
        if unit:
            words += [_TENS[tens], _agree(_ORDINAL_UNITS[unit], gender)]
        else:
            words.append(_agree(_ORDINAL_TENS[tens], gender))
    return " ".join(words)


def ordinal_figure(n: int) -> str:
    """Ordinal in figures for numbered sittings: ``1-е``, ``21-е`` (neuter: заседание)."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"expected an integer >= 1, not {n!r}")
    return f"{n}-е"


def _kind(kind: str) -> tuple[str, str]:
    return _KINDS.get(kind, (kind, "n"))


# --- text helpers ------------------------------------------------------------------------

def capitalize_first(s: str) -> str:
    return s[:1].upper() + s[1:]


def plural(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` in words with the noun in the form CLDR's plural rules ask for: ``один день``,
    ``два дня``, ``пять дней``, ``двадцать один день``, ``шесть пленарных заседаний``.
    ``singular`` is the English key of a noun egmplan counts (``plenary meeting``, ``day``);
    another word is printed as given (``plural`` for every n but 1). ValueError outside 0..999."""
    _check_range(n, 0)
    if singular in _NOUNS:
        (one, few, many), gender = _NOUNS[singular]
        noun = {"one": one, "few": few}.get(cldr.plural_category(LANGUAGE, n), many)
        return f"{_cardinal(n, gender)} {noun}"
    noun = singular if n == 1 else (plural or singular)
    return f"{_cardinal(n)} {noun}"


def _count(n: int, key: str) -> str:
    """``3 дня``, ``1 заседание``: a figure and the agreeing noun."""
    (one, few, many), _ = _NOUNS[key]
    return f"{n} " + {"one": one, "few": few}.get(cldr.plural_category(LANGUAGE, n), many)


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
    """A fixed heading of the agenda document (the keys of ``style/en.py``). KeyError otherwise."""
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


def short_date(d: date) -> str:
    """A date in a narrow column: ``вт 6 апр.``."""
    month = cldr.month_names(LANGUAGE, "abbreviated")[d.month - 1]
    return f"{cldr.weekday_names(LANGUAGE, 'abbreviated')[d.weekday()]} {d.day} {month}"


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

    return report(sys.modules[__name__], meeting, suggestion, **options)


def connections_report(meeting, result) -> str:
    """The report of ``egmplan connections`` in Russian (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import connections_report as report

    return report(sys.modules[__name__], meeting, result)


# --- the local-time schedule -------------------------------------------------------------

_SCHEDULE_COLUMNS = {"date": "Дата", "zone": "Часовой пояс", "local": "Местное время", "day": "День",
                     "offset": "Разница", "comfort": "Удобство"}


def schedule_title(number: int, kind: str, body: str) -> str:
    """``Седьмое совещание: Группа экспертов …`` (the body in the nominative)."""
    return f"{session_name(number, kind)}: {body}"


def schedule_subtitle(venue: str, start: date, end: date) -> str:
    return f"{venue_dates(venue, start, end)}: местное время заседаний"


def venue_time(venue: str) -> str:
    return f"местное время ({venue})"


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


# --- the changes between two drafts ------------------------------------------------------

def change_wording(clock: str, markdown: bool, user):
    """The sentences of ``egmplan diff`` in Russian (:mod:`egmplan.style.changes_words`)."""
    import sys

    from egmplan.style.changes_words import LocalChangeWording

    return LocalChangeWording(sys.modules[__name__], clock, markdown, user)


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


@lru_cache(maxsize=1)
def _tie_patterns():
    import re

    from egmplan.style.ties import month_words

    return (
        re.compile(rf"(?<=\d) (?=(?:{month_words(format_date)})\b)"),   # 6 апреля
        re.compile(r"(?<=\d) (?=(?:года|г\.|ч\.|м\.))"),                # 2021 года, 10 ч. 00 м.
        re.compile(r"(?<=ч\.) (?=\d)"),
    )


def tie_words(text: str) -> str:
    """``text`` with a no-break space wherever this language never breaks a line (Word)."""
    from egmplan.style.ties import tie

    return tie(text, _tie_patterns())


def masthead_language() -> str:
    """The masthead's language line, printed under the date of issue in every version but the
    original: ``Russian``."""
    return "Russian"


def masthead_date(d: date) -> str:
    """The date of issue in the masthead (the masthead of UN Russian, Chinese and Arabic documents stays in English, its date too)."""
    from egmplan.style.en import format_date as english_date

    return english_date(d)


def dated_time(day: str, time: str) -> str:
    """A time with the date it falls on, in a schedule's cell: a comma between them."""
    return f"{day}, {time}"


def sitting_heading(day: str, time: str, zone_heading: str) -> str:
    """A sitting's heading in the long layout of a schedule (many zones): its date and the
    venue's time, then the column's heading; the spaced em dash (тире) of Russian running text."""
    return f"{dated_time(day, time)} — {zone_heading}"


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


def _cite(number: str) -> str:
    """An item number as the model writes it ("1 (a)") cited in Russian ("1 a)")."""
    from egmplan.model import cited_number

    parts = cited_number(number)
    return item_reference(*parts) if parts else number


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
