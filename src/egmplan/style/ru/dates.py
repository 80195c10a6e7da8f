"""Russian: month and weekday names, times, dates and their ranges, and the places where a
line never breaks."""

from __future__ import annotations

from datetime import date, time, timedelta
from functools import lru_cache

from egmplan.style import cldr
from egmplan.style.ru.grammar import LANGUAGE

CLOCKS = ("12h", "24h")
EN_DASH = "\u2013"
# The masthead's day range takes a hyphen, as the table and the CTOC/COP Russian
# mastheads print it: "Вена, 1-5 июня 2015 года". Ranges whose ends are several words take a
# spaced en dash (Russian typography).
DAY_RANGE_DASH = "-"
RANGE_DASH = f" {EN_DASH} "


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


def short_date(d: date) -> str:
    """A date in a narrow column: ``вт 6 апр.``."""
    month = cldr.month_names(LANGUAGE, "abbreviated")[d.month - 1]
    return f"{cldr.weekday_names(LANGUAGE, 'abbreviated')[d.weekday()]} {d.day} {month}"


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
