"""English UN editorial style for dates, times, ranges and ordinals.

Pure functions: no I/O, no clock, no locale (``strftime`` is never used).
Rule ids (T1, D4, O1, ...) refer to ``shared/guides/UN-STYLE.md``.
"""

from __future__ import annotations

from functools import lru_cache

from datetime import date, time, timedelta

__all__ = [
    "LANGUAGE",
    "CLOCKS",
    "EN_DASH",
    "capitalize_first",
    "continued_title",
    "emphasis_parts",
    "format_date",
    "format_date_range",
    "format_date_span_text",
    "format_opening",
    "format_time",
    "format_time_range",
    "month_name",
    "number_word",
    "ordinal_figure",
    "ordinal_word",
    "plural",
    "weekday_name",
]

LANGUAGE = "en"
DIRECTION = "ltr"
CONTINUED = "(continued)"
CLOCKS = ("12h", "24h")
EN_DASH = "\u2013"

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
# date.weekday(): Monday is 0.
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_UNITS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL_UNITS = (
    "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
    "sixteenth", "seventeenth", "eighteenth", "nineteenth",
)
_ORDINAL_TENS = (
    "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
    "eightieth", "ninetieth",
)


# --- names -------------------------------------------------------------------------------

def month_name(month: int) -> str:
    """English month name for 1..12 (``4`` -> ``April``); ValueError otherwise."""
    if not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, not {month!r}")
    return _MONTHS[month - 1]


def weekday_name(d: date) -> str:
    """English weekday name of ``d`` (``Tuesday``), capitalised as in D2."""
    return _WEEKDAYS[d.weekday()]


# --- times -------------------------------------------------------------------------------

def _check_clock(clock: str) -> None:
    if clock not in CLOCKS:
        raise ValueError(f"clock must be one of {CLOCKS}, not {clock!r}")


def _is_word(t: time) -> bool:
    """UN-STYLE T5: 12:00 and 00:00 are written as words and take no meridiem."""
    return t.minute == 0 and t.hour in (0, 12)


def _meridiem(t: time) -> str:
    return "a.m." if t.hour < 12 else "p.m."


def _bare_12h(t: time) -> str:
    """The 12-hour figure without meridiem: ``10``, ``10.30``, ``12.15`` (T2, T3)."""
    hour = t.hour % 12 or 12
    return str(hour) if t.minute == 0 else f"{hour}.{t.minute:02d}"


def _format_24h(t: time) -> str:
    """UN-STYLE T6: zero-padded hours, full stop, minutes: ``09.00``, ``15.30``."""
    return f"{t.hour:02d}.{t.minute:02d}"


def format_time(t: time, clock: str = "12h") -> str:
    """A time of day in document style; seconds and tzinfo are not shown.

    ``12h`` (T1-T3, T5): ``10 a.m.``, ``10.30 a.m.``, ``3.10 p.m.``, ``noon``,
    ``12.30 p.m.``, ``midnight``, ``12.15 a.m.``.
    ``24h`` (T6): ``09.00``, ``15.30``, ``00.00``.
    Any other clock raises ValueError.
    """
    _check_clock(clock)
    if clock == "24h":
        return _format_24h(t)
    if _is_word(t):
        return "noon" if t.hour == 12 else "midnight"
    return f"{_bare_12h(t)} {_meridiem(t)}"


def format_time_range(start: time, end: time, clock: str = "12h") -> str:
    """A time range joined by an unspaced EN DASH (UN-STYLE T4, T5, T6).

    Same half of the day: the meridiem once, at the end (``3–6 p.m.``,
    ``9–11.30 a.m.``). Crossing noon or midnight (``end`` earlier than ``start``
    means the range runs past midnight): the meridiem on both ends
    (``10 a.m.–1 p.m.``, ``11 p.m.–1 a.m.``). ``noon``/``midnight`` never take a
    meridiem (``noon–2 p.m.``, ``10 a.m.–noon``). ``24h``: ``09.00–12.00``.
    Raises ValueError for an unknown clock or an empty range (start == end).
    """
    _check_clock(clock)
    if start.replace(second=0, microsecond=0) == end.replace(second=0, microsecond=0):
        raise ValueError(f"empty time range: {start} to {end}")
    if clock == "24h":
        return f"{_format_24h(start)}{EN_DASH}{_format_24h(end)}"
    same_half = (
        not _is_word(start)
        and not _is_word(end)
        and _meridiem(start) == _meridiem(end)
        and start < end
    )
    if same_half:
        return f"{_bare_12h(start)}{EN_DASH}{format_time(end)}"
    return f"{format_time(start)}{EN_DASH}{format_time(end)}"


