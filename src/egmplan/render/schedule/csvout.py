"""The schedule as CSV: one row per zone and sitting, machine-readable values."""

from __future__ import annotations

import csv
import io

from egmplan import tz

COLUMNS = ("meeting", "zone", "date", "sitting", "venue_start", "venue_end", "local_start",
           "local_end", "day_shift", "abbreviation", "utc_offset", "comfort", "crosses_midnight")


def render(schedule) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # RFC 4180
    writer.writerow(COLUMNS)
    for zone in schedule.zones:
        for times in schedule.sittings:
            item = times.in_zone(zone)
            writer.writerow((
                schedule.meeting.id, zone, times.sitting.date.isoformat(), times.sitting.number,
                times.sitting.starts_at.isoformat(), times.sitting.ends_at.isoformat(),
                item.start.isoformat(), item.end.isoformat(), item.day_shift, item.abbreviation,
                tz.utc_offset_text(item.utc_offset), item.comfort,
                "true" if item.crosses_midnight else "false",
            ))
    return buffer.getvalue()
