"""Local-time schedule exporters: one view (:mod:`.view`), one small module per format.

:data:`FORMATS` feeds the ``--format`` choices and help of ``egmplan schedule``. Every
exporter's ``render`` returns ``str`` or ``bytes``; only the CLI writes. ``table`` (Rich,
for the terminal) renders the same view in ``egmplan.cli.schedule_table``: the core
never imports Rich.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass


@dataclass(frozen=True)
class ScheduleFormat:
    name: str
    description: str
    module: str | None  # None: rendered by the CLI (terminal table)


FORMATS: dict[str, ScheduleFormat] = {
    f.name: f
    for f in (
        ScheduleFormat("table", "a table for the terminal, comfort classes coloured (NO_COLOR respected)", None),
        ScheduleFormat("md", "a Markdown table with the notes", "egmplan.render.schedule.markdown"),
        ScheduleFormat("csv", "one row per zone and sitting", "egmplan.render.schedule.csvout"),
        ScheduleFormat("json", "the JSON contract other tools read", "egmplan.render.schedule.jsonout"),
        ScheduleFormat("ics", "an iCalendar file, one event per sitting, in the venue's zone",
                       "egmplan.render.schedule.icsout"),
        ScheduleFormat("html", "one standalone HTML page", "egmplan.render.schedule.html"),
    )
}


def render(name: str, schedule, **options) -> str | bytes:
    """Render a :class:`~egmplan.planning.localtime.Schedule` in a file format of :data:`FORMATS`.

    ``options`` go to the exporter (``ics`` needs ``timestamp``)."""
    module = FORMATS[name].module
    if module is None:
        raise ValueError(f"{name} is rendered by the command line, not a file exporter")
    return importlib.import_module(module).render(schedule, **options)
