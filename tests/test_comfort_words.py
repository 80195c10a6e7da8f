"""The comfort classes keep their names in JSON, CSV and CSS, and print in the schedule's
language: a French schedule says "nuit", never "night"."""

from dataclasses import replace

import pytest

from egmplan import style as styles
from egmplan.loader import load_meeting
from egmplan.planning.comfort import COMFORT_CLASSES
from egmplan.planning.schedule import build_schedule
from egmplan.render.schedule.view import build_view

from bundled import STANDALONE


def test_english_prints_the_class_names_themselves():
    assert [styles.get_style("en").comfort_word(c) for c in COMFORT_CLASSES] == ["working", "early/late", "night"]


@pytest.mark.parametrize("language", [code for code in styles.LANGUAGES if code != "en"])
def test_every_other_language_words_each_class_in_its_own_words(language):
    words = [styles.get_style(language).comfort_word(c) for c in COMFORT_CLASSES]
    assert len(set(words)) == 3 and not set(words) & set(COMFORT_CLASSES)


@pytest.mark.parametrize("layout", ["wide", "long"])
def test_a_french_schedule_prints_nuit_and_keeps_the_class_for_colours(layout):
    meeting = load_meeting(STANDALONE).meeting
    french = replace(meeting, style=meeting.style._replace(language="fr"))
    view = build_view(build_schedule(french, ["Europe/Vienna", "Pacific/Kiritimati"]), layout=layout)
    cells = [cell for row in view.rows for cell in row]
    night = [cell for cell in cells if cell.comfort == "night"]
    assert night and all("nuit" in cell.joined() for cell in night)
    assert not any("night" in cell.joined() or "working" in cell.joined() for cell in cells)


def test_a_chinese_cell_runs_the_date_into_its_time_and_an_arabic_one_uses_the_arabic_comma():
    meeting = load_meeting(STANDALONE).meeting
    cells = {}
    for language in ("en", "zh", "ar"):
        worded = replace(meeting, style=meeting.style._replace(language=language))
        view = build_view(build_schedule(worded, ["Europe/Vienna", "Pacific/Kiritimati"]), layout="wide")
        cells[language] = next(cell.text for row in view.rows for cell in row if cell.mark == "+1")
    assert cells == {"en": "7 April, 3–6 a.m.", "zh": "4月7日上午3时至6时", "ar": "7 نيسان/أبريل، 00/03–00/06"}
