"""The Word exporter, read back with python-docx against UNODC/CCPCJ/EG.4/2021/1:
headings, the agenda list, the annex table (W2 blanks), repeated header row, real
footnotes, page numbers, byte-identical output, and a LibreOffice conversion."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from egmplan.loader import load_meeting
from egmplan.render import registry
from egmplan.render.docx import render_docx, write_document
from egmplan.render.docx.package import package_zip
from egmplan.render.docx.styles import setup_styles, styled_base
from egmplan.render.view import build_view
from meetings_with_tracks import TRACKS_MEETING

ROOT = Path(__file__).resolve().parent.parent
STAMP = datetime(2021, 3, 1, 9, 30, tzinfo=timezone.utc)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ITEM_2 = (
    "Consideration of all preliminary conclusions and recommendations resulting from the fourth, "
    "fifth and sixth meetings of the Expert Group, held in 2018, 2019 and 2020, and production of "
    "conclusions and recommendations for submission to the Commission on Crime Prevention and "
    "Criminal Justice"
)
ITEM_2_SHORT = "Consideration of all preliminary conclusions and recommendations"


def _view(meeting_id: str):
    meeting = load_meeting(str(ROOT / "meetings" / f"{meeting_id}.yaml")).meeting
    return build_view(meeting, generated=STAMP)


@pytest.fixture(scope="module")
def data_2021() -> bytes:
    return render_docx(_view("egm-cybercrime-2021"), timestamp=STAMP)


@pytest.fixture(scope="module")
def document_2021(data_2021):
    return docx.Document(io.BytesIO(data_2021))


def _text(paragraph_or_cell) -> str:
    """Text as printed; the exporter ties "6 April" and "10 a.m." with no-break spaces."""
    return paragraph_or_cell.text.replace("\u00a0", " ")


def _part(data: bytes, name: str) -> bytes:
    return zipfile.ZipFile(io.BytesIO(data)).read(name)


# --- structure ----------------------------------------------------------------------------


def test_docx_headings_follow_the_2021_document(document_2021):
    headings = [(p.style.name, _text(p)) for p in document_2021.paragraphs if p.style.name.startswith("Heading")]
    assert headings == [
        ("Heading 1", "Annotated provisional agenda"),
        ("Heading 2", "Provisional agenda"),
        ("Heading 2", "Annotations"),
        ("Heading 3", "1.\tOrganizational matters"),
        ("Heading 4", "(a)\tOpening of the meeting"),
        ("Heading 4", "(b)\tAdoption of the agenda"),
        ("Heading 3", f"2.\t{ITEM_2}"),
        ("Heading 4", "Documentation"),
        ("Heading 3", "3.\tDiscussion of future work of the Expert Group"),
        ("Heading 4", "Documentation"),
        ("Heading 3", "4.\tOther matters"),
        ("Heading 3", "5.\tAdoption of the report"),
        ("Heading 1", "Annex"),
        ("Heading 2", "Proposed organization of work"),
    ]


def test_docx_masthead_gives_symbol_distribution_body_and_venue(document_2021):
    masthead = document_2021.tables[0]
    cells = [_text(c) for row in masthead.rows for c in row.cells]
    assert cells[0] == "United Nations"
    assert cells[1] == "UNODC/CCPCJ/EG.4/2021/1"
    assert cells[-1] == "Distr.: General\n\nOriginal: English"     # the file gives no date of issue
    lines = [_text(p) for p in document_2021.paragraphs if p.style.name == "Masthead"]
    assert lines == ["Expert Group to Conduct a Comprehensive Study on Cybercrime", "Vienna, 6–8 April 2021"]


def test_docx_agenda_is_a_numbered_list_with_a2_punctuation(document_2021):
    lines = [
        (p.style.name, p._p.pPr.numPr.ilvl.val, _text(p))
        for p in document_2021.paragraphs if p.style.name.startswith("List Number")
    ]
    assert lines == [
        ("List Number", 0, "Organizational matters:"),
        ("List Number 2", 1, "Opening of the meeting;"),
        ("List Number 2", 1, "Adoption of the agenda."),
        ("List Number", 0, f"{ITEM_2}."),
        ("List Number", 0, "Discussion of future work of the Expert Group."),
        ("List Number", 0, "Other matters."),
        ("List Number", 0, "Adoption of the report."),
    ]


def test_docx_agenda_numbering_prints_1_and_a(document_2021):
    numbering = document_2021.part.numbering_part.element
    first = next(p for p in document_2021.paragraphs if p.style.name == "List Number")
    num_id = first._p.pPr.numPr.numId.val
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id)
    levels = [
        (lvl.find(qn("w:numFmt")).get(qn("w:val")), lvl.find(qn("w:lvlText")).get(qn("w:val")))
        for lvl in abstract.findall(qn("w:lvl"))
    ]
    assert levels == [("decimal", "%1."), ("lowerLetter", "(%2)")]


def test_docx_annotations_keep_paragraphs_and_documentation(document_2021):
    body = [_text(p) for p in document_2021.paragraphs if p.style.name == "Body Text"]
    assert body[0] == ("The seventh meeting of the Expert Group to Conduct a Comprehensive Study on "
                       "Cybercrime will be opened on Tuesday, 6 April 2021, at 10 a.m.")
    assert "No documentation is currently foreseen under agenda item 3." in body
    chapters = [_text(p) for p in document_2021.paragraphs if p.style.name == "List"]
    assert chapters[0] == "Chapter 3 Legislation and frameworks"
    assert chapters[-1] == "Chapter 8 Prevention"
    assert len(chapters) == 6
    documents = [_text(p) for p in document_2021.paragraphs if p.style.name == "Documentation Entry"]
    assert documents == [
        "Compilation of all preliminary conclusions and recommendations suggested by Member States "
        "during the meetings of the Expert Group to Conduct a Comprehensive Study on Cybercrime held "
        "in 2018, 2019 and 2020 (UNODC/CCPCJ/EG.4/2021/CRP.1)"
    ]


# --- the annex table ------------------------------------------------------------------------


def test_docx_annex_table_equals_the_2021_document_with_w2_blanks(document_2021):
    table = document_2021.tables[-1]
    cells = [[_text(c) for c in row.cells] for row in table.rows]
    continued = f"{ITEM_2_SHORT} (continued)"
    assert cells == [
        ["Date", "Time", "Item", "Title or description"],
        ["Tuesday, 6 April 2021", "10 a.m.–1 p.m.", "1 (a)", "Opening of the meeting"],
        ["", "", "1 (b)", "Adoption of the agenda"],
        ["", "", "2", ITEM_2],
        ["", "3–6 p.m.", "2", continued],
        ["Wednesday, 7 April 2021", "10 a.m.–1 p.m.", "2", continued],
        ["", "3–6 p.m.", "2", continued],
        ["Thursday, 8 April 2021", "10 a.m.–1 p.m.", "3", "Discussion of future work of the Expert Group"],
        ["", "3–6 p.m.", "3", "Discussion of future work of the Expert Group (continued)"],
        ["", "", "4", "Other matters"],
        ["", "", "5", "Adoption of the report"],
    ]


def test_docx_annex_table_cells_equal_the_view_lines():
    view = _view("egm-cybercrime-2021")
    table = docx.Document(io.BytesIO(render_docx(view, timestamp=STAMP))).tables[-1]
    printed = [[_text(c) for c in row.cells] for row in table.rows[1:]]
    expected = [[line.date, line.time, line.cells[0].item, line.cells[0].title] for line in view.table.lines]
    assert printed == expected


def test_docx_annex_header_row_repeats_on_each_page(document_2021):
    rows = document_2021.tables[-1].rows
    flags = [row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None for row in rows]
    assert flags == [True] + [False] * (len(rows) - 1)


def test_docx_annex_header_is_italic_and_continued_word_italic(document_2021):
    table = document_2021.tables[-1]
    assert table.rows[0].cells[0].paragraphs[0].style.name == "Table Heading"
    assert document_2021.styles["Table Heading"].font.italic is True
    runs = table.rows[4].cells[3].paragraphs[0].runs
    assert [(r.text, bool(r.italic)) for r in runs] == [
        (f"{ITEM_2_SHORT} (", False), ("continued", True), (")", False)]


def test_docx_merged_layout_prints_each_day_on_its_own_bold_line():
    document = docx.Document(io.BytesIO(render_docx(_view("egm-cybercrime-2020"), timestamp=STAMP)))
    table = document.tables[-1]
    first_column = [_text(row.cells[0]) for row in table.rows]
    assert first_column[:3] == ["Date and time", "Monday, 27 July", "noon–2 p.m."]
    assert table.rows[1].cells[0].paragraphs[0].runs[0].bold is True
    assert [_text(c) for c in table.rows[0].cells] == ["Date and time", "Agenda item", "Title or description"]




def test_docx_parallel_track_gets_its_own_columns_and_holiday_spans_the_lanes():
    from egmplan.loader import load_meeting_text

    view = build_view(load_meeting_text(TRACKS_MEETING).meeting, generated=STAMP)
    table = docx.Document(io.BytesIO(render_docx(view, timestamp=STAMP))).tables[-1]
    cells = [[_text(c) for c in row.cells] for row in table.rows]
    wg = "Working Group on International Cooperation"
    holiday = "Official United Nations holiday"
    assert cells == [
        ["", "", "Plenary", "Plenary", wg, wg],
        ["Date", "Time", "Item", "Title or description", "Item", "Title or description"],
        ["Friday, 2 September", "10 a.m.–1 p.m.", "1", "Opening of the session", "", ""],
        ["", "3–6 p.m.", "2", "Consideration of the draft convention", "1", "Exchange of views"],
        ["Monday, 5 September", "", "", holiday, holiday, holiday],
        ["Tuesday, 6 September", "10 a.m.–1 p.m.", "2", "Consideration of the draft convention (continued)",
         "1", "Exchange of views (continued)"],
        ["", "3–6 p.m.", "", "To be announced", "", ""],  # no lane has an item: still printed
    ]
    flags = [row._tr.trPr.find(qn("w:tblHeader")) is not None for row in table.rows]
    assert flags == [True, True, False, False, False, False, False]


# --- footnotes, page numbers ------------------------------------------------------------------


def test_docx_footnotes_are_word_footnotes_referenced_from_the_text(data_2021):
    from lxml import etree

    notes = etree.fromstring(_part(data_2021, "word/footnotes.xml"))
    texts = {
        note.get(f"{W}id"): "".join(note.itertext()).strip()
        for note in notes.findall(f"{W}footnote") if note.get(f"{W}type") is None
    }
    assert texts == {
        "1": "Available at www.unodc.org/unodc/en/cybercrime/egm-on-cybercrime.html.",
        "2": "www.unodc.org/unodc/en/organized-crime/comments-to-the-comprehensive-study-on-cybercrime.html.",
    }
    separators = [note.get(f"{W}type") for note in notes.findall(f"{W}footnote") if note.get(f"{W}type")]
    assert separators == ["separator", "continuationSeparator"]

    body = etree.fromstring(_part(data_2021, "word/document.xml"))
    references = body.findall(f".//{W}footnoteReference")
    assert [r.get(f"{W}id") for r in references] == ["1", "2"]
    for reference in references:
        style = reference.getparent().find(f"{W}rPr/{W}rStyle")
        assert style.get(f"{W}val") == "FootnoteReference"
    cited = references[0].getparent().getprevious()
    assert "".join(cited.itertext()).endswith("six official languages of the United Nations")

    assert b"relationships/footnotes" in _part(data_2021, "word/_rels/document.xml.rels")
    assert b"wordprocessingml.footnotes+xml" in _part(data_2021, "[Content_Types].xml")


def test_docx_without_footnotes_has_no_footnotes_part():
    data = render_docx(_view("egm-cybercrime-2020"), timestamp=STAMP)
    assert "word/footnotes.xml" not in zipfile.ZipFile(io.BytesIO(data)).namelist()


def test_docx_footers_carry_a_page_field_and_headers_the_symbol(document_2021):
    section = document_2021.sections[0]
    for footer in (section.footer, section.even_page_footer):
        instructions = [t.text for t in footer._element.iter(qn("w:instrText"))]
        assert instructions == [" PAGE "]
    assert _text(section.header.paragraphs[0]) == "UNODC/CCPCJ/EG.4/2021/1"
    assert section.different_first_page_header_footer is True
    assert document_2021.settings.odd_and_even_pages_header_footer is True


# --- reproducibility --------------------------------------------------------------------------


def test_docx_two_renders_are_byte_identical(data_2021):
    assert render_docx(_view("egm-cybercrime-2021"), timestamp=STAMP) == data_2021


def _members(data: bytes) -> dict[str, bytes]:
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name: archive.read(name) for name in archive.namelist()}


def test_docx_styled_base_is_the_template_styled_afresh():
    """Each document opens the styled base saved once per process: the same parts, byte for
    byte, as styling python-docx's template for that document."""
    document = docx.Document()
    setup_styles(document)
    assert _members(package_zip(styled_base().open())) == _members(package_zip(document))


