"""PDF (egmplan[pdf], :mod:`egmplan.render.pdf`): golden texts of every bundled meeting, the
page-by-page text of the Word file as LibreOffice sets it, the UN page furniture (running
header, page numbers, footnotes at the foot of the page, the annex header on every page, rows
kept whole), byte-identical builds, embedded fonts, and what happens without WeasyPrint."""

import dataclasses
import os
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.render.pdf import CANNOT_IMPORT, NO_PANGO, unavailable

from bundled import copy_bundled

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "pdf"
MEETING_IDS = ("egm-cybercrime-2017", "egm-cybercrime-2020", "egm-cybercrime-2021")
EPOCH = "1617667200"  # 6 April 2021, midnight UTC
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

UNAVAILABLE = unavailable()
needs_pdf = pytest.mark.skipif(UNAVAILABLE is not None, reason=f"PDF cannot be made here: {UNAVAILABLE}")
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
                                   reason="poppler-utils (pdftotext, pdffonts) is not installed")

# A4 in points, and the Word file's margins (egmplan.render.docx.layout: 1247 and 1418 twips).
PAGE_WIDTH, PAGE_HEIGHT = 595.28, 841.89
MARGIN_SIDE, MARGIN_TOP = 62.35, 70.9


def _run(*args, **kwargs):
    return CliRunner().invoke(app, list(args), **kwargs)


