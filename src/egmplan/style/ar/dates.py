"""Arabic: month and weekday names, times, dates and their ranges, and the places where a
line never breaks."""

from __future__ import annotations

from datetime import date, time, timedelta
from functools import lru_cache

from egmplan.style import cldr
from egmplan.style.ar.grammar import LANGUAGE

CLOCKS = ("12h", "24h")
EN_DASH = "\u2013"
COMMA = "\u060c"        # Arabic comma
SEMICOLON = "\u061b"    # Arabic semicolon

# The Western month names the UN writes where CLDR's ``ar`` has يونيو/يوليو
# (A/74/L.75: "14 حزيران/يونيه 2019"; A/71/100/Add.1: "15 تموز/يوليه 2016").
_UN_WESTERN_MONTHS = {6: "يونيه", 7: "يوليه"}


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


def short_date(d: date) -> str:
    """A narrow column: ``الثلاثاء 6 نيسان`` (CLDR has no abbreviations for Arabic names)."""
    syriac, _western = _cldr_months()
    return f"{weekday_name(d)} {d.day} {syriac[d.month - 1]}"


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
