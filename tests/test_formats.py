"""One registry of formats (egmplan.render.registry): every command's -f/--format offers every
format of the kinds of input it takes, under the same names, and the docs list them; adding a
format is one registered module."""

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.cli.reference import command_paths, subcommands
from egmplan.render import registry

ROOT = Path(__file__).resolve().parent.parent
MEETING = "egm-cybercrime-2021"

# The kinds of input each command takes: what it offers is every format of these kinds.
COMMAND_KINDS = {
    ("agenda", "build"): (registry.AGENDA, registry.CALENDAR),
    ("orgwork",): (registry.ORGWORK,),
    ("schedule",): (registry.SCHEDULE, registry.CALENDAR),
    ("connections",): (registry.CONNECTIONS,),
    ("deadlines",): (registry.DEADLINES,),
    ("suggest",): (registry.SUGGESTION,),
    ("validate",): (registry.VALIDATION,),
    ("diff",): (registry.CHANGES,),
    ("workplan",): (registry.WORKPLAN,),
}
POSITIONAL = {("diff",): ["old.yaml", "new.yaml"]}


def _command(words):
    command = typer.main.get_command(app)
    for word in words:
        command = subcommands(command)[word]
    return command


def _format_param(command):
    found = [p for p in command.params if "--format" in getattr(p, "opts", ())]
    return found[0] if found else None


def _choices(words) -> list[str]:
    """What the command accepts, from the message a wrong format gets (exit 2, word for word)."""
    result = CliRunner().invoke(app, [*words, *POSITIONAL.get(words, []), "-f", "nope"])
    prefix = "egmplan: error: -f/--format: unknown format 'nope'; choose from "
    assert (result.exit_code, result.stdout, result.stderr.startswith(prefix), result.stderr.count("\n")) == (
        2, "", True, 1), result.output
    return result.stderr.removeprefix(prefix).rstrip("\n").split(", ")


def test_every_command_with_a_format_is_known_and_has_f_and_format():
    with_format = {tuple(words) for words in command_paths() if _format_param(_command(words))}
    assert with_format == set(COMMAND_KINDS)
    for words in COMMAND_KINDS:
        assert _format_param(_command(words)).opts == ["-f", "--format"], words


def test_every_kind_in_the_registry_is_offered_by_a_command():
    offered = {kind for kinds in COMMAND_KINDS.values() for kind in kinds}
    assert {e.kind for e in registry.EXPORTERS} == offered


@pytest.mark.parametrize("words", list(COMMAND_KINDS), ids=" ".join)
def test_each_command_offers_every_format_of_its_kinds(words):
    kinds = COMMAND_KINDS[words]
    assert _choices(words) == [e.name for e in registry.exporters(kinds)]
    help_text = " ".join(CliRunner().invoke(app, [*words, "--help"]).stdout.split())  # unwrapped
    assert [e.name for e in registry.exporters(kinds) if f"{e.name} ({e.description}" in help_text] == \
        [e.name for e in registry.exporters(kinds)]
    param = _command(words).params
    completed = [item.value for item in _format_param(_command(words)).shell_complete(
        _command(words).make_context("egmplan", [*POSITIONAL.get(words, [])], resilient_parsing=True), "")]
    assert completed == [e.name for e in registry.exporters(kinds)], param


def test_the_wrong_format_message_word_for_word():
    result = CliRunner().invoke(app, ["agenda", "build", MEETING, "--format", "md,rtf"])
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", (
        "egmplan: error: -f/--format: unknown format 'rtf'; choose from md, html, docx, text, json, csv, pdf, ics\n"))


def test_every_file_exporter_loads():
    for exporter in registry.EXPORTERS:
        if not exporter.terminal and exporter.available():
            assert callable(exporter.load()), exporter


def test_names_are_the_same_everywhere_text_not_txt():
    texts = [e for e in registry.EXPORTERS if e.name in ("txt", "text") or "txt" in e.aliases]
    assert {e.name for e in texts} == {"text"}


def test_txt_is_accepted_for_text_and_writes_agenda_txt(root, tmp_path, monkeypatch):
    monkeypatch.chdir(root)
    runner = CliRunner()
    english = ["--lang", "en"]  # the formats are the subject here, not the languages
    by_alias = runner.invoke(app, ["agenda", "build", MEETING, "-f", "txt", *english, "-o", str(tmp_path / "a"), "-q"])
    by_name = runner.invoke(app, ["agenda", "build", MEETING, "-f", "text", *english, "-o", str(tmp_path / "b"), "-q"])
    assert (by_alias.exit_code, by_name.exit_code) == (0, 0)
    written = [sorted(p.name for p in (tmp_path / d / MEETING).iterdir()) for d in "ab"]
    assert written == [["agenda.txt"], ["agenda.txt"]]
    assert (tmp_path / "a" / MEETING / "agenda.txt").read_bytes() == (tmp_path / "b" / MEETING / "agenda.txt").read_bytes()


