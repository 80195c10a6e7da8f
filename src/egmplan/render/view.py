"""The one view model of the annotated provisional agenda, built once from a Meeting.

Every exporter (Markdown, HTML, text, JSON, CSV, Word) renders from :class:`DocumentView`
and never goes back to the Meeting: all UN editorial decisions (punctuation of the agenda
list, headings, "(continued)", which table cells are blank, footnote numbers) are taken
here, once. The objects are frozen dataclasses holding plain strings, ints, bools and
tuples, so templates can read them and :meth:`DocumentView.to_dict` turns them into JSON.

Shape of the document (UN-STYLE M1, M2)::

    masthead            Masthead
    title               "Annotated provisional agenda"
    agenda_heading      "Provisional agenda"
    agenda              AgendaEntry* (items, each with sub-items)      -- rule A2
    annotations_heading "Annotations"
    annotations         AnnotationSection* (items and sub-items, flat) -- rule A3
    annex_label         "Annex"
    annex_title         "Proposed organization of work"
    table               OrgTable (day -> sitting -> lines)             -- rules W1-W6

Contract for other modules: fields are only ever added, never renamed or removed.
"""

from __future__ import annotations

from dataclasses import field, fields
from datetime import date, datetime, time, timezone
from functools import lru_cache
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING

from egmplan.jsontext import plain

from egmplan.model import AgendaItem, Meeting, cited_number
from egmplan.planning.orgwork import OrgRow, organization_rows
from egmplan.record import Record, record
from egmplan.style import get_style

if TYPE_CHECKING:
    # Imported where the annotations are built: `orgwork` prints only the table.
    from egmplan.render.annotation import Block, Footnote, FootnoteNumbering

# --- the document ------------------------------------------------------------------------


@record
class Masthead(Record):
    """UN-STYLE M1/M2. Lines that the meeting file does not give are None (never invented)."""

    organ: str                  # "United Nations"
    symbol: str | None          # "UNODC/CCPCJ/EG.4/2021/1"
    distribution: str | None    # "Distr.: General"
    issued: str | None          # "21 March 2017" (date of issue)
    original: str | None        # "Original: English"
    body: str                   # "Expert Group to Conduct a Comprehensive Study on Cybercrime"
    session: str                # "Seventh meeting" (always given: headers and metadata use it)
    venue_dates: str            # "Vienna, 6–8 April 2021"
    session_line: str | None = None  # the session line as printed between body and venue; None: not printed
                                     # (style.session_line; the Expert Group's agendas print none)
    language: str | None = None      # "Français": the version's language, above "Original:" in every
                                     # version but the original (A/AC.291/11 and its French version)

    @property
    def dated_lines(self) -> tuple[str, ...]:
        """The lines printed under the symbol, those given: distribution, date of issue, the
        version's language, original language."""
        return tuple(line for line in (self.distribution, self.issued, self.language, self.original) if line)


@record
class AgendaEntry(Record):
    """One line of the provisional agenda list (rule A2).

    ``label`` is "1." or "(a)"; ``text`` is the title with its final punctuation
    (``punctuation`` is ".", ":" or ";"). ``level`` is 1 for items, 2 for sub-items."""

    number: str
    label: str
    title: str
    punctuation: str
    text: str
    level: int
    items: tuple["AgendaEntry", ...] = ()


@record
class DocumentRef(Record):
    """A documentation entry: ``text`` is "Title (SYMBOL)" (rule A3), or the title alone."""

    title: str
    symbol: str | None
    text: str


@record
class AnnotationSection(Record):
    """An item or sub-item under "Annotations" (rule A3), in agenda order (flat).

    ``label`` + ``heading`` form the heading ("1." "Organizational matters", "(a)" "Opening
    of the meeting"), without final punctuation. ``blocks`` are the parsed paragraphs and
    lists with placeholders filled. ``documentation`` lists documents; ``documentation_note``
    is a sentence printed under the "Documentation" heading (e.g. "No documentation is
    currently foreseen under agenda item 3."). ``has_documentation`` says whether the
    "Documentation" heading is printed. ``footnotes`` are the footnotes referenced in this
    section, with their document-wide numbers (print them at the end of the section, the
    nearest a continuous document gets to the foot of the page)."""

    number: str
    label: str
    heading: str
    level: int
    blocks: tuple[Block, ...]
    documentation: tuple[DocumentRef, ...]
    documentation_note: str | None
    footnotes: tuple[Footnote, ...]

    @property
    def has_documentation(self) -> bool:
        return bool(self.documentation or self.documentation_note)


