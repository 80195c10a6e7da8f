"""Russian UN style (style/ru/): the cells of issue 13's table, one assertion each, then
dates, times, plurals (CLDR's three forms) and ordinals."""

import inspect
from datetime import date, time
from pathlib import Path

import pytest

from egmplan import style as style_package
from egmplan.render.view import build_view
from egmplan.style import LANGUAGES, Style, get_style
from egmplan.style import en

from bundled import load_copy

ru = get_style("ru")
ROOT = Path(__file__).resolve().parent.parent
MEETING_2021 = ROOT / "meetings" / "egm-cybercrime-2021.yaml"


# --- the table -------------------------------------------------------------------

def test_cell_session_line():
    assert ru.session_name(6, "session") == "Шестая сессия"


def test_cell_venue_and_dates():
    assert ru.venue_dates("Вена", date(2015, 6, 1), date(2015, 6, 5)) == "Вена, 1-5 июня 2015 года"


def test_cell_masthead_distribution_stays_in_english():
    assert (ru.distribution_line("General"), ru.original_line("English")) == ("Distr.: General", "Original: English")


def test_cell_title():
    assert ru.heading("title_annotated") == "Аннотированная предварительная повестка дня"


def test_cell_items_and_sub_items():
    assert [ru.item_label("1", None), ru.item_label("1 (a)", "a")] == ["1.", "a)"]


def test_cell_sub_items_in_lower_case_without_final_full_stop():
    assert [ru.agenda_title("Открытие совещания", 2), ru.agenda_title("ЮНОДК", 2),
            ru.agenda_mark("sub"), ru.agenda_mark("last_sub"), ru.agenda_mark("item")] == [
        "открытие совещания", "ЮНОДК", ";", "", ""]


# --- researched cells (docs/languages.md) --------------------------------------------------

def test_opening_time():
    assert ru.format_opening(date(2021, 4, 6), time(10)) == "во вторник, 6 апреля 2021 года, в 10 ч. 00 м."


def test_table_times():
    assert ru.format_time_range(time(10), time(13)) == "10 ч. 00 м. – 13 ч. 00 м."


def test_continued():
    assert ru.continued_title("Открытие совещания", ru.CONTINUED) == "Открытие совещания (продолжение)"


def test_annex_title():
    assert (ru.heading("annex"), ru.heading("annex_title")) == ("Приложение", "Предлагаемая организация работы")


# --- dates, plurals, ordinals --------------------------------------------------------------

def test_dates():
    assert [ru.format_date(date(2021, 4, 6)), ru.format_date(date(2021, 4, 6), weekday=True),
            ru.format_date(date(2021, 4, 6), weekday=True, year=False),
            ru.format_date_range(date(2023, 5, 29), date(2023, 6, 2)),
            ru.format_date_range(date(2024, 12, 30), date(2025, 1, 2)),
            ru.format_date_span_text(date(2021, 4, 6), date(2021, 4, 8)),
            ru.format_date_span_text(date(2022, 6, 13), date(2022, 6, 14)),
            ru.month_name(4)] == [
        "6 апреля 2021 года", "вторник, 6 апреля 2021 года", "вторник, 6 апреля",
        "29 мая – 2 июня 2023 года", "30 декабря 2024 года – 2 января 2025 года",
        "с 6 по 8 апреля 2021 года", "13 и 14 июня 2022 года", "апрель"]


def test_opening_takes_the_accusative_weekday():
    assert [ru.format_opening(date(2021, 4, 5 + n), time(15, 30)).split(",")[0] for n in range(7)] == [
        "в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье"]


@pytest.mark.parametrize(("n", "expected"), [
    (1, "один день"), (2, "два дня"), (5, "пять дней"), (21, "двадцать один день"), (11, "одиннадцать дней")])
def test_plural_day(n, expected):
    assert ru.plural(n, "day") == expected


@pytest.mark.parametrize(("n", "expected"), [
    (1, "одно пленарное заседание"), (2, "два пленарных заседания"), (5, "пять пленарных заседаний"),
    (21, "двадцать одно пленарное заседание")])
def test_plural_plenary_meeting(n, expected):
    assert ru.plural(n, "plenary meeting") == expected


def test_plural_session_is_feminine():
    assert [ru.plural(n, "session") for n in (1, 2, 5, 21)] == [
        "одна сессия", "две сессии", "пять сессий", "двадцать одна сессия"]


