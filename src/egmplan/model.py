"""The domain: a meeting, its sittings, agenda and organization of work. No I/O."""

from __future__ import annotations

import re
from dataclasses import field
from datetime import date, datetime, time
from functools import cached_property
from typing import NamedTuple

from egmplan.record import Record, record

# Compiled when first used: a run that reads its meeting from the cache of checked meetings
# cites no item by number (and compiling them is most of this module's import time).
_ITEM_NUMBER = r"(\d+)\s*(?:\(\s*([a-z])\s*\))?"
_LOOSE_ITEM_NUMBER = r"(\d+)\s*[.\-_/]?\s*\(?\s*([A-Za-z])\s*\)?\.?"  # "3a", "3.a", "3 A", "3a)"
_compiled: dict[str, re.Pattern] = {}


def _pattern(source: str) -> re.Pattern:
    found = _compiled.get(source)
    if found is None:
        found = _compiled[source] = re.compile(source)
    return found


def cited_number(ref: str) -> tuple[str, str | None] | None:
    """The item number a reference writes, as (item, sub-item letter): "1 (a)", "1(a)" and
    " 1 ( a ) " give ("1", "a"), "2" gives ("2", None); None when it is no item number."""
    match = _pattern(_ITEM_NUMBER).fullmatch(ref.strip())
    return (match.group(1), match.group(2)) if match else None


def loosely_cited_number(ref: str) -> tuple[str, str] | None:
    """The item and sub-item a reference seems to mean when it is written loosely ("3a",
    "3.a", "3 A", "3a)" give ("3", "a")), for a did-you-mean; None when it seems to mean none."""
    match = _pattern(_LOOSE_ITEM_NUMBER).fullmatch(ref.strip())
    return (match.group(1), match.group(2).lower()) if match else None


def item_number_text(item: str, letter: str | None) -> str:
    """How an item is cited: "2", "1 (a)"."""
    return f"{item} ({letter})" if letter else item


class Document(NamedTuple):
    title: str
    symbol: str | None = None


@record
class Panellist(Record):
    """A panellist under an item: name, honorific, country and the title of the presentation."""

    name: str
    honorific: str | None = None
    country: str | None = None   # ISO 3166-1 alpha-2
    title: str | None = None     # of the presentation
    country_name: str | None = None  # as the page prints it; None: the UN short name of ``country``

    @property
    def display_name(self) -> str:
        return f"{self.honorific} {self.name}" if self.honorific else self.name


@record
class MeetingDocument(Record):
    """A document on the meeting's web page."""

    title: str
    symbol: str | None = None
    address: str | None = None
    date: date | None = None
    status: str | None = None
    note: str | None = None


@record
class Statement(Record):
    """Statements one delegation sent in, general (``item`` None) or on an item (its number)."""

    delegation: str
    item: str | None
    addresses: tuple[str, ...] = ()
    count: int = 1


@record
class Speakers(Record):
    """Expected speakers under an item: counts, or named speakers (each one presentation)."""

    statements: int           # defaults: egmplan.loader.planning_schema
    presentations: int
    names: tuple[str, ...] = ()
    line: int = field(default=0, compare=False)     # where ``speakers`` stands in the file
    column: int = field(default=0, compare=False)
    path: str = field(default="", compare=False)
    panellists: tuple[Panellist, ...] = ()


class Participant(NamedTuple):
    """A delegation (member or observer) or a panellist; ``zone`` is always set (the
    capital's zone when the file gives none)."""

    name: str
    role: str                 # "member" | "observer" | "panellist"
    zone: str
    delegates: int
    country: str | None = None  # ISO 3166-1 alpha-2


@record
class Deadline(Record):
    """A deadline at the venue: all day (``time`` None) or timed (``cob`` when at close of business)."""

    label: str
    date: date
    time: time | None = None
    cob: bool = False
    due: str = ""             # as written: "-3w", "-5d COB", "2020-07-22 COB"
    line: int = field(default=0, compare=False)
    column: int = field(default=0, compare=False)
    path: str = field(default="", compare=False)
    # The label in the original language, in a translated meeting: the calendar event's UID
    # comes from it, so that it is the same in every language ("" : ``label`` is the original).
    original_label: str = field(default="", compare=False)


@record
class AgendaItem(Record):
    """An item or sub-item. ``number`` is how it is cited: "2", "1 (a)"."""

    number: str
    title: str
    short_title: str | None = None
    heading: str | None = None
    annotation: str | None = None
    documentation: tuple[Document, ...] = ()
    documentation_note: str | None = None
    key: str | None = None
    estimated_minutes: int | None = None
    items: tuple["AgendaItem", ...] = ()
    speakers: Speakers | None = None
    line: int = field(default=0, compare=False)     # where the item stands in the file
    column: int = field(default=0, compare=False)
    path: str = field(default="", compare=False)

    @property
    def continued_title(self) -> str:
        return self.short_title or self.title

    @property
    def annotation_heading(self) -> str:
        return self.heading or self.title

    @property
    def letter(self) -> str | None:
        """The sub-item letter: "a" for "1 (a)"."""
        return self.number.split("(")[1].rstrip(")") if "(" in self.number else None


