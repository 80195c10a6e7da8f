"""Word exporter: the annotated provisional agenda as a .docx, with python-docx.

Layout follows UN documents (UN-STYLE M1-M2, A1-A3, W1-W6; seed 003): Times New Roman
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
modified; revision 1; no last-printed date), and the zip is rewritten with fixed entry
dates (1980-01-01), a fixed entry order and fixed compression, so the same view gives the
same bytes. python-docx is imported inside :func:`render_docx` (start-up speed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

# Geometry in twentieths of a point (twips). A4, UN text block about 14 cm wide.
_PAGE_WIDTH, _PAGE_HEIGHT = 11906, 16838
_MARGIN_LR, _MARGIN_TOP, _MARGIN_BOTTOM = 1247, 1418, 1418
_INDENT = 720                     # body text and heading text start here (1.27 cm)
_TEXT_WIDTH = _PAGE_WIDTH - 2 * _MARGIN_LR - 2 * _INDENT
_FULL_WIDTH = _PAGE_WIDTH - 2 * _MARGIN_LR

# Fixed zip entry date: the earliest a zip can hold (reproducible-builds.org).
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def render(view) -> bytes:
    """Registry entry point (:data:`egmplan.render.EXPORTERS`): the instant recorded in the
    file is the view's ``generated`` (SOURCE_DATE_EPOCH, or the date of issue)."""
    return render_docx(view, timestamp=_parse_instant(view.generated))


def render_docx(view, *, timestamp: datetime) -> bytes:
    """The document as .docx bytes; the same view and timestamp give the same bytes."""
    import io

    import docx

    document = docx.Document()
    _Writer(document, view).write()
    _set_properties(document, view, timestamp)
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalize_zip(buffer.getvalue())


def _parse_instant(text: str) -> datetime:
    instant = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return instant if instant.tzinfo else instant.replace(tzinfo=timezone.utc)


# --- low-level XML ------------------------------------------------------------------------


def _el(tag: str, attrs: dict[str, str] | None = None, *children):
    """A WordprocessingML element: ``_el("w:ind", {"w:left": "720"})``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for key, value in (attrs or {}).items():
        element.set(qn(key), str(value))
    for child in children:
        element.append(child)
    return element


def _set_child(parent, child, before: tuple[str, ...] = ()):
    """Replace ``parent``'s child of the same tag with ``child``, keeping schema order:
    it goes before the first existing element whose tag is in ``before``."""
    from docx.oxml.ns import qn

    for old in parent.findall(child.tag):
        parent.remove(old)
    for tag in before:
        anchor = parent.find(qn(tag))
        if anchor is not None:
            anchor.addprevious(child)
            return child
    parent.append(child)
    return child


def _border(side: str, size_eighths: int, space: int = 0):
    return _el(f"w:{side}", {"w:val": "single", "w:sz": size_eighths, "w:space": space, "w:color": "000000"})


def _paragraph_border(paragraph, side: str, size_eighths: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    _set_child(ppr, _el("w:pBdr", None, _border(side, size_eighths, 1)),
               before=("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc"))


def _keep_day_label_with_next(row) -> None:
    """A day's first row keeps with the next, so a date is not stranded at a page foot."""
    for cell in row.cells:
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True


# --- styles --------------------------------------------------------------------------------


def _style_font(style, *, size: float, bold: bool = False, italic: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    font = style.font
    font.name = "Times New Roman"
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), "Times New Roman")
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    font.size = Pt(size)
    font.bold = bold
    font.italic = italic
    font.color.rgb = RGBColor(0, 0, 0)


