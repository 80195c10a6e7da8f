"""French: month and weekday names, times, dates and their ranges, and the places where a
line never breaks."""

from __future__ import annotations

from datetime import date, time, timedelta
from functools import lru_cache

from egmplan.style import cldr
from egmplan.style.fr.grammar import LANGUAGE

CLOCKS = ("12h", "24h")
# Ranges of dates and times: a hyphen, unspaced (CAC/COSP/IRG/2015/1: "1er-5 juin 2015").
RANGE = "-"


# --- names -------------------------------------------------------------------------------

def month_name(month: int) -> str:
    """CLDR's month name, lower case: ``4`` -> ``avril``; ValueError outside 1..12."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month!r}")
    return cldr.month_names(LANGUAGE)[month - 1]


def weekday_name(d: date) -> str:
    """CLDR's weekday name, lower case as French writes it: ``mardi``."""
    return cldr.weekday_names(LANGUAGE)[d.weekday()]


# --- times -------------------------------------------------------------------------------

def _check_clock(clock: str) -> None:
    if clock not in CLOCKS:
        raise ValueError(f"clock must be one of {CLOCKS}, not {clock!r}")


def format_time(t: time, clock: str = "12h") -> str:
    """A time of day as French UN documents write it, on the 24-hour clock whatever ``clock``
    says (the setting chooses between English clocks): ``10 heures``, ``1 heure``,
    ``15 h 10``, ``0 heure``. ValueError for an unknown clock."""
    _check_clock(clock)
    if t.minute == 0:
        return f"{t.hour} heure" + ("s" if t.hour > 1 else "")
    return f"{t.hour} h {t.minute:02d}"


def format_time_range(start: time, end: time, clock: str = "12h") -> str:
    """``10 heures-13 heures``, ``15 h 30-18 heures`` (both ends in full, unspaced hyphen).
    ValueError for an unknown clock or an empty range."""
    _check_clock(clock)
    if start.replace(second=0, microsecond=0) == end.replace(second=0, microsecond=0):
        raise ValueError(f"empty time range: {start} to {end}")
    return f"{format_time(start, clock)}{RANGE}{format_time(end, clock)}"


# --- dates -------------------------------------------------------------------------------

def _day(d: date) -> str:
    """``1er`` for the first of the month, the figure otherwise."""
    return "1er" if d.day == 1 else str(d.day)


def format_date(d: date, *, weekday: bool = False, year: bool = True) -> str:
    """``6 avril 2021``, ``1er juin 2015``, ``mardi 6 avril 2021`` (no comma), ``mardi 6 avril``."""
    text = f"{_day(d)} {month_name(d.month)}"
    if year:
        text += f" {d.year}"
    if weekday:
        text = f"{weekday_name(d)} {text}"
    return text


def _check_order(start: date, end: date) -> None:
    if end < start:
        raise ValueError(f"date range ends before it starts: {start} to {end}")


def _shared_head(start: date, end: date) -> str:
    if start.year != end.year:
        return format_date(start)
    if start.month != end.month:
        return format_date(start, year=False)
    return _day(start)


def format_date_range(start: date, end: date) -> str:
    """Masthead dates: ``1er-5 juin 2015``, ``29 mai-2 juin 2023``,
    ``30 décembre 2024-2 janvier 2025``; one day ``6 avril 2021``."""
    _check_order(start, end)
    if start == end:
        return format_date(start)
    return f"{_shared_head(start, end)}{RANGE}{format_date(end)}"


def format_date_span_text(start: date, end: date) -> str:
    """Dates in running text: ``du 6 au 8 avril 2021``, ``du 29 août au 9 septembre 2022``,
    ``les 13 et 14 juin 2022``, ``le 6 avril 2021``."""
    _check_order(start, end)
    if start == end:
        return f"le {format_date(start)}"
    head = _shared_head(start, end)
    if end - start == timedelta(days=1):
        return f"les {head} et {format_date(end)}"
    return f"du {head} au {format_date(end)}"


def format_opening(d: date, t: time, clock: str = "12h") -> str:
    """``mardi 6 avril 2021 à 10 heures`` (the translator writes "le {opening}")."""
    return f"{format_date(d, weekday=True)} à {format_time(t, clock)}"


def short_date(d: date) -> str:
    """A narrow column's date from CLDR's abbreviations: ``mar. 6 avr.``."""
    day = cldr.weekday_names(LANGUAGE, "abbreviated")[d.weekday()]
    month = cldr.month_names(LANGUAGE, "abbreviated")[d.month - 1]
    return f"{day} {_day(d)} {month}"


@lru_cache(maxsize=1)
def _tie_patterns():
    import re

    from egmplan.style.ties import month_words

    return (
        re.compile(rf"(?<=\d) (?=(?:{month_words(format_date)})\b)"),   # 6 avril
        re.compile(r"(?<=\d) (?=(?:heures?|h)\b)"),                       # 10 heures, 15 h 30
        re.compile(r"(?<=\bh) (?=\d)"),
    )


def tie_words(text: str) -> str:
    """``text`` with a no-break space wherever this language never breaks a line (Word)."""
    from egmplan.style.ties import tie

    return tie(text, _tie_patterns())
