"""Warnings about a meeting that loads but looks wrong (the file can still be used)."""

from __future__ import annotations

from egmplan.errors import Diagnostic
from egmplan.model import AgendaItem, Meeting, SittingPlan, flatten
from egmplan.planning.orgwork import OrgRow, track_rows


def check_meeting(meeting: Meeting) -> list[Diagnostic]:
    found = _check_track(meeting, meeting.agenda, meeting.organization, None)
    for track in meeting.tracks:
        found += _check_track(meeting, track.agenda, track.organization, track.name)
    if any(item.speakers for item in meeting.all_items()):
        from egmplan.planning.speaking import speaking_warnings  # only meetings that expect speakers pay for it

        found += speaking_warnings(meeting)
    return found


def _warning(meeting: Meeting, line: int, column: int, path: str, message: str) -> Diagnostic:
    return Diagnostic(meeting.source, line, column, "warning", path, message)


def _check_track(meeting: Meeting, agenda: tuple[AgendaItem, ...], plans: tuple[SittingPlan, ...],
                 track: str | None) -> list[Diagnostic]:
    if not plans:
        return []
    found: list[Diagnostic] = []
    rows = track_rows(meeting, agenda, plans, track)
    found += _override_warnings(meeting, agenda, rows)
    scheduled = {r.item for r in rows}
    first_row = {}
    for row in rows:
        first_row.setdefault(row.item, row)
    where = f" of {track}" if track else ""
    for item in agenda:
        if item.items and item.number in scheduled:
            row = first_row[item.number]
            letters = f"({item.items[0].letter})–({item.items[-1].letter})" if len(item.items) > 1 else f"({item.items[0].letter})"
            found.append(_warning(
                meeting, row.spec.line, row.spec.column, row.spec.path,
                f"item {item.number} has sub-items {letters} but is scheduled as a whole; "
                "schedule the sub-items, or keep this if the body takes them together",
            ))
            continue
        members = [item] if not item.items else list(item.items)
        for member in members:
            if member.number not in scheduled:
                found.append(_warning(
                    meeting, member.line, member.column, member.path,
                    f"item {member.number}{where} ({member.title}) is never scheduled in the organization of work",
                ))
    return found


def _override_warnings(meeting: Meeting, agenda: tuple[AgendaItem, ...], rows: list[OrgRow]) -> list[Diagnostic]:
    items = {i.number: i for i in flatten(agenda)}
    found = []
    for row in rows:
        spec = row.spec
        if spec is None:
            continue
        item = items[row.item]
        if spec.continued is True and not row.automatic_continued:
            found.append(_warning(
                meeting, spec.line, spec.column, spec.path,
                f"marked continued, but item {row.item} is first taken at this sitting",
            ))
        elif spec.continued is False and row.automatic_continued:
            found.append(_warning(
                meeting, spec.line, spec.column, spec.path,
                f"marked not continued, but item {row.item} was already taken at an earlier sitting",
            ))
        if spec.title and not any(
            spec.title.lower().startswith(t.lower()) or t.lower().startswith(spec.title.lower())
            for t in (item.title, item.continued_title)
        ):
            found.append(_warning(
                meeting, spec.line, spec.column, spec.path,
                f"prints {spec.title!r} for item {row.item}, whose title is {item.title!r}; check the item number",
            ))
    return found