def _style_paragraph(style, *, before: float = 0, after: float = 0, line: float = 12,
                     left: int = 0, right: int = 0, hanging: int = 0, justify: bool = False,
                     keep_next: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt, Twips

    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(line)
    fmt.left_indent = Twips(left)
    fmt.right_indent = Twips(right)
    fmt.first_line_indent = Twips(-hanging) if hanging else Twips(0)
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if justify else WD_ALIGN_PARAGRAPH.LEFT
    fmt.keep_with_next = keep_next
    fmt.widow_control = True
    # The template's styles add no space between paragraphs of one style; UN text does.
    from docx.oxml.ns import qn

    ppr = style.element.get_or_add_pPr()
    for element in ppr.findall(qn("w:contextualSpacing")):
        ppr.remove(element)


def _paragraph_style(document, name: str, base: str = "Normal"):
    from docx.enum.style import WD_STYLE_TYPE

    styles = document.styles
    if name in [s.name for s in styles]:
        return styles[name]
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.quick_style = True
    return style


def _setup_styles(document) -> None:
    """UN document styles on Word's own style names (Normal, Heading 1-4, List Number...)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn

    styles = document.styles
    # Document defaults: Times New Roman 10 pt, British English (UN spelling, Oxford -ize).
    rpr_default = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_child(rpr_default, _el("w:lang", {"w:val": "en-GB", "w:eastAsia": "en-US", "w:bidi": "ar-SA"}))

    normal = styles["Normal"]
    _style_font(normal, size=10)
    _style_paragraph(normal)

    # UN "SingleTxt": indented both sides, justified, 6 pt after.
    body = styles["Body Text"]
    _style_font(body, size=10)
    _style_paragraph(body, after=6, left=_INDENT, right=_INDENT, justify=True)
    body.base_style = normal

    # HCh (title, "Annex"), H1 ("Provisional agenda", "Annotations"), H23 (items).
    for name, size, before, after, line in (
        ("Heading 1", 14, 12, 12, 16),
        ("Heading 2", 12, 12, 6, 14),
        ("Heading 3", 10, 12, 6, 12),
        ("Heading 4", 10, 6, 6, 12),
    ):
        heading = styles[name]
        _style_font(heading, size=size, bold=True)
        _style_paragraph(heading, before=before, after=after, line=line, left=_INDENT,
                         right=_INDENT, hanging=_INDENT, keep_next=True)
        heading.base_style = normal
        heading.next_paragraph_style = body

    # The provisional agenda list (A1): "1." at the body indent, "(a)" one step in.
    for name in ("List Number", "List Number 2"):
        item = styles[name]
        _style_font(item, size=10)
        _style_paragraph(item, after=6, right=_INDENT)
        item.base_style = normal

    # Lists inside annotations: indented, no bullet (seed 003's chapter list).
    listing = styles["List"]
    _style_font(listing, size=10)
    _style_paragraph(listing, after=3, left=_INDENT + 1134, right=_INDENT, hanging=567)
    listing.base_style = normal

    documentation = _paragraph_style(document, "Documentation Entry", "Body Text")
    _style_paragraph(documentation, after=6, left=_INDENT, right=_INDENT)

    masthead = _paragraph_style(document, "Masthead")
    _style_paragraph(masthead, line=12)

    for name in ("Header", "Footer"):
        part = styles[name]
        _style_font(part, size=9, bold=name == "Header")
        _style_paragraph(part, line=11)

    table_text = _paragraph_style(document, "Table Text")
    _style_font(table_text, size=10)
    _style_paragraph(table_text, before=2, after=2, line=12)
    table_heading = _paragraph_style(document, "Table Heading", "Table Text")
    _style_font(table_heading, size=10, italic=True)   # seed 004: <i>Date</i> <i>Time</i>...

    # Footnotes (UN: 9 pt, number hanging at the body indent).
    footnote_text = _paragraph_style(document, "footnote text")
    footnote_text.name = "footnote text"
    footnote_text.element.set(qn("w:styleId"), "FootnoteText")
    _style_font(footnote_text, size=9)
    _style_paragraph(footnote_text, after=2, line=11, left=_INDENT + 357, right=_INDENT, hanging=357)
    if "footnote reference" not in [s.name for s in styles]:
        reference = styles.add_style("footnote reference", WD_STYLE_TYPE.CHARACTER)
        reference.element.set(qn("w:styleId"), "FootnoteReference")
        reference.base_style = styles["Default Paragraph Font"]
        reference.font.superscript = True


# --- the document --------------------------------------------------------------------------


class _Writer:
    """Writes a DocumentView into a python-docx Document, top to bottom (UN-STYLE M2)."""

    def __init__(self, document, view):
        self.document = document
        self.view = view
        self.footnotes = _Footnotes(document) if view.footnotes else None

    def write(self) -> None:
        _setup_styles(self.document)
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
        self._annex()
        if self.footnotes:
            for footnote in self.view.footnotes:
                self.footnotes.define(footnote.number, footnote.spans, self._spans)
        _end_mark(self.document)

    def _heading(self, text: str, style: str):
        """A heading without a number: its text starts at the body indent, where numbered
        headings put their text after the hanging number."""
        from docx.shared import Twips

        paragraph = self.document.add_paragraph(_tie(text), style=style)
        paragraph.paragraph_format.first_line_indent = Twips(0)
        return paragraph

    # page, header and footer

    def _page_setup(self) -> None:
        from docx.shared import Twips

        section = self.document.sections[0]
        section.page_width, section.page_height = Twips(_PAGE_WIDTH), Twips(_PAGE_HEIGHT)
        section.left_margin = section.right_margin = Twips(_MARGIN_LR)
        section.top_margin, section.bottom_margin = Twips(_MARGIN_TOP), Twips(_MARGIN_BOTTOM)
        section.header_distance = section.footer_distance = Twips(720)
        # First page: the masthead stands in for the header; no page number (UN practice).
        section.different_first_page_header_footer = True
        self.document.settings.odd_and_even_pages_header_footer = True
        symbol = self.view.masthead.symbol or ""
        for header, align in ((section.header, "right"), (section.even_page_header, "left")):
            paragraph = header.paragraphs[0]
            paragraph.style = self.document.styles["Header"]
            paragraph.alignment = _align(align)
            if symbol:
                paragraph.add_run(symbol)
                _paragraph_border(paragraph, "bottom", 4)
        for footer, align in ((section.footer, "right"), (section.even_page_footer, "left")):
            paragraph = footer.paragraphs[0]
            paragraph.style = self.document.styles["Footer"]
            paragraph.alignment = _align(align)
            _page_field(paragraph)
        section.first_page_header.is_linked_to_previous = False
        section.first_page_footer.is_linked_to_previous = False

    def _masthead(self) -> None:
        """M1: organ and symbol over a thick rule; distribution, date of issue and original
        language at the right; a second thick rule; then the body and the venue and dates."""
        from docx.shared import Pt, Twips

        m = self.view.masthead
        # Three grid columns: organ | (symbol over two) ; (emblem space over two) | distribution.
        third = _FULL_WIDTH * 3 // 10
        table = self.document.add_table(rows=2, cols=3)
        _table_geometry(table, [_FULL_WIDTH - 2 * third, third, third], indent=0)
        _table_borders(table, {})
        organ_cell = table.rows[0].cells[0]
        symbol_cell = table.rows[0].cells[1].merge(table.rows[0].cells[2])
        emblem_cell = table.rows[1].cells[0].merge(table.rows[1].cells[1])
        distribution_cell = table.rows[1].cells[2]

        organ = organ_cell.paragraphs[0]
        organ.style = self.document.styles["Masthead"]
        organ.paragraph_format.line_spacing = Pt(22)
        organ.add_run(m.organ).font.size = Pt(14)
        symbol = symbol_cell.paragraphs[0]
        symbol.style = self.document.styles["Masthead"]
        symbol.alignment = _align("right")
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
            _cell_borders(cell, bottom=24)
            _cell_margins(cell, bottom=57)

        lines = [line for line in (m.distribution, m.issued) if line]
        if m.original:
            lines += ["", m.original]
        for index, line in enumerate(lines or [""]):
            paragraph = distribution_cell.paragraphs[0] if index == 0 else distribution_cell.add_paragraph()
            paragraph.style = self.document.styles["Masthead"]
            if line:
                paragraph.add_run(line)
        emblem_cell.paragraphs[0].style = self.document.styles["Masthead"]
        for cell in (emblem_cell, distribution_cell):
            _cell_borders(cell, bottom=24)
            _cell_margins(cell, top=113, bottom=170)

        body = self.document.add_paragraph(style="Masthead")
        body.paragraph_format.space_before = Pt(12)
        body.paragraph_format.right_indent = Twips(_FULL_WIDTH // 2)
        body.add_run(m.body).bold = True
        self.document.add_paragraph(_tie(m.venue_dates), style="Masthead").paragraph_format.space_after = Pt(24)

    # provisional agenda (A1, A2)

    def _agenda(self) -> None:
        numbering = _AgendaNumbering(self.document) if _counts_like_word(self.view.agenda) else None
        for entry in self.view.agenda:
            self._agenda_line(entry, 0, numbering)
            for sub in entry.items:
                self._agenda_line(sub, 1, numbering)

    def _agenda_line(self, entry, level: int, numbering) -> None:
        style = "List Number" if level == 0 else "List Number 2"
        paragraph = self.document.add_paragraph(style=style)
        if numbering is not None:
            numbering.apply(paragraph, level)
            paragraph.add_run(_tie(entry.text))
        else:
            _hang(paragraph, *_AgendaNumbering.INDENTS[level])
            paragraph.add_run(f"{entry.label}\t{_tie(entry.text)}")

    # annotations (A3)

    def _annotation(self, section) -> None:
        heading_style = "Heading 3" if section.level == 1 else "Heading 4"
        heading = self.document.add_paragraph(f"{section.label}\t{_tie(section.heading)}", style=heading_style)
        if section.level > 1:
            _hang(heading, _INDENT + 567, 567)
        for block in section.blocks:
            if block.kind == "list":
                for item in block.items:
                    self._spans(self.document.add_paragraph(style="List"), item)
            else:
                self._spans(self.document.add_paragraph(style="Body Text"), block.spans)
        if section.has_documentation:
            self._heading(self.view.documentation_heading, "Heading 4")
            for document in section.documentation:
                self.document.add_paragraph(_tie(document.text), style="Documentation Entry")
            if section.documentation_note:
                self.document.add_paragraph(_tie(section.documentation_note), style="Body Text")

    def _spans(self, paragraph, spans) -> None:
        for span in spans:
            if span.footnote is not None and self.footnotes is not None:
                self.footnotes.reference(paragraph, span.footnote)
            else:
                paragraph.add_run(_tie(span.text)).italic = span.italic or None

    # annex (W1-W6)

    def _annex(self) -> None:
        label = self._heading(self.view.annex_label, "Heading 1")
        label.paragraph_format.page_break_before = True
        self._heading(self.view.annex_title, "Heading 2")
        _OrgTable(self.document, self.view.table).write()


class _OrgTable:
    """The organization of work as a Word table: header row repeated on every page, rows
    kept whole, a rule under the header and at the foot (UN tables draw no vertical lines)."""

    def __init__(self, document, table):
        self.document = document
        self.table = table
        self.merged = table.layout == "merged"
        self.lanes = len(table.lanes)

    def _header(self) -> list[list[str]]:
        """One header row, or two with tracks: lane names over their Item/Title columns."""
        columns = list(self.table.columns)
        lead = columns[:1] if self.merged else columns[:2]
        pair = columns[-2:]
        if self.lanes == 1:
            return [columns]
        top = [""] * len(lead)
        for heading in self.table.lane_headings:
            top += [heading, ""]
        return [top, lead + pair * self.lanes]

    @property
    def width(self) -> int:
        """The body text's width; a table with parallel lanes takes the full measure."""
        return _FULL_WIDTH if self.lanes > 1 else _TEXT_WIDTH

    def _widths(self) -> list[int]:
        # "Wednesday, 7 April 2021" and "10 a.m.–1 p.m." each fit on one line.
        lead = [2450] if self.merged else [2450, 1500]
        rest = self.width - sum(lead)
        item = 1250 if self.merged else 680          # "Agenda item" / "Item" on one line
        title = (rest - item * self.lanes) // self.lanes
        widths = lead + [item, title] * self.lanes
        widths[-1] += self.width - sum(widths)
        return widths

    def _body_rows(self) -> list[tuple[list, bool, bool]]:
        """(cells, starts a new day, holiday) per printed row; a cell is a string or a Cell (a title,
        whose "(continued)" is set in italics as seed 004 prints it). W2: the view already
        leaves the date and time blank after the first line of a day and of a sitting."""
        rows = []
        for line in self.table.lines:
            lanes: list = []
            for cell in line.cells:
                lanes += [cell.item, cell]
            if self.merged:
                if line.date:                      # the day on a line of its own, in bold
                    rows.append(([_Bold(line.date)] + [""] * (2 * self.lanes), True, False))
                rows.append(([line.time, *lanes], False, line.holiday))
            else:
                rows.append(([line.date, line.time, *lanes], line.first_of_day, line.holiday))
        return rows

    def write(self) -> None:
        header = self._header()
        body = self._body_rows()
        widths = self._widths()
        table = self.document.add_table(rows=len(header) + len(body), cols=len(widths))
        _table_geometry(table, widths, indent=_INDENT if self.width == _TEXT_WIDTH else 0)
        _table_borders(table, {"top": 4, "bottom": 12})
        for index, labels in enumerate(header):
            row = table.rows[index]
            _repeat_header(row)
            for cell, text in zip(row.cells, labels):
                self._fill(cell, text, "Table Heading")
            if index == len(header) - 1:
                for cell in row.cells:
                    _cell_borders(cell, bottom=4)
        if len(header) == 2:                                   # lane names span their pair
            top = table.rows[0]
            start = 1 if self.merged else 2
            for lane in range(self.lanes):
                heading = top.cells[start + 2 * lane].merge(top.cells[start + 2 * lane + 1])
                _cell_borders(heading, bottom=4)
        title_column = len(widths) - 2 * self.lanes + 1
        for offset, (values, new_day, holiday) in enumerate(body):
            row = table.rows[len(header) + offset]
            _cant_split(row)
            if new_day:
                _keep_day_label_with_next(row)
            for cell, text in zip(row.cells, values):
                self._fill(cell, text, "Table Text")
                if new_day and offset:                         # a hairline between days
                    _cell_borders(cell, top=2)
            if holiday and self.lanes > 1:                     # W4: the text runs across the lanes
                row.cells[title_column].merge(row.cells[-1])

    def _fill(self, cell, value, style: str) -> None:
        paragraph = cell.paragraphs[0]
        paragraph.style = self.document.styles[style]
        if isinstance(value, _Bold):
            paragraph.add_run(_tie(value.text)).bold = True
        elif isinstance(value, str):
            if value:
                paragraph.add_run(_tie(value))
        elif value.continued and value.suffix.startswith("(") and value.suffix.endswith(")"):
            paragraph.add_run(_tie(value.base) + " (")
            paragraph.add_run(value.suffix[1:-1]).italic = True
            paragraph.add_run(")")
        elif value.title:
            paragraph.add_run(_tie(value.title))


@dataclass(frozen=True)
class _Bold:
    text: str


# --- numbering -----------------------------------------------------------------------------


def _counts_like_word(agenda) -> bool:
    """True when the view's labels are what a Word list would count: 1., 2., ... and
    (a), (b), ... restarting under each item."""
    import string

    for index, entry in enumerate(agenda, start=1):
        if entry.label != f"{index}.":
            return False
        for letter, sub in zip(string.ascii_lowercase, entry.items):
            if sub.label != f"({letter})":
                return False
        if len(entry.items) > 26:
            return False
    return True


class _AgendaNumbering:
    """One ``w:abstractNum`` for the provisional agenda: level 0 ``1.``, level 1 ``(a)``,
    each sub-item list restarting under its item; List Number / List Number 2 point at it."""

    # (left, hanging) of each level's text: "1." at the body indent, "(a)" one step in.
    INDENTS = ((_INDENT + 567, 567), (_INDENT + 1134, 567))
    ABSTRACT_ID = 90
    NUM_ID = 90

    def __init__(self, document):
        from docx.oxml.ns import qn

        numbering = document.part.numbering_part.element
        levels = []
        for ilvl, (fmt, text) in enumerate((("decimal", "%1."), ("lowerLetter", "(%2)"))):
            left, hanging = self.INDENTS[ilvl]
            levels.append(_el(
                "w:lvl", {"w:ilvl": ilvl},
                _el("w:start", {"w:val": 1}),
                _el("w:numFmt", {"w:val": fmt}),
                _el("w:pStyle", {"w:val": "ListNumber" if ilvl == 0 else "ListNumber2"}),
                _el("w:lvlText", {"w:val": text}),
                _el("w:lvlJc", {"w:val": "left"}),
                _el("w:pPr", None,
                    _el("w:tabs", None, _el("w:tab", {"w:val": "num", "w:pos": left})),
                    _el("w:ind", {"w:left": left, "w:hanging": hanging})),
            ))
        abstract = _el("w:abstractNum", {"w:abstractNumId": self.ABSTRACT_ID},
                       _el("w:nsid", {"w:val": "45474D50"}),        # "EGMP": fixed, not random
                       _el("w:multiLevelType", {"w:val": "multilevel"}),
                       *levels)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)                     # abstractNums precede nums
        else:
            numbering.append(abstract)
        numbering.append(_el("w:num", {"w:numId": self.NUM_ID},
                             _el("w:abstractNumId", {"w:val": self.ABSTRACT_ID})))
        for name, ilvl in (("List Number", 0), ("List Number 2", 1)):
            ppr = document.styles[name].element.get_or_add_pPr()
            _set_child(ppr, _el("w:numPr", None, _el("w:ilvl", {"w:val": ilvl}),
                                _el("w:numId", {"w:val": self.NUM_ID})),
                       before=("w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc"))
            left, hanging = self.INDENTS[ilvl]
            _hang(document.styles[name], left, hanging)

    def apply(self, paragraph, level: int) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        _set_child(ppr, _el("w:numPr", None, _el("w:ilvl", {"w:val": level}),
                            _el("w:numId", {"w:val": self.NUM_ID})),
                   before=("w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc"))


