"""Chinese UN style (style/zh/): the cells of issue 13's table, one assertion each, then
dates, times, plurals and ordinals."""

import inspect
from datetime import date, time
from pathlib import Path

import pytest

from egmplan.render.view import build_view
from egmplan.style import LANGUAGES, Style, get_style
from egmplan.style import en

from bundled import load_copy

zh = get_style("zh")
ROOT = Path(__file__).resolve().parent.parent
MEETING_2021 = ROOT / "meetings" / "egm-cybercrime-2021.yaml"


# --- the table -------------------------------------------------------------------

def test_cell_session_line():
    assert zh.session_name(6, "session") == "第六届会议"


def test_cell_venue_and_dates_date_first_then_city():
    assert zh.venue_dates("波恩", date(2024, 6, 3), date(2024, 6, 13)) == "2024年6月3日至13日，波恩"


def test_cell_masthead_distribution_stays_in_english():
    assert (zh.distribution_line("General"), zh.original_line("English")) == ("Distr.: General", "Original: English")


def test_cell_title():
    assert zh.heading("title_annotated") == "临时议程说明"


def test_cell_items_and_sub_items():
    assert [zh.item_label("1", None), zh.item_label("1 (a)", "a")] == ["1.", "(a)"]


def test_cell_full_width_punctuation():
    assert [zh.agenda_mark(p) for p in ("introduces", "sub", "last_sub", "item")] == ["：", "；", "。", "。"]


def test_cell_opening_time_with_the_weekday_after_the_date():
    assert zh.format_opening(date(2021, 4, 6), time(10)) == "2021年4月6日星期二上午10时"


# --- researched cells (docs/languages.md) --------------------------------------------------

def test_table_times():
    assert [zh.format_time_range(time(10), time(13)), zh.format_time_range(time(15), time(18)),
            zh.format_time_range(time(10), time(13), "24h")] == ["上午10时至下午1时", "下午3时至6时", "10:00至13:00"]


def test_continued_follows_without_a_space():
    assert zh.continued_title("会议开幕", zh.CONTINUED) == "会议开幕（续）"


def test_continued_emphasis_parts():
    assert zh.emphasis_parts("（续）") == ("（", "续", "）")


def test_annex_title():
    assert (zh.heading("annex"), zh.heading("annex_title")) == ("附件", "拟议工作安排")


# --- dates, times, plurals, ordinals -------------------------------------------------------

def test_dates():
    assert [zh.format_date(date(2021, 4, 6)), zh.format_date(date(2021, 4, 6), weekday=True, year=False),
            zh.format_date_range(date(2023, 5, 29), date(2023, 6, 2)),
            zh.format_date_range(date(2024, 12, 30), date(2025, 1, 2)),
            zh.format_date_span_text(date(2021, 4, 6), date(2021, 4, 8)),
            zh.format_date_span_text(date(2022, 6, 13), date(2022, 6, 14)),
            zh.short_date(date(2021, 4, 6))] == [
        "2021年4月6日", "4月6日星期二", "2023年5月29日至6月2日", "2024年12月30日至2025年1月2日",
        "2021年4月6日至8日", "2022年6月13日和14日", "4月6日周二"]


def test_times():
    assert [zh.format_time(t) for t in (time(9, 45), time(12), time(12, 30), time(0), time(18))] == [
        "上午9时45分", "中午12时", "中午12时30分", "午夜12时", "下午6时"]


@pytest.mark.parametrize(("n", "expected"), [(1, "一天"), (2, "两天"), (5, "五天"), (21, "二十一天")])
def test_plural_day(n, expected):
    assert zh.plural(n, "day") == expected


def test_plural_plenary_meetings():
    assert zh.plural(6, "plenary meeting") == "六次全体会议"


@pytest.mark.parametrize(("n", "expected"), [
    (1, "第一"), (7, "第七"), (10, "第十"), (12, "第十二"), (20, "第二十"), (64, "第六十四"),
    (100, "第一百"), (105, "第一百零五"), (110, "第一百一十"), (999, "第九百九十九")])
def test_ordinal_word(n, expected):
    assert zh.ordinal_word(n) == expected


def test_meeting_and_session_names():
    assert [zh.session_name(7, "meeting"), zh.meeting_name("专家组", 7, "meeting"), zh.ordinal_figure(3)] == [
        "第七次会议", "专家组第七次会议", "第3"]


# --- the contract ------------------------------------------------------------------------

def test_zh_is_available_and_provides_every_member_of_style():
    assert "zh" in LANGUAGES
    members = [name for name in Style.__annotations__] + [
        name for name, _ in inspect.getmembers(Style, inspect.isfunction) if not name.startswith("_")]
    assert [name for name in members if not hasattr(zh, name)] == []


def test_every_english_heading_has_a_chinese_one():
    assert sorted(set(en.agenda._HEADINGS) - set(zh.agenda._HEADINGS)) == []


def test_the_seventh_meeting_in_chinese_style():
    text = MEETING_2021.read_text(encoding="utf-8").replace("  style:\n", "  style:\n    language: zh\n", 1).replace(
        'continued: "(continued)"', 'continued: "（续）"')
    view = build_view(load_copy(text, "egm-cybercrime-2021.yaml").meeting)
    assert (view.masthead.venue_dates, view.title, view.table.columns) == (
        "2021年4月6日至8日，Vienna", "临时议程说明", ("日期", "时间", "项目", "标题或说明"))
    assert [(e.label, e.text) for e in view.agenda_lines if len(e.text) < 40] == [
        ("1.", "Organizational matters："), ("(a)", "Opening of the meeting；"), ("(b)", "Adoption of the agenda。"),
        ("4.", "Other matters。"), ("5.", "Adoption of the report。")]
    assert view.table.days[0].label == "2021年4月6日星期二"
    assert view.table.days[1].sittings[0].lines[0].cells[0].title == (
        "Consideration of all preliminary conclusions and recommendations（续）")