@record
class Sitting(Record):
    """One sitting at the venue; ``number`` counts from 1 within its day."""

    date: date
    number: int
    start: time
    end: time
    starts_at: datetime  # aware, venue zone
    ends_at: datetime
    line: int = field(default=0, compare=False)     # where its pattern stands in ``sittings``
    column: int = field(default=0, compare=False)
    path: str = field(default="", compare=False)


@record
class RowSpec(Record):
    """One row as the file asks for it; ``title`` and ``continued`` override when given.
    ``reason`` acknowledges a deliberate departure: the checks report it as a note."""

    item: str  # item number
    title: str | None = None
    continued: bool | None = None
    reason: str | None = None
    line: int = field(default=0, compare=False)     # where the row stands in the file
    column: int = field(default=0, compare=False)
    path: str = field(default="", compare=False)
    written: str = field(default="", compare=False)  # the reference as written: "4", "1(a)" or a key

    @property
    def by_number(self) -> bool:
        """Whether the file names the item by number (which shifts when items are renumbered)."""
        return bool(self.written) and self.written.strip()[:1].isdigit()


@record
class SittingPlan(Record):
    """The rows planned for one sitting."""

    date: date
    sitting: int
    rows: tuple[RowSpec, ...]
    line: int = field(default=0, compare=False)     # where its list of rows stands in the file
    column: int = field(default=0, compare=False)
    path: str = field(default="", compare=False)


class Track(NamedTuple):
    """A parallel body meeting at the same sittings, with its own agenda and rows."""

    name: str
    agenda: tuple[AgendaItem, ...]
    organization: tuple[SittingPlan, ...] = ()


class Style(NamedTuple):
    """The ``style`` keys; their defaults are the schema's (egmplan.loader.meeting_schema)."""

    time: str
    continued: str
    to_be_announced: str
    table_year: bool
    layout: str
    language: str
    session_line: bool | None    # None: printed for kind "session", not for kind "meeting"
    deadlines_section: bool


@record
class Meeting(Record):
    """One meeting as its file gives it; the loader fills every key the file leaves out from
    the schema's defaults (egmplan.loader.meeting_schema), so none is repeated here."""

    id: str
    source: str
    body: str
    short_body: str
    number: int
    kind: str
    venue: str
    timezone: str
    format: str
    start: date
    end: date
    agenda: tuple[AgendaItem, ...]
    sittings: tuple[Sitting, ...]
    revision: int
    style: Style
    statement_minutes: int
    presentation_minutes: int
    close_of_business: time
    languages: tuple[str, ...]   # the original first
    no_sitting: tuple[tuple[date, str], ...] = ()
    organization: tuple[SittingPlan, ...] = ()
    tracks: tuple[Track, ...] = ()
    symbol: str | None = None
    distribution: str | None = None
    issued: date | None = None
    original_language: str | None = None
    postponed_from: tuple[date, date] | None = None
    postponement_reason: str | None = None
    participants: tuple[Participant, ...] = ()
    speaking_connections: int | None = None
    deadlines: tuple[Deadline, ...] = ()
    holidays: tuple[tuple[date, str], ...] = ()  # `holidays` and `sittings.no_sitting`, by date
    documents: tuple[MeetingDocument, ...] = ()
    statements: tuple[Statement, ...] = ()
    earlier_meetings: tuple = ()    # egmplan.model_series.MeetingFacts, from the series, for {history}

    def all_items(self) -> tuple[AgendaItem, ...]:
        """Every item and sub-item in agenda order."""
        return flatten(self.agenda)

    def item(self, number: str) -> AgendaItem:
        return next(i for i in self.all_items() if i.number == number)

    @cached_property
    def item_numbers_by_key(self) -> dict[str, str]:
        """``{key: number}`` of the agenda's items and sub-items (``{item:KEY}`` placeholders)."""
        return {i.key: i.number for i in self.all_items() if i.key}

    def sittings_on(self, day: date) -> tuple[Sitting, ...]:
        return tuple(s for s in self.sittings if s.date == day)

    @property
    def opening_sitting(self) -> Sitting | None:
        return self.sittings[0] if self.sittings else None

    @property
    def sitting_days(self) -> tuple[date, ...]:
        return tuple(sorted({s.date for s in self.sittings}))


def flatten(items: tuple[AgendaItem, ...]) -> tuple[AgendaItem, ...]:
    out: list[AgendaItem] = []
    for item in items:
        out.append(item)
        out.extend(item.items)
    return tuple(out)