# --- footnotes -----------------------------------------------------------------------------


class _Footnotes:
    """Real Word footnotes: a ``word/footnotes.xml`` part related to the document, holding
    the separator (id -1) and continuation separator (id 0) and one ``w:footnote`` per
    note; the text carries ``w:footnoteReference`` runs in the FootnoteReference style."""

    def __init__(self, document):
        from docx.opc.packuri import PackURI
        from docx.opc.part import XmlPart
        from docx.oxml import parse_xml

        self.document = document
        root = parse_xml(
            f'<w:footnotes xmlns:w="{_W}" xmlns:r="{_R}">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240"'
            ' w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"'
            ' w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            "</w:footnotes>"
        )
        self.root = root
        part = XmlPart(PackURI("/word/footnotes.xml"), _CT_FOOTNOTES, root, document.part.package)
        document.part.relate_to(part, _RT_FOOTNOTES)
        self._settings()

    def _settings(self) -> None:
        """``w:footnotePr`` in settings names the two separators, as Word writes it."""
        settings = self.document.settings.element
        note_pr = _el("w:footnotePr", None, _el("w:footnote", {"w:id": -1}), _el("w:footnote", {"w:id": 0}))
        _set_child(settings, note_pr, before=("w:endnotePr", "w:compat", "w:docVars", "w:rsids"))

    def reference(self, paragraph, number: int) -> None:
        run = paragraph.add_run()
        run.style = self.document.styles["footnote reference"]
        run._r.append(_el("w:footnoteReference", {"w:id": number}))

    def define(self, number: int, spans, write_spans) -> None:
        """The note's text: its number (footnoteRef, hanging), a tab, then the text."""
        from docx.text.paragraph import Paragraph

        p = _el("w:p", None, _el("w:pPr", None, _el("w:pStyle", {"w:val": "FootnoteText"})))
        self.root.append(_el("w:footnote", {"w:id": number}, p))
        paragraph = Paragraph(p, self.document.part)
        mark = paragraph.add_run()
        mark.style = self.document.styles["footnote reference"]
        mark._r.append(_el("w:footnoteRef"))
        paragraph.add_run().add_tab()
        write_spans(paragraph, spans)


