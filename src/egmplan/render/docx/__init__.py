"""Word exporter: the annotated provisional agenda as a .docx, with python-docx.

Layout follows UN documents (UN-STYLE M1-M2, A1-A3, W1-W6; UNODC/CCPCJ/EG.4/2021/1): Times New Roman
10 pt on A4, body text indented and justified, bold headings with hanging numbers, the
masthead between two thick rules, the symbol in the running header and the page number
in the footer (outer corner: right on odd pages, left on even ones, none on the first).

Structure is real Word structure, so an editor can keep working on the file:

- headings use Heading 1-4 (outline levels, navigation pane), restyled to UN sizes;
- the provisional agenda is a numbered list (List Number / List Number 2 on one
  ``w:num`` whose levels print ``1.`` and ``(a)``); if the view's numbers are not the
  sequence Word would count, the labels are written as text instead;
- footnotes are real Word footnotes: python-docx has none, so a ``word/footnotes.xml``
  part is added with the separator and continuation-separator footnotes, the
  FootnoteText and FootnoteReference styles, and ``w:footnoteReference`` runs. Word and
  LibreOffice number them and place them at the foot of the page where they are cited;
- the annex is a table whose first row repeats on every page (``w:tblHeader``) and whose
  rows do not split across pages; blank Date and Time cells follow rule W2 as the view
  gives them.

Reproducible: the only instant in the file is ``timestamp`` (core properties created and
modified; revision 1; no last-printed date), and the zip is written with fixed entry
dates (1980-01-01), a fixed entry order and fixed compression, so the same view gives the
same bytes. python-docx is imported inside :func:`render_docx` and the helpers (start-up
speed).

This module assembles the document; the parts: :mod:`.xml` (namespaces, elements,
borders, fields), :mod:`.layout` (page geometry, small paragraph helpers), :mod:`.styles`,
:mod:`.numbering` (the agenda list), :mod:`.footnotes`, :mod:`.table` (the annex table and
the table and cell helpers) and :mod:`.package` (properties, app.xml, the zip).
"""

from __future__ import annotations

from datetime import datetime, timezone

from egmplan.render.docx.body import (
    DocumentBody, mark_untranslated, merge_cells, parsed_children, rows_and_cells, run_xml, text_run,
)
from egmplan.render.docx.footnotes import Footnotes
from egmplan.render.docx.layout import (
    FULL_WIDTH, INDENT, MARGIN_BOTTOM, MARGIN_LR, MARGIN_TOP, PAGE_HEIGHT, PAGE_WIDTH,
    end_mark, hang, paragraph_alignment,
)
from egmplan.render.docx.numbering import AgendaNumbering, sub_item_text
from egmplan.render.docx.package import package_zip, set_properties
from egmplan.render.docx.styles import styled_base
from egmplan.render.docx.table import OrgTable, cell_borders, cell_margins, table_borders, table_geometry
from egmplan.render.docx.xml import page_field, paragraph_border


def render(view) -> bytes:
    """Registry entry point (:data:`egmplan.render.EXPORTERS`): the instant recorded in the
    file is the view's ``generated`` (SOURCE_DATE_EPOCH, or the date of issue)."""
    return render_docx(view, timestamp=_parse_instant(view.generated))


def render_docx(view, *, timestamp: datetime) -> bytes:
    """The document as .docx bytes; the same view and timestamp give the same bytes."""
    return package_zip(write_document(view, timestamp=timestamp))


def write_document(view, *, timestamp: datetime):
    """The python-docx Document written from the view, its properties set, before it is
    zipped: opened from the styled base (:func:`egmplan.render.docx.styles.styled_base`)."""
    base = styled_base()
    document = base.open()
    writer = _Writer(document, view, base.style_ids)
    writer.write()
    mark_untranslated(document.element.body)
    if writer.footnotes:
        mark_untranslated(writer.footnotes.root)
    from egmplan.render.docx.eastasia import EAST_ASIAN_LANGUAGES, east_asian

    if view.language in EAST_ASIAN_LANGUAGES:
        east_asian(document, view.language)
    if view.direction == "rtl":
        from egmplan.render.docx.bidi import right_to_left

        right_to_left(document)
    set_properties(document, view, timestamp)
    return document


def _parse_instant(text: str) -> datetime:
    instant = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return instant if instant.tzinfo else instant.replace(tzinfo=timezone.utc)