@record
class Cell(Record):
    """An item cell pair in one lane (the main body or a parallel track). Blank when the
    lane has no row on that line."""

    item: str = ""
    title: str = ""             # as printed, worded "(continued)" by the style when continued
    continued: bool = False
    base: str = ""              # the title without the continued suffix
    suffix: str = ""            # the meeting's style.continued when continued, else ""
    # The suffix as (lead, word, tail): tables set the word in italics (UNODC/CCPCJ/EG.4/2017/1).
    suffix_parts: tuple[str, str, str] = ("", "", "")


@record
class TableLine(Record):
    """A printed line of the organization-of-work table.

    ``date`` and ``time`` are the printed cells, blank where UN-STYLE W2 leaves them blank
    (the date on the first line of its day only, the time on the first line of its sitting
    only). ``cells`` has one Cell per lane, in the order of :attr:`OrgTable.lanes`.
    ``holiday`` lines (W4) have no time and no item; their text is in ``cells[0].title``.
    ``first_of_day`` / ``first_of_sitting`` let an exporter draw rules between groups."""

    date: str
    time: str
    cells: tuple[Cell, ...]
    holiday: bool = False
    first_of_day: bool = False
    first_of_sitting: bool = False


@record
class SittingGroup(Record):
    """One sitting: its number within the day (1, 2...), times and printed lines."""

    number: int | None          # None for a holiday
    start: str | None           # "10:00"
    end: str | None             # "13:00"
    time: str                   # "10 a.m.–1 p.m." ("" for a holiday)
    lines: tuple[TableLine, ...]


@record
class DayGroup(Record):
    """One date of the table: ``label`` "Tuesday, 6 April 2021" (year per ``style.table_year``)."""

    date: str                   # ISO "2021-04-06"
    label: str
    sittings: tuple[SittingGroup, ...]
    holiday: str | None = None  # the text of a day without sittings

    @property
    def lines(self) -> tuple[TableLine, ...]:
        return tuple(chain.from_iterable([s.lines for s in self.sittings]))


@record
class ContractRow(Record):
    """One row of the ``egmplan orgwork --format json`` contract (see :meth:`OrgTable.to_dict`).
    Every row carries its full date, sitting and times even where the table leaves cells blank."""

    date: str
    sitting: int | None
    start: str | None
    end: str | None
    time: str
    item: str
    title: str
    continued: bool
    track: str | None


@record
class OrgTable(Record):
    """The annex table (UN-STYLE W1-W6).

    ``layout`` is "separate" (Date | Time | Item | Title or description) or "merged"
    (Date and time | Agenda item | Title or description); ``columns`` are the header labels
    for a table without tracks. ``lanes`` names the lanes: None for the main body, then
    each parallel track (W5); ``lane_headings`` are their printed names ("Plenary", the
    track's name). With more than one lane an exporter prints, per lane, an item and a title
    column under the lane heading. ``rows`` are the contract rows, flat, in table order."""

    layout: str
    columns: tuple[str, ...]
    lanes: tuple[str | None, ...]
    lane_headings: tuple[str, ...]
    days: tuple[DayGroup, ...]
    rows: tuple[ContractRow, ...]

    @property
    def lines(self) -> tuple[TableLine, ...]:
        return tuple(chain.from_iterable([s.lines for d in self.days for s in d.sittings]))

    @property
    def has_tracks(self) -> bool:
        return len(self.lanes) > 1

    def to_dict(self) -> dict:
        return {
            "layout": self.layout,
            "columns": list(self.columns),
            "lanes": list(self.lanes),
            "lane_headings": list(self.lane_headings),
            "days": [plain(d) for d in self.days],
            "rows": [plain(r) for r in self.rows],
        }


