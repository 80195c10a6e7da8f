"""Chinese: the agenda document: the organization of work, the agenda list, headings, the
masthead, the table's columns and the deadline lines."""

from __future__ import annotations

from datetime import date, time

from egmplan.style.zh.grammar import _kind, ordinal_word, plural
from egmplan.style.zh.dates import format_date, format_date_range, format_time

CONTINUED = "（续）"


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
    """A fixed heading of the agenda document (the keys of ``style/en/agenda.py``). KeyError otherwise."""
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


def venue_time(venue: str) -> str:
    return f"{venue}时间"


def masthead_language() -> str:
    """The masthead's language line, printed under the date of issue in every version but the
    original: ``Chinese``."""
    return "Chinese"


def masthead_date(d: date) -> str:
    """The date of issue in the masthead (the masthead of UN Russian, Chinese and Arabic documents stays in English, its date too)."""
    from egmplan.style.en import format_date as english_date

    return english_date(d)


def _cite(number: str) -> str:
    """An item number as the model writes it ("1 (a)") cited in Chinese ("1(a)")."""
    from egmplan.model import cited_number

    parts = cited_number(number)
    return item_reference(*parts) if parts else number