def test_docs_list_every_format_of_every_command():
    cli_md = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    sections = {tuple(s.split("`", 1)[0].split()[1:]): s for s in cli_md.split("## `")[1:]}
    for words, kinds in COMMAND_KINDS.items():
        flat = " ".join(sections[words].split())  # the help is wrapped at 100 columns
        missing = [e.name for e in registry.exporters(kinds) if f"{e.name} ({' '.join(e.description.split())}" not in flat]
        assert missing == [], words
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    agenda_md = (ROOT / "docs" / "agenda.md").read_text(encoding="utf-8")
    schedules_md = (ROOT / "docs" / "schedules.md").read_text(encoding="utf-8")
    built = registry.exporters(COMMAND_KINDS[("agenda", "build")])
    assert [e.filename for e in built if f"`{e.filename}`" not in readme] == []
    assert [e.name for e in built if f"`{e.name}`" not in agenda_md] == []
    assert [e.name for e in registry.exporters(COMMAND_KINDS[("schedule",)]) if f"`{e.name}`" not in schedules_md] == []


FAKE_MODULE = '''
def render(view):
    return "fake orgwork of " + view.meeting_id + "\\n"
'''


@pytest.fixture
def fake_format(tmp_path, monkeypatch):
    """A new format, as a plug-in would add one: a module with render(view), one registration."""
    (tmp_path / "fake_exporter.py").write_text(FAKE_MODULE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(registry, "EXPORTERS", list(registry.EXPORTERS))
    for kind in (registry.ORGWORK, registry.AGENDA):
        registry.register(registry.Exporter(kind, "fake", "a test format", "fake_exporter:render",
                                            f"{kind}.fake", "text/plain"))


def test_a_registered_format_is_offered_rendered_and_built(fake_format, root, tmp_path, monkeypatch):
    monkeypatch.chdir(root)
    runner = CliRunner()
    assert _choices(("orgwork",)) == ["table", "text", "md", "csv", "json", "html", "pdf", "fake"]
    shown = runner.invoke(app, ["orgwork", "-m", MEETING, "-f", "fake"])
    assert (shown.exit_code, shown.stdout) == (0, f"fake orgwork of {MEETING}\n")
    built = runner.invoke(app, ["agenda", "build", MEETING, "-o", str(tmp_path / "out"), "-q"])
    assert built.exit_code == 0, built.output
    assert (tmp_path / "out" / MEETING / "agenda.fake").read_text() == f"fake orgwork of {MEETING}\n"


def test_a_registered_format_is_in_the_help_and_completion(tmp_path):
    """In a fresh process (the help is written when the commands are defined): registered
    before the command line is loaded, the format is in its help and its completion."""
    (tmp_path / "fake_exporter.py").write_text(FAKE_MODULE, encoding="utf-8")
    script = textwrap.dedent(f'''
        import json, sys
        sys.path.insert(0, {str(tmp_path)!r})
        from egmplan.render import registry
        registry.register(registry.Exporter(registry.ORGWORK, "fake", "a test format", "fake_exporter:render"))
        from typer.testing import CliRunner
        from egmplan.cli.main import app
        help_text = " ".join(CliRunner().invoke(app, ["orgwork", "--help"]).stdout.split())
        print(json.dumps("fake (a test format)" in help_text))
    ''')
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert json.loads(done.stdout) is True, done.stderr
    env = {**os.environ, "_EGMPLAN_COMPLETE": "complete_bash", "COMP_WORDS": "egmplan agenda build -f t",
           "COMP_CWORD": "4"}
    completed = subprocess.run([sys.executable, "-m", "egmplan"], env=env, cwd=ROOT, capture_output=True, text=True)
    assert completed.stdout.split() == ["text"]


@pytest.fixture
def optional_format(tmp_path, monkeypatch):
    """An exporter whose library is an optional extra that is not installed (as pdf without WeasyPrint)."""
    monkeypatch.setattr(registry, "EXPORTERS", list(registry.EXPORTERS))
    registry.register(registry.Exporter(registry.AGENDA, "paper", "a printable file", "egmplan_paper:render",
                                        "agenda.paper", "application/octet-stream", binary=True,
                                        requires=("egmplan_no_such_library",), extra="paper"))


def test_an_optional_format_without_its_library_says_how_to_install_it(optional_format, root, monkeypatch):
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["agenda", "build", MEETING, "-f", "paper"])
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", (
        "egmplan: error: the paper format needs egmplan_no_such_library, which is not installed: "
        "pip install 'egmplan[paper]'\n"))
    with pytest.raises(registry.ExporterUnavailable, match=r"pip install 'egmplan\[paper\]'"):
        registry.find([registry.AGENDA], "paper").load()


