"""The workplan as a Word document: title, symbol, part I's table (its header row repeated
on every page), part II's numbered annotations; Times New Roman as UN documents
(UN-STYLE W1). Reproducible: the one instant is ``timestamp`` and the zip is normalised
as the agenda's is (:mod:`egmplan.render.docx.package`)."""

from __future__ import annotations

from datetime import datetime, timezone


# The document's language as the agenda's Word files tag it (English: British, UN spelling).
_LANGUAGE_TAGS = {"en": "en-GB"}


def render(view) -> bytes:
    """Registry entry point: the instant recorded is the view's ``generated`` (else the epoch)."""
    return render_docx(view, view.generated)


def render_docx(view, timestamp: datetime | None = None) -> bytes:
    import io

    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    from egmplan.render.docx.package import package_zip

    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(10)
    for name in ("Title", "Heading 1", "Heading 2"):
        document.styles[name].font.name = "Times New Roman"
    if view.symbol:
        symbol = document.add_paragraph(view.symbol)
        symbol.alignment = 2  # right
    document.add_heading(view.title, level=1)
    document.add_heading(view.table_heading, level=2)
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, (view.year_heading, view.meeting_heading, view.topics_heading)):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    header = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header.append(repeat)
    for row in view.rows:
        cells = table.add_row().cells
        cells[0].text = row.year
        cells[1].text = row.meeting_text
        cells[2].text = ""
        for n, topic in enumerate(row.topics):
            text = topic + (";" if n < len(row.topics) - 1 else "")
            paragraph = cells[2].paragraphs[0] if n == 0 else cells[2].add_paragraph()
            paragraph.add_run(text)
    document.add_heading(view.annotations_heading, level=2)
    for number, text in enumerate(view.annotations, start=1):
        paragraph = document.add_paragraph(f"{number}.\t{' '.join(text.split())}")
        paragraph.paragraph_format.first_line_indent = Pt(-28)
        paragraph.paragraph_format.left_indent = Pt(28)
        paragraph.alignment = 3  # justified

    instant = (timestamp or datetime(1970, 1, 1, tzinfo=timezone.utc)).astimezone(timezone.utc)
    props = document.core_properties
    props.created = props.modified = instant.replace(tzinfo=None, microsecond=0)
    props.revision = 1
    props.title = view.title
    props.author = props.last_modified_by = "egmplan"
    props.identifier = view.symbol or view.series
    props.keywords = view.symbol or ""
    props.comments = props.category = props.subject = ""
    props.language = _LANGUAGE_TAGS.get(view.language, view.language)
    from egmplan.render.docx.eastasia import EAST_ASIAN_LANGUAGES, east_asian

    if view.language in EAST_ASIAN_LANGUAGES:
        east_asian(document, view.language)
    if view.direction == "rtl":
        from egmplan.render.docx.bidi import right_to_left

        right_to_left(document)
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rel_id]
    return package_zip(document)
