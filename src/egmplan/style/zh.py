"""Chinese UN editorial style: meeting documents as the Chinese Translation Service writes them.

The same members as ``style/en.py`` (the contracts are there). Month and weekday names come
from CLDR through Babel (:mod:`egmplan.style.cldr`, imported inside the functions); the UN
conventions sit on top: dates ``2021年4月6日星期二`` (the weekday after the date), times
``上午10时``, the masthead's dates before the city (``2024年6月3日至13日，波恩``), full-width
``，：；。（）`` in running text. Sources and defaults: ``docs/languages.md``, "Chinese (zh)".
"""

from __future__ import annotations

from functools import lru_cache

from datetime import date, time, timedelta

from egmplan.style import cldr
from egmplan.style.en import offset_display, zone_time_label  # noqa: F401  (same in Chinese)

LANGUAGE = "zh"
DIRECTION = "ltr"
CONTINUED = "（续）"
CLOCKS = ("12h", "24h")
TO = "至"  # ranges of days and times: "6月3日至13日", "上午10时至下午1时"

# What a gathering is called after its ordinal: 第七次会议 (a meeting), 第六届会议 (a session).
_KINDS = {"meeting": "次会议", "session": "届会议"}
_DIGITS = "零一二三四五六七八九"
# Nouns the product counts, by their English key: the measure word and the noun.
_NOUNS = {
    "plenary meeting": "次全体会议",
    "meeting": "次会议",
    "sitting": "次会议",
    "day": "天",
    "session": "届会议",
    "hour": "小时",
    "minute": "分钟",
    "participant": "名与会者",
    "panellist": "名小组成员",
}


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


# --- numbers and ordinals ----------------------------------------------------------------

