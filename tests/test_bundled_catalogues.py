"""The bundled seventh meeting's French and Spanish catalogues: complete, current, placeholders
intact, and honest about their sources (the UN's own text, or a translation made for egmplan)."""

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
MEETING = ROOT / "meetings" / "egm-cybercrime-2021.yaml"
LANGUAGES = ("fr", "es")
MARKERS = re.compile(r"\{[^{}\s]+\}|\[\^[^\]\s]+\]:?")
UN_TEXT = "Source: UN text: "
OURS = "Source: translation made for egmplan, not the UN's text."
SYMBOL = re.compile(r"\b(?:UNODC/CCPCJ/EG\.4/\d{4}/\d+|A/(?:RES/)?\d+/\d+)\b")
runner = CliRunner()


def _catalogue(language: str):
    with (ROOT / "meetings" / f"egm-cybercrime-2021.{language}.po").open("rb") as file:
        return read_po(file, locale=language)


def _messages(language: str):
    return [m for m in _catalogue(language) if m.id]


def test_the_seventh_meeting_declares_english_french_and_spanish():
    assert "  languages: [en, fr, es]\n" in MEETING.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_and_none_is_fuzzy_or_obsolete(language):
    catalogue = _catalogue(language)
    messages = _messages(language)
    assert len(messages) == 19
    assert [m.context for m in messages if not m.string] == []
    assert [m.context for m in messages if m.fuzzy] == []
    assert list(catalogue.obsolete) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_placeholder_and_footnote_marker_survives(language):
    for message in _messages(language):
        assert Counter(MARKERS.findall(message.string)) == Counter(MARKERS.findall(message.id)), message.context


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_header_states_the_sources(language):
    header = _catalogue(language).header_comment
    name = {"fr": "French", "es": "Spanish"}[language]
    assert f"No copy of the UN's {name} version of UNODC/CCPCJ/EG.4/2021/1" in header
    assert f"This catalogue is\n# therefore NOT the UN's {name} text" in header
    assert "every msgstr is a translation made\n# for egmplan" in header


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_entry_says_whether_it_is_the_uns_text_or_ours(language):
    for message in _messages(language):
        comment = " ".join(message.user_comments)
        assert comment.startswith((UN_TEXT, OURS)), message.context
        if comment.startswith(UN_TEXT):  # a claim of the UN's text names the document
            assert SYMBOL.search(comment), message.context


def test_the_uns_text_is_claimed_only_where_it_was_found():
    claimed = {language: [m.context for m in _messages(language)
                          if " ".join(m.user_comments).startswith(UN_TEXT)] for language in LANGUAGES}
    assert claimed == {"fr": ["meeting.body", "meeting.venue"], "es": ["meeting.venue"]}


def test_validate_is_clean_for_every_declared_language():
    result = runner.invoke(app, ["validate", "--strict", str(MEETING)])
    assert (result.exit_code, result.stderr) == (0, "OK: 1 file checked, 0 errors, 0 warnings\n")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogues_are_current(tmp_path, monkeypatch, language):
    # extracting again changes nothing: no string of the meeting file is missing or changed
    folder = tmp_path / "meetings"
    folder.mkdir()
    for path in (MEETING, *MEETING.parent.glob("egm-cybercrime-2021.*.po")):
        shutil.copy(path, folder / path.name)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["translate", "extract", "-m", "egm-cybercrime-2021", "--lang", language])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (f"egmplan: updated meetings/egm-cybercrime-2021.{language}.po: "
                             "19 strings, 19 translated, 0 fuzzy, 0 untranslated\n")
    assert (folder / f"egm-cybercrime-2021.{language}.po").read_bytes() == \
        (MEETING.parent / f"egm-cybercrime-2021.{language}.po").read_bytes()


def test_the_bundled_example_ships_the_same_catalogues():
    assert sorted(bundled_catalogues()) == ["es", "fr"]
    for language, path in bundled_catalogues().items():
        assert path == bundled_folder() / f"egm-cybercrime-2021.{language}.po"
        assert path.read_bytes() == (ROOT / "meetings" / path.name).read_bytes()