@pytest.fixture
def project(tmp_path, monkeypatch):
    copy_bundled(tmp_path / "meetings")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return tmp_path


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Every bundled meeting's agenda.pdf and agenda.docx, built once through the CLI."""
    if UNAVAILABLE is not None:
        pytest.skip(f"PDF cannot be made here: {UNAVAILABLE}")
    out = tmp_path_factory.mktemp("built")
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    done = subprocess.run([sys.executable, "-m", "egmplan", "agenda", "build", *MEETING_IDS, "-f", "pdf",
                           "-f", "docx", "-o", str(out), "-q"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return out


def _text(pdf: Path, *options: str) -> str:
    return subprocess.run(["pdftotext", *options, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _pages(pdf: Path) -> list[str]:
    return _text(pdf).split("\f")[:-1]


@dataclasses.dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def _words_by_page(pdf: Path) -> list[list[Word]]:
    """Each page's words with their boxes (pdftotext -bbox), in points from the top left."""
    import xml.etree.ElementTree as ElementTree

    xhtml = _text(pdf, "-bbox").replace('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'
                                        ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">', "")
    root = ElementTree.fromstring(xhtml)
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        pages.append([Word(w.text or "", float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")),
                           float(w.get("yMax"))) for w in page.iter("{http://www.w3.org/1999/xhtml}word")])
    return pages


# --- golden texts -------------------------------------------------------------------------------


@needs_poppler
@pytest.mark.parametrize("meeting_id", MEETING_IDS)
def test_pdf_text_matches_golden_file(built, meeting_id):
    """pdftotext -layout of each bundled meeting's agenda.pdf, page by page and line by line
    (tools/gen_pdf_samples.py writes the golden files after a deliberate change)."""
    text = _text(built / meeting_id / "agenda.pdf", "-layout")
    assert text == (GOLDEN / f"{meeting_id}.txt").read_text(encoding="utf-8")


# --- the Word file as LibreOffice sets it ----------------------------------------------------------


@needs_poppler
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; "
                    "apt-get install libreoffice-writer-nogui to compare the PDF with the Word file")
def test_pdf_pages_hold_the_same_text_as_the_word_file_in_libreoffice(built, tmp_path):
    """Same page count, and each page the same text, header, footnotes and page number
    included. The one tolerance is white space: WeasyPrint may break a line after the solidus
    of a document symbol (UAX #14 allows it: "UNODC/" | "CCPCJ/EG.4/2017/3") where LibreOffice
    moves the whole symbol down, so the words of a page are compared with spaces and line
    breaks removed. Every character is on the same page in both."""
    profile = tmp_path / "profile"
    for meeting_id in MEETING_IDS:
        outdir = tmp_path / meeting_id
        done = subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
                               "pdf", "--outdir", str(outdir), str(built / meeting_id / "agenda.docx")],
                              capture_output=True, text=True, timeout=300)
        word_pages = _pages(outdir / "agenda.pdf")
        assert word_pages, done.stdout + done.stderr
        pdf_pages = _pages(built / meeting_id / "agenda.pdf")
        assert len(pdf_pages) == len(word_pages), meeting_id
        for number, (ours, theirs) in enumerate(zip(pdf_pages, word_pages), start=1):
            assert "".join(ours.split()) == "".join(theirs.split()), f"{meeting_id}, page {number}"


# --- page furniture -----------------------------------------------------------------------------


@needs_poppler
def test_running_header_and_page_number_at_the_outer_corner_from_page_two(built):
    """UN layout (egmplan.render.docx): no header or number on the first page; then the symbol
    over a rule and the page number, at the left on even pages and at the right on odd ones."""
    pages = _words_by_page(built / "egm-cybercrime-2021" / "agenda.pdf")
    assert len(pages) == 7
    first = pages[0]
    assert [w.text for w in first if w.y1 < MARGIN_TOP] == []
    assert [w.text for w in first if w.y0 > PAGE_HEIGHT - MARGIN_TOP] == []
    for number, words in enumerate(pages[1:], start=2):
        header = [w for w in words if w.y1 < MARGIN_TOP]
        footer = [w for w in words if w.y0 > PAGE_HEIGHT - MARGIN_TOP]
        assert [w.text for w in header] == ["UNODC/CCPCJ/EG.4/2021/1"], number
        assert [w.text for w in footer] == [str(number)], number
        if number % 2 == 0:
            assert abs(header[0].x0 - MARGIN_SIDE) < 1 and abs(footer[0].x0 - MARGIN_SIDE) < 1, number
        else:
            right = PAGE_WIDTH - MARGIN_SIDE
            assert abs(header[0].x1 - right) < 1 and abs(footer[0].x1 - right) < 1, number


@needs_poppler
def test_no_running_header_without_a_symbol(built):
    """The third meeting's document has no symbol: its pages carry only their numbers."""
    pages = _words_by_page(built / "egm-cybercrime-2017" / "agenda.pdf")
    for number, words in enumerate(pages[1:], start=2):
        assert [w.text for w in words if w.y1 < MARGIN_TOP] == [], number
        assert [w.text for w in words if w.y0 > PAGE_HEIGHT - MARGIN_TOP] == [str(number)], number


@needs_poppler
def test_footnotes_stand_at_the_foot_of_the_page_that_cites_them(built):
    """Each footnote is on the page of its call, under all the body text of that page, its
    number before it; the calls in the text are superscript numbers."""
    from egmplan.loader import load_meeting
    from egmplan.render.view import build_view

    view = build_view(load_meeting(ROOT / "meetings" / "egm-cybercrime-2017.yaml").meeting)
    pages = _words_by_page(built / "egm-cybercrime-2017" / "agenda.pdf")
    assert len(view.footnotes) == 4
    for footnote in view.footnotes:
        first_word = footnote.spans[0].text.split()[0]
        found = [(index, w) for index, words in enumerate(pages) for w in words
                 if w.text == first_word and w.y0 > PAGE_HEIGHT / 2]
        index, start = next((i, w) for i, w in found if any(
            n.text == str(footnote.number) and abs(n.y0 - w.y0) < 3 and n.x1 < w.x0 for n in pages[i]))
        body = [w for w in pages[index] if w.y1 < start.y0 - 1 and MARGIN_TOP < w.y0]
        notes = [w for w in pages[index] if start.y0 - 1 <= w.y0 < PAGE_HEIGHT - MARGIN_TOP]
        assert all(w.y1 <= start.y0 + 1 for w in body)
        assert min(w.x0 for w in notes) >= MARGIN_SIDE + 36 - 1       # the number at the body indent
        # The call: a superscript number in the body text of the same page (smaller, raised).
        calls = [w for w in body if w.text.endswith(str(footnote.number)) and w.y1 - w.y0 < 8]
        assert calls, footnote.number


def _long_annex_view(rows: int):
    """The seventh meeting with one day of ``rows`` table lines, each title different and long
    enough to wrap, so the annex runs over several pages."""
    from egmplan.loader import load_meeting
    from egmplan.render.view import build_view

    view = build_view(load_meeting(ROOT / "meetings" / "egm-cybercrime-2021.yaml").meeting,
                      generated=datetime(2021, 4, 6, tzinfo=timezone.utc))
    day = view.table.days[0]
    template = day.sittings[0].lines[0]
    lines = []
    for n in range(1, rows + 1):
        title = f"Row {n} begins here: consideration of the conclusions and recommendations of group {n} ends here"
        cell = dataclasses.replace(template.cells[0], item=str(n), title=title, base=title, continued=False,
                                   suffix="")
        lines.append(dataclasses.replace(template, cells=(cell,), date="" if n > 1 else template.date,
                                         time="" if n > 1 else template.time, first_of_day=n == 1,
                                         first_of_sitting=n == 1))
    sitting = dataclasses.replace(day.sittings[0], lines=tuple(lines))
    table = dataclasses.replace(view.table, days=(dataclasses.replace(day, sittings=(sitting,)),))
    return dataclasses.replace(view, table=table)


@needs_pdf
@needs_poppler
def test_annex_header_repeats_on_every_page_and_no_row_is_split(tmp_path):
    from egmplan.render.pdf import render

    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(render(_long_annex_view(90)))
    pages = _text(pdf, "-layout").split("\f")[:-1]
    annex = pages[next(i for i, page in enumerate(pages) if "Proposed organization of work" in page):]
    assert len(annex) >= 3
    for page in annex:
        headers = [line.split() for line in page.splitlines() if line.split()[:2] == ["Date", "Time"]]
        assert headers == [["Date", "Time", "Item", "Title", "or", "description"]]
    flat = [" ".join(page.split()) for page in annex]
    for n in range(1, 91):
        begins = [i for i, page in enumerate(flat) if f"Row {n} begins here" in page]
        assert len(begins) == 1, n
        assert f"group {n} ends here" in flat[begins[0]], n


@needs_pdf
@needs_poppler
@pytest.mark.parametrize(("tracks", "landscape"), [(1, False), (3, True)])
def test_annex_with_tracks_goes_landscape_where_the_word_file_does(tmp_path, tracks, landscape):
    sys.path.insert(0, str(ROOT / "tests"))
    from test_docx_layout import STAMP, _tracks_meeting

    from egmplan.loader import load_meeting_text
    from egmplan.render.pdf import render
    from egmplan.render.view import build_view

    pdf = tmp_path / "tracks.pdf"
    pdf.write_bytes(render(build_view(load_meeting_text(_tracks_meeting(tracks, "separate")).meeting,
                                      generated=STAMP)))
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    sizes = [line.split(":", 1)[1].split("pts")[0].split(" x ") for line in info.splitlines()
             if line.startswith("Page") and "size" in line]
    assert [float(w) > float(h) for w, h in sizes] == [False] * (len(sizes) - 1) + [landscape]
    annex = _text(pdf, "-layout").split("\f")[-2]
    for n in range(1, tracks + 1):
        assert f"Working Group number {n}" in annex
    assert annex.count("Exchange of views in") == 2 * tracks      # every lane of both sittings


# --- reproducible, embedded fonts, tagged PDF/A -----------------------------------------------


@needs_pdf
def test_same_input_gives_the_same_bytes_in_two_processes(tmp_path):
    """SOURCE_DATE_EPOCH gives the dates; the file identifier is a hash of the content; nothing
    depends on the process (hash seeds differ)."""
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "egmplan", "agenda", "build", "egm-cybercrime-2021", "-f", "pdf",
                               "-o", "-"], cwd=ROOT, env=env, capture_output=True)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith(b"%PDF-1.7")
    assert _dates(outputs[0], tmp_path) == ("2021-04-06T00:00:00Z", "2021-04-06T00:00:00Z")


