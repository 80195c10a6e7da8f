"""The provisional agenda as a Word numbered list (``1.`` and ``(a)``)."""

from __future__ import annotations

from egmplan.render.docx.layout import INDENT, hang
from egmplan.render.docx.xml import make_element, set_child


def sub_item_text(agenda) -> str | None:
    """The Word level text of the sub-items ("(%2)", or "%2)" in French and Spanish) when
    the view's labels are what a Word list would count: 1., 2., ... and (a), (b), ... (or
    a), b), ...) restarting under each item; None when they are not."""
    import string

    pattern = None
    for index, entry in enumerate(agenda, start=1):
        if entry.label != f"{index}.":
            return None
        for letter, sub in zip(string.ascii_lowercase, entry.items):
            if pattern is None and sub.label.count(letter) == 1:
                pattern = sub.label.replace(letter, "%2")
            if pattern is None or sub.label != pattern.replace("%2", letter):
                return None
        if len(entry.items) > 26:
            return None
    return pattern or "(%2)"


class AgendaNumbering:
    """One ``w:abstractNum`` for the provisional agenda: level 0 ``1.``, level 1 ``(a)``,
    each sub-item list restarting under its item; List Number / List Number 2 point at it."""

    # (left, hanging) of each level's text: "1." at the body indent, "(a)" one step in.
    INDENTS = ((INDENT + 567, 567), (INDENT + 1134, 567))
    ABSTRACT_ID = 90
    NUM_ID = 90

    def __init__(self, document, sub_text: str = "(%2)"):
        from docx.oxml.ns import qn

        numbering = document.part.numbering_part.element
        levels = []
        for ilvl, (fmt, text) in enumerate((("decimal", "%1."), ("lowerLetter", sub_text))):
            left, hanging = self.INDENTS[ilvl]
            levels.append(make_element(
                "w:lvl", {"w:ilvl": ilvl},
                make_element("w:start", {"w:val": 1}),
                make_element("w:numFmt", {"w:val": fmt}),
                make_element("w:pStyle", {"w:val": "ListNumber" if ilvl == 0 else "ListNumber2"}),
                make_element("w:lvlText", {"w:val": text}),
                make_element("w:lvlJc", {"w:val": "left"}),
                make_element("w:pPr", None,
                    make_element("w:tabs", None, make_element("w:tab", {"w:val": "num", "w:pos": left})),
                    make_element("w:ind", {"w:left": left, "w:hanging": hanging})),
            ))
        abstract = make_element("w:abstractNum", {"w:abstractNumId": self.ABSTRACT_ID},
                       make_element("w:nsid", {"w:val": "45474D50"}),        # "EGMP": fixed, not random
                       make_element("w:multiLevelType", {"w:val": "multilevel"}),
                       *levels)
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)                     # abstractNums precede nums
        else:
            numbering.append(abstract)
        numbering.append(make_element("w:num", {"w:numId": self.NUM_ID},
                             make_element("w:abstractNumId", {"w:val": self.ABSTRACT_ID})))
        for name, ilvl in (("List Number", 0), ("List Number 2", 1)):
            ppr = document.styles[name].element.get_or_add_pPr()
            set_child(ppr, make_element("w:numPr", None, make_element("w:ilvl", {"w:val": ilvl}),
                                make_element("w:numId", {"w:val": self.NUM_ID})),
                       before=("w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc"))
            left, hanging = self.INDENTS[ilvl]
            hang(document.styles[name], left, hanging)

    @staticmethod
    def suppress(paragraph) -> None:
        """No automatic number on ``paragraph`` (``w:numId`` 0), whatever its style numbers."""
        ppr = paragraph._p.get_or_add_pPr()
        set_child(ppr, make_element("w:numPr", None, make_element("w:ilvl", {"w:val": 0}),
                            make_element("w:numId", {"w:val": 0})),
                   before=("w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc"))

    def apply(self, paragraph, level: int) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        set_child(ppr, make_element("w:numPr", None, make_element("w:ilvl", {"w:val": level}),
                            make_element("w:numId", {"w:val": self.NUM_ID})),
                   before=("w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc"))
