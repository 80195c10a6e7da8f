"""The site's pages: what each prints, worded by ``style`` (the views below), laid out by the
Jinja templates ``site_series.html.j2`` and ``site_meeting.html.j2`` on the layout
``_site_page.html.j2`` (autoescaped: every text from the files is escaped). Headings go h1,
h2, h3 in order; tables have header cells; the print style drops the navigation."""

from __future__ import annotations

from dataclasses import dataclass

from egmplan import placeholders
from egmplan.model import Meeting
from egmplan.model_series import MeetingFacts, Series
from egmplan.model_series import history
from egmplan.render import bracketed

# The workplan's files the series page links, in this order (render/site SITE_WORKPLAN_FORMATS),
# each named as the language names that format of the agenda (style.FILE_WORDS: "(plain text)").
_WORKPLAN_LINKS = (("html", "agenda.html"), ("docx", "agenda.docx"), ("md", "agenda.md"), ("txt", "agenda.txt"),
                   ("json", "agenda.json"))


def _format_name(style, agenda_file: str) -> str:
    """``plain text`` from ``Annotated provisional agenda (plain text)`` (brackets full width in Chinese)."""
    words = style.FILE_WORDS[agenda_file].rstrip(")）")
    return words[max(words.rfind("("), words.rfind("（")) + 1:]


@dataclass(frozen=True)
class Link:
    href: str
    text: str


# Each language named in its own words, as the language bar of the UN's web site (un.org)
# writes them: a reader finds the version they read by its name in their language.
AUTONYMS = {"ar": "العربية", "zh": "中文", "en": "English", "fr": "Français", "ru": "Русский", "es": "Español"}


@dataclass(frozen=True)
class Version:
    """One language version of a page: its language, the link to it from this page ("" for
    the page itself) and the language's own name."""

    lang: str
    href: str
    name: str


@dataclass(frozen=True)
class Page:
    """What every page's layout needs: the language (``<html lang>``, and ``dir`` from its
    style module's DIRECTION), the title and the page's versions in every language it is
    built in (none when it is built in one language only)."""

    lang: str
    title: str
    versions: tuple[Version, ...] = ()

    @property
    def alternates(self) -> tuple[Version, ...]:
        return tuple(v for v in self.versions if v.href)


def versions_of(page: str, languages: tuple[tuple[str, str], ...], current: str) -> tuple[Version, ...]:
    """The versions of the page at ``page`` (its path in the site) in ``languages``, each
    ``(language, path of that version)``, linked relatively; none when there is one only."""
    import posixpath

    if len(languages) < 2:
        return ()
    here = posixpath.dirname(page) or "."
    return tuple(Version(language, "" if language == current else posixpath.relpath(path, here), AUTONYMS[language])
                 for language, path in languages)


def _page(style, title: str, versions: tuple[Version, ...] = ()) -> Page:
    return Page(style.LANGUAGE, title, versions)


def _mandate(series: Series) -> tuple[str, ...]:
    """The mandate's paragraphs, each on one line."""
    if not series.mandate:
        return ()
    resolution = series.established_by
    values = {"body": series.body, "short_body": series.short_body,
              "resolution": resolution.text if resolution else "",
              "resolution_title": (resolution.title or "") if resolution else ""}
    text = placeholders.fill_values(series.mandate, values)
    return tuple(" ".join(p.split()) for p in text.split("\n\n") if p.strip())


def _kind(series: Series, number: int) -> str:
    facts = series.meeting(number)
    return facts.kind if facts else "meeting"


def _adoption(series: Series, plan, style) -> str:
    return style.workplan_adoption(plan.adopted_at, _kind(series, plan.adopted_at), series.short_body,
                                   plan.first_year, plan.last_year, plan.symbol)


def _render(template: str, **context) -> str:
    from egmplan.render.templates import render

    return render(template, **context)


# --- the series page ----------------------------------------------------------------------