# --- small helpers -------------------------------------------------------------------------


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_TIES = (
    re.compile(rf"(?<=\d) (?=(?:{_MONTHS})\b)"),        # 6 April
    re.compile(r"(?<=\d) (?=[ap]\.m\.)"),                  # 10 a.m.
)
NBSP = "\u00a0"


def _tie(text: str) -> str:
    """No line break inside "6 April" or "10 a.m." (UN typing: a non-breaking space)."""
    for pattern in _TIES:
        text = pattern.sub(NBSP, text)
    return text


def _align(name: str):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    return {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
            "center": WD_ALIGN_PARAGRAPH.CENTER}[name]


def _hang(target, left: int, hanging: int) -> None:
    """Left indent with a hanging first line (a paragraph or a style)."""
    from docx.shared import Twips

    fmt = target.paragraph_format
    fmt.left_indent = Twips(left)
    fmt.first_line_indent = Twips(-hanging)


def _page_field(paragraph) -> None:
    """A PAGE field (Word and LibreOffice print the page number)."""
    def field_char(kind: str):
        return _el("w:r", None, _el("w:fldChar", {"w:fldCharType": kind}))

    instruction = _el("w:instrText", {"xml:space": "preserve"})
    instruction.text = " PAGE "
    shown = _el("w:t")
    shown.text = "1"
    for run in (field_char("begin"), _el("w:r", None, instruction), field_char("separate"),
                _el("w:r", None, shown), field_char("end")):
        paragraph._p.append(run)


