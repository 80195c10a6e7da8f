"""How a string left untranslated is marked when a build is allowed to print it
(``--allow-untranslated``), so that nobody issues it by mistake.

Text formats (plain text, Markdown, JSON, CSV, calendar) get ``[untranslated] `` before the
text. HTML and Word get a highlighted label instead: the meeting then carries :data:`MARK`, a
Unicode noncharacter that no meeting file or catalogue can hold (the loader refuses
noncharacters), and the renderers replace it: :func:`mark_html` with a ``<mark>`` element (or
the plain label where markup cannot stand: attributes, the title, style sheets), the Word
renderer with a highlighted run. Only the label is marked, never a span around user text, so
the HTML stays well formed whatever the text holds; an annotation of several paragraphs
gets the label as a paragraph of its own before its first.
"""

from __future__ import annotations

import re

MARK = "\ufdd0"
LABEL = "[untranslated]"

HTML_LABEL = '<mark class="untranslated" lang="{language}">' + LABEL + "</mark> "
HTML_STYLE = ("<style>mark.untranslated { background: #ff0; color: #000; font-weight: bold; }\n"
              "@media print { mark.untranslated { background: #ff0; color: #000; outline: 1pt solid #000; "
              "print-color-adjust: exact; -webkit-print-color-adjust: exact; } }</style>\n")

_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
_RAW = re.compile(r"<(title|style|script)\b", re.IGNORECASE)


def text_marked(text: str, rich: bool) -> str:
    """A one-paragraph string marked: ``[untranslated] text`` (or MARK + text)."""
    return (MARK if rich else LABEL + " ") + text


def annotation_marked(text: str, rich: bool) -> str:
    """An annotation marked: the label as a paragraph of its own, then the annotation."""
    return (MARK if rich else LABEL) + "\n\n" + text


def plain(text: str) -> str:
    """``text`` with each MARK written as the plain label."""
    return text.replace(MARK, LABEL + " ")


def mark_html(html: str, language: str = "en") -> str:
    """``html`` with each MARK in text made a highlighted ``<mark>`` label (``lang``: the
    original language), and the plain label inside tags, the title and style sheets; the
    label's style sheet is added before ``</head>``. HTML without MARK is returned unchanged."""
    if MARK not in html:
        return html
    label = HTML_LABEL.format(language=language)
    out = []
    raw = None  # inside <title>, <style> or <script>: text where no element can stand
    for piece in _TAG_OR_TEXT.split(html):
        if piece.startswith("<"):
            opening = _RAW.match(piece)
            if opening:
                raw = opening.group(1).lower()
            elif raw and piece.lower().startswith(f"</{raw}"):
                raw = None
            out.append(plain(piece))
        else:
            out.append(plain(piece) if raw else piece.replace(MARK, label))
    marked = "".join(out)
    head_end = marked.find("</head>")
    return marked if head_end < 0 else marked[:head_end] + HTML_STYLE + marked[head_end:]