@dataclass(frozen=True)
class SeriesMeetingRow:
    link: Link
    dates: str
    venue: str
    report: str
    link_lang: str | None = None     # the page's language when it is not the series page's
    link_language: str | None = None  # its own name


def series_page(series: Series, style, *, versions: tuple[Version, ...] = (),
                elsewhere: dict[int, tuple[str, str]] | None = None) -> str:
    """The series page; ``elsewhere``: the meetings whose page is not built in this page's
    language, by number, each with the link to the page in its original language and that
    language."""
    elsewhere = elsewhere or {}
    words = style.WORDS

    def row(facts):
        text = style.capitalize_first(style.meeting_phrase(facts.number, facts.kind))
        dates, venue, report = style.format_date_range(facts.start, facts.end), facts.venue or "", facts.report or ""
        if facts.number in elsewhere:
            href, language = elsewhere[facts.number]
            return SeriesMeetingRow(Link(href, text), dates, venue, report, language, AUTONYMS[language])
        return SeriesMeetingRow(Link(facts.page_folder + "/index.html", text), dates, venue, report)

    rows = tuple(row(facts) for facts in series.meetings)
    return _series_page(series, style, words, rows, versions)


@dataclass(frozen=True)
class SeriesWorkplanRow:
    year: str
    meeting: str                 # "4th meeting"
    topics: tuple[str, ...]


@dataclass(frozen=True)
class SeriesWorkplan:
    heading: str                 # "Workplan 2018–2021"
    adoption: str
    columns: tuple[str, ...]
    rows: tuple[SeriesWorkplanRow, ...]
    files: tuple[Link, ...]


def _series_page(series: Series, style, words, rows, versions) -> str:
    plan = series.current_workplan
    workplan = None
    if plan is not None:
        workplan = SeriesWorkplan(
            f'{words["workplan"]} {style.year_range(plan.first_year, plan.last_year)}',
            _adoption(series, plan, style),
            (words["year"], words["meeting_column"], plan.topics_heading),
            tuple(SeriesWorkplanRow(row.year, style.meeting_figure(row.meeting, _kind(series, row.meeting)), row.topics)
                  for row in plan.rows),
            tuple(Link(f"workplan/workplan.{ext}", _format_name(style, agenda_file))
                  for ext, agenda_file in _WORKPLAN_LINKS))
    return _render("site_series.html.j2", page=_page(style, series.body, versions), words=words, body=series.body,
                   mandate=_mandate(series),
                   meeting_columns=(words["meeting_column"], words["dates"], words["venue"], words["report"]),
                   meetings=rows, workplan=workplan)


# --- a meeting's page -----------------------------------------------------------------------

@dataclass(frozen=True)
class DocumentEntry:
    title: str
    address: str | None
    symbol: str | None
    status: str
    note: str | None             # on one line


@dataclass(frozen=True)
class StatementEntry:
    """``Russian Federation 1; 2`` when it sent several (``parts``, each a link when
    addressed); else the delegation, a link when addressed (``address``)."""

    delegation: str
    address: str | None
    parts: tuple[Link, ...]      # href "" when that statement has no address


@dataclass(frozen=True)
class StatementGroup:
    anchor: str
    heading: str
    statements: tuple[StatementEntry, ...]


@dataclass(frozen=True)
class PanellistEntry:
    name: str
    country: str | None
    title: str | None


@dataclass(frozen=True)
class PanelGroup:
    heading: str
    panellists: tuple[PanellistEntry, ...]


