"""The text of a meeting that a translator translates, each string under a key path that
stays the same while the meeting file is edited, and the meeting in another language.

A key path names where the text stands in the meeting file (``meeting.body``,
``agenda[1].items[0].title``), except that an item with a ``key:`` is named by it
(``agenda[key=adoption].title``): inserting, removing or moving items then leaves the
translation of every keyed item where it was. Keys are unique within one agenda, so a keyed
sub-item needs no parent (``agenda[key=opening]``); a track's items start with
``tracks[N].``. Translating the text never changes the facts: dates, times, numbers,
symbols, keys and zones stay as the meeting file gives them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterator, Mapping

from egmplan.model import AgendaItem, Meeting, SittingPlan
from egmplan.record import Record, record


@record
class Translatable(Record):
    """One string to translate: its key path (``context``), its text in the meeting file
    (``text``: the original language's) and, for the translator, where it prints (``note``)."""

    context: str
    text: str
    note: str


def translatable_strings(meeting: Meeting) -> list[Translatable]:
    """Every translatable string of ``meeting``, in the order of the meeting file."""
    return [t for t in _strings(meeting) if t.text]


def translated(meeting: Meeting, translations: Mapping[str, str]) -> Meeting:
    """``meeting`` with each string whose key path ``translations`` maps replaced by that
    text; a string it does not map stays as the meeting file gives it."""

    def text(context: str, original):
        return translations.get(context, original) if original else original

    body = text("meeting.body", meeting.body)
    venue = text("meeting.venue", meeting.venue)
    short_body = body if meeting.short_body == meeting.body else text("meeting.short_body", meeting.short_body)
    no_sitting_days = dict(meeting.no_sitting)
    return replace(
        meeting,
        body=body,
        short_body=short_body,
        venue=venue,
        earlier_meetings=tuple(
            replace(facts, venue=venue if facts.venue == meeting.venue else text(_history_venue(facts), facts.venue))
            for facts in meeting.earlier_meetings
        ),
        agenda=_translated_agenda(meeting.agenda, "", text),
        organization=_translated_organization(meeting.organization, text),
        no_sitting=tuple((day, text(f"sittings.no_sitting.{day.isoformat()}", name)) for day, name in meeting.no_sitting),
        holidays=tuple((day, text(_holiday_context(day, name, no_sitting_days), name)) for day, name in meeting.holidays),
        deadlines=tuple(replace(d, label=text(f"deadlines[{index}].label", d.label))
                        for index, d in enumerate(meeting.deadlines)),
        postponement_reason=text(POSTPONEMENT_REASON, meeting.postponement_reason),
        documents=tuple(replace(d, title=text(f"documents[{index}].title", d.title),
                                status=text(f"documents[{index}].status", d.status),
                                note=text(f"documents[{index}].note", d.note))
                        for index, d in enumerate(meeting.documents)),
        statements=tuple(replace(s, delegation=text(f"statements[{index}].delegation", s.delegation))
                         for index, s in enumerate(meeting.statements)),
        tracks=tuple(
            track._replace(name=text(f"tracks[{index}].name", track.name),
                    agenda=_translated_agenda(track.agenda, f"tracks[{index}].", text),
                    organization=_translated_organization(track.organization, text))
            for index, track in enumerate(meeting.tracks)
        ),
    )


POSTPONEMENT_REASON = "meeting.postponed_from.reason"


def item_context(item: AgendaItem, prefix: str, position: str) -> str:
    """An item's key path: by its key when it has one, else by its place (``agenda[0].items[1]``)."""
    return f"{prefix}agenda[key={item.key}]" if item.key else f"{prefix}{position}"


def _history_venue(facts) -> str:
    """An earlier meeting's venue, for ``{history}``: ``history[3].venue`` (the meeting's number)."""
    return f"history[{facts.number}].venue"


def _holiday_context(day, name: str, no_sitting_days: dict) -> str:
    """A date of ``sittings.no_sitting`` is translated there; ``holidays`` holds only the rest."""
    if no_sitting_days.get(day) == name:
        return f"sittings.no_sitting.{day.isoformat()}"
    return f"holidays.{day.isoformat()}"


def _strings(meeting: Meeting) -> Iterator[Translatable]:
    yield Translatable("meeting.body", meeting.body, "the body's full name: masthead, annotations ({body})")
    if meeting.short_body != meeting.body:
        yield Translatable("meeting.short_body", meeting.short_body, "the body's name in running text ({short_body})")
    yield Translatable("meeting.venue", meeting.venue, "the city of the venue: masthead, annotations ({venue})")
    # An earlier meeting held where this one is takes this meeting's venue's translation.
    for facts in meeting.earlier_meetings:
        if facts.venue and facts.venue != meeting.venue:
            yield Translatable(_history_venue(facts), facts.venue,
                               f"the venue of the {facts.kind} numbered {facts.number}, in the history ({{history}})")
    yield from _agenda_strings(meeting.agenda, "")
    for day, name in meeting.no_sitting:
        yield Translatable(f"sittings.no_sitting.{day.isoformat()}", name,
                           f"organization of work: the row of {day.isoformat()}, a day without sittings")
    yield from _organization_strings(meeting.organization)
    for index, track in enumerate(meeting.tracks):
        yield Translatable(f"tracks[{index}].name", track.name, "a parallel body: heading of its agenda and rows")
        yield from _agenda_strings(track.agenda, f"tracks[{index}].")
        yield from _organization_strings(track.organization)
    no_sitting_days = dict(meeting.no_sitting)
    for day, name in meeting.holidays:
        context = _holiday_context(day, name, no_sitting_days)
        if context.startswith("holidays."):
            yield Translatable(context, name, f"deadlines: the holiday of {day.isoformat()}")
    for index, deadline in enumerate(meeting.deadlines):
        yield Translatable(f"deadlines[{index}].label", deadline.label,
                           f"deadlines: the label of the deadline due {deadline.due or deadline.date.isoformat()}")
    yield from _page_strings(meeting)


def _page_strings(meeting: Meeting) -> Iterator[Translatable]:
    """What only the meeting's web page prints (``egmplan site build``)."""
    if meeting.postponement_reason:
        yield Translatable(POSTPONEMENT_REASON, meeting.postponement_reason,
                           "web page: the reason in the postponement announcement, after the new dates")
    for index, document in enumerate(meeting.documents):
        shown = f" ({document.symbol})" if document.symbol else ""
        yield Translatable(f"documents[{index}].title", document.title, f"web page: the title of a document{shown}")
        if document.status:
            yield Translatable(f"documents[{index}].status", document.status,
                               f"web page: the status of the document {document.title!r}")
        if document.note:
            yield Translatable(f"documents[{index}].note", document.note,
                               f"web page: the note under the document {document.title!r}")
    for index, statement in enumerate(meeting.statements):
        where = "general statements" if statement.item is None else f"statements on item {statement.item}"
        yield Translatable(f"statements[{index}].delegation", statement.delegation,
                           f"web page: a delegation that sent a statement ({where})")


def _agenda_strings(agenda: tuple[AgendaItem, ...], prefix: str) -> Iterator[Translatable]:
    for index, item in enumerate(agenda):
        yield from _item_strings(item, item_context(item, prefix, f"agenda[{index}]"))
        for sub_index, sub in enumerate(item.items):
            yield from _item_strings(sub, item_context(sub, prefix, f"agenda[{index}].items[{sub_index}]"))


def _item_strings(item: AgendaItem, context: str) -> Iterator[Translatable]:
    where = f"item {item.number}"
    yield Translatable(f"{context}.title", item.title,
                       f"{where}: its title in the list of items, the annotations and the organization of work")
    if item.short_title:
        yield Translatable(f"{context}.short_title", item.short_title,
                           f"{where}: its title on the organization of work's (continued) rows")
    if item.heading:
        yield Translatable(f"{context}.heading", item.heading, f"{where}: its heading under Annotations")
    if item.annotation:
        yield Translatable(f"{context}.annotation", item.annotation,
                           f"{where}: its annotation (Markdown; keep every {{placeholder}} and [^footnote] "
                           "marker as it is)")
    for index, document in enumerate(item.documentation):
        shown = f" ({document.symbol})" if document.symbol else ""
        yield Translatable(f"{context}.documentation[{index}].title", document.title,
                           f"{where}: the title of a document under Documentation{shown}")
    if item.documentation_note:
        yield Translatable(f"{context}.documentation_note", item.documentation_note,
                           f"{where}: the sentence under Documentation")
    for index, panellist in enumerate(item.speakers.panellists if item.speakers else ()):
        if panellist.honorific:
            yield Translatable(f"{context}.speakers[{index}].honorific", panellist.honorific,
                               f"{where}, web page: the honorific before {panellist.name} (\"Mr.\", \"Ms.\", \"Pol. col.\")")
        if panellist.country_name:
            yield Translatable(f"{context}.speakers[{index}].country_name", panellist.country_name,
                               f"{where}, web page: the country of the panellist {panellist.name}")
        if panellist.title:
            yield Translatable(f"{context}.speakers[{index}].title", panellist.title,
                               f"{where}, web page: the title of {panellist.name}'s presentation; a presentation "
                               "keeps its title as given unless the secretariat translates it (copy it unchanged)")


def _organization_strings(organization: tuple[SittingPlan, ...]) -> Iterator[Translatable]:
    for plan in organization:
        for row in plan.rows:
            if row.title:
                yield Translatable(_row_context(row), row.title,
                                   f"organization of work: the row of item {row.item} on {plan.date.isoformat()}, "
                                   f"sitting {plan.sitting}")


def _row_context(row) -> str:
    """``organization_of_work.2021-04-06[1][0].title``: a row's ``path`` names its ``item`` key."""
    return f"{row.path.removesuffix('.item')}.title"


def _translated_agenda(agenda: tuple[AgendaItem, ...], prefix: str, text) -> tuple[AgendaItem, ...]:
    return tuple(
        _translated_item(
            replace(item, items=tuple(
                _translated_item(sub, item_context(sub, prefix, f"agenda[{index}].items[{sub_index}]"), text)
                for sub_index, sub in enumerate(item.items)
            )),
            item_context(item, prefix, f"agenda[{index}]"), text,
        )
        for index, item in enumerate(agenda)
    )


def _translated_item(item: AgendaItem, context: str, text) -> AgendaItem:
    return replace(
        item,
        title=text(f"{context}.title", item.title),
        short_title=text(f"{context}.short_title", item.short_title),
        heading=text(f"{context}.heading", item.heading),
        annotation=text(f"{context}.annotation", item.annotation),
        documentation=tuple(d._replace(title=text(f"{context}.documentation[{index}].title", d.title))
                            for index, d in enumerate(item.documentation)),
        documentation_note=text(f"{context}.documentation_note", item.documentation_note),
        speakers=_translated_speakers(item.speakers, context, text),
    )


def _translated_speakers(speakers, context: str, text):
    if not speakers or not speakers.panellists:
        return speakers
    return replace(speakers, panellists=tuple(
        replace(p, honorific=text(f"{context}.speakers[{index}].honorific", p.honorific),
                country_name=text(f"{context}.speakers[{index}].country_name", p.country_name),
                title=text(f"{context}.speakers[{index}].title", p.title))
        for index, p in enumerate(speakers.panellists)))


def _translated_organization(organization: tuple[SittingPlan, ...], text) -> tuple[SittingPlan, ...]:
    return tuple(
        replace(plan, rows=tuple(replace(row, title=text(_row_context(row), row.title)) for row in plan.rows))
        for plan in organization
    )