# --- dates -------------------------------------------------------------------------------

def format_date(d: date, *, weekday: bool = False, year: bool = True) -> str:
    """A date as Day Month [Year]: no comma, no suffix, no leading zero.

    UN-STYLE D1 ``6 April 2021``; D2 ``Tuesday, 6 April 2021``;
    D3 (organization of work) ``Tuesday, 6 April``.
    """
    text = f"{d.day} {month_name(d.month)}"
    if year:
        text += f" {d.year}"
    if weekday:
        text = f"{weekday_name(d)}, {text}"
    return text


def _check_order(start: date, end: date) -> None:
    if end < start:
        raise ValueError(f"date range ends before it starts: {start} to {end}")


def _shared_head(start: date, end: date) -> str:
    """The start date without what it shares with the end (D4-D6)."""
    if start.year != end.year:
        return format_date(start)
    if start.month != end.month:
        return format_date(start, year=False)
    return str(start.day)


def format_date_range(start: date, end: date) -> str:
    """Masthead dates, joined by an unspaced EN DASH; shared parts written once.

    UN-STYLE D4 ``6–8 April 2021``; D5 ``29 May–2 June 2023`` and
    ``30 December 2024–2 January 2025``; one day: ``6 April 2021``.
    ValueError if ``end`` is before ``start``.
    """
    _check_order(start, end)
    if start == end:
        return format_date(start)
    return f"{_shared_head(start, end)}{EN_DASH}{format_date(end)}"


def format_date_span_text(start: date, end: date) -> str:
    """Dates in running text (UN-STYLE D6).

    ``from 6 to 8 April 2021``, ``from 29 August to 9 September 2022``,
    ``from 30 December 2024 to 2 January 2025``; two consecutive days
    ``on 13 and 14 June 2022``; one day ``on 6 April 2021``.
    ValueError if ``end`` is before ``start``.
    """
    _check_order(start, end)
    if start == end:
        return f"on {format_date(start)}"
    head = _shared_head(start, end)
    if end - start == timedelta(days=1):
        return f"on {head} and {format_date(end)}"
    return f"from {head} to {format_date(end)}"


def format_opening(d: date, t: time, clock: str = "12h") -> str:
    """Day, date and time of an opening (UN-STYLE M3, D2, T1).

    ``Tuesday, 6 April 2021, at 10 a.m.``; ``Monday, 27 July 2020, at noon``;
    24h: ``Tuesday, 6 April 2021, at 10.00``.
    """
    return f"{format_date(d, weekday=True)}, at {format_time(t, clock)}"


# --- numbers and ordinals ----------------------------------------------------------------

def _check_range(n: int, low: int) -> None:
    if isinstance(n, bool) or not isinstance(n, int) or not low <= n <= 999:
        raise ValueError(f"expected an integer {low}..999, not {n!r}")