def meeting_page(series: Series, facts: MeetingFacts, meeting: Meeting | None, style, *,
                 versions: tuple[Version, ...] = ()) -> str:
    from egmplan.render.site import AGENDA_FILES

    words = style.WORDS
    title = style.meeting_title(facts.number, facts.kind, series.body)
    announcement = None
    if facts.postponed_from:
        announcement = style.postponement_announcement(facts.number, facts.kind, series.short_body,
                                                       (facts.start, facts.end), facts.postponed_from,
                                                       facts.postponement_reason)
    earlier = history(series.earlier_than(facts.number))
    plan = series.workplan_for(facts.number)
    workplan = None
    if plan is not None:
        workplan = (_adoption(series, plan, style),
                    tuple(style.workplan_entry(row.year, row.meeting, _kind(series, row.meeting), row.topics)
                          for row in plan.rows if row.meeting >= facts.number))
    facts_list = [(words["dates"], style.format_date_range(facts.start, facts.end))]
    if facts.venue:
        facts_list.append((words["venue"], facts.venue))
    if meeting is not None:
        facts_list.append((words["format"], style.FORMAT_WORDS[meeting.format]))
    if facts.report:
        facts_list.append((words["report"], facts.report))
    files = ()
    if meeting is not None:
        symbol = bracketed(meeting.symbol, style) if meeting.symbol else ""
        files = tuple(Link(name, style.FILE_WORDS[name] + (symbol if name.startswith("agenda") else ""))
                      for name in AGENDA_FILES)
    return _render(
        "site_meeting.html.j2", page=_page(style, title, versions), words=words, marks=style.PUNCTUATION,
        series_link=Link("../index.html", words["series_page"].format(short_body=series.short_body)),
        title=title, subtitle=(style.venue_dates(facts.venue, facts.start, facts.end) if facts.venue
                                         else style.format_date_range(facts.start, facts.end)),
        announcement=announcement, mandate=_mandate(series),
        history=style.history_paragraph(earlier, series.short_body) if earlier else None,
        workplan=workplan, facts=tuple(facts_list), files=files,
        documents=_documents(meeting, style) if meeting is not None else (),
        statements=_statements(meeting, style) if meeting is not None else (),
        panels=_panels(meeting, style) if meeting is not None else ())


def _documents(meeting: Meeting, style) -> tuple[DocumentEntry, ...]:
    return tuple(DocumentEntry(d.title, d.address, d.symbol, style.status_line(d.status, d.date),
                               " ".join(d.note.split()) if d.note else None)
                 for d in meeting.documents)


def _statements(meeting: Meeting, style) -> tuple[StatementGroup, ...]:
    groups: dict[str | None, list] = {}
    for statement in meeting.statements:
        groups.setdefault(statement.item, []).append(statement)
    order = sorted(groups, key=lambda n: (n is not None, _item_order(meeting, n)))
    out = []
    for number in order:
        item = meeting.item(number) if number is not None else None
        anchor = ("statements-general" if number is None
                  else f"statements-item-{number.replace(' ', '').replace('(', '-').rstrip(')')}")
        out.append(StatementGroup(anchor, style.statements_heading(number, item.title if item else None),
                                  tuple(_statement(s) for s in groups[number])))
    return tuple(out)


def _item_order(meeting: Meeting, number: str | None) -> int:
    numbers = [i.number for i in meeting.all_items()]
    return numbers.index(number) if number in numbers else -1


def _statement(statement) -> StatementEntry:
    if statement.count == 1:
        return StatementEntry(statement.delegation, statement.addresses[0] if statement.addresses else None, ())
    parts = tuple(Link(statement.addresses[n] if n < len(statement.addresses) else "", str(n + 1))
                  for n in range(statement.count))
    return StatementEntry(statement.delegation, None, parts)


def _panels(meeting: Meeting, style) -> tuple[PanelGroup, ...]:
    from egmplan import places

    return tuple(
        PanelGroup(style.panel_heading(item.number, item.title),
                   tuple(PanellistEntry(p.display_name, _country_name(p, places, style), p.title)
                         for p in item.speakers.panellists))
        for item in meeting.all_items() if item.speakers and item.speakers.panellists)


def _country_name(panellist, places, style) -> str | None:
    """As the meeting file (or its catalogue) gives it (``country_name``), else the name of
    its code in the page's language (``style.country_name``: the UN short name in English)."""
    if panellist.country_name:
        return panellist.country_name
    if not panellist.country:
        return None
    return style.country_name(panellist.country, places.country(panellist.country).name)
