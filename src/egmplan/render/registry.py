"""Every output format of every command, in one table: :data:`EXPORTERS`.

An :class:`Exporter` is one format of one *kind* of input:

- ``agenda``: the document view (:func:`egmplan.render.view.build_view`), the files of
  ``egmplan agenda build``;
- ``orgwork``: the same document view, its organization-of-work table alone (``egmplan orgwork``);
- ``schedule``: a :class:`egmplan.render.schedule.ScheduleInput` (``egmplan schedule``);
- ``calendar``: a :class:`egmplan.render.calendar_view.CalendarView`, the sittings and
  deadlines of a meeting (``agenda build`` writes it as ``sittings.ics``, ``schedule -f ics``
  prints it);
- ``workplan``: a :class:`egmplan.render.workplan.WorkplanView`, a body's workplan
  (``egmplan workplan``, and the series site's ``workplan/`` files);
- ``connections``, ``deadlines``, ``suggestion``, ``validation``, ``changes``: what those
  commands print.

A command offers every format of the kinds it takes (``egmplan.cli.formats.format_option``):
its ``-f/--format`` choices, their shell completion and its help text come from here, and a
test holds that every command offers every format of its kinds.

Adding a format is one new module with ``render(view) -> str | bytes`` and one
``Exporter(...)`` line in :data:`EXPORTERS` below; nothing else changes (a test registers a
fake exporter and finds it in the command's choices, help and output).

An entry with ``entry=None`` is rendered by the command itself: a terminal table drawn with
Rich (the core never imports Rich), validate's GitHub annotations, and the printouts of the
planning commands. They are listed here so that every ``--format`` has the same names, help
and completion; ``render`` refuses them.

An exporter whose library is an optional extra names it in ``requires`` and ``extra``: the
entry always exists, :meth:`Exporter.available` says whether the library is installed,
asking for the format without it is refused with ``pip install 'egmplan[EXTRA]'``, and
``agenda build`` without ``-f`` skips it, saying so once.

Exporter modules are imported only when their format is rendered (start-up speed: jinja2,
docx and icalendar stay unloaded); this module imports nothing heavy.
"""

from __future__ import annotations

import importlib
from typing import Iterable, NamedTuple

from egmplan.errors import RenderError, UsageError

AGENDA, ORGWORK, SCHEDULE, CALENDAR = "agenda", "orgwork", "schedule", "calendar"
CONNECTIONS, DEADLINES, SUGGESTION, VALIDATION, CHANGES = (
    "connections", "deadlines", "suggestion", "validation", "changes")
WORKPLAN = "workplan"


class ExporterUnavailable(RenderError):
    """An optional exporter whose library is not installed."""


class UnknownFormat(UsageError):
    """A format name no exporter of the kinds asked for has (the CLI's option refuses it first)."""

    def __init__(self, name: str, choices: tuple[str, ...]):
        self.name, self.choices = name, choices
        super().__init__(f"unknown format {name!r}; choose from {', '.join(choices)}")


class Exporter(NamedTuple):  # not a dataclass: every command imports this at start-up, and one costs 1 ms to make
    """One format of one kind of input: the code that renders it and the file it makes."""

    kind: str                       # the input it takes: AGENDA, ORGWORK, SCHEDULE, CALENDAR...
    name: str                       # the -f/--format value
    description: str                # for --help
    entry: str | None               # "module:function" taking the view; None: the command renders it
    filename: str | None = None     # the file it makes (agenda build writes these); None: printed only
    media_type: str = "text/plain"
    binary: bool = False            # not text (docx): --check names it instead of printing a diff
    aliases: tuple[str, ...] = ()   # other accepted names: "txt" for "text"
    templates: bool = False         # takes the user's --templates folders
    requires: tuple[str, ...] = ()  # importable modules an optional extra provides
    extra: str | None = None        # pip install 'egmplan[EXTRA]' installs ``requires``
    # "module:function" for a library that is installed but may not load (WeasyPrint without
    # Pango): returns None when the format can be made, else why not. Called only when asked.
    probe: str | None = None

    @property
    def terminal(self) -> bool:
        """Rendered by the command line, not by a render module."""
        return self.entry is None

    def _installed(self) -> bool:
        if not self.requires:  # most: checked on every render
            return True
        import importlib.util

        return all(importlib.util.find_spec(module) is not None for module in self.requires)

    def _probed(self) -> str | None:
        if self.probe is None:
            return None
        module_name, _, function = self.probe.partition(":")
        return getattr(importlib.import_module(module_name), function)()

    def available(self) -> bool:
        """Whether the libraries it needs are installed (looked up, not imported) and, with a
        ``probe``, load."""
        return self._installed() and self._probed() is None

    def missing(self) -> str:
        """Why it cannot be used here, with the command that installs what it needs."""
        if self._installed() and (reason := self._probed()) is not None:
            return reason
        needs = ", ".join(self.requires)
        install = f"pip install 'egmplan[{self.extra}]'" if self.extra else f"pip install {needs}"
        return f"the {self.name} format needs {needs}, which is not installed: {install}"

    def load(self):
        """The render function (its module is imported now, not at start-up);
        :class:`ExporterUnavailable` when an optional library is missing."""
        if self.entry is None:
            raise ValueError(f"the {self.kind} format {self.name} is rendered by the command line")
        if not self.available():
            raise ExporterUnavailable(self.missing())
        module_name, _, function = self.entry.partition(":")
        return getattr(importlib.import_module(module_name), function or "render")

    def render(self, view, *, templates: tuple[str, ...] = ()) -> str | bytes:
        function = self.load()
        try:
            return function(view, templates=templates) if self.templates else function(view)
        except ImportError as exc:  # an optional library imported inside the exporter, as heavy ones are
            if exc.name and exc.name.split(".")[0] in self.requires:
                raise ExporterUnavailable(self.missing()) from exc
            raise

    def encode(self, output: str | bytes) -> bytes:
        return output if isinstance(output, bytes) else output.encode("utf-8")