def test_agenda_build_skips_a_missing_optional_format_and_says_so_once(optional_format, root, tmp_path, monkeypatch):
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["agenda", "build", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stderr.splitlines() if "paper" in line]
    assert notes == ["egmplan: note: no paper: the paper format needs egmplan_no_such_library, which is not "
                     "installed: pip install 'egmplan[paper]'"]
    assert sorted(p.name for p in (tmp_path / MEETING).iterdir() if p.is_file()) == sorted(
        e.filename for e in registry.exporters(COMMAND_KINDS[("agenda", "build")]) if e.available())


def test_the_calendar_is_one_exporter_for_agenda_build_and_schedule():
    calendars = [e for e in registry.EXPORTERS if e.name == "ics"]
    assert [(e.kind, e.filename) for e in calendars] == [(registry.CALENDAR, "sittings.ics")]


def test_the_calendar_view_imports_neither_the_exporter_nor_icalendar():
    """No cycle: the calendar view (texts, UIDs, deadlines) knows nothing of the exporter that
    writes it, nor of icalendar; the deadlines are part of the view, not a second module."""
    code = ("import sys; from egmplan.render.calendar_view import build_calendar_view; "
            "print(sorted(m for m in sys.modules if m in ('egmplan.render.ics', 'icalendar') or 'deadlines_ics' in m))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n"


@pytest.mark.parametrize("args, loaded", [
    (["schedule", "-m", MEETING, "--tz", "Asia/Bangkok"], []),
    (["orgwork", "-m", MEETING, "-f", "json"], []),
    (["schedule", "-m", MEETING, "-f", "ics"], ["icalendar"]),
    (["schedule", "-m", MEETING, "-f", "html"], ["jinja2"]),
])
def test_a_format_loads_only_its_own_library(args, loaded):
    """Exporter modules are imported when their format is rendered, not when the registry is read."""
    code = ("import sys\nfrom egmplan.cli.main import run\n"
            f"sys.argv = ['egmplan', *{args!r}]\n"
            "try:\n    run()\nexcept SystemExit:\n    pass\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'jinja2', 'docx', 'icalendar', 'babel'}), "
            "file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.stderr.strip().splitlines()[-1] == repr(loaded), done.stderr


def test_find_follows_every_change_of_the_registry(monkeypatch):
    """find remembers what it found (agenda build asks for each format of each meeting): a
    replaced list, an exporter replaced in place, a registration and a removal are each seen
    by the next find."""
    from egmplan.render.build import BUILD_KINDS

    original = registry.find(BUILD_KINDS, "md")
    assert registry.find(BUILD_KINDS, " MD ") is original
    mine = original._replace(description="mine")
    monkeypatch.setattr(registry, "EXPORTERS", [mine if e is original else e for e in registry.EXPORTERS])
    assert registry.find(BUILD_KINDS, "md") is mine
    other = original._replace(description="other")
    registry.EXPORTERS[registry.EXPORTERS.index(mine)] = other
    assert registry.find(BUILD_KINDS, "md") is other
    with pytest.raises(registry.UnknownFormat):
        registry.find(BUILD_KINDS, "paper")
    paper = registry.register(registry.Exporter(registry.AGENDA, "paper", "a printable file", "egmplan_paper:render",
                                                "agenda.paper", aliases=("print",)))
    assert registry.find(BUILD_KINDS, "print") is paper
    registry.EXPORTERS.remove(paper)
    with pytest.raises(registry.UnknownFormat, match="unknown format 'print'"):
        registry.find(BUILD_KINDS, "print")
    monkeypatch.undo()
    assert registry.find(BUILD_KINDS, "md") is original


def test_a_build_renders_with_the_exporters_registered_now(fake_format, tmp_path, monkeypatch):
    """The markdown of a build after another build: what EXPORTERS holds now renders it."""
    from egmplan.app.check import load_and_check
    from egmplan.render.build import render_outputs

    meeting = load_and_check(ROOT / "meetings" / f"{MEETING}.yaml", MEETING).meeting
    before = render_outputs(meeting, ("md",))
    assert before["agenda.md"].startswith(b"United Nations\\\n")
    md = registry.find([registry.AGENDA], "md")
    registry.EXPORTERS[registry.EXPORTERS.index(md)] = md._replace(entry="fake_exporter:render", templates=False)
    assert render_outputs(meeting, ("md", "fake")) == {"agenda.md": f"fake orgwork of {MEETING}\n".encode(),
                                                      "agenda.fake": f"fake orgwork of {MEETING}\n".encode()}
