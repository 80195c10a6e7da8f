"""East Asian settings of a Chinese Word file: the font and the language Word uses for Han
characters and full-width punctuation.

Word picks a run's font by the characters in it: ``w:rFonts w:eastAsia`` for Han characters
and full-width punctuation, ``w:ascii``/``w:hAnsi`` for Latin letters (ECMA-376 Part 1,
17.3.2.26). The UN styles name Times New Roman for all of them; a Chinese document names
SimSun (宋体), the font of UN Chinese documents, for the East Asian characters, and declares
``w:lang w:eastAsia="zh-CN"`` (Simplified Chinese) so that Word applies Chinese line-breaking
rules (kinsoku) and proofing. Where SimSun is missing (Linux), LibreOffice falls back to a
font with the glyphs, such as Noto Serif CJK SC (fonts-noto-cjk).
"""

from __future__ import annotations

EAST_ASIAN_FONT = "SimSun"
EAST_ASIAN_LANGUAGES = {"zh": "zh-CN"}


def east_asian(document, language: str) -> None:
    """Every style's East Asian font SimSun and the documents' East Asian language ``zh-CN``
    (``language`` a code of :data:`EAST_ASIAN_LANGUAGES`)."""
    from docx.oxml.ns import qn

    from egmplan.render.docx.xml import make_element, set_child

    styles = document.styles.element
    rpr_default = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr_default.find(qn("w:rFonts"))
    if fonts is None:
        fonts = make_element("w:rFonts", {})
        rpr_default.insert(0, fonts)
    fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
    for element in styles.iter(qn("w:rFonts")):
        element.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
        element.attrib.pop(qn("w:eastAsiaTheme"), None)
    lang = rpr_default.find(qn("w:lang"))
    if lang is None:
        set_child(rpr_default, make_element("w:lang", {"w:val": "en-GB"}))
        lang = rpr_default.find(qn("w:lang"))
    lang.set(qn("w:eastAsia"), EAST_ASIAN_LANGUAGES[language])