_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_R = "egmplan.render"

EXPORTERS: list[Exporter] = [
    Exporter(AGENDA, "md", "Markdown that renders on GitHub", f"{_R}.markdown:render", "agenda.md",
             "text/markdown", templates=True),
    Exporter(AGENDA, "html", "one standalone HTML file with print styles", f"{_R}.html:render", "agenda.html",
             "text/html", templates=True),
    Exporter(AGENDA, "docx", "Word document", f"{_R}.docx:render", "agenda.docx", _DOCX, binary=True),
    Exporter(AGENDA, "text", "plain text wrapped at 80 columns, for e-mail", f"{_R}.text:render", "agenda.txt",
             aliases=("txt",), templates=True),
    Exporter(AGENDA, "json", "the whole view model", f"{_R}.jsonout:render", "agenda.json", "application/json"),
    Exporter(AGENDA, "csv", "the organization-of-work rows", f"{_R}.csvout:render", "orgwork.csv", "text/csv"),
    Exporter(AGENDA, "pdf", "tagged PDF/A, the Word file's UN layout", f"{_R}.pdf:render", "agenda.pdf",
             "application/pdf", binary=True, templates=True, requires=("weasyprint",), extra="pdf",
             probe=f"{_R}.pdf:unavailable"),

    Exporter(ORGWORK, "table", "a table for the terminal", None),
    Exporter(ORGWORK, "text", "plain aligned text, the layout scripts read", f"{_R}.orgwork_plain:render",
             aliases=("txt",)),
    Exporter(ORGWORK, "md", "a Markdown table", f"{_R}.markdown:render_orgwork", "orgwork.md", "text/markdown",
             templates=True),
    Exporter(ORGWORK, "csv", "one line per row", f"{_R}.csvout:render", "orgwork.csv", "text/csv"),
    Exporter(ORGWORK, "json", "the contract other tools read", f"{_R}.jsonout:render_orgwork", "orgwork.json",
             "application/json"),
    Exporter(ORGWORK, "html", "one standalone HTML page", f"{_R}.html:render_orgwork", "orgwork.html", "text/html",
             templates=True),
    Exporter(ORGWORK, "pdf", "the table on A4 pages, as in the agenda's annex", f"{_R}.pdf:render_orgwork",
             "orgwork.pdf", "application/pdf", binary=True, templates=True, requires=("weasyprint",), extra="pdf",
             probe=f"{_R}.pdf:unavailable"),

    Exporter(SCHEDULE, "table", "a table for the terminal, comfort classes coloured unless NO_COLOR is set",
             None),
    Exporter(SCHEDULE, "text", "plain aligned text, the layout scripts read", f"{_R}.schedule.plain:render",
             aliases=("txt",)),
    Exporter(SCHEDULE, "md", "a Markdown table with the notes", f"{_R}.schedule.markdown:render", "schedule.md",
             "text/markdown"),
    Exporter(SCHEDULE, "csv", "one row per zone and sitting", f"{_R}.schedule.csvout:render", "schedule.csv",
             "text/csv"),
    Exporter(SCHEDULE, "json", "the JSON contract other tools read", f"{_R}.schedule.jsonout:render",
             "schedule.json", "application/json"),
    Exporter(SCHEDULE, "html", "one standalone HTML page", f"{_R}.schedule.html:render", "schedule.html",
             "text/html"),
    Exporter(SCHEDULE, "pdf", "the HTML page on landscape A4 pages", f"{_R}.schedule.pdfout:render",
             "schedule.pdf", "application/pdf", binary=True, requires=("weasyprint",), extra="pdf",
             probe=f"{_R}.pdf:unavailable"),

    Exporter(CALENDAR, "ics", "an iCalendar file: the sittings and deadlines, in the venue's zone",
             f"{_R}.ics:render", "sittings.ics", "text/calendar"),

    Exporter(WORKPLAN, "md", "Markdown", f"{_R}.workplan:render_md", "workplan.md", "text/markdown"),
    Exporter(WORKPLAN, "html", "one standalone HTML page with print styles", f"{_R}.workplan:render_html",
             "workplan.html", "text/html"),
    Exporter(WORKPLAN, "docx", "Word document", f"{_R}.workplan.docx:render", "workplan.docx", _DOCX, binary=True),
    Exporter(WORKPLAN, "text", "plain text wrapped at 80 columns", f"{_R}.workplan:render_txt", "workplan.txt",
             aliases=("txt",)),
    Exporter(WORKPLAN, "json", "the workplan as data", f"{_R}.workplan:render_json", "workplan.json",
             "application/json"),
    Exporter(WORKPLAN, "pdf", "tagged PDF/A of the HTML page on A4 pages", f"{_R}.workplan:render_pdf",
             "workplan.pdf", "application/pdf", binary=True, requires=("weasyprint",), extra="pdf",
             probe=f"{_R}.pdf:unavailable"),

    Exporter(CONNECTIONS, "table", "a table for the terminal", None),
    Exporter(CONNECTIONS, "json", "the contract other tools read", None),
    Exporter(DEADLINES, "table", "a table for the terminal", None),
    Exporter(DEADLINES, "json", "the contract other tools read", None),
    Exporter(SUGGESTION, "table", "a table for the terminal", None),
    Exporter(SUGGESTION, "json", "the contract other tools read", None),
    Exporter(VALIDATION, "text", "FILE:LINE:COL: error: key.path: message", None),
    Exporter(VALIDATION, "json", "every file and its diagnostics", None),
    Exporter(VALIDATION, "github", "GitHub Actions workflow annotations", None),
    Exporter(CHANGES, "text", "for the terminal", None),
    Exporter(CHANGES, "md", "for a pull request or job summary", None),
    Exporter(CHANGES, "json", "every change, for other tools", None),
]


