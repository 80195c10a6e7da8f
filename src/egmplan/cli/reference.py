"""docs/cli.md: the ``--help`` of every command, generated (``python tools/gen_docs.py``)."""

from __future__ import annotations


def command_paths() -> list[list[str]]:
    """Every command as its words after ``egmplan``, in help order (groups before their commands)."""
    import typer.main

    from egmplan.cli.main import app

    root = typer.main.get_command(app)
    paths: list[list[str]] = []

    def walk(command, words: list[str]) -> None:
        paths.append(words)
        found = subcommands(command)
        for name in sorted(found):
            walk(found[name], [*words, name])

    walk(root, [])
    return paths


def subcommands(command) -> dict:
    """A group's commands by name, each loaded (the root group loads its commands lazily,
    so its ``commands`` holds only those asked for so far); empty for a command."""
    if not hasattr(command, "list_commands"):
        return {}
    import typer

    context = typer.Context(command)
    return {name: command.get_command(context, name) for name in command.list_commands(context)}


def help_text(words: list[str]) -> str:
    from typer.testing import CliRunner

    from egmplan.cli.main import app

    result = CliRunner().invoke(app, [*words, "--help"], env={"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"},
                                prog_name="egmplan")
    return result.stdout


def markdown() -> str:
    lines = [
        "# Command-line reference",
        "",
        "<!-- Generated from the commands' --help by `python tools/gen_docs.py`. Do not edit. -->",
        "",
    ]
    for words in command_paths():
        title = " ".join(["egmplan", *words])
        lines += [f"## `{title}`", "", "```text", help_text(words).rstrip(), "```", ""]
    return "\n".join(lines)
