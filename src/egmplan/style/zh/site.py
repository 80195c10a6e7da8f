"""Chinese: the site's pages, the workplan, and the history of a body's meetings."""

from __future__ import annotations

from datetime import date

from egmplan.style import cldr
from egmplan.style.zh.grammar import LANGUAGE, _kind, number_word, ordinal_figure, ordinal_word
from egmplan.style.zh.dates import format_date, format_date_range, format_date_span_text
from egmplan.style.zh.agenda import _HEADINGS, _cite, session_name


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
