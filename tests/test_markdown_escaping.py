"""Every Markdown output renders user text as text: proven with a CommonMark parser.

A meeting whose every text starts with a block marker or holds raw HTML (a title ``# x``,
a symbol ``===``, a venue ``<div>``) is rendered to each Markdown output; markdown-it-py
parses the result and the token tree must equal the tree of the same document built from
a benign meeting of the same shape: no extra heading, list, quote, code block, table or
thematic break, and no ``html_block``/``html_inline`` at all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.loader import load_meeting_text
from egmplan.planning.diff import Change
from egmplan.render.changes import render_changes
from egmplan.style import get_style
from egmplan.render.filters import md_cell, md_escape

markdown_it = pytest.importorskip("markdown_it")

# Every way a line (or a list item, a footnote, a table cell) can become something else.
HOSTILE = [
    "# heading", "## closing hashes ##", "- bullet", "+ plus", "* star", "> quote", "1. ordered",
    "1) ordered", "===", "---", "***", "___", "```", "~~~ fence", "| a | b |", ":--- | ---:",
    "<div>block</div>", "<!-- comment -->", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
    "[link](javascript:alert(1))", "[ref]: /url", "[^9]: note", "&lt;entity&gt; &#60;", "<http://auto.link>",
    "**bold** _em_ `code`", "ends with a backslash \\", "2021. A year", "Title #", "$x$ ~~strike~~",
    "<?php x ?>", "<![CDATA[x]]>", "</p>", "![image](x.png)", "www.example.org", "\\# escaped already",
]
# Annotations are a Markdown subset whose own markup (``*italics*``, ``- `` lists,
# ``[^n]`` footnotes) is a feature: there only the markup they do not support is hostile.
HOSTILE_ANNOTATION = [t for t in HOSTILE if not t.startswith(("- ", "* ", "[^")) and "*" not in t]

MEETING = """\
meeting:
  body: {t[0]}
  short_body: {t[1]}
  number: 3
  symbol: {t[2]}
  venue: {t[3]}
  timezone: Europe/Vienna
  dates: {{start: 2021-04-05, end: 2021-04-07}}
  style: {{continued: {t[4]}}}
sittings:
  default:
    - {{start: "10:00", end: "13:00"}}
    - {{start: "15:00", end: "18:00"}}
  no_sitting:
    2021-04-05: {t[5]}
agenda:
  - title: {t[6]}
    items:
      - title: {t[7]}
        annotation: {annotation}
      - title: {t[8]}
        heading: {t[9]}
        documentation:
          - {{title: {t[10]}, symbol: {t[11]}}}
  - title: {t[12]}
    short_title: {t[13]}
    documentation_note: {t[14]}
  - title: {t[15]}
  - title: {t[16]}
  - title: {t[17]}
  - title: {t[18]}
  - title: {t[19]}
  - title: {t[20]}
  - title: {t[21]}
  - title: {t[22]}
  - title: {t[23]}
  - title: {t[24]}
  - title: {t[25]}
  - title: {t[26]}
  - title: {t[27]}
  - title: {t[28]}
  - title: {t[29]}
  - title: {t[30]}
  - title: {t[31]}
  - title: {t[32]}
  - title: {t[33]}
  - title: {t[34]}
  - title: {t[35]}
organization_of_work:
  2021-04-06:
    - ["1 (a)", "1 (b)", "2"]
    - ["2", "3", "4", "5", "6", "7", "8", "9", "10"]
  2021-04-07:
    - ["11", "12", "13", "14", "15", "16", "17"]
    - [{{item: "18", title: {t[0]}}}, "19", "20", "21", "22", "23"]
tracks:
  - name: {t[1]}
    agenda:
      - title: {t[2]}
    organization_of_work:
      2021-04-06:
        - ["1"]
        - ["1"]
deadlines:
  - {{label: {t[3]}, due: "-5d"}}
  - {{label: {t[4]}, due: "-3d COB"}}