def _table_geometry(table, widths: list[int], indent: int) -> None:
    """Fixed layout with explicit column widths (LibreOffice honours w:tblGrid and w:tcW)."""
    from docx.oxml.ns import qn
    from docx.shared import Twips

    table.autofit = False
    tbl_pr = table._tbl.tblPr
    _set_child(tbl_pr, _el("w:tblW", {"w:w": sum(widths), "w:type": "dxa"}),
               before=("w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout",
                       "w:tblCellMar", "w:tblLook"))
    _set_child(tbl_pr, _el("w:tblInd", {"w:w": indent, "w:type": "dxa"}),
               before=("w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"))
    _set_child(tbl_pr, _el("w:tblCellMar", None, _el("w:left", {"w:w": 0, "w:type": "dxa"}),
                           _el("w:right", {"w:w": 113, "w:type": "dxa"})),
               before=("w:tblLook",))
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(width))
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Twips(width)


def _table_borders(table, sizes: dict[str, int]) -> None:
    """Only the named outer rules (sizes in eighths of a point); everything else none."""
    sides = []
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if side in sizes:
            sides.append(_border(side, sizes[side]))
        else:
            sides.append(_el(f"w:{side}", {"w:val": "nil"}))
    _set_child(table._tbl.tblPr, _el("w:tblBorders", None, *sides),
               before=("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"))


