"""The JSON contract of a local-time schedule (issue 4), key for key: what ``egmplan schedule
--format json`` writes and other tools read."""

from __future__ import annotations

from collections.abc import Callable

from egmplan import tz
from egmplan.planning.schedule import Schedule, SittingTimes
from egmplan.planning.zone_conversions import LocalSitting


def local_sitting_to_dict(item: LocalSitting) -> dict:
    """The ``local`` entry of one sitting in one zone."""
    return {
        "start": item.start.isoformat(),
        "end": item.end.isoformat(),
        "day_shift": item.day_shift,
        "comfort": item.comfort,
        "abbreviation": item.abbreviation,
        "utc_offset": tz.utc_offset_text(item.utc_offset),
    }


def _local_dict(times: SittingTimes) -> dict:
    return {item.zone: local_sitting_to_dict(item) for item in times.local}


def schedule_to_dict(schedule: Schedule, local: Callable[[SittingTimes], object] = _local_dict) -> dict:
    """The contract of issue 4, and ``zone_labels`` (issue 10, point 14): what the user typed
    for a zone, when it is not the zone's name. ``local``: a sitting's ``local`` value (the
    JSON writer gives it the entries already written, :mod:`egmplan.render.schedule.jsonout`)."""
    from egmplan.style import get_style

    meeting = schedule.meeting
    style = get_style(meeting.style.language)  # the notes' text: the contract's one worded value
    return {
        "meeting": meeting.id,
        "venue": {"name": meeting.venue, "timezone": meeting.timezone},
        "zones": list(schedule.zones),
        "zone_labels": dict(schedule.typed),
        "sittings": [
            {
                "date": times.sitting.date.isoformat(),
                "sitting": times.sitting.number,
                "start": times.sitting.starts_at.isoformat(),
                "end": times.sitting.ends_at.isoformat(),
                "local": local(times),
            }
            for times in schedule.sittings
        ],
        "notes": [style.offset_note(note) for note in schedule.notes],
    }
