"""UN editorial style (shared/guides/UN-STYLE.md): times, dates, ranges, ordinals."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, time

import pytest

from egmplan import style
from egmplan.style import en

D = "\u2013"  # EN DASH


# --- T1-T3, T5: times, 12-hour clock ------------------------------------------------------

@pytest.mark.parametrize(
    ("t", "expected"),
    [
        (time(10), "10 a.m."),  # T1, T3
        (time(10, 30), "10.30 a.m."),  # T2
        (time(15), "3 p.m."),
        (time(15, 10), "3.10 p.m."),
        (time(9, 5), "9.05 a.m."),
        (time(12), "noon"),  # T5
        (time(12, 30), "12.30 p.m."),
        (time(0), "midnight"),  # T5
        (time(0, 15), "12.15 a.m."),
        (time(23, 59), "11.59 p.m."),
        (time(1), "1 a.m."),
        (time(10, 0, 45), "10 a.m."),  # seconds are not shown
    ],
)
def test_format_time_12h(t: time, expected: str) -> None:
    assert style.format_time(t) == expected
    assert style.format_time(t, clock="12h") == expected


# --- T6: 24-hour clock ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("t", "expected"),
    [
        (time(10), "10.00"),
        (time(9), "09.00"),
        (time(15, 30), "15.30"),
        (time(0), "00.00"),
        (time(12), "12.00"),
        (time(7, 5), "07.05"),
    ],
)
def test_format_time_24h(t: time, expected: str) -> None:
    assert style.format_time(t, clock="24h") == expected


@pytest.mark.parametrize("clock", ["12", "24", "12H", "", "am/pm"])
def test_unknown_clock_is_an_error(clock: str) -> None:
    with pytest.raises(ValueError):
        style.format_time(time(10), clock=clock)
    with pytest.raises(ValueError):
        style.format_time_range(time(10), time(13), clock=clock)
    with pytest.raises(ValueError):
        style.format_opening(date(2021, 4, 6), time(10), clock=clock)


# --- T4, T5: time ranges ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (time(10), time(13), f"10 a.m.{D}1 p.m."),  # crosses noon: both meridiems
        (time(15), time(18), f"3{D}6 p.m."),  # afternoon only: once
        (time(9), time(11, 30), f"9{D}11.30 a.m."),  # morning only: once
        (time(12), time(14), f"noon{D}2 p.m."),  # noon is a word
        (time(10), time(12), f"10 a.m.{D}noon"),
        (time(16), time(18), f"4{D}6 p.m."),
        (time(10, 30), time(12, 30), f"10.30 a.m.{D}12.30 p.m."),
        (time(12, 30), time(14), f"12.30{D}2 p.m."),  # both p.m.
        (time(23), time(1), f"11 p.m.{D}1 a.m."),  # crosses midnight
        (time(0), time(2), f"midnight{D}2 a.m."),
        (time(22), time(0), f"10 p.m.{D}midnight"),
        (time(0, 30), time(2), f"12.30{D}2 a.m."),
        (time(2), time(1), f"2 a.m.{D}1 a.m."),  # overnight, same half: both ends
    ],
)
def test_format_time_range_12h(start: time, end: time, expected: str) -> None:
    assert style.format_time_range(start, end) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (time(10), time(13), f"10.00{D}13.00"),
        (time(9), time(12), f"09.00{D}12.00"),
        (time(15), time(18), f"15.00{D}18.00"),
        (time(23), time(1), f"23.00{D}01.00"),
    ],
)
def test_format_time_range_24h(start: time, end: time, expected: str) -> None:
    assert style.format_time_range(start, end, clock="24h") == expected


def test_time_range_uses_unspaced_en_dash() -> None:
    text = style.format_time_range(time(10), time(13))
    assert "\u2013" in text and "-" not in text and " \u2013" not in text


def test_empty_time_range_is_an_error() -> None:
    with pytest.raises(ValueError):
        style.format_time_range(time(10), time(10))


# --- D1-D3: dates -----------------------------------------------------------------------

def test_format_date_plain() -> None:
    assert style.format_date(date(2021, 4, 6)) == "6 April 2021"  # D1
    assert style.format_date(date(2022, 12, 25)) == "25 December 2022"


def test_format_date_with_weekday() -> None:
    assert style.format_date(date(2021, 4, 6), weekday=True) == "Tuesday, 6 April 2021"  # D2


def test_format_date_without_year() -> None:
    assert style.format_date(date(2021, 4, 6), weekday=True, year=False) == "Tuesday, 6 April"  # D3
    assert style.format_date(date(2021, 4, 6), year=False) == "6 April"


# --- D4, D5: masthead ranges ------------------------------------------------------------

@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2021, 4, 6), date(2021, 4, 8), f"6{D}8 April 2021"),
        (date(2017, 4, 10), date(2017, 4, 13), f"10{D}13 April 2017"),
        (date(2023, 5, 29), date(2023, 6, 2), f"29 May{D}2 June 2023"),
        (date(2024, 12, 30), date(2025, 1, 2), f"30 December 2024{D}2 January 2025"),
        (date(2021, 4, 6), date(2021, 4, 6), "6 April 2021"),
        (date(2021, 4, 6), date(2021, 4, 7), f"6{D}7 April 2021"),
    ],
)
def test_format_date_range(start: date, end: date, expected: str) -> None:
    assert style.format_date_range(start, end) == expected


# --- D6: running text -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2021, 4, 6), date(2021, 4, 8), "from 6 to 8 April 2021"),
        (date(2017, 4, 10), date(2017, 4, 13), "from 10 to 13 April 2017"),
        (date(2022, 8, 29), date(2022, 9, 9), "from 29 August to 9 September 2022"),
        (date(2024, 12, 30), date(2025, 1, 2), "from 30 December 2024 to 2 January 2025"),
        (date(2022, 6, 13), date(2022, 6, 14), "on 13 and 14 June 2022"),
        (date(2023, 5, 31), date(2023, 6, 1), "on 31 May and 1 June 2023"),
        (date(2024, 12, 31), date(2025, 1, 1), "on 31 December 2024 and 1 January 2025"),
        (date(2021, 4, 6), date(2021, 4, 6), "on 6 April 2021"),
    ],
)
def test_format_date_span_text(start: date, end: date, expected: str) -> None:
    assert style.format_date_span_text(start, end) == expected


def test_reversed_date_ranges_are_errors() -> None:
    with pytest.raises(ValueError):
        style.format_date_range(date(2021, 4, 8), date(2021, 4, 6))
    with pytest.raises(ValueError):
        style.format_date_span_text(date(2021, 4, 8), date(2021, 4, 6))


# --- M3: opening sentence ---------------------------------------------------------------

def test_format_opening() -> None:
    assert style.format_opening(date(2021, 4, 6), time(10)) == "Tuesday, 6 April 2021, at 10 a.m."
    assert style.format_opening(date(2017, 4, 10), time(10)) == "Monday, 10 April 2017, at 10 a.m."
    assert style.format_opening(date(2020, 7, 27), time(12)) == "Monday, 27 July 2020, at noon"
    assert style.format_opening(date(2021, 4, 6), time(15, 30)) == "Tuesday, 6 April 2021, at 3.30 p.m."
    assert (
        style.format_opening(date(2021, 4, 6), time(10), clock="24h")
        == "Tuesday, 6 April 2021, at 10.00"
    )


# --- O1: ordinals in words --------------------------------------------------------------

@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "first"),
        (2, "second"),
        (3, "third"),
        (5, "fifth"),
        (7, "seventh"),
        (8, "eighth"),
        (9, "ninth"),
        (12, "twelfth"),
        (13, "thirteenth"),
        (20, "twentieth"),
        (21, "twenty-first"),
        (26, "twenty-sixth"),
        (30, "thirtieth"),
        (40, "fortieth"),
        (64, "sixty-fourth"),
        (76, "seventy-sixth"),
        (99, "ninety-ninth"),
        (100, "one hundredth"),
        (101, "one hundred and first"),
        (112, "one hundred and twelfth"),
        (120, "one hundred and twentieth"),
        (200, "two hundredth"),
        (999, "nine hundred and ninety-ninth"),
    ],
)
def test_ordinal_word(n: int, expected: str) -> None:
    assert style.ordinal_word(n) == expected


@pytest.mark.parametrize("n", [0, -1, 1000, True])
def test_ordinal_word_out_of_range(n: int) -> None:
    with pytest.raises(ValueError):
        style.ordinal_word(n)


def test_capitalize_first() -> None:
    assert style.capitalize_first("sixty-fourth session") == "Sixty-fourth session"
    assert style.capitalize_first(style.ordinal_word(64)) == "Sixty-fourth"
    assert style.capitalize_first("seventh meeting of the Expert Group") == (
        "Seventh meeting of the Expert Group"
    )
    assert style.capitalize_first("") == ""


# --- O2: ordinals in figures ------------------------------------------------------------

@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (10, "10th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (23, "23rd"),
        (101, "101st"),
        (111, "111th"),
        (112, "112th"),
        (113, "113th"),
        (1839, "1839th"),
    ],
)
def test_ordinal_figure(n: int, expected: str) -> None:
    assert style.ordinal_figure(n) == expected


@pytest.mark.parametrize("n", [0, -3])
def test_ordinal_figure_out_of_range(n: int) -> None:
    with pytest.raises(ValueError):
        style.ordinal_figure(n)


# --- cardinals and plurals --------------------------------------------------------------

@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "zero"),
        (1, "one"),
        (9, "nine"),
        (10, "ten"),
        (15, "fifteen"),
        (20, "twenty"),
        (42, "forty-two"),
        (99, "ninety-nine"),
        (100, "one hundred"),
        (105, "one hundred and five"),
        (230, "two hundred and thirty"),
        (999, "nine hundred and ninety-nine"),
    ],
)
def test_number_word(n: int, expected: str) -> None:
    assert style.number_word(n) == expected


@pytest.mark.parametrize("n", [-1, 1000])
def test_number_word_out_of_range(n: int) -> None:
    with pytest.raises(ValueError):
        style.number_word(n)


def test_plural() -> None:
    assert style.plural(6, "plenary meeting") == "six plenary meetings"
    assert style.plural(1, "day") == "one day"
    assert style.plural(3, "day") == "three days"
    assert style.plural(1, "plenary meeting") == "one plenary meeting"
    assert style.plural(2, "session") == "two sessions"
    assert style.plural(2, "working party", None) == "two working parties"
    assert style.plural(2, "box") == "two boxes"
    assert style.plural(4, "person", "people") == "four people"
    assert style.plural(1, "person", "people") == "one person"
    assert style.plural(0, "meeting") == "zero meetings"


# --- names ------------------------------------------------------------------------------

def test_names() -> None:
    assert style.month_name(1) == "January"
    assert style.month_name(12) == "December"
    assert style.weekday_name(date(2021, 4, 6)) == "Tuesday"
    assert style.weekday_name(date(2021, 4, 11)) == "Sunday"
    assert [style.month_name(m) for m in range(1, 13)] == [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    with pytest.raises(ValueError):
        style.month_name(0)
    with pytest.raises(ValueError):
        style.month_name(13)


# --- get_style --------------------------------------------------------------------------

def test_get_style_english() -> None:
    assert style.get_style() is en
    assert style.get_style("en") is en
    assert style.get_style("en-GB") is en
    assert style.get_style("en_US") is en
    assert style.get_style("EN").format_date(date(2021, 4, 6)) == "6 April 2021"


@pytest.mark.parametrize("language", ["xx", "", "os", "style", "../en"])
def test_get_style_unknown_language(language: str) -> None:
    with pytest.raises(ValueError):
        style.get_style(language)


def test_style_modules_do_not_import_babel_or_cli_libraries() -> None:
    code = (
        "import sys, egmplan.style, egmplan.style.en; "
        "bad = [m for m in ('babel', 'typer', 'rich', 'jinja2', 'docx', 'icalendar') "
        "if m in sys.modules]; print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
