"""The schedule as the JSON contract of issue 4 (``Schedule.to_dict``), one line per zone
and sitting (see :mod:`egmplan.jsontext`)."""

from __future__ import annotations

from egmplan.jsontext import dumps

EXPANDED_DEPTH = 4  # document > sittings > sitting > local > one zone's entry on one line


def render(document) -> str:
    """``document``: a :class:`egmplan.render.schedule.ScheduleInput`."""
    return dumps(document.schedule.to_dict(), EXPANDED_DEPTH)