@record
class DocumentView(Record):
    """The whole annotated provisional agenda (see the module docstring for its order)."""

    meeting_id: str
    language: str
    timezone: str
    generated: str              # ISO 8601 instant (SOURCE_DATE_EPOCH or the date of issue), for metadata only
    masthead: Masthead
    title: str                  # "Annotated provisional agenda" ("Provisional agenda" when nothing is annotated)
    agenda_heading: str         # "Provisional agenda"
    agenda: tuple[AgendaEntry, ...]
    annotations_heading: str    # "Annotations"
    annotations: tuple[AnnotationSection, ...]
    documentation_heading: str  # "Documentation"
    annex_label: str            # "Annex"
    annex_title: str            # "Proposed organization of work"
    table: OrgTable
    footnotes: tuple[Footnote, ...] = field(default=())  # all footnotes, in number order
    deadlines_heading: str = ""
    # Printed only when the meeting asks for it (style.deadlines_section), in every format:
    deadlines: tuple[str, ...] = ()  # "Nomination of speakers: Wednesday, 22 July 2020, 6 p.m. (close of business), Vienna time"

    @property
    def annotated(self) -> bool:
        return bool(self.annotations)

    @property
    def direction(self) -> str:
        """The script's direction, ``ltr`` or ``rtl`` (Arabic): HTML ``dir``, Word bidi."""
        return get_style(self.language).DIRECTION

    @property
    def agenda_lines(self) -> tuple[AgendaEntry, ...]:
        """The agenda list flattened: items and sub-items in order."""
        return tuple(e for item in self.agenda for e in (item, *item.items))

    def orgwork_dict(self) -> dict:
        """The ``egmplan orgwork --format json`` contract: meeting, timezone and rows."""
        return {"meeting": self.meeting_id, "timezone": self.timezone, "rows": [plain(r) for r in self.table.rows]}

    def to_dict(self) -> dict:
        """The whole view as JSON-ready data (``agenda.json``)."""
        # plain() of every field but the table, which converts itself (the same keys, in order)
        data = {f.name: self.table.to_dict() if f.name == "table" else plain(getattr(self, f.name))
                for f in fields(self)}
        data["annotated"] = self.annotated
        for section, raw in zip(self.annotations, data["annotations"]):
            raw["has_documentation"] = section.has_documentation
        return data


# --- building ----------------------------------------------------------------------------


def _end_with(title: str, mark: str) -> str:
    """Title plus its list punctuation; a title that already ends in punctuation keeps it."""
    bare = title.rstrip()
    if bare.endswith((".", ":", ";", "?", "!", "。", "：", "；", "？", "！", "\u061b", "\u061f")):  # and the Arabic ; and ?
        bare = bare[:-1]
    return bare + mark


def _without_final_stop(title: str) -> str:
    # Rule A3: headings carry no final punctuation.
    return title.rstrip().rstrip(".:;。：；\u061b")


def _label(item: AgendaItem, style) -> str:
    return _item_label(item.number, item.letter, style)


# The same few numbers, hours and labels come back in meeting after meeting of a build;
# styles are modules, and what these functions word depends on their arguments only.
@lru_cache(maxsize=1024)
def _item_label(number: str, letter: str | None, style) -> str:
    number, letter = cited_number(number) or (number, letter)
    return style.item_label(number, letter)


def _agenda_entries(items: tuple[AgendaItem, ...], style) -> tuple[AgendaEntry, ...]:
    # Rule A2, worded by the style: "." for an item, ":" for an item that introduces
    # sub-items, ";" for sub-items and "." for the last sub-item.
    marks: dict[str, str] = {}

    def entry(item: AgendaItem, position: str, level: int, subs=()) -> AgendaEntry:
        mark = marks.get(position)
        if mark is None:
            mark = marks[position] = style.agenda_mark(position)
        return AgendaEntry(item.number, _label(item, style), item.title, mark,
                           _end_with(style.agenda_title(item.title, level), mark), level, subs)

    entries = []
    for item in items:
        if item.items:
            last = len(item.items) - 1
            subs = tuple([entry(sub, "last_sub" if index == last else "sub", 2)
                          for index, sub in enumerate(item.items)])
            entries.append(entry(item, "introduces", 1, subs))
        else:
            entries.append(entry(item, "item", 1))
    return tuple(entries)