def _under_hundred(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    return _TENS[tens] if unit == 0 else f"{_TENS[tens]}-{_UNITS[unit]}"


def number_word(n: int) -> str:
    """Cardinal in words for 0..999, British/UN style with ``and``.

    ``zero``, ``six``, ``twenty-one``, ``one hundred``, ``one hundred and five``,
    ``nine hundred and ninety-nine``. ValueError outside 0..999.
    """
    _check_range(n, 0)
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return _under_hundred(rest)
    head = f"{_UNITS[hundreds]} hundred"
    return head if rest == 0 else f"{head} and {_under_hundred(rest)}"


def ordinal_word(n: int) -> str:
    """Spelled-out ordinal, lower case, for 1..999 (UN-STYLE O1).

    ``first``, ``twelfth``, ``twentieth``, ``twenty-sixth``, ``sixty-fourth``,
    ``one hundredth``, ``one hundred and first``. ValueError outside 1..999.
    """
    _check_range(n, 1)
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        return f"{_UNITS[hundreds]} hundredth"
    if rest < 20:
        tail = _ORDINAL_UNITS[rest]
    else:
        tens, unit = divmod(rest, 10)
        tail = _ORDINAL_TENS[tens] if unit == 0 else f"{_TENS[tens]}-{_ORDINAL_UNITS[unit]}"
    return tail if hundreds == 0 else f"{_UNITS[hundreds]} hundred and {tail}"


def ordinal_figure(n: int) -> str:
    """Ordinal in figures for numbered sittings (UN-STYLE O2), n >= 1.

    ``1st``, ``2nd``, ``3rd``, ``4th``, ``11th``-``13th``, ``21st``, ``101st``, ``112th``.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"expected an integer >= 1, not {n!r}")
    if n % 100 in (11, 12, 13):
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# --- text helpers ------------------------------------------------------------------------

def capitalize_first(s: str) -> str:
    """Upper-case the first character only (O1: ``Sixty-fourth session``)."""
    return s[:1].upper() + s[1:]


def _default_plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def plural(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` in words with the noun agreeing: ``one day``, ``six plenary meetings``.

    The plural defaults to a regular English plural of ``singular``
    (``-s``, ``-es``, consonant + ``y`` -> ``-ies``). ValueError outside 0..999.
    """
    noun = singular if n == 1 else (plural if plural is not None else _default_plural(singular))
    return f"{number_word(n)} {noun}"


# --- the history of a body's meetings ----------------------------------------------------

def history_sentence(entry, short_body: str) -> str:
    """One earlier meeting, as an annotation recounts it (UN-STYLE D6, O1):
    ``The first meeting of the Expert Group was held in Vienna from 17 to 21 January 2011.``
    A postponed meeting: ``… was initially scheduled to take place from 6 to 8 April 2020
    and was held in Vienna from 27 to 29 July 2020.`` ``entry`` is a
    :class:`egmplan.model_series.HistoryEntry`."""
    where = f" in {entry.venue}" if entry.venue else ""
    head = f"The {ordinal_word(entry.number)} {entry.kind} of the {short_body}"
    if entry.postponed_from:
        first = format_date_span_text(*entry.postponed_from)
        return (f"{head} was initially scheduled to take place {first} and was held{where} "
                f"{format_date_span_text(entry.start, entry.end)}.")
    return f"{head} was held{where} {format_date_span_text(entry.start, entry.end)}."


def history_paragraph(entries, short_body: str) -> str:
    """Every earlier meeting in one paragraph: the first in full, the others in one sentence,
    naming a venue only where it changes:
    ``The first meeting of the Expert Group was held in Vienna from 17 to 21 January 2011.
    The second meeting was held from 25 to 28 February 2013, the third from 10 to 13 April
    2017 and the fourth from 3 to 5 April 2018.`` Empty for no entries."""
    if not entries:
        return ""
    text = history_sentence(entries[0], short_body)
    rest = []
    for index, entry in enumerate(entries[1:]):
        words = ordinal_word(entry.number) + (f" {entry.kind} was held" if index == 0 else "")
        words = words if index == 0 else f"the {words}"
        if entry.venue_changed and entry.venue:
            words += f" in {entry.venue}"
        words += f" {format_date_span_text(entry.start, entry.end)}"
        if entry.postponed_from:
            words += f" (initially scheduled {format_date_span_text(*entry.postponed_from)})"
        rest.append(words)
    if rest:
        listed = rest[0] if len(rest) == 1 else ", ".join(rest[:-1]) + " and " + rest[-1]
        text += f" The {listed}."
    return text


# --- words of the workplan and the meeting pages -----------------------------------------

WORDS = {
    "year": "Year",
    "meeting_column": "Meeting",
    "annotations": "Annotations",
    "status": "Status",
    "note": "Note",
}


def roman(n: int) -> str:
    """Part numbers of a UN document: I, II, III, IV… (1..39)."""
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while n >= value:
            out += letters
            n -= value
    return out


def meeting_figure(number: int, kind: str = "meeting") -> str:
    """A meeting in a workplan's table: ``4th meeting`` (UN-STYLE O2)."""
    return f"{ordinal_figure(number)} {kind}"


# Punctuation between the parts of a line: on site pages (a document's title and its status, a
# label and its text, a delegation's statements, a panellist's country in brackets) and between
# the items of a calendar event's title.
PUNCTUATION = {"colon": ": ", "semicolon": "; ", "full_stop": ". ", "before_open": " ", "open": "(", "close": ")"}


def part_heading(n: int, text: str | None) -> str:
    """A UN document's part heading: ``I. Provisional meeting arrangements``; the number alone when there is no text."""
    return f"{roman(n)}. {text}" if text else f"{roman(n)}."


def year_range(first: int, last: int) -> str:
    """A period of years, joined by an unspaced EN DASH: ``2018–2021``."""
    return str(first) if first == last else f"{first}{EN_DASH}{last}"

WORDS.update({
    "announcement": "Announcement",
    "mandate": "Mandate",
    "history": "Earlier meetings",
    "workplan": "Workplan",
    "dates_and_venue": "Dates and venue",
    "dates": "Dates",
    "venue": "Venue",
    "format": "Format",
    "documents": "Documents",
    "agenda_files": "Agenda, organization of work and calendar",
    "statements": "Statements",
    "statements_note": "Statements reproduced as received",
    "general_statements": "General statements",
    "panellists": "Panellists",
    "meetings": "Meetings",
    "report": "Report",
    "series_page": "All meetings of the {short_body}",
    "meeting_page": "Meeting page",
})

FORMAT_WORDS = {"in-person": "in person", "hybrid": "hybrid (in person and online)", "online": "online"}
FILE_WORDS = {
    "agenda.html": "Annotated provisional agenda (HTML)",
    "agenda.docx": "Annotated provisional agenda (Word)",
    "agenda.md": "Annotated provisional agenda (Markdown)",
    "agenda.txt": "Annotated provisional agenda (plain text)",
    "agenda.json": "Annotated provisional agenda (JSON data)",
    "orgwork.csv": "Organization of work (CSV)",
    "sittings.ics": "Sittings (calendar file)",
    "schedule.html": "Schedule of sittings in local time",
}


def workplan_title(short_body: str, period: str) -> str:
    """A workplan's title when its file gives none: ``Workplan of the Expert Group for the
    period 2018–2021`` (``period`` as :func:`year_range` writes it)."""
    return f"Workplan of the {short_body} for the period {period}"


def country_name(code: str, un_name: str) -> str:
    """A country in the panellists list: the UN short name egmplan already has
    (``Russian Federation``); ``code`` is its ISO 3166-1 alpha-2 code."""
    return un_name


def meeting_title(number: int, kind: str, body: str) -> str:
    """``Sixth meeting of the Expert Group to Conduct …`` (UN-STYLE O1)."""
    return f"{capitalize_first(ordinal_word(number))} {kind} of the {body}"


def postponement_announcement(number: int, kind: str, short_body: str, dates: tuple[date, date],
                              first_dates: tuple[date, date], reason: str | None) -> str:
    """``The sixth meeting of the Expert Group had to be postponed to 27–29 July 2020 due to
    the impact of the COVID-19 pandemic (original dates: 6–8 April 2020).``"""
    because = f" {reason}" if reason else ""
    return (f"The {ordinal_word(number)} {kind} of the {short_body} had to be postponed to "
            f"{format_date_range(*dates)}{because} (original dates: {format_date_range(*first_dates)}).")


def workplan_adoption(adopted_at: int, kind: str, short_body: str, first_year: int, last_year: int,
                      symbol: str | None) -> str:
    """``At its fourth meeting, the Expert Group adopted its workplan for the period
    2018–2021 (UNODC/CCPCJ/EG.4/2018/CRP.1).``"""
    cited = f" ({symbol})" if symbol else ""
    return (f"At its {ordinal_word(adopted_at)} {kind}, the {short_body} adopted its workplan for the period "
            f"{year_range(first_year, last_year)}{cited}. In accordance with the workplan:")


def workplan_entry(year: str, number: int, kind: str, topics) -> str:
    """``2020, sixth meeting: International cooperation; Prevention``."""
    return f"{year}, {ordinal_word(number)} {kind}: {'; '.join(topics)}"


def statements_heading(item_number: str | None, item_title: str | None) -> str:
    """``General statements`` or ``Statements on agenda item 2 (International cooperation)``."""
    if item_number is None:
        return WORDS["general_statements"]
    return f"Statements on agenda item {item_number} ({item_title})"


def panel_heading(item_number: str, item_title: str) -> str:
    return f"Panellists on agenda item {item_number} ({item_title})"


def status_line(status: str | None, day: date | None) -> str:
    """``Reproduced as received. Status: 1 June 2020``."""
    parts = []
    if status:
        parts.append(status.rstrip(".") + ".")
    if day:
        parts.append(f"{WORDS['status']}: {format_date(day)}")
    return " ".join(parts)


# --- the organization of work ------------------------------------------------------------

def continued_title(title: str, suffix: str) -> str:
    """A continued row's printed title: the title, a space, the meeting's ``style.continued``
    (``Opening of the meeting (continued)``; UN-STYLE W6)."""
    return f"{title} {suffix}"


def emphasis_parts(suffix: str) -> tuple[str, str, str]:
    """``(lead, word, tail)`` of the continued suffix, the word being what tables set in
    italics (``(``, ``continued``, ``)``; UNODC/CCPCJ/EG.4/2017/1). A suffix not in
    brackets has no italic word: ``(suffix, "", "")``."""
    if len(suffix) > 2 and suffix[0] == "(" and suffix[-1] == ")" and "\n" not in suffix:
        return "(", suffix[1:-1], ")"
    return suffix, "", ""


# --- the agenda list and the placeholders of annotations ---------------------------------

def item_label(number: str, letter: str | None) -> str:
    """The label of a line of the agenda list (A1): ``1.`` for an item, ``(a)`` for a
    sub-item (``letter`` the sub-item's letter, None for an item)."""
    return f"({letter})" if letter else f"{number}."


_AGENDA_MARKS = {"item": ".", "introduces": ":", "sub": ";", "last_sub": "."}


def agenda_mark(position: str) -> str:
    """Final punctuation of a line of the agenda list (A2): ``item`` ".", ``introduces`` (an
    item with sub-items) ":", ``sub`` ";", ``last_sub`` ".". KeyError for another position."""
    return _AGENDA_MARKS[position]


def agenda_title(title: str, level: int) -> str:
    """A title as the agenda list prints it at ``level`` (1 item, 2 sub-item): unchanged in
    English (Russian starts a sub-item in lower case)."""
    return title


def item_reference(number: str, letter: str | None) -> str:
    """An item as a table or a sentence cites it: ``2``, ``1 (a)``."""
    return f"{number} ({letter})" if letter else number


def meeting_phrase(number: int, kind: str) -> str:
    """The ``{meeting}`` placeholder: ``seventh meeting``, ``thirtieth session`` (O1)."""
    return f"{ordinal_word(number)} {kind}"


def plenary_meetings(sittings: int, days: int) -> str:
    """The ``{plenary_meetings}`` placeholder: ``six plenary meetings over the course of three days``."""
    return f"{plural(sittings, 'plenary meeting')} over the course of {plural(days, 'day')}"


# --- the document: headings, masthead, table ---------------------------------------------

_HEADINGS = {
    "organ": "United Nations",
    "title": "Provisional agenda",
    "title_annotated": "Annotated provisional agenda",
    "agenda": "Provisional agenda",
    "annotations": "Annotations",
    "documentation": "Documentation",
    "annex": "Annex",
    "annex_title": "Proposed organization of work",
    "deadlines": "Deadlines",
    "plenary": "Plenary",
    "to_be_announced": "To be announced",
    "schedule_notes": "Notes",
    "awake": "Who is awake",
    "at_night": "At night",
    "sitting": "sitting",
}


def heading(key: str) -> str:
    """A fixed heading or word of the documents: ``organ``, ``title``, ``title_annotated``,
    ``agenda``, ``annotations``, ``documentation``, ``annex``, ``annex_title``, ``deadlines``
    (A/AC.291/11, UNODC/CCPCJ/EG.4/2021/1); ``plenary`` (the main body's lane heading in the
    annex of a meeting with parallel tracks); ``to_be_announced`` (the default of
    style.to_be_announced); the schedule page's ``schedule_notes``, ``awake`` and ``at_night``
    headings and ``sitting`` (lower case: "2021-04-06, sitting 1: Fiji"). KeyError for another key."""
    return _HEADINGS[key]


def session_name(number: int, kind: str) -> str:
    """The session line: ``Seventh meeting``, ``Sixty-fourth session`` (O1)."""
    return capitalize_first(f"{ordinal_word(number)} {kind}")


def meeting_name(short_body: str, number: int, kind: str) -> str:
    """A meeting in one line (calendar name): ``Expert Group, seventh meeting``."""
    return f"{short_body}, {ordinal_word(number)} {kind}"


def distribution_line(distribution: str) -> str:
    """Masthead: ``Distr.: General``."""
    return f"Distr.: {distribution}"


def original_line(language: str) -> str:
    """Masthead: ``Original: English``."""
    return f"Original: {language}"


def venue_dates(venue: str, start: date, end: date) -> str:
    """Masthead: ``Vienna, 6–8 April 2021`` (D4, D5)."""
    return f"{venue}, {format_date_range(start, end)}"


def table_columns(layout: str) -> tuple[str, ...]:
    """Header labels of the organization-of-work table: ``merged`` (W1: Date and time |
    Agenda item | Title or description) or ``separate`` (Date | Time | Item | Title or description)."""
    if layout == "merged":
        return ("Date and time", "Agenda item", "Title or description")
    return ("Date", "Time", "Item", "Title or description")


# --- deadlines -----------------------------------------------------------------------------

def deadline_due(day: date, at: time | None, clock: str = "12h", cob: bool = False) -> str:
    """When a deadline is due: ``Wednesday, 22 July 2020, 6 p.m. (close of business)``
    (``cob``), ``Wednesday, 22 July 2020, 3 p.m.``, all day ``Monday, 1 June 2020``."""
    if at is None:
        return format_date(day, weekday=True)
    text = f"{format_date(day, weekday=True)}, {format_time(at, clock)}"
    return text + (" (close of business)" if cob else "")


def deadline_line(label: str, due: str, venue: str | None) -> str:
    """A deadline in the agenda document: ``Nomination of speakers: Wednesday, 22 July 2020,
    6 p.m. (close of business), Vienna time``; ``venue`` None for an all-day deadline."""
    where = f", {venue} time" if venue is not None else ""
    return f"{label}: {due}{where}"


# --- the calendar ------------------------------------------------------------------------

def items_phrase(numbers: list[str]) -> str:
    """``item 2``, ``items 2, 3 and 4``; "" for none."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        return f"item {numbers[0]}"
    return f"items {', '.join(numbers[:-1])} and {numbers[-1]}"


def calendar_sitting_line(day: date, start: time, end: time, clock: str, venue: str) -> str:
    """First line of a sitting's description: ``Tuesday, 6 April 2021, 10 a.m.–1 p.m. (Vienna time)``."""
    return f"{format_date(day, weekday=True)}, {format_time_range(start, end, clock)} ({venue} time)"


def calendar_item_line(number: str, title: str, track: str | None) -> str:
    """A row in a sitting's description: ``Item 2: Review …``, ``Track B: Item 3: …``."""
    where = f"{track}: " if track else ""
    return f"{where}Item {number}: {title}"


def calendar_location(venue: str, meeting_format: str) -> str:
    """Where a delegate goes: ``Vienna``, ``Vienna and online (hybrid meeting)``,
    ``Online (venue: Vienna)``."""
    if meeting_format == "hybrid":
        return f"{venue} and online (hybrid meeting)"
    if meeting_format == "online":
        return f"Online (venue: {venue})" if venue else "Online"
    return venue


def calendar_deadline_summary(label: str, meeting: str) -> str:
    """A deadline event's title: ``Deadline: Nomination of speakers (Expert Group, seventh meeting)``."""
    return f"Deadline: {label} ({meeting})"


def short_date(d: date) -> str:
    """A date in a narrow column: ``Tue 6 Apr``."""
    return f"{weekday_name(d)[:3]} {d.day} {month_name(d.month)[:3]}"


# --- reports of the planning commands (orgwork plan, deadlines, who is awake) -------------

def plan_columns() -> tuple[str, ...]:
    """Columns of ``egmplan orgwork plan``."""
    return ("Date", "Time", "Item", "Title", "Minutes")


def plan_time_left() -> str:
    return "Time left:"


def deadline_columns(venue: str, zone: str | None) -> tuple[str, ...]:
    """Columns of ``egmplan deadlines``: ``What``, ``Due (Vienna time)``, ``In Asia/Tokyo``."""
    return ("What", f"Due ({venue} time)") + ((f"In {zone}",) if zone else ())


def deadline_all_day_note() -> str:
    return " (all day, venue date)"


def no_deadlines(meeting_id: str) -> str:
    return f"{meeting_id} lists no deadlines"


def deadlines_heading(meeting_id: str, venue: str, zone: str, close_of_business: time) -> str:
    """``Deadlines for ID (Vienna, Europe/Vienna; COB is 18:00 at the venue)``."""
    return (f"Deadlines for {meeting_id} ({venue}, {zone}; COB is "
            f"{close_of_business:%H:%M} at the venue)")


def awake_title(participants: int, meeting_id: str) -> str:
    """The who-is-awake heat map's title."""
    return f"Who is awake: {participants} participants at each sitting of {meeting_id}, local time"


def awake_table_title(participants: int) -> str:
    """The who-is-awake table's title in the terminal."""
    return f"Who is awake: {participants} participants, delegations (delegates) per comfort class"


def awake_columns() -> tuple[str, ...]:
    """The who-is-awake table's first columns (the comfort classes follow)."""
    return ("Date", "Sitting")


def awake_night_line(day: str, sitting: str, count: int, names: str) -> str:
    """``At night, Tuesday, 6 April 2021, 10 a.m.–1 p.m. (2): Fiji, Samoa``."""
    return f"At night, {day}, {sitting} ({count}): {names}"


def notes_heading() -> str:
    """Above the schedule's notes in plain text."""
    return "Notes:"

# --- the local-time schedule -------------------------------------------------------------

_SCHEDULE_COLUMNS = {"date": "Date", "zone": "Zone", "local": "Local time", "day": "Day",
                     "offset": "Offset", "comfort": "Comfort"}


def schedule_title(number: int, kind: str, body: str) -> str:
    """``Seventh meeting of the Expert Group …``."""
    return capitalize_first(f"{ordinal_word(number)} {kind} of the {body}")


def schedule_subtitle(venue: str, start: date, end: date) -> str:
    """``Vienna, 6–8 April 2021: local times of the sittings``."""
    return f"{venue}, {format_date_range(start, end)}: local times of the sittings"


def venue_time(venue: str) -> str:
    """``Vienna time``."""
    return f"{venue} time"


def crosses_midnight() -> str:
    return "crosses midnight"


def schedule_column(key: str) -> str:
    """A schedule column heading: ``date``, ``zone``, ``local``, ``day``, ``offset``, ``comfort``."""
    return _SCHEDULE_COLUMNS[key]


def comfort_legend(bounds) -> str:
    """The comfort classes' hours (``bounds``: working_start/end, night_start/end times)."""
    b = bounds
    return (f"Comfort, local time: working {b.working_start:%H:%M}–{b.working_end:%H:%M}; "
            f"early/late {b.night_end:%H:%M}–{b.working_start:%H:%M} and "
            f"{b.working_end:%H:%M}–{b.night_start:%H:%M}; night {b.night_start:%H:%M}–{b.night_end:%H:%M}. "
            "A sitting takes the worst class it touches.")


# --- the changes between two drafts ------------------------------------------------------

def change_wording(clock: str, markdown: bool, user):
    """The sentences of ``egmplan diff`` (:class:`egmplan.style.en_changes.ChangeWording`);
    ``user`` makes user text inert in the output format."""
    import sys

    from egmplan.style.en_changes import ChangeWording

    return ChangeWording(sys.modules[__name__], clock, markdown, user)


def plan_heading(meeting_id: str, min_split: int) -> str:
    """The head of ``egmplan orgwork plan``."""
    return (f"Organization of work planned for {meeting_id} from estimated_minutes "
            f"(an item shorter than {min_split} minutes is never split)")


def plan_time_left_line(day: date, times: str, minutes: int) -> str:
    """``Tuesday, 6 April 2021, 3–6 p.m.: 20 minutes``."""
    return f"{format_date(day, weekday=True)}, {times}: {minutes} minutes"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def plan_summary(meeting_id: str, used: int, capacity: int, taken: int, sittings: int, days: int,
                 split: list[str]) -> str:
    """One line: ``ID: 1,020 of 1,080 minutes planned in 6 sittings of 6 on 3 days, 60 left;
    split over several sittings: 2, 3.``"""
    text = (f"{meeting_id}: {used:,} of {capacity:,} minutes planned in {_count(taken, 'sitting')} of "
            f"{sittings} on {_count(days, 'day')}, {capacity - used:,} left")
    if split:
        text += f"; split over several sittings: {', '.join(split)}"
    return text + "."


# --- offsets and offset notes (UN-STYLE T8) ------------------------------------------------

def offset_display(offset: timedelta) -> str:
    """T8: ``UTC+7``, ``UTC+5:45``, ``UTC−11`` (minus sign), ``UTC+0``."""
    total = int(offset.total_seconds()) // 60
    sign = "−" if total < 0 else "+"
    hours, minutes = divmod(abs(total), 60)
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


def zone_time_label(abbreviation: str, offset: timedelta) -> str:
    """``CEST, UTC+2``; numeric abbreviations (``+07``) add nothing, so ``UTC+7`` alone."""
    if abbreviation and abbreviation[0].isalpha() and abbreviation != "UTC":
        return f"{abbreviation}, {offset_display(offset)}"
    return offset_display(offset)


def _amount(delta: timedelta) -> str:
    minutes = abs(int(delta.total_seconds()) // 60)
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if rest:
        parts.append(f"{rest} minute{'s' if rest != 1 else ''}")
    return " ".join(parts)


def _relation(delta: timedelta, venue: str) -> str:
    """``5 hours behind Vienna``; without a venue (a later clause): ``6 hours behind``."""
    if not delta:
        return f"at the same time as {venue}" if venue else "at the same time"
    side = ("ahead of" if venue else "ahead") if delta > timedelta(0) else "behind"
    return f"{_amount(delta)} {side} {venue}".rstrip()


def _short_amount(delta: timedelta, reference: timedelta) -> str:
    """``6`` after "5 hours behind ... not the usual"; whole words when the side or unit differs."""
    if not delta:
        return "same time"
    same_side = (delta > timedelta(0)) == (reference > timedelta(0))
    whole = not int(delta.total_seconds()) % 3600 and not int(reference.total_seconds()) % 3600
    if same_side and whole and reference:
        return str(abs(int(delta.total_seconds())) // 3600)
    return f"{_amount(delta)} {'ahead' if delta > timedelta(0) else 'behind'}"


def _clock_change(change) -> str:
    """``New York changed its clocks on 10 March 2019 (EST, UTC−5 → EDT, UTC−4)``."""
    before, after = change.before, change.after
    verb = "changed" if change.past else "changes"
    text = (f"{change.place} {verb} its clocks on {format_date(after.date())} "
            f"({zone_time_label(before.tzname() or '', before.utcoffset())} → "
            f"{zone_time_label(after.tzname() or '', after.utcoffset())})")
    skipped = (after.date() - before.date()).days - 1
    if skipped == 1:
        text += f"; {format_date(before.date() + timedelta(days=1))} does not exist there"
    elif skipped > 1:
        text += f"; {skipped} days do not exist there"
    elif after.date() < before.date():
        text += f"; {format_date(after.date())} happens twice there"
    return text


def offset_note(note) -> str:
    """A note of :func:`egmplan.planning.offset_notes.offset_notes` in words:
    ``America/New_York is 5 hours behind Vienna on 27–29 March 2019, not the usual 6: …``, or
    ``… is 6 hours behind Vienna on 6 April 2021, then 5 on 7–8 April 2021: …``."""
    if not note.usual:
        parts = [f"{_relation(delta, note.venue if n == 0 else '')} on {format_date_range(a, b)}"
                 for n, (a, b, delta) in enumerate(note.spans)]
        text = f"{note.zone} is " + ", then ".join(parts)
        if note.changes:
            text += ": " + "; ".join(_clock_change(c) for c in note.changes)
        return text + "."
    (first, last, delta), = note.spans
    usual_text = " or ".join(_short_amount(d, delta) for d in note.usual)
    text = (f"{note.zone} is {_relation(delta, note.venue)} on {format_date_range(first, last)}, "
            f"not the usual {usual_text}")
    if note.changes:
        text += ": " + " and ".join(_clock_change(c) for c in note.changes)
    return text + "."


def suggestion_report(meeting, suggestion, **options) -> str:
    """The report of ``egmplan suggest`` (:mod:`egmplan.style.en_reports`)."""
    import sys

    from egmplan.style.en_reports import suggestion_report as report

    return report(sys.modules[__name__], meeting, suggestion, **options)


def connections_report(meeting, result) -> str:
    """The report of ``egmplan connections`` (:mod:`egmplan.style.en_reports`)."""
    from egmplan.style.en_reports import connections_report as report

    return report(meeting, result)


_COMFORT_WORDS = {"working": "working", "early/late": "early/late", "night": "night"}


def comfort_word(comfort: str) -> str:
    """A comfort class (``working``, ``early/late``, ``night``: planning.comfort's names, which
    JSON, CSV and CSS keep) as the schedule prints it: the words of comfort_legend. KeyError for another class."""
    return _COMFORT_WORDS[comfort]


def moment_range(start: str, end: str) -> str:
    """Two worded moments on different dates as one range (a sitting that crosses midnight
    in a participant's zone): ``7 April, 11 p.m.–8 April, 2 a.m.``."""
    return f"{start}{EN_DASH}{end}"


def summary_head(name: str) -> str:
    """What a calendar event's SUMMARY starts with before the items: ``Expert Group, seventh meeting: ``."""
    return f"{name}: "


def awake_count_label(comfort: str) -> str:
    """A row of the heat map's summary: the comfort class, then what its cells count
    (delegations, and delegates in brackets)."""
    return f"{comfort_word(comfort)}: delegations (delegates)"


@lru_cache(maxsize=1)
def _tie_patterns():
    import re

    from egmplan.style.ties import month_words

    return (
        re.compile(rf"(?<=\d) (?=(?:{month_words(format_date)})\b)"),   # 6 April
        re.compile(r"(?<=\d) (?=[ap]\.m\.)"),                           # 10 a.m.
    )


def tie_words(text: str) -> str:
    """``text`` with a no-break space wherever this language never breaks a line (Word)."""
    from egmplan.style.ties import tie

    return tie(text, _tie_patterns())


def masthead_language() -> str:
    """The masthead's language line, printed under the date of issue in every version but the
    original: ``English``."""
    return "English"


def masthead_date(d: date) -> str:
    """The date of issue in the masthead (the masthead's date, as the text writes dates)."""
    return format_date(d)


def dated_time(day: str, time: str) -> str:
    """A time with the date it falls on, in a schedule's cell: ``7 April, 2 a.m.``."""
    return f"{day}, {time}"


def sitting_heading(day: str, time: str, zone_heading: str) -> str:
    """A sitting's heading in the long layout of a schedule (many zones): its date and the
    venue's time, then the column's heading; ``Tuesday, 6 April 2021, 10 a.m.–1 p.m. — Vienna time``."""
    return f"{dated_time(day, time)} — {zone_heading}"