"""


def _meeting(texts: list[str], paragraphs: list[str]) -> str:
    annotation = "\n\n".join(paragraphs) + "\n\n" + "\n".join(f"- {p}" for p in paragraphs) + "\n"
    return MEETING.format(t=[json.dumps(t) for t in texts], annotation=json.dumps(annotation))


def _benign(n: int) -> list[str]:
    return [f"Plain text {i}" for i in range(n)]


HOSTILE_MEETING = _meeting(HOSTILE, HOSTILE_ANNOTATION + ["Two lines\n===", "Two lines\n---", "Two\n# lines"])
BENIGN_MEETING = _meeting(_benign(len(HOSTILE)),
                          _benign(len(HOSTILE_ANNOTATION)) + ["Two lines\nplain", "Two lines\nplain", "Two\nlines"])


def _tokens(markdown: str):
    parser = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    return parser.parse(markdown)


def _tree(markdown: str) -> list[tuple]:
    """The document's structure: every block token, and inside each line of text every
    token that is not plain text (emphasis, links, code, HTML, line breaks)."""
    tree = []
    for token in _tokens(markdown):
        if token.type == "inline":
            tree.append(("inline", tuple(c.type for c in token.children or () if c.type != "text")))
        else:
            tree.append((token.type, token.tag, token.nesting, token.level))
    return tree


def _text(markdown: str) -> str:
    """What a reader sees: the plain text of every line."""
    return "\n".join(
        "".join(c.content for c in token.children or () if c.type == "text")
        for token in _tokens(markdown) if token.type == "inline"
    )


def _html(markdown: str) -> list[str]:
    found = []
    for token in _tokens(markdown):
        for t in [token, *(token.children or ())]:
            if t.type in ("html_block", "html_inline"):
                found.append(t.content)
    return found


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "meetings").mkdir()
    for name, text in (("hostile", HOSTILE_MEETING), ("benign", BENIGN_MEETING)):
        result = load_meeting_text(text)
        assert result.errors == [], result.errors
        (tmp_path / "meetings" / f"{name}.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


OUTPUTS = {
    "agenda.md": lambda m: _run("agenda", "build", m, "-f", "md", "-o", "-", "-q"),
    "orgwork md": lambda m: _run("orgwork", "-m", m, "-f", "md", "-q"),
    "schedule md wide": lambda m: _run("schedule", "-m", m, "-f", "md", "-q", "--tz", "Asia/Bangkok"),
    "schedule md long": lambda m: _run("schedule", "-m", m, "-f", "md", "-q", "--tz", "Asia/Bangkok",
                                       "--layout", "long"),
}


@pytest.mark.parametrize("output", OUTPUTS)
def test_hostile_text_makes_the_same_markdown_tree_as_benign_text(project, output):
    hostile, benign = OUTPUTS[output]("hostile"), OUTPUTS[output]("benign")
    assert "# heading" in _text(hostile)  # the text is still there, shown as written
    assert _html(hostile) == []
    assert _tree(hostile) == _tree(benign)


def test_diff_markdown_of_hostile_renames_has_the_benign_tree(project):
    def swapped(text: str, first: str, second: str) -> str:
        return text.replace(json.dumps(first), "\0").replace(json.dumps(second), json.dumps(first)) \
            .replace("\0", json.dumps(second))

    for name, meeting, texts in (("hostile", HOSTILE_MEETING, HOSTILE), ("benign", BENIGN_MEETING, _benign(36))):
        (project / f"{name}-2.yaml").write_text(swapped(meeting, texts[15], texts[16]), encoding="utf-8")
    hostile = _run("diff", "--format", "md", "meetings/hostile.yaml", "hostile-2.yaml")
    benign = _run("diff", "--format", "md", "meetings/benign.yaml", "benign-2.yaml")
    assert "“<div>block</div>”" not in hostile
    assert _html(hostile) == []
    assert _tree(hostile) == _tree(benign)
    def listing(title: str, old: str, new: str) -> str:
        renamed = Change("agenda", "changed", "agenda[0].title", "title", "Old", title, item="1")
        return render_changes([renamed], old, new, "md", get_style("en"))

    names = listing("# x", "<b>old</b>.yaml", "=== new.yaml")
    assert _html(names) == [] and _tree(names) == _tree(listing("x", "a", "b"))


def test_the_check_can_fail(project):
    """Controls: one raw hostile title in the benign document changes its tree or adds HTML."""
    benign = OUTPUTS["agenda.md"]("benign")
    assert "\n1. Plain text 6" in benign
    for raw in ("# heading", "- bullet", "> quote", "===", "```"):
        assert _tree(benign.replace("\n1. Plain text 6", f"\n{raw}")) != _tree(benign), raw
    assert "<img src=x>" in _html(benign.replace("Plain text 15", "<img src=x>"))
    assert _html(benign.replace("Plain text 3", "<div>x</div>")) != []


@pytest.mark.parametrize(("text", "line", "cell"), [
    ("# x", r"\# x", "# x"),
    ("1. x", r"1\. x", "1. x"),
    ("1)", r"1\)", "1)"),
    ("10.00–13.00", "10.00–13.00", "10.00–13.00"),
    ("+1", r"\+1", "+1"),
    ("===", r"\===", "==="),
    ("- x", r"\- x", "- x"),
    ("> x", r"\> x", r"\> x"),
    ("```", r"\`\`\`", r"\`\`\`"),
    ("    code", "code", "code"),
    ("Title #", r"Title \#", "Title #"),
    ("a | b", r"a \| b", r"a \| b"),
    ("<b>&amp;", r"\<b\>\&amp;", r"\<b\>\&amp;"),
    ("America/New_York _x_", r"America/New_York \_x\_", r"America/New_York \_x\_"),
    ("two\nlines\r\n===", "two lines ===", "two lines ==="),
])
def test_the_one_escaping_function(text, line, cell):
    assert (md_escape(text), md_cell(text)) == (line, cell)


def test_every_markdown_output_uses_the_one_escaping_function():
    """No module that writes user text keeps an escaper of its own (the schedule's and the
    diff's did; ``loader/describe.py`` writes docs from egmplan's own definitions)."""
    package = Path(md_escape.__code__.co_filename).resolve().parent.parent
    escapers = sorted(
        str(p.relative_to(package)) for folder in ("render", "planning", "cli") for p in (package / folder).rglob("*.py")
        if 'replace("|", "\\\\|")' in p.read_text() or "def _markdown_inert" in p.read_text()
    )
    assert escapers == []