def _cell_borders(cell, *, top: int | None = None, bottom: int | None = None) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    from docx.oxml.ns import qn

    existing = tc_pr.find(qn("w:tcBorders"))
    borders = existing if existing is not None else _set_child(
        tc_pr, _el("w:tcBorders"), before=("w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText",
                                           "w:vAlign", "w:hideMark"))
    for side, size in (("top", top), ("bottom", bottom)):
        if size is not None:
            for old in borders.findall(qn(f"w:{side}")):
                borders.remove(old)
            element = _border(side, size)
            if side == "top":
                borders.insert(0, element)
            else:
                borders.append(element)


def _cell_margins(cell, *, top: int = 0, bottom: int = 0) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    _set_child(tc_pr, _el("w:tcMar", None, _el("w:top", {"w:w": top, "w:type": "dxa"}),
                          _el("w:bottom", {"w:w": bottom, "w:type": "dxa"})),
               before=("w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"))


def _repeat_header(row) -> None:
    """``w:tblHeader``: Word and LibreOffice repeat this row at the top of each page."""
    tr_pr = row._tr.get_or_add_trPr()
    _set_child(tr_pr, _el("w:tblHeader"))
    _cant_split(row)


def _cant_split(row) -> None:
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.insert(0, _el("w:cantSplit"))


