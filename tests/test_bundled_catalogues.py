"""The seventh meeting's French and Spanish catalogues, in meetings/ and in the example bundled
with the package: complete, current, placeholders intact, and honest about their sources (the
UN's own text, or a translation made for egmplan)."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from typer.testing import CliRunner

from egmplan.catalog import bundled_catalogues, bundled_folder
from egmplan.cli.main import app

ROOT = Path(__file__).resolve().parents[1]
MEETINGS = {"meetings": ROOT / "meetings" / "egm-cybercrime-2021.yaml",
            "example": bundled_folder() / "egm-cybercrime-2021.yaml"}
LANGUAGES = ("fr", "es")
CASES = [(where, language) for where in MEETINGS for language in LANGUAGES]
MARKERS = re.compile(r"\{[^{}\s]+\}|\[\^[^\]\s]+\]:?")
UN_TEXT = "Source: UN text: "
OURS = "Source: translation made for egmplan, not the UN's text."
SYMBOL = re.compile(r"\b(?:UNODC/CCPCJ/EG\.4/\d{4}/\d+|A/(?:RES/)?\d+/\d+)\b")
runner = CliRunner()


def _catalogue(where: str, language: str):
    with MEETINGS[where].with_name(f"egm-cybercrime-2021.{language}.po").open("rb") as file:
        return read_po(file, locale=language)


def _messages(where: str, language: str):
    return [m for m in _catalogue(where, language) if m.id]


@pytest.mark.parametrize("where", MEETINGS)
def test_the_seventh_meeting_declares_english_french_and_spanish(where):
    assert "  languages: [en, fr, es]\n" in MEETINGS[where].read_text(encoding="utf-8")


@pytest.mark.parametrize("where, language", CASES)
def test_every_string_is_translated_and_none_is_fuzzy_or_obsolete(where, language):
    messages = _messages(where, language)
    assert len(messages) == 19
    assert [m.context for m in messages if not m.string] == []
    assert [m.context for m in messages if m.fuzzy] == []
    assert list(_catalogue(where, language).obsolete) == []


@pytest.mark.parametrize("where, language", CASES)
def test_every_placeholder_and_footnote_marker_survives(where, language):
    for message in _messages(where, language):
        assert Counter(MARKERS.findall(message.string)) == Counter(MARKERS.findall(message.id)), message.context


@pytest.mark.parametrize("where, language", CASES)
def test_the_header_states_the_sources(where, language):
    header = _catalogue(where, language).header_comment
    name = {"fr": "French", "es": "Spanish"}[language]
    assert f"No copy of the UN's {name} version of UNODC/CCPCJ/EG.4/2021/1" in header
    assert f"This catalogue is\n# therefore NOT the UN's {name} text" in header
    assert "every msgstr is a translation made\n# for egmplan" in header


@pytest.mark.parametrize("where, language", CASES)
def test_each_entry_says_whether_it_is_the_uns_text_or_ours(where, language):
    for message in _messages(where, language):
        comment = " ".join(message.user_comments)
        assert comment.startswith((UN_TEXT, OURS)), message.context
        if comment.startswith(UN_TEXT):  # a claim of the UN's text names the document
            assert SYMBOL.search(comment), message.context


@pytest.mark.parametrize("where", MEETINGS)
def test_the_uns_text_is_claimed_only_where_it_was_found(where):
    claimed = {language: [m.context for m in _messages(where, language)
                          if " ".join(m.user_comments).startswith(UN_TEXT)] for language in LANGUAGES}
    assert claimed == {"fr": ["meeting.body", "meeting.venue"], "es": ["meeting.venue"]}


@pytest.mark.parametrize("where", MEETINGS)
def test_validate_is_clean_for_every_declared_language(where):
    result = runner.invoke(app, ["validate", "--strict", str(MEETINGS[where])])
    assert (result.exit_code, result.stderr) == (0, "OK: 1 file checked, 0 errors, 0 warnings\n")


@pytest.mark.parametrize("where, language", CASES)
def test_the_catalogues_are_current(tmp_path, monkeypatch, where, language):
    # extracting again changes nothing: no string of the meeting file is missing or changed
    shutil.copytree(MEETINGS[where].parent, tmp_path / "meetings",
                    ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["translate", "extract", "-m", "meetings/egm-cybercrime-2021.yaml",
                                 "--lang", language])
    assert (result.exit_code, result.stderr) == (0, (
        f"egmplan: updated meetings/egm-cybercrime-2021.{language}.po: "
        "19 strings, 19 translated, 0 fuzzy, 0 untranslated\n"))
    name = f"egm-cybercrime-2021.{language}.po"
    assert (tmp_path / "meetings" / name).read_bytes() == MEETINGS[where].with_name(name).read_bytes()


def test_the_bundled_example_ships_its_catalogues():
    assert bundled_catalogues() == {language: bundled_folder() / f"egm-cybercrime-2021.{language}.po"
                                    for language in ("es", "fr")}


# --- the series' catalogues (meetings/egm-cybercrime.series.<lang>.po) ---------------------

SERIES = ROOT / "meetings" / "egm-cybercrime.series.yaml"
SERIES_SYMBOL = re.compile(r"\b(?:UNODC/CCPCJ/EG\.4/\d{4}/\d+|A/RES/\d+/\d+)\b")


def _series_messages(language: str):
    with SERIES.with_name(f"egm-cybercrime.series.{language}.po").open("rb") as file:
        catalogue = read_po(file, locale=language)
    return catalogue, [m for m in catalogue if m.id]


def test_the_series_declares_english_french_and_spanish():
    assert "  languages: [en, fr, es]\n" in SERIES.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_series_string_is_translated_current_and_keeps_its_placeholders(language):
    catalogue, messages = _series_messages(language)
    assert len(messages) == 31
    assert [m.context for m in messages if not m.string or m.fuzzy] == []
    assert list(catalogue.obsolete) == []
    for message in messages:
        assert Counter(MARKERS.findall(message.string)) == Counter(MARKERS.findall(message.id)), message.context


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_series_catalogue_states_its_sources(language):
    catalogue, messages = _series_messages(language)
    name = {"fr": "French", "es": "Spanish"}[language]
    assert f"No copy of the UN's {name} version of the workplan,\n# UNODC/CCPCJ/EG.4/2018/CRP.1" in \
        catalogue.header_comment
    assert f"catalogue is therefore NOT the UN's {name} text: every msgstr is a\n# translation made for egmplan" in \
        catalogue.header_comment
    for message in messages:
        comment = " ".join(message.user_comments)
        assert comment.startswith((UN_TEXT, OURS)), message.context
        if comment.startswith(UN_TEXT):
            assert SERIES_SYMBOL.search(comment), message.context


def test_the_uns_text_is_claimed_in_the_series_catalogues_only_where_it_was_found():
    claimed = {language: [m.context for m in _series_messages(language)[1]
                          if " ".join(m.user_comments).startswith(UN_TEXT)] for language in LANGUAGES}
    venues = [f"meetings[{n}].venue" for n in range(7)]
    assert claimed == {"fr": ["series.body", "series.established_by.title", *venues],
                       "es": ["series.established_by.title", *venues]}


def test_validate_is_clean_for_the_series_and_its_catalogues():
    result = runner.invoke(app, ["validate", "--strict", str(SERIES)])
    assert (result.exit_code, result.stderr) == (0, "OK: 1 file checked, 0 errors, 0 warnings\n")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_series_catalogues_are_current(tmp_path, monkeypatch, language):
    shutil.copytree(SERIES.parent, tmp_path / "meetings", ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["translate", "extract", "-s", "meetings/egm-cybercrime.series.yaml",
                                 "--lang", language])
    assert (result.exit_code, result.stderr) == (0, (
        f"egmplan: updated meetings/egm-cybercrime.series.{language}.po: "
        "31 strings, 31 translated, 0 fuzzy, 0 untranslated\n"))
    name = f"egm-cybercrime.series.{language}.po"
    assert (tmp_path / "meetings" / name).read_bytes() == SERIES.with_name(name).read_bytes()
