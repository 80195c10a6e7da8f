"""One error hierarchy: every error egmplan raises on purpose is an EgmplanError whose class
says its exit code (1 the input cannot be used, 2 the command line is wrong), and one handler
(egmplan.cli.main) turns it into ``egmplan: error: ...`` and that code, in every command."""

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import egmplan
from egmplan.cli.main import app
from egmplan.clock import ClockError
from egmplan.errors import EgmplanError, PartialWriteError
from egmplan.render.registry import ExporterUnavailable
from egmplan.tz import WallTimeError

from conftest import MEETINGS, ROOT

runner = CliRunner()
SIXTH = str(MEETINGS / "egm-cybercrime-2020.yaml")

# Every error class and the exit code it maps to. A new class must be added here, with a case
# below that reaches the user through the command line.
EXIT_CODES = {
    "EgmplanError": 1,
    "InputError": 1,
    "UsageError": 2,
    "PlanningError": 1,
    "RenderError": 1,
    "OutputError": 1,
    "PartialWriteError": 1,
    "SourceDateEpochError": 2,
    "WallTimeError": 1,
    "ClockError": 1,
    "UnknownPlaceError": 2,
    "MeetingNotFound": 1,
    "UnknownMeetingId": 2,
    "UnknownItemError": 2,
    "ExporterUnavailable": 1,
    "UnknownFormat": 2,
    "UnknownReference": 2,
    "DifferentKinds": 2,
    "WriteBackError": 1,
    "WorkerDied": 1,
    "LanguageNotAvailable": 2,
}


def _every_error_class() -> dict[str, type]:
    for module in pkgutil.walk_packages(egmplan.__path__, "egmplan."):
        if module.name != "egmplan.__main__":
            importlib.import_module(module.name)
    found, todo = {}, [EgmplanError]
    while todo:
        cls = todo.pop()
        found[cls.__name__] = cls
        todo += cls.__subclasses__()
    return found


def test_every_error_class_states_its_exit_code():
    classes = _every_error_class()
    assert {name: cls.exit_code for name, cls in classes.items()} == EXIT_CODES


def _broken_template(tmp_path: Path) -> list[str]:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "orgwork.md.j2").write_text("{% for %}\n", encoding="utf-8")
    return ["orgwork", "-m", SIXTH, "-f", "md", "--templates", str(folder)]


def _folder_in_the_way(tmp_path: Path) -> list[str]:
    (tmp_path / "out.txt").mkdir()
    return ["schedule", "-m", SIXTH, "-o", str(tmp_path / "out.txt"), "-q"]


# (class, arguments or a function of tmp_path giving them, environment, exit code, stderr):
# each error raised by real input, through the one handler.
CASES = [
    ("InputError", ["connections", "-m", SIXTH], {}, 1,
     "egmplan: error: egm-cybercrime-2020 lists no participants; give --participants FILE or member-states\n"),
    ("UsageError", ["deadlines", "-m", SIXTH, "--tz", "all"], {}, 2,
     "egmplan: error: --tz all is not for deadlines; give one zone\n"),
    ("PlanningError", ["connections", "-m", SIXTH, "--participants", "member-states", "--capacity", "100"], {}, 1,
     "egmplan: error: 193 delegations cannot each have a speaking connection: the capacity is 100\n"),
    ("RenderError", _broken_template, {}, 1,
     "egmplan: error: {tmp}/templates/orgwork.md.j2:1: template syntax error: Expected an expression, got 'end of "
     "statement block'\n"),
    ("OutputError", _folder_in_the_way, {}, 1,
     "egmplan: error: cannot write {tmp}/out.txt: it is a folder, not a file\n"),
    ("SourceDateEpochError", ["schedule", "-m", SIXTH, "-f", "ics"], {"SOURCE_DATE_EPOCH": "yesterday"}, 2,
     "egmplan: error: SOURCE_DATE_EPOCH='yesterday' is not a timestamp: expected a whole number of seconds since "
     "1970-01-01 00:00:00 UTC, such as the output of 'date +%s'\n"),
    ("UnknownPlaceError", ["deadlines", "-m", SIXTH, "--tz", "Atlantis"], {}, 2, None),
    ("MeetingNotFound", ["deadlines", "-m", "missing.yaml"], {}, 1,
     "egmplan: error: no meeting file missing.yaml\n"),
    ("UnknownMeetingId", ["deadlines", "-m", "egm-cybercrime-2099"], {}, 2,
     "egmplan: error: no meeting 'egm-cybercrime-2099' in meetings; did you mean 'egm-cybercrime-2021'?\n"),
    ("UnknownItemError", ["orgwork", "plan", "-m", SIXTH, "--estimate", "9=10"], {}, 2,
     "egmplan: error: --estimate: '9' is no agenda item of egm-cybercrime-2020\n"),
    ("UnknownFormat", ["orgwork", "-m", SIXTH, "-f", "xml"], {}, 2,
     "egmplan: error: -f/--format: unknown format 'xml'; choose from table, text, md, csv, json, html, pdf\n"),
    ("UnknownReference", ["orgwork", "plan", "-m", SIXTH, "--pin", "9=last"], {}, 2,
     "egmplan: error: --pin: '9' is no agenda item of egm-cybercrime-2020\n"),
    ("LanguageNotAvailable", ["deadlines", "-m", SIXTH, "--lang", "de"], {}, 2,
     "egmplan: error: --lang de: egm-cybercrime-2020 is not issued in 'de' (meeting.languages); available: en\n"),
    ("DifferentKinds", ["diff", "participants/egm-cybercrime-2020-sample.yaml", SIXTH], {}, 2,
     "egmplan: error: participants/egm-cybercrime-2020-sample.yaml is a participants file and "
     "meetings/egm-cybercrime-2020.yaml a meeting file; compare two meeting files or two participants files\n"),
]