def _end_mark(document) -> None:
    """UN documents end with a short centred rule under the last text."""
    from docx.shared import Pt

    paragraph = document.add_paragraph(style="Normal")
    paragraph.alignment = _align("center")
    paragraph.paragraph_format.space_before = Pt(24)
    paragraph.add_run("_" * 18)


# --- metadata and zip ----------------------------------------------------------------------


def _set_properties(document, view, timestamp: datetime) -> None:
    """Core properties from the view; the one instant is ``timestamp``. The template's
    thumbnail and custom XML are dropped, and app.xml names no application version."""
    props = document.core_properties
    instant = timestamp.astimezone(timezone.utc).replace(tzinfo=None, microsecond=0)
    props.created = instant
    props.modified = instant
    props.revision = 1
    props.title = view.title
    props.subject = f"{view.masthead.body}, {view.masthead.session.lower()}"[:255]
    props.author = "egmplan"
    props.last_modified_by = "egmplan"
    props.keywords = view.masthead.symbol or ""
    props.comments = ""
    props.category = ""
    props.language = "en-GB" if view.language == "en" else view.language
    props.identifier = view.masthead.symbol or view.meeting_id

    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rel_id]
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = _APP_XML
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype in (RT.CUSTOM_XML, "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"):
            del document.part.rels[rel_id]
    settings = document.settings.element
    from docx.oxml.ns import qn

    for tag in ("w:savePreviewPicture", "w:attachedTemplate"):
        for element in settings.findall(qn(tag)):
            settings.remove(element)


_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>egmplan</Application><DocSecurity>0</DocSecurity>"
    b"<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc></Properties>"
)


def _normalize_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed entry dates, order, permissions and compression:
    ``[Content_Types].xml`` first (as Office writes it), then ``_rels/.rels``, then the
    rest sorted by name."""
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    first = [n for n in ("[Content_Types].xml", "_rels/.rels") if n in names]
    order = first + sorted(n for n in names if n not in first)
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as target:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            target.writestr(info, source.read(name), compresslevel=6)
    return output.getvalue()
