"""Arabic UN style (style/ar/): the given cells of issue 13's table, one assertion each,
then dates, times, ordinals, number words and plurals (docs/languages.md, "Arabic")."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, time

import pytest

from egmplan import style
from egmplan.style import ar


# --- the cells of the table (column ar) ----------------------------------------------

def test_cell_title() -> None:
    assert ar.heading("title_annotated") == "جدول الأعمال المؤقَّت المشروح"


def test_cell_item_label() -> None:
    assert ar.item_label("1", None) == "1-"


def test_cell_sub_item_label() -> None:
    assert ar.item_label("1", "a") == "(أ)"


def test_cell_arabic_semicolon_ends_a_sub_item() -> None:
    assert ar.agenda_mark("sub") == "؛"


def test_cell_opening_time_before_the_date() -> None:
    assert ar.format_opening(date(2021, 4, 6), time(10)) == "في الساعة 00/10 من يوم الثلاثاء 6 نيسان/أبريل 2021"


def test_cell_table_times() -> None:
    assert ar.format_time_range(time(10), time(13)) == "00/10–00/13"


def test_cell_continued() -> None:
    assert ar.CONTINUED == "(تابع)"


# --- researched cells (docs/languages.md) ----------------------------------------------------

def test_session_line() -> None:
    assert ar.session_name(6, "session") == "الدورة السادسة"


def test_meeting_line() -> None:
    assert ar.session_name(7, "meeting") == "الاجتماع السابع"


def test_venue_and_dates() -> None:
    assert ar.venue_dates("فيينا", date(2015, 6, 1), date(2015, 6, 5)) == "فيينا، 1–5 حزيران/يونيه 2015"


def test_masthead_lines_stay_in_english() -> None:
    assert (ar.distribution_line("General"), ar.original_line("English")) == ("Distr.: General", "Original: English")


def test_annex_title() -> None:
    assert ar.heading("annex_title") == "تنظيم الأعمال المقترح"


def test_every_english_heading_has_an_arabic_one() -> None:
    from egmplan.style import en

    assert set(en.agenda._HEADINGS) - set(ar.agenda._HEADINGS) == set()


# --- dates and times ---------------------------------------------------------------------------

@pytest.mark.parametrize(("month", "expected"), [
    (1, "كانون الثاني/يناير"), (2, "شباط/فبراير"), (4, "نيسان/أبريل"), (6, "حزيران/يونيه"),
    (7, "تموز/يوليه"), (8, "آب/أغسطس"), (12, "كانون الأول/ديسمبر"),
])
def test_month_names_doubled(month: int, expected: str) -> None:
    assert ar.month_name(month) == expected


def test_dates() -> None:
    assert [ar.format_date(date(2021, 4, 6)), ar.format_date(date(2021, 4, 6), weekday=True, year=False)] == [
        "6 نيسان/أبريل 2021", "الثلاثاء، 6 نيسان/أبريل"]


@pytest.mark.parametrize(("start", "end", "expected"), [
    (date(2021, 4, 6), date(2021, 4, 8), "6–8 نيسان/أبريل 2021"),
    (date(2023, 5, 29), date(2023, 6, 2), "29 أيار/مايو–2 حزيران/يونيه 2023"),
    (date(2024, 12, 30), date(2025, 1, 2), "30 كانون الأول/ديسمبر 2024–2 كانون الثاني/يناير 2025"),
    (date(2021, 4, 6), date(2021, 4, 6), "6 نيسان/أبريل 2021"),
])
def test_date_ranges(start: date, end: date, expected: str) -> None:
    assert ar.format_date_range(start, end) == expected


@pytest.mark.parametrize(("start", "end", "expected"), [
    (date(2011, 1, 17), date(2011, 1, 21), "في الفترة من 17 إلى 21 كانون الثاني/يناير 2011"),
    (date(2022, 6, 13), date(2022, 6, 14), "يومي 13 و14 حزيران/يونيه 2022"),
    (date(2021, 4, 6), date(2021, 4, 6), "في 6 نيسان/أبريل 2021"),
])
def test_dates_in_running_text(start: date, end: date, expected: str) -> None:
    assert ar.format_date_span_text(start, end) == expected


def test_times_are_minutes_over_hours_on_either_clock() -> None:
    assert [ar.format_time(time(15, 30)), ar.format_time(time(9), "24h")] == ["30/15", "00/09"]


def test_empty_time_range_is_an_error() -> None:
    with pytest.raises(ValueError):
        ar.format_time_range(time(10), time(10))


# --- ordinals, number words, plurals ------------------------------------------------------------

@pytest.mark.parametrize(("n", "masculine", "feminine"), [
    (1, "الأول", "الأولى"), (6, "السادس", "السادسة"), (7, "السابع", "السابعة"),
    (11, "الحادي عشر", "الحادية عشرة"), (12, "الثاني عشر", "الثانية عشرة"), (20, "العشرون", "العشرون"),
    (21, "الحادي والعشرون", "الحادية والعشرون"), (64, "الرابع والستون", "الرابعة والستون"),
    (100, "المائة", "المائة"), (105, "الخامس بعد المائة", "الخامسة بعد المائة"),
])
def test_ordinals_agree_with_the_noun(n: int, masculine: str, feminine: str) -> None:
    assert (ar.ordinal_word(n), ar.ordinal_word(n, "f")) == (masculine, feminine)


def test_ordinal_out_of_range() -> None:
    with pytest.raises(ValueError):
        ar.ordinal_word(0)


@pytest.mark.parametrize(("n", "expected"), [
    (0, "صفر"), (3, "ثلاثة"), (11, "أحد عشر"), (12, "اثنا عشر"), (21, "واحد وعشرون"), (105, "مائة وخمسة"),
])
def test_number_words(n: int, expected: str) -> None:
    assert ar.number_word(n) == expected


@pytest.mark.parametrize(("n", "sittings", "days"), [
    (1, "جلسة عامة واحدة", "يوم واحد"),
    (2, "جلستان عامتان", "يومان"),
    (3, "ثلاث جلسات عامة", "ثلاثة أيام"),
    (6, "ست جلسات عامة", "ستة أيام"),
    (11, "إحدى عشرة جلسة عامة", "أحد عشر يوماً"),
    (23, "ثلاث وعشرون جلسة عامة", "ثلاثة وعشرون يوماً"),
    (100, "مائة جلسة عامة", "مائة يوم"),
])
def test_plurals_by_cldr_category(n: int, sittings: str, days: str) -> None:
    assert (ar.plural(n, "plenary meeting"), ar.plural(n, "day")) == (sittings, days)


def test_plural_categories_come_from_babel() -> None:
    assert [ar.plural_category(n) for n in (0, 1, 2, 3, 11, 100)] == ["zero", "one", "two", "few", "many", "other"]


def test_meeting_placeholder() -> None:
    assert ar.meeting_phrase(30, "session") == "الدورة الثلاثون"


def test_plenary_meetings_placeholder() -> None:
    assert ar.plenary_meetings(6, 3) == "ست جلسات عامة على مدى ثلاثة أيام"


def test_sub_item_numbers_in_references() -> None:
    assert [ar.item_reference("2", "a"), ar.item_reference("2", "e"), ar.item_reference("3", None)] == [
        "2\u202f(أ)", "2\u202f(هـ)", "3"]


def test_arabic_is_available_and_right_to_left() -> None:
    assert (style.get_style("ar") is ar, "ar" in style.LANGUAGES, ar.DIRECTION) == (True, True, "rtl")


def test_english_start_up_does_not_import_babel() -> None:
    code = "import sys, egmplan.style; egmplan.style.get_style('en'); print('babel' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_importing_arabic_does_not_import_babel_until_a_name_is_asked() -> None:
    code = ("import sys, egmplan.style; s = egmplan.style.get_style('ar'); a = 'babel' in sys.modules; "
            "s.month_name(4); print(a, 'babel' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False True"


# --- the changes between two drafts, in Arabic (egmplan diff, end to end) -----------------------

def test_diff_in_arabic(tmp_path, monkeypatch) -> None:
    from pathlib import Path

    from typer.testing import CliRunner

    from egmplan.cli.main import app

    source = (Path(__file__).resolve().parent.parent / "meetings" / "egm-cybercrime-2017.yaml").read_text(
        encoding="utf-8").replace("  style:\n", "  style:\n    language: ar\n")
    (tmp_path / "old.yaml").write_text(source, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(source.replace("  number: 3\n", "  number: 4\n").replace(
        '    - {start: "15:00", end: "18:00"}', '    - {start: "15:00", end: "17:30"}'), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["diff", "old.yaml", "new.yaml"])
    assert (result.exit_code, result.output) == (0, (
        "التغييرات من old.yaml إلى new.yaml\n"
        "==================================\n\n"
        "الاجتماع\n--------\n\n"
        "- الرقم: تغيَّر: الثالث ← الرابع. (meeting.number)\n\n"
        "الجلسات\n-------\n\n"
        "- نُقلت جلسة: الاثنين، 10 نيسان/أبريل 2017، 00/15–00/18 ← 00/15–30/17. (sittings.default[1].end)\n"
        "- نُقلت جلسة: الثلاثاء، 11 نيسان/أبريل 2017، 00/15–00/18 ← 00/15–30/17. (sittings.default[1].end)\n"
        "- نُقلت جلسة: الأربعاء، 12 نيسان/أبريل 2017، 00/15–00/18 ← 00/15–30/17. (sittings.default[1].end)\n"
        "- نُقلت جلسة: الخميس، 13 نيسان/أبريل 2017، 00/15–00/18 ← 00/15–30/17. (sittings.default[1].end)\n"))


def test_offset_note_in_arabic(tmp_path) -> None:
    from egmplan.loader.load import load_meeting
    from egmplan.planning.offset_notes import offset_notes

    path = tmp_path / "m.yaml"
    path.write_text("meeting:\n  body: Expert Group\n  number: 5\n  venue: فيينا\n  timezone: Europe/Vienna\n"
                    "  dates: {start: 2019-03-27, end: 2019-03-29}\nsittings:\n  default:\n"
                    '    - {start: "10:00", end: "13:00"}\nagenda:\n  - title: Organizational matters\n',
                    encoding="utf-8")
    (note,) = offset_notes(load_meeting(path).meeting, "America/New_York")
    assert ar.offset_note(note) == (
        "المنطقة الزمنية America/New_York متأخرة عن فيينا بخمس ساعات في 27–29 آذار/مارس 2019، "
        "لا كالمعتاد (متأخرة عنها بست ساعات): غيّرت New York ساعاتها في 10 آذار/مارس 2019 "
        "(EST, UTC−5 ← EDT, UTC−4) وتغيّر فيينا ساعاتها في 31 آذار/مارس 2019 (CET, UTC+1 ← CEST, UTC+2).")


def test_continued_is_not_italicised() -> None:
    assert ar.emphasis_parts("(تابع)") == ("(تابع)", "", "")


# --- the site's pages and the workplan (issue 14): one assertion per cell of docs/languages.md,
# with the sixth meeting's values (postponed from 6-8 April to 27-29 July 2020; the workplan for
# 2018-2021 adopted at the fourth meeting, UNODC/CCPCJ/EG.4/2018/CRP.1)

GROUP = "فريق الخبراء"


def test_site_words() -> None:
    assert ar.WORDS == {
        "year": "السنة", "meeting_column": "الاجتماع", "annotations": "الشروح", "status": "الحالة",
        "note": "ملاحظة", "announcement": "إعلان", "mandate": "الولاية", "history": "الاجتماعات السابقة",
        "workplan": "خطة العمل", "dates_and_venue": "التواريخ والمكان", "dates": "التواريخ", "venue": "المكان",
        "format": "الصيغة", "documents": "الوثائق", "agenda_files": "جدول الأعمال وتنظيم الأعمال والتقويم",
        "statements": "البيانات", "statements_note": "البيانات مستنسخة بالصيغة التي وردت بها",
        "general_statements": "البيانات العامة", "panellists": "أعضاء حلقة النقاش", "meetings": "الاجتماعات",
        "report": "التقرير", "series_page": "جميع اجتماعات {short_body}", "meeting_page": "صفحة الاجتماع"}


def test_format_words() -> None:
    assert ar.FORMAT_WORDS == {"in-person": "حضوري", "hybrid": "مختلط (حضورياً وعبر الإنترنت)",
                               "online": "عبر الإنترنت"}


def test_file_words() -> None:
    assert ar.FILE_WORDS == {
        "agenda.html": "جدول الأعمال المؤقَّت المشروح (HTML)",
        "agenda.docx": "جدول الأعمال المؤقَّت المشروح (Word)",
        "agenda.md": "جدول الأعمال المؤقَّت المشروح (Markdown)",
        "agenda.txt": "جدول الأعمال المؤقَّت المشروح (نص عادي)",
        "agenda.json": "جدول الأعمال المؤقَّت المشروح (بيانات JSON)",
        "orgwork.csv": "تنظيم الأعمال (CSV)",
        "sittings.ics": "الجلسات (ملف تقويم)",
        "schedule.html": "مواعيد الجلسات بالتوقيت المحلي"}


def test_part_numbers_are_ordinal_adverbs() -> None:
    assert [ar.roman(n) for n in (1, 2, 3, 10, 11, 20, 21, 40)] == [
        "أولاً", "ثانياً", "ثالثاً", "عاشراً", "حادي عشر", "عشرون", "حادي وعشرون", "40"]


def test_part_headings_put_a_spaced_hyphen_after_the_ordinal() -> None:
    assert [ar.part_heading(1, "ترتيبات الاجتماعات"), ar.part_heading(2, None)] == ["أولاً - ترتيبات الاجتماعات", "ثانياً"]


def test_site_punctuation_uses_the_arabic_semicolon() -> None:
    assert ar.PUNCTUATION == {"colon": ": ", "semicolon": "؛ ", "full_stop": ". ", "before_open": " ", "open": "(",
                              "close": ")"}


def test_year_range() -> None:
    assert ar.year_range(2018, 2021) == "2018-2021"


def test_meeting_figure() -> None:
    assert [ar.meeting_figure(4, "meeting"), ar.meeting_figure(4, "session")] == ["الاجتماع الرابع", "الدورة الرابعة"]


def test_meeting_title() -> None:
    assert ar.meeting_title(6, "meeting", "فريق الخبراء المعني بإجراء دراسة شاملة عن الجريمة السيبرانية") == (
        "الاجتماع السادس لفريق الخبراء المعني بإجراء دراسة شاملة عن الجريمة السيبرانية")


def test_postponement_announcement() -> None:
    assert ar.postponement_announcement(
        6, "meeting", GROUP, (date(2020, 7, 27), date(2020, 7, 29)), (date(2020, 4, 6), date(2020, 4, 8)),
        "بسبب تأثير جائحة كوفيد-19") == (
        "تعيَّن تأجيل الاجتماع السادس لفريق الخبراء إلى 27–29 تموز/يوليه 2020 بسبب تأثير جائحة كوفيد-19 "
        "(المواعيد الأصلية: 6–8 نيسان/أبريل 2020).")


def test_workplan_adoption() -> None:
    assert ar.workplan_adoption(4, "meeting", GROUP, 2018, 2021, "UNODC/CCPCJ/EG.4/2018/CRP.1") == (
        "في اجتماعه الرابع، اعتمد فريق الخبراء خطة عمله للفترة 2018-2021 (UNODC/CCPCJ/EG.4/2018/CRP.1). "
        "ووفقاً لخطة العمل:")


def test_workplan_adoption_by_a_feminine_body_at_a_session() -> None:
    assert ar.workplan_adoption(4, "session", "اللجنة", 2018, 2021, None) == (
        "في دورتها الرابعة، اعتمدت اللجنة خطة عملها للفترة 2018-2021. ووفقاً لخطة العمل:")


def test_workplan_entry() -> None:
    assert ar.workplan_entry("2020", 6, "meeting", ["التعاون الدولي", "المنع"]) == (
        "2020، الاجتماع السادس: التعاون الدولي؛ المنع")


def test_workplan_title() -> None:
    assert ar.workplan_title(GROUP, ar.year_range(2018, 2021)) == "خطة عمل فريق الخبراء للفترة 2018-2021"


def test_statements_headings() -> None:
    assert [ar.statements_heading(None, None), ar.statements_heading("2", "التعاون الدولي")] == [
        "البيانات العامة", "البيانات المتعلقة بالبند 2 من جدول الأعمال (التعاون الدولي)"]


def test_panel_heading() -> None:
    assert ar.panel_heading("3", "المنع") == "أعضاء حلقة النقاش بشأن البند 3 من جدول الأعمال (المنع)"


def test_status_line() -> None:
    assert ar.status_line("مستنسخة بالصيغة التي وردت بها", date(2020, 6, 1)) == (
        "مستنسخة بالصيغة التي وردت بها. الحالة: 1 حزيران/يونيه 2020")


def test_country_name_is_cldr_s() -> None:
    assert [ar.country_name("RU", "Russian Federation"), ar.country_name("DO", "Dominican Republic")] == [
        "روسيا", "جمهورية الدومينيكان"]
