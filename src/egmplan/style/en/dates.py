"""English: month and weekday names, times, dates and their ranges, and the places where a
line never breaks."""

from __future__ import annotations

from datetime import date, time, timedelta
from functools import lru_cache

CLOCKS = ("12h", "24h")
EN_DASH = "\u2013"

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
# date.weekday(): Monday is 0.
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# --- names -------------------------------------------------------------------------------

def month_name(month: int) -> str:
    """English month name for 1..12 (``4`` -> ``April``); ValueError otherwise."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month!r}")
    return _MONTHS[month - 1]


def weekday_name(d: date) -> str:
    """English weekday name of ``d`` (``Tuesday``), capitalised as in D2."""
    return _WEEKDAYS[d.weekday()]


# --- times -------------------------------------------------------------------------------

def _check_clock(clock: str) -> None:
    if clock not in CLOCKS:
        raise ValueError(f"clock must be one of {CLOCKS}, not {clock!r}")


def _is_word(t: time) -> bool:
    """UN-STYLE T5: 12:00 and 00:00 are written as words and take no meridiem."""
    return t.minute == 0 and t.hour in (0, 12)


def _meridiem(t: time) -> str:
    return "a.m." if t.hour < 12 else "p.m."


def _bare_12h(t: time) -> str:
    """The 12-hour figure without meridiem: ``10``, ``10.30``, ``12.15`` (T2, T3)."""
    hour = t.hour % 12 or 12
    return str(hour) if t.minute == 0 else f"{hour}.{t.minute:02d}"


def _format_24h(t: time) -> str:
    """UN-STYLE T6: zero-padded hours, full stop, minutes: ``09.00``, ``15.30``."""
    return f"{t.hour:02d}.{t.minute:02d}"


def format_time(t: time, clock: str = "12h") -> str:
    """A time of day in document style; seconds and tzinfo are not shown.

    ``12h`` (T1-T3, T5): ``10 a.m.``, ``10.30 a.m.``, ``3.10 p.m.``, ``noon``,
    ``12.30 p.m.``, ``midnight``, ``12.15 a.m.``.
    ``24h`` (T6): ``09.00``, ``15.30``, ``00.00``.
    Any other clock raises ValueError.
    """
    _check_clock(clock)
    if clock == "24h":
        return _format_24h(t)
    if _is_word(t):
        return "noon" if t.hour == 12 else "midnight"
    return f"{_bare_12h(t)} {_meridiem(t)}"


def format_time_range(start: time, end: time, clock: str = "12h") -> str:
    """A time range joined by an unspaced EN DASH (UN-STYLE T4, T5, T6).

    Same half of the day: the meridiem once, at the end (``3–6 p.m.``,
    ``9–11.30 a.m.``). Crossing noon or midnight (``end`` earlier than ``start``
    means the range runs past midnight): the meridiem on both ends
    (``10 a.m.–1 p.m.``, ``11 p.m.–1 a.m.``). ``noon``/``midnight`` never take a
    meridiem (``noon–2 p.m.``, ``10 a.m.–noon``). ``24h``: ``09.00–12.00``.
    Raises ValueError for an unknown clock or an empty range (start == end).
    """
    _check_clock(clock)
    if start.replace(second=0, microsecond=0) == end.replace(second=0, microsecond=0):
        raise ValueError(f"empty time range: {start} to {end}")
    if clock == "24h":
        return f"{_format_24h(start)}{EN_DASH}{_format_24h(end)}"
    same_half = (
        not _is_word(start)
        and not _is_word(end)
        and _meridiem(start) == _meridiem(end)
        and start < end
    )
    if same_half:
        return f"{_bare_12h(start)}{EN_DASH}{format_time(end)}"
    return f"{format_time(start)}{EN_DASH}{format_time(end)}"


# --- dates -------------------------------------------------------------------------------

def format_date(d: date, *, weekday: bool = False, year: bool = True) -> str:
    """A date as Day Month [Year]: no comma, no suffix, no leading zero.

    UN-STYLE D1 ``6 April 2021``; D2 ``Tuesday, 6 April 2021``;
    D3 (organization of work) ``Tuesday, 6 April``.
    """
    text = f"{d.day} {month_name(d.month)}"
    if year:
        text += f" {d.year}"
    if weekday:
        text = f"{weekday_name(d)}, {text}"
    return text


def _check_order(start: date, end: date) -> None:
    if end < start:
        raise ValueError(f"date range ends before it starts: {start} to {end}")


def _shared_head(start: date, end: date) -> str:
    """The start date without what it shares with the end (D4-D6)."""
    if start.year != end.year:
        return format_date(start)
    if start.month != end.month:
        return format_date(start, year=False)
    return str(start.day)


def format_date_range(start: date, end: date) -> str:
    """Masthead dates, joined by an unspaced EN DASH; shared parts written once.

    UN-STYLE D4 ``6–8 April 2021``; D5 ``29 May–2 June 2023`` and
    ``30 December 2024–2 January 2025``; one day: ``6 April 2021``.
    ValueError if ``end`` is before ``start``.
    """
    _check_order(start, end)
    if start == end:
        return format_date(start)
    return f"{_shared_head(start, end)}{EN_DASH}{format_date(end)}"


def format_date_span_text(start: date, end: date) -> str:
    """Dates in running text (UN-STYLE D6).

    ``from 6 to 8 April 2021``, ``from 29 August to 9 September 2022``,
    ``from 30 December 2024 to 2 January 2025``; two consecutive days
    ``on 13 and 14 June 2022``; one day ``on 6 April 2021``.
    ValueError if ``end`` is before ``start``.
    """
    _check_order(start, end)
    if start == end:
        return f"on {format_date(start)}"
    head = _shared_head(start, end)
    if end - start == timedelta(days=1):
        return f"on {head} and {format_date(end)}"
    return f"from {head} to {format_date(end)}"


def format_opening(d: date, t: time, clock: str = "12h") -> str:
    """Day, date and time of an opening (UN-STYLE M3, D2, T1).

    ``Tuesday, 6 April 2021, at 10 a.m.``; ``Monday, 27 July 2020, at noon``;
    24h: ``Tuesday, 6 April 2021, at 10.00``.
    """
    return f"{format_date(d, weekday=True)}, at {format_time(t, clock)}"


def short_date(d: date) -> str:
    """A date in a narrow column: ``Tue 6 Apr``."""
    return f"{weekday_name(d)[:3]} {d.day} {month_name(d.month)[:3]}"


@lru_cache(maxsize=1)
def _tie_patterns():
    import re

    from egmplan.style.ties import month_words

    return (
        re.compile(rf"(?<=\d) (?=(?:{month_words(format_date)})\b)"),   # 6 April
        re.compile(r"(?<=\d) (?=[ap]\.m\.)"),                           # 10 a.m.
    )


def tie_words(text: str) -> str:
    """``text`` with a no-break space wherever this language never breaks a line (Word)."""
    from egmplan.style.ties import tie

    return tie(text, _tie_patterns())
