"""Low-level WordprocessingML: namespaces, elements, schema-ordered children, borders
and fields. python-docx is imported inside each function (start-up speed)."""

from __future__ import annotations

W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def make_element(tag: str, attrs: dict[str, str] | None = None, *children):
    """A WordprocessingML element: ``make_element("w:ind", {"w:left": "720"})``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for key, value in (attrs or {}).items():
        element.set(qn(key), str(value))
    for child in children:
        element.append(child)
    return element


def set_child(parent, child, before: tuple[str, ...] = ()):
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


def border(side: str, size_eighths: int, space: int = 0):
    return make_element(f"w:{side}", {"w:val": "single", "w:sz": size_eighths, "w:space": space, "w:color": "000000"})


def paragraph_border(paragraph, side: str, size_eighths: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    set_child(ppr, make_element("w:pBdr", None, border(side, size_eighths, 1)),
               before=("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc"))


def page_field(paragraph) -> None:
    """A PAGE field (Word and LibreOffice print the page number)."""
    def field_char(kind: str):
        return make_element("w:r", None, make_element("w:fldChar", {"w:fldCharType": kind}))

    instruction = make_element("w:instrText", {"xml:space": "preserve"})
    instruction.text = " PAGE "
    shown = make_element("w:t")
    shown.text = "1"
    for run in (field_char("begin"), make_element("w:r", None, instruction), field_char("separate"),
                make_element("w:r", None, shown), field_char("end")):
        paragraph._p.append(run)
