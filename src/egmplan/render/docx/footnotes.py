"""Real Word footnotes: python-docx has none, so a ``word/footnotes.xml`` part is added."""

from __future__ import annotations

from egmplan.render.docx.body import attribute
from egmplan.render.docx.xml import R_NAMESPACE, W_NAMESPACE, make_element, set_child

_RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_CT_FOOTNOTES = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


class Footnotes:
    """Real Word footnotes: a ``word/footnotes.xml`` part related to the document, holding
    the separator (id -1) and continuation separator (id 0) and one ``w:footnote`` per
    note; the text carries ``w:footnoteReference`` runs in the FootnoteReference style."""

    def __init__(self, document, body):
        from docx.opc.packuri import PackURI
        from docx.opc.part import XmlPart
        from docx.oxml import parse_xml

        self.document = document
        self.body = body
        root = parse_xml(
            f'<w:footnotes xmlns:w="{W_NAMESPACE}" xmlns:r="{R_NAMESPACE}">'
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
        note_pr = make_element("w:footnotePr", None, make_element("w:footnote", {"w:id": -1}),
                               make_element("w:footnote", {"w:id": 0}))
        set_child(settings, note_pr, before=("w:endnotePr", "w:compat", "w:docVars", "w:rsids"))

    def reference_xml(self, number: int) -> str:
        """The run that cites note ``number``, as XML text (:func:`egmplan.render.docx.body.run_xml`)."""
        style_id = self.body.style_id("footnote reference", character=True)
        properties = "<w:rPr/>" if style_id is None else f'<w:rPr><w:rStyle w:val="{attribute(style_id)}"/></w:rPr>'
        return f'<w:r>{properties}<w:footnoteReference w:id="{number}"/></w:r>'

    def define(self, number: int, spans, write_spans) -> None:
        """The note's text: its number (footnoteRef, hanging), a tab, then the text."""
        from docx.text.paragraph import Paragraph

        p = make_element("w:p", None, make_element("w:pPr", None, make_element("w:pStyle", {"w:val": "FootnoteText"})))
        self.root.append(make_element("w:footnote", {"w:id": number}, p))
        paragraph = Paragraph(p, self.document.part)
        mark = paragraph.add_run()
        self.body.set_run_style(mark, "footnote reference")
        mark._r.append(make_element("w:footnoteRef"))
        paragraph.add_run().add_tab()
        write_spans(paragraph, spans)
