"""One small exception hierarchy for the core; the CLI turns each into a message and exit code."""

from __future__ import annotations

from typing import NamedTuple


def printable(text: str) -> str:
    """``text`` as it can be shown in a terminal or a CI log, on one line: every character
    that is not printable (line breaks, escape sequences, other control characters, bidi
    overrides, zero-width and other invisible characters) written as a Python repr writes it
    (``\\n``, ``\\x1b``, ``\\u202e``). Nothing else changes: a user's key with a line break
    cannot forge a second ``FILE:LINE:COL: error:`` line or a workflow command, and an escape
    sequence cannot clear the screen or retitle the window."""
    text = str(text)
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


class Diagnostic(NamedTuple):
    """One problem in an input file, with its place (lines and columns count from 1)."""

    file: str
    line: int
    column: int
    severity: str  # "error" | "warning" | "note" (a departure the file acknowledges; never fails a check)
    path: str      # key path such as "sittings.default[1].end"; "" for the whole file
    message: str
    suggestion: str | None = None

    def __str__(self) -> str:
        """The line a user reads; the file name, key path and message come from the user's
        input and are shown :func:`printable` (``to_dict`` keeps the real text)."""
        where = f"{self.path}: " if self.path else ""
        return printable(f"{self.file}:{self.line}:{self.column}: {self.severity}: {where}{self.message}")

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def is_note(self) -> bool:
        return self.severity == "note"

    def to_dict(self) -> dict:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "path": self.path,
            "message": self.message,
            "suggestion": self.suggestion,
        }


# The exit codes every command keeps to (README): 0 fine, 1 the input cannot be used, 2 the
# command line is wrong.
EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


class EgmplanError(Exception):
    """Anything egmplan reports to a user instead of a traceback. The command line prints
    ``egmplan: error: <the message>`` and exits with the class's ``exit_code``; code that
    catches one branches on its class and attributes, never on its message."""

    exit_code = EXIT_INPUT


class InputError(EgmplanError):
    """An input (a file, a folder, a value read from one) cannot be used."""


class UsageError(EgmplanError):
    """The command line is wrong: an argument or option names nothing egmplan can use."""

    exit_code = EXIT_USAGE


class PlanningError(EgmplanError):
    """A plan cannot be made from a valid meeting (e.g. items do not fit the sittings)."""


class RenderError(EgmplanError):
    """An output cannot be produced (e.g. a template error), and nothing was written."""


class OutputError(EgmplanError):
    """A file cannot be written ("cannot write PATH: reason"), and nothing was replaced; with
    ``verb="check"``, an earlier output cannot be read to compare with."""

    def __init__(self, path, reason: str, verb: str = "write"):
        self.path, self.reason, self.verb = path, reason, verb
        super().__init__(f"cannot {verb} {path}: {reason}")


class PartialWriteError(OutputError):
    """Replacing a set of files failed part-way: ``replaced`` are new, ``kept`` as they were."""

    def __init__(self, path, reason: str, replaced: list, kept: list):
        super().__init__(path, reason)
        self.replaced, self.kept = list(replaced), list(kept)

    @property
    def state(self) -> str:
        """Which files are new and which are as they were, exactly."""
        return (f"new: {', '.join(str(p) for p in self.replaced)}; "
                f"as they were: {', '.join(str(p) for p in self.kept)}")


class SourceDateEpochError(UsageError):
    """``SOURCE_DATE_EPOCH`` is set to something that is not a timestamp egmplan can use (the
    environment is part of how egmplan was called: exit 2)."""


class DiagnosticSink:
    """Collects diagnostics for one file during one pass."""

    __slots__ = ("file", "items")

    def __init__(self, file: str, items: list[Diagnostic] | None = None):
        self.file = file
        self.items: list[Diagnostic] = [] if items is None else items

    def error(self, line: int, column: int, path: str, message: str, suggestion: str | None = None) -> None:
        self.items.append(Diagnostic(self.file, line, column, "error", path, message, suggestion))

    def warning(self, line: int, column: int, path: str, message: str, suggestion: str | None = None) -> None:
        self.items.append(Diagnostic(self.file, line, column, "warning", path, message, suggestion))

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.items)

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items, key=lambda d: (d.line, d.column, d.severity != "error", d.path, d.message))
