"""UN document styles on Word's own style names (Normal, Heading 1-4, List Number...), and
the styled empty document every Word output starts from."""

from __future__ import annotations

import functools

from egmplan.render.docx.layout import INDENT
from egmplan.render.docx.xml import make_element, set_child


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


def setup_styles(document) -> None:
    """UN document styles on Word's own style names (Normal, Heading 1-4, List Number...)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn

    styles = document.styles
    # Document defaults: Times New Roman 10 pt, British English (UN spelling, Oxford -ize).
    rpr_default = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_child(rpr_default, make_element("w:lang", {"w:val": "en-GB", "w:eastAsia": "en-US", "w:bidi": "ar-SA"}))

    normal = styles["Normal"]
    _style_font(normal, size=10)
    _style_paragraph(normal)

    # UN "SingleTxt": indented both sides, justified, 6 pt after.
    body = styles["Body Text"]
    _style_font(body, size=10)
    _style_paragraph(body, after=6, left=INDENT, right=INDENT, justify=True)
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
        _style_paragraph(heading, before=before, after=after, line=line, left=INDENT,
                         right=INDENT, hanging=INDENT, keep_next=True)
        heading.base_style = normal
        heading.next_paragraph_style = body

    # The provisional agenda list (A1): "1." at the body indent, "(a)" one step in.
    for name in ("List Number", "List Number 2"):
        item = styles[name]
        _style_font(item, size=10)
        _style_paragraph(item, after=6, right=INDENT)
        item.base_style = normal

    # Lists inside annotations: indented, no bullet (the chapter list in UNODC/CCPCJ/EG.4/2021/1).
    listing = styles["List"]
    _style_font(listing, size=10)
    _style_paragraph(listing, after=3, left=INDENT + 1134, right=INDENT, hanging=567)
    listing.base_style = normal

    documentation = _paragraph_style(document, "Documentation Entry", "Body Text")
    _style_paragraph(documentation, after=6, left=INDENT, right=INDENT)

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
    _style_font(table_heading, size=10, italic=True)   # UNODC/CCPCJ/EG.4/2017/1: Date, Time... in italics

    # Footnotes (UN: 9 pt, number hanging at the body indent).
    footnote_text = _paragraph_style(document, "footnote text")
    footnote_text.name = "footnote text"
    footnote_text.element.set(qn("w:styleId"), "FootnoteText")
    _style_font(footnote_text, size=9)
    _style_paragraph(footnote_text, after=2, line=11, left=INDENT + 357, right=INDENT, hanging=357)
    if "footnote reference" not in [s.name for s in styles]:
        reference = styles.add_style("footnote reference", WD_STYLE_TYPE.CHARACTER)
        reference.element.set(qn("w:styleId"), "FootnoteReference")
        reference.base_style = styles["Default Paragraph Font"]
        reference.font.superscript = True


# Every style a document refers to by name, with its kind (True: a character style).
_NAMED_STYLES = (
    ("Normal", False), ("Body Text", False), ("Heading 1", False), ("Heading 2", False),
    ("Heading 3", False), ("Heading 4", False), ("List Number", False), ("List Number 2", False),
    ("List", False), ("Documentation Entry", False), ("Masthead", False), ("Header", False),
    ("Footer", False), ("Table Text", False), ("Table Heading", False), ("footnote reference", True),
)


class StyledBase:
    """python-docx's default document with the UN styles set up, saved once per process:
    each document opens these bytes instead of restyling the template (about a third of
    the time a document took), and refers to styles by the ids found here once instead of
    python-docx's search of every style by name on each assignment."""

    def __init__(self):
        import io

        import docx
        from docx.enum.style import WD_STYLE_TYPE

        document = docx.Document()
        setup_styles(document)
        buffer = io.BytesIO()
        document.save(buffer)
        self.data = buffer.getvalue()
        styles = document.styles
        self.style_ids: dict[tuple[str, bool], str | None] = {
            (name, character): styles.get_style_id(
                styles[name], WD_STYLE_TYPE.CHARACTER if character else WD_STYLE_TYPE.PARAGRAPH)
            for name, character in _NAMED_STYLES
        }

    def open(self):
        """A new python-docx Document: the styled base, ready to be written."""
        import io

        import docx

        return docx.Document(io.BytesIO(self.data))


@functools.cache
def styled_base() -> StyledBase:
    return StyledBase()