def _annotations(meeting: Meeting, style, numbering: FootnoteNumbering) -> tuple[AnnotationSection, ...]:
    from egmplan.placeholders import fill
    from egmplan.render.annotation import parse_annotation

    sections = []
    printed = False  # whether a section has blocks or documentation
    for item in meeting.agenda:
        for entry in (item, *item.items) if item.items else (item,):
            is_sub = entry is not item
            annotation, documentation, note = entry.annotation, entry.documentation, entry.documentation_note
            # A sub-item is repeated as a heading only when it has something under it
            # (UNODC/CCPCJ/EG.4/2017/1: item 5's sub-items are not repeated); an item always is.
            if is_sub and not (annotation or documentation or note):
                continue
            if annotation:
                blocks, footnotes = parse_annotation(fill(annotation, meeting, style), numbering)
            else:
                blocks = footnotes = ()
            documents = tuple([DocumentRef(d.title, d.symbol, f"{d.title} ({d.symbol})" if d.symbol else d.title)
                               for d in documentation]) if documentation else ()
            note = fill(note, meeting, style) if note else None
            printed = printed or bool(blocks or documents or note)
            sections.append(AnnotationSection(entry.number, _label(entry, style),
                                              _without_final_stop(entry.annotation_heading), 2 if is_sub else 1,
                                              blocks, documents, note, footnotes))
    return tuple(sections) if printed else ()


def _hhmm(t: time | None) -> str | None:
    return None if t is None else f"{t.hour:02d}:{t.minute:02d}"


# The same few sitting hours come back in meeting after meeting of a build (10 a.m.–1 p.m.).
@lru_cache(maxsize=1024)
def _printed_time(start: time | None, end: time | None, clock: str, style) -> tuple[str | None, str | None, str]:
    """A sitting's times as its rows and table line print them: ("10:00", "13:00", "10 a.m.–1 p.m.")."""
    label = "" if start is None or end is None else style.format_time_range(start, end, clock)
    return _hhmm(start), _hhmm(end), label


def _printed_times(rows: list[OrgRow], meeting: Meeting, style) -> dict:
    """``{(start, end): ("10:00", "13:00", "10 a.m.–1 p.m.")}`` for the sittings' times of
    ``rows``: a sitting's rows, and its table line, print the same times."""
    printed: dict = {}
    clock = meeting.style.time
    for row in rows:
        key = (row.start, row.end)
        if key not in printed:
            printed[key] = _printed_time(row.start, row.end, clock, style)
    return printed


def contract_rows(meeting: Meeting, rows: list[OrgRow] | None = None, style=None) -> tuple[ContractRow, ...]:
    """The rows of the organization-of-work JSON contract, in table order."""
    style = style or get_style(meeting.style.language)
    rows = organization_rows(meeting) if rows is None else rows
    return _contract_rows(rows, _printed_titles(rows, meeting, style), _printed_times(rows, meeting, style))


def _contract_rows(rows: list[OrgRow], titles: list[str], printed_times: dict) -> tuple[ContractRow, ...]:
    contract = []
    for row, title in zip(rows, titles):
        start, end, label = printed_times[row.start, row.end]
        contract.append(ContractRow(row.date.isoformat(), row.sitting, start, end, label, row.item, title,
                                    row.continued, row.track))
    return tuple(contract)


def _printed_titles(rows: list[OrgRow], meeting: Meeting, style) -> list[str]:
    """Each row's title as the table and the contract print it, worded "(continued)" by the style."""
    suffix = meeting.style.continued
    return [style.continued_title(row.title, suffix) if row.continued else row.title for row in rows]


@lru_cache(maxsize=1024)
def _cited(number: str, style) -> str:
    """A row's item as the table's language cites it: "1 (a)", "1 a)" in French."""
    parts = cited_number(number)
    return style.item_reference(*parts) if parts else number


