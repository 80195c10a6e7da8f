"""The history of a body's meetings as facts: which meeting, when, where, and whether it
was postponed. ``style/<language>`` words them ("The first meeting of the Expert Group was
held in Vienna from 17 to 21 January 2011.")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Sequence


@dataclass(frozen=True)
class HistoryEntry:
    number: int
    kind: str                       # "meeting" or "session"
    start: date
    end: date
    venue: str | None
    venue_changed: bool             # the first entry, or a venue other than the entry before's
    postponed_from: tuple[date, date] | None = None


def history(earlier: Sequence) -> tuple[HistoryEntry, ...]:
    """One entry per earlier meeting (:class:`egmplan.model_series.MeetingFacts`), in order."""
    entries = []
    previous_venue = None
    for index, facts in enumerate(earlier):
        entries.append(HistoryEntry(facts.number, facts.kind, facts.start, facts.end, facts.venue,
                                    index == 0 or facts.venue != previous_venue, facts.postponed_from))
        previous_venue = facts.venue
    return tuple(entries)
