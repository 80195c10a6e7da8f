"""Plan and write back: allocate the agenda items to the sittings from their estimated
minutes, then replace the ``organization_of_work`` block of the meeting file with the plan
(every other byte of the file stays; the previous file is kept beside it as FILE.bak)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from egmplan.errors import Diagnostic, InputError, UsageError
from egmplan.model import Meeting


class UnknownReference(UsageError):
    """An estimate or a pin names an item the meeting does not have; ``given`` says which
    ("estimate" or "pin")."""

    def __init__(self, given: str, message: str):
        self.given = given
        super().__init__(message)


class WriteBackError(InputError):
    """The plan cannot be written into the meeting file, and nothing was written; the
    ``diagnostics`` of the rewritten file, when it would not load as this plan."""

    def __init__(self, message: str, diagnostics: tuple[Diagnostic, ...] = ()):
        self.diagnostics = diagnostics
        super().__init__(message)


@dataclass(frozen=True)
class Plan:
    meeting: Meeting                # with the estimates given for this plan
    allocation: object              # egmplan.planning.allocate.Allocation


@dataclass(frozen=True)
class WrittenBack:
    path: Path                      # the file changed (where a linked meeting file lives)
    backup: Path                    # the previous file


def plan(meeting: Meeting, *, estimates: Mapping[str, int] | None = None,
         pins: Iterable[tuple[str, str | date]] = (), min_split: int) -> Plan:
    """Allocate ``meeting``'s items to its sittings in agenda order. ``estimates`` set or
    override items' minutes, ``pins`` take an item at the last sitting or first on a date (each
    item named by number or key). UnknownReference for an item that is none; PlanningError
    when the items do not fit the sittings."""
    from egmplan.planning.allocate import UnknownItemError, allocate, item_number, with_estimates

    try:
        meeting = with_estimates(meeting, dict(estimates or {}))
    except UnknownItemError as exc:
        raise UnknownReference("estimate", str(exc)) from None
    try:
        pinned = {item_number(meeting, ref): target for ref, target in pins}
    except UnknownItemError as exc:
        raise UnknownReference("pin", str(exc)) from None
    return Plan(meeting, allocate(meeting, min_split=min_split, pins=pinned))


def write_back(planned: Plan) -> WrittenBack:
    """Replace the ``organization_of_work`` block of the meeting's file with the plan, the
    previous file first kept as FILE.bak (both written atomically). WriteBackError, writing
    nothing, when the block cannot be replaced or the rewritten file would not load as this
    plan."""
    from egmplan.app.check import check_bytes
    from egmplan.errors import PlanningError
    from egmplan.output import resolve_link, write_files
    from egmplan.planning.allocate import organization_yaml
    from egmplan.planning.writeback import line_ending, replace_block

    meeting, allocation = planned.meeting, planned.allocation
    path = resolve_link(Path(meeting.source))  # a linked meeting file is changed where it lives
    original = path.read_bytes()
    text = original.decode("utf-8")
    newline = line_ending(text)
    try:
        keys = {item.number: item.key for item in meeting.all_items() if item.key}
        updated = replace_block(text, "organization_of_work", organization_yaml(allocation, newline, keys))
    except PlanningError as exc:
        raise WriteBackError(f"{meeting.source}: {exc}") from None
    # With its path, so that a {history} placeholder finds the series file beside it.
    rewritten = check_bytes(updated.encode("utf-8"), meeting.source, meeting.id, path=path)
    if rewritten.meeting is None or rewritten.meeting.organization != allocation.plans():
        raise WriteBackError(f"{meeting.source}: the rewritten file would not give this plan; nothing written",
                             tuple(rewritten.errors))
    backup = path.with_name(path.name + ".bak")
    write_files({backup: original, path: updated.encode("utf-8")})  # the backup first
    return WrittenBack(path, backup)