def test_docx_document_is_the_same_first_in_a_process_or_after_others():
    for meeting_id in ("egm-cybercrime-2017", "egm-cybercrime-2020"):
        render_docx(_view(meeting_id), timestamp=STAMP)
    after_others = render_docx(_view("egm-cybercrime-2021"), timestamp=STAMP)
    styled_base.cache_clear()
    assert render_docx(_view("egm-cybercrime-2021"), timestamp=STAMP) == after_others


@pytest.mark.parametrize("meeting_id", ["egm-cybercrime-2017", "egm-cybercrime-2020", "egm-cybercrime-2021"])
def test_docx_package_holds_what_python_docx_saves(meeting_id):
    """The zip is written from the parts directly: the same members, byte for byte, as
    python-docx's own ``save`` (content types, relationships, every part)."""
    document = write_document(_view(meeting_id), timestamp=STAMP)
    saved = io.BytesIO()
    document.save(saved)
    assert _members(package_zip(document)) == _members(saved.getvalue())


def test_docx_zip_entries_have_fixed_dates_and_order(data_2021):
    infos = zipfile.ZipFile(io.BytesIO(data_2021)).infolist()
    assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}
    names = [info.filename for info in infos]
    assert names[:2] == ["[Content_Types].xml", "_rels/.rels"]
    assert names[2:] == sorted(names[2:])
    assert "docProps/thumbnail.jpeg" not in names