def build_table(meeting: Meeting, style=None) -> OrgTable:
    """The annex table grouped day -> sitting -> lines, with W2 blank cells."""
    style = style or get_style(meeting.style.language)
    options = meeting.style
    rows = organization_rows(meeting)
    suffix = options.continued
    clock = options.time
    continued_title = style.continued_title

    # One pass over the rows, in table order: each row's printed title and times, its
    # contract row, and the rows of each day (date -> its ISO text and its rows).
    times: dict = {}
    by_day: dict[date, tuple[str, list]] = {}
    contract = []
    for row in rows:
        title = continued_title(row.title, suffix) if row.continued else row.title
        printed = times.get((row.start, row.end))
        if printed is None:
            printed = times[row.start, row.end] = _printed_time(row.start, row.end, clock, style)
        day = by_day.get(row.date)
        if day is None:
            day = by_day[row.date] = (row.date.isoformat(), [])
        day[1].append((row, title, printed))
        start, end, time_label = printed
        contract.append(ContractRow(day[0], row.sitting, start, end, time_label, row.item, title,
                                    row.continued, row.track))

    lanes: tuple[str | None, ...] = (None, *(t.name for t in meeting.tracks))
    lane_index = {lane: n for n, lane in enumerate(lanes)}
    blank = Cell()
    blank_lanes = (blank,) * (len(lanes) - 1)
    suffix_parts = None  # the continued suffix's (lead, word, tail), worded once a table

    def cell(row: OrgRow, title: str) -> Cell:
        """The cell of a row that is not a holiday; ``title`` as printed."""
        nonlocal suffix_parts
        item = _cited(row.item, style)
        if row.continued:
            if suffix_parts is None:
                suffix_parts = style.emphasis_parts(suffix)
            return Cell(item, title, True, row.title, suffix, suffix_parts)
        return Cell(item, title, False, title, "")

    table_year = options.table_year
    days: list[DayGroup] = []
    for day in sorted(by_day):
        iso, day_rows = by_day[day]
        # A table cell starts with a capital in every language ("Mardi 6 avril").
        label = style.capitalize_first(style.format_date(day, weekday=True, year=table_year))
        sittings: list[SittingGroup] = []
        holiday_text = None
        first_line_of_day = True
        by_sitting: dict[int, list] = {}
        holidays = []
        for entry in day_rows:
            if entry[0].sitting is None:  # a holiday
                holidays.append(entry[0])
            else:
                by_sitting.setdefault(entry[0].sitting, []).append(entry)
        for r in holidays:
            holiday_text = r.title
            line = TableLine(label if first_line_of_day else "", "",
                             (Cell("", r.title, False, r.title), *blank_lanes), True, first_line_of_day, True)
            first_line_of_day = False
            sittings.append(SittingGroup(None, None, None, "", (line,)))
        numbers = sorted(by_sitting)
        for number in numbers:
            sitting_rows = by_sitting[number]
            start, end, time_label = sitting_rows[0][2]
            if len(lanes) == 1:
                row, title, _ = sitting_rows[0]
                lines = [TableLine(label if first_line_of_day else "", time_label, (cell(row, title),),
                                   False, first_line_of_day, True)]
                for row, title, _ in sitting_rows[1:]:
                    lines.append(TableLine("", "", (cell(row, title),), False, False, False))
            else:
                per_lane: list[list[Cell]] = [[] for _ in lanes]
                for row, title, _ in sitting_rows:
                    per_lane[lane_index[row.track]].append(cell(row, title))
                lines = [TableLine(label if first_line_of_day and n == 0 else "", time_label if n == 0 else "",
                                   tuple(lane[n] if n < len(lane) else blank for lane in per_lane),
                                   False, first_line_of_day and n == 0, n == 0)
                         for n in range(max(len(lane) for lane in per_lane))]
            first_line_of_day = False
            sittings.append(SittingGroup(number, start, end, time_label, tuple(lines)))
        days.append(DayGroup(iso, label, tuple(sittings), holiday_text if not numbers else None))

    return OrgTable(
        layout=options.layout,
        columns=style.table_columns("merged" if options.layout == "merged" else "separate"),
        lanes=lanes,
        lane_headings=(style.heading("plenary"), *(t.name for t in meeting.tracks)),
        days=tuple(days),
        rows=tuple(contract),
    )


