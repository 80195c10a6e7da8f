"""The agenda says the same in every format: whatever the view prints (masthead with its
session line, agenda, annotations, footnotes, the Deadlines section when the meeting asks
for it, the annex table) is read back from the Markdown, HTML, text and Word outputs."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from egmplan.render import markdown as md_exporter
from egmplan.render import text as txt_exporter
from egmplan.render.html import render as render_html
from egmplan.render.view import build_view

from bundled import STANDALONE, load_copy

ROOT = Path(__file__).resolve().parent.parent
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FORMATS = ["md", "html", "txt", "docx"]


def _meeting(meeting_id: str, **style: str) -> str:
    return _styled((ROOT / "meetings" / f"{meeting_id}.yaml").read_text(encoding="utf-8"), **style)


def _styled(text: str, **style: str) -> str:
    extra = "".join(f"    {key}: {value}\n" for key, value in style.items())
    return text.replace("  style:\n", "  style:\n" + extra, 1)


def _view(text: str, meeting_id: str = "egm-cybercrime-2021"):
    loaded = load_copy(text, "meeting.yaml", source=ROOT / "meetings" / f"{meeting_id}.yaml")
    assert loaded.meeting is not None, [d.message for d in loaded.diagnostics]
    return build_view(loaded.meeting)


def _normal(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _printed(view, fmt: str) -> str:
    """The text a reader sees in ``fmt``, whitespace collapsed."""
    import lxml.html

    if fmt == "md":
        from markdown_it import MarkdownIt

        page = lxml.html.fromstring(MarkdownIt("commonmark").enable("table").render(md_exporter.render(view)))
        return _normal(page.text_content())
    if fmt == "html":
        page = lxml.html.fromstring(render_html(view))
        for hidden in page.xpath("//head | //style | //*[contains(@class, 'visually-hidden')]"):
            hidden.drop_tree()
        return _normal(page.text_content())
    if fmt == "txt":
        return _normal(txt_exporter.render(view))
    from egmplan.render.docx import render

    package = zipfile.ZipFile(io.BytesIO(render(view)))
    paragraphs = []
    for part in ("word/document.xml", "word/footnotes.xml"):
        if part not in package.namelist():
            continue
        from lxml import etree

        for p in etree.fromstring(package.read(part)).iter(f"{W}p"):
            paragraphs.append("".join(" " if el.tag == f"{W}tab" else (el.text or "")
                                      for el in p.iter(f"{W}t", f"{W}tab")))
    return _normal("\n".join(paragraphs))


def _segments(spans) -> list[str]:
    """Runs of text between footnote references (each format marks a reference its own way)."""
    out, current = [], ""
    for span in spans:
        if span.footnote is not None:
            out.append(current)
            current = ""
        else:
            current += span.text
    return [s for s in (*out, current) if s.strip()]


def _content(view) -> list[str]:
    """Every string the view says to print."""
    m = view.masthead
    strings = [m.organ, m.symbol, m.distribution, m.issued, m.original, m.body, m.session_line, m.venue_dates,
               view.title, view.agenda_heading]
    strings += [entry.text for entry in view.agenda_lines]
    if view.annotated:
        strings.append(view.annotations_heading)
    for section in view.annotations:
        strings.append(section.heading)
        for block in section.blocks:
            for spans in (block.items if block.kind == "list" else (block.spans,)):
                strings += _segments(spans)
        if section.has_documentation:
            strings += [view.documentation_heading, *(d.text for d in section.documentation),
                        section.documentation_note]
    for footnote in view.footnotes:
        strings += _segments(footnote.spans)
    if view.deadlines:
        strings += [view.deadlines_heading, *view.deadlines]
    strings += [view.annex_label, view.annex_title, *view.table.columns]
    for line in view.table.lines:
        strings += [line.date, line.time, *(c.item for c in line.cells), *(c.title for c in line.cells)]
    return [_normal(s) for s in strings if s]


CASES = {
    "seventh meeting": _meeting("egm-cybercrime-2021"),
    "seventh meeting, session line and deadlines": _meeting("egm-cybercrime-2021", session_line="true",
                                                             deadlines_section="true"),
    "sixth meeting, deadlines": _meeting("egm-cybercrime-2020", deadlines_section="true", session_line="true"),
    "sixth meeting": _meeting("egm-cybercrime-2020"),
}


@pytest.mark.parametrize("case", CASES)
def test_every_format_prints_the_whole_view(case):
    view = _view(CASES[case], "egm-cybercrime-2020" if case.startswith("sixth") else "egm-cybercrime-2021")
    content = _content(view)
    for fmt in FORMATS:
        printed = _printed(view, fmt)
        missing = [s for s in content if s not in printed]
        assert missing == [], fmt


@pytest.mark.parametrize("fmt", FORMATS)
def test_deadlines_print_only_where_the_meeting_asks_and_then_in_every_format(fmt):
    line = ("Nomination of delegates who will use a speaker link: Wednesday, 22 July 2020, 6 p.m. "
            "(close of business), Vienna time")
    asked = _view(_meeting("egm-cybercrime-2020", deadlines_section="true"), "egm-cybercrime-2020")
    assert asked.deadlines == (line,)
    assert re.search("Deadlines (- )?" + re.escape(line), _printed(asked, fmt))   # txt: "- " before each
    default = _view(_meeting("egm-cybercrime-2020"), "egm-cybercrime-2020")
    assert default.deadlines == ()
    printed = _printed(default, fmt)
    assert "Deadlines" not in printed and "speaker link" not in printed


# --- the session line ---------------------------------------------------------------------------


def test_session_line_default_follows_the_kind_of_gathering():
    eg = _view(_meeting("egm-cybercrime-2021"))
    assert (eg.masthead.session, eg.masthead.session_line) == ("Seventh meeting", None)
    session = _view(_meeting("egm-cybercrime-2021").replace("  kind: meeting\n", "  kind: session\n", 1))
    assert session.masthead.session_line == "Seventh session"
    forced = _view(_meeting("egm-cybercrime-2021", session_line="true"))
    assert forced.masthead.session_line == "Seventh meeting"
    off = _view(_meeting("egm-cybercrime-2021", session_line="false").replace("kind: meeting", "kind: session"))
    assert off.masthead.session_line is None


def test_twenty_eighth_session_is_spelled_out_and_capitalised():
    # Standing alone: as the 28th meeting it is not the series' seventh, whose history it recounts.
    text = _styled(STANDALONE.read_text(encoding="utf-8")).replace("  number: 7\n", "  number: 28\n", 1)
    view = _view(text.replace("  kind: meeting\n", "  kind: session\n", 1))
    assert view.masthead.session_line == "Twenty-eighth session"


MASTHEAD_BODY = "Expert Group to Conduct a Comprehensive Study on Cybercrime"


@pytest.mark.parametrize(("fmt", "expected"), [
    ("md", f"**{MASTHEAD_BODY}**\\\nSeventh meeting\\\nVienna, 6–8 April 2021\n"),
    ("html", f'<p class="body-name">{MASTHEAD_BODY}</p>\n<p class="session">Seventh meeting</p>\n'
             "<p>Vienna, 6–8 April 2021</p>\n"),
    ("txt", f"{MASTHEAD_BODY}\nSeventh meeting\nVienna, 6–8 April 2021\n"),
])
def test_session_line_stands_between_the_body_and_the_venue(fmt, expected):
    view = _view(_meeting("egm-cybercrime-2021", session_line="true"))
    rendered = {"md": md_exporter.render, "html": render_html, "txt": txt_exporter.render}[fmt](view)
    assert expected in rendered
    plain = _view(_meeting("egm-cybercrime-2021"))
    without = {"md": md_exporter.render, "html": render_html, "txt": txt_exporter.render}[fmt](plain)
    assert "Seventh meeting" not in without


def test_session_line_in_word_is_a_masthead_paragraph_between_body_and_venue():
    import docx

    from egmplan.render.docx import render

    for style, expected in (({"session_line": "true"}, ["Seventh meeting"]), ({}, [])):
        document = docx.Document(io.BytesIO(render(_view(_meeting("egm-cybercrime-2021", **style)))))
        texts = [(p.style.name, p.text.replace("\u00a0", " ")) for p in document.paragraphs]
        start = texts.index(("Masthead", MASTHEAD_BODY))
        assert texts[start:start + 2 + len(expected)] == [
            ("Masthead", MASTHEAD_BODY), *(("Masthead", e) for e in expected), ("Masthead", "Vienna, 6–8 April 2021")]


def test_the_check_can_fail():
    """Positive control: a string the view does not print is found missing in every format."""
    view = _view(CASES["seventh meeting"])
    for fmt in FORMATS:
        assert "Twenty-eighth session" not in _printed(view, fmt)
        assert re.search(r"Annotated provisional agenda", _printed(view, fmt))
