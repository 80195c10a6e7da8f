"""Low-level WordprocessingML: namespaces, elements, schema-ordered children, borders
and fields. python-docx is imported inside each function (start-up speed)."""

from __future__ import annotations

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


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