def deadline_lines(meeting: Meeting) -> list[str]:
    """One line per deadline for the agenda documents and the calendar, worded by the style."""
    from egmplan.planning.deadlines import deadline_times

    style = get_style(meeting.style.language)
    lines = []
    for times in deadline_times(meeting):
        d = times.deadline
        at = None if times.venue is None else times.venue.time()
        due = style.deadline_due(d.date if times.venue is None else times.venue.date(), at,
                                 meeting.style.time, cob=d.cob)
        lines.append(style.deadline_line(d.label, due, meeting.venue if times.venue is not None else None))
    return lines


@record
class OrgworkView(Record):
    """What ``egmplan orgwork`` prints as text or in the terminal: the annex title and the
    table, those of :class:`DocumentView`, without building the rest of the document."""

    annex_title: str
    table: OrgTable


def build_orgwork_view(meeting: Meeting) -> OrgworkView:
    return OrgworkView(get_style(meeting.style.language).heading("annex_title"), build_table(meeting))


_footnote_number = attrgetter("number")


def _instant_text(instant: datetime) -> str:
    return instant.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# The instant of a build is the same for each of its meetings (SOURCE_DATE_EPOCH, or midnight
# UTC of a date of issue): worded once. Two datetimes in UTC that compare equal are one instant
# (not so in a zone with a repeated hour, where equality ignores ``fold``).
_utc_text = lru_cache(maxsize=64)(_instant_text)


def build_view(meeting: Meeting, *, generated: datetime | None = None) -> DocumentView:
    """The document for ``meeting``. ``generated`` is the instant recorded as metadata
    (default: :func:`egmplan.output.build_timestamp` without ``SOURCE_DATE_EPOCH``)."""
    from egmplan.output import build_timestamp

    style = get_style(meeting.style.language)
    if generated is None:
        generated = build_timestamp(None, meeting.issued)
    from egmplan.render.annotation import FootnoteNumbering

    numbering = FootnoteNumbering()
    annotations = _annotations(meeting, style, numbering)
    footnotes = tuple(sorted([f for s in annotations for f in s.footnotes], key=_footnote_number))
    session = style.session_name(meeting.number, meeting.kind)
    print_session = meeting.style.session_line
    if print_session is None:
        print_session = meeting.kind == "session"
    masthead = Masthead(
        organ=style.heading("organ"),
        symbol=meeting.symbol,
        distribution=style.distribution_line(meeting.distribution) if meeting.distribution else None,
        issued=style.masthead_date(meeting.issued) if meeting.issued else None,
        original=style.original_line(meeting.original_language) if meeting.original_language else None,
        body=meeting.body,
        session=session,
        venue_dates=style.venue_dates(meeting.venue, meeting.start, meeting.end),
        session_line=session if print_session else None,
        language=style.masthead_language() if meeting.style.language != meeting.languages[0] else None,
    )
    return DocumentView(
        meeting_id=meeting.id,
        language=meeting.style.language,
        timezone=meeting.timezone,
        generated=_utc_text(generated) if generated.tzinfo is timezone.utc else _instant_text(generated),
        masthead=masthead,
        title=style.heading("title_annotated" if annotations else "title"),
        agenda_heading=style.heading("agenda"),
        agenda=_agenda_entries(meeting.agenda, style),
        annotations_heading=style.heading("annotations"),
        annotations=annotations,
        documentation_heading=style.heading("documentation"),
        annex_label=style.heading("annex"),
        annex_title=style.heading("annex_title"),
        table=build_table(meeting, style),
        footnotes=footnotes,
        deadlines_heading=style.heading("deadlines"),
        deadlines=tuple(deadline_lines(meeting)) if meeting.style.deadlines_section else (),
    )
