"""Right-to-left Word files (Arabic): bidirectional paragraphs, right-to-left runs and tables.

Applied to the whole written document when the view's direction is ``rtl``: every paragraph
gets ``w:bidi`` (so its start, indents and hanging numbers are at the right), every run with
Arabic letters ``w:rtl`` (runs of Latin letters and figures only, such as the symbol
UNODC/CCPCJ/EG.4/2021/1 and the English masthead lines, stay left to right, as in UN Arabic
documents), every table ``w:bidiVisual`` (its first column at the right), and the styles a
complex-script font and size (``w:rFonts w:cs``, ``w:szCs``) with the language ``w:lang
w:bidi="ar-SA"``. In a bidirectional paragraph Word and LibreOffice read ``w:ind``'s left and
``w:jc="left"`` as the start side (ECMA-376 Part 1, 17.3.1.12 and 17.3.1.13), so indents
mirror by themselves. The masthead's distribution block stays left to right, at the left.
"""

from __future__ import annotations

import re

# The font of UN Arabic documents; where it is missing (Linux) fontconfig substitutes an
# Arabic font such as Noto Naskh Arabic (fonts-noto-core).
ARABIC_FONT = "Simplified Arabic"
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")

# Schema order (ECMA-376 Part 1): what follows w:bidi in w:pPr, w:rtl in w:rPr, w:bidiVisual in w:tblPr.
_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
               "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
               "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_AFTER_RTL = ("w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
_AFTER_BIDI_VISUAL = ("w:tblStyleRowBandSize", "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing",
                      "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")
_AFTER_SZCS = ("w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl",
               "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
_AFTER_JC = ("w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
             "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def _ppr(paragraph):
    from docx.oxml.ns import qn

    ppr = paragraph.find(qn("w:pPr"))
    if ppr is None:
        from egmplan.render.docx.xml import make_element

        ppr = make_element("w:pPr")
        paragraph.insert(0, ppr)
    return ppr


def _rpr(run):
    from docx.oxml.ns import qn

    rpr = run.find(qn("w:rPr"))
    if rpr is None:
        from egmplan.render.docx.xml import make_element

        rpr = make_element("w:rPr")
        run.insert(0, rpr)
    return rpr


def _is_latin_only(paragraph) -> bool:
    from docx.oxml.ns import qn

    text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
    return bool(text.strip()) and not _ARABIC.search(text)


def right_to_left(document) -> None:
    """Make ``document`` (python-docx) right to left: its body, headers, footers, footnotes
    and styles."""
    from docx.oxml.ns import qn

    from egmplan.render.docx.xml import make_element, set_child

    parts = [part for part in document.part.package.iter_parts() if hasattr(part, "_element")]
    for part in parts:
        root = part._element
        for paragraph in root.iter(qn("w:p")):
            if _in_masthead(paragraph) and _is_latin_only(paragraph):
                # The symbol and the English distribution lines: left to right, at the left.
                set_child(_ppr(paragraph), make_element("w:jc", {"w:val": "left"}), before=_AFTER_JC)
                continue
            set_child(_ppr(paragraph), make_element("w:bidi"), before=_AFTER_BIDI)
        for run in root.iter(qn("w:r")):
            text = "".join(t.text or "" for t in run.iter(qn("w:t")))
            if _ARABIC.search(text):
                set_child(_rpr(run), make_element("w:rtl"), before=_AFTER_RTL)
        for table in root.iter(qn("w:tbl")):
            tblpr = table.find(qn("w:tblPr"))
            if tblpr is not None:
                set_child(tblpr, make_element("w:bidiVisual"), before=_AFTER_BIDI_VISUAL)
    _styles(document)


def _in_masthead(paragraph) -> bool:
    """In the masthead: a table cell of a table without a repeated header row (the annex's
    table repeats its header, w:tblHeader); ``w:bidiVisual`` mirrors it, organ at the right."""
    from docx.oxml.ns import qn

    cell = paragraph.getparent()
    if cell is None or cell.tag != qn("w:tc"):
        return False
    table = cell.getparent().getparent()
    return table.find(".//" + qn("w:tblHeader")) is None


def _styles(document) -> None:
    from docx.oxml.ns import qn

    from egmplan.render.docx.xml import make_element, set_child

    styles = document.styles.element
    for rpr in styles.iter(qn("w:rPr")):
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is not None:
            fonts.set(qn("w:cs"), ARABIC_FONT)
            fonts.attrib.pop(qn("w:cstheme"), None)     # a theme font would win over w:cs
        # Bold and italic of complex script (w:bCs, w:iCs) as the style's own (w:b, w:i): the
        # template's Heading 4 is italic only in complex script.
        for latin, complex_script in (("w:b", "w:bCs"), ("w:i", "w:iCs")):
            own, other = rpr.find(qn(latin)), rpr.find(qn(complex_script))
            if own is not None and other is not None:
                value = own.get(qn("w:val"))
                if value is None:
                    other.attrib.pop(qn("w:val"), None)
                else:
                    other.set(qn("w:val"), value)
        size = rpr.find(qn("w:sz"))
        if size is not None:
            # Arabic one point larger than Latin text of the same size (Arabic faces run small).
            set_child(rpr, make_element("w:szCs", {"w:val": str(int(size.get(qn("w:val"))) + 2)}),
                      before=_AFTER_SZCS)
        lang = rpr.find(qn("w:lang"))
        if lang is not None:
            lang.set(qn("w:bidi"), "ar-SA")
    # Arabic letters with their marks above and below need more than the exact line heights
    # of the Latin styles: at least those heights.
    for spacing in styles.iter(qn("w:spacing")):
        if spacing.get(qn("w:lineRule")) == "exact":
            spacing.set(qn("w:lineRule"), "atLeast")
