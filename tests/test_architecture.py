"""The pipeline's rules: the core never imports Typer or Rich; start-up stays light."""

import subprocess
import sys

import pytest

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


def _warm_run(argv: list[str], cache_home) -> str:
    """What a run of ``egmplan *argv`` reports on stderr after a first run has filled the cache
    of checked meetings (``XDG_CACHE_HOME`` = ``cache_home``): the loaded modules and the
    classes that ``@dataclass`` compiled methods for, one per line."""
    import os
    from pathlib import Path

    code = ("import sys; from egmplan.cli.main import run\n"
            f"sys.argv = ['egmplan', *{argv!r}]\n"
            "try:\n    run()\nexcept SystemExit:\n    pass\n"
            "from egmplan.record import Record\n"
            "compiled = sorted(f'compiled {c.__module__}.{c.__qualname__}' for m in list(sys.modules.values()) "
            "for c in vars(m).values() if isinstance(c, type) and getattr(c, '__module__', '').startswith('egmplan') "
            "and '__dataclass_fields__' in vars(c) and not issubclass(c, Record))\n"
            "print('\\n'.join([*sorted(sys.modules), *compiled]), file=sys.stderr)")
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, env=env)
            for _ in range(2)]
    assert runs[0].stdout == runs[1].stdout
    return runs[1].stderr


COMMANDS_ON_A_WARM_CACHE = [
    ["schedule", "-m", "egm-cybercrime-2021", "--tz", "Asia/Bangkok"],
    ["validate", "meetings/egm-cybercrime-2021.yaml"],
    ["orgwork", "-m", "egm-cybercrime-2021"],
    # the bench's suggest: the Member States without the loader (egmplan.member_states)
    ["suggest", "-m", "egm-cybercrime-2020", "--participants", "member-states", "--sittings", "2"],
]



@pytest.mark.parametrize("argv", COMMANDS_ON_A_WARM_CACHE, ids=[a[0] for a in COMMANDS_ON_A_WARM_CACHE])
def test_a_run_on_a_warm_cache_loads_only_what_it_prints(argv, tmp_path):
    """Issue 15: served from the cache, the everyday commands import no loader, PyYAML or
    Babel (validate's catalogue diagnostics are in the entry), no OpenSSL (hashlib) or tempfile,
    no Rich when piped, orgwork no annotations; and no class of egmplan's on the way is a
    dataclass whose methods were compiled at start-up (egmplan.record.Record writes them)."""
    lines = _warm_run(argv, tmp_path / "cache").splitlines()
    loaded = {line for line in lines if not line.startswith("compiled")}
    unwanted = {"yaml", "babel", "hashlib", "_hashlib", "tempfile", "rich", "egmplan.loader.load",
                "egmplan.loader.yamltree", "egmplan.loader.catalogues", "egmplan.planning.checks",
                "egmplan.render.annotation", "egmplan.placeholders"}
    assert {m for m in loaded if m in unwanted or m.split(".")[0] in unwanted} == set()
    # but for LocalSitting, a mutable slots dataclass of the all-zones work (issue 15)
    assert {line for line in lines if line.startswith("compiled")} <= {
        "compiled egmplan.planning.zone_conversions.LocalSitting"}


def test_the_collector_is_as_usual_once_the_command_runs(tmp_path):
    """cli.main: the cycle collector runs less often during start-up (thresholds
    START_UP_THRESHOLDS), then as usual for the command's work, with the start-up's objects
    set apart (gc.freeze); the program's first check of a meeting (a miss of the cache, which
    imports the loader, PyYAML and Babel) runs with it paused, and what it made is set apart
    too (egmplan.app.meeting_cache); the program skips its full pass at exit."""
    code = ("import gc, sys\nbefore = gc.get_threshold()\n"
            "from egmplan.cli.main import START_UP_THRESHOLDS, app, run\n"
            "assert gc.get_threshold() == START_UP_THRESHOLDS and gc.get_freeze_count() == 0\n"
            "seen = []\n"
            "import egmplan.app.check as check\noriginal = check.load_and_check\n"
            "def watching(*a, **k):\n    seen.append((gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()))\n"
            "    found = original(*a, **k)\n    seen.append((gc.get_threshold(), gc.get_freeze_count(), gc.isenabled()))\n"
            "    return found\n"
            "check.load_and_check = watching\n"
            "checked = check.checked\n"
            "def checking(*a, **k):\n    seen.append(gc.isenabled())\n    return checked(*a, **k)\n"
            "check.checked = checking\n"
            "sys.argv = ['egmplan', 'validate', 'meetings/egm-cybercrime-2020.yaml', '-q']\n"
            "try:\n    run()\nexcept SystemExit:\n    pass\n"
            "(start, frozen, on), paused, (end, frozen_after, on_after) = seen\n"
            "print(start == end == before, frozen > 0, frozen_after > frozen, on, paused, on_after, gc.isenabled(),"
            " file=sys.stderr)")
    import os
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root,
                          env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "empty")})
    assert done.stderr.split()[-7:] == ["True", "True", "True", "True", "False", "True", "False"], done.stderr
