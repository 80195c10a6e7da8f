"""``egmplan agenda build``: golden documents for the seventh meeting (read against UNODC/CCPCJ/EG.4/2021/1),
templates and their sandbox, atomic all-or-nothing output, escaping."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.loader import load_meeting, load_meeting_text
from egmplan.render.view import build_view

from bundled import copy_bundled, copy_meeting

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "agenda"
MEETING_2021 = ROOT / "meetings" / "egm-cybercrime-2021.yaml"


def _run(*args):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A working directory with the three meetings and no templates folder."""
    copy_bundled(tmp_path / "meetings")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- golden files ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["md", "html", "txt"])
def test_agenda_build_matches_golden_file(project, fmt):
    result = _run("agenda", "build", "egm-cybercrime-2021", "-f", fmt, "-o", "out", "-q")
    assert result.exit_code == 0, result.output
    built = (project / "out" / "egm-cybercrime-2021" / f"agenda.{fmt}").read_text(encoding="utf-8")
    assert built == (GOLDEN / f"egm-cybercrime-2021.{fmt}").read_text(encoding="utf-8")


def test_agenda_build_defaults_to_every_meeting_and_every_format(project):
    pytest.importorskip("egmplan.render.docx")
    result = _run("agenda", "build")
    assert result.exit_code == 0, result.output
    for meeting_id in ("egm-cybercrime-2017", "egm-cybercrime-2020", "egm-cybercrime-2021"):
        names = sorted(p.name for p in (project / "build" / meeting_id).iterdir() if p.is_file())
        assert names == ["agenda.docx", "agenda.html", "agenda.json", "agenda.md", "agenda.pdf", "agenda.txt",
                         "orgwork.csv", "sittings.ics"]
    for language in ("fr", "es"):  # the seventh meeting's other languages, the same files in a folder each
        assert sorted(p.name for p in (project / "build" / "egm-cybercrime-2021" / language).iterdir()) == names
    assert "built 3 meetings, 40 files" in result.stderr


def test_agenda_text_lines_fit_80_columns_except_unbreakable_addresses():
    from egmplan.render.text import render

    text = render(build_view(load_meeting(MEETING_2021).meeting))
    long_lines = [line for line in text.splitlines() if len(line) > 80]
    assert all(" " not in line.strip().split(None, 1)[-1] for line in long_lines)  # one URL, nothing to break


def test_agenda_json_is_the_whole_view_model(project):
    result = _run("agenda", "build", "egm-cybercrime-2021", "-f", "json", "-o", "-")
    data = json.loads(result.stdout)
    assert sorted(data) == sorted([
        "meeting_id", "language", "timezone", "generated", "masthead", "title", "agenda_heading", "agenda",
        "annotations_heading", "annotations", "documentation_heading", "annex_label", "annex_title", "table",
        "footnotes", "annotated", "deadlines_heading", "deadlines",
    ])
    assert data["masthead"]["venue_dates"] == "Vienna, 6–8 April 2021"
    assert [f["number"] for f in data["footnotes"]] == [1, 2]


# --- the view model ------------------------------------------------------------------------


def test_view_agenda_punctuation_follows_rule_a2():
    view = build_view(load_meeting(MEETING_2021).meeting)
    assert [(e.label, e.text[-1]) for e in view.agenda_lines] == [
        ("1.", ":"), ("(a)", ";"), ("(b)", "."), ("2.", "."), ("3.", "."), ("4.", "."), ("5.", "."),
    ]


def test_view_fills_placeholders_from_the_meeting():
    view = build_view(load_meeting(MEETING_2021).meeting)
    opening = view.annotations[1]
    assert opening.blocks[0].text == (
        "The seventh meeting of the Expert Group to Conduct a Comprehensive Study on Cybercrime "
        "will be opened on Tuesday, 6 April 2021, at 10 a.m."
    )
    last = view.annotations[2].blocks[-1].text
    assert last.endswith("permit the holding of six plenary meetings over the course of three days, "
                         "with interpretation into the six official languages of the United Nations.")


MINIMAL = (ROOT / "tests" / "corpus" / "valid-minimal.yaml").read_text(encoding="utf-8")


def _with_annotations(first: str, second: str) -> str:
    return MINIMAL.replace(
        "      - title: Opening of the meeting\n",
        "      - title: Opening of the meeting\n        annotation: |\n"
        + "".join(f"          {line}\n" for line in first.splitlines()),
    ).replace(
        "  - title: Other matters\n",
        "  - title: Other matters\n    annotation: |\n" + "".join(f"      {line}\n" for line in second.splitlines()),
    )


