"""Chinese: the calendar file's texts and the local-time schedule: offsets and their notes,
zone labels, comfort words."""

from __future__ import annotations

from datetime import date, time, timedelta

from egmplan.style.en import offset_display, zone_time_label  # the same in Chinese
from egmplan.style.zh.dates import format_date, format_date_range, format_time_range
from egmplan.style.zh.agenda import session_name, venue_dates


# --- the calendar ------------------------------------------------------------------------

def items_phrase(numbers: list[str]) -> str:
    """``项目2``, ``项目2、3和4``."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"项目{numbers[0]}"
    return f"项目{'、'.join(numbers[:-1])}和{numbers[-1]}"


def calendar_sitting_line(day: date, start: time, end: time, clock: str, venue: str) -> str:
    """``2021年4月6日星期二上午10时至下午1时（维也纳时间）``."""
    return f"{format_date(day, weekday=True)}{format_time_range(start, end, clock)}（{venue}时间）"


def calendar_item_line(number: str, title: str, track: str | None) -> str:
    """``项目2：…``; ``B组：项目3：…``."""
    where = f"{track}：" if track else ""
    return f"{where}项目{number}：{title}"


def calendar_location(venue: str, meeting_format: str) -> str:
    """``维也纳``; ``维也纳和线上（混合会议）``; ``线上（会址：维也纳）``."""
    if meeting_format == "hybrid":
        return f"{venue}和线上（混合会议）"
    if meeting_format == "online":
        return f"线上（会址：{venue}）" if venue else "线上"
    return venue


def calendar_deadline_summary(label: str, meeting: str) -> str:
    """``截止日期：提名发言者（专家组第七次会议）``."""
    return f"截止日期：{label}（{meeting}）"


# --- the local-time schedule -------------------------------------------------------------

_SCHEDULE_COLUMNS = {"date": "日期", "zone": "时区", "local": "当地时间", "day": "日",
                     "offset": "时差", "comfort": "舒适度"}


def schedule_title(number: int, kind: str, body: str) -> str:
    """``网络犯罪问题综合研究专家组第七次会议``."""
    return f"{body}{session_name(number, kind)}"


def schedule_subtitle(venue: str, start: date, end: date) -> str:
    return f"{venue_dates(venue, start, end)}：各次会议的当地时间"


def crosses_midnight() -> str:
    return "跨越午夜"


def schedule_column(key: str) -> str:
    return _SCHEDULE_COLUMNS[key]


def comfort_legend(bounds) -> str:
    b = bounds
    return (f"舒适度（当地时间）：工作时间{b.working_start:%H:%M}–{b.working_end:%H:%M}；"
            f"早/晚{b.night_end:%H:%M}–{b.working_start:%H:%M}和"
            f"{b.working_end:%H:%M}–{b.night_start:%H:%M}；夜间{b.night_start:%H:%M}–{b.night_end:%H:%M}。"
            "一次会议按其涉及的最差类别计。")


def _amount(delta: timedelta) -> str:
    minutes = abs(int(delta.total_seconds()) // 60)
    hours, rest = divmod(minutes, 60)
    return (f"{hours}小时" if hours else "") + (f"{rest}分钟" if rest else "")


def _relation(delta: timedelta, venue: str) -> str:
    """``比维也纳晚5小时``; without a venue (a later clause) ``晚6小时``."""
    than = f"比{venue}" if venue else ""
    if not delta:
        return f"与{venue}时间相同" if venue else "时间相同"
    return f"{than}{'早' if delta > timedelta(0) else '晚'}{_amount(delta)}"


def _clock_change(change) -> str:
    before, after = change.before, change.after
    verb = "已于" if change.past else "将于"
    text = (f"{change.place}{verb}{format_date(after.date())}调整时钟"
            f"（{zone_time_label(before.tzname() or '', before.utcoffset())} → "
            f"{zone_time_label(after.tzname() or '', after.utcoffset())}）")
    skipped = (after.date() - before.date()).days - 1
    if skipped == 1:
        text += f"；当地没有{format_date(before.date() + timedelta(days=1))}"
    elif skipped > 1:
        text += f"；当地有{skipped}天不存在"
    elif after.date() < before.date():
        text += f"；当地{format_date(after.date())}出现两次"
    return text


def offset_note(note) -> str:
    """``America/New_York在2019年3月27日至29日比维也纳晚5小时，而非通常的晚6小时：…。``"""
    if not note.usual:
        parts = [f"{format_date_range(a, b)}{_relation(delta, note.venue if n == 0 else '')}"
                 for n, (a, b, delta) in enumerate(note.spans)]
        text = f"{note.zone}在" + "，随后".join(parts)
        if note.changes:
            text += "：" + "；".join(_clock_change(c) for c in note.changes)
        return text + "。"
    (first, last, delta), = note.spans
    usual = "或".join(_relation(d, "") for d in note.usual)
    text = f"{note.zone}在{format_date_range(first, last)}{_relation(delta, note.venue)}，而非通常的{usual}"
    if note.changes:
        text += "：" + "；".join(_clock_change(c) for c in note.changes)
    return text + "。"


_COMFORT_WORDS = {"working": "工作时间", "early/late": "早/晚", "night": "夜间"}


def comfort_word(comfort: str) -> str:
    """A comfort class (``working``, ``early/late``, ``night``: planning.comfort's names, which
    JSON, CSV and CSS keep) as the schedule prints it: the words of comfort_legend. KeyError for another class."""
    return _COMFORT_WORDS[comfort]


def moment_range(start: str, end: str) -> str:
    """Two worded moments on different dates as one range (a sitting that crosses midnight
    in a participant's zone): ``至`` as the time ranges."""
    return f"{start}至{end}"


def summary_head(name: str) -> str:
    """What a calendar event's SUMMARY starts with before the items: the name and a full-width colon."""
    return f"{name}："


def awake_count_label(comfort: str) -> str:
    """A row of the heat map's summary: the comfort class, then what its cells count
    (delegations, and delegates in brackets)."""
    return f"{comfort_word(comfort)}：代表团（代表）"


def dated_time(day: str, time: str) -> str:
    """A time with the date it falls on, in a schedule's cell: run together, as zh.py writes a date and its time: ``4月7日上午2时``."""
    return f"{day}{time}"


def sitting_heading(day: str, time: str, zone_heading: str) -> str:
    """A sitting's heading in the long layout of a schedule (many zones): its date and the
    venue's time, then the column's heading; the Chinese dash ``——``, unspaced (GB/T 15834)."""
    return f"{dated_time(day, time)}——{zone_heading}"
