"""Spanish: month and weekday names, times, dates and their ranges, and the places where a
line never breaks."""

from __future__ import annotations

from datetime import date, time, timedelta
from functools import lru_cache

from egmplan.style import cldr
from egmplan.style.es.grammar import LANGUAGE

CLOCKS = ("12h", "24h")


# --- names -------------------------------------------------------------------------------

def month_name(month: int) -> str:
    """CLDR's month name, lower case: ``4`` -> ``abril``; ValueError outside 1..12."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month!r}")
    return cldr.month_names(LANGUAGE)[month - 1]


def weekday_name(d: date) -> str:
    """CLDR's weekday name, lower case: ``martes``."""
    return cldr.weekday_names(LANGUAGE)[d.weekday()]


# --- times -------------------------------------------------------------------------------

def _check_clock(clock: str) -> None:
    if clock not in CLOCKS:
        raise ValueError(f"clock must be one of {CLOCKS}, not {clock!r}")


def _figure(t: time) -> str:
    """``10.00``, ``9.30``, ``15.00``: hours unpadded, a full stop, two-digit minutes."""
    return f"{t.hour}.{t.minute:02d}"


def format_time(t: time, clock: str = "12h") -> str:
    """``10.00 horas``, ``15.30 horas``: the 24-hour clock whatever ``clock`` says (the
    setting chooses between English clocks). ValueError for an unknown clock."""
    _check_clock(clock)
    return f"{_figure(t)} horas"


def format_time_range(start: time, end: time, clock: str = "12h") -> str:
    """``10.00 a 13.00 horas``, ``15.00 a 18.00 horas``. ValueError for an unknown clock or
    an empty range."""
    _check_clock(clock)
    if start.replace(second=0, microsecond=0) == end.replace(second=0, microsecond=0):
        raise ValueError(f"empty time range: {start} to {end}")
    return f"{_figure(start)} a {_figure(end)} horas"


# --- dates -------------------------------------------------------------------------------

def format_date(d: date, *, weekday: bool = False, year: bool = True) -> str:
    """``6 de abril de 2021``, ``1 de junio de 2015``, ``martes 6 de abril de 2021``,
    ``martes 6 de abril``."""
    text = f"{d.day} de {month_name(d.month)}"
    if year:
        text += f" de {d.year}"
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
    return str(start.day)


def format_date_range(start: date, end: date) -> str:
    """Masthead dates joined by "a": ``1 a 5 de junio de 2015``, ``29 de mayo a 2 de junio de
    2023``, ``30 de diciembre de 2024 a 2 de enero de 2025``; one day ``6 de abril de 2021``."""
    _check_order(start, end)
    if start == end:
        return format_date(start)
    return f"{_shared_head(start, end)} a {format_date(end)}"


def format_date_span_text(start: date, end: date) -> str:
    """Dates in running text: ``del 6 al 8 de abril de 2021``, ``del 29 de agosto al 9 de
    septiembre de 2022``, ``los días 13 y 14 de junio de 2022``, ``el 6 de abril de 2021``."""
    _check_order(start, end)
    if start == end:
        return f"el {format_date(start)}"
    head = _shared_head(start, end)
    if end - start == timedelta(days=1):
        return f"los días {head} y {format_date(end)}"
    return f"del {head} al {format_date(end)}"


def format_opening(d: date, t: time, clock: str = "12h") -> str:
    """``martes 6 de abril de 2021, a las 10.00 horas`` (the translator writes "el {opening}")."""
    article = "la" if t.hour == 1 else "las"
    return f"{format_date(d, weekday=True)}, a {article} {format_time(t, clock)}"


def short_date(d: date) -> str:
    """A narrow column's date from CLDR's abbreviations: ``mar 6 abr``."""
    day = cldr.weekday_names(LANGUAGE, "abbreviated")[d.weekday()]
    month = cldr.month_names(LANGUAGE, "abbreviated")[d.month - 1]
    return f"{day} {d.day} {month}"


@lru_cache(maxsize=1)
def _tie_patterns():
    import re

    return (
        re.compile(r"(?<=\d) (?=de \w)"),                                  # 6 de abril
        re.compile("(?<=\\d\u00a0de) (?=\\w)"),          # (after the rule above)
        re.compile(r"(?<=\d) (?=horas\b)"),                               # 10.00 horas
    )


def tie_words(text: str) -> str:
    """``text`` with a no-break space wherever this language never breaks a line (Word)."""
    from egmplan.style.ties import tie

    return tie(text, _tie_patterns())
