"""Local-time schedule exporters: one input (:class:`ScheduleInput`), one small module per
format (registered in :mod:`egmplan.render.registry` under the ``schedule`` kind).

Every exporter's ``render`` takes a :class:`ScheduleInput` and returns ``str``; nothing here
writes a file (the use cases and the commands do). ``table`` (Rich, for the terminal) renders the same view in
``egmplan.cli.schedule_table``: the core never imports Rich. The calendar (``-f ics``) is the
``calendar`` kind's exporter, the same file ``egmplan agenda build`` writes.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple


class ScheduleInput(NamedTuple):
    """What a schedule exporter renders: the schedule (:class:`egmplan.planning.schedule.Schedule`),
    the layout asked for (None: wide up to a handful of zones), and who is awake at each sitting
    (:func:`egmplan.planning.awake.who_is_awake`; the HTML page shows it, when given); the instant
    a binary output records (the PDF's dates: SOURCE_DATE_EPOCH, else the date of issue)."""

    schedule: object
    layout: str | None = None
    awake: tuple = ()
    generated: datetime | None = None
