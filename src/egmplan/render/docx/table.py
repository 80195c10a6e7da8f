"""The organization of work (annex) as a Word table, and the table, row and cell
helpers it and the masthead use."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from egmplan.render.docx.body import attribute, merge_cells, parsed_children, rows_and_cells, run_xml, text_run
from egmplan.render.docx.layout import FULL_WIDTH, INDENT, LANDSCAPE_FULL_WIDTH, TEXT_WIDTH
from egmplan.render.docx.xml import border, make_element, set_child

# A lane's title column is never narrower than 3 cm: about 20 characters of 10 pt Times a line.
MIN_TITLE_WIDTH = 1701


def _lead_widths(merged: bool) -> list[int]:
    # "Wednesday, 7 April 2021" and "10 a.m.–1 p.m." each fit on one line.
    return [2450] if merged else [2450, 1500]


def _item_width(merged: bool) -> int:
    return 1250 if merged else 680                  # "Agenda item" / "Item" on one line


def _lane_widths(measure: int, merged: bool, lanes: int) -> list[int]:
    """The lead columns, then an item and a title column per lane, filling ``measure``."""
    lead = _lead_widths(merged)
    item = _item_width(merged)
    title = (measure - sum(lead) - item * lanes) // lanes
    widths = lead + [item, title] * lanes
    widths[-1] += measure - sum(widths)
    return widths


def table_fit(merged: bool, lanes: int) -> str:
    """How the annex table is set: "text" (one lane, the body text's width), "portrait"
    (lanes side by side across the full measure), "landscape" (side by side on landscape
    pages) or "stacked" (one lane under the other, when side by side would leave a title
    column narrower than :data:`MIN_TITLE_WIDTH` even in landscape)."""
    if lanes == 1:
        return "text"
    for fit, measure in (("portrait", FULL_WIDTH), ("landscape", LANDSCAPE_FULL_WIDTH)):
        if min(_lane_widths(measure, merged, lanes)[len(_lead_widths(merged)) + 1::2]) >= MIN_TITLE_WIDTH:
            return fit
    return "stacked"


@dataclass(frozen=True)
class _Line:
    """A printed line of the Word table: date and time cells, then one Cell per column pair."""

    date: str
    time: str
    cells: tuple
    holiday: bool = False
    first_of_day: bool = False


@dataclass(frozen=True)
class _LaneHeading:
    """A stacked lane's name over its rows, in italics in the title column."""

    text: str


class OrgTable:
    """The organization of work as a Word table: header row repeated on every page, rows
    kept whole, a rule under the header and at the foot (UN tables draw no vertical lines).

    Parallel lanes sit side by side while each title column keeps :data:`MIN_TITLE_WIDTH`:
    across the portrait measure, else on landscape pages (the annex gets a section of its
    own), else stacked: one set of Item/Title columns, each lane's rows of a sitting under
    its name."""

    def __init__(self, document, body, table, tie_words):
        self.document = document
        self.tie_words = tie_words      # the language's no-break rules (style.<lang>.tie_words)
        self.body = body
        self.table = table
        self.merged = table.layout == "merged"
        self.fit = table_fit(self.merged, len(table.lanes))
        self.lanes = 1 if self.fit == "stacked" else len(table.lanes)

    @property
    def landscape(self) -> bool:
        return self.fit == "landscape"

    def _header(self) -> list[list[str]]:
        """One header row, or two with lanes side by side: lane names over their Item/Title columns."""
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
        """The body text's width; a table with lanes side by side takes the full measure."""
        return {"portrait": FULL_WIDTH, "landscape": LANDSCAPE_FULL_WIDTH}.get(self.fit, TEXT_WIDTH)

    def _widths(self) -> list[int]:
        return _lane_widths(self.width, self.merged, self.lanes)

    def _lines(self):
        """The view's lines, or with stacked lanes one line per lane cell, each lane's rows
        of a sitting under the lane's name. W2: the date on the first line of its day, the
        time on the first line of its sitting."""
        if self.fit != "stacked":
            for line in self.table.lines:
                yield _Line(line.date, line.time, line.cells, line.holiday, line.first_of_day)
            return
        for day in self.table.days:
            first_of_day = True
            for sitting in day.sittings:
                printed = []
                if sitting.number is not None:
                    for lane, heading in enumerate(self.table.lane_headings):
                        cells = [line.cells[lane] for line in sitting.lines
                                 if line.cells[lane].item or line.cells[lane].title]
                        if cells:
                            printed += [_LaneHeading(heading), *cells]
                if not printed:                        # a holiday, or a sitting with nothing in any lane
                    printed = [line.cells[0] for line in sitting.lines]
                for index, cell in enumerate(printed):
                    yield _Line(day.label if first_of_day else "", sitting.time if index == 0 else "",
                                (cell,), sitting.number is None, first_of_day)
                    first_of_day = False

    def _body_rows(self):
        """(cells, starts a new day, holiday) per printed row; a cell is a string or a Cell (a title,
        whose "(continued)" is set in italics as UNODC/CCPCJ/EG.4/2017/1 prints it)."""
        for line in self._lines():
            lanes: list = []
            for cell in line.cells:
                lanes += ["", cell] if isinstance(cell, _LaneHeading) else [cell.item, cell]
            if self.merged:
                if line.date:                      # the day on a line of its own, in bold
                    yield [_Bold(line.date)] + [""] * (2 * self.lanes), True, False
                yield [line.time, *lanes], False, line.holiday
            else:
                yield [line.date, line.time, *lanes], line.first_of_day, line.holiday

    def write(self) -> None:
        header = self._header()
        widths = self._widths()
        table = self.document.add_table(rows=len(header), cols=len(widths))
        table_geometry(table, widths, indent=INDENT if self.width == TEXT_WIDTH else 0)
        table_borders(table, {"top": 4, "bottom": 12})
        for index, (row, cells) in enumerate(rows_and_cells(table)):
            _repeat_header(row)
            for cell, text in zip(cells, header[index]):
                self._fill(cell, text, "Table Heading")
            if index == len(header) - 1:
                for cell in cells:
                    cell_borders(cell, bottom=4)
            elif len(header) == 2:                             # lane names span their pair
                start = 1 if self.merged else 2
                for lane in range(self.lanes):
                    merge_cells(cells, start + 2 * lane, start + 2 * lane + 1)
                    cell_borders(cells[start + 2 * lane], bottom=4)
        self._write_body(table, widths)

    def _write_body(self, table, widths: list[int]) -> None:
        """The body rows, written as XML text and parsed at once, as python-docx writes a new
        table (``CT_Tbl.new_tbl``): per row and cell, the elements :meth:`_fill`,
        :func:`cell_borders` and :func:`_cant_split` add one at a time to the header rows."""
        from docx.table import _Cell

        style_id = self.body.style_id("Table Text")
        style = "" if style_id is None else f'<w:pStyle w:val="{attribute(style_id)}"/>'
        cell_starts = [f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>' for width in widths]
        hairline = '<w:tcBorders><w:top w:val="single" w:sz="2" w:space="0" w:color="000000"/></w:tcBorders>'
        title_column = len(widths) - 2 * self.lanes + 1
        runs_xml = functools.cache(self._runs_xml)     # rows repeat their times, items and titles
        rows, holidays = [], []
        for offset, (values, new_day, holiday) in enumerate(self._body_rows()):
            # A day's first row keeps with the next, so a date is not stranded at a page foot,
            # and has a hairline above it (but the first day's).
            keep = "<w:keepNext/>" if new_day else ""
            borders = hairline if new_day and offset else ""
            xml = ["<w:tr><w:trPr><w:cantSplit/></w:trPr>"]
            for column, start in enumerate(cell_starts):
                if column < len(values):
                    xml.append(f"{start}{borders}</w:tcPr><w:p><w:pPr>{style}{keep}</w:pPr>"
                               f"{runs_xml(values[column])}</w:p></w:tc>")
                elif new_day:                   # cells past the row's values (a holiday's, merged below)
                    xml.append(f"{start}</w:tcPr><w:p><w:pPr>{keep}</w:pPr></w:p></w:tc>")
                else:
                    xml.append(f"{start}</w:tcPr><w:p/></w:tc>")
            xml.append("</w:tr>")
            rows.append("".join(xml))
            if holiday and self.lanes > 1:
                holidays.append(offset)
        trs = parsed_children("".join(rows))
        table._tbl.extend(trs)
        for offset in holidays:                # W4: the text runs across the lanes
            merge_cells([_Cell(tc, table) for tc in trs[offset].tc_lst], title_column, len(widths) - 1)

    def _runs(self, value) -> list[tuple[str, str | None]]:
        """A cell's runs: (text, "b" bold, "i" italic or None). A value is a string or a Cell (a
        title, whose "(continued)" is set in italics as UNODC/CCPCJ/EG.4/2017/1 prints it)."""
        if isinstance(value, _Bold):
            return [(self.tie_words(value.text), "b")]
        if isinstance(value, _LaneHeading):
            return [(self.tie_words(value.text), "i")]
        if isinstance(value, str):
            return [(self.tie_words(value), None)] if value else []
        if value.continued and value.suffix_parts[1]:
            lead, word, tail = value.suffix_parts
            return [(self.tie_words(value.base) + " " + lead, None), (word, "i"), (tail, None)]
        return [(self.tie_words(value.title), None)] if value.title else []

    def _runs_xml(self, value) -> str:
        return "".join(run_xml(text, **_MARKS[mark]) for text, mark in self._runs(value))

    def _fill(self, cell, value, style: str) -> None:
        paragraph = cell.paragraphs[0]
        self.body.set_style(paragraph, style)
        for text, mark in self._runs(value):
            text_run(paragraph, text, **_MARKS[mark])


_MARKS = {None: {}, "b": {"bold": True}, "i": {"italic": True}}


@dataclass(frozen=True)
class _Bold:
    text: str


def table_geometry(table, widths: list[int], indent: int) -> None:
    """Fixed layout with explicit column widths (LibreOffice honours w:tblGrid and w:tcW)."""
    from docx.oxml.ns import qn
    from docx.shared import Twips

    table.autofit = False
    tbl_pr = table._tbl.tblPr
    set_child(tbl_pr, make_element("w:tblW", {"w:w": sum(widths), "w:type": "dxa"}),
               before=("w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout",
                       "w:tblCellMar", "w:tblLook"))
    set_child(tbl_pr, make_element("w:tblInd", {"w:w": indent, "w:type": "dxa"}),
               before=("w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"))
    set_child(tbl_pr, make_element("w:tblCellMar", None, make_element("w:left", {"w:w": 0, "w:type": "dxa"}),
                           make_element("w:right", {"w:w": 113, "w:type": "dxa"})),
               before=("w:tblLook",))
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(width))
    for _, cells in rows_and_cells(table):
        for cell, width in zip(cells, widths):
            tc_w = cell._tc.tcPr.find(qn("w:tcW"))      # python-docx writes each cell's w:tcW (dxa)
            tc_w.set(qn("w:w"), str(Twips(width).twips))


def table_borders(table, sizes: dict[str, int]) -> None:
    """Only the named outer rules (sizes in eighths of a point); everything else none."""
    sides = []
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if side in sizes:
            sides.append(border(side, sizes[side]))
        else:
            sides.append(make_element(f"w:{side}", {"w:val": "nil"}))
    set_child(table._tbl.tblPr, make_element("w:tblBorders", None, *sides),
               before=("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"))


def cell_borders(cell, *, top: int | None = None, bottom: int | None = None) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    from docx.oxml.ns import qn

    existing = tc_pr.find(qn("w:tcBorders"))
    borders = existing if existing is not None else set_child(
        tc_pr, make_element("w:tcBorders"), before=("w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText",
                                           "w:vAlign", "w:hideMark"))
    for side, size in (("top", top), ("bottom", bottom)):
        if size is not None:
            for old in borders.findall(qn(f"w:{side}")):
                borders.remove(old)
            element = border(side, size)
            if side == "top":
                borders.insert(0, element)
            else:
                borders.append(element)


def cell_margins(cell, *, top: int = 0, bottom: int = 0) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    set_child(tc_pr, make_element("w:tcMar", None, make_element("w:top", {"w:w": top, "w:type": "dxa"}),
                          make_element("w:bottom", {"w:w": bottom, "w:type": "dxa"})),
               before=("w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark"))


def _repeat_header(row) -> None:
    """``w:tblHeader``: Word and LibreOffice repeat this row at the top of each page."""
    tr_pr = row._tr.get_or_add_trPr()
    set_child(tr_pr, make_element("w:tblHeader"))
    _cant_split(row)


def _cant_split(row) -> None:
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.insert(0, make_element("w:cantSplit"))