def _check_range(n: int, low: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or not low <= n <= 999:
        raise ValueError(f"expected an integer {low}..999, not {n!r}")


def number_word(n: int) -> str:
    """Chinese numerals for 0..999: ``零``, ``六``, ``十二``, ``二十一``, ``一百零五``, ``一百一十``."""
    _check_range(n, 0)
    if n == 0:
        return _DIGITS[0]
    hundreds, rest = divmod(n, 100)
    tens, unit = divmod(rest, 10)
    text = f"{_DIGITS[hundreds]}百" if hundreds else ""
    if tens:
        text += ("" if tens == 1 and not hundreds else _DIGITS[tens]) + "十"
    elif hundreds and unit:
        text += "零"
    if unit:
        text += _DIGITS[unit]
    return text


def ordinal_word(n: int) -> str:
    """``第七``, ``第六十四``, ``第一百零一`` for 1..999."""
    _check_range(n, 1)
    return f"第{number_word(n)}"


def ordinal_figure(n: int) -> str:
    """Numbered sittings in figures: ``第1``, ``第21``."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"expected an integer >= 1, not {n!r}")
    return f"第{n}"


def _kind(kind: str) -> str:
    return _KINDS.get(kind, kind)


# --- text helpers ------------------------------------------------------------------------

def capitalize_first(s: str) -> str:
    """Chinese has no case; Latin text at the start is capitalised as in English."""
    return s[:1].upper() + s[1:]


def plural(n: int, singular: str, plural: str | None = None) -> str:
    """``六次全体会议``, ``三天``, ``两天``: the numeral, the measure word and the noun (Chinese has one
    form, CLDR's category is always ``other``). ``singular`` is the English key of a noun egmplan
    counts; another word follows the numeral as given."""
    _check_range(n, 0)
    numeral = "两" if n == 2 else number_word(n)  # before a measure word two is 两
    return f"{numeral}{_NOUNS.get(singular, singular)}"


# --- the history of a body's meetings ----------------------------------------------------

def history_sentence(entry, short_body: str) -> str:
    """``专家组第一次会议于2011年1月17日至21日在维也纳举行。``; postponed: ``… 原定于2020年4月6日至
    8日举行，后于2020年7月27日至29日在维也纳举行。``"""
    where = f"在{entry.venue}" if entry.venue else ""
    head = f"{short_body}{ordinal_word(entry.number)}{_kind(entry.kind)}"
    if entry.postponed_from:
        return (f"{head}原定于{format_date_span_text(*entry.postponed_from)}举行，"
                f"后于{format_date_span_text(entry.start, entry.end)}{where}举行。")
    return f"{head}于{format_date_span_text(entry.start, entry.end)}{where}举行。"


def history_paragraph(entries, short_body: str) -> str:
    """The first meeting in full, the others in one sentence joined by ``，``; a venue only
    where it changes. Empty for no entries."""
    if not entries:
        return ""
    text = history_sentence(entries[0], short_body)
    rest = []
    for entry in entries[1:]:
        where = f"在{entry.venue}" if entry.venue_changed and entry.venue else ""
        part = f"{ordinal_word(entry.number)}{_kind(entry.kind)}于{format_date_span_text(entry.start, entry.end)}{where}举行"
        if entry.postponed_from:
            part += f"（原定于{format_date_span_text(*entry.postponed_from)}举行）"
        rest.append(part)
    if rest:
        text += "，".join(rest) + "。"
    return text


# --- the organization of work ------------------------------------------------------------

def continued_title(title: str, suffix: str) -> str:
    """``会议开幕（续）``: a full-width bracket follows the title without a space."""
    return f"{title}{suffix}" if suffix[:1] == "（" else f"{title} {suffix}"


def emphasis_parts(suffix: str) -> tuple[str, str, str]:
    """``（``, ``续``, ``）``; a suffix not in brackets has no emphasised word."""
    pairs = (("(", ")"), ("（", "）"))
    if len(suffix) > 2 and (suffix[0], suffix[-1]) in pairs and "\n" not in suffix:
        return suffix[0], suffix[1:-1], suffix[-1]
    return suffix, "", ""


# --- the agenda list ---------------------------------------------------------------------

def item_label(number: str, letter: str | None) -> str:
    """``1.`` for an item, ``(a)`` for a sub-item."""
    return f"({letter})" if letter else f"{number}."


_MARKS = {"item": "。", "introduces": "：", "sub": "；", "last_sub": "。"}


def agenda_mark(position: str) -> str:
    """Full-width final punctuation: ``item`` 。, ``introduces`` ：, ``sub`` ；, ``last_sub`` 。."""
    return _MARKS[position]


def agenda_title(title: str, level: int) -> str:
    return title


def item_reference(number: str, letter: str | None) -> str:
    """An item as a table or a sentence cites it: ``2``, ``1(a)`` (项目1(a))."""
    return f"{number}({letter})" if letter else number


def meeting_phrase(number: int, kind: str) -> str:
    """The ``{meeting}`` placeholder: ``第七次会议``, ``第六届会议``."""
    return session_name(number, kind)


def plenary_meetings(sittings: int, days: int) -> str:
    """The ``{plenary_meetings}`` placeholder: ``在三天内举行六次全体会议``."""
    return f"在{plural(days, 'day')}内举行{plural(sittings, 'plenary meeting')}"


# --- the document: headings, masthead, table ---------------------------------------------

_HEADINGS = {
    "organ": "联合国",
    "title": "临时议程",
    "title_annotated": "临时议程说明",
    "agenda": "临时议程",
    "annotations": "说明",
    "documentation": "文件",
    "annex": "附件",
    "annex_title": "拟议工作安排",
    "deadlines": "截止日期",
    "plenary": "全体会议",
    "to_be_announced": "待定",
    "schedule_notes": "注",
    "awake": "谁醒着",
    "at_night": "夜间",
    "sitting": "会议",
}


def heading(key: str) -> str:
    """A fixed heading of the agenda document (the keys of ``style/en.py``). KeyError otherwise."""
    return _HEADINGS[key]


def session_name(number: int, kind: str) -> str:
    """``第六届会议``, ``第七次会议``."""
    return f"{ordinal_word(number)}{_kind(kind)}"


def meeting_name(short_body: str, number: int, kind: str) -> str:
    """``专家组第七次会议``."""
    return f"{short_body}{session_name(number, kind)}"


def distribution_line(distribution: str) -> str:
    """The masthead stays in English in Chinese documents: ``Distr.: General``."""
    return f"Distr.: {distribution}"


def original_line(language: str) -> str:
    """``Original: English``."""
    return f"Original: {language}"


def venue_dates(venue: str, start: date, end: date) -> str:
    """The dates first, then the city: ``2024年6月3日至13日，波恩``."""
    return f"{format_date_range(start, end)}，{venue}"


def table_columns(layout: str) -> tuple[str, ...]:
    """``merged``: 日期和时间 | 议程项目 | 标题或说明; ``separate``: 日期 | 时间 | 项目 | 标题或说明."""
    if layout == "merged":
        return ("日期和时间", "议程项目", "标题或说明")
    return ("日期", "时间", "项目", "标题或说明")


# --- deadlines -----------------------------------------------------------------------------

def deadline_due(day: date, at: time | None, clock: str = "12h", cob: bool = False) -> str:
    """``2020年7月22日星期三下午6时（下班时间）``; all day: the date."""
    if at is None:
        return format_date(day, weekday=True)
    return format_date(day, weekday=True) + format_time(at, clock) + ("（下班时间）" if cob else "")


def deadline_line(label: str, due: str, venue: str | None) -> str:
    """``提名发言者：2020年7月22日星期三下午6时（下班时间），维也纳时间``."""
    where = f"，{venue}时间" if venue is not None else ""
    return f"{label}：{due}{where}"


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


def short_date(d: date) -> str:
    """A date in a narrow column: ``4月6日周二``."""
    return f"{_day(d)}{cldr.weekday_names(LANGUAGE, 'abbreviated')[d.weekday()]}"


# --- reports of the planning commands ------------------------------------------------------

def plan_columns() -> tuple[str, ...]:
    return ("日期", "时间", "项目", "标题", "分钟")


def plan_time_left() -> str:
    return "剩余时间："


def deadline_columns(venue: str, zone: str | None) -> tuple[str, ...]:
    return ("事项", f"截止（{venue}时间）") + ((f"{zone}时间",) if zone else ())


def deadline_all_day_note() -> str:
    return "（全天，会址日期）"


def no_deadlines(meeting_id: str) -> str:
    return f"{meeting_id}未列出截止日期"


def deadlines_heading(meeting_id: str, venue: str, zone: str, close_of_business: time) -> str:
    return f"{meeting_id}的截止日期（{venue}，{zone}；会址下班时间为{close_of_business:%H:%M}）"


def awake_title(participants: int, meeting_id: str) -> str:
    return f"谁醒着：{meeting_id}每次会议的{participants}个与会方，当地时间"


def awake_table_title(participants: int) -> str:
    return f"谁醒着：{participants}个与会方，按舒适度分类的代表团（代表）"


def awake_columns() -> tuple[str, ...]:
    return ("日期", "会议")


def awake_night_line(day: str, sitting: str, count: int, names: str) -> str:
    return f"夜间，{day}{sitting}（{count}）：{names}"


def notes_heading() -> str:
    return "注："


def plan_heading(meeting_id: str, min_split: int) -> str:
    return f"根据estimated_minutes为{meeting_id}拟订的工作安排（短于{min_split}分钟的项目不拆分）"


def plan_time_left_line(day: date, times: str, minutes: int) -> str:
    return f"{format_date(day, weekday=True)}{times}：{minutes}分钟"


def plan_summary(meeting_id: str, used: int, capacity: int, taken: int, sittings: int, days: int,
                 split: list[str]) -> str:
    """``ID：在3天的6次会议中（共6次）安排了1,020分钟（共1,080分钟），剩余60分钟；…。``"""
    text = (f"{meeting_id}：在{days}天的{taken}次会议中（共{sittings}次）安排了{used:,}分钟"
            f"（共{capacity:,}分钟），剩余{capacity - used:,}分钟")
    if split:
        text += f"；分在多次会议中的项目：{'、'.join(split)}"
    return text + "。"


def suggestion_report(meeting, suggestion, **options) -> str:
    """The report of ``egmplan suggest`` in Chinese (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import suggestion_report as report

    return report(sys.modules[__name__], meeting, suggestion, **options)


def connections_report(meeting, result) -> str:
    """The report of ``egmplan connections`` in Chinese (:mod:`egmplan.style.reports_words`)."""
    import sys

    from egmplan.style.reports_words import connections_report as report

    return report(sys.modules[__name__], meeting, result)


# --- the local-time schedule -------------------------------------------------------------

_SCHEDULE_COLUMNS = {"date": "日期", "zone": "时区", "local": "当地时间", "day": "日",
                     "offset": "时差", "comfort": "舒适度"}


def schedule_title(number: int, kind: str, body: str) -> str:
    """``网络犯罪问题综合研究专家组第七次会议``."""
    return f"{body}{session_name(number, kind)}"


def schedule_subtitle(venue: str, start: date, end: date) -> str:
    return f"{venue_dates(venue, start, end)}：各次会议的当地时间"


def venue_time(venue: str) -> str:
    return f"{venue}时间"


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


# --- the changes between two drafts ------------------------------------------------------

def change_wording(clock: str, markdown: bool, user):
    """The sentences of ``egmplan diff`` in Chinese (:mod:`egmplan.style.changes_words`)."""
    import sys

    from egmplan.style.changes_words import LocalChangeWording

    return LocalChangeWording(sys.modules[__name__], clock, markdown, user)


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


@lru_cache(maxsize=1)
def _tie_patterns():
    return ()  # Chinese sets no spaces inside dates and times


def tie_words(text: str) -> str:
    """``text`` with a no-break space wherever this language never breaks a line (Word)."""
    from egmplan.style.ties import tie

    return tie(text, _tie_patterns())


def masthead_language() -> str:
    """The masthead's language line, printed under the date of issue in every version but the
    original: ``Chinese``."""
    return "Chinese"


def masthead_date(d: date) -> str:
    """The date of issue in the masthead (the masthead of UN Russian, Chinese and Arabic documents stays in English, its date too)."""
    from egmplan.style.en import format_date as english_date

    return english_date(d)


def dated_time(day: str, time: str) -> str:
    """A time with the date it falls on, in a schedule's cell: run together, as zh.py writes a date and its time: ``4月7日上午2时``."""
    return f"{day}{time}"


def sitting_heading(day: str, time: str, zone_heading: str) -> str:
    """A sitting's heading in the long layout of a schedule (many zones): its date and the
    venue's time, then the column's heading; the Chinese dash ``——``, unspaced (GB/T 15834)."""
    return f"{dated_time(day, time)}——{zone_heading}"


# --- words of the workplan and the site's pages ------------------------------------------
# Sources and defaults: docs/languages.md, section Chinese, "The site and the workplan".
# Full-width punctuation in running text, no space between Chinese and figures.

WORDS = {
    "year": "年份",
    "meeting_column": "会议",
    "annotations": _HEADINGS["annotations"],
    "status": "状态",
    "note": "注",
    "announcement": "通知",
    "mandate": "任务授权",
    "history": "以往会议",
    "workplan": "工作计划",
    "dates_and_venue": "日期和地点",
    "dates": "日期",
    "venue": "地点",
    "format": "形式",
    "documents": "文件",
    "agenda_files": "议程、工作安排和日历",
    "statements": "发言",
    "statements_note": "发言按收到时的原文转载",
    "general_statements": "一般性发言",
    "panellists": "小组成员",
    "meetings": "会议",
    "report": "报告",
    "series_page": "{short_body}历次会议",
    "meeting_page": "会议页面",
}

FORMAT_WORDS = {"in-person": "现场", "hybrid": "混合（现场和线上）", "online": "线上"}
FILE_WORDS = {
    "agenda.html": f"{_HEADINGS['title_annotated']}（HTML）",
    "agenda.docx": f"{_HEADINGS['title_annotated']}（Word）",
    "agenda.md": f"{_HEADINGS['title_annotated']}（Markdown）",
    "agenda.txt": f"{_HEADINGS['title_annotated']}（纯文本）",
    "agenda.json": f"{_HEADINGS['title_annotated']}（JSON数据）",
    "orgwork.csv": "工作安排（CSV）",
    "sittings.ics": "各次会议（日历文件）",
    "schedule.html": "各次会议的当地时间",
}


def roman(n: int) -> str:
    """The part numbers of a UN Chinese document are Chinese numerals: ``一``, ``二``, ``三``
    (the UN's Chinese delegates' handbook: "三. 会议事务"; the caller adds the full stop)."""
    return number_word(n)


# Punctuation between the parts of a line: on site pages (a document's title and its status, a
# label and its text, a delegation's statements, a panellist's country in brackets) and between
# the items of a calendar event's title.
PUNCTUATION = {"colon": "：", "semicolon": "；", "full_stop": "。", "before_open": "", "open": "（", "close": "）"}


def part_heading(n: int, text: str | None) -> str:
    """A part heading, as the UN Chinese delegates' handbook prints it: ``三. 会议事务``."""
    return f"{roman(n)}. {text}" if text else f"{roman(n)}."


def year_range(first: int, last: int) -> str:
    """A period of years, hyphen and 年 once: ``2018-2021年``; one year ``2018年``."""
    return f"{first}年" if first == last else f"{first}-{last}年"


def meeting_figure(number: int, kind: str = "meeting") -> str:
    """A meeting in a workplan's table, in figures: ``第4次会议``, ``第4届会议``."""
    return f"{ordinal_figure(number)}{_kind(kind)}"


def meeting_title(number: int, kind: str, body: str) -> str:
    """``网络犯罪问题综合研究专家组第六次会议``."""
    return f"{body}{session_name(number, kind)}"


def postponement_announcement(number: int, kind: str, short_body: str, dates: tuple[date, date],
                              first_dates: tuple[date, date], reason: str | None) -> str:
    """``专家组第六次会议由于2019冠状病毒病大流行的影响，不得不推迟至2020年7月27日至29日举行
    （原定日期：2020年4月6日至8日）。`` ``reason`` is the meeting file's text, translated by its
    catalogue, placed as given."""
    because = f"{reason}，" if reason else ""
    return (f"{short_body}{session_name(number, kind)}{because}不得不推迟至{format_date_range(*dates)}举行"
            f"（原定日期：{format_date_range(*first_dates)}）。")


def workplan_adoption(adopted_at: int, kind: str, short_body: str, first_year: int, last_year: int,
                      symbol: str | None) -> str:
    """``专家组在第四次会议上通过了2018-2021年期间工作计划（UNODC/CCPCJ/EG.4/2018/CRP.1）。
    根据该工作计划：``"""
    cited = f"（{symbol}）" if symbol else ""
    return (f"{short_body}在{session_name(adopted_at, kind)}上通过了{year_range(first_year, last_year)}"
            f"期间工作计划{cited}。根据该工作计划：")


def workplan_entry(year: str, number: int, kind: str, topics) -> str:
    """``2020年，第六次会议：国际合作；预防`` (年 after a year in figures; the file's text as given)."""
    when = f"{year}年" if year.isdigit() else year
    return f"{when}，{session_name(number, kind)}：{'；'.join(topics)}"


def workplan_title(short_body: str, period: str) -> str:
    """``专家组2018-2021年期间工作计划``."""
    return f"{short_body}{period}期间工作计划"


def _cite(number: str) -> str:
    """An item number as the model writes it ("1 (a)") cited in Chinese ("1(a)")."""
    from egmplan.model import cited_number

    parts = cited_number(number)
    return item_reference(*parts) if parts else number


def statements_heading(item_number: str | None, item_title: str | None) -> str:
    """``一般性发言`` or ``关于议程项目2（国际合作）的发言``."""
    if item_number is None:
        return WORDS["general_statements"]
    return f"关于议程项目{_cite(item_number)}（{item_title}）的发言"


def panel_heading(item_number: str, item_title: str) -> str:
    """``议程项目2（国际合作）小组成员``."""
    return f"议程项目{_cite(item_number)}（{item_title}）小组成员"


def status_line(status: str | None, day: date | None) -> str:
    """``按收到时的原文转载。状态：2020年6月1日`` (``status`` is the file's text, translated by
    its catalogue; it ends with 。)."""
    parts = []
    if status:
        parts.append(status.rstrip(".。") + "。")
    if day:
        parts.append(f"{WORDS['status']}：{format_date(day)}")
    return "".join(parts)


def country_name(code: str, un_name: str) -> str:
    """CLDR's Chinese name of the country (``俄罗斯``); the UN short name where CLDR has none."""
    return cldr.territory_name(LANGUAGE, code) or un_name
