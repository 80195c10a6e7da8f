"""The schedule as the JSON contract of issue 4 (:mod:`egmplan.planning.schedule_json`), one line per zone
and sitting (see :mod:`egmplan.jsontext`)."""

from __future__ import annotations

from egmplan.jsontext import dumps
from egmplan.planning.schedule_json import schedule_to_dict

EXPANDED_DEPTH = 4  # document > sittings > sitting > local > one zone's entry on one line


def render(document) -> str:
    """``document``: a :class:`egmplan.render.schedule.ScheduleInput`."""
    return dumps(schedule_to_dict(document.schedule), EXPANDED_DEPTH)
