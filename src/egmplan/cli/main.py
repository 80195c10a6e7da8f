"""``egmplan``: the entry point. Commands import heavy libraries inside their bodies."""

from __future__ import annotations

import typer
from typer.core import TyperGroup

from egmplan.cli import common
from egmplan.cli import diff as diff_cmd
from egmplan.cli import agenda as agenda_cmd
from egmplan.cli import init as init_cmd
from egmplan.cli import orgwork as orgwork_cmd
from egmplan.cli import schedule as schedule_cmd
from egmplan.cli import schema as schema_cmd
from egmplan.cli import suggest as suggest_cmd
from egmplan.cli import connections as connections_cmd
from egmplan.cli import deadlines as deadlines_cmd
from egmplan.cli import validate as validate_cmd
from egmplan.errors import EgmplanError, PartialWriteError, printable


class _Commands(TyperGroup):
    """The one place where an error egmplan raises, in any command, becomes its message
    (``egmplan: error: ...``) and its class's exit code (1 input, 2 command line)."""

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
) -> None:
    """Plan intergovernmental meetings from YAML meeting files."""


app.command("validate")(validate_cmd.validate)
app.command("schema")(schema_cmd.schema)
app.command("schedule")(schedule_cmd.schedule)
app.command("init")(init_cmd.init)
app.add_typer(agenda_cmd.app, name="agenda")
app.add_typer(orgwork_cmd.app, name="orgwork")
app.command("diff")(diff_cmd.diff)
app.command("suggest")(suggest_cmd.suggest)
app.command("connections")(connections_cmd.connections)
app.command("deadlines")(deadlines_cmd.deadlines)


def run() -> None:
    app(prog_name="egmplan")  # also under `python -m egmplan` (usage lines, shell completion)
