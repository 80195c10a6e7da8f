"""Warnings about a meeting that loads but looks wrong (the file can still be used).

A row that departs from the rules on purpose (a document reproduced as issued) says so with
``reason:``; its departures are then reported once, as a note, which ``--strict`` accepts.
"""

from __future__ import annotations

from egmplan.errors import Diagnostic
from egmplan.model import AgendaItem, Meeting, RowSpec, SittingPlan, flatten
from egmplan.planning.orgwork import OrgRow, track_rows


def check_meeting(meeting: Meeting) -> list[Diagnostic]:
    found = _check_track(meeting, meeting.agenda, meeting.organization, None)
    for track in meeting.tracks:
        found += _check_track(meeting, track.agenda, track.organization, track.name)
    found += _empty_sittings(meeting)
    if any(item.speakers for item in meeting.all_items()):
        from egmplan.planning.speaking import speaking_warnings  # only meetings that expect speakers pay for it

        found += speaking_warnings(meeting)
    return found


def _diagnostic(meeting: Meeting, line: int, column: int, path: str, message: str,
                severity: str = "warning") -> Diagnostic:
    return Diagnostic(meeting.source, line, column, severity, path, message)


def _warning(meeting: Meeting, line: int, column: int, path: str, message: str) -> Diagnostic:
    return _diagnostic(meeting, line, column, path, message)


def _check_track(meeting: Meeting, agenda: tuple[AgendaItem, ...], plans: tuple[SittingPlan, ...],
                 track: str | None) -> list[Diagnostic]:
    if not plans:
        return []
    rows = track_rows(meeting, agenda, plans, track)
    departures: dict[int, list[str]] = {}   # id(spec) -> what the row departs from
    specs: dict[int, RowSpec] = {}

    def depart(spec: RowSpec, message: str) -> None:
        specs[id(spec)] = spec
        departures.setdefault(id(spec), []).append(message)

    _override_departures(agenda, rows, depart)
    scheduled = {r.item for r in rows}
    first_whole_row = {}
    for row in rows:
        if not row.heading:
            first_whole_row.setdefault(row.item, row)
    where = f" of {track}" if track else ""
    found: list[Diagnostic] = []
    for item in agenda:
        if item.items and item.number in first_whole_row:
            spec = first_whole_row[item.number].spec
            letters = f"({item.items[0].letter})–({item.items[-1].letter})" if len(item.items) > 1 else f"({item.items[0].letter})"
            depart(spec, f"item {item.number} has sub-items {letters} but is scheduled as a whole; "
                         "schedule the sub-items, or keep this if the body takes them together")
            continue
        members = [item] if not item.items else list(item.items)
        for member in members:
            if member.number not in scheduled:
                found.append(_warning(
                    meeting, member.line, member.column, member.path,
                    f"item {member.number}{where} ({member.title}) is never scheduled in the organization of work",
                ))
    for row in rows:
        spec = row.spec
        if spec is None or spec.reason is None or id(spec) in departures:
            continue
        found.append(_warning(meeting, spec.line, spec.column, spec.path,
                              f"reason {spec.reason!r} given, but this row departs from no rule; remove the reason"))
    for key, messages in departures.items():
        spec = specs[key]
        if spec.reason is None:
            found += [_warning(meeting, spec.line, spec.column, spec.path, m) for m in messages]
        else:
            found.append(_diagnostic(meeting, spec.line, spec.column, spec.path,
                                     f"kept on purpose ({spec.reason}): {'; '.join(messages)}", "note"))
    return found


def _override_departures(agenda: tuple[AgendaItem, ...], rows: list[OrgRow], depart) -> None:
    items = {i.number: i for i in flatten(agenda)}
    for row in rows:
        spec = row.spec
        if spec is None:
            continue
        item = items[row.item]
        if spec.continued is True and not row.automatic_continued:
            depart(spec, f"marked continued, but item {row.item} is first taken at this sitting")
        elif spec.continued is False and row.automatic_continued:
            depart(spec, f"marked not continued, but item {row.item} was already taken at an earlier sitting")
        if spec.title and not any(
            spec.title.lower().startswith(t.lower()) or t.lower().startswith(spec.title.lower())
            for t in (item.title, item.continued_title)
        ):
            depart(spec, f"prints {spec.title!r} for item {row.item}, whose title is {item.title!r}; check the item number")


def _empty_sittings(meeting: Meeting) -> list[Diagnostic]:
    """A sitting with no row in any lane prints "to be announced"; say so, where it is planned
    (or, for a date the organization of work does not list, where the sitting is defined)."""
    lanes = (meeting.organization, *(t.organization for t in meeting.tracks))
    if not any(lanes):
        return []
    from egmplan.style import get_style

    style = get_style(meeting.style.language)
    busy = {(p.date, p.sitting) for plans in lanes for p in plans if p.rows}
    listed = {}
    for plans in lanes:
        for plan in plans:
            listed.setdefault((plan.date, plan.sitting), plan)
    found = []
    announced = meeting.style.to_be_announced
    for sitting in meeting.sittings:
        if (sitting.date, sitting.number) in busy:
            continue
        when = (f"{sitting.date.isoformat()} ({style.weekday_name(sitting.date)}), "
                f"{style.format_time_range(sitting.start, sitting.end, meeting.style.time)}")
        plan = listed.get((sitting.date, sitting.number))
        if plan is not None:
            found.append(_warning(meeting, plan.line, plan.column, plan.path,
                                  f"no item at the sitting of {when}; the annex prints {announced!r}"))
        else:
            found.append(_warning(meeting, sitting.line, sitting.column, sitting.path,
                                  f"the sitting of {when} is not in organization_of_work; "
                                  f"the annex prints {announced!r}"))
    return found
