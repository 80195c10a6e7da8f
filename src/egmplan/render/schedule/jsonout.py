"""The schedule as the JSON contract of issue 4 (:mod:`egmplan.planning.schedule_json`), one line per zone
and sitting (see :mod:`egmplan.jsontext`).

``--tz all`` writes about 310 such lines per sitting, and most are alike but for the zone's name
(some 40 distinct offsets): each distinct entry is encoded once and put in place as text
(:class:`egmplan.jsontext.EncodedValues`), the same bytes as
``dumps(schedule_to_dict(schedule), EXPANDED_DEPTH)`` (a test compares them)."""

from __future__ import annotations

from egmplan.jsontext import EncodedValues, dumps, encode
from egmplan.planning.schedule_json import local_sitting_to_dict, schedule_to_dict

EXPANDED_DEPTH = 4  # document > sittings > sitting > local > one zone's entry on one line


def render(document) -> str:
    """``document``: a :class:`egmplan.render.schedule.ScheduleInput`."""
    entries: dict[tuple, str] = {}

    def local(times) -> EncodedValues:
        written = EncodedValues()
        for item in times.local:
            start, end = item.start, item.end
            # Everything the entry says: both instants with their offsets, and the rest.
            key = (start, end, item.utc_offset, item.end_utc_offset, start.tzname(), item.day_shift, item.comfort)
            entry = entries.get(key)
            if entry is None:
                entry = entries[key] = encode(local_sitting_to_dict(item))
            written[item.zone] = entry
        return written

    return dumps(schedule_to_dict(document.schedule, local), EXPANDED_DEPTH)