def test_view_numbers_footnotes_across_the_document():
    text = _with_annotations(
        "One *inter alia* note.[^1] Another.[^b]\n\n[^1]: First.\n[^b]: Second.",
        "Later.[^1]\n\n[^1]: Third, *italic*.",
    )
    result = load_meeting_text(text)
    assert result.errors == []
    view = build_view(result.meeting)
    assert [(f.number, f.text) for f in view.footnotes] == [(1, "First."), (2, "Second."), (3, "Third, italic.")]
    spans = view.annotations[1].blocks[0].spans
    assert [(s.text, s.italic, s.footnote) for s in spans] == [
        ("One ", False, None), ("inter alia", True, None), (" note.", False, None), ("1", False, 1),
        (" Another.", False, None), ("2", False, 2),
    ]


def test_view_parses_bullet_lists_between_paragraphs():
    result = load_meeting_text(_with_annotations("Listed below:\n\n- Chapter 3\n- Chapter 4\n\nAfter.", "x"))
    blocks = build_view(result.meeting).annotations[1].blocks
    assert [b.kind for b in blocks] == ["paragraph", "list", "paragraph"]
    assert [[s.text for s in item] for item in blocks[1].items] == [["Chapter 3"], ["Chapter 4"]]


# --- stdout, invalid meetings, atomicity -----------------------------------------------------


def test_agenda_build_writes_one_format_to_stdout(project):
    result = _run("agenda", "build", "egm-cybercrime-2021", "-f", "md", "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout == (GOLDEN / "egm-cybercrime-2021.md").read_text(encoding="utf-8")
    assert not (project / "build").exists()


def test_agenda_build_stdout_needs_exactly_one_format(project):
    result = _run("agenda", "build", "egm-cybercrime-2021", "-o", "-")
    assert result.exit_code == 2


def test_agenda_build_invalid_meeting_writes_nothing_and_keeps_old_outputs(project):
    assert _run("agenda", "build", "-f", "md", "-f", "txt").exit_code == 0
    old = project / "build" / "egm-cybercrime-2021" / "agenda.md"
    before = old.read_bytes()
    path = project / "meetings" / "egm-cybercrime-2021.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("number: 7", "number: seven")
                    .replace("Adoption of the report\n", "Adoption of the report {nope}\n", 1), encoding="utf-8")
    (project / "meetings" / "egm-cybercrime-2020.yaml").touch()
    result = _run("agenda", "build", "-f", "md", "-f", "txt", "-f", "html")
    assert result.exit_code == 1
    assert "meetings/egm-cybercrime-2021.yaml:" in result.stderr
    assert old.read_bytes() == before
    assert not (project / "build" / "egm-cybercrime-2021" / "agenda.html").exists()
    assert (project / "build" / "egm-cybercrime-2020" / "agenda.html").exists()  # the others are built
    assert "FAILED: built 2 meetings" in result.stderr


def test_agenda_build_unknown_meeting_id_is_a_command_line_error(project):
    result = _run("agenda", "build", "egm-cybercrime-2099", "-f", "md")
    assert (result.exit_code, result.stderr) == (2, (
        "egmplan: error: no meeting 'egm-cybercrime-2099' in meetings; did you mean 'egm-cybercrime-2021'?\n"))
    assert not (project / "build").exists()


def test_agenda_build_quiet_prints_nothing_when_all_is_well(project):
    result = _run("agenda", "build", "egm-cybercrime-2021", "-f", "md", "-q")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


# --- templates ------------------------------------------------------------------------