def _dates(data: bytes, folder: Path) -> tuple[str, str]:
    """The PDF's creation and modification dates, as pdfinfo reads them."""
    if shutil.which("pdfinfo") is None:
        pytest.skip("poppler-utils (pdfinfo) is not installed")
    path = folder / "dates.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", "-isodates", str(path)], capture_output=True, text=True, check=True).stdout
    fields = {key: value.strip() for key, value in (line.split(":", 1) for line in info.splitlines() if ":" in line)}
    return fields["CreationDate"], fields["ModDate"]


@needs_pdf
def test_the_build_instant_is_the_only_date_in_the_file(project, monkeypatch):
    first = _run("agenda", "build", "egm-cybercrime-2021", "-f", "pdf", "-o", "-")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    second = _run("agenda", "build", "egm-cybercrime-2021", "-f", "pdf", "-o", "-")
    assert first.exit_code == second.exit_code == 0
    assert _dates(first.stdout_bytes, project) == ("2021-04-06T00:00:00Z",) * 2
    assert _dates(second.stdout_bytes, project) == ("2023-11-14T22:13:20Z",) * 2


@needs_poppler
@pytest.mark.parametrize("meeting_id", MEETING_IDS)
def test_fonts_are_liberation_embedded_subsets_with_unicode_maps(built, meeting_id):
    listing = subprocess.run(["pdffonts", str(built / meeting_id / "agenda.pdf")], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    rows = [line.split() for line in listing]
    assert rows
    for row in rows:
        name, kind, emb, sub, uni = row[0], " ".join(row[1:-6]), row[-5], row[-4], row[-3]
        assert name.split("+")[1].startswith("Liberation-Serif"), row
        assert (kind, emb, sub, uni) == ("CID TrueType", "yes", "yes", "yes"), row   # no Type 3


@needs_pdf
@needs_poppler
def test_arabic_and_chinese_are_set_in_embedded_noto_fonts_and_read_back(tmp_path):
    """Ahead of the languages work: text in Arabic and Chinese gets Noto glyphs (no missing
    glyphs: pdftotext reads back every character), embedded like the Latin text."""
    from egmplan.loader import load_meeting
    from egmplan.render.pdf import render
    from egmplan.render.view import build_view

    arabic, chinese = "مناقشة الأعمال المقبلة لفريق الخبراء", "讨论专家组今后的工作"
    view = build_view(load_meeting(ROOT / "meetings" / "egm-cybercrime-2021.yaml").meeting)
    entry = dataclasses.replace(view.agenda[2], text=f"{arabic} {chinese}")
    pdf = tmp_path / "intl.pdf"
    pdf.write_bytes(render(dataclasses.replace(view, agenda=(*view.agenda[:2], entry, *view.agenda[3:]))))
    text = _text(pdf).replace("\u202b", "").replace("\u202c", "")   # pdftotext marks the right-to-left run
    assert arabic in text and chinese in text
    fonts = {line.split()[0].split("+")[1]: line.split()[-5:-2]
             for line in subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                                        check=True).stdout.splitlines()[2:]}
    assert fonts["Noto-Naskh-Arabic"] == fonts["Noto-Serif-CJK-SC"] == ["yes", "yes", "yes"]
    assert not any("Type 3" in line for line in subprocess.run(["pdffonts", str(pdf)], capture_output=True,
                                                               text=True).stdout.splitlines())


