"""The seventh meeting in each of the other five languages, every text format and Word,
compared byte for byte with golden files (tests/golden/languages/seventh/<lang>/).

French and Spanish come from the bundled catalogues; Russian, Chinese and Arabic from the
test catalogues (tests/fixtures/translations/), translations made for egmplan's tests. The
Russian and Chinese ones translate the meeting standing alone (its history written out), the
Arabic one the bundled meeting with {history:N}. After a deliberate change of wording, write
the golden files again with ``EGMPLAN_WRITE_GOLDEN=1 pytest tests/test_language_goldens.py``
and read the diff before committing it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app

from bundled import SEVENTH, STANDALONE, copy_meeting

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "translations"
GOLDEN = ROOT / "tests" / "golden" / "languages" / "seventh"
FORMATS = ("md", "html", "text", "json", "csv", "ics", "docx")
FILES = ("agenda.md", "agenda.html", "agenda.txt", "agenda.json", "orgwork.csv", "sittings.ics", "agenda.docx")
SOURCES = {"fr": SEVENTH, "es": SEVENTH, "ru": STANDALONE, "zh": STANDALONE, "ar": SEVENTH}


def _built(tmp_path: Path, language: str, monkeypatch) -> Path:
    source = SOURCES[language]
    text = source.read_text(encoding="utf-8")
    if language not in ("fr", "es"):
        assert text.count("  languages: [en, fr, es]\n") == 1
        text = text.replace("  languages: [en, fr, es]\n", f"  languages: [en, {language}]\n")
    meeting = copy_meeting(tmp_path / "meetings", text=text, source=source)
    if language not in ("fr", "es"):
        name = f"egm-cybercrime-2021.{language}.po"
        (meeting.parent / name).write_bytes((FIXTURES / name).read_bytes())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1617667200")
    out = tmp_path / "out"
    args = ["agenda", "build", str(meeting), "--lang", language, "-o", str(out), "-q"]
    for fmt in FORMATS:
        args += ["-f", fmt]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return out / "egm-cybercrime-2021" / language


@pytest.mark.parametrize("language", sorted(SOURCES))
def test_the_seventh_meeting_in_language_is_its_golden_files(tmp_path, monkeypatch, language):
    built = _built(tmp_path, language, monkeypatch)
    assert sorted(p.name for p in built.iterdir()) == sorted(FILES)
    golden = GOLDEN / language
    if os.environ.get("EGMPLAN_WRITE_GOLDEN"):
        golden.mkdir(parents=True, exist_ok=True)
        for name in FILES:
            (golden / name).write_bytes((built / name).read_bytes())
    assert {name: (built / name).read_bytes() for name in FILES} == \
        {name: (golden / name).read_bytes() for name in FILES}


@pytest.mark.parametrize(("language", "text", "tied"), [
    ("en", "on 6 April 2021 at 10 a.m.", "on 6\u00a0April 2021 at 10\u00a0a.m."),
    ("fr", "le mardi 6 avril 2021 à 10 heures, 15 h 30", "le mardi 6\u00a0avril 2021 à 10\u00a0heures, 15\u00a0h\u00a030"),
    ("es", "el 6 de abril de 2021, a las 10.00 horas", "el 6\u00a0de\u00a0abril de 2021, a las 10.00\u00a0horas"),
    ("ru", "6 апреля 2021 года, в 10 ч. 00 м.", "6\u00a0апреля 2021\u00a0года, в 10\u00a0ч.\u00a000\u00a0м."),
    ("ar", "يوم الثلاثاء 6 نيسان/أبريل 2021", "يوم الثلاثاء 6\u00a0نيسان/أبريل 2021"),
    ("zh", "2021年4月6日星期二上午10时", "2021年4月6日星期二上午10时"),
])
def test_word_never_breaks_a_line_inside_a_date_or_a_time(language, text, tied):
    from egmplan.style import get_style

    assert get_style(language).tie_words(text) == tied


@pytest.mark.parametrize(("language", "line", "issued"), [
    ("en", "English", "9 August 2017"), ("fr", "Français", "9 août 2017"), ("es", "Español", "9 de agosto de 2017"),
    ("ru", "Russian", "9 August 2017"), ("zh", "Chinese", "9 August 2017"), ("ar", "Arabic", "9 August 2017"),
])
def test_the_masthead_names_the_version_and_dates_it_as_that_language_s_masthead_does(language, line, issued):
    """Every version but the original prints its language above "Original:"; the Russian,
    Chinese and Arabic mastheads stay in English, their date of issue too."""
    from datetime import date

    from egmplan.style import get_style

    style = get_style(language)
    assert (style.masthead_language(), style.masthead_date(date(2017, 8, 9))) == (line, issued)
