"""The organization of work (annex) as a Word table, and the table, row and cell
helpers it and the masthead use."""

from __future__ import annotations

from dataclasses import dataclass

from egmplan.render.docx.layout import _FULL_WIDTH, _INDENT, _TEXT_WIDTH, _tie
from egmplan.render.docx.xml import _border, _el, _set_child


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


def _keep_day_label_with_next(row) -> None:
    """A day's first row keeps with the next, so a date is not stranded at a page foot."""
    for cell in row.cells:
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True


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