def test_user_template_overrides_one_file_and_keeps_the_rest(project):
    templates = project / "templates"
    templates.mkdir()
    (templates / "_table.md.j2").write_text("TABLE for {{ view.meeting_id }}\n", encoding="utf-8")
    result = _run("agenda", "build", "egm-cybercrime-2021", "-f", "md", "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("## Proposed organization of work\n\nTABLE for egm-cybercrime-2021\n")
    assert result.stdout.startswith("United Nations\\\nUNODC/CCPCJ/EG.4/2021/1\n")


def test_templates_option_names_the_folder(project):
    folder = project / "mine"
    folder.mkdir()
    (folder / "agenda.txt.j2").write_text("{{ view.masthead.venue_dates }}\n", encoding="utf-8")
    result = _run("agenda", "build", "egm-cybercrime-2021", "-f", "txt", "-o", "-", "--templates", str(folder))
    assert result.stdout == "Vienna, 6–8 April 2021\n"


def test_user_template_is_sandboxed(project):
    templates = project / "templates"
    templates.mkdir()
    (templates / "agenda.html.j2").write_text("<p>\n{{ cycler.__init__.__globals__ }}\n</p>\n", encoding="utf-8")
    result = _run("agenda", "build", "egm-cybercrime-2021", "-f", "md", "-f", "html")
    assert result.exit_code == 1
    assert "agenda.html.j2:2: refused by the template sandbox" in result.stderr
    assert not (project / "build").exists()  # not even agenda.md, rendered before the failure


def test_template_error_names_template_and_line_and_writes_nothing(project):
    templates = project / "templates"
    templates.mkdir()
    (templates / "agenda.md.j2").write_text("# {{ view.title }}\n\n{{ view.no_such_field }}\n", encoding="utf-8")
    result = _run("agenda", "build", "egm-cybercrime-2021", "-f", "md")
    assert result.exit_code == 1
    assert "agenda.md.j2:3:" in result.stderr and "no_such_field" in result.stderr
    assert not (project / "build").exists()


def test_template_syntax_error_names_template_and_line(project):
    templates = project / "templates"
    templates.mkdir()
    (templates / "agenda.txt.j2").write_text("ok\n{% for x in %}\n", encoding="utf-8")
    result = _run("agenda", "build", "egm-cybercrime-2021", "-f", "txt")
    assert result.exit_code == 1
    assert "agenda.txt.j2:2: template syntax error" in result.stderr


def test_builtin_templates_use_a_plain_environment_and_user_ones_a_sandbox(tmp_path):
    from jinja2.sandbox import SandboxedEnvironment

    from egmplan.render.templates import environment

    assert not isinstance(environment(()), SandboxedEnvironment)
    assert isinstance(environment((str(tmp_path),)), SandboxedEnvironment)
    assert environment(()) is environment(())  # one per process


# --- escaping -----------------------------------------------------------------------------

HOSTILE = MINIMAL.replace(
    "  - title: Other matters",
    '  - title: "<script>alert(1)</script> a | b & c d *e* [f](g)"',
)


@pytest.fixture
def hostile(project):
    assert load_meeting_text(HOSTILE).errors == []
    (project / "meetings" / "hostile.yaml").write_text(HOSTILE, encoding="utf-8")
    return "hostile"


def test_html_escapes_hostile_titles(hostile):
    html = _run("agenda", "build", hostile, "-f", "html", "-o", "-").stdout
    assert "<script" not in html
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt; a | b &amp; c d *e* [f](g)") == 2  # the list and the table


def test_markdown_escapes_hostile_titles(hostile):
    md = _run("agenda", "build", hostile, "-f", "md", "-o", "-").stdout
    row = next(line for line in md.splitlines() if line.startswith("|  | 3–6 p.m."))
    assert row == r"|  | 3–6 p.m. | 2 | \<script\>alert(1)\</script\> a \| b \& c d \*e\* \[f\](g) |"
    assert "2. \\<script\\>alert(1)\\</script\\> a \\| b \\& c d \\*e\\* \\[f\\](g)." in md.splitlines()


def test_rich_table_does_not_read_titles_as_markup(project):
    meeting = MINIMAL.replace("  - title: Other matters", "  - title: \"[bold]Other[/bold] matters\"")
    (project / "meetings" / "markup.yaml").write_text(meeting, encoding="utf-8")
    result = _run("orgwork", "-m", "markup", "--format", "table")
    assert "[bold]Other[/bold] matters" in result.stdout


def test_newlines_in_titles_cannot_break_markdown_or_html_structure():
    """The loader refuses multi-line titles; the exporters still never let one through."""
    import dataclasses

    from egmplan.render.html import render as html
    from egmplan.render.markdown import render as markdown

    meeting = load_meeting_text(MINIMAL).meeting
    other = dataclasses.replace(meeting.agenda[1], title="a\n| b |\n# c")
    view = build_view(dataclasses.replace(meeting, agenda=(meeting.agenda[0], other)))
    md = markdown(view)
    assert "2. a \\| b \\| # c." in md.splitlines()
    assert "|  | 3–6 p.m. | 2 | a \\| b \\| # c |" in md.splitlines()
    assert '<li><span class="label">2.</span><span>a | b | # c.</span>' in html(view)


def test_two_meetings_with_the_same_id_are_refused_before_anything_is_built(tmp_path, monkeypatch):
    for folder, source in (("a", "egm-cybercrime-2021.yaml"), ("b", "egm-cybercrime-2020.yaml")):
        copy_meeting(tmp_path / folder, "x.yaml", source=ROOT / "meetings" / source)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["agenda", "build", "a/x.yaml", "b/x.yaml"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for PATH: a/x.yaml and b/x.yaml would both be built into build/x/; "
        "build them separately with -o")
    assert not (tmp_path / "build").exists()
