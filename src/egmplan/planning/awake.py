"""Who is awake: each sitting's comfort class for every delegation (issue 5).

Each participant's zone is converted per sitting with the local-time schedule's own
rules (:func:`egmplan.planning.zone_conversions.local_sitting`: a sitting takes the worst class
any of its local minutes touches), so ``schedule`` and this count never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from egmplan.model import Meeting, Participant, Sitting
from egmplan.planning.comfort import COMFORT_CLASSES, NIGHT, ComfortBounds
from egmplan.planning.zone_conversions import LocalSitting, local_sitting


@dataclass(frozen=True)
class SittingAwake:
    sitting: Sitting
    local: tuple[LocalSitting, ...]          # one per participant, in the participants' order
    participants: tuple[Participant, ...]

    def delegations(self, comfort: str) -> int:
        return sum(1 for item in self.local if item.comfort == comfort)

    def delegates(self, comfort: str) -> int:
        return sum(p.delegates for p, item in zip(self.participants, self.local) if item.comfort == comfort)

    @property
    def at_night(self) -> tuple[Participant, ...]:
        return tuple(p for p, item in zip(self.participants, self.local) if item.comfort == NIGHT)

    def to_dict(self) -> dict:
        keys = {c: c.replace("/", "_") for c in COMFORT_CLASSES}
        return {
            "date": self.sitting.date.isoformat(),
            "sitting": self.sitting.number,
            "delegations": {keys[c]: self.delegations(c) for c in COMFORT_CLASSES},
            "delegates": {keys[c]: self.delegates(c) for c in COMFORT_CLASSES},
            "night": [p.name for p in self.at_night],
        }


def who_is_awake(meeting: Meeting, participants: tuple[Participant, ...],
                 bounds: ComfortBounds | None = None) -> tuple[SittingAwake, ...]:
    bounds = bounds or ComfortBounds()
    rows = []
    for sitting in meeting.sittings:
        by_zone = {zone: local_sitting(sitting, zone, bounds) for zone in dict.fromkeys(p.zone for p in participants)}
        rows.append(SittingAwake(sitting, tuple(by_zone[p.zone] for p in participants), participants))
    return tuple(rows)
