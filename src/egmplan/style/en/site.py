"""English: the site's pages, the workplan, and the history of a body's meetings."""

from __future__ import annotations

from datetime import date

from egmplan.style.en.grammar import capitalize_first, ordinal_figure, ordinal_word
from egmplan.style.en.dates import EN_DASH, format_date, format_date_range, format_date_span_text


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