@pytest.mark.parametrize(("n", "gender", "expected"), [
    (1, "n", "первое"), (3, "f", "третья"), (7, "n", "седьмое"), (6, "f", "шестая"), (20, "m", "двадцатый"),
    (26, "f", "двадцать шестая"), (64, "f", "шестьдесят четвертая"), (40, "n", "сороковое"),
    (100, "n", "сотое"), (101, "f", "сто первая"), (999, "n", "девятьсот девяносто девятое")])
def test_ordinal_word(n, gender, expected):
    assert ru.ordinal_word(n, gender) == expected


def test_ordinal_figure_and_number_word():
    assert [ru.ordinal_figure(2), ru.number_word(0), ru.number_word(105), ru.number_word(110)] == [
        "2-е", "ноль", "сто пять", "сто десять"]


def test_out_of_range_is_a_value_error():
    with pytest.raises(ValueError, match="expected an integer 1..999, not 0"):
        ru.ordinal_word(0)


# --- the contract ------------------------------------------------------------------------

def test_ru_is_available_and_provides_every_member_of_style():
    assert "ru" in LANGUAGES
    members = [name for name in Style.__annotations__] + [
        name for name, _ in inspect.getmembers(Style, inspect.isfunction) if not name.startswith("_")]
    assert [name for name in members if not hasattr(ru, name)] == []


def test_every_english_heading_has_a_russian_one():
    assert sorted(set(en.agenda._HEADINGS) - set(ru.agenda._HEADINGS)) == []


def test_the_seventh_meeting_in_russian_style():
    text = MEETING_2021.read_text(encoding="utf-8").replace("  style:\n", "  style:\n    language: ru\n", 1)
    view = build_view(load_copy(text, "egm-cybercrime-2021.yaml").meeting)
    assert (view.masthead.venue_dates, view.title, view.annex_title, view.table.columns) == (
        "Vienna, 6-8 апреля 2021 года", "Аннотированная предварительная повестка дня",
        "Предлагаемая организация работы", ("Дата", "Время", "Пункт", "Название или описание"))
    assert [(e.label, e.text) for e in view.agenda_lines if len(e.text) < 40] == [
        ("1.", "Organizational matters:"), ("a)", "opening of the meeting;"), ("b)", "adoption of the agenda"),
        ("4.", "Other matters"), ("5.", "Adoption of the report")]
    assert view.table.days[0].label == "Вторник, 6 апреля 2021 года"  # a table cell starts with a capital
    assert view.table.days[0].sittings[0].time == "10 ч. 00 м. – 13 ч. 00 м."


