"""The running header of the printed HTML agenda, read back from a real print: headless
Chromium prints the page to PDF and pdftotext reads the header of page 2."""

import shutil
import subprocess
import tempfile
import warnings
from pathlib import Path

import pytest

from egmplan.render.filters import css_string
from egmplan.render.html import render

from bundled import SEVENTH, load_copy

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFTOTEXT = shutil.which("pdftotext")

SYMBOLS = [
    "UNODC/CCPCJ/EG.4/2021/1",
    "L.1 & Corr.1 – Rev, 2",                 # an escape before a space, and after one
    'A/AC.291/L.1 "draft"; {Part} \\ 2',     # quotes, semicolon, braces, backslash
    "A/75/L.1/Rev.1* (Part I) #2 100%",
    "Ⅱ/Ω/ÆØ 1",                              # outside ASCII
    "1 a",                                   # an escape is not needed: digits stay as they are
]


def _meeting_html(symbol: str) -> str:
    text = SEVENTH.read_text(encoding="utf-8")
    escaped = symbol.replace("\\", "\\\\").replace('"', '\\"')
    text = text.replace("symbol: UNODC/CCPCJ/EG.4/2021/1\n", f'symbol: "{escaped}"\n', 1)
    loaded = load_copy(text, "egm-cybercrime-2021.yaml")
    assert loaded.meeting is not None and loaded.meeting.symbol == symbol
    from egmplan.render.view import build_view

    return render(build_view(loaded.meeting))


def _printed_header(html: str, folder: Path) -> str:
    """The first line of page 2 as Chromium prints it (the page-1 masthead has none)."""
    page = folder / "agenda.html"
    page.write_text(html, encoding="utf-8")
    pdf = folder / "agenda.pdf"
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
            capture_output=True, text=True, timeout=120,
        )
    assert done.returncode == 0 and pdf.exists(), done.stderr[-2000:]
    text = subprocess.run([PDFTOTEXT, "-f", "2", "-l", "2", "-raw", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    return text.lstrip("\n").splitlines()[0].strip()


@pytest.fixture(scope="module")
def printer():
    if CHROMIUM is None or PDFTOTEXT is None:
        message = ("CHROMIUM OR PDFTOTEXT IS NOT INSTALLED: the printed-header test did NOT run "
                   "(apt-get install chromium poppler-utils; .ci/run installs them)")
        warnings.warn(message)
        pytest.skip(message)


def test_css_string_ends_every_escape_with_a_space():
    assert css_string("L.1 & Corr.1 – Rev, 2") == '"L.1 \\26  Corr.1 \\2013  Rev\\2c  2"'
    assert css_string('a"b') == '"a\\22 b"'


@pytest.mark.parametrize("symbol", SYMBOLS)
def test_printed_header_is_the_symbol_exactly(printer, tmp_path, symbol):
    header = _printed_header(_meeting_html(symbol), tmp_path)
    assert header == symbol