def test_docx_timestamp_is_the_only_instant(document_2021, data_2021):
    props = document_2021.core_properties
    assert props.created == props.modified == STAMP
    assert props.last_printed is None
    assert props.revision == 1
    later = render_docx(_view("egm-cybercrime-2021"), timestamp=datetime(2024, 1, 1, tzinfo=timezone.utc))
    changed = {
        name for name in zipfile.ZipFile(io.BytesIO(data_2021)).namelist()
        if _part(data_2021, name) != _part(later, name)
    }
    assert changed == {"docProps/core.xml"}


def test_docx_registry_renders_with_the_view_timestamp():
    view = _view("egm-cybercrime-2021")
    assert registry.find([registry.AGENDA], "docx").render(view) == render_docx(view, timestamp=STAMP)


def test_docx_module_imports_python_docx_only_when_rendering():
    code = "import sys, egmplan.render.docx; print('docx' in sys.modules, 'lxml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


# --- LibreOffice ------------------------------------------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; "
                    "apt-get install libreoffice-writer-nogui to run the conversion test")
def test_docx_converts_to_pdf_in_libreoffice(tmp_path, data_2021):
    source = tmp_path / "agenda.docx"
    source.write_bytes(data_2021)
    profile = tmp_path / "profile"          # a private profile: no clash with a running office
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=300,
    )
    pdf = tmp_path / "agenda.pdf"
    assert pdf.is_file(), result.stdout + result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Proposed organization of work" in text
        assert "Available at www.unodc.org/unodc/en/cybercrime/egm-on-cybercrime.html." in text
        assert text.count("\f") >= 5      # seven pages in LibreOffice 7; the annex on its own page
