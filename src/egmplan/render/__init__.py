"""Renderers: one view model (:mod:`egmplan.render.view`), many small exporters.

:data:`EXPORTERS` maps a format name to its :class:`Exporter`; the CLI's ``--format``
choices, help text and output file names all come from it. An exporter's module is
imported only when its format is used (start-up speed: jinja2 and docx stay unloaded).

Each exporter module exposes ``render(view, *, templates=())`` returning ``str`` (text
formats) or ``bytes`` (docx); ``templates`` is a tuple of user template folders, first
wins over the built-ins. Only the CLI writes the result anywhere.
"""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from egmplan.errors import RenderError


@dataclass(frozen=True)
class Exporter:
    """A format: where its code lives, the file it writes, and what the file is."""

    name: str
    module: str
    filename: str
    media_type: str
    description: str
    binary: bool = False

    def load(self) -> Callable:
        """The module's ``render`` function (imported now, not at start-up)."""
        try:
            module = importlib.import_module(self.module)
        except ModuleNotFoundError as exc:
            if exc.name == self.module:
                raise RenderError(f"the {self.name} exporter ({self.module}) is not available") from exc
            raise
        return getattr(module, "render")

    def render(self, view, *, templates: tuple[str, ...] = ()) -> str | bytes:
        function = self.load()
        if "templates" in inspect.signature(function).parameters:
            return function(view, templates=templates)
        return function(view)

    def encode(self, output: str | bytes) -> bytes:
        return output if isinstance(output, bytes) else output.encode("utf-8")


EXPORTERS: dict[str, Exporter] = {
    "md": Exporter("md", "egmplan.render.markdown", "agenda.md", "text/markdown",
                   "Markdown that renders on GitHub"),
    "html": Exporter("html", "egmplan.render.html", "agenda.html", "text/html",
                     "one standalone HTML file with print styles"),
    "docx": Exporter("docx", "egmplan.render.docx", "agenda.docx",
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "Word document", binary=True),
    "txt": Exporter("txt", "egmplan.render.text", "agenda.txt", "text/plain",
                    "plain text wrapped at 80 columns, for e-mail"),
    "json": Exporter("json", "egmplan.render.jsonout", "agenda.json", "application/json",
                     "the whole view model"),
    "csv": Exporter("csv", "egmplan.render.csvout", "orgwork.csv", "text/csv",
                    "the organization-of-work rows"),
    "ics": Exporter("ics", "egmplan.render.ics", "sittings.ics", "text/calendar", "the sittings as a calendar"),
}


def user_template_dirs(explicit: Path | None, cwd: Path) -> tuple[str, ...]:
    """User template folders: ``--templates DIR`` if given, else ``./templates`` when it
    exists. The caller passes the working directory (the core does not look it up)."""
    if explicit is not None:
        return (str(explicit),)
    local = cwd / "templates"
    return (str(local),) if local.is_dir() else ()