def test_placeholder_phrases_and_item_references():
    assert [zh.meeting_phrase(7, "meeting"), zh.meeting_phrase(6, "session"), zh.plenary_meetings(6, 3),
            zh.item_reference("1", "a"), zh.item_reference("2", None)] == [
        "第七次会议", "第六届会议", "在三天内举行六次全体会议", "1(a)", "2"]


# --- the site's pages and the workplan (issue 14): one assertion per cell of docs/languages.md,
# with the sixth meeting's values (postponed from 6-8 April to 27-29 July 2020; the workplan for
# 2018-2021 adopted at the fourth meeting, UNODC/CCPCJ/EG.4/2018/CRP.1)

GROUP = "专家组"


def test_site_words():
    assert zh.WORDS == {
        "year": "年份", "meeting_column": "会议", "annotations": "说明", "status": "状态", "note": "注",
        "announcement": "通知", "mandate": "任务授权", "history": "以往会议", "workplan": "工作计划",
        "dates_and_venue": "日期和地点", "dates": "日期", "venue": "地点", "format": "形式", "documents": "文件",
        "agenda_files": "议程、工作安排和日历", "statements": "发言", "statements_note": "发言按收到时的原文转载",
        "general_statements": "一般性发言", "panellists": "小组成员", "meetings": "会议", "report": "报告",
        "series_page": "{short_body}历次会议", "meeting_page": "会议页面"}


def test_format_words():
    assert zh.FORMAT_WORDS == {"in-person": "现场", "hybrid": "混合（现场和线上）", "online": "线上"}


def test_file_words():
    assert zh.FILE_WORDS == {
        "agenda.html": "临时议程说明（HTML）", "agenda.docx": "临时议程说明（Word）",
        "agenda.md": "临时议程说明（Markdown）", "agenda.txt": "临时议程说明（纯文本）",
        "agenda.json": "临时议程说明（JSON数据）", "orgwork.csv": "工作安排（CSV）",
        "sittings.ics": "各次会议（日历文件）", "schedule.html": "各次会议的当地时间"}


def test_part_numbers_are_chinese_numerals():
    assert [zh.roman(1), zh.roman(2), zh.roman(3), zh.roman(11)] == ["一", "二", "三", "十一"]


def test_part_headings_and_site_punctuation_are_full_width():
    assert [zh.part_heading(1, "会议安排"), zh.part_heading(2, None)] == ["一. 会议安排", "二."]
    assert zh.PUNCTUATION == {"colon": "：", "semicolon": "；", "full_stop": "。", "before_open": "", "open": "（",
                              "close": "）"}


def test_year_range():
    assert [zh.year_range(2018, 2021), zh.year_range(2018, 2018)] == ["2018-2021年", "2018年"]


def test_meeting_figure():
    assert [zh.meeting_figure(4, "meeting"), zh.meeting_figure(4, "session")] == ["第4次会议", "第4届会议"]


def test_meeting_title():
    assert zh.meeting_title(6, "meeting", "网络犯罪问题综合研究专家组") == "网络犯罪问题综合研究专家组第六次会议"


def test_postponement_announcement():
    assert zh.postponement_announcement(
        6, "meeting", GROUP, (date(2020, 7, 27), date(2020, 7, 29)), (date(2020, 4, 6), date(2020, 4, 8)),
        "由于2019冠状病毒病大流行的影响") == (
        "专家组第六次会议由于2019冠状病毒病大流行的影响，不得不推迟至2020年7月27日至29日举行"
        "（原定日期：2020年4月6日至8日）。")


def test_workplan_adoption():
    assert zh.workplan_adoption(4, "meeting", GROUP, 2018, 2021, "UNODC/CCPCJ/EG.4/2018/CRP.1") == (
        "专家组在第四次会议上通过了2018-2021年期间工作计划（UNODC/CCPCJ/EG.4/2018/CRP.1）。根据该工作计划：")


def test_workplan_entry():
    assert [zh.workplan_entry("2020", 6, "meeting", ["国际合作", "预防"]),
            zh.workplan_entry("不迟于2021年", 7, "meeting", ["盘点会议"])] == [
        "2020年，第六次会议：国际合作；预防", "不迟于2021年，第七次会议：盘点会议"]


def test_workplan_title():
    assert zh.workplan_title(GROUP, zh.year_range(2018, 2021)) == "专家组2018-2021年期间工作计划"


def test_statements_headings():
    assert [zh.statements_heading(None, None), zh.statements_heading("2", "国际合作")] == [
        "一般性发言", "关于议程项目2（国际合作）的发言"]


def test_panel_heading():
    assert zh.panel_heading("1 (a)", "会议开幕") == "议程项目1(a)（会议开幕）小组成员"


def test_status_line():
    assert zh.status_line("按收到时的原文转载", date(2020, 6, 1)) == "按收到时的原文转载。状态：2020年6月1日"


def test_country_name_is_cldr_s():
    assert [zh.country_name("RU", "Russian Federation"), zh.country_name("DO", "Dominican Republic")] == [
        "俄罗斯", "多米尼加共和国"]
