"""The schedule as CSV: one row per zone and sitting, machine-readable values; ``typed`` is
what the user typed for the zone when it is not the zone's name (``Geneva``)."""

from __future__ import annotations

from egmplan import tz
from egmplan.render import csvtext

COLUMNS = ("meeting", "zone", "date", "sitting", "venue_start", "venue_end", "local_start",
           "local_end", "day_shift", "abbreviation", "utc_offset", "comfort", "crosses_midnight", "typed")


def render(document) -> str:
    """``document``: a :class:`egmplan.render.schedule.ScheduleInput`."""
    schedule = document.schedule
    typed = dict(schedule.typed)

    def rows():
        for zone in schedule.zones:
            for times in schedule.sittings:
                item = times.in_zone(zone)
                yield (
                    schedule.meeting.id, zone, times.sitting.date.isoformat(), times.sitting.number,
                    times.sitting.starts_at.isoformat(), times.sitting.ends_at.isoformat(),
                    item.start.isoformat(), item.end.isoformat(), item.day_shift, item.abbreviation,
                    tz.utc_offset_text(item.utc_offset), item.comfort,
                    "true" if item.crosses_midnight else "false", typed.get(zone, ""),
                )

    return csvtext.write(COLUMNS, rows())
