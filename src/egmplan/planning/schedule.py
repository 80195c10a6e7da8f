"""Local times of a meeting's sittings in participants' zones: every sitting in every zone
asked for, and the notes that go with them (UN-STYLE Z1, Z2, T8).

Each sitting is converted per date (:mod:`egmplan.planning.zone_conversions`) and given a
comfort class (:mod:`egmplan.planning.comfort`); notes (:mod:`egmplan.planning.offset_notes`)
say when a zone's difference from the venue is not the ordinary one. The JSON
contract is :mod:`egmplan.planning.schedule_json`.
"""

from __future__ import annotations

from dataclasses import field
from functools import cached_property

from egmplan.model import Meeting, Sitting
from egmplan.planning.comfort import ComfortBounds
from egmplan.planning.offset_notes import OffsetNote, offset_notes
from egmplan.planning.zone_conversions import Conversions, LocalSitting
from egmplan.record import Record, record


@record
class SittingTimes(Record):
    """One sitting at the venue and in each zone asked for."""

    sitting: Sitting
    venue: LocalSitting
    local: tuple[LocalSitting, ...]  # in the order of Schedule.zones

    def in_zone(self, zone_name: str) -> LocalSitting:
        return self._by_zone[zone_name]

    @cached_property
    def _by_zone(self) -> dict[str, LocalSitting]:
        return {item.zone: item for item in self.local}


@record
class Schedule(Record):
    """Every sitting in every zone asked for, and the notes that go with them."""

    meeting: Meeting
    zones: tuple[str, ...]
    sittings: tuple[SittingTimes, ...]
    notes: tuple[OffsetNote, ...] = ()  # worded by style.offset_note
    bounds: ComfortBounds = field(default_factory=ComfortBounds)
    typed: tuple[tuple[str, str], ...] = ()  # (zone, what the user typed for it): ("Europe/Zurich", "Geneva")

    def zone_label(self, zone: str) -> str:
        """``Geneva (Europe/Zurich)`` when the user typed a place for the zone, else the zone."""
        typed = dict(self.typed).get(zone)
        return f"{typed} ({zone})" if typed else zone


def build_schedule(meeting: Meeting, zones: list[str] | tuple[str, ...], *,
                   bounds: ComfortBounds | None = None, typed: dict[str, str] | None = None) -> Schedule:
    """The local-time schedule of ``meeting`` in ``zones`` (current IANA names, duplicates dropped);
    ``typed``: zone -> what the user typed for it, shown beside the zone."""
    bounds = bounds or ComfortBounds()
    ordered = tuple(dict.fromkeys(zones))
    conversions = Conversions(meeting.sittings, bounds)
    venue = conversions.in_zone(meeting.timezone)
    columns = [conversions.in_zone(zone) for zone in ordered]
    by_sitting = zip(*columns) if columns else [()] * len(meeting.sittings)
    rows = [SittingTimes(sitting=sitting, venue=at_venue, local=tuple(local))
            for sitting, at_venue, local in zip(meeting.sittings, venue, by_sitting)]
    notes = []
    for zone, column in zip(ordered, columns):
        timeline = []
        for times, item in zip(rows, column):
            at_venue = times.venue
            timeline.append((times.sitting.date, item.utc_offset - at_venue.utc_offset))
            timeline.append((times.sitting.date, item.end_utc_offset - at_venue.end_utc_offset))
        notes.extend(offset_notes(meeting, zone, timeline))
    shown = tuple((zone, text) for zone, text in (typed or {}).items() if zone in ordered and text)
    return Schedule(meeting, ordered, tuple(rows), tuple(notes), bounds, shown)
