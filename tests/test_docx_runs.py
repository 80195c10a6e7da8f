"""The Word exporter's own ways of writing runs (element by element, and as XML text for the
annex's rows) write exactly the XML python-docx's ``paragraph.add_run`` writes."""

from __future__ import annotations

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from lxml import etree

from egmplan.render.docx.body import run_xml, text_run

TEXTS = [
    "Opening of the session",
    "",
    " leading space",
    "trailing space ",
    "no-break\u00a0space",
    "\u00a0no-break at both ends\u00a0",
    "Fish & chips <b> \"quoted\" 'single' >",
    "1.\tLabel after a tab",
    "line one\nline two",
    "carriage\rreturn",
    "\ttab first, newline last\n",
    "tab\t\ttwice, spaces around \t ",
    "\u062c\u062f\u0648\u0644 \u0627\u0644\u0623\u0639\u0645\u0627\u0644 2021",
]
# text_run's (and run_xml's) options as the exporter passes them: none, bold, italic, and
# italic=None (an empty w:rPr, as python-docx leaves after run.italic = None).
MARKS = {None: {}, "b": {"bold": True}, "i": {"italic": True}, "": {"italic": None}}


def _xml(r) -> bytes:
    """The run as XML, moved into a paragraph of its own that declares the w: namespace."""
    paragraph = parse_xml(f"<w:p {nsdecls('w')}/>")
    paragraph.append(r)
    return etree.tostring(paragraph)


def _python_docx_run(text: str, mark: str | None) -> bytes:
    run = docx.Document().add_paragraph().add_run(text)
    if mark == "b":
        run.bold = True
    elif mark == "i":
        run.italic = True
    elif mark == "":
        run.italic = None
    return _xml(run._r)


@pytest.mark.parametrize("mark", list(MARKS))
@pytest.mark.parametrize("text", TEXTS)
def test_run_xml_parsed_is_the_run_python_docx_writes(text, mark):
    paragraph = parse_xml(f"<w:p {nsdecls('w')}>{run_xml(text, **MARKS[mark])}</w:p>")
    assert _xml(paragraph[0]) == _python_docx_run(text, mark)


@pytest.mark.parametrize("mark", list(MARKS))
@pytest.mark.parametrize("text", TEXTS)
def test_text_run_is_the_run_python_docx_writes(text, mark):
    paragraph = docx.Document().add_paragraph()
    run = text_run(paragraph, text, **MARKS[mark])
    assert _xml(getattr(run, "_r", run)) == _python_docx_run(text, mark)
