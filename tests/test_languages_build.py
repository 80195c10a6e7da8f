"""Building in other languages (issue 13, "Commands"): ``agenda build --lang`` writes each
language of the meeting (the original in build/<id>/, the others in build/<id>/<lang>/), a
language whose catalogue leaves strings untranslated fails with the list unless
``--allow-untranslated`` prints them marked, and the planning commands take ``--lang``.

The language modules of the product (style/fr.py ...) are other work: these tests register a
test-only language, English with its headings tagged, under the code ``fr`` (and an ``ar``
written right to left), so that they prove the machinery whatever those modules say.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import types
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan import style
from egmplan.cli.main import app
from egmplan.style import en

HERE = Path(__file__).parent / "languages"
GOLDEN = Path(__file__).parent / "golden" / "languages"
MEETING = "egm-languages"
TEXT_FORMATS = ("md", "text", "json", "csv", "ics")
FILES = ("agenda.docx", "agenda.html", "agenda.json", "agenda.md", "agenda.txt", "orgwork.csv", "sittings.ics")

runner = CliRunner()


def test_language(code: str, continued: str, direction: str = "ltr") -> types.ModuleType:
    """English with every heading tagged ``[code]`` and its own "(continued)": a language module
    for these tests only."""
    module = types.ModuleType(f"egmplan.style.{code}")
    module.__dict__.update({k: v for k, v in vars(en).items() if not k.startswith("__")})
    module.LANGUAGE, module.CONTINUED, module.DIRECTION = code, continued, direction
    module.heading = lambda key: f"[{code}] {en.heading(key)}"
    return module


test_language.__test__ = False  # a helper, not a test


@pytest.fixture
def languages(monkeypatch):
    """``fr`` (and ``ar``, right to left) registered as languages with a style module."""
    monkeypatch.setattr(style, "LANGUAGES", ("en", "fr", "ar"))
    monkeypatch.setitem(sys.modules, "egmplan.style.fr", test_language("fr", "(suite)"))
    monkeypatch.setitem(sys.modules, "egmplan.style.ar", test_language("ar", "(تابع)", "rtl"))


@pytest.fixture
def folder(tmp_path, monkeypatch, languages) -> Path:
    shutil.copy(HERE / f"{MEETING}.yaml", tmp_path)
    shutil.copy(HERE / f"{MEETING}.fr.po", tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EGMPLAN_MEETINGS", str(tmp_path))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1613952000")
    return tmp_path


def _build(*extra: str):
    return runner.invoke(app, ["agenda", "build", MEETING, "-f", "md", "-f", "html", "-f", "docx", "-f", "text",
                               "-f", "json", "-f", "csv", "-f", "ics", *extra])


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def _untranslate(folder: Path, *english: str) -> None:
    """Empty the translations of these English strings in the catalogue."""
    po = folder / f"{MEETING}.fr.po"
    text = po.read_text(encoding="utf-8")
    for source in english:
        found = re.search(rf'msgid "{re.escape(source)}"\nmsgstr "[^"\n]*"\n', text)
        assert found, source
        text = text.replace(found.group(0), f'msgid "{source}"\nmsgstr ""\n')
    po.write_text(text, encoding="utf-8")


def test_scratch(folder):
    result = _build()
    print(result.output)
    print(_files(folder / "build"))
    print((folder / "build" / MEETING / "fr" / "agenda.txt").read_text())
    assert 0
