"""The provisional agenda as a Word numbered list (``1.`` and ``(a)``)."""

from __future__ import annotations

from egmplan.render.docx.layout import _INDENT, _hang
from egmplan.render.docx.xml import _el, _set_child


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