def register(exporter: Exporter) -> Exporter:
    """Add an exporter (the built-ins are the list above; a plug-in or a test adds its own)."""
    clash = [e for e in EXPORTERS if e.kind == exporter.kind
             and {e.name, *e.aliases} & {exporter.name, *exporter.aliases}]
    if clash:
        raise ValueError(f"the {exporter.kind} format {exporter.name} is registered already")
    EXPORTERS.append(exporter)
    return exporter


def exporters(kinds: Iterable[str]) -> tuple[Exporter, ...]:
    """The exporters of these kinds, kind by kind, each in the order registered. Within the
    kinds one command offers, a name names one exporter."""
    kinds = tuple(kinds)
    found = tuple(e for kind in kinds for e in EXPORTERS if e.kind == kind)
    names = [n for e in found for n in (e.name, *e.aliases)]
    if len(names) != len(set(names)):
        raise ValueError(f"two exporters of {', '.join(kinds)} share a name: {sorted(names)}")
    return found


def names(kinds: Iterable[str]) -> tuple[str, ...]:
    return tuple(e.name for e in exporters(kinds))


def find(kinds: Iterable[str], name: str) -> Exporter:
    """The exporter a format name (or an alias, any case) stands for; :class:`UnknownFormat` else.

    Remembered while :data:`EXPORTERS` holds the same exporters (a list compared item by item,
    in C): ``agenda build`` asks for each format of each meeting, and working it out again
    was about 6 µs a time. A registration, or a test that replaces the list, is seen at once."""
    global _found_in
    if _found_in != EXPORTERS:
        _found.clear()
        _found_in = list(EXPORTERS)
    key = (tuple(kinds), name)
    exporter = _found.get(key)
    if exporter is None:
        exporter = _found[key] = _find(key[0], name)
    return exporter


_found: dict[tuple[tuple[str, ...], str], Exporter] = {}
_found_in: list[Exporter] = []  # the EXPORTERS that _found was worked out from


def _find(kinds: tuple[str, ...], name: str) -> Exporter:
    found = exporters(kinds)
    wanted = name.strip().lower()
    for exporter in found:
        if wanted == exporter.name or wanted in exporter.aliases:
            return exporter
    raise UnknownFormat(name, tuple(e.name for e in found))
