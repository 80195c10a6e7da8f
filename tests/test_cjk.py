"""Chinese documents: the plain text wrapped by display width, a CJK font stack in HTML and
in the PDF (WeasyPrint embeds Noto CJK; every Chinese character has a glyph in it: no tofu),
East Asian font and language in Word, and LibreOffice printing the Word file's Chinese."""

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.render.wrapping import display_width

from bundled import copy_meeting

ROOT = Path(__file__).resolve().parent.parent
MEETING_2021 = ROOT / "meetings" / "egm-cybercrime-2021.yaml"
PDFTOTEXT = shutil.which("pdftotext")
PDFFONTS = shutil.which("pdffonts")
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
HAN = re.compile("[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def chinese_meeting(folder: Path, language: str = "zh") -> str:
    """The seventh meeting worded in Chinese style (its text still English: the style's
    headings, dates and times are what this file checks)."""
    text = MEETING_2021.read_text(encoding="utf-8").replace("  style:\n", f"  style:\n    language: {language}\n", 1)
    text = text.replace("  languages: [en, fr, es]\n", "")  # the original alone: its layout is the subject
    text = text.replace('continued: "(continued)"', 'continued: "（续）"' if language == "zh" else "")
    copy_meeting(folder / "meetings", text=text)
    return "egm-cybercrime-2021"


def build(folder: Path, *formats: str, language: str = "zh") -> Path:
    meeting_id = chinese_meeting(folder, language)
    args = ["agenda", "build", meeting_id, "-o", str(folder / "out"), "-q"]
    for fmt in formats:
        args += ["-f", fmt]
    result = CliRunner().invoke(app, args, env={"SOURCE_DATE_EPOCH": "1617667200"})
    assert result.exit_code == 0, result.output
    return folder / "out" / meeting_id


def test_plain_text_lines_fit_80_display_columns(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = (build(tmp_path, "txt") / "agenda.txt").read_text(encoding="utf-8")
    assert "临时议程说明" in text
    long_lines = [line for line in text.splitlines() if display_width(line) > 80]
    assert all(" " not in line.strip().split(None, 1)[-1] for line in long_lines)  # a footnote's address
    table_head = next(line for line in text.splitlines() if line.startswith("日期"))
    rule = text.splitlines()[text.splitlines().index(table_head) + 1]
    # The columns line up on screen: each heading starts where its rule starts.
    starts = [m.start() for m in re.finditer("-+", rule)]
    assert [display_width(table_head[:table_head.index(h)]) for h in ("日期", "时间", "项目", "标题或说明")] == starts


def test_html_names_a_cjk_font_for_chinese(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    html = (build(tmp_path, "html") / "agenda.html").read_text(encoding="utf-8")
    assert '<html lang="zh"' in html
    assert re.search(r':lang\(zh\) body, body:lang\(zh\) \{ font-family: "Noto Serif CJK SC"', html)


def _font_file(family: str) -> str:
    return subprocess.run(["fc-match", "-f", "%{file}", family], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(PDFTOTEXT is None or PDFFONTS is None,
                    reason="poppler-utils (pdftotext, pdffonts) is not installed (.ci/run installs it)")
def test_the_chinese_pdf_embeds_noto_cjk_and_has_a_glyph_for_every_character(tmp_path, monkeypatch):
    from egmplan.render.pdf import unavailable

    if unavailable():
        pytest.skip(f"PDF cannot be made here: {unavailable()}")
    monkeypatch.chdir(tmp_path)
    pdf = build(tmp_path, "pdf") / "agenda.pdf"
    fonts = subprocess.run([PDFFONTS, str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Noto-Serif-CJK-SC" in fonts and "Type 3" not in fonts
    text = subprocess.run([PDFTOTEXT, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for words in ("联合国", "临时议程说明", "拟议工作安排", "2021年4月6日星期二", "上午10时至下午1时", "（续）"):
        assert words in text
    from fontTools.ttLib import TTCollection

    path = _font_file("Noto Serif CJK SC")
    collection = TTCollection(path)
    cmap = next(f for f in collection.fonts if "SC" in f["name"].getDebugName(1))["cmap"].getBestCmap()
    assert sorted({c for c in HAN.findall(text) if ord(c) not in cmap}) == []


def test_word_names_an_east_asian_font_and_chinese(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    styles = zipfile.ZipFile(build(tmp_path, "docx") / "agenda.docx").read("word/styles.xml").decode()
    assert re.findall(r'<w:lang [^>]*w:eastAsia="([^"]+)"', styles) == ["zh-CN"]
    fonts = re.findall(r"<w:rFonts [^>]*>", styles)
    assert fonts and all('w:eastAsia="SimSun"' in f for f in fonts)


def test_english_word_keeps_its_east_asian_settings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    styles = zipfile.ZipFile(build(tmp_path, "docx", language="en") / "agenda.docx").read("word/styles.xml").decode()
    assert 'w:eastAsia="en-US"' in styles and "SimSun" not in styles


@pytest.mark.skipif(SOFFICE is None or PDFTOTEXT is None,
                    reason="LibreOffice or pdftotext is not installed (.ci/run installs them)")
def test_libreoffice_prints_the_chinese_word_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    docx = build(tmp_path, "docx") / "agenda.docx"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(docx)], capture_output=True, check=True, timeout=240)
    pdf = tmp_path / "agenda.pdf"
    text = subprocess.run([PDFTOTEXT, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "临时议程说明" in text and "拟议工作安排" in text
    fonts = subprocess.run([PDFFONTS, str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "CJK" in fonts  # the Chinese glyphs come from a CJK font, not a box