@pytest.mark.parametrize("name, args, environment, code, stderr", CASES, ids=[c[0] for c in CASES])
def test_each_error_reaches_the_user_as_its_message_and_exit_code(name, args, environment, code, stderr,
                                                                    tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    for key, value in environment.items():
        monkeypatch.setenv(key, value)
    if callable(args):
        args = args(tmp_path)
    raised = []
    original = EgmplanError.__init__

    def noting(self, *args, **kwargs):
        raised.append(type(self).__name__)
        original(self, *args, **kwargs)

    monkeypatch.setattr(EgmplanError, "__init__", noting)
    result = runner.invoke(app, args)
    assert name in raised  # UnknownPlaceError and UnknownItemError are said with the option that named them
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == code == EXIT_CODES[name]
    assert result.stdout == ""
    if stderr is None:  # the message itself is another test's (test_deadlines, test_places)
        assert result.stderr.startswith("egmplan: error: --tz Atlantis: ") and result.stderr.count("\n") == 1
    else:
        assert result.stderr == stderr.replace("{tmp}", str(tmp_path))


FLOW_MEETING = ('{meeting: {body: Expert Group on Testing, number: 3, venue: Vienna, timezone: Europe/Vienna, '
                'dates: {start: 2021-04-06, end: 2021-04-06}}, sittings: {default: [{start: "10:00", end: "13:00"}]}, '
                'agenda: [{title: Opening, estimated_minutes: 30}]}\n')


def test_a_plan_that_cannot_be_written_back_is_said_after_the_plan(tmp_path):
    """WriteBackError: the plan is printed (stdout), then why it cannot be written (exit 1)."""
    path = tmp_path / "flow.yaml"
    path.write_text(FLOW_MEETING, encoding="utf-8")
    result = runner.invoke(app, ["orgwork", "plan", "-m", str(path), "--write", "-q"])
    assert (result.exit_code, result.stderr) == (EXIT_CODES["WriteBackError"], (
        f"egmplan: error: {path}: the file is not a block mapping; cannot rewrite one of its blocks\n"))
    assert result.stdout == "flow: 30 of 180 minutes planned in 1 sitting of 1 on 1 day, 150 left.\n"
    assert path.read_text(encoding="utf-8") == FLOW_MEETING and not (tmp_path / "flow.yaml.bak").exists()


def test_a_build_worker_that_dies_is_said_not_waited_for(tmp_path, monkeypatch):
    """WorkerDied: a worker process killed mid-build (by the system when memory runs out, say)."""
    import os
    import re
    import subprocess
    import sys

    from egmplan.app import build

    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(build.PARALLEL_FROM + 4), str(tmp_path / "m")],
                   check=True, stdout=subprocess.DEVNULL)
    monkeypatch.setenv("EGMPLAN_MEETINGS", str(tmp_path / "m"))
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    here, real_job = os.getpid(), build._build_job

    def dies_in_a_worker(job):
        if os.getpid() != here and job[1].endswith("00005.yaml"):
            os._exit(9)
        return real_job(job)

    monkeypatch.setattr(build, "_build_job", dies_in_a_worker)
    result = runner.invoke(app, ["agenda", "build", "-q", "-f", "md", "-o", str(tmp_path / "out")])
    assert result.exit_code == EXIT_CODES["WorkerDied"]
    assert re.fullmatch(r"egmplan: error: worker process [0-9]+ ended unexpectedly\n", result.stderr), result.stderr


def test_every_error_class_has_a_command_line_case():
    covered = {case[0] for case in CASES} | {"EgmplanError", "PartialWriteError", "WallTimeError",
                                             "ExporterUnavailable", "ClockError", "WriteBackError", "WorkerDied"}
    assert covered == set(EXIT_CODES)


