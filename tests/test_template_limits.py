"""User templates: read only inside their folder, and bounded in time, memory and output (issue 11)."""

import os

import pytest
from typer.testing import CliRunner

from egmplan.cli.main import app
from egmplan.render import templates as templates_module

from bundled import copy_meeting

NOT_BUILT = "egmplan: egm-cybercrime-2021: not built; earlier outputs are left as they were\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    copy_meeting(tmp_path / "meetings")
    (tmp_path / "templates").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _build(*args):
    # the original language only: the templates are the subject, not the meeting's other languages
    return CliRunner().invoke(app, ["agenda", "build", "egm-cybercrime-2021", "-f", "md", "--lang", "en", *args])


def _fails_with(project, message):
    result = _build()
    assert (result.exit_code, result.stderr) == (1, f"egmplan: error: {message}\n{NOT_BUILT}"
                                                    "FAILED: built 0 meetings, 0 files; 1 not built: "
                                                    "meetings/egm-cybercrime-2021.yaml\n")
    assert not (project / "build").exists()


def test_a_template_linked_to_proc_environ_is_refused(project, monkeypatch):
    monkeypatch.setenv("EGMPLAN_SECRET_FOR_TEST", "s3cr3t")
    (project / "templates" / "agenda.md.j2").symlink_to("/proc/self/environ")
    result = _build("-o", "-")
    assert result.exit_code == 1
    assert "s3cr3t" not in result.stdout + result.stderr
    assert result.stderr.startswith(
        "egmplan: error: templates/agenda.md.j2: refused: it is a link that leads outside the "
        "template folder templates (to /proc/")


def test_a_linked_folder_does_not_expose_files_outside(project):
    (project / "templates" / "root").symlink_to("/")
    (project / "templates" / "agenda.md.j2").write_text('{% include "root/etc/passwd" %}\n')
    _fails_with(project, "templates/root/etc/passwd: refused: it is a link that leads outside the "
                         "template folder templates (to /etc/passwd)")


def test_parent_folder_names_are_not_followed(project):
    (project / "secret.j2").write_text("secret\n")
    (project / "templates" / "agenda.md.j2").write_text('{% include "../secret.j2" %}\n')
    _fails_with(project, "template ../secret.j2 not found (looked in: templates)")


def test_a_link_inside_the_folder_is_followed(project):
    (project / "templates" / "shared").mkdir()
    (project / "templates" / "shared" / "agenda.md.j2").write_text("{{ view.meeting_id }}\n")
    (project / "templates" / "agenda.md.j2").symlink_to("shared/agenda.md.j2")
    result = _build("-o", "-")
    assert (result.exit_code, result.stdout) == (0, "egm-cybercrime-2021\n")


def test_a_template_that_is_a_pipe_is_refused_without_waiting(project):
    os.mkfifo(project / "templates" / "agenda.md.j2")
    _fails_with(project, "templates/agenda.md.j2: is a named pipe (FIFO), not a regular file; "
                         "a template must be a regular file")


def test_a_huge_template_is_refused_before_it_is_read(project):
    (project / "templates" / "agenda.md.j2").write_text("x" * (1024 * 1024 + 1))
    _fails_with(project, "templates/agenda.md.j2: the file is 1,048,577 bytes; "
                         "templates are limited to 1,048,576 bytes")


@pytest.mark.parametrize("source, message", [
    ("ok\n{{ 1 / 0 }}\n", "agenda.md.j2:2: ZeroDivisionError: division by zero"),
    ("{% macro f() %}{{ f() }}{% endmacro %}\n{{ f() }}\n",
     "agenda.md.j2:1: the template calls itself too deeply (a macro or include without an end?)"),
    ('{% include "agenda.md.j2" %}\n',
     "agenda.md.j2:1: the template calls itself too deeply (a macro or include without an end?)"),
    ('{{ "x" * 6000000000 }}\n', "agenda.md.j2:1: refused by the template sandbox: a repetition of "
                                 "6,000,000,000 characters or items is over the limit of 16,777,216"),
    ("{{ [1, 2] * 10000000 }}\n", "agenda.md.j2:1: refused by the template sandbox: a repetition of "
                                  "20,000,000 characters or items is over the limit of 16,777,216"),
    ("{{ 10 ** 100000000 }}\n", "agenda.md.j2:1: refused by the template sandbox: a power of about "
                                "400,000,000 bits is over the limit of 100,000"),
    ("{{ range(1000000) | list | length }}\n", "agenda.md.j2:1: OverflowError: Range too big. The sandbox "
                                                "blocks ranges larger than MAX_RANGE (100000)."),
    ("{{ cycler.__init__.__globals__ }}\n", "agenda.md.j2:1: refused by the template sandbox: access to "
                                            "attribute '__init__' of 'type' object is unsafe."),
])
def test_a_failing_template_gives_its_line_and_no_traceback(project, source, message):
    (project / "templates" / "agenda.md.j2").write_text(source)
    _fails_with(project, f"templates/{message}")


def test_a_render_is_bounded_in_time(project, monkeypatch):
    monkeypatch.setattr(templates_module, "TIME_LIMIT", 1)
    (project / "templates" / "agenda.md.j2").write_text(
        "\n{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}\n")
    _fails_with(project, "templates/agenda.md.j2:2: the template ran for more than 1 s, the limit "
                         "for one render (a loop that does not end?)")


def test_a_render_is_bounded_in_memory(project, monkeypatch):
    monkeypatch.setattr(templates_module, "MEMORY_LIMIT", 64 * 1024 * 1024)
    (project / "templates" / "agenda.md.j2").write_text(
        '{% set s = namespace(v="x") %}{% for i in range(40) %}{% set s.v = s.v ~ s.v %}{% endfor %}'
        "{{ s.v | length }}\n")
    _fails_with(project, "templates/agenda.md.j2:1: the template needs more than 64 MiB of memory, "
                         "the limit for one render")


def test_a_render_is_bounded_in_output(project, monkeypatch):
    monkeypatch.setattr(templates_module, "MAX_OUTPUT", 1_000_000)
    (project / "templates" / "agenda.md.j2").write_text('{% for i in range(100000) %}{{ "y" * 100 }}{% endfor %}')
    _fails_with(project, "templates/agenda.md.j2: the output is over 1,000,000 characters, "
                         "the limit for one template")


def test_a_render_stuck_where_the_child_cannot_stop_itself_is_killed(project, monkeypatch):
    # As if a single long computation kept the child from handling its own alarm.
    monkeypatch.setattr(templates_module, "TIME_LIMIT", 1)
    monkeypatch.setattr(templates_module, "_bound_this_process", lambda: None)
    (project / "templates" / "agenda.md.j2").write_text(
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}\n")
    _fails_with(project, "agenda.md.j2: the template ran for more than 1 s, the limit for one render")


@pytest.mark.parametrize("command", [["agenda", "build", "egm-cybercrime-2021", "-f", "md"], ["orgwork"]])
def test_a_templates_name_too_long_to_look_up_is_not_a_folder(project, command):
    name = "t" * 5000
    result = CliRunner().invoke(app, [*command, "--templates", name])
    assert result.exit_code == 2
    assert result.stderr.endswith(f"Error: Invalid value for '--templates': {name} is not a folder\n")
