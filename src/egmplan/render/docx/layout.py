"""Page geometry of a UN document and small paragraph helpers (alignment, hanging indents,
the end mark); where lines never break is each language's (``style.<lang>.tie_words``)."""

from __future__ import annotations


# Geometry in twentieths of a point (twips). A4, UN text block about 14 cm wide.
PAGE_WIDTH, PAGE_HEIGHT = 11906, 16838
MARGIN_LR, MARGIN_TOP, MARGIN_BOTTOM = 1247, 1418, 1418
INDENT = 720                     # body text and heading text start here (1.27 cm)
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_LR - 2 * INDENT
FULL_WIDTH = PAGE_WIDTH - 2 * MARGIN_LR
LANDSCAPE_FULL_WIDTH = PAGE_HEIGHT - 2 * MARGIN_LR   # the annex on landscape pages (wide tables)


def paragraph_alignment(name: str):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    return {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
            "center": WD_ALIGN_PARAGRAPH.CENTER}[name]


def hang(target, left: int, hanging: int) -> None:
    """Left indent with a hanging first line (a paragraph or a style)."""
    from docx.shared import Twips

    fmt = target.paragraph_format
    fmt.left_indent = Twips(left)
    fmt.first_line_indent = Twips(-hanging)


def end_mark(body) -> None:
    """UN documents end with a short centred rule under the last text."""
    from docx.shared import Pt

    paragraph = body.paragraph(style="Normal")
    paragraph.alignment = paragraph_alignment("center")
    paragraph.paragraph_format.space_before = Pt(24)
    paragraph.add_run("_" * 18)
