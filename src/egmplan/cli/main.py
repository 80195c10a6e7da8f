"""``egmplan``: the entry point. Commands import heavy libraries inside their bodies."""

from __future__ import annotations

import gc
from importlib import import_module
from pathlib import Path

# Start-up allocates a hundred thousand objects (Typer, egmplan's modules) that live as long
# as the process: the cycle collector's passes over them, every 700 allocations by default,
# and its full pass at exit cost a short command a few per cent of its CPU time (bench/
# RESULTS.md, issue 15). Until the command's own module is imported the collector runs less
# often; then those objects are set apart (gc.freeze: later passes skip them) and it runs as
# usual, for the command's work (a Word build makes garbage cycles fast).
_THRESHOLDS = gc.get_threshold()
START_UP_THRESHOLDS = (100_000, 10, 10)
gc.set_threshold(*START_UP_THRESHOLDS)
_starting = True
_program = False  # run(): the egmplan program, not a test or another program importing this


def _started() -> None:
    """The end of start-up: the first command is loaded (its module imported). Only the program
    freezes what it has: another program's objects are its own business."""
    global _starting
    if _starting:
        _starting = False
        if _program:
            gc.freeze()
        gc.set_threshold(*_THRESHOLDS)


import typer  # noqa: E402 (after the collector's thresholds)
import typer.main  # noqa: E402
from typer.core import TyperGroup  # noqa: E402
from typer.models import CommandInfo  # noqa: E402

from egmplan.cli import common  # noqa: E402
from egmplan.errors import EgmplanError, PartialWriteError, printable  # noqa: E402

# Each command as (module, name): a function becomes a command, a Typer app a group. A command's
# module is imported only when that command is run, completed or listed in the help (Click's
# lazily loaded subcommands: "Advanced patterns, Lazily loading subcommands"), so that
# `egmplan --version` and the shell's Tab do not import every command. In help order
# (Typer's: the commands, then the groups).
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("egmplan.cli.validate", "validate"),
    "schema": ("egmplan.cli.schema", "schema"),
    "schedule": ("egmplan.cli.schedule", "schedule"),
    "init": ("egmplan.cli.init", "init"),
    "diff": ("egmplan.cli.diff", "diff"),
    "suggest": ("egmplan.cli.suggest", "suggest"),
    "connections": ("egmplan.cli.connections", "connections"),
    "deadlines": ("egmplan.cli.deadlines", "deadlines"),
    "workplan": ("egmplan.cli.workplan", "workplan"),
    "agenda": ("egmplan.cli.agenda", "app"),
    "orgwork": ("egmplan.cli.orgwork", "app"),
    "translate": ("egmplan.cli.translate", "app"),
    "site": ("egmplan.cli.site", "app"),
}


class _Commands(TyperGroup):
    """The one place where an error egmplan raises, in any command, becomes its message
    (``egmplan: error: ...``) and its class's exit code (1 input, 2 command line).
    Also the group that loads each command from :data:`COMMANDS` when it is first asked for."""

    def list_commands(self, ctx):
        return list(COMMANDS)

    def get_command(self, ctx, name):
        if name not in self.commands and name in COMMANDS:
            module, attribute = COMMANDS[name]
            target = getattr(import_module(module), attribute)
            if isinstance(target, typer.Typer):
                command = typer.main.get_group(target)
                command.name = name
            else:
                command = typer.main.get_command_from_info(
                    CommandInfo(name=name, callback=target), pretty_exceptions_short=app.pretty_exceptions_short,
                    rich_markup_mode=None)
            self.commands[name] = command
            _started()
        return self.commands.get(name)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except EgmplanError as exc:
            common.stderr(f"egmplan: error: {printable(str(exc))}")
            if isinstance(exc, PartialWriteError):
                common.stderr(f"egmplan: partly written: {exc.state}")
            raise typer.Exit(exc.exit_code)
        except KeyboardInterrupt:
            common.stderr("egmplan: interrupted")
            raise typer.Exit(common.EXIT_INTERRUPTED)


app = typer.Typer(
    cls=_Commands,
    name="egmplan",
    help="Plan intergovernmental meetings: annotated provisional agendas, organization of work, "
    "local-time schedules and calendars, from one YAML file per meeting.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        import tzdata

        from egmplan import __version__, tz

        typer.echo(f"egmplan {__version__}")
        typer.echo(f"tz database {tz.database_version()} (tzdata package {tzdata.__version__}, pinned)")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show egmplan's version and the tz database version, then exit."),
    no_cache: bool = typer.Option(False, "--no-cache",
                                  help="Neither read nor write the cache of checked meetings "
                                       "($XDG_CACHE_HOME/egmplan, else ~/.cache/egmplan); "
                                       "EGMPLAN_NO_CACHE=1 does the same."),
) -> None:
    """Plan intergovernmental meetings from YAML meeting files."""
    import os

    from egmplan.app import meeting_cache

    try:
        home = Path.home()
    except RuntimeError:  # no HOME and no password entry: no ~/.cache
        home = None
    meeting_cache.use(None if no_cache else meeting_cache.cache_folder(os.environ, home),
                      set_apart_first_check=_program)


def run() -> None:
    """The ``egmplan`` program (also ``python -m egmplan``)."""
    global _program
    _program = True
    try:
        app(prog_name="egmplan")  # also under `python -m egmplan` (usage lines, shell completion)
    finally:
        # The process ends here: its memory goes back whole, and every file egmplan writes
        # is closed before this (egmplan.output), so the collector's full pass at exit would
        # free nothing that matters.
        gc.disable()

