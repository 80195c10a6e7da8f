"""The domain of a series: a body's meetings in order and its workplans. No I/O."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Sequence

from egmplan.record import Record, record


@record
class Resolution(Record):
    """The resolution that established a body."""

    text: str                 # as running text names it: "resolution 65/230"
    title: str | None = None
    symbol: str | None = None


@record
class MeetingFacts(Record):
    """One meeting of a series: from its file when it has one, else as the series file states it."""

    number: int
    start: date
    end: date
    venue: str | None = None
    kind: str = "meeting"
    report: str | None = None
    file: Path | None = None
    postponed_from: tuple[date, date] | None = None
    postponement_reason: str | None = None

    @property
    def page_folder(self) -> str:
        """The folder of this meeting's page on the site: its file's id, else ``meeting-N``
        (the series loader refuses two meetings with one folder)."""
        return self.file.stem if self.file else f"meeting-{self.number}"


@record
class WorkplanRow(Record):
    """One meeting of a workplan and its main topics."""

    year: str                 # "2018" or "No later than 2021", as written
    meeting: int
    topics: tuple[str, ...]


@record
class Workplan(Record):
    """A workplan: the meetings of its period and their topics."""

    first_year: int
    last_year: int
    adopted_at: int
    rows: tuple[WorkplanRow, ...]
    annotations: tuple[str, ...] = ()
    title: str | None = None
    symbol: str | None = None
    table_heading: str | None = None
    topics_heading: str = "Main topics"

    def row_for(self, number: int) -> WorkplanRow | None:
        return next((row for row in self.rows if row.meeting == number), None)


@record
class Series(Record):
    """A body's meetings in order, and its workplans."""

    id: str
    source: str
    body: str
    short_body: str
    meetings: tuple[MeetingFacts, ...]
    workplans: tuple[Workplan, ...] = ()
    mandate: str | None = None
    established_by: Resolution | None = None
    languages: tuple[str, ...] = ("en",)     # the original first

    def meeting(self, number: int) -> MeetingFacts | None:
        return next((m for m in self.meetings if m.number == number), None)

    def earlier_than(self, number: int) -> tuple[MeetingFacts, ...]:
        return tuple(m for m in self.meetings if m.number < number)

    def workplan_for(self, number: int) -> Workplan | None:
        """The workplan that plans meeting ``number`` (the latest one, if several do)."""
        found = [w for w in self.workplans if w.row_for(number) is not None]
        return found[-1] if found else None

    @property
    def current_workplan(self) -> Workplan | None:
        return self.workplans[-1] if self.workplans else None


# --- the history of a body's meetings, as facts: style/<language> words them ----------------

@record
class HistoryEntry(Record):
    """One earlier meeting as ``{history}`` recounts it."""

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