@pytest.mark.parametrize("error, code, stderr", [
    # Raised by no input today (the loader turns a skipped wall time into a diagnostic), but a
    # command that let one through would still say it plainly.
    (WallTimeError("02:30 does not exist in Europe/Vienna on 2021-03-28 (clocks move forward)"), 1,
     "egmplan: error: 02:30 does not exist in Europe/Vienna on 2021-03-28 (clocks move forward)\n"),
    # A failure between two renames (tests/test_hostile_writes.py makes a real one).
    # An optional format without its library (tests/test_formats.py asks for one on the command line).
    (ExporterUnavailable("the pdf format needs weasyprint, which is not installed: pip install 'egmplan[pdf]'"), 1,
     "egmplan: error: the pdf format needs weasyprint, which is not installed: pip install 'egmplan[pdf]'\n"),
    (PartialWriteError("out/b.txt", "Input/output error", ["out/a.txt"], ["out/b.txt"]), 1,
     "egmplan: error: cannot write out/b.txt: Input/output error\n"
     "egmplan: partly written: new: out/a.txt; as they were: out/b.txt\n"),
    # Every input holding a time words its own message from the ClockError (tests/test_clock.py).
    (ClockError("25:00", ClockError.HOURS), 1, "egmplan: error: 25:00 is not a time of day (hours run from 00 to 23)\n"),
    (EgmplanError("line one\nline two \x1b[31m"), 1, "egmplan: error: line one\\nline two \\x1b[31m\n"),
])
def test_the_handler_says_any_egmplan_error_on_one_line_with_its_code(error, code, stderr, monkeypatch):
    monkeypatch.chdir(ROOT)

    def failing(*args, **kwargs):
        raise error

    monkeypatch.setattr("egmplan.planning.deadlines.deadlines_dict", failing)
    result = runner.invoke(app, ["deadlines", "-m", SIXTH, "-f", "json", "-q"])
    assert (result.exit_code, result.stdout, result.stderr) == (code, "", stderr)


# --- no ValueError or KeyError for a user's mistake -------------------------------------------

# Where egmplan raises ValueError or KeyError on purpose, and why no user sees one. Anything
# else a user can get wrong raises an EgmplanError (the test above) or becomes a diagnostic.
DELIBERATE = {
    # Prompt answers: init turns each into click's "Error: <reason>" and asks again (test_init).
    ("cli/init.py", "_text"), ("cli/init.py", "check"), ("cli/init.py", "_number"), ("cli/init.py", "_zone"),
    ("cli/init.py", "_date"), ("cli/init.py", "_end_date"), ("cli/init.py", "_sittings"),
    ("scaffold.py", "parse_sittings"),
    # Value parsers the schema's checks turn into a diagnostic at the value's line.
    ("loader/limits.py", "parse_date"), ("loader/planning_schema.py", "parse_due"),
    # Option parsers: the command turns the reason into a usage error naming the option (exit 2).
    ("planning/suggest.py", "parse_duration"), ("planning/suggest.py", "parse_between"),
    ("planning/comfort.py", "_parse_range"), ("planning/comfort.py", "__post_init__"),
    # Mistakes in egmplan itself (a corrupt data file, a caller passing what the schema refuses).
    ("places.py", "load_countries"), ("style/__init__.py", "get_style"), ("tzif.py", "parse_zone_file"),
    # A format registered twice, or a terminal format asked of an exporter (render/registry.py).
    ("render/registry.py", "register"), ("render/registry.py", "exporters"), ("render/registry.py", "load"),
    # The style's contracts (a caller passing month 13, an unknown clock, an empty range), in every language.
    *{(f"style/{language}/{module}.py", name) for language in ("en", "fr", "es", "ru", "zh", "ar")
      for module, names in (("dates", ("month_name", "_check_clock", "format_time_range", "_check_order")),
                            ("grammar", ("_check_range", "ordinal_figure")))
      for name in names},
    ("style/ar/grammar.py", "_check_gender"),
}


def _raises_of(names: set[str]) -> set[tuple[str, str]]:
    source = ROOT / "src" / "egmplan"
    found = set()
    for path in sorted(source.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(function):
                if isinstance(node, ast.Raise) and node.exc is not None:
                    raised = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
                    if getattr(raised, "id", getattr(raised, "attr", None)) in names:
                        found.add((path.relative_to(source).as_posix(), function.name))
    return found


def test_valueerror_and_keyerror_are_raised_only_where_the_caller_handles_them():
    assert _raises_of({"ValueError", "KeyError", "LookupError"}) - DELIBERATE == set()


def test_the_list_of_deliberate_raises_is_not_stale():
    # A helper that moved or stopped raising leaves the list: keep it exact.
    assert DELIBERATE - _raises_of({"ValueError", "KeyError", "LookupError"}) == set()


@pytest.mark.parametrize("args, code, stderr", [
    (["suggest", "-m", SIXTH, "--participants", "member-states", "--length", "3"], 2,
     "Usage: egmplan suggest [OPTIONS]\nTry 'egmplan suggest --help' for help.\n\n"
     "Error: Invalid value for '--length': ambiguous length '3': write 3h for hours or 3m for minutes\n"),
    (["schedule", "-m", SIXTH, "--working", "8-19"], 2,
     "egmplan: error: working hours must look like 08:00-19:00, got '8-19'\n"),
])
def test_an_option_a_parser_refuses_is_a_usage_error_not_a_traceback(args, code, stderr, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert (result.exit_code, result.stdout, result.stderr) == (code, "", stderr)