class _Writer:
    """Writes a DocumentView into a python-docx Document, top to bottom (UN-STYLE M2)."""

    def __init__(self, document, view, style_ids):
        self.document = document
        self.view = view
        from egmplan.style import get_style

        self.tie_words = get_style(view.language).tie_words
        self.body = DocumentBody(document, style_ids)
        self.footnotes = Footnotes(document, self.body) if view.footnotes else None

    def write(self) -> None:
        self._page_setup()
        self._masthead()
        self._heading(self.view.title, "Heading 1")
        if self.view.agenda_heading != self.view.title:     # an agenda with no annotations
            self._heading(self.view.agenda_heading, "Heading 2")
        self._agenda()
        if self.view.annotated:
            self._heading(self.view.annotations_heading, "Heading 2")
            for section in self.view.annotations:
                self._annotation(section)
        if self.view.deadlines:
            self._heading(self.view.deadlines_heading, "Heading 2")
            for line in self.view.deadlines:
                self.body.paragraph(self.tie_words(line), "List")
        self._annex()
        if self.footnotes:
            for footnote in self.view.footnotes:
                self.footnotes.define(footnote.number, footnote.spans, self._spans)
        end_mark(self.body)

    def _heading(self, text: str, style: str):
        """A heading without a number: its text starts at the body indent, where numbered
        headings put their text after the hanging number."""
        from docx.shared import Twips

        paragraph = self.body.paragraph(self.tie_words(text), style)
        paragraph.paragraph_format.first_line_indent = Twips(0)
        return paragraph

    # page, header and footer

    def _page_setup(self) -> None:
        from docx.shared import Twips

        section = self.document.sections[0]
        section.page_width, section.page_height = Twips(PAGE_WIDTH), Twips(PAGE_HEIGHT)
        section.left_margin = section.right_margin = Twips(MARGIN_LR)
        section.top_margin, section.bottom_margin = Twips(MARGIN_TOP), Twips(MARGIN_BOTTOM)
        section.header_distance = section.footer_distance = Twips(720)
        # First page: the masthead stands in for the header; no page number (UN practice).
        section.different_first_page_header_footer = True
        self.document.settings.odd_and_even_pages_header_footer = True
        symbol = self.view.masthead.symbol or ""
        for header, align in ((section.header, "right"), (section.even_page_header, "left")):
            paragraph = header.paragraphs[0]
            self.body.set_style(paragraph, "Header")
            paragraph.alignment = paragraph_alignment(align)
            if symbol:
                paragraph.add_run(symbol)
                paragraph_border(paragraph, "bottom", 4)
        for footer, align in ((section.footer, "right"), (section.even_page_footer, "left")):
            paragraph = footer.paragraphs[0]
            self.body.set_style(paragraph, "Footer")
            paragraph.alignment = paragraph_alignment(align)
            page_field(paragraph)
        section.first_page_header.is_linked_to_previous = False
        section.first_page_footer.is_linked_to_previous = False

    def _masthead(self) -> None:
        """M1: organ and symbol over a thick rule; distribution, date of issue and original
        language at the right; a second thick rule; then the body and the venue and dates."""
        from docx.shared import Pt, Twips

        m = self.view.masthead
        # Three grid columns: organ | (symbol over two) ; (emblem space over two) | distribution.
        third = FULL_WIDTH * 3 // 10
        table = self.document.add_table(rows=2, cols=3)
        table_geometry(table, [FULL_WIDTH - 2 * third, third, third], indent=0)
        table_borders(table, {})
        (_, top), (_, bottom) = rows_and_cells(table)
        merge_cells(top, 1, 2)
        merge_cells(bottom, 0, 1)
        organ_cell, symbol_cell, emblem_cell, distribution_cell = top[0], top[1], bottom[0], bottom[2]

        organ = organ_cell.paragraphs[0]
        self.body.set_style(organ, "Masthead")
        organ.paragraph_format.line_spacing = Pt(22)
        organ.add_run(m.organ).font.size = Pt(14)
        symbol = symbol_cell.paragraphs[0]
        self.body.set_style(symbol, "Masthead")
        symbol.alignment = paragraph_alignment("right")
        symbol.paragraph_format.line_spacing = Pt(22)
        if m.symbol:
            # UN mastheads print the symbol's first element large.
            head, _, tail = m.symbol.partition("/")
            first = symbol.add_run(head + ("/" if tail else ""))
            first.bold, first.font.size = True, Pt(20)
            if tail:
                rest = symbol.add_run(tail)
                rest.bold, rest.font.size = True, Pt(14)
        for cell in (organ_cell, symbol_cell):
            cell_borders(cell, bottom=24)
            cell_margins(cell, bottom=57)

        lines = [line for line in (m.distribution, m.issued) if line]
        if m.language or m.original:
            lines += ["", *(line for line in (m.language, m.original) if line)]
        for index, line in enumerate(lines or [""]):
            paragraph = distribution_cell.paragraphs[0] if index == 0 else distribution_cell.add_paragraph()
            self.body.set_style(paragraph, "Masthead")
            if line:
                paragraph.add_run(line)
        self.body.set_style(emblem_cell.paragraphs[0], "Masthead")
        for cell in (emblem_cell, distribution_cell):
            cell_borders(cell, bottom=24)
            cell_margins(cell, top=113, bottom=170)

        body = self.body.paragraph(style="Masthead")
        body.paragraph_format.space_before = Pt(12)
        body.paragraph_format.right_indent = Twips(FULL_WIDTH // 2)
        body.add_run(m.body).bold = True
        if m.session_line:
            self.body.paragraph(self.tie_words(m.session_line), "Masthead")
        self.body.paragraph(self.tie_words(m.venue_dates), "Masthead").paragraph_format.space_after = Pt(24)

    # provisional agenda (A1, A2)

    def _agenda(self) -> None:
        sub_text = sub_item_text(self.view.agenda)
        numbering = AgendaNumbering(self.document, sub_text) if sub_text is not None else None
        for entry in self.view.agenda:
            self._agenda_line(entry, 0, numbering)
            for sub in entry.items:
                self._agenda_line(sub, 1, numbering)

    def _agenda_line(self, entry, level: int, numbering) -> None:
        style = "List Number" if level == 0 else "List Number 2"
        paragraph = self.body.paragraph(style=style)
        if numbering is not None:
            numbering.apply(paragraph, level)
            text_run(paragraph, self.tie_words(entry.text))
        else:
            # The labels as text ("1-", "(أ)" in Arabic): the list style's own numbering off.
            AgendaNumbering.suppress(paragraph)
            hang(paragraph, *AgendaNumbering.INDENTS[level])
            text_run(paragraph, f"{entry.label}\t{self.tie_words(entry.text)}")

    # annotations (A3)

    def _annotation(self, section) -> None:
        heading_style = "Heading 3" if section.level == 1 else "Heading 4"
        heading = self.body.paragraph(f"{section.label}\t{self.tie_words(section.heading)}", heading_style)
        if section.level > 1:
            hang(heading, INDENT + 567, 567)
        paragraphs = []
        for block in section.blocks:
            if block.kind == "list":
                paragraphs += [self.body.paragraph_xml("List", self._runs_xml(item)) for item in block.items]
            else:
                paragraphs.append(self.body.paragraph_xml("Body Text", self._runs_xml(block.spans)))
        self.body.add_xml("".join(paragraphs))
        if section.has_documentation:
            self._heading(self.view.documentation_heading, "Heading 4")
            for document in section.documentation:
                self.body.paragraph(self.tie_words(document.text), "Documentation Entry")
            if section.documentation_note:
                self.body.paragraph(self.tie_words(section.documentation_note), "Body Text")

    def _spans(self, paragraph, spans) -> None:
        paragraph._p.extend(parsed_children(self._runs_xml(spans)))

    def _runs_xml(self, spans) -> str:
        """The runs of a paragraph's spans, as XML text: a footnote's reference, or the text."""
        return "".join(
            self.footnotes.reference_xml(span.footnote) if span.footnote is not None and self.footnotes is not None
            else run_xml(self.tie_words(span.text), italic=span.italic or None)
            for span in spans)

    # annex (W1-W6)

    def _annex(self) -> None:
        table = OrgTable(self.document, self.body, self.view.table, self.tie_words)
        if table.landscape:
            self._landscape_section()
        label = self._heading(self.view.annex_label, "Heading 1")
        if not table.landscape:
            label.paragraph_format.page_break_before = True
        self._heading(self.view.annex_title, "Heading 2")
        table.write()

    def _landscape_section(self) -> None:
        """The annex on landscape pages of its own section, for lanes too wide for portrait.
        Its headers and footers are the document's (linked); its first page has the running
        header, as an annex page does."""
        from docx.enum.section import WD_ORIENT, WD_SECTION
        from docx.shared import Twips

        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Twips(PAGE_HEIGHT), Twips(PAGE_WIDTH)
        section.different_first_page_header_footer = False
