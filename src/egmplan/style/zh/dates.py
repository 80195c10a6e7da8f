"""Chinese: month and weekday names, times, dates and their ranges, and the places where a
line never breaks."""

from __future__ import annotations

from datetime import date, time, timedelta
from functools import lru_cache

from egmplan.style import cldr
from egmplan.style.zh.grammar import LANGUAGE

CLOCKS = ("12h", "24h")
TO = "至"  # ranges of days and times: "6月3日至13日", "上午10时至下午1时"


# --- names -------------------------------------------------------------------------------

def month_name(month: int) -> str:
    """The month as CLDR writes it in a date: ``4`` -> ``4月``."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month!r}")
    return cldr.month_names(LANGUAGE, "abbreviated")[month - 1]


def weekday_name(d: date) -> str:
    """``星期二``."""
    return cldr.weekday_names(LANGUAGE)[d.weekday()]


# --- times -------------------------------------------------------------------------------

def _check_clock(clock: str) -> None:
    if clock not in CLOCKS:
        raise ValueError(f"clock must be one of {CLOCKS}, not {clock!r}")


def _period(t: time) -> str:
    if t.hour == 12:
        return "中午"
    return "上午" if t.hour < 12 else "下午"


def _bare_12h(t: time) -> str:
    """``10时``, ``9时45分`` (CTOC/COP/2008/INF/1: 上午9时45分)."""
    hour = t.hour % 12 or 12
    return f"{hour}时" + (f"{t.minute}分" if t.minute else "")


def format_time(t: time, clock: str = "12h") -> str:
    """``12h``: ``上午10时``, ``下午3时30分``, ``中午12时``, ``午夜12时``; ``24h``: ``15:30``."""
    _check_clock(clock)
    if clock == "24h":
        return f"{t.hour:02d}:{t.minute:02d}"
    if t.hour == 0 and t.minute == 0:
        return "午夜12时"
    return _period(t) + _bare_12h(t)


def format_time_range(start: time, end: time, clock: str = "12h") -> str:
    """``上午10时至下午1时``; the same half of the day names it once: ``下午3时至6时``;
    ``24h``: ``10:00至13:00``. ValueError for an empty range."""
    _check_clock(clock)
    if start.replace(second=0, microsecond=0) == end.replace(second=0, microsecond=0):
        raise ValueError(f"empty time range: {start} to {end}")
    if clock == "12h" and start < end and _period(start) == _period(end) and not (start.hour == 0 and start.minute == 0):
        return f"{format_time(start)}{TO}{_bare_12h(end)}"
    return f"{format_time(start, clock)}{TO}{format_time(end, clock)}"


# --- dates -------------------------------------------------------------------------------

def _day(d: date) -> str:
    return f"{month_name(d.month)}{d.day}日"


def format_date(d: date, *, weekday: bool = False, year: bool = True) -> str:
    """``2021年4月6日``; the weekday follows the date: ``2021年4月6日星期二``; without the year
    ``4月6日星期二``."""
    text = (f"{d.year}年" if year else "") + _day(d)
    return text + weekday_name(d) if weekday else text


def _check_order(start: date, end: date) -> None:
    if end < start:
        raise ValueError(f"date range ends before it starts: {start} to {end}")


def format_date_range(start: date, end: date) -> str:
    """``2024年6月3日至13日``; ``2023年5月29日至6月2日``; ``2024年12月30日至2025年1月2日``."""
    _check_order(start, end)
    if start == end:
        return format_date(start)
    if start.year != end.year:
        return f"{format_date(start)}{TO}{format_date(end)}"
    if start.month != end.month:
        return f"{format_date(start)}{TO}{_day(end)}"
    return f"{format_date(start)}{TO}{end.day}日"


def format_date_span_text(start: date, end: date) -> str:
    """Dates in running text: ``2021年4月6日至8日``; two days ``2022年6月13日和14日``."""
    _check_order(start, end)
    if end - start == timedelta(days=1):
        tail = f"{end.day}日" if start.month == end.month else (
            _day(end) if start.year == end.year else format_date(end))
        return f"{format_date(start)}和{tail}"
    return format_date_range(start, end)


def format_opening(d: date, t: time, clock: str = "12h") -> str:
    """``2021年4月6日星期二上午10时`` (CTOC/COP/2008/INF/1: 2008年10月8日星期三上午10时)."""
    return f"{format_date(d, weekday=True)}{format_time(t, clock)}"


def short_date(d: date) -> str:
    """A date in a narrow column: ``4月6日周二``."""
    return f"{_day(d)}{cldr.weekday_names(LANGUAGE, 'abbreviated')[d.weekday()]}"


@lru_cache(maxsize=1)
def _tie_patterns():
    return ()  # Chinese sets no spaces inside dates and times


def tie_words(text: str) -> str:
    """``text`` with a no-break space wherever this language never breaks a line (Word)."""
    from egmplan.style.ties import tie

    return tie(text, _tie_patterns())
