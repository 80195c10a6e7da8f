"""The Russian and Chinese test catalogues of the seventh meeting
(tests/fixtures/translations/egm-cybercrime-2021.{ru,zh}.po): translations made for egmplan's
tests, complete and current, every placeholder kept; the meeting worded in each language."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.loader import load_meeting
from egmplan.loader.catalogues import meeting_in, read_catalogue
from egmplan.render.view import build_view
from egmplan.render.wrapping import display_width

from bundled import STANDALONE, copy_meeting

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "translations"


@pytest.fixture
def folder(tmp_path):
    """The seventh meeting issued in English, Russian and Chinese, its catalogues beside it: the
    meeting standing alone (the package example), whose history is written out as these
    catalogues translate it."""
    text = STANDALONE.read_text(encoding="utf-8")
    assert text.count("  languages: [en, fr, es]\n") == 1  # the bundled file's, replaced
    text = text.replace("  languages: [en, fr, es]\n", "  languages: [en, ru, zh]\n")
    copy_meeting(tmp_path / "meetings", text=text, source=STANDALONE)
    for language in ("ru", "zh"):
        name = f"egm-cybercrime-2021.{language}.po"
        (tmp_path / "meetings" / name).write_bytes((FIXTURES / name).read_bytes())
    return tmp_path / "meetings"


@pytest.mark.parametrize("language", ["ru", "zh"])
def test_the_header_says_it_is_not_the_un_text(language):
    head = (FIXTURES / f"egm-cybercrime-2021.{language}.po").read_text(encoding="utf-8").split("msgid", 1)[0]
    assert "NOT THE UNITED NATIONS' TEXT" in head and "made for\n# egmplan's tests" in head


def test_validate_finds_both_catalogues_complete_with_every_placeholder(folder, monkeypatch):
    monkeypatch.chdir(folder.parent)
    result = CliRunner().invoke(app, ["validate", "egm-cybercrime-2021"])
    assert (result.exit_code, result.output.strip()) == (0, "OK: 1 file checked, 0 errors, 0 warnings")


@pytest.mark.parametrize("language", ["ru", "zh"])
def test_extract_leaves_the_catalogue_as_it_is(folder, monkeypatch, language):
    """The catalogue is what ``translate extract`` writes: extracting again changes no byte."""
    monkeypatch.chdir(folder.parent)
    before = (folder / f"egm-cybercrime-2021.{language}.po").read_bytes()
    result = CliRunner().invoke(app, ["translate", "extract", "-m", "egm-cybercrime-2021", "--lang", language])
    assert result.exit_code == 0, result.output
    assert f"19 strings, 19 translated, 0 fuzzy, 0 untranslated" in result.output
    assert (folder / f"egm-cybercrime-2021.{language}.po").read_bytes() == before


def _view(folder, language):
    import dataclasses

    path = folder / "egm-cybercrime-2021.yaml"
    meeting = meeting_in(load_meeting(path).meeting, path, language).meeting
    return build_view(dataclasses.replace(meeting, style=meeting.style._replace(
        language=language, continued=("（续）" if language == "zh" else "(продолжение)"))))


def test_the_seventh_meeting_in_russian(folder):
    view = _view(folder, "ru")
    assert view.masthead.venue_dates == "Вена, 6-8 апреля 2021 года"
    assert view.annotations[1].blocks[0].text == (
        "Группа экспертов для проведения всестороннего исследования проблемы киберпреступности откроет свое "
        "седьмое совещание во вторник, 6 апреля 2021 года, в 10 ч. 00 м.")
    assert "Имеющиеся ресурсы позволят провести шесть пленарных заседаний за три дня" in \
        view.annotations[2].blocks[-1].text
    assert [(e.label, e.text) for e in view.agenda_lines[:3]] == [
        ("1.", "Организационные вопросы:"), ("a)", "открытие совещания;"), ("b)", "утверждение повестки дня")]


def test_the_seventh_meeting_in_chinese(folder):
    view = _view(folder, "zh")
    assert view.masthead.venue_dates == "2021年4月6日至8日，维也纳"
    assert view.annotations[1].blocks[0].text == "网络犯罪问题综合研究专家组第七次会议将于2021年4月6日星期二上午10时开幕。"
    assert "现有资源将允许在三天内举行六次全体会议" in view.annotations[2].blocks[-1].text
    assert [(e.label, e.text) for e in view.agenda_lines[:3]] == [
        ("1.", "组织事项："), ("(a)", "会议开幕；"), ("(b)", "通过议程。")]


def test_the_chinese_plain_text_fits_80_columns(folder):
    from egmplan.render.text import render

    text = render(_view(folder, "zh"))
    long_lines = [line for line in text.splitlines() if display_width(line) > 80]
    assert all(" " not in line.strip().split(None, 1)[-1] for line in long_lines)  # a footnote's address
    assert not any(line.lstrip()[:1] in "，。；：）」" for line in text.splitlines() if line.strip())


@pytest.mark.parametrize("language", ["ru", "zh"])
def test_every_entry_is_translated(language):
    catalogue = read_catalogue(FIXTURES / f"egm-cybercrime-2021.{language}.po", "shown", language)
    assert catalogue.entries and all(entry.translation for entry in catalogue.entries)


def test_agenda_build_lang_ru_and_zh_end_to_end(folder, monkeypatch):
    """``agenda build --lang ru --lang zh``: each language in build/<id>/<lang>/, worded by its
    style and its catalogue, "(continued)" in the language's own words by default."""
    monkeypatch.chdir(folder.parent)
    result = CliRunner().invoke(app, ["agenda", "build", "egm-cybercrime-2021", "--lang", "ru", "--lang", "zh",
                                      "-f", "txt", "-q"])
    assert result.exit_code == 0, result.output
    built = folder.parent / "build" / "egm-cybercrime-2021"
    russian = (built / "ru" / "agenda.txt").read_text(encoding="utf-8")
    chinese = (built / "zh" / "agenda.txt").read_text(encoding="utf-8")
    assert "Вена, 6-8 апреля 2021 года" in russian and "(продолжение)" in russian
    assert "2021年4月6日至8日，维也纳" in chinese and "（续）" in chinese
    assert max(display_width(line) for line in chinese.splitlines() if "www." not in line) <= 80
