"""The pipeline's rules: the core never imports Typer or Rich; start-up stays light."""

import subprocess
import sys

CORE_MODULES = [
    "egmplan", "egmplan.tz", "egmplan.model", "egmplan.loader", "egmplan.planning.orgwork",
    "egmplan.planning.checks", "egmplan.catalog", "egmplan.output", "egmplan.placeholders", "egmplan.style",
]


def _imported_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return {name.split(".")[0] for name in out.split()}


def test_core_never_imports_typer_or_rich():
    modules = _imported_after("; ".join(f"import {m}" for m in CORE_MODULES))
    assert modules & {"typer", "rich", "click"} == set()


def test_cli_start_up_imports_no_heavy_library():
    modules = _imported_after("import egmplan.cli.main")
    assert modules & {"jinja2", "docx", "icalendar", "babel", "yaml", "lxml", "weasyprint"} == set()


def test_renderers_never_write_files():
    """render/ turns a meeting into bytes; egmplan.app and the commands write them (through egmplan.output)."""
    import re
    from pathlib import Path

    render = Path(__file__).resolve().parent.parent / "src" / "egmplan" / "render"
    writing = re.compile(r"write_files|write_atomic|os\.replace|os\.rename|\.write_bytes\(|\.write_text\(|"
                         r"\bopen\([^,)]*,\s*(mode=)?[\"'][^\"']*[wax+]|mkstemp|\.mkdir\(")
    found = [f"{path.relative_to(render)}:{n}: {line.strip()}" for path in sorted(render.rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if writing.search(line)]
    assert found == []


def test_zone_hints_load_only_for_a_wrong_zone():
    """egmplan.zonehints (and the places' spelling index) cost start-up; a command whose zones
    are all right never imports them."""
    code = ("import sys; from egmplan.cli.main import run; sys.argv = ['egmplan', 'schedule', '-m', "
            "'egm-cybercrime-2021', '--tz', 'Asia/Bangkok', '-f', 'json'];\n"
            "try:\n    run()\nexcept SystemExit:\n    pass\n"
            "print('zonehints' if 'egmplan.zonehints' in sys.modules else 'light', file=sys.stderr)")
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root)  # stdout: the schedule
    assert done.stderr.strip().splitlines()[-1] == "light", done.stderr


def _egmplan_modules_after_run(argv: list[str], env: dict[str, str] | None = None) -> set[str]:
    """The egmplan modules a whole `egmplan ...` process has imported when it ends."""
    import os
    from pathlib import Path

    code = ("import sys; from egmplan.cli.main import run\n"
            f"sys.argv = ['egmplan', *{argv!r}]\n"
            "try:\n    run()\nexcept SystemExit:\n    pass\n"
            "print('\\n'.join(m for m in sorted(sys.modules) if m.startswith('egmplan')), file=sys.stderr)")
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root,
                          env={**os.environ, **(env or {})})
    return set(done.stderr.split())


def test_version_imports_no_command():
    """Commands load lazily (cli.main.COMMANDS): --version imports none of them."""
    loaded = _egmplan_modules_after_run(["--version"])
    assert "egmplan.cli.main" in loaded
    assert {m for m in loaded if m.startswith(("egmplan.cli.", "egmplan.loader", "egmplan.planning",
                                                "egmplan.render"))} == {"egmplan.cli.common", "egmplan.cli.main"}


def test_completing_a_command_imports_only_that_command():
    """The shell's Tab on `egmplan schedule --tz Asia/B` loads the schedule command and no other."""
    loaded = _egmplan_modules_after_run([], {"_EGMPLAN_COMPLETE": "complete_bash",
                                             "COMP_WORDS": "egmplan schedule --tz Asia/B", "COMP_CWORD": "3"})
    from egmplan.cli.main import COMMANDS

    commands = {module for module, _ in COMMANDS.values()}
    assert loaded & commands == {"egmplan.cli.schedule"}


def test_help_lists_every_command_in_order():
    from typer.testing import CliRunner

    from egmplan.cli.main import COMMANDS, app

    out = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200"}).stdout
    listed = [line.split()[0] for line in out.split("Commands:\n", 1)[1].splitlines() if line.strip()]
    assert listed == ["validate", "schema", "schedule", "init", "diff", "suggest", "connections", "deadlines", "workplan",
                      "agenda", "orgwork", "translate", "site"]
    assert listed == list(COMMANDS)
