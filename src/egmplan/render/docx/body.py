"""Appending to a python-docx document in constant time per paragraph, row and cell.

python-docx's own helpers rescan what is already written: ``document.add_paragraph``
looks for the body's ``w:sectPr`` among all the body's children, ``table.rows[i]`` lists
every row, ``row.cells`` works out the grid of the whole table, and ``styles[name]`` and
``paragraph.style = name`` search the style part each time. Each is harmless once and
quadratic over a document of 20,000 paragraphs or a table of 100,000 rows. The helpers here
keep a reference to the ``w:sectPr``, walk rows and cells once, and take each style's id from
the styled base (:func:`egmplan.render.docx.styles.styled_base`), where it was looked up once
per process; the XML they write is the XML python-docx writes.

Even in constant time, making a paragraph element by element (a Python object and a call
for each ``w:p``, ``w:pPr``, ``w:pStyle``, ``w:r``, ``w:t``) costs far more than lxml takes to
parse it. So the annotations' paragraphs and the annex's rows are written as XML text
(:func:`run_xml`, :meth:`DocumentBody.paragraph_xml`) and parsed many at a time by
python-docx's parser (:func:`parsed_children`), as python-docx itself makes a new table
(``CT_Tbl.new_tbl``); tests/test_docx_runs.py holds the runs to python-docx's.
"""

from __future__ import annotations

import re


class DocumentBody:
    """The document body, written top to bottom."""

    def __init__(self, document, style_ids: dict[tuple[str, bool], str | None]):
        self.document = document
        self._container = document._body                  # the parent python-docx gives body paragraphs
        self._sect_pr = document.element.body.sectPr      # stays the last child: new blocks go before it
        self._style_ids = style_ids                       # the styled base's, found once per process

    def style_id(self, name: str, character: bool = False) -> str | None:
        """The style's id as python-docx would write it (None for the default paragraph style)."""
        return self._style_ids[name, character]

    def paragraph(self, text: str = "", style: str | None = None):
        """``document.add_paragraph(text, style)`` without the scan for ``w:sectPr``."""
        from docx.text.paragraph import Paragraph

        p = self._sect_pr.makeelement(_W_P)
        self._sect_pr.addprevious(p)
        paragraph = Paragraph(p, self._container)
        if text:
            text_run(paragraph, text)
        if style is not None:
            self.set_style(paragraph, style)
        return paragraph

    def set_style(self, paragraph, style: str) -> None:
        """``paragraph.style = style`` with the id looked up once per style. ``w:pPr`` is
        the first child of ``w:p`` and ``w:pStyle`` the first of ``w:pPr`` in the schema, so
        each goes in at the front (python-docx tries each element that may follow it)."""
        p = paragraph._p
        ppr = p.find(_W_PPR)
        if ppr is None:
            ppr = p.makeelement(_W_PPR)
            p.insert(0, ppr)
        style_id = self.style_id(style)
        existing = ppr.find(_W_PSTYLE)
        if existing is not None:
            ppr.remove(existing)
        if style_id is not None:
            element = ppr.makeelement(_W_PSTYLE)
            element.set(_W_VAL, style_id)
            ppr.insert(0, element)

    def paragraph_xml(self, style: str, runs: str = "") -> str:
        """The ``w:p`` that :meth:`paragraph` writes with ``style`` and then ``runs`` (XML text,
        :func:`run_xml`), as XML text for :meth:`add_xml`."""
        style_id = self.style_id(style)
        properties = "" if style_id is None else f'<w:pStyle w:val="{attribute(style_id)}"/>'
        return f"<w:p><w:pPr>{properties}</w:pPr>{runs}</w:p>"

    def add_xml(self, xml: str) -> None:
        """Blocks given as XML text (:meth:`paragraph_xml`) added at the end of the body."""
        for block in parsed_children(xml):
            self._sect_pr.addprevious(block)

    def set_run_style(self, run, style: str) -> None:
        run._r.get_or_add_rPr().style = self.style_id(style, character=True)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_P, _W_PPR, _W_PSTYLE, _W_VAL = f"{_W}p", f"{_W}pPr", f"{_W}pStyle", f"{_W}val"
_W_R, _W_RPR, _W_T = f"{_W}r", f"{_W}rPr", f"{_W}t"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_NO_RPR = object()