def test_style_module_does_not_load_babel_for_english():
    import subprocess
    import sys

    code = ("import sys; from egmplan.style import get_style; s = get_style('en'); "
            "s.format_date(__import__('datetime').date(2021, 4, 6)); print('babel' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout == "False\n"
    assert style_package.LANGUAGES[:1] == ("en",)


def test_placeholder_phrases_and_item_references():
    assert [ru.meeting_phrase(7, "meeting"), ru.meeting_phrase(6, "session"), ru.plenary_meetings(6, 3),
            ru.plenary_meetings(1, 1), ru.item_reference("1", "a"), ru.item_reference("2", None)] == [
        "седьмое совещание", "шестая сессия", "шесть пленарных заседаний за три дня",
        "одно пленарное заседание за один день", "1 a)", "2"]


# --- the site's pages and the workplan (issue 14): one assertion per cell of docs/languages.md,
# with the sixth meeting's values (postponed from 6-8 April to 27-29 July 2020; the workplan for
# 2018-2021 adopted at the fourth meeting, UNODC/CCPCJ/EG.4/2018/CRP.1)

GROUP = "Группа экспертов"


def test_site_words():
    assert ru.WORDS == {
        "year": "Год", "meeting_column": "Совещание", "annotations": "Аннотации", "status": "Статус",
        "note": "Примечание", "announcement": "Объявление", "mandate": "Мандат",
        "history": "Предыдущие совещания", "workplan": "План работы",
        "dates_and_venue": "Сроки и место проведения", "dates": "Сроки", "venue": "Место проведения",
        "format": "Формат", "documents": "Документы",
        "agenda_files": "Повестка дня, организация работы и календарь", "statements": "Заявления",
        "statements_note": "Заявления воспроизводятся в том виде, в котором они были получены",
        "general_statements": "Общие заявления", "panellists": "Докладчики", "meetings": "Совещания",
        "report": "Доклад", "series_page": "{short_body}: все совещания", "meeting_page": "Страница совещания"}


def test_format_words():
    assert ru.FORMAT_WORDS == {"in-person": "очный", "hybrid": "гибридный (очно и онлайн)", "online": "онлайн"}


def test_file_words():
    assert ru.FILE_WORDS == {
        "agenda.html": "Аннотированная предварительная повестка дня (HTML)",
        "agenda.docx": "Аннотированная предварительная повестка дня (Word)",
        "agenda.md": "Аннотированная предварительная повестка дня (Markdown)",
        "agenda.txt": "Аннотированная предварительная повестка дня (обычный текст)",
        "agenda.json": "Аннотированная предварительная повестка дня (данные JSON)",
        "orgwork.csv": "Организация работы (CSV)",
        "sittings.ics": "Заседания (файл календаря)",
        "schedule.html": "Расписание заседаний по местному времени"}


def test_part_numbers_are_roman():
    assert [ru.roman(1), ru.roman(2), ru.roman(3)] == ["I", "II", "III"]


def test_year_range():
    assert ru.year_range(2018, 2021) == "2018–2021"


def test_meeting_figure():
    assert [ru.meeting_figure(4, "meeting"), ru.meeting_figure(4, "session")] == ["4-е совещание", "4-я сессия"]


def test_meeting_title():
    assert ru.meeting_title(6, "meeting", "Группа экспертов для проведения всестороннего исследования "
                            "проблемы киберпреступности") == (
        "Шестое совещание: Группа экспертов для проведения всестороннего исследования проблемы киберпреступности")


def test_postponement_announcement():
    assert ru.postponement_announcement(
        6, "meeting", GROUP, (date(2020, 7, 27), date(2020, 7, 29)), (date(2020, 4, 6), date(2020, 4, 8)),
        "в связи с последствиями пандемии COVID-19") == (
        "Группа экспертов: шестое совещание было перенесено на 27-29 июля 2020 года в связи с последствиями "
        "пандемии COVID-19 (первоначальные сроки: 6-8 апреля 2020 года).")


def test_postponement_agrees_with_a_session():
    assert ru.postponement_announcement(
        6, "session", "Комиссия", (date(2020, 7, 27), date(2020, 7, 29)), (date(2020, 4, 6), date(2020, 4, 8)),
        None) == "Комиссия: шестая сессия была перенесена на 27-29 июля 2020 года (первоначальные сроки: 6-8 апреля 2020 года)."


def test_workplan_adoption():
    assert ru.workplan_adoption(4, "meeting", GROUP, 2018, 2021, "UNODC/CCPCJ/EG.4/2018/CRP.1") == (
        "Группа экспертов: план работы на период 2018–2021 годов (UNODC/CCPCJ/EG.4/2018/CRP.1) принят "
        "на четвертом совещании. В соответствии с планом работы:")


@pytest.mark.parametrize("number, kind, expected", [
    (3, "meeting", "на третьем совещании"), (3, "session", "на третьей сессии"),
    (21, "session", "на двадцать первой сессии"), (40, "meeting", "на сороковом совещании")])
def test_adoption_names_the_meeting_in_the_prepositional(number, kind, expected):
    assert ru.workplan_adoption(number, kind, GROUP, 2018, 2021, None).endswith(
        f"принят {expected}. В соответствии с планом работы:")


def test_workplan_entry():
    assert ru.workplan_entry("2020", 6, "meeting", ["Международное сотрудничество", "Предупреждение"]) == (
        "2020, шестое совещание: Международное сотрудничество; Предупреждение")


def test_workplan_title():
    assert [ru.workplan_title(GROUP, ru.year_range(2018, 2021)), ru.workplan_title(GROUP, ru.year_range(2018, 2018))] == [
        "Группа экспертов: план работы на период 2018–2021 годов", "Группа экспертов: план работы на 2018 год"]


def test_statements_headings():
    assert [ru.statements_heading(None, None), ru.statements_heading("2", "Международное сотрудничество")] == [
        "Общие заявления", "Заявления по пункту 2 повестки дня (Международное сотрудничество)"]


def test_panel_heading():
    assert ru.panel_heading("1 (a)", "Открытие совещания") == (
        "Докладчики по пункту 1 a) повестки дня (Открытие совещания)")


def test_status_line():
    assert ru.status_line("Воспроизводится в полученном виде", date(2020, 6, 1)) == (
        "Воспроизводится в полученном виде. По состоянию на 1 июня 2020 года")


def test_country_name_is_cldr_s():
    assert [ru.country_name("RU", "Russian Federation"), ru.country_name("DO", "Dominican Republic")] == [
        "Россия", "Доминиканская Республика"]
