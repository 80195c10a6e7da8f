"""``egmplan orgwork-plan``: allocate agenda items to sittings from ``estimated_minutes``.

Registered as ``orgwork-plan`` while ``orgwork`` is a single command; it becomes
``orgwork plan`` when ``orgwork`` turns into a group.
"""

from __future__ import annotations

import sys
from typing import Optional

import typer

from egmplan.cli import common


def plan(
    meeting: Optional[str] = typer.Option(None, "-m", "--meeting", metavar="MEETING", help=common.MEETING_HELP),
    min_split: int = typer.Option(30, "--min-split", min=0, metavar="MINUTES",
                                  help="Never split an item shorter than this (nor start a piece in less room)."),
    write: bool = typer.Option(False, "--write",
                               help="Replace the organization_of_work block in the meeting file (the rest of the "
                                    "file, comments included, stays as it is; the old file is kept as FILE.bak)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print only problems."),
) -> None:
    """Allocate the agenda items to the sittings, in agenda order, from their estimated_minutes.

    An item that does not fit the rest of a sitting continues at the next one (a
    "(continued)" row); an item shorter than --min-split minutes is never split.

    \b
    Examples:
      egmplan orgwork-plan -m my-meeting
      egmplan orgwork-plan -m my-meeting --min-split 45 --write
    """
    from egmplan.errors import PlanningError
    from egmplan.planning.allocate import allocate
    from egmplan.render.planning_text import plan_text

    chosen = common.pick_meeting(meeting, quiet)
    try:
        allocation = allocate(chosen, min_split=min_split)
    except PlanningError as exc:
        raise common.fail(str(exc))
    sys.stdout.write(plan_text(chosen, allocation))
    if not write:
        return
    _write_back(chosen, allocation, quiet)


def _write_back(meeting, allocation, quiet: bool) -> None:
    from pathlib import Path

    from egmplan.errors import PlanningError
    from egmplan.loader import load_meeting_text
    from egmplan.output import write_atomic
    from egmplan.planning.allocate import organization_yaml
    from egmplan.planning.writeback import replace_block

    path = Path(meeting.source)
    original = path.read_bytes()
    text = original.decode("utf-8")
    newline = "\r\n" if "\r\n" in text else "\n"
    try:
        updated = replace_block(text, "organization_of_work", organization_yaml(allocation, newline))
    except PlanningError as exc:
        raise common.fail(f"{meeting.source}: {exc}")
    check = load_meeting_text(updated, meeting.source, meeting.id)
    if check.meeting is None or check.meeting.organization != allocation.plans():
        for diagnostic in check.errors:
            common.stderr(str(diagnostic))
        raise common.fail(f"{meeting.source}: the rewritten file would not give this plan; nothing written")
    backup = path.with_name(path.name + ".bak")
    write_atomic(backup, original)
    write_atomic(path, updated.encode("utf-8"))
    if not quiet:
        common.stderr(f"egmplan: wrote organization_of_work to {meeting.source} (previous file: {backup.name})")