def text_run(paragraph, text: str, *, italic=_NO_RPR, bold: bool = False):
    """``paragraph.add_run(text)`` (then ``.italic = italic`` or ``.bold = True``), building
    the ``w:r`` and ``w:t`` directly: python-docx builds each through its schema machinery and
    reads the text a character at a time. The XML is the same: ``italic=None`` leaves the
    empty ``w:rPr`` python-docx leaves. Text with a tab or a line break goes through
    python-docx (``w:tab``, ``w:br``)."""
    if "\t" in text or "\n" in text or "\r" in text:
        run = paragraph.add_run(text)
        if bold:
            run.bold = True
        elif italic is not _NO_RPR:
            run.italic = italic
        return run
    p = paragraph._p
    r = p.makeelement(_W_R)
    p.append(r)
    if bold or italic is not _NO_RPR:
        rpr = r.makeelement(_W_RPR)
        r.append(rpr)
        if bold or italic:
            rpr.append(rpr.makeelement(f"{_W}{'b' if bold else 'i'}"))
    if text:
        t = r.makeelement(_W_T)
        t.text = text
        if len(text.strip()) < len(text):
            t.set(_XML_SPACE, "preserve")
        r.append(t)
    return r


def run_xml(text: str, *, italic=_NO_RPR, bold: bool = False) -> str:
    """The ``w:r`` that :func:`text_run` appends, as XML text, for many runs parsed at once
    (:func:`parsed_children`). A tab is a ``w:tab`` and a line break a ``w:br``, as python-docx
    writes them (``Run.text``); the loader has refused the characters XML cannot hold."""
    if bold:
        properties = "<w:rPr><w:b/></w:rPr>"
    elif italic is _NO_RPR:
        properties = ""
    else:
        properties = "<w:rPr><w:i/></w:rPr>" if italic else "<w:rPr/>"
    if "\t" in text or "\n" in text or "\r" in text:
        content = "".join(_BREAKS.get(piece) or _t_xml(piece) for piece in _BREAK.split(text) if piece)
    else:
        content = _t_xml(text) if text else ""
    return f"<w:r>{properties}{content}</w:r>"


def parsed_children(xml: str) -> list:
    """The WordprocessingML elements written in ``xml`` (``w:`` elements, no namespace
    declaration), parsed by python-docx's parser (:func:`docx.oxml.parse_xml`), as python-docx
    itself makes a new table. Moved into a document, they carry no namespace declaration of
    their own (lxml drops those the new parent already makes)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    return list(parse_xml(f"<w:body {nsdecls('w')}>{xml}</w:body>"))


def attribute(value: str) -> str:
    """``value`` escaped for an attribute written in double quotes."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


def _t_xml(text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if len(text.strip()) < len(text):
        return f'<w:t xml:space="preserve">{escaped}</w:t>'
    return f"<w:t>{escaped}</w:t>"


_BREAK = re.compile(r"([\t\r\n])")
_BREAKS = {"\t": "<w:tab/>", "\r": "<w:br/>", "\n": "<w:br/>"}


def rows_and_cells(table):
    """Each row of ``table`` with its cells: python-docx objects, made in one pass."""
    from docx.table import _Cell, _Row

    for tr in table._tbl.tr_lst:
        yield _Row(tr, table), [_Cell(tc, table) for tc in tr.tc_lst]


def merge_cells(cells: list, first: int, last: int) -> None:
    """Merge ``cells[first..last]`` of one row into ``cells[first]`` (``w:gridSpan``, widths
    added, content moved) as ``_Cell.merge`` does, without working out the table's grid."""
    tc = cells[first]._tc
    tc._span_to_width(sum(cell._tc.grid_span for cell in cells[first:last + 1]), tc, None)


def mark_untranslated(root) -> None:
    """Each :data:`egmplan.untranslated.MARK` in the runs under ``root`` (the body, the
    footnotes) made a highlighted run ``[untranslated]`` before the rest of its text, so that
    an English string left in a translated document cannot be missed (``--allow-untranslated``)."""
    from copy import deepcopy

    from egmplan.untranslated import LABEL, MARK

    for t in [t for t in root.iter(_W_T) if t.text and MARK in t.text]:
        run = t.getparent()
        pieces = t.text.split(MARK)
        t.text = pieces[0]
        anchor = run
        for piece in pieces[1:]:
            label = deepcopy(run)
            for child in list(label):
                if child.tag != _W_RPR:
                    label.remove(child)
            rpr = label.find(_W_RPR)
            if rpr is None:
                rpr = label.makeelement(_W_RPR)
                label.insert(0, rpr)
            rpr.append(rpr.makeelement(f"{_W}highlight", {f"{_W}val": "yellow"}))
            rpr.append(rpr.makeelement(f"{_W}lang", {f"{_W}val": "en-GB"}))
            text = label.makeelement(_W_T)
            text.text = LABEL
            label.append(text)
            rest = deepcopy(run)
            for child in list(rest):
                if child.tag != _W_RPR:
                    rest.remove(child)
            rest_text = rest.makeelement(_W_T)
            rest_text.text = " " + piece
            rest_text.set(_XML_SPACE, "preserve")
            rest.append(rest_text)
            anchor.addnext(label)
            label.addnext(rest)
            anchor = rest
        if not t.text:
            run.remove(t)
            if not any(child.tag != _W_RPR for child in run):
                run.getparent().remove(run)
