"""``-f/--format`` for every command, from the registry (:mod:`egmplan.render.registry`).

:func:`format_option` makes the option of a command that takes some kinds of input: its
choices, their completion and its help list every exporter of those kinds, aliases are
accepted (``txt`` for ``text``), and the value the command receives is always the format's
name. A wrong name exits 2 with one message naming the choices; a format whose optional
library is missing exits 1 saying what to install (both through egmplan.cli.main's handler). The registry is read when the command
line is parsed, so a format registered later (a plug-in, a test) is accepted and completed too.
"""

from __future__ import annotations

from typing import Any

import typer

from egmplan.errors import UsageError
from egmplan.render import registry


def _describe(exporter: registry.Exporter) -> str:
    text = f"{exporter.name} ({exporter.description}"
    if exporter.aliases:
        text += f"; also {', '.join(exporter.aliases)}"
    if exporter.extra:
        text += f"; needs pip install 'egmplan[{exporter.extra}]'"
    return text + ")"


def format_help(kinds: tuple[str, ...], *, multiple: bool = False, terminal_default: bool = False) -> str:
    """The option's help: every format of ``kinds`` with what it is."""
    listed = ", ".join(_describe(e) for e in registry.exporters(kinds))
    if multiple:
        return f"Repeatable, or comma-separated: {listed}. Default: all of them."
    if terminal_default:
        return f"{listed}. Default: table in a terminal, text otherwise (a pipe, a file)."
    return f"{listed}."


def terminal_or_text(output_format: str | None, to_terminal: bool) -> str:
    """The format of a command whose default is ``table`` in a terminal and ``text`` elsewhere:
    Rich draws only for a terminal; a pipe or a file gets the plain layout scripts read."""
    if output_format is not None:
        return output_format
    return "table" if to_terminal else "text"


def parse_format(kinds: tuple[str, ...], value: str) -> str:
    """The format name ``value`` stands for; a usage error naming the choices otherwise."""
    try:
        exporter = registry.find(kinds, value)
    except registry.UnknownFormat as exc:
        raise UsageError(f"-f/--format: {exc}") from None
    if not exporter.available():
        raise registry.ExporterUnavailable(exporter.missing())
    return exporter.name


def _parser(kinds: tuple[str, ...], multiple: bool):
    def parse(value: Any) -> str:
        if not isinstance(value, str):  # the default, already a name
            return value
        if multiple:  # -f html,md: checked here, split by the command (formats_chosen)
            return ",".join(parse_format(kinds, part) for part in value.split(","))
        return parse_format(kinds, value)

    return parse


def _completer(kinds: tuple[str, ...]):
    def complete(incomplete: str) -> list[tuple[str, str]]:
        return [(e.name, e.description) for e in registry.exporters(kinds) if e.name.startswith(incomplete.lower())]

    return complete


def format_option(*kinds: str, default: str | None = None, multiple: bool = False,
                  terminal_default: bool = False) -> Any:
    """The ``-f/--format`` option of a command taking ``kinds`` of input (``registry.AGENDA``...).
    With ``multiple`` it is repeatable and takes comma-separated lists; its default is None
    (the command then uses :func:`default_formats`). With ``terminal_default`` its default is
    None too, and the command asks :func:`terminal_or_text`."""
    return typer.Option(
        None if multiple or terminal_default else default, "-f", "--format", metavar="FORMAT",
        parser=_parser(kinds, multiple), autocompletion=_completer(kinds),
        help=format_help(kinds, multiple=multiple, terminal_default=terminal_default),
    )


def templates_honoured(*kinds: str) -> list[str]:
    """The formats of ``kinds`` that a ``--templates`` folder changes."""
    return [e.name for e in registry.exporters(kinds) if e.templates]


def formats_chosen(kinds: tuple[str, ...], values: list[str] | None) -> tuple[list[str], list[registry.Exporter]]:
    """The formats a repeatable option asks for, each once, in order; without any, every format
    of ``kinds`` a file is written for, less the optional ones whose library is missing
    (returned second, for the command to say so once)."""
    if values:
        chosen: list[str] = []
        for value in values:
            for name in value.split(","):
                if name not in chosen:
                    chosen.append(name)
        return chosen, []
    offered = [e for e in registry.exporters(kinds) if not e.terminal]
    return [e.name for e in offered if e.available()], [e for e in offered if not e.available()]