@needs_poppler
def test_pdf_is_tagged_pdfa_2u_with_the_meeting_title(built):
    pdf = built / "egm-cybercrime-2021" / "agenda.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Tagged"].strip() == "yes"
    assert fields["Title"].strip() == "UNODC/CCPCJ/EG.4/2021/1: Annotated provisional agenda"
    assert fields["Creator"].strip() == "egmplan"
    assert fields["Page size"].strip().startswith("595.276 x 841.89 pts (A4)")
    meta = subprocess.run(["pdfinfo", "-meta", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert 'pdfaid:part="2"' in meta and 'pdfaid:conformance="U"' in meta


# --- orgwork and schedule -----------------------------------------------------------------------


@needs_pdf
@needs_poppler
def test_orgwork_pdf_is_the_annex_table_alone(project, tmp_path):
    result = _run("orgwork", "-m", "egm-cybercrime-2021", "-f", "pdf")
    assert result.exit_code == 0, result.stderr
    pdf = tmp_path / "orgwork.pdf"
    pdf.write_bytes(result.stdout_bytes)
    flat = " ".join(_text(pdf).split())
    assert flat.startswith("UNODC/CCPCJ/EG.4/2021/1 Expert Group to Conduct a Comprehensive Study on Cybercrime, "
                           "Vienna, 6–8 April 2021 Proposed organization of work Date Time Item Title or description "
                           "Tuesday, 6 April 2021 10 a.m.–1 p.m. 1 (a) Opening of the meeting")
    assert _dates(result.stdout_bytes, tmp_path) == ("2021-04-06T00:00:00Z",) * 2


@needs_pdf
@needs_poppler
def test_schedule_pdf_is_the_html_page_on_landscape_pages(project, tmp_path):
    result = _run("schedule", "-m", "egm-cybercrime-2021", "--tz", "Asia/Bangkok", "-f", "pdf", "-o", "s.pdf", "-q")
    assert result.exit_code == 0, result.stderr
    text = " ".join(_text(project / "s.pdf").split())
    assert "Asia/Bangkok (UTC+7)" in text and "3–6 p.m. working" in text
    info = subprocess.run(["pdfinfo", str(project / "s.pdf")], capture_output=True, text=True, check=True).stdout
    assert "841.89 x 595.276 pts (A4)" in info


@needs_pdf
@pytest.mark.parametrize("argv", [["orgwork", "-m", "egm-cybercrime-2021", "-f", "pdf"],
                                  ["schedule", "-m", "egm-cybercrime-2021", "-f", "pdf"]])
def test_a_pdf_is_not_written_to_a_terminal(argv):
    import pty

    leader, follower = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "egmplan", *argv], cwd=ROOT, stdout=follower,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    finally:
        os.close(follower)
        os.close(leader)
    hint = "redirect it to a file (> orgwork.pdf)" if argv[0] == "orgwork" else "give -o FILE or redirect it"
    assert (done.returncode, done.stderr) == (2, f"egmplan: error: a PDF is not shown in a terminal: {hint}\n")


# --- without WeasyPrint ------------------------------------------------------------------------


NOT_INSTALLED = "the pdf format needs weasyprint, which is not installed: pip install 'egmplan[pdf]'"


@pytest.fixture(params=["not installed", "ImportError", "OSError"])
def no_weasyprint(request, tmp_path, monkeypatch):
    """WeasyPrint is not installed (the registry finds no module), or ``import weasyprint``
    fails: a broken install (ImportError), or no Pango (WeasyPrint loads it with cffi at import
    and raises OSError). Returns the expected reason."""
    for name in [name for name in sys.modules if name == "weasyprint" or name.startswith("weasyprint.")]:
        monkeypatch.delitem(sys.modules, name)
    if request.param == "not installed":
        monkeypatch.setitem(sys.modules, "weasyprint", None)   # find_spec: None; import: ModuleNotFoundError
        empty = tmp_path / "empty"
        empty.mkdir()
        (empty / "sitecustomize.py").write_text("import sys\nsys.modules['weasyprint'] = None\n", encoding="utf-8")
        monkeypatch.setenv("PYTHONPATH", str(empty))
        return NOT_INSTALLED
    fake = tmp_path / "fake"
    (fake / "weasyprint").mkdir(parents=True)
    raised = {"ImportError": "ModuleNotFoundError(\"No module named 'weasyprint'\")",
              "OSError": "OSError(\"cannot load library 'libpango-1.0-0': libpango-1.0-0: cannot open shared "
                         "object file: No such file or directory\")"}[request.param]
    (fake / "weasyprint" / "__init__.py").write_text(f"raise {raised}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(fake))
    monkeypatch.setenv("PYTHONPATH", str(fake))
    return CANNOT_IMPORT if request.param == "ImportError" else NO_PANGO


def test_the_messages_say_what_to_install():
    assert CANNOT_IMPORT == "the pdf format needs weasyprint, which cannot be imported: pip install 'egmplan[pdf]'"
    assert NO_PANGO == ("the pdf format needs Pango from the system packages, which WeasyPrint cannot load: "
                        "apt-get install libpango-1.0-0 libpangoft2-1.0-0 (Debian)")


def test_format_pdf_without_weasyprint_exits_1_saying_what_to_install(project, no_weasyprint):
    expected = f"egmplan: error: {no_weasyprint}\n"
    build = _run("agenda", "build", "egm-cybercrime-2021", "-f", "pdf", "-f", "md", "-o", "out")
    assert (build.exit_code, build.stderr, build.stdout) == (1, expected, "")
    assert not (project / "out").exists()
    orgwork = _run("orgwork", "-m", "egm-cybercrime-2021", "-f", "pdf")
    assert (orgwork.exit_code, orgwork.stderr, orgwork.stdout) == (1, expected, "")
    schedule = _run("schedule", "-m", "egm-cybercrime-2021", "-f", "pdf", "-o", "s.pdf")
    assert (schedule.exit_code, schedule.stderr) == (1, expected)
    assert not (project / "s.pdf").exists()


def test_agenda_build_without_weasyprint_builds_the_rest_and_says_so_once(project, no_weasyprint):
    result = _run("agenda", "build", "-o", "out")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [f"egmplan: note: no pdf: {no_weasyprint}"] + [
        f"{name}: agenda.md, agenda.html, agenda.docx, agenda.txt, agenda.json, orgwork.csv, sittings.ics -> out/{name}/"
        for name in MEETING_IDS] + [
        f"egm-cybercrime-2021 ({language}): agenda.md, agenda.html, agenda.docx, agenda.txt, agenda.json, orgwork.csv, "
        f"sittings.ics -> out/egm-cybercrime-2021/{language}/" for language in ("fr", "es")] + ["built 3 meetings, 35 files"]
    assert sorted(p.name for p in (project / "out" / "egm-cybercrime-2021").iterdir()) == [
        "agenda.docx", "agenda.html", "agenda.json", "agenda.md", "agenda.txt", "es", "fr", "orgwork.csv", "sittings.ics"]
    quiet = _run("agenda", "build", "-o", "out", "-q")
    assert (quiet.exit_code, quiet.stderr) == (0, "")


def test_readme_first_command_works_without_weasyprint(project, no_weasyprint):
    """`egmplan validate && egmplan agenda build`, in fresh processes that cannot import WeasyPrint."""
    env = {**os.environ, "PYTHONPATH": os.environ["PYTHONPATH"]}
    validate = subprocess.run([sys.executable, "-m", "egmplan", "validate"], env=env, capture_output=True, text=True)
    build = subprocess.run([sys.executable, "-m", "egmplan", "agenda", "build"], env=env, capture_output=True,
                           text=True)
    assert (validate.returncode, build.returncode) == (0, 0), validate.stderr + build.stderr
    assert build.stderr.count("no pdf") == 1
    assert build.stderr.splitlines()[0] == f"egmplan: note: no pdf: {no_weasyprint}"
    assert build.stderr.splitlines()[-1] == "built 3 meetings, 35 files"


# --- start-up ----------------------------------------------------------------------------------


@pytest.mark.parametrize("argv", [["--version"], ["schedule", "-m", "egm-cybercrime-2021", "--tz", "Asia/Bangkok",
                                                  "-f", "json"],
                                  ["agenda", "build", "egm-cybercrime-2021", "-f", "md", "-o", "-"]])
def test_commands_without_pdf_never_import_weasyprint(argv):
    code = (f"import sys; from egmplan.cli.main import run; sys.argv = ['egmplan', *{argv!r}]\n"
            "try:\n    run()\nexcept SystemExit:\n    pass\n"
            "print('weasyprint' if any(m.split('.')[0] == 'weasyprint' for m in sys.modules) else 'light', "
            "file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stderr.strip().splitlines()[-1] == "light", done.stderr

