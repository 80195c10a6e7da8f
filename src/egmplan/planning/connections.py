"""Speaking and listening connections of a hybrid meeting, by the rule of the
proposed organization of work for the sixth meeting (circulated on 14 July 2020).

That document says: "two speaking slots/connections will be available to each
delegation and one speaking slots/connections for each observer delegation"; "If the number
of delegations ... result[s] in a total of more than 300 speakers, the number of speaker
slots/connections per delegation will be reduced to one for all. The remaining members of
each delegation will be granted listening slots/connections"; "if there is a left-over of
speaker slots/connections which is not big enough to allow an even distribution of one
additional slot/connection per delegation, the leftover will be distributed to the panellists."

Where that document is silent (docs/planning.md, "Connections"):
- a leftover big enough for one more connection per delegation gives every member and
  observer delegation one more (3 and 2), once; what remains after that goes to the panellists;
- the panellists' leftover is dealt out one connection at a time in the order of the
  participants file, and a panellist never gets more speaking connections than its delegates
  (a connection is linked to one person's email); what nobody can use is ``unused``;
- entitlements are per delegation, as written: a delegation of one delegate still counts for
  two speaking connections in the total (it may register another speaker), and has no
  listening connection.
"""

from __future__ import annotations

from dataclasses import dataclass

from egmplan.errors import PlanningError
from egmplan.model import Participant


@dataclass(frozen=True)
class Allocation:
    participant: Participant
    speaking: int
    listening: int

    def to_dict(self) -> dict:
        p = self.participant
        return {"name": p.name, "role": p.role, "country": p.country, "delegates": p.delegates,
                "speaking": self.speaking, "listening": self.listening}


@dataclass(frozen=True)
class Connections:
    capacity: int
    allocations: tuple[Allocation, ...]   # in the participants' order
    per_member: int
    per_observer: int
    reduced: bool                         # the base rule passed the capacity: one for all
    extra_round: bool                     # the leftover gave every delegation one more
    total_speaking: int                   # member and observer delegations
    leftover_to_panellists: int
    unused: int                           # of the leftover, what no panellist can use

    @property
    def delegations(self) -> int:
        return sum(1 for a in self.allocations if a.participant.role != "panellist")

    @property
    def panellists(self) -> int:
        return sum(1 for a in self.allocations if a.participant.role == "panellist")

    def to_dict(self) -> dict:
        """The JSON contract of issue 5, key for key."""
        return {
            "delegations": [a.to_dict() for a in self.allocations],
            "total_speaking": self.total_speaking,
            "leftover_to_panellists": self.leftover_to_panellists,
        }


def allocate(participants: tuple[Participant, ...], capacity: int) -> Connections:
    """Share ``capacity`` speaking connections out by the 2020 organization of work's rule."""
    members = sum(1 for p in participants if p.role == "member")
    observers = sum(1 for p in participants if p.role == "observer")
    delegations = members + observers
    if delegations > capacity:
        raise PlanningError(
            f"{delegations} delegations cannot each have a speaking connection: the capacity is {capacity}")
    per_member, per_observer = 2, 1
    reduced = per_member * members + per_observer * observers > capacity
    if reduced:
        per_member = per_observer = 1
    leftover = capacity - (per_member * members + per_observer * observers)
    extra_round = not reduced and delegations > 0 and leftover >= delegations
    if extra_round:
        per_member, per_observer = per_member + 1, per_observer + 1
        leftover -= delegations
    speaking = {}
    for index, p in enumerate(participants):
        if p.role == "member":
            speaking[index] = per_member
        elif p.role == "observer":
            speaking[index] = per_observer
        else:
            speaking[index] = 0
    panellists = [i for i, p in enumerate(participants) if p.role == "panellist"]
    remaining = leftover
    while remaining and panellists:
        open_ = [i for i in panellists if speaking[i] < participants[i].delegates]
        if not open_:
            break
        for i in open_:
            if not remaining:
                break
            speaking[i] += 1
            remaining -= 1
    allocations = tuple(
        Allocation(p, speaking[i], max(0, p.delegates - speaking[i])) for i, p in enumerate(participants))
    return Connections(
        capacity=capacity,
        allocations=allocations,
        per_member=per_member,
        per_observer=per_observer,
        reduced=reduced,
        extra_round=extra_round,
        total_speaking=per_member * members + per_observer * observers,
        leftover_to_panellists=leftover,
        unused=remaining,
    )
